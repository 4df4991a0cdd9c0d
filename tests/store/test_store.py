from pathlib import Path

import pytest

from dualtrace.model import Document
from dualtrace.sources.ids import document_id
from dualtrace.store import SCHEMA_VERSION, Store
from dualtrace.store.db import StoreError
from dualtrace.store.records import insert_documents, pending_documents, write_extraction


def doc(text: str = "Norinco supplied rifles to Tekhkrim.") -> Document:
    return Document(id=document_id(text), origin="a.txt", text=text, format="text")


def test_new_store_is_migrated(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        assert s.version() == SCHEMA_VERSION
        tables = {r[0] for r in s.con.execute("SHOW TABLES").fetchall()}
    assert {"documents", "claims", "mentions", "build_state", "schema_version"} <= tables


def test_reopening_does_not_migrate_twice(tmp_path: Path) -> None:
    Store(tmp_path / "s.duckdb").close()
    with Store(tmp_path / "s.duckdb") as s:
        rows = s.con.execute("SELECT count(*) FROM schema_version").fetchone()
    assert rows == (SCHEMA_VERSION,)


def test_newer_store_is_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        s.con.execute("INSERT INTO schema_version (version, name) VALUES (999, 'future')")
    with pytest.raises(StoreError, match="newer"):
        Store(tmp_path / "s.duckdb")


def test_same_content_is_stored_once(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        with s.transaction() as con:
            assert insert_documents(con, [doc()]) == 1
        with s.transaction() as con:
            assert insert_documents(con, [doc()]) == 0
        assert s.con.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        with pytest.raises(RuntimeError), s.transaction() as con:
            insert_documents(con, [doc()])
            raise RuntimeError("interrupted")
        assert s.con.execute("SELECT count(*) FROM documents").fetchone() == (0,)


def test_pending_follows_the_extractor_fingerprint(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        with s.transaction() as con:
            insert_documents(con, [doc()])
        assert len(pending_documents(s.con, "v1")) == 1
        with s.transaction() as con:
            write_extraction(con, doc().id, "v1", [], [])
        assert pending_documents(s.con, "v1") == []
        assert len(pending_documents(s.con, "v2")) == 1


def test_extractor_fingerprint_changes_with_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    from dualtrace.extract import pipeline

    compute = pipeline.fingerprint.__wrapped__
    before = compute()
    real = Path.read_bytes

    def edited(self: Path) -> bytes:
        data = real(self)
        return data + b"# edited" if self.name == "claims.py" else data

    monkeypatch.setattr(Path, "read_bytes", edited)
    assert compute() != before  # a changed claim rule re-extracts every document


def test_new_version_of_a_file_replaces_the_old_one(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        with s.transaction() as con:
            insert_documents(con, [doc("Norinco supplied rifles.")])
            write_extraction(con, doc("Norinco supplied rifles.").id, "v1", [], [])
        with s.transaction() as con:
            assert insert_documents(con, [doc("Norinco supplied rifles and drones.")]) == 1
        assert s.con.execute("SELECT text FROM documents").fetchall() == [
            ("Norinco supplied rifles and drones.",)
        ]
        assert s.con.execute("SELECT count(*) FROM build_state").fetchone() == (0,)
