"""Each list reader on a small file written in the list's real format (tests/fixtures/lists)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dualtrace.model import Alias, Identifier, Link, ListEntry
from dualtrace.sources.lists import list_format, read_list

FIXTURES = Path(__file__).parents[2] / "fixtures" / "lists"


def _by_id(entries: list[ListEntry]) -> dict[str, ListEntry]:
    return {e.entry_id: e for e in entries}


def _ids(entry: ListEntry) -> set[tuple[str, str]]:
    return {(i.type, i.value) for i in entry.identifiers}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ofac", "ofac_csv"),
        ("ofac/sdn.csv", "ofac_csv"),
        ("ofac/alt.csv", "ofac_csv"),
        ("sdn_advanced.xml", "ofac_xml"),
        ("eu.xml", "eu_xml"),
        ("uk.csv", "uk"),
        ("uk.xml", "uk"),
        ("csl.csv", "csl"),
        ("csl.json", "csl"),
        ("opensanctions.ftm.json", "ftm"),
    ],
)
def test_list_format(name: str, expected: str) -> None:
    assert list_format(FIXTURES / name) == expected


def test_news_and_other_files_are_not_lists(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text("<?xml version='1.0'?><rss version='2.0'><channel/></rss>", encoding="utf-8")
    table = tmp_path / "shipments.csv"
    table.write_text("date,shipper,consignee\n2024-01-01,A,B\n", encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text("A news story.", encoding="utf-8")
    assert [list_format(p) for p in (feed, table, note)] == [None, None, None]


def test_ofac_csv_joins_the_three_files_and_reports_orphans() -> None:
    read = read_list(FIXTURES / "ofac" / "alt.csv")  # any one file finds the others
    entries = _by_id(read.entries)
    assert sorted(entries) == ["9001", "9002", "9003", "9004", "9005"]
    vektor = entries["9001"]
    assert (vektor.schema, vektor.name, vektor.programs) == (
        "Company", "TSK VEKTOR, OOO", ["RUSSIA-EO14024"],
    )  # fmt: skip
    assert vektor.aliases == [Alias("TSK VECTOR LLC", "aka"), Alias("TEKHNOSNAB", "fka")]
    assert vektor.addresses == ["Ul. Testovaya 1, Moscow 101000, Russia"]
    assert vektor.countries == ["RU"]
    assert _ids(vektor) == {("inn", "7707083893"), ("ogrn", "1027700132195")}
    assert vektor.links == [Link("linked_to", "KUPOL TEST PLANT", "9002")]
    assert (vektor.authority, vektor.source_line) == ("US OFAC", 1)
    assert vektor.source_file.endswith("sdn.csv")
    assert entries["9002"].programs == ["RUSSIA-EO14024", "UKRAINE-EO13662"]
    # Labelled but failing the checksum: kept under the label's type, never as inn/ogrn.
    assert _ids(entries["9002"]) == {("tax", "1234567890"), ("registration", "999")}
    li = entries["9003"]
    assert (li.schema, li.birth_dates, li.countries) == ("Person", ["1958-02-13"], ["CN"])
    ship = entries["9004"]
    assert ship.schema == "Vessel" and ("imo", "9187629") in _ids(ship)
    assert ship.links == [Link("owned_by", "KUPOL TEST PLANT", "9002")]
    assert _ids(entries["9005"]) == {("uscc", "91310115MA1K4DLAXM")}
    assert read.problems == [
        f"{FIXTURES}/ofac/sdn.csv:6: expected 12 columns, found 4",
        f"{FIXTURES}/ofac/alt.csv:4: 2 aliases for entity 51265 (ORPHAN VECTOR), "
        "which sdn.csv does not list; skipped",
        f"{FIXTURES}/ofac/add.csv:3: 1 address for entity 51265 (no name), "
        "which sdn.csv does not list; skipped",
    ]
    assert read.skipped == 4
    assert len(read.files) == 3


def test_ofac_advanced_xml() -> None:
    read = read_list(FIXTURES / "sdn_advanced.xml")
    assert read.problems == []
    entries = _by_id(read.entries)
    vektor, li = entries["9001"], entries["9003"]
    assert (vektor.list_id, vektor.schema, vektor.name) == (
        "us_ofac_sdn",
        "Company",
        "TSK VEKTOR, OOO",
    )
    assert Alias("ООО ТСК ВЕКТОР", "original") in vektor.aliases
    assert Alias("TSK VECTOR LLC", "aka") in vektor.aliases
    assert _ids(vektor) == {("inn", "7707083893"), ("ogrn", "1027700132195")}
    assert vektor.addresses == ["Ul. Testovaya 1, Moscow, Russia"]
    assert (vektor.programs, vektor.listed_on) == (["RUSSIA-EO14024"], "2024-10-17")
    assert vektor.links == [Link("owned_or_controlled_by", "LI, Shangfu", "9003")]
    assert (li.schema, li.name, li.birth_dates, li.countries) == (
        "Person", "LI, Shangfu", ["1958-02-13"], ["CN"],
    )  # fmt: skip
    assert li.source_line > vektor.source_line > 1


def test_eu_xml() -> None:
    read = read_list(FIXTURES / "eu.xml")
    entries = _by_id(read.entries)
    assert sorted(entries) == ["9001", "9002"]
    assert read.problems == [f"{FIXTURES}/eu.xml:27: sanctionEntity 9003 has no name; skipped"]
    vektor = entries["9001"]
    assert (vektor.name, vektor.schema, vektor.programs) == ("TSK Vektor LLC", "Company", ["RUS"])
    assert Alias("ООО «ТСК Вектор»", "aka", "ru") in vektor.aliases
    assert Alias("Vektor", "weak") in vektor.aliases
    assert _ids(vektor) == {("ogrn", "1027700132195"), ("inn", "7707083893")}
    assert vektor.listed_on == "2024-06-24"
    li = entries["9002"]
    assert li.schema == "Person" and li.birth_dates == ["1958-02-13"]
    assert {(a.name, a.lang) for a in li.aliases} == {("李尚福", "zh"), ("Ли Шанфу", "ru")}
    assert li.listed_on == "2023-02-25"  # no designationDate: the regulation's date
    assert li.countries == ["CN"]


@pytest.mark.parametrize("name", ["uk.csv", "uk.xml"])
def test_uk(name: str) -> None:
    read = read_list(FIXTURES / name)
    entries = _by_id(read.entries)
    vektor = entries["RUS9001"]
    assert (vektor.list_id, vektor.schema, vektor.name) == ("gb_sanctions", "Company", "TSK VEKTOR")
    assert Alias("ООО ТСК Вектор", "original", "ru") in vektor.aliases
    assert Alias("TSK VECTOR", "aka") in vektor.aliases
    assert ("ogrn", "1027700132195") in _ids(vektor)
    assert (vektor.programs, vektor.listed_on, vektor.countries) == (
        ["Russia"],
        "2024-06-24",
        ["RU"],
    )
    li = entries["RUS9002"]
    assert (li.schema, li.name, li.birth_dates) == ("Person", "Shangfu LI", ["1958-02-13"])
    if name == "uk.csv":
        assert entries["RUS9003"].schema == "Vessel"
        assert read.problems == [f"{FIXTURES}/uk.csv:7: expected 58 columns, found 5"]


@pytest.mark.parametrize("name", ["csl.csv", "csl.json"])
def test_csl(name: str) -> None:
    read = read_list(FIXTURES / name)
    entries = _by_id(read.entries)
    el = entries["a1b2c3"]
    assert el.programs == ["Entity List (EL) - Bureau of Industry and Security"]
    assert (el.authority, el.listed_on, el.schema) == ("US BIS", "2024-05-09", "Company")
    assert Alias("西安测试智能航空科技有限公司") in el.aliases
    assert el.identifiers == [Identifier("uscc", "91310115MA1K4DLAXM", "CN")]
    assert el.countries == ["CN"]
    sdn = entries["d4e5f6"]
    assert (sdn.schema, sdn.authority, sdn.birth_dates) == ("Person", "US OFAC", ["1958-02-13"])
    assert len(read.problems) == 1 and read.skipped == 1


def test_ftm_json_lines() -> None:
    read = read_list(FIXTURES / "opensanctions.ftm.json")
    entries = _by_id(read.entries)
    assert sorted(entries) == ["test-kupol", "test-li", "test-tsk-vektor"]  # Address is no party
    vektor = entries["test-tsk-vektor"]
    assert vektor.list_id == "ftm:us_ofac_sdn"
    assert _ids(vektor) == {("inn", "7707083893"), ("ogrn", "1027700132195")}
    assert (vektor.programs, vektor.listed_on) == (["RUSSIA-EO14024"], "2024-10-17")
    assert vektor.links == [Link("owned_by", "Kupol Test Plant", "test-kupol")]
    li = entries["test-li"]  # its sanction is nested inside it
    assert (li.programs, li.listed_on, li.authority) == (
        ["CHINA-TEST"],
        "2018-09-20",
        "US Treasury",
    )
    assert read.problems == [
        f"{FIXTURES}/opensanctions.ftm.json:6: invalid JSON (Expecting ',' delimiter); skipped"
    ]
