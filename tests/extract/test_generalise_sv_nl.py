"""Swedish and Dutch lexicon coverage beyond the example articles: sentences written for these
tests, one cue family each (shipping verbs, training, co-shippers, relative clauses, promises,
customs as a source, buyers and suppliers as parties)."""

from test_claims import claims, one

# --- Dutch


def test_verschepen_is_a_supply_verb_and_customs_is_a_source_nl() -> None:
    c = one("Volgens de douane heeft een Chinese firma drones naar Rusland verscheept.")
    assert (c.supplier, c.recipient) == ("Chinese companies", "Russia")
    assert c.source == "customs authorities"


def test_relative_clause_die_ends_the_partitive_van_nl() -> None:
    # "de helft van de chips die Rusland kocht": Russia is the buyer, not where chips come from
    c = one("Bijna de helft van de chips die Rusland vorig jaar kocht, kwam uit China.")
    assert (c.supplier, c.recipient) == ("China", "Russia")


def test_samen_met_names_a_co_shipper_nl() -> None:
    c = one("Sichuan AEE heeft samen met TSK Vektor drones aan IEMZ Kupol geleverd.")
    assert (c.supplier, c.recipient, c.intermediary) == ("Sichuan AEE", "IEMZ Kupol", "TSK Vektor")


def test_voorzien_van_takes_the_recipient_as_object_nl() -> None:
    c = one("Iran voorziet Rusland al maanden van drones.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_toegezegd_is_a_promise_not_a_delivery_nl() -> None:
    c = one("Noord-Korea heeft toegezegd granaten aan Rusland te leveren.")
    assert (c.supplier, c.recipient) == ("North Korea", "Russia")
    assert c.stage == "planned" and c.certainty == "unconfirmed"


def test_training_soldiers_is_expertise_nl() -> None:
    c = one("Iran traint Russische militairen in het gebruik van drones.")
    assert (c.supplier, c.recipient) == ("Iran", "Russian military")
    assert c.rule.startswith("expertise")


# --- Swedish


def test_tillhandahalla_is_a_supply_verb_sv() -> None:
    c = one("Enligt Washington har Iran tillhandahållit drönare till Ryssland.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_skeppa_with_transit_and_customs_source_sv() -> None:
    c = one(
        "Enligt Tullverket har en kinesisk firma skeppat drönardelar till Ryssland via Kazakstan."
    )
    assert (c.supplier, c.recipient, c.intermediary) == (
        "Chinese companies",
        "Russia",
        "Kazakhstan",
    )
    assert c.source == "customs authorities"


def test_training_soldiers_is_expertise_sv() -> None:
    c = one("Iran har utbildat ryska soldater i att använda drönarna.")
    assert (c.supplier, c.recipient) == ("Iran", "Russian military")


def test_suppliers_and_buyers_are_parties_sv() -> None:
    c = one("Kinesiska leverantörer sålde chips till ryska köpare.")
    assert (c.supplier, c.recipient) == ("Chinese suppliers", "Russian buyer")


def test_tillsammans_med_names_a_co_shipper_sv() -> None:
    c = one("Sichuan AEE har tillsammans med TSK Vektor skickat drönare till IEMZ Kupol.")
    assert (c.supplier, c.recipient, c.intermediary) == ("Sichuan AEE", "IEMZ Kupol", "TSK Vektor")


def test_passive_could_not_be_verified_in_next_sentence_sv() -> None:
    c = one("Nordkorea ska ha skickat robotar till Ryssland. Uppgiften har inte kunnat verifieras.")
    assert c.certainty == "unconfirmed" and c.hedged


def test_according_to_the_documents_is_no_party_source_sv() -> None:
    # "enligt tullhandlingarna Tekhkrim": the papers are the source; the firm after them is not
    found = claims(
        "Köparen var enligt tullhandlingarna Tekhkrim. Norinco skickade gevär till Ryssland."
    )
    assert [(c.supplier, c.recipient) for c in found] == [("Norinco", "Russia")]
    assert found[0].source != "Tekhkrim"
