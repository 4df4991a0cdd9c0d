"""The labelled name pairs behind benchmarks/names.py keep their format and their balance."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

PAIRS = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "name_pairs.tsv"
COLUMNS = ["left", "right", "schema", "match", "category", "note", "split"]
SCHEMAS = {"Person", "Company", "Organization"}


def _rows() -> list[list[str]]:
    lines = [ln for ln in PAIRS.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert lines[0].split("\t") == COLUMNS
    return [ln.split("\t") for ln in lines[1:]]


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    return _rows()


def test_header_comment_says_who_wrote_it() -> None:
    head = PAIRS.read_text(encoding="utf-8").splitlines()[:8]
    assert head[0].startswith("#")
    assert any("dualtrace team" in ln for ln in head)


def test_every_row_has_seven_filled_columns(rows: list[list[str]]) -> None:
    for n, row in enumerate(rows, start=2):
        assert len(row) == len(COLUMNS), f"row {n}: {row}"
        assert all(cell.strip() == cell and cell for cell in row), f"row {n}: {row}"


def test_labels_and_schemas_are_known(rows: list[list[str]]) -> None:
    assert {r[3] for r in rows} == {"0", "1"}
    assert {r[2] for r in rows} <= SCHEMAS


def test_enough_pairs_with_both_classes_in_every_category(rows: list[list[str]]) -> None:
    assert len(rows) >= 1500
    by_cat = Counter((r[4], r[3]) for r in rows)
    for cat in {r[4] for r in rows}:
        assert by_cat[(cat, "1")] > 0 and by_cat[(cat, "0")] > 0, cat
    share = sum(r[3] == "1" for r in rows) / len(rows)
    assert 0.3 <= share <= 0.5


def test_every_pair_is_dev_or_test_and_both_splits_hold_both_classes(
    rows: list[list[str]],
) -> None:
    assert {r[6] for r in rows} == {"dev", "test"}
    for split in ("dev", "test"):
        labels = Counter(r[3] for r in rows if r[6] == split)
        assert labels["1"] >= 300 and labels["0"] >= 300, (split, labels)


def _entities(note: str) -> list[str]:
    """Entity ids of a note 'kind: a [tag] / b [tag]'."""
    body = note.split(": ", 1)[1]
    return [side.rsplit(" [", 1)[0].strip() for side in body.split(" / ")]


def test_split_is_by_entity(rows: list[list[str]]) -> None:
    # every entity's matches sit in one split, and a negative touching a test entity is test
    split_of: dict[str, set[str]] = {}
    for r in rows:
        if r[3] == "1":
            (a, b) = _entities(r[5])
            assert a == b, r
            split_of.setdefault(a, set()).add(r[6])
    assert all(len(s) == 1 for s in split_of.values())
    for r in rows:
        if r[3] == "0":
            sides = [split_of.get(e, set()) for e in _entities(r[5])]
            if any("test" in s for s in sides):
                assert r[6] == "test", r
    test_entities = sum("test" in s for s in split_of.values())
    assert 0.35 <= test_entities / len(split_of) <= 0.65


def test_no_duplicate_pair_and_no_identical_sides(rows: list[list[str]]) -> None:
    seen = Counter(frozenset((r[0], r[1])) for r in rows)
    assert [pair for pair, n in seen.items() if n > 1] == []
    assert [r for r in rows if r[0] == r[1]] == []


def test_the_issue_examples_are_in_the_set(rows: list[list[str]]) -> None:
    names = {r[0] for r in rows} | {r[1] for r in rows}
    for example in (
        "ООО «ТСК Вектор»",
        "TSK VEKTOR, OOO",
        "Tekhkrim LLC",
        "李尚福",
        "Ли Шанфу",
        "西安博高智能航空科技有限公司",
    ):
        assert example in names, example
