"""Extraction speed: articles per second on one core, and peak memory.

    .venv/bin/python benchmarks/extract.py [--rounds N] [FOLDER ...]

Articles: our example corpus (examples/news) plus ../shared/seeds when present, all seed-sized.
The figure is end-to-end extraction (language, sentences, gazetteer, dates, numbers, cues, claims)
after start-up (models and lexicons loaded once, as `build` does), in a single process, for the
median round (one round extracts every article once). The baseline in the same run is a bare
tokenisation pass over the same texts, so the ratio shows what the extractor costs above reading
the words once.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import time
from pathlib import Path

from dualtrace.extract.gazetteer import Gazetteer
from dualtrace.extract.pipeline import extract
from dualtrace.model import Document
from dualtrace.sources import list_files, read_file

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "examples" / "news", ROOT.parent / "shared" / "seeds"]


def load(folders: list[Path]) -> list[Document]:
    docs: list[Document] = []
    for path in list_files([f for f in folders if f.exists()]):
        docs += read_file(path)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, whatever threads libs start
    docs = load(args.folders)
    if not docs:
        raise SystemExit("no articles found")
    size = sum(len(d.text) for d in docs) / len(docs)

    t0 = time.perf_counter()
    gaz = Gazetteer.default()
    for d in docs:  # loads language models and every language's lexicons, as a long build would
        extract(d, gaz)
    startup = time.perf_counter() - t0

    token = re.compile(r"\w+")
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        for d in docs:
            token.findall(d.text)
    base = (time.perf_counter() - t0) / (args.rounds * len(docs))

    # Each round is timed alone and the median round is the figure: a shared or throttled
    # machine slows some rounds down, and the median ignores them where a total would not.
    claims = 0
    times: list[float] = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for d in docs:
            claims += len(extract(d, gaz).claims)
        times.append((time.perf_counter() - t0) / len(docs))
    per_doc = statistics.median(times)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"articles: {len(docs)} (mean {size:,.0f} chars), rounds: {args.rounds}, 1 core")
    print(f"start-up (models, lexicons): {startup:.2f} s")
    print(
        f"extract: {1 / per_doc:,.0f} articles/s per core ({per_doc * 1000:.2f} ms/article, "
        f"median round; best round {1 / min(times):,.0f}/s), "
        f"{claims // args.rounds} claims per round"
    )
    print(
        f"baseline tokenise-only: {1 / base:,.0f} articles/s; "
        f"extractor costs {per_doc / base:,.0f}x"
    )
    print(f"peak RSS: {peak_mb:,.0f} MB")
    print(f"target >= 200 articles/s per core: {'met' if 1 / per_doc >= 200 else 'NOT met'}")


if __name__ == "__main__":
    main()
