"""Rules added after scoring development articles 70-75: a resale is not a purchase's seller, and
whoever imposes sanctions is no party to the deal (sentences from our own articles 70, 73, 74)."""

from dualtrace.extract.pipeline import extract
from dualtrace.model import Claim, Document
from dualtrace.sources.ids import document_id


def claims(text: str) -> list[tuple[str | None, str | None]]:
    doc = Document(
        id=document_id(text), origin="t.txt", text=text, format="text", published="2024-03-10"
    )
    found: list[Claim] = [c for c in extract(doc).claims if c.supplier and c.recipient]
    return [(c.supplier, c.recipient) for c in found]


def test_a_resale_after_a_purchase_goes_from_the_buyer_on_en() -> None:
    assert claims(
        "Kyrgyz trading firms bought CNC components from suppliers in Shenzhen and resold them "
        "to buyers in Moscow and Yekaterinburg, the analysts said."
    ) == [("suppliers in Shenzhen", "Kyrgyz companies"), ("Kyrgyz companies", "Russian buyer")]


def test_a_resale_after_a_purchase_goes_from_the_buyer_on_sv() -> None:
    assert claims(
        "Dessutom köper belarusiska företag västerländsk elektronik och säljer den vidare till "
        "ryska försvarsföretag, säger EU-kommissionen."
    ) == [("Belarusian companies", "Russian companies")]


def test_who_imposes_sanctions_is_no_party_and_the_accused_supplies_ru() -> None:
    assert claims(
        "Министерство финансов США в прошлом году ввело санкции против нескольких турецких "
        "фирм, обвинив их в помощи России в обходе ограничений."
    ) == [("Turkish companies", "Russia")]


def test_in_the_passive_the_agent_of_a_purchase_receives() -> None:
    assert claims("Ces puces ont été importées par la Russie depuis Hong Kong.") == [
        ("Hong Kong", "Russia")
    ]
    assert claims("Dronene ble kjøpt av Russland fra Iran.") == [("Iran", "Russia")]
    # no passive auxiliary: "av" names who gave the training
    assert claims("Russiske soldater fikk opplæring av iranske instruktører, melder Reuters.") == [
        ("Iranian instructors", "Russian military")
    ]
