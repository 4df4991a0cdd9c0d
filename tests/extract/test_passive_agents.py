"""The agent of a passive supply verb further off in its clause: after the recipient, or between
the auxiliary and a verb-final participle."""

import pytest
from test_claims import claims, one


@pytest.mark.parametrize(
    "text",
    [
        "The rifles were shipped to Tekhkrim by Norinco in 2022.",
        "Die Gewehre wurden von Norinco an Tekhkrim geliefert.",
        "De geweren werden door Norinco aan Tekhkrim verkocht.",
        "Les fusils ont été livrés à Tekhkrim par Norinco.",
    ],
)
def test_the_agent_supplies_the_recipient(text: str) -> None:
    c = one(text)
    assert (c.supplier, c.recipient, c.intermediary) == ("Norinco", "Tekhkrim", None)
    assert c.rule.endswith(":passive")


def test_the_agent_after_the_recipient_nb() -> None:
    c = one("Motorene ble levert til IEMZ Kupol av et kinesisk selskap.")
    assert (c.supplier, c.recipient) == ("Chinese companies", "IEMZ Kupol")


def test_a_by_after_a_comma_is_another_clause() -> None:
    assert all(
        c.supplier != "Reuters"
        for c in claims("The drones were delivered to Russia, according to a report by Reuters.")
    )


@pytest.mark.parametrize(
    ("text", "supplier"),
    [
        ("Armenske mellomledd har smuglet elektronikk til Russland.", "Armenian intermediary"),
        (
            "Turkse handelaren voerden de onderdelen opnieuw uit naar Rusland.",
            "Turkish intermediary",
        ),
    ],
)
def test_an_intermediary_before_the_verb_acts(text: str, supplier: str) -> None:
    c = one(text)
    assert (c.supplier, c.intermediary) == (supplier, None)


def test_an_intermediary_after_the_verb_is_the_route() -> None:
    c = one("China shipped the chips to Russia through a Kyrgyz intermediary.")
    assert (c.supplier, c.intermediary) == ("China", "Kyrgyz intermediary")


@pytest.mark.parametrize(
    "text",
    [
        "Rusland heeft in Iran ballistische raketten besteld.",
        "Russland hat im Iran ballistische Raketen bestellt.",
    ],
)
def test_a_place_before_a_verb_final_purchase_is_the_seller(text: str) -> None:
    c = one(text)
    assert (c.supplier, c.recipient) == ("Iran", "Russia")
    assert c.rule.endswith("+where")


def test_every_listed_seller_supplies() -> None:
    found = claims("Moscow has turned to Pyongyang and Tehran for weapons.")
    assert [(c.supplier, c.recipient) for c in found] == [
        ("Pyongyang", "Moscow"),
        ("Tehran", "Moscow"),
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("России Иран поставил ракеты Fath-360.", ("Iran", "Russia")),
        ("Росії Іран передав ракети.", ("Iran", "Russia")),
        ("Россия Ирану передала технологии.", ("Russia", "Iran")),
    ],
)
def test_the_dative_gets_whatever_the_order(text: str, pair: tuple[str, str]) -> None:
    c = one(text)
    assert (c.supplier, c.recipient) == pair


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Motorerna levererades till IEMZ Kupol av ett kinesiskt företag.",
            ("Chinese companies", "IEMZ Kupol"),
        ),
        ("Geværerne sælges til Rusland af Norinco.", ("Norinco", "Russia")),
    ],
)
def test_the_s_passive_has_its_agent(text: str, pair: tuple[str, str]) -> None:
    c = one(text)
    assert (c.supplier, c.recipient) == pair


@pytest.mark.parametrize(
    "text",
    [
        "La Russie a acheté des drones à l'Iran et à la Corée du Nord.",
        "Russland bezieht Munition aus Nordkorea und aus dem Iran.",
    ],
)
def test_a_list_that_repeats_its_preposition(text: str) -> None:
    assert {c.supplier for c in claims(text)} == {"Iran", "North Korea"}


def test_a_second_preposition_of_another_kind_is_no_list() -> None:
    found = claims("Russia imports chips from China and exports oil to India.")
    assert ("China", "Russia") in [(c.supplier, c.recipient) for c in found]
    assert all(c.supplier != "India" for c in found)
