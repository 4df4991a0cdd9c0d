"""The names layer's data files (data/names/*.tsv): rows without comments, blanks or header."""

from __future__ import annotations

import gc

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


def settle() -> None:
    """Keep the cycle collector off what is alive now: the tables just loaded (and pypinyin's
    phrase table, 200,000 lists) live as long as the process, yet every full collection would
    walk them again: one collection over them was ~15% of comparing a few thousand new names.
    Called by the loaders of the large tables, so every caller (CLI, screening, benchmarks)
    gets it; objects frozen are still freed by reference counting, only cycles among them are
    never collected, which tables do not make."""
    gc.freeze()
