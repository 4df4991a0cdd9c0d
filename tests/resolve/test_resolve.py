"""Claim parties linked to list entries, and `match`, end to end through the CLI on a small OFAC
list in the real format (written for these tests) and articles written for these tests."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dualtrace.cli import app
from dualtrace.store import Store

runner = CliRunner()
OFAC = Path(__file__).parents[1] / "fixtures" / "lists" / "ofac"
NEWS = (
    " date 2024-10-18 Ifølge Reuters har TSK Vektor levert droner til IEMZ Kupol i fjor.\n\n"
    "Kinas utenriksdepartement avviser at Kina har levert våpen til Russland.\n"
)


def run(store: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--store", str(store), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    path = tmp_path / "s.duckdb"
    assert run(path, "ingest", str(OFAC), str(news))[0] == 0
    assert run(path, "build")[0] == 0
    return path


def test_claim_parties_show_their_listing_with_score_and_why(store: Path) -> None:
    code, out, _ = run(store, "claims", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    claim = next(r for r in rows if r["supplier"] == "TSK Vektor")
    [listing] = claim["supplier_listings"]
    assert (listing["list"], listing["entry_id"]) == ("us_ofac_sdn", "9001")
    assert listing["score"] >= 0.85 and "vektor" in listing["explanation"]
    assert claim["recipient_listings"] == []  # IEMZ Kupol is not on this small list
    # countries are never linked to an entry
    assert all(r["recipient_listings"] == [] for r in rows if r["recipient"] == "Russia")


def test_links_are_kept_with_an_entity_id_and_not_redone_when_nothing_changed(
    store: Path,
) -> None:
    with Store(store, read_only=True) as s:
        rows = s.con.execute("SELECT party_key, entry_id, entity_id FROM party_links").fetchall()
    assert rows == [("tsk-vektor", "9001", "us_ofac_sdn:9001")]
    code, _, err = run(store, "build")
    assert code == 0 and "list links up to date" in err


def test_match_ranks_entries_and_explains_across_scripts(store: Path) -> None:
    code, out, _ = run(store, "match", "ООО «ТСК Вектор»", "--json")
    assert code == 0
    answer = json.loads(out)
    best = answer["entries"][0]
    assert answer["matched"] and best["entry_id"] == "9001" and best["is_match"]
    assert best["source"].endswith("sdn.csv:1")
    assert "LLC" in best["explanation"]
    code, out, _ = run(store, "match", "Li Shangfu", "--schema", "Person", "--json")
    assert json.loads(out)["entries"][0]["entry_id"] == "9003"


def test_identifier_decides_before_the_name(store: Path, tmp_path: Path) -> None:
    batch = tmp_path / "parties.csv"
    batch.write_text("name,inn\nSome Other Name LLC,7707083893\nNobody Trading,\n", "utf-8")
    code, out, _ = run(store, "match", "--file", str(batch), "--json")
    assert code == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["entries"][0]["entry_id"] == "9001" and first["entries"][0]["via"] == "identifier"
    assert first["line"] == 2 and not second["matched"]


def test_match_table_names_the_source_row(store: Path) -> None:
    code, out, _ = run(store, "match", "TSK Vector LLC")
    assert code == 0 and "9001" in out and "sdn.csv:1" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("party\nA,B\n", "parties.csv:2: 2 columns, the header has 1"),
        ("country\nRU\n", "parties.csv:1: no name column"),
    ],
)
def test_bad_batch_file_is_one_line_naming_file_and_line(
    store: Path, tmp_path: Path, content: str, message: str
) -> None:
    batch = tmp_path / "parties.csv"
    batch.write_text(content, "utf-8")
    result = runner.invoke(app, ["--store", str(store), "match", "--file", str(batch)])
    assert result.exit_code != 0
    assert message in str(result.exception) + result.stderr


def test_match_without_lists_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    news = tmp_path / "n.txt"
    news.write_text(NEWS, "utf-8")
    run(path, "ingest", str(news))
    result = runner.invoke(app, ["--store", str(path), "match", "Tekhkrim"])
    assert result.exit_code != 0
    assert "holds no list entries" in str(result.exception) + result.stderr


def test_listed_firms_are_recognised_in_articles_and_loading_a_list_rereads(
    tmp_path: Path,
) -> None:
    news = tmp_path / "en.txt"
    news.write_text(
        " date 2024-05-02 Xi An Test Aviation Technology shipped drone engines to Russia "
        "last year, "
        "according to Reuters. In September the plant said nothing.\n",
        encoding="utf-8",
    )
    path = tmp_path / "s.duckdb"
    run(path, "ingest", str(news))
    run(path, "build")
    code, out, _ = run(path, "claims", "--json")
    assert not [
        json.loads(x) for x in out.splitlines() if "Test" in (json.loads(x)["supplier"] or "")
    ]
    run(path, "ingest", str(OFAC))
    code, _, err = run(path, "build")
    assert code == 0 and "built 1 documents" in err  # the list changed what the article says
    rows = [json.loads(x) for x in run(path, "claims", "--json")[1].splitlines()]
    claim = next(r for r in rows if r["supplier_key"] == "us_ofac_sdn:9005")
    assert claim["supplier"] == "Xi An Test Aviation Technology" and claim["recipient"] == "Russia"
    assert claim["supplier_listings"][0]["entry_id"] == "9005"
    with Store(path, read_only=True) as s:
        words = s.con.execute("SELECT text FROM mentions WHERE key LIKE 'us_ofac%'").fetchall()
    assert ("September",) not in words  # one-word names are not taken from lists
