"""Storing list entries: round trip, re-loads that update instead of duplicating, ingest."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from dualtrace.ingest import ingest
from dualtrace.model import Alias, Identifier, Link, ListEntry
from dualtrace.store import Store
from dualtrace.store.lists import read_entries, write_entries

FIXTURES = Path(__file__).parents[1] / "fixtures" / "lists"


def _entry(entry_id: str, name: str, **more: object) -> ListEntry:
    return ListEntry("us_ofac_sdn", entry_id, "Company", name, source_file="sdn.csv", **more)  # type: ignore[arg-type]


def _count(store: Store, table: str) -> int:
    row = store.con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else -1


def test_round_trip(tmp_path: Path) -> None:
    entry = _entry(
        "9001",
        "TSK VEKTOR, OOO",
        aliases=[Alias("ООО «ТСК Вектор»", "original", "ru"), Alias("TSK VECTOR", "aka")],
        programs=["RUSSIA-EO14024"],
        authority="US OFAC",
        listed_on="2024-10-17",
        countries=["RU"],
        addresses=["Ul. Testovaya 1, Moscow"],
        identifiers=[Identifier("inn", "7707083893", "RU", "remarks")],
        links=[Link("linked_to", "KUPOL", "9002")],
        remarks="Tax ID No. 7707083893 (Russia).",
        source_line=7,
    )
    with Store(tmp_path / "s.duckdb") as store:
        with store.transaction() as con:
            assert write_entries(con, [entry]) == (1, 0)
        assert list(read_entries(store.con)) == [entry]
        assert list(read_entries(store.con, "eu_fsf")) == []


def test_reload_updates_instead_of_duplicating(tmp_path: Path) -> None:
    first = [_entry("1", "ALPHA LLC", aliases=[Alias("ALFA")]), _entry("2", "BETA LLC")]
    with Store(tmp_path / "s.duckdb") as store:
        with store.transaction() as con:
            assert write_entries(con, first) == (2, 0)
        with store.transaction() as con:
            assert write_entries(con, first) == (0, 0)  # unchanged: nothing rewritten
        newer = [
            dataclasses.replace(first[0], aliases=[Alias("ALFA"), Alias("ALPHA TRADING")]),
            first[1],
            _entry("3", "GAMMA LLC"),
        ]
        with store.transaction() as con:
            assert write_entries(con, newer) == (1, 1)
        assert _count(store, "list_entries") == 3
        assert _count(store, "list_names") == 3 + 2  # three primary names, two aliases
        [alpha] = [e for e in read_entries(store.con) if e.entry_id == "1"]
        assert alpha.aliases == [Alias("ALFA"), Alias("ALPHA TRADING")]


def test_same_entry_id_in_two_lists_is_two_entries(tmp_path: Path) -> None:
    a = _entry("1", "ALPHA LLC")
    b = dataclasses.replace(a, list_id="eu_fsf")
    with Store(tmp_path / "s.duckdb") as store:
        with store.transaction() as con:
            assert write_entries(con, [a, b]) == (2, 0)
        assert [e.list_id for e in read_entries(store.con)] == ["eu_fsf", "us_ofac_sdn"]


def test_ingest_routes_lists_and_news(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(FIXTURES / "ofac", folder / "ofac")
    for name in ("eu.xml", "uk.csv", "csl.json", "opensanctions.ftm.json"):
        shutil.copy(FIXTURES / name, folder / name)
    (folder / "story.txt").write_text("A supplier sent drones to a buyer.", encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest(store, [folder])
        assert report.errors == []
        assert report.documents == 1
        loads = {load.list_id: load for load in report.lists}
        assert sorted(loads) == [
            "eu_fsf",
            "ftm:us_ofac_sdn",
            "gb_sanctions",
            "us_csl",
            "us_ofac_sdn",
        ]
        ofac = loads["us_ofac_sdn"]
        assert (ofac.label, ofac.entries, ofac.new, ofac.updated, ofac.skipped) == (
            "OFAC SDN", 5, 5, 0, 4,
        )  # fmt: skip
        assert any("entity 51265" in p for p in report.list_problems)
        again = ingest(store, [folder / "ofac"])
        assert [(x.new, x.updated) for x in again.lists] == [(0, 0)]
        assert _count(store, "list_entries") == report.list_entries


def test_ingest_reports_a_broken_list_file_as_an_error(tmp_path: Path) -> None:
    path = tmp_path / "eu.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<export xmlns="http://eu.europa.ec/fpi/fsd/export">\n<x', "utf-8"
    )
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest(store, [path])
    assert len(report.errors) == 1 and report.errors[0].startswith(f"{path}:")
