"""Open a store, migrate it to the current schema, and run work in transactions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path

import duckdb

ENV_VAR = "DUALTRACE_STORE"
DEFAULT_NAME = "dualtrace.duckdb"


def default_store_path() -> Path:
    return Path(os.environ.get(ENV_VAR) or DEFAULT_NAME)


def _migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every `NNN_name.sql` shipped with the package, in order."""
    found = []
    for entry in resources.files("dualtrace.store").joinpath("sql").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:3].isdigit():
            found.append((int(name[:3]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


SCHEMA_VERSION = _migrations()[-1][0]


class StoreError(Exception):
    """The store cannot be opened or is newer than this program."""


class Store:
    """One DuckDB file. Every write happens inside `transaction()`."""

    def __init__(self, path: Path | str, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such store (run `dualtrace ingest` first)")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open store: {exc}") from None
        if not read_only:
            self._migrate()
        elif self.version() != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema v{self.version()}, this dualtrace reads "
                f"v{SCHEMA_VERSION}; run `dualtrace build` to migrate it"
            )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: an exception rolls back everything written inside."""
        self.con.begin()
        try:
            yield self.con
            self.con.commit()
        except BaseException:
            # An interrupted query has already aborted the transaction inside DuckDB; there is
            # nothing left to roll back, and the first error is the one to report.
            with suppress(duckdb.Error):
                self.con.rollback()
            raise

    def version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _migrate(self) -> None:
        current = self.version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema v{current} is newer than this dualtrace "
                f"(v{SCHEMA_VERSION}); upgrade dualtrace"
            )
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, name VARCHAR, "
            "applied_at TIMESTAMP DEFAULT current_timestamp)"
        )
        for version, name, sql in _migrations():
            if version <= current:
                continue
            with self.transaction() as con:
                con.execute(sql)
                con.execute(
                    "INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, name]
                )
