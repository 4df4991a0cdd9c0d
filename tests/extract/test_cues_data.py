"""The cue lexicons in data/cues/ checked as data: format, categories, and example sentences.

These tests do not import extract/cues.py. They restate the file format in a tiny matcher so the
lexicons can be checked on their own, and so a change to the production matcher that breaks the
format contract shows up as a disagreement between the two.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dualtrace import data
from dualtrace.extract.cues import _token_matches, find_cues

LANGS = ("nb", "nn", "da", "sv", "nl", "de", "en", "fr", "ru", "uk")
HEADER = ["category", "pattern", "note"]
CATEGORIES = frozenset(
    {
        "supply", "receive", "made_by", "expertise", "produce", "attr_prep", "attr_verb",
        "seen_by", "evidence", "hedge", "not_confirmed", "not_proven", "deny", "dismiss",
        "unaware", "never", "plan", "consider", "negation", "see", "warn", "concern", "allege",
        "confirm", "sanction", "meeting", "prep_from", "prep_to", "prep_via", "prep_by",
        "intermediary", "rumour_source", "help_from", "share", "prep_with", "prep_against",
        "conj", "infinitive", "complementizer", "prep_in", "relative", "use", "passive",
    }
)  # fmt: skip
CORE = frozenset(
    {
        "supply", "receive", "attr_prep", "attr_verb", "hedge", "not_confirmed", "deny", "plan",
        "consider", "negation",
    }
)  # fmt: skip
# Russian and Ukrainian mark the agent with the instrumental case, not a preposition.
NO_WORDS_FOR = frozenset(
    {("ru", "prep_by"), ("uk", "prep_by")}
    # English "to" is also a preposition; French, Russian and Ukrainian mark no infinitive.
    | {(lang, "infinitive") for lang in ("en", "fr", "ru", "uk")}
    # Russian and Ukrainian "в" is both "in" and "into": it stays a prep_to there.
    | {("ru", "prep_in"), ("uk", "prep_in")}
)

GAP = "~"
MAX_GAP = 4
# Word tokens as the matcher sees them: \w runs with inner hyphens and apostrophes kept.
TOKEN = re.compile(r"\w+(?:['\-]\w+)*")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


@dataclass(frozen=True)
class Row:
    lang: str
    line: int
    category: str
    pattern: str
    note: str

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.pattern.split(" "))


def cue_file(lang: str) -> Path:
    return data.path("cues", f"{lang}.tsv")


@cache
def read_lines(lang: str) -> tuple[str, ...]:
    return tuple(cue_file(lang).read_text(encoding="utf-8").splitlines())


def body(lang: str) -> tuple[int, list[str]]:
    """Line number of the header and the lines from the header on."""
    lines = read_lines(lang)
    start = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    return start + 1, list(lines[start:])


@cache
def load(lang: str) -> tuple[Row, ...]:
    first, lines = body(lang)
    records = list(csv.reader(lines, delimiter="\t"))
    return tuple(
        Row(lang, first + n, *record)
        for n, record in enumerate(records[1:], start=1)
        if len(record) == 3
    )


def tokenise(text: str) -> list[str]:
    return TOKEN.findall(text.casefold().translate(APOSTROPHES))


token_matches = _token_matches  # the matcher's own rule for one pattern token


def match_at(pat: tuple[str, ...], toks: list[str], i: int) -> bool:
    """Whether the pattern matches the tokens starting at position i."""
    if not pat:
        return True
    head, rest = pat[0], pat[1:]
    if head == GAP:
        return any(match_at(rest, toks, i + k) for k in range(MAX_GAP + 1) if i + k <= len(toks))
    return i < len(toks) and token_matches(head, toks[i]) and match_at(rest, toks, i + 1)


def weight(row: Row) -> int:
    return sum(1 for t in row.tokens if t != GAP)


def fired(lang: str, sentence: str) -> set[str]:
    """Categories that fire: at each position only the longest matching patterns count."""
    toks = tokenise(sentence)
    out: set[str] = set()
    for i in range(len(toks)):
        hits = [row for row in load(lang) if match_at(row.tokens, toks, i)]
        if hits:
            best = max(weight(r) for r in hits)
            out.update(r.category for r in hits if weight(r) == best)
    return out


def realise(tokens: tuple[str, ...]) -> list[str]:
    """One concrete token sequence the pattern must match: affixes padded, gaps left empty."""
    words = []
    for tok in tokens:
        if tok == GAP:
            continue
        pre = "a" if tok.startswith("*") else ""
        post = "a" if tok.endswith("*") else ""
        words.append(pre + tok.strip("*") + post)
    return words


def all_rows() -> Iterator[Row]:
    for lang in LANGS:
        yield from load(lang)


# --- format ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_file_opens_with_comment_naming_its_authors(lang: str) -> None:
    lines = read_lines(lang)
    assert lines[0].startswith("# Cue lexicon")
    comments = " ".join(line for line in lines if line.startswith("#"))
    assert "dualtrace team" in comments


@pytest.mark.parametrize("lang", LANGS)
def test_header_exact_and_every_row_has_three_columns(lang: str) -> None:
    first, lines = body(lang)
    records = list(csv.reader(lines, delimiter="\t"))
    assert records[0] == HEADER
    bad = [(first + n, r) for n, r in enumerate(records) if len(r) != 3]
    assert not bad
    # Quotes would make csv readers with and without quoting disagree; comments stay on top.
    assert not [line for line in lines if '"' in line or line.startswith("#") or not line.strip()]


@pytest.mark.parametrize("lang", LANGS)
def test_categories_come_from_the_fixed_set(lang: str) -> None:
    unknown = sorted({(r.line, r.category) for r in load(lang) if r.category not in CATEGORIES})
    assert not unknown


@pytest.mark.parametrize("lang", LANGS)
def test_no_duplicate_rows(lang: str) -> None:
    seen: dict[tuple[str, str], int] = {}
    dupes = []
    for r in load(lang):
        key = (r.category, r.pattern)
        if key in seen:
            dupes.append((seen[key], r.line, key))
        seen[key] = r.line
    assert not dupes


@pytest.mark.parametrize("lang", LANGS)
def test_pattern_tokens_are_well_formed(lang: str) -> None:
    bad = []
    for r in load(lang):
        toks = r.tokens
        problems = []
        if r.pattern != r.pattern.strip() or "" in toks:
            problems.append("spacing")
        if r.pattern != r.pattern.casefold():
            problems.append("not casefolded")
        if toks[0] == GAP or toks[-1] == GAP:
            problems.append("gap at an end")
        if any(a == GAP and b == GAP for a, b in itertools.pairwise(toks)):
            problems.append("two gaps in a row")
        for tok in toks:
            if tok == GAP:
                continue
            core = tok.strip("*")
            if not core or "*" in core or tok.count("*") > 2:
                problems.append(f"star inside or bare: {tok}")
        if all(t == GAP or t.strip("*") == "" for t in toks):
            problems.append("no literal token")
        if problems:
            bad.append((r.line, r.pattern, problems))
    assert not bad


@pytest.mark.parametrize("lang", LANGS)
def test_every_pattern_can_match_the_tokeniser_output(lang: str) -> None:
    """Each literal token must be one word token, or the pattern can never fire."""
    bad = []
    for r in load(lang):
        words = realise(r.tokens)
        if any(TOKEN.fullmatch(w) is None for w in words):
            bad.append((r.line, r.pattern, "not a single word token"))
        elif not match_at(r.tokens, tokenise(" ".join(words)), 0):
            bad.append((r.line, r.pattern, "does not match its own realisation"))
    assert not bad


@pytest.mark.parametrize("lang", LANGS)
def test_core_categories_present(lang: str) -> None:
    present = {r.category for r in load(lang)}
    assert present >= CORE


@pytest.mark.parametrize("lang", LANGS)
def test_every_category_present_where_the_language_has_words_for_it(lang: str) -> None:
    present = {r.category for r in load(lang)}
    expected = {c for c in CATEGORIES if (lang, c) not in NO_WORDS_FOR}
    assert sorted(expected - present) == []


def test_all_languages_have_a_file_and_no_stray_files() -> None:
    found = {p.stem for p in cue_file("nb").parent.glob("*.tsv")}
    assert found == set(LANGS)


# --- the in-test matcher itself ----------------------------------------------------------------

_GAPPED = sorted(
    {(r.lang, r.category, r.pattern) for r in all_rows() if GAP in r.tokens}
)  # patterns with at least one gap, across languages


@given(
    pick=st.sampled_from(_GAPPED),
    filler=st.integers(min_value=0, max_value=MAX_GAP + 2),
)
def test_gap_spans_up_to_four_tokens(pick: tuple[str, str, str], filler: int) -> None:
    _, _, pattern = pick
    toks = tuple(pattern.split(" "))
    words: list[str] = []
    for tok in toks:
        if tok == GAP:
            words.extend(["qqzx"] * filler)  # matches no pattern token in any lexicon
        else:
            words.extend(realise((tok,)))
    assert match_at(toks, words, 0) is (filler <= MAX_GAP)


@given(st.text(max_size=200))
def test_tokenise_yields_casefolded_word_tokens(text: str) -> None:
    for tok in tokenise(text):
        assert tok == tok.casefold()
        assert TOKEN.fullmatch(tok)


# --- example sentences (our own, about public facts) -------------------------------------------

# (sentence, categories that must fire, categories that must not fire)
Example = tuple[str, set[str], set[str]]
EXAMPLES: dict[str, list[Example]] = {
    "nb": [
        (
            "Ifølge NRK skal Kina ha levert droner til Russland via Kasakhstan.",
            {"attr_prep", "hedge", "supply", "prep_to", "prep_via"},
            {"deny"},
        ),
        (
            "Opplysningene er ikke bekreftet, og utenriksdepartementet avviser at landet har solgt "
            "våpen.",
            {"not_confirmed", "deny", "supply"},
            set(),
        ),
        (
            "Dokumenter sett av Reuters viser at iranske eksperter har hjulpet russiske "
            "produsenter.",
            {"evidence", "seen_by", "expertise"},
            set(),
        ),
        (
            "Nato-sjefen sa at alliansen har sett tegn til at Kina vurderer å sende våpen.",
            {"attr_verb", "see", "consider", "supply"},
            set(),
        ),
        (
            "Kina har aldri solgt dødelige våpen til noen av partene, sier talspersonen.",
            {"never", "supply", "attr_verb"},
            set(),
        ),
        ("Samarbeidet mellom landene er omfattende.", set(), {"attr_verb", "supply"}),
        (
            "Dronene ble utviklet med hjelp fra kinesiske spesialister.",
            {"help_from", "expertise"},
            set(),
        ),
    ],
    "nn": [
        (
            "Ifølgje avisa skal Iran ha sendt droner til Russland.",
            {"attr_prep", "hedge", "supply", "prep_to"},
            set(),
        ),
        (
            "Departementet seier at opplysningane ikkje er stadfesta, og avviser påstandane.",
            {"attr_verb", "not_confirmed", "deny", "allege"},
            set(),
        ),
        (
            "Kjelder til avisa meiner at fabrikken har fått hjelp frå kinesiske ekspertar.",
            {"rumour_source", "attr_verb", "expertise", "prep_from"},
            set(),
        ),
        (
            "Regjeringa vurderer å levere fleire våpen, men har aldri planlagt sal av droner.",
            {"consider", "supply", "never", "plan"},
            set(),
        ),
    ],
    "da": [
        (
            "Ifølge DR skal Nordkorea have leveret artillerigranater til Rusland.",
            {"attr_prep", "hedge", "supply", "prep_to"},
            set(),
        ),
        (
            "Oplysningerne er ikke blevet bekræftet, og Kina afviser anklagerne.",
            {"not_confirmed", "deny", "allege"},
            set(),
        ),
        (
            "Dokumenter, som Reuters har set, viser, at Rusland har købt droner gennem et "
            "mellemled.",
            {"evidence", "seen_by", "receive", "prep_via", "intermediary"},
            set(),
        ),
        (
            "Regeringen overvejer at sende flere våben, siger ministeren.",
            {"consider", "supply", "attr_verb"},
            set(),
        ),
    ],
    "sv": [
        (
            "Enligt SVT ska Iran ha skickat drönare till Ryssland via Kaspiska havet.",
            {"attr_prep", "hedge", "supply", "prep_to", "prep_via"},
            set(),
        ),
        (
            "Uppgifterna har inte bekräftats och Kina förnekar all inblandning.",
            {"not_confirmed", "deny"},
            set(),
        ),
        (
            "Tulldata som Reuters har sett visar att ryska företag har köpt komponenter från Kina.",
            {"evidence", "seen_by", "receive", "prep_from"},
            set(),
        ),
        (
            "Regeringen överväger att leverera fler vapen, säger försvarsministern.",
            {"consider", "supply", "attr_verb"},
            set(),
        ),
        ("Mötet hölls i Köpenhamn.", {"meeting"}, {"receive"}),
    ],
    "nl": [
        (
            "De geweren zouden via Turkije zijn geleverd, volgens Politico.",
            {"hedge", "prep_via", "supply", "attr_prep"},
            set(),
        ),
        (
            "China ontkent dat het wapens levert en zegt dat het bericht speculatie is.",
            {"deny", "supply", "attr_verb", "dismiss"},
            set(),
        ),
        (
            "Die facturen bewijzen niet dat Iran zelf drones heeft gekocht.",
            {"evidence", "not_proven", "receive"},
            set(),
        ),
        (
            "Volgens ingewijden overweegt Noord-Korea munitie te verkopen aan Rusland.",
            {"attr_prep", "rumour_source", "consider", "supply", "prep_to"},
            set(),
        ),
        ("Hij moest stoppen bij de grens.", set(), {"meeting"}),
    ],
    "de": [
        (
            "Laut Spiegel soll China Drohnen an Russland geliefert haben.",
            {"attr_prep", "hedge", "supply", "prep_to"},
            set(),
        ),
        (
            "Peking weist die Vorwürfe zurück und spricht von Spekulationen.",
            {"deny", "allege", "dismiss"},
            set(),
        ),
        (
            "Zolldaten, die dem Spiegel vorliegen, zeigen Lieferungen von Bauteilen über "
            "Kasachstan.",
            {"evidence", "seen_by", "supply", "prep_from", "prep_via"},
            set(),
        ),
        (
            "Die Regierung erwägt, weitere Waffen zu liefern, sagte ein Sprecher.",
            {"consider", "supply", "attr_verb"},
            set(),
        ),
        ("Die Angaben konnten nicht unabhängig überprüft werden.", {"not_confirmed"}, set()),
        ("Das mutmaßliche Geschäft lief über Dubai.", {"hedge", "prep_via"}, set()),
    ],
    "en": [
        (
            "Iran has reportedly shipped drones to Russia through the Caspian Sea, according to "
            "Reuters.",
            {"hedge", "supply", "prep_to", "prep_via", "attr_prep"},
            set(),
        ),
        (
            "Reuters could not independently verify the documents, and Beijing denied the "
            "allegations.",
            {"not_confirmed", "evidence", "deny", "allege"},
            set(),
        ),
        (
            "Customs records reviewed by the newspaper show that Russian firms bought parts from "
            "Chinese suppliers via a front company.",
            {"evidence", "seen_by", "receive", "supply", "prep_from", "prep_via", "intermediary"},
            set(),
        ),
        (
            "China is considering sending weapons, people familiar with the matter said.",
            {"consider", "supply", "rumour_source", "attr_verb"},
            set(),
        ),
        (
            "The importance of the planets was considerable.",
            set(),
            {"receive", "plan", "consider"},
        ),
        ("North Korea didn't deny it.", {"negation", "deny"}, set()),
        (
            "Tehran shared the design with Moscow, and the plant was built with help from Iranian "
            "engineers.",
            {"share", "prep_with", "help_from", "expertise"},
            set(),
        ),
    ],
    "fr": [
        (
            "Selon Le Monde, la Chine aurait livré des drones à la Russie via le Kazakhstan.",
            {"attr_prep", "hedge", "supply", "prep_to", "prep_via"},
            set(),
        ),
        ("Pékin dément ces informations et parle de désinformation.", {"deny", "dismiss"}, set()),
        (
            "D'après des documents consultés par l'AFP, des intermédiaires ont acheté des "
            "composants en Turquie.",
            {"attr_prep", "evidence", "seen_by", "intermediary", "receive"},
            set(),
        ),
        (
            "L’information n’a pas pu être vérifiée de manière indépendante.",
            {"not_confirmed", "negation"},
            set(),
        ),
        (
            "Le gouvernement envisage de fournir des armes, a déclaré le ministre.",
            {"consider", "supply", "attr_verb"},
            set(),
        ),
        (
            "Vendredi, le ministre a souligné l'importance de la réunion.",
            {"meeting"},
            {"supply", "receive"},
        ),
    ],
    "ru": [
        (
            "По данным Reuters, Иран якобы поставил дроны в Россию через Каспийское море.",
            {"attr_prep", "hedge", "supply", "prep_to", "prep_via"},
            set(),
        ),
        (
            "В МИД Китая отвергли эти обвинения и назвали их дезинформацией.",
            {"deny", "allege", "dismiss"},
            set(),
        ),
        (
            "Документы, имеющиеся в распоряжении издания, показывают, что российские компании "
            "закупили компоненты через посредников.",
            {"evidence", "seen_by", "receive", "prep_via", "intermediary"},
            set(),
        ),
        ("Эта информация пока не подтверждена.", {"not_confirmed"}, set()),
        (
            "Пекин рассматривает возможность поставок оружия, заявил источник.",
            {"consider", "supply", "attr_verb", "rumour_source"},
            set(),
        ),
    ],
    "uk": [
        (
            "За даними розвідки, Іран нібито передав Росії дрони через Білорусь.",
            {"attr_prep", "hedge", "supply", "prep_via"},
            set(),
        ),
        (
            "У Пекіні заперечують постачання зброї і називають це дезінформацією.",
            {"deny", "supply", "dismiss"},
            set(),
        ),
        (
            "Документи, які є в розпорядженні журналістів, свідчать, що російські компанії "
            "закупили верстати через посередників.",
            {"evidence", "seen_by", "receive", "prep_via", "intermediary"},
            set(),
        ),
        ("Цю інформацію не вдалося незалежно перевірити.", {"not_confirmed"}, set()),
        (
            "Китай розглядає можливість продажу зброї, повідомили джерела.",
            {"consider", "supply", "attr_verb", "rumour_source"},
            set(),
        ),
        ("Журналісти з\u02bcясували деталі.", {"attr_verb"}, set()),
    ],
}


def test_examples_cover_every_language() -> None:
    assert set(EXAMPLES) == set(LANGS)


@pytest.mark.parametrize(
    ("lang", "sentence", "expected", "forbidden"),
    [(lang, s, e, f) for lang, cases in EXAMPLES.items() for s, e, f in cases],
)
def test_example_sentence_fires_expected_categories(
    lang: str, sentence: str, expected: set[str], forbidden: set[str]
) -> None:
    got = fired(lang, sentence)
    assert expected - got == set(), f"missing in {sorted(got)}"
    assert forbidden & got == set()


@pytest.mark.parametrize(
    ("lang", "sentence", "expected", "forbidden"),
    [(lang, s, e, f) for lang, cases in EXAMPLES.items() for s, e, f in cases],
)
def test_the_real_matcher_agrees_on_the_examples(
    lang: str, sentence: str, expected: set[str], forbidden: set[str]
) -> None:
    """The same examples through cues.find_cues (longest-match suppression, lemma fallback):
    what the claim rules will actually see."""
    got = {c.category for c in find_cues(sentence, lang)}
    assert expected - got == set(), f"missing in {sorted(got)}"
