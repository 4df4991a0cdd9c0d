"""End to end through the command line, on articles written for these tests."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dualtrace.cli import app
from dualtrace.store import Store

runner = CliRunner()

NB = (
    " date 2024-03-10 Ifølge Reuters skal det kinesiske selskapet Sichuan AEE ha levert droner "
    "til IEMZ Kupol i fjor.\n\nKinas utenriksdepartement avviser at Kina har levert våpen til "
    "Russland.\n"
)
EN = (
    "According to documents seen by Reuters, Norinco supplied 1,000 rifles to Tekhkrim last "
    "September.\n\nThe report could not be independently verified.\n"
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "nb.txt").write_text(NB, encoding="utf-8")
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    return folder


def run(store: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--store", str(store), *args])
    return result.exit_code, result.stdout


def test_ingest_build_claims_json(tmp_path: Path, corpus: Path) -> None:
    store = tmp_path / "s.duckdb"
    assert run(store, "ingest", str(corpus))[0] == 0
    assert run(store, "build")[0] == 0
    code, out = run(store, "claims", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    required = {
        "doc",
        "kind",
        "supplier",
        "recipient",
        "intermediary",
        "item",
        "item_category",
        "quantity",
        "unit",
        "when",
        "stage",
        "source",
        "certainty",
        "hedged",
        "quote",
        "span",
        "rule",
    }
    assert rows and all(required <= set(r) for r in rows)
    by_supplier = {r["supplier"]: r for r in rows}
    aee = by_supplier["Sichuan AEE"]
    assert aee["recipient"] == "IEMZ Kupol"
    assert aee["hedged"] is True and aee["certainty"] == "reported"
    assert "Reuters" in aee["source"]
    assert aee["when"] == "2023"
    text = NB.split(" ", 3)[3]
    start, end = aee["span"]
    assert text[start:end] == aee["quote"]
    norinco = by_supplier["Norinco"]
    assert norinco["recipient"] == "Tekhkrim" and norinco["quantity"] == 1000
    assert norinco["certainty"] == "unconfirmed"
    denial = [r for r in rows if r["certainty"] == "denied"]
    assert denial and denial[0]["kind"] == "denial"


def test_reingest_adds_nothing_and_build_is_incremental(tmp_path: Path, corpus: Path) -> None:
    store = tmp_path / "s.duckdb"
    run(store, "ingest", str(corpus))
    run(store, "build")
    result = runner.invoke(app, ["--store", str(store), "ingest", str(corpus)])
    assert "0 new" in result.stderr
    result = runner.invoke(app, ["--store", str(store), "build"])
    assert "built 0 documents" in result.stderr


def test_filters(tmp_path: Path, corpus: Path) -> None:
    store = tmp_path / "s.duckdb"
    run(store, "ingest", str(corpus))
    run(store, "build")
    _, out = run(store, "claims", "--json", "--entity", "Tekhkrim")
    assert {json.loads(x)["recipient"] for x in out.splitlines()} == {"Tekhkrim"}
    # a party asked for in another language or script, by its capital, or by a name we do not
    # know (searched as written)
    _, english = run(store, "claims", "--json", "--entity", "China")
    assert english
    for asked in ("Kina", "Китай", "Pékin"):
        assert run(store, "claims", "--json", "--entity", asked)[1] == english
    assert run(store, "claims", "--json", "--entity", "Nowhere Trading")[1] == ""
    _, out = run(store, "claims", "--json", "--certainty", "denied")
    assert out and all(json.loads(x)["certainty"] == "denied" for x in out.splitlines())
    _, out = run(store, "claims")
    assert "Sichuan AEE" in out


def test_bad_files_are_reported_and_the_rest_lands(tmp_path: Path, corpus: Path) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (corpus / "latin1.txt").write_bytes("Kj\xf8p av droner\n".encode("latin-1"))
    store = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["--store", str(store), "ingest", str(corpus)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("empty.txt" in e for e in errors) and any("latin1.txt:1" in e for e in errors)
    assert "Traceback" not in result.stderr
    assert "2 documents" in result.stderr


def test_missing_path_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--store", str(tmp_path / "s.duckdb"), "ingest", "nope/"])
    assert result.exit_code == 1
    assert "nope" in result.stderr and "Traceback" not in result.stderr


def test_claims_on_a_missing_store_is_an_error_not_an_empty_store(tmp_path: Path) -> None:
    store = tmp_path / "none.duckdb"
    result = runner.invoke(app, ["--store", str(store), "claims"])
    assert result.exit_code != 0 and not store.exists()


def test_demo_never_overwrites_a_users_store(tmp_path: Path, corpus: Path) -> None:
    store = tmp_path / "mine.duckdb"
    run(store, "ingest", str(corpus))
    result = runner.invoke(app, ["--store", str(store), "demo", str(corpus)])
    assert result.exit_code != 0
    with Store(store, read_only=True) as s:
        assert s.con.execute("SELECT count(*) FROM documents").fetchone() == (2,)


def test_unknown_kind_is_refused(tmp_path: Path, corpus: Path) -> None:
    store = tmp_path / "s.duckdb"
    run(store, "ingest", str(corpus))
    result = runner.invoke(app, ["--store", str(store), "claims", "--kind", "bogus"])
    assert result.exit_code == 2


def test_csv_in_a_news_folder_is_reported(tmp_path: Path, corpus: Path) -> None:
    (corpus / "rows.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    result = runner.invoke(app, ["--store", str(tmp_path / "s.duckdb"), "ingest", str(corpus)])
    assert result.exit_code == 1 and "unsupported file type '.csv'" in result.stderr
