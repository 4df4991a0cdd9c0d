"""Claim rules added in the second widening session, one behaviour per test. The sentences are
written for these tests; they retell public reporting in general terms."""

from test_claims import claims, one

from dualtrace.extract.claims import DATELINE
from dualtrace.model import Claim


def pairs(found: list[Claim]) -> list[tuple[str | None, str | None]]:
    return [(c.supplier, c.recipient) for c in found]


# --- a second supply verb after a conjunction is a second claim ---------------------------------


def test_second_clause_after_a_comma_and_a_conjunction_ru() -> None:
    found = claims(
        "Российские заводы покупают в Китае подшипники, а часть электроники поставляется "
        "в Россию через Армению."
    )
    assert pairs(found) == [("China", "Russian companies"), ("China", "Russia")]
    head, second = found
    assert head.intermediary is None  # the route belongs to the second clause
    assert second.intermediary == "Armenia" and second.item_category == "electronics_components"
    assert second.rule.endswith("+second_clause")


def test_second_clause_shares_the_subject_and_the_pronoun_fr() -> None:
    found = claims(
        "Washington accuse Moscou d'aider Téhéran à construire des satellites et de lui vendre "
        "des composants."
    )
    assert pairs(found) == [("Moscow", "Tehran"), ("Moscow", "Tehran")]
    assert [c.kind for c in found] == ["expertise", "supply"]
    assert all(c.certainty == "unconfirmed" for c in found)


def test_a_list_of_goods_is_no_second_clause_nb() -> None:
    c = one("Xi'an Bingo planlegger å sende deler og kunnskap til Russland.")
    assert "second_clause" not in c.rule


def test_the_same_delivery_told_again_gives_its_route_to_the_first_claim_da() -> None:
    c = one(
        "Ifølge Reuters har Kupol modtaget droner fremstillet i Kina, og de blev sendt via "
        "Kasakhstan."
    )
    assert (c.supplier, c.recipient, c.intermediary) == ("China", "IEMZ Kupol", "Kazakhstan")


def test_relative_clause_gives_the_party_it_follows_its_own_claim_en() -> None:
    found = claims(
        "Iranian drone parts also reach Russia through Armenia and Georgia, whose exports of "
        "electronics to Russia have tripled."
    )
    assert sorted(pairs(found)) == [
        ("Armenia", "Russia"),
        ("Georgia", "Russia"),
        ("Iran", "Russia"),
    ]


def test_goods_reaching_a_country_en() -> None:
    c = one("Chinese microchips still reach Russia through Kazakhstan.")
    assert (c.supplier, c.recipient, c.intermediary) == ("China", "Russia", "Kazakhstan")


# --- parties listed after a preposition -----------------------------------------------------------


def test_every_country_listed_where_goods_were_bought_supplies_en() -> None:
    found = claims(
        "Before 2022 Russia bought most of its machine tools in Germany, Taiwan and Japan."
    )
    assert pairs(found) == [("Germany", "Russia"), ("Taiwan", "Russia"), ("Japan", "Russia")]


def test_verb_second_purchase_in_listed_countries_nl() -> None:
    found = claims("Vroeger kocht de Russische industrie haar machines in Duitsland en Japan.")
    assert [c.supplier for c in found] == ["Germany", "Japan"]


def test_the_nearer_of_seller_and_place_speaks_for_the_purchase_en() -> None:
    found = claims(
        "Russia bought its lathes in Japan; after the sanctions it turned to Chinese manufacturers."
    )
    assert pairs(found) == [("Japan", "Russia")]


# --- shipments split by their own counts ------------------------------------------------------


def test_two_goods_with_their_own_counts_are_two_claims_de() -> None:
    found = claims(
        "Russland importierte 2023 etwa 60 Prozent seiner Drohnenteile und rund 80 Prozent "
        "seiner Werkzeugmaschinen aus China."
    )
    assert pairs(found) == [("China", "Russia"), ("China", "Russia")]
    assert [(c.item_category, c.quantity) for c in found] == [
        ("drone_parts", 60.0),
        ("machine_tools", 80.0),
    ]


def test_one_count_for_a_list_stays_one_claim_en() -> None:
    c = one("Iran shipped 200 drones and spare parts to Russia.")
    assert c.quantity == 200.0


# --- a share of the imports --------------------------------------------------------------------


def test_whoever_accounts_for_a_share_of_the_imports_supplied_them_en() -> None:
    c = one("China accounted for roughly 85% of the machine tools Russia imported in 2023.")
    assert (c.supplier, c.recipient) == ("China", "Russia")
    assert c.rule.endswith("+share")


def test_share_of_imports_in_a_relative_clause_ru() -> None:
    c = one("На Китай приходится около 80% станков, которые закупает Россия.")
    assert (c.supplier, c.recipient) == ("China", "Russia")


# --- doubt that has no claim of its own -----------------------------------------------------------


def test_doubt_covers_every_earlier_claim_of_its_paragraph_en() -> None:
    found = claims(
        "Iran supplied drones to Russia, officials said. Russia also received missiles from "
        "North Korea. Reuters could not verify these records."
    )
    assert [c.certainty for c in found] == ["unconfirmed", "unconfirmed"]


def test_doubt_covers_every_earlier_claim_of_its_paragraph_de() -> None:
    found = claims(
        "Iran lieferte Drohnen an Russland. Nordkorea schickte Granaten nach Russland. "
        "Unabhängig überprüfen ließen sich diese Angaben nicht."
    )
    assert [c.certainty for c in found] == ["unconfirmed", "unconfirmed"]


def test_doubt_in_another_paragraph_leaves_earlier_claims_reported_en() -> None:
    found = claims(
        "Iran supplied drones to Russia, officials said. Russia also received missiles from "
        "North Korea.\n\nThe ministry met on Friday.\n\nReuters could not verify these records."
    )
    assert found[0].certainty == "reported"


def test_doubt_about_named_goods_covers_only_the_claims_about_them_sv() -> None:
    found = claims(
        "Kinesiska leverantörer sålde drönardelar till ryska köpare. Dessutom fraktades "
        "skyddsvästar från Kina till Ryssland. Uppgifterna om västarna har inte kunnat bekräftas."
    )
    assert [c.certainty for c in found] == ["reported", "unconfirmed"]


# --- a ministry without a country ---------------------------------------------------------------


def test_ministry_after_a_sentence_naming_the_country_is_its_own_voice_de() -> None:
    found = claims(
        "Die USA werfen China vor, Russland Drohnen zu liefern. China liefere keine Waffen an "
        "Russland, betont das Außenministerium."
    )
    assert found[-1].certainty == "denied"


def test_ministry_after_a_sentence_about_someone_else_is_no_denial_de() -> None:
    found = claims(
        "Russland kaufte Drohnen aus dem Iran. China liefere keine Waffen an Russland, betont "
        "das Außenministerium."
    )
    assert found[-1].certainty == "unconfirmed"


# --- parties that are not in the deal ----------------------------------------------------------


def test_dateline_city_is_no_party() -> None:
    assert DATELINE.match("SÉOUL, 30 avr 2024 (AFP) - Le missile")
    assert DATELINE.match("KIEW/MOSKAU, 3. Mai (dpa) – Die")
    assert not DATELINE.match("NATO - the alliance")
    assert (
        claims("SEOUL, 2 May (AFP) - Shells were shipped to Russia by rail, officials said.") == []
    )


def test_route_is_no_object_of_the_verb_da() -> None:
    found = claims(
        "Kina leverede droner til Rusland i 2023. En del af leverancerne gik via Georgien."
    )
    assert pairs(found) == [("China", "Russia")]


def test_listed_party_is_not_its_own_supplier_uk() -> None:
    found = claims(
        "Росія отримала снаряди з КНДР. У Москві та Пхеньяні постачання зброї заперечують."
    )
    assert all(c.supplier_key != c.recipient_key for c in found)


def test_name_after_a_long_title_is_the_source_not_the_supplier_fr() -> None:
    c = one(
        "D'après le ministre sud-coréen de la Défense nationale, Shin Won-sik, des milliers de "
        "conteneurs ont été expédiés de Corée du Nord vers la Russie l'an dernier."
    )
    assert (c.supplier, c.recipient) == ("North Korea", "Russia")
    assert c.source is not None and "Shin" in c.source
