"""The index's score bound never falls below what compare gives: skipping by it loses nothing."""

from pathlib import Path

import pytest

from dualtrace.names.analyse import analyse, schema_kind
from dualtrace.names.compare import compare_analysed
from dualtrace.names.index import score_bound

PAIRS = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "name_pairs.tsv"


def _pairs() -> list[tuple[str, str, str]]:
    if not PAIRS.exists():
        return []
    lines = [ln for ln in PAIRS.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return [(c[0], c[1], c[2]) for c in (ln.split("\t") for ln in lines[1:]) if len(c) >= 3]


def test_bound_holds_on_the_labelled_pairs() -> None:
    pairs = _pairs()
    if not pairs:
        pytest.skip(f"{PAIRS} is absent")
    below = []
    tight = 0
    for left, right, schema in pairs:
        for kind in (schema_kind(schema), None, "person", "org"):
            qa, qb = analyse(left, kind), analyse(right, kind)
            score = compare_analysed(qa, qb).score
            bound = score_bound(qa, qb)
            if bound + 1e-6 < score:
                below.append((left, right, kind, score, bound))
            tight += bound < 0.3
    assert not below, below[:5]
    assert tight > len(pairs) // 10  # the bound does rule pairs out


def test_bound_of_unrelated_names_is_zero() -> None:
    qa = analyse("Tekhkrim LLC", "org")
    qb = analyse("Shenzhen Hongda Optoelectronics Co., Ltd.", "org")
    assert score_bound(qa, qb) < 0.3
    assert score_bound(qa, qa) == 1.0


def test_min_score_skips_only_what_could_not_reach_it() -> None:
    from dualtrace.names import NameIndex

    pairs = _pairs()[:600]
    if not pairs:
        pytest.skip(f"{PAIRS} is absent")
    index = NameIndex()
    for i, (left, _, schema) in enumerate(pairs):
        index.add(f"e{i}", [left], schema)
    queries = sorted({right for _, right, _ in pairs})[:300]
    for threshold in (0.3, 0.85):
        full = index.screen(queries, limit=5)
        done = index.stats.comparisons
        pruned = index.screen(queries, limit=5, min_score=threshold)
        # at 0.3 the top-5 cut may already have skipped every candidate below it
        assert index.stats.comparisons < done or (
            threshold < 0.5 and index.stats.comparisons == done
        )
        for name in queries:
            want = [(h.key, h.comparison.score) for h in full[name]]
            got = [(h.key, h.comparison.score) for h in pruned[name]]
            assert got == [w for w in want if w[1] >= threshold], name
