"""Reading the parties to screen from a file: CSV with a header, or one name per line."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from dualtrace.sources.errors import SourceError

ID_COLUMNS = ("inn", "ogrn", "uscc", "lei", "imo", "registration")
NAME_COLUMNS = ("name", "party", "company", "entity")


@dataclass(frozen=True, slots=True)
class Query:
    name: str
    schema: str | None = None
    country: str | None = None
    identifiers: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    line: int = 0  # where it was read, for the answer


def read_queries(path: Path) -> list[Query]:
    """A CSV needs a name column (name, party, company or entity) and may have schema, country
    and identifier columns (inn, ogrn, uscc, lei, imo, registration); any other file is read
    as one name per line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SourceError(path, "no such file") from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise SourceError(path, "not UTF-8 text", line) from None
    except OSError as exc:
        raise SourceError(path, str(exc.strerror or exc)) from None
    if path.suffix.lower() != ".csv":
        return [
            Query(line.strip(), line=n)
            for n, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.startswith("#")
        ]
    rows = csv.reader(text.splitlines())
    header = [h.strip().lower() for h in next(rows, [])]
    column = next((c for c in NAME_COLUMNS if c in header), None)
    if column is None:
        raise SourceError(path, f"no name column (one of {', '.join(NAME_COLUMNS)})", 1)
    out = []
    for n, row in enumerate(rows, start=2):
        if len(row) != len(header):
            raise SourceError(path, f"{len(row)} columns, the header has {len(header)}", n)
        values = dict(zip(header, (v.strip() for v in row), strict=True))
        if not values[column]:
            continue
        ids = tuple((c, values[c]) for c in ID_COLUMNS if values.get(c))
        out.append(
            Query(
                values[column],
                values.get("schema") or None,
                values.get("country") or None,
                ids,
                n,
            )
        )
    return out
