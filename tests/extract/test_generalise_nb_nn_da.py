"""Norwegian (Bokmål, Nynorsk) and Danish claims that need the wider lexicons: smuggling, giving
goods or help with the recipient as object, passive suspicion, future deliveries, training,
attack targets and borders that are no party, Danish company nouns. Sentences written for these
tests about public facts; none is taken from an article."""

from test_claims import claims, one


def test_smuggled_via_a_third_country_nb() -> None:
    c = one(
        "Ifølge amerikanske myndigheter har kinesiske selskaper smuglet mikrobrikker til "
        "Russland via Kasakhstan."
    )
    assert (c.supplier, c.recipient, c.intermediary) == (
        "Chinese companies",
        "Russia",
        "Kazakhstan",
    )
    assert c.certainty == "reported"


def test_give_recipient_goods_nb() -> None:
    c = one(
        "Iran har gitt Russland hundrevis av droner, sier den ukrainske etterretningstjenesten."
    )
    assert (c.supplier, c.recipient) == ("Iran", "Russia")
    assert c.item_category == "drones"


def test_passive_suspicion_is_unconfirmed_and_the_suspect_is_no_source_nb() -> None:
    c = one("Flere kinesiske selskaper er mistenkt for å ha levert dobbeltbruksvarer til Russland.")
    assert (c.supplier, c.recipient) == ("Chinese companies", "Russia")
    assert c.certainty == "unconfirmed"
    assert c.source != "Chinese companies"


def test_skal_levere_is_a_planned_delivery_nb() -> None:
    c = one(
        "Nord-Korea skal levere flere missiler til Russland i løpet av våren, ifølge "
        "sørkoreanske kilder."
    )
    assert (c.supplier, c.recipient) == ("North Korea", "Russia")
    assert c.stage == "planned" and c.certainty == "unconfirmed"


def test_training_received_from_instructors_nb() -> None:
    c = one("Russiske soldater fikk opplæring av iranske instruktører, melder Reuters.")
    assert (c.supplier, c.recipient) == ("Iranian instructors", "Russian military")
    assert c.source == "Reuters"


def test_attacked_country_is_no_recipient_nb() -> None:
    c = one("I sommer har Russland angrepet Ukraina med droner som landet har kjøpt fra Iran.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_attacked_country_is_no_recipient_da() -> None:
    c = one("Rusland har siden 2022 angrebet Ukraine med droner leveret af Iran.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_give_recipient_help_considered_da() -> None:
    c = one("I februar sagde ministeren, at Kina overvejer at give Rusland militær hjælp.")
    assert (c.supplier, c.recipient) == ("China", "Russia")
    assert c.stage == "considered" and c.certainty == "unconfirmed"


def test_working_together_on_development_is_expertise_da() -> None:
    c = one("Xiamen Limbach har arbejdet sammen med IEMZ Kupol om en ny motor til droner.")
    assert (c.supplier, c.recipient) == ("Xiamen Limbach Aircraft Engine", "IEMZ Kupol")


def test_investigating_whether_is_unconfirmed_da() -> None:
    c = one("Danske myndigheder undersøger, om danske komponenter er endt i russiske droner.")
    assert c.certainty == "unconfirmed"


def test_smuggled_via_armenia_da() -> None:
    c = one(
        "Kinesiske virksomheder har smuglet mikrochips til Rusland via Armenien, viser tolddata."
    )
    assert (c.supplier, c.recipient, c.intermediary) == ("Chinese companies", "Russia", "Armenia")


def test_danish_selskaber_is_a_party_noun_da() -> None:
    c = one("Ifølge Reuters har kinesiske selskaber leveret dronedele til Rusland.")
    assert (c.supplier, c.recipient) == ("Chinese companies", "Russia")
    assert c.source == "Reuters"


def test_instructors_assisting_forces_da() -> None:
    c = one("Iranske instruktører har bistået russiske styrker på Krim, oplyser Pentagon.")
    assert c.supplier == "Iranian instructors"
    assert c.recipient == "Russian armed forces"


def test_goods_ending_up_with_forces_nn() -> None:
    c = one(
        "Ifølgje sørkoreansk etterretning har nordkoreanske granatar hamna hos russiske styrkar "
        "ved fronten, og fleire skip er på veg."
    )
    assert (c.supplier, c.recipient) == ("North Korea", "Russian military")


def test_a_border_is_no_recipient_nn() -> None:
    found = claims(
        "Ifølgje Det kvite huset vart lasta frakta frå Nord-Korea til eit lager ved grensa til "
        "Ukraina, og vidare til fronten."
    )
    assert not [c for c in found if c.recipient == "Ukraine"]
