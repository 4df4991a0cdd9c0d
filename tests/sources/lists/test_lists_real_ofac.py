"""The real OFAC files in ../shared/data/ofac (read, never copied into the repo)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from dualtrace.sources.lists import read_list

OFAC = Path(__file__).parents[3].parent / "shared" / "data" / "ofac"

pytestmark = pytest.mark.skipif(
    not (OFAC / "sdn.csv").exists(), reason=f"real OFAC files not found at {OFAC}"
)


@pytest.fixture(scope="module")
def read():  # type: ignore[no-untyped-def]
    return read_list(OFAC)


def test_every_sdn_row_is_an_entry(read) -> None:  # type: ignore[no-untyped-def]
    rows = sum(1 for line in (OFAC / "sdn.csv").read_bytes().splitlines() if line[:1].isdigit())
    assert len(read.entries) == rows
    assert len({e.entry_id for e in read.entries}) == rows
    assert not [p for p in read.problems if "columns" in p]


def test_orphan_aliases_are_reported(read) -> None:  # type: ignore[no-untyped-def]
    orphan = [p for p in read.problems if "entity 51265 " in p]
    assert len(orphan) == 2  # its aliases in alt.csv and its addresses in add.csv
    assert any("alt.csv:" in p and "which sdn.csv does not list" in p for p in orphan)
    assert all(p.startswith(str(OFAC)) for p in read.problems)
    assert "51265" not in {e.entry_id for e in read.entries}


def test_identifiers_from_remarks(read) -> None:  # type: ignore[no-untyped-def]
    types = Counter(i.type for e in read.entries for i in e.identifiers)
    print(f"identifiers in the real OFAC list: {dict(types.most_common())}")
    assert types["inn"] > 2000 and types["ogrn"] > 1500
    assert types["uscc"] > 50 and types["lei"] > 50 and types["imo"] > 800
    rust = [e for e in read.entries if any(i.value == "7728120384" for i in e.identifiers)]
    assert rust and all(
        i.type == "inn" for e in rust for i in e.identifiers if i.value == "7728120384"
    )
    linked = [k for e in read.entries for k in e.links if k.relation == "linked_to"]
    assert len(linked) > 5000
    assert sum(1 for k in linked if k.target_entry) / len(linked) > 0.8


def test_schemas(read) -> None:  # type: ignore[no-untyped-def]
    schemas = Counter(e.schema for e in read.entries)
    assert schemas["Person"] > 6000 and schemas["Vessel"] > 800 and schemas["Airplane"] > 300
    assert schemas["Company"] > schemas["Organization"] > 0
