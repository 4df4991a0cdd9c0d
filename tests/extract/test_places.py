"""A party noun placed in a city keeps the city: "suppliers in Shenzhen"."""

import pytest
from test_claims import claims, one


@pytest.mark.parametrize(
    ("text", "supplier"),
    [
        (
            "A trading company in Dubai shipped drone parts to Russian defence firms.",
            "companies in Dubai",
        ),
        (
            "Firmen in Shenzhen lieferten Drohnenteile an russische Rüstungsbetriebe.",
            "companies in Shenzhen",
        ),
        (
            "Компании в Шэньчжэне поставляли России комплектующие для дронов.",
            "companies in Shenzhen",
        ),
    ],
)
def test_a_firm_in_a_city_is_named_by_the_city(text: str, supplier: str) -> None:
    assert one(text).supplier == supplier


def test_a_city_alone_is_no_party() -> None:
    assert claims("The drones are assembled in Yelabuga in Tatarstan.") == []


def test_bought_and_resold_is_two_claims_with_the_same_goods() -> None:
    first, second = claims(
        "Armenian firms imported chips from the EU and re-exported them to Russia."
    )
    assert (first.supplier, first.recipient) == ("European Union", "Armenian companies")
    assert (second.supplier, second.recipient) == ("Armenian companies", "Russia")
    assert second.item_category == first.item_category == "microelectronics"
    assert second.rule.endswith("+resale")


def test_a_new_clause_after_a_comma_is_no_resale() -> None:
    found = claims(
        "Российские заводы покупают в Китае подшипники, а часть электроники поставляется "
        "в Россию через Армению."
    )
    assert not any(c.rule.endswith("+resale") for c in found)


@pytest.mark.parametrize(
    ("text", "supplier"),
    [
        (
            "Поставщики из Шэньчжэня продали российским покупателям микросхемы.",
            "suppliers in Shenzhen",
        ),
        (
            "Des sociétés de négoce basées à Dubaï ont livré des puces à des acheteurs russes.",
            "companies in Dubai",
        ),
    ],
)
def test_a_firm_from_or_based_in_a_city(text: str, supplier: str) -> None:
    assert one(text).supplier == supplier


def test_a_verb_between_noun_and_place_is_no_placement() -> None:
    found = claims("Российские заводы покупают в Китае подшипники.")
    assert [(c.supplier, c.recipient) for c in found] == [("China", "Russian companies")]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Chinese firms shipped machine tools to Russian arms factories.", "Russian companies"),
        ("Iran supplied Russian drone manufacturers with engines.", "Russian manufacturers"),
    ],
)
def test_a_goods_word_before_a_firm_noun_says_what_the_firms_make(
    text: str, recipient: str
) -> None:
    c = one(text)
    assert c.recipient == recipient
    assert c.item_category in {"machine_tools", "engines"}  # "arms", "drone" are no goods here
