"""The names layer's data files (data/names/*.tsv): rows without comments, blanks or header."""

from __future__ import annotations

from dualtrace.data import path


def rows(name: str) -> list[list[str]]:
    out: list[list[str]] = []
    with path("names", name).open(encoding="utf-8") as handle:
        header = True
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            if header:
                header = False
                continue
            out.append(line.rstrip("\n").split("\t"))
    return out
