"""Load time of the real OFAC list: reading the three CSVs, then writing them to a fresh store
and re-loading the same list (the no-change path), each timed in this run.

    .venv/bin/python benchmarks/lists.py [../shared/data/ofac]

Prints entries, skipped rows, identifiers by type and seconds for each step.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from dualtrace.sources.lists import read_list
from dualtrace.store import Store
from dualtrace.store.lists import read_entries, write_entries

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "ofac"


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not (folder / "sdn.csv").exists():
        sys.exit(f"{folder}: no sdn.csv (give the folder holding OFAC's sdn, alt and add CSVs)")
    import dualtrace.sources.lists.base as base

    started = time.perf_counter()
    base.country_code("Russia")  # rigour's territory table, loaded once per process
    warm = time.perf_counter() - started

    started = time.perf_counter()
    read = read_list(folder)
    reading = time.perf_counter() - started
    types = Counter(i.type for e in read.entries for i in e.identifiers)
    print(f"read {len(read.entries):,} entries in {reading:.2f} s", end="")
    print(f" (+ {warm:.2f} s loading country names)")
    print(f"  {read.skipped:,} rows skipped, {len(read.problems):,} problems reported")
    print(f"  identifiers: {', '.join(f'{k} {v:,}' for k, v in types.most_common())}")
    print(f"  links: {sum(len(e.links) for e in read.entries):,}")

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        started = time.perf_counter()
        with store.transaction() as con:
            new, updated = write_entries(con, read.entries)
        first = time.perf_counter() - started
        started = time.perf_counter()
        with store.transaction() as con:
            again = write_entries(con, read.entries)
        second = time.perf_counter() - started
        started = time.perf_counter()
        back = sum(1 for _ in read_entries(store.con))
        reading_back = time.perf_counter() - started
    print(f"store, first load: {first:.2f} s ({new:,} new, {updated:,} updated)")
    print(f"store, same list again: {second:.2f} s ({again[0]:,} new, {again[1]:,} updated)")
    print(f"read back {back:,} entries: {reading_back:.2f} s")
    print(f"total read + first load: {reading + warm + first:.2f} s")


if __name__ == "__main__":
    main()
