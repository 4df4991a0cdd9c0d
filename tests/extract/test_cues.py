from hypothesis import given
from hypothesis import strategies as st

from dualtrace.extract.cues import Lexicon, _Pattern


def lex(*rows: tuple[str, str]) -> Lexicon:
    return Lexicon([_Pattern(cat, tuple(p.split()), p) for cat, p in rows])


def cats(lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(c.category, c.text) for c in lexicon.match(text)]


def test_prefix_suffix_infix_and_exact() -> None:
    lx = lex(("supply", "lever*"), ("supply", "*leveranse*"), ("hedge", "skal"))
    assert cats(lx, "De skal ha levert våpenleveransene.") == [
        ("hedge", "skal"),
        ("supply", "levert"),
        ("supply", "våpenleveransene"),
    ]


def test_gap_matches_discontinuous_phrase() -> None:
    lx = lex(("hedge", "soll ~ haben"))
    assert cats(lx, "Die Firma soll die Drohnen geliefert haben.") == [
        ("hedge", "soll die Drohnen geliefert haben")
    ]
    assert cats(lx, "Die Firma soll eins zwei drei vier fünf sechs haben.") == []


def test_longer_cue_hides_the_one_inside_it() -> None:
    lx = lex(("not_confirmed", "ikke bekreftet"), ("confirm", "bekreft*"), ("negation", "ikke"))
    assert cats(lx, "Opplysningen er ikke bekreftet.") == [("not_confirmed", "ikke bekreftet")]


def test_case_is_folded() -> None:
    assert cats(lex(("attr_prep", "ifølge")), "Ifølge NTB") == [("attr_prep", "Ifølge")]


@given(st.text(max_size=300))
def test_match_never_raises_and_spans_slice_back(text: str) -> None:
    lx = lex(("supply", "lever*"), ("hedge", "skal ~ ha"), ("x", "*a*"))
    for cue in lx.match(text):
        assert text[cue.start : cue.end] == cue.text
        assert 0 <= cue.start < cue.end <= len(text)
