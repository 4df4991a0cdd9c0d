"""NameIndex: identifiers first, blocking that finds what was added without a full scan."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dualtrace.names import Hit, NameIndex

LISTED = [
    ("e1", ["ООО «ТСК Вектор»", "TSK Vektor LLC"], "Company", [("inn", "7701234567")]),
    ("e2", ["ЗАО «Техкрим»"], "Company", [("ogrn", "1027700132195")]),
    ("e3", ["Li Shangfu", "李尚福"], "Person", []),
    ("e4", ["Shenzhen Hongda Optoelectronics Co., Ltd."], "Company", []),
    ("e5", ["Prigozhin Yevgeny Viktorovich"], "Person", []),
]


def _filler(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    syllables = ["ka", "ro", "vek", "mi", "lan", "su", "do", "pra", "kin", "zhe", "bo", "tu", "gri"]
    out = set()
    while len(out) < count:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(3, 4))).capitalize()
        out.add(
            rng.choice(["{} Trading LLC", "OOO {}", "{} Technology Co., Ltd.", "AO {}"]).format(
                word
            )
        )
    return sorted(out)


@pytest.fixture(scope="module")
def index() -> NameIndex:
    idx = NameIndex()
    for key, names, schema, ids in LISTED:
        idx.add(key, names, schema, countries=["ru"], identifiers=ids)
    for i, name in enumerate(_filler(3000)):
        idx.add(f"f{i}", [name], "Company")
    return idx


def test_identifier_decides_first(index: NameIndex) -> None:
    hits = index.search("Some Other Name", schema="Company", identifiers=[("INN", "7701 234 567")])
    assert hits and hits[0].key == "e1" and hits[0].via == "identifier"
    assert hits[0].comparison.score == 1.0 and "inn 7701234567" in hits[0].comparison.explanation


def test_conflicting_identifier_is_a_strong_non_match(index: NameIndex) -> None:
    hits = index.search("TSK Vektor", schema="Company", identifiers=[("inn", "7709999999")])
    e1 = next(h for h in hits if h.key == "e1")
    assert not e1.comparison.is_match and "inn differs" in e1.comparison.explanation


@pytest.mark.parametrize(
    ("query", "schema", "key"),
    [
        ("TSK VEKTOR, OOO", "Company", "e1"),
        ("Tekhkrim LLC", "Company", "e2"),
        ("Ли Шанфу", "Person", "e3"),
        ("Shangfu Li", "Person", "e3"),
        ("Evgeny Prigozhin", "Person", "e5"),
        ("Shenzhen Hongda Optoelectronics", None, "e4"),
    ],
)
def test_finds_transliterated_and_reordered(
    index: NameIndex, query: str, schema: str, key: str
) -> None:
    hits = index.search(query, schema=schema)
    assert hits and hits[0].key == key and hits[0].comparison.is_match
    assert isinstance(hits[0], Hit) and hits[0].via == "name"


def test_near_miss_is_not_a_match(index: NameIndex) -> None:
    hits = index.search("Shenzhen Hongyuan Optoelectronics Co., Ltd.", schema="Company")
    assert not any(h.comparison.is_match for h in hits)


def test_person_query_skips_companies(index: NameIndex) -> None:
    assert all(h.key != "e1" for h in index.search("Vektor", schema="Person"))


def test_blocking_examines_few_candidates(index: NameIndex) -> None:
    assert index.name_count > 3000
    index.search("TSK VEKTOR, OOO", schema="Company")
    assert 0 < index.stats.candidates < index.name_count // 20
    assert index.stats.comparisons <= index.stats.candidates


def test_screen_scores_each_distinct_name_once(index: NameIndex) -> None:
    result = index.screen(["Tekhkrim LLC", "Tekhkrim LLC", "TSK VEKTOR, OOO"], schema="Company")
    assert set(result) == {"Tekhkrim LLC", "TSK VEKTOR, OOO"}
    assert result["Tekhkrim LLC"][0].key == "e2"
    single = NameIndex()
    single.add("x", ["Tekhkrim LLC"], "Company")
    single.screen(["Tekhkrim LLC"] * 50)
    assert single.stats.comparisons == 1


@settings(max_examples=60)
@given(st.lists(st.sampled_from(_filler(200, seed=3)), min_size=1, max_size=20, unique=True))
def test_never_misses_an_added_name(names: list[str]) -> None:
    idx = NameIndex()
    for i, name in enumerate(names):
        idx.add(str(i), [name], "Company")
    for i, name in enumerate(names):
        keys = [h.key for h in idx.search(name, schema="Company") if h.comparison.score == 1.0]
        assert str(i) in keys
