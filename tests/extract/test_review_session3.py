"""Cases a review of session 3's rules found: each rule stays inside the construction it is for."""

import csv
import re

import pytest
from test_claims import claims

from dualtrace import data
from dualtrace.extract.numbers import find_quantities
from dualtrace.extract.pipeline import extract
from dualtrace.model import Document
from dualtrace.sources.ids import document_id


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a company that shares its name with a place stays a party
        (
            "Alabuga has supplied Shahed drones to the Russian army.",
            [("Alabuga special economic zone", "Russian armed forces")],
        ),
        # "the country" replaces no named supplier of a purchase, nor a place ("i landet")
        (
            "China supplied microchips to Russia last year. "
            "The country now plans to buy drones from Iran.",
            [("China", "Russia"), ("Iran", "Russia")],
        ),
        (
            "Iran har levert droner til Russland. "
            "I landet har kinesiske selskaper levert motorer til Russland.",
            [("Iran", "Russia"), ("Chinese companies", "Russia")],
        ),
        # "by X" of another verb is no passive agent of the supply
        (
            "Sanctions were imposed by the United States on firms that supplied drones to Russia.",
            [],
        ),
        # where goods arrived is not where they were bought
        ("Rusland heeft in Oekraïne nieuwe drones ontvangen.", []),
        ("Russland hat in der Ukraine neue Drohnen erhalten.", []),
        # "from <city>" alone, without any "in" in the sentence
        (
            "Suppliers from Shenzhen shipped drone engines to Russia.",
            [("suppliers in Shenzhen", "Russia")],
        ),
        # "Kanton" is a Swiss canton, not Guangzhou
        ("Firmen im Kanton Tessin haben Werkzeugmaschinen nach Russland geliefert.", []),
    ],
)
def test_rules_stay_in_their_construction(text: str, pairs: list[tuple[str, str]]) -> None:
    assert [(c.supplier, c.recipient) for c in claims(text)] == pairs


def _names(path: str) -> list[tuple[str, str]]:
    with data.path("gazetteer", path).open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return [(r[5].casefold(), r[0]) for r in rows[1:] if len(r) > 5]


def test_no_place_spelling_is_also_another_kind_of_name() -> None:
    places = {name for name, _ in _names("places.tsv")}
    others = {
        name
        for f in data.path("gazetteer").glob("*.tsv")
        if f.name != "places.tsv"
        for name, _ in _names(f.name)
    }
    assert places & others == set()


def test_no_place_spelling_mixes_scripts() -> None:
    mixed = [
        n for n, _ in _names("places.tsv") if re.search("[a-z]", n) and re.search("[а-яіїє]", n)
    ]
    assert mixed == []


@pytest.mark.parametrize(
    "text",
    [
        "The United States warned China not to supply weapons to Russia.",
        "De Verenigde Staten waarschuwden China geen wapens aan Rusland te leveren.",
    ],
)
def test_a_warning_not_to_supply_is_a_warning(text: str) -> None:
    doc = Document(id=document_id(text), origin="t.txt", text=text, format="text")
    found = [c for c in extract(doc).claims if c.supplier]
    assert [(c.kind, c.supplier, c.certainty) for c in found] == [
        ("warning", "China", "unconfirmed")
    ]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Iran leverte droner til Russland i desember.", "2023-12"),  # done: last December
        ("Iran vil levere droner til Russland i desember.", "2024-12"),  # planned: this one
        ("Iran leverte droner til Russland i desember 2024.", "2024-12"),  # the year as written
    ],
)
def test_a_month_without_its_year_in_a_done_claim_lies_before_publication(
    text: str, when: str
) -> None:
    assert [c.when for c in claims(text, "2024-01-10")] == [when]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Iran sent half a million shells to Russia.", "en"),
        ("Nordkorea har sendt en halv million granater.", "nb"),
        ("Nordkorea hat eine halbe Million Granaten geliefert.", "de"),
        ("Noord-Korea leverde een half miljoen granaten.", "nl"),
    ],
)
def test_half_a_million_is_half_a_million(text: str, lang: str) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [500_000]


def test_half_alone_is_no_number() -> None:
    assert find_quantities("half of the drones were shot down", "en") == []
