"""Quantities in one sentence: digits and number words in the ten supported languages.

Rules (vocabulary per language in data/numbers/<lang>.yaml):

- Digits use the language's separators: ``thousands`` (groups of exactly three digits) and
  ``decimal``; "1 000" (nb, fr, ru), "1.000" (nl, de, da), "1,000.5" (en), "1,5 millioner".
- Number words (``words``) combine as spoken: "hundre og femti" = 150, "two thousand five
  hundred", "quatre-vingt-dix", compounds written as one word ("fünfundzwanzig",
  "tjuefem"). Articles meaning "one" (``one``) count only before a multiplier:
  "et dusin" = 12, "a hundred" = 100, but "en drone" is no quantity. A ``halves`` word
  before a multiplier halves it: "half a million", "en halv million" = 500,000.
- Approximate (``approx=True``): after an approximator ("rundt", "about", "более", "понад"),
  a range "100–200" (value = the lower bound), a vague word before a multiplier ("flere
  tusen", "several hundred": value = the multiplier) and a plural standing alone
  ("hundreds of", "тысячи", "tusenvis av": value = one unit of it, a lower bound).
- Not quantities: numbers inside a date phrase (years, day numbers, "for to år siden"; see
  dates.py), ordinals ("2. kvartal", "2nd", "2-й"), digits glued to letters or to another
  number ("ZT-180", "Su-35", "3D", "12:30", "15.09"), a bare year-like 1900-2099 with no
  counted noun after it or right after a determiner ("the 2022 invasion").
- ``unit`` is "%" for percentages; a currency sign before the digits ("$1.5 billion");
  otherwise the counted noun, searched in the next three words, stopping at punctuation,
  digits, number words and ``stopwords`` (after skipping one ``linkers`` word: "hundreds of
  drones"). If the first word is a known measure (``units``: "kilo", "km", "dollar") it is
  the unit. In German the first capitalised word is the noun; in English the last word
  (English stacks nouns: "attack drones"), dropping trailing "-ed"/"-ing" forms; elsewhere
  the first word that does not look like an adjective (``adjectives``,
  ``adjective_suffixes``), else the last word. Hyphenated words stay whole.
- The span covers the approximator and the number phrase, not the unit.

Vocabulary keys: thousands, decimal, words (word -> value below 100), compound (how tens and
units join in one word: none, ten_unit, unit_og_ten, unit_und_ten, unit_en_ten),
multipliers ("hundre", "тысяч", "mill."), plurals (multipliers that stand alone as vague
amounts: "tusenvis", "тысячи"), one, vague ("flere", "several"), linkers, connectors ("og",
"and"; a hyphen between touching words always joins), approx, percent, units, stopwords,
adjectives, adjective_suffixes, determiners, ordinal_dot (nb, nn, da, de: "2. kvartal").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

import ahocorasick
import yaml

from dualtrace import data
from dualtrace.model import Quantity

LANGS: Final = ("nb", "nn", "da", "sv", "nl", "de", "en", "fr", "ru", "uk")

# Letters, with apostrophes inside a word ("l'année", "п'ять"); digits and single
# non-space characters are tokens of their own.
WORD: Final = r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*"
_DIGIT_TOKENS: Final = re.compile(rf"\d+|{WORD}|\S")

Payload = int | float | str
Tagged = dict[str, tuple[Payload, int]]  # tag -> (payload, end token index), longest phrase
Ends = dict[int, list[tuple[str, Payload, int]]]  # end token -> [(tag, payload, start token)]
_NO_TAGS: Final[Tagged] = {}


class LanguageError(ValueError):
    """An unsupported language code or an unreadable vocabulary file."""


def fold(word: str) -> str:
    """Case-fold a token the way vocabulary files are written (typographic apostrophes too)."""
    return word.lower().replace("’", "'").replace("ʼ", "'")


@dataclass(frozen=True, slots=True)
class Tokens:
    """A sentence cut into tokens: folded words with their character offsets."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]


def tokenize(text: str, pattern: re.Pattern[str] = _DIGIT_TOKENS) -> Tokens:
    low = fold(text)
    if len(low) == len(text):  # folding kept every offset: cut the folded text once
        found = list(pattern.finditer(low))
        words = [m.group() for m in found]
    else:  # a few letters ("İ") grow when lowered: fold token by token
        found = list(pattern.finditer(text))
        words = [fold(m.group()) for m in found]
    return Tokens(text, words, [m.start() for m in found], [m.end() for m in found])


def phrase_tokens(phrase: str, pattern: re.Pattern[str] = _DIGIT_TOKENS) -> tuple[str, ...]:
    return tuple(fold(m.group()) for m in pattern.finditer(phrase))


class Lexicon:
    """Tagged phrases matched on token streams, longest phrase first for each tag."""

    def __init__(self, pattern: re.Pattern[str] = _DIGIT_TOKENS) -> None:
        self._pattern = pattern
        # first token -> [(tokens, tag, payload, exact spelling or None)], longest first
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, Payload, str | None]]] = {}

    def add(self, phrase: str, tag: str, payload: Payload = 0, exact: bool = False) -> None:
        toks = phrase_tokens(phrase, self._pattern)
        if not toks:
            return
        entries = self._by_first.setdefault(toks[0], [])
        entry = (toks, tag, payload, phrase if exact else None)
        if entry not in entries:
            entries.append(entry)
            entries.sort(key=lambda e: -len(e[0]))

    def first_words(self, tags: Iterable[str]) -> set[str]:
        wanted = set(tags)
        return {w for w, es in self._by_first.items() if any(e[1] in wanted for e in es)}

    def phrases(self, tags: Iterable[str]) -> list[tuple[str, ...]]:
        wanted = set(tags)
        return [e[0] for es in self._by_first.values() for e in es if e[1] in wanted]

    def scan(self, toks: Tokens) -> tuple[list[Tagged], Ends]:
        """Tags starting at each token, and (tag, payload, start) of phrases ending before it."""
        words = toks.words
        n = len(words)
        at: list[Tagged] = [_NO_TAGS] * n  # shared and never written: most words have no tag
        back: Ends = {}
        for i, w in enumerate(words):
            entries = self._by_first.get(w)
            if not entries:
                continue
            for phrase, tag, payload, exact in entries:
                j = i + len(phrase)
                if j > n or (len(phrase) > 1 and tuple(words[i:j]) != phrase):
                    continue
                if exact is not None and toks.text[toks.starts[i] : toks.ends[j - 1]] != exact:
                    continue
                tags = at[i]
                if tags is _NO_TAGS:
                    tags = at[i] = {}
                if tag not in tags:
                    tags[tag] = (payload, j)
                back.setdefault(j, []).append((tag, payload, i))
        return at, back


class Gate:
    """Says cheaply whether a sentence can hold anything of interest: a digit or a listed word.

    One Aho-Corasick pass (in C) finds the listed words and digits anywhere; the rare hit
    inside a longer word ("des" in "designet") is then ruled out here. A regex alternation
    of the same words costs several times more per sentence, and this runs on every one.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in {*words, *"0123456789"}:
            if word:
                self._automaton.add_word(word, word)
        self._automaton.make_automaton()

    def __call__(self, text: str) -> bool:
        low = fold(text)
        size = len(low)
        for last, word in self._automaton.iter(low):
            if word.isdigit():
                return True
            first = last - len(word) + 1
            if (first == 0 or not low[first - 1].isalpha()) and (
                last + 1 == size or not low[last + 1].isalpha()
            ):
                return True
        return False


def load_yaml(kind: str, lang: str) -> dict[str, Any]:
    if lang not in LANGS:
        raise LanguageError(f"unsupported language {lang!r}; expected one of {', '.join(LANGS)}")
    path = data.path(kind, f"{lang}.yaml")
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LanguageError(f"cannot read {path}: {exc}".splitlines()[0]) from None
    if not isinstance(loaded, dict):
        raise LanguageError(f"{path}: expected a mapping at the top level")
    return loaded


def str_list(raw: dict[str, Any], key: str, where: str) -> list[str]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LanguageError(f"{where}: {key} must be a list of strings (quote yes/no/on/off)")
    return value


def str_map(raw: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = raw.get(key) or {}
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise LanguageError(f"{where}: {key} must map strings to values (quote yes/no/on/off)")
    return value


# --------------------------------------------------------------------------- vocabulary

_COMPOUND_FORMS: Final[dict[str, Callable[[str, str], list[str]]]] = {
    "none": lambda unit, ten: [],
    "ten_unit": lambda unit, ten: [ten + unit],  # nb "tjuefem", sv "tjugofem"
    "unit_og_ten": lambda unit, ten: [unit + "og" + ten],  # da "femogtyve"
    "unit_und_ten": lambda unit, ten: [unit + "und" + ten],  # de "fünfundzwanzig"
    # nl "vijfentwintig"; a unit ending in "e" takes "ën": "tweeëntwintig"
    "unit_en_ten": lambda unit, ten: [unit + "en" + ten, unit + "ën" + ten],
}

_CURRENCY_SIGNS: Final = frozenset("$€£¥₽₴")
# begin a number
_STARTS: Final = frozenset({"num", "mult", "plural", "one", "half", "vague", "approx"})
_DASHES: Final = frozenset({"-", "–", "—"})


@dataclass(frozen=True, slots=True)
class _Vocab:
    lang: str
    decimal: str
    tokens: re.Pattern[str]
    lexicon: Lexicon
    gate: Gate
    units: frozenset[str]
    stopwords: frozenset[str]
    adjectives: frozenset[str]
    adjective_suffixes: tuple[str, ...]
    determiners: frozenset[str]
    ordinal_dot: bool


@cache
def _vocab(lang: str) -> _Vocab:
    return _build_vocab(lang)


def _build_vocab(lang: str) -> _Vocab:
    raw = load_yaml("numbers", lang)
    where = f"data/numbers/{lang}.yaml"
    seps = str_list(raw, "thousands", where)
    decimal = raw.get("decimal", ".")
    if not isinstance(decimal, str) or len(decimal) != 1:
        raise LanguageError(f"{where}: decimal must be one character")
    sep = "|".join(re.escape(s) for s in seps) or "(?!)"
    dec = re.escape(decimal)
    number = rf"\d{{1,3}}(?:(?:{sep})\d{{3}})+(?:{dec}\d+)?(?!\d)|\d+(?:{dec}\d+)?"
    tokens = re.compile(rf"(?:{number})|{WORD}|\S")
    lex = Lexicon(tokens)

    words = {k: float(v) for k, v in str_map(raw, "words", where).items()}
    ones = str_list(raw, "one", where)
    for word, value in words.items():
        lex.add(word, "num", value)
    compound = raw.get("compound", "none")
    if compound not in _COMPOUND_FORMS:
        raise LanguageError(f"{where}: compound must be one of {', '.join(_COMPOUND_FORMS)}")
    units = {w: v for w, v in words.items() if v < 10} | {w: 1.0 for w in ones}
    tens = {w: v for w, v in words.items() if v >= 20 and v < 100 and v % 10 == 0}
    for unit, uv in units.items():
        for ten, tv in tens.items():
            for form in _COMPOUND_FORMS[compound](unit, ten):
                lex.add(form, "num", tv + uv)
    for word, value in str_map(raw, "multipliers", where).items():
        lex.add(word, "mult", float(value))
    for word, value in str_map(raw, "plurals", where).items():
        lex.add(word, "plural", float(value))
    for word in ones:
        lex.add(word, "one")
    for word in str_list(raw, "halves", where):  # "half a million", "en halv million"
        lex.add(word, "half")
    for word in str_list(raw, "vague", where):
        lex.add(word, "vague")
    for word in str_list(raw, "linkers", where):
        lex.add(word, "linker")
    for word in [*str_list(raw, "connectors", where), "-"]:
        lex.add(word, "connector")
    for word in str_list(raw, "approx", where):
        lex.add(word, "approx")
    for word in [*str_list(raw, "percent", where), "%"]:
        lex.add(word, "percent")

    gate_words = lex.first_words(["num", "mult", "plural"])
    return _Vocab(
        lang=lang,
        decimal=decimal,
        tokens=tokens,
        lexicon=lex,
        gate=Gate(gate_words),
        units=frozenset(fold(u) for u in str_list(raw, "units", where)),
        stopwords=frozenset(fold(u) for u in str_list(raw, "stopwords", where)),
        adjectives=frozenset(fold(u) for u in str_list(raw, "adjectives", where)),
        adjective_suffixes=tuple(str_list(raw, "adjective_suffixes", where)),
        determiners=frozenset(fold(u) for u in str_list(raw, "determiners", where)),
        ordinal_dot=bool(raw.get("ordinal_dot", False)),
    )


def word_value(lang: str, word: str) -> float | None:
    """The value of a single number word ("to", "zwei", "пять"), for counts in date phrases."""
    toks = tokenize(word, _vocab(lang).tokens)
    if len(toks.words) != 1:
        return None
    at, _ = _vocab(lang).lexicon.scan(toks)
    hit = at[0].get("num")
    return float(hit[0]) if hit is not None and hit[1] == 1 else None


# --------------------------------------------------------------------------- parsing


def find_quantities(
    text: str, lang: str, date_spans: Sequence[tuple[int, int]] | None = None
) -> list[Quantity]:
    """Quantities in `text` (usually one sentence), in order, with sentence-local offsets.

    `date_spans` are the date phrases of `text` (dates.date_spans) when the caller has them;
    without them the dates are read here when a number needs telling from a year."""
    vocab = _vocab(lang)
    if not vocab.gate(text):
        return []
    return _Parser(text, vocab, date_spans).run()


class _Parser:
    def __init__(
        self, text: str, vocab: _Vocab, dates: Sequence[tuple[int, int]] | None = None
    ) -> None:
        self.text = text
        self.v = vocab
        self.toks = tokenize(text, vocab.tokens)
        self.at, _ = vocab.lexicon.scan(self.toks)
        self.n = len(self.toks.words)
        self._dates = dates

    # -- helpers

    def _is_digits(self, i: int) -> bool:
        return i < self.n and self.toks.words[i][0].isdigit()

    def _tag(self, i: int, tag: str) -> tuple[Payload, int] | None:
        return self.at[i].get(tag) if i < self.n else None

    def _adjacent(self, i: int, j: int) -> bool:
        """Tokens i and j touch (no space between)."""
        return self.toks.ends[i] == self.toks.starts[j]

    def _digits_value(self, word: str) -> float | None:
        # The token regex only admits this language's separators: drop all but the decimal one.
        body = "".join(ch for ch in word if ch.isdigit() or ch == self.v.decimal)
        body = body.replace(self.v.decimal, ".")
        try:
            return float(body)
        except ValueError:
            return None

    def _in_date(self, start: int, end: int) -> bool:
        if self._dates is None:
            from dualtrace.extract.dates import date_spans  # dates imports this module

            self._dates = date_spans(self.text, self.v.lang)
        return any(s < end and start < e for s, e in self._dates)

    # -- main loop

    def run(self) -> list[Quantity]:
        out: list[Quantity] = []
        i = 0
        while i < self.n:
            tags = self.at[i]
            starts = tags and not tags.keys().isdisjoint(_STARTS)
            if not starts and not self.toks.words[i][0].isdigit():
                i += 1
                continue
            found = self._quantity_at(i)
            if found is None:
                i += 1
                continue
            q, nxt = found
            if not self._in_date(q.start, q.end):
                out.append(q)
            i = max(nxt, i + 1)
        return out

    def _quantity_at(self, i: int) -> tuple[Quantity, int] | None:
        approx = False
        j = i
        hit = self._tag(j, "approx")
        if hit is not None and hit[1] < self.n:
            approx, j = True, hit[1]
        number = self._number(j)
        if number is None:
            return None
        value, end, vague, exact_digits = number
        approx = approx or vague
        # a range "100–200 droner": keep the lower bound, mark it approximate; digits joined
        # by a dash that do not rise ("2023-02", "112-4") are codes or dates, not counts
        if end < self.n and self.toks.words[end] in _DASHES and self._is_digits(end + 1):
            second = self._number(end + 1)
            if second is None or not second[3] or second[0] <= value:
                return None
            end, approx = second[1], True
        start_c, end_c = self.toks.starts[i], self.toks.ends[end - 1]
        if exact_digits and not self._digits_stand_alone(j, end):
            return None
        unit = self._unit(j, end)
        if exact_digits and end == j + 1 and not approx and self._year_like(j, unit):
            return None
        q = Quantity(start_c, end_c, self.text[start_c:end_c], value, approx, unit)
        return q, end

    def _number(self, j: int) -> tuple[float, int, bool, bool] | None:
        """(value, end token, vague, written as plain digits) for a number starting at j."""
        if j >= self.n:
            return None
        if self._is_digits(j):
            value = self._digits_value(self.toks.words[j])
            if value is None:
                return None
            k = j + 1
            plain = True
            for _ in range(2):  # "1,5 millioner", "10 тыс.", "100 tusen millioner"
                mult = self._tag(k, "mult") or self._tag(k, "plural")
                if mult is None or float(mult[0]) <= 1:
                    break
                value *= float(mult[0])
                k, plain = mult[1], False
            return value, k, False, plain
        vague = self._tag(j, "vague")
        if vague is not None:
            mult = self._tag(vague[1], "mult") or self._tag(vague[1], "plural")
            if mult is not None:
                return float(mult[0]), mult[1], True, False
        plural = self._tag(j, "plural")
        if plural is not None and "num" not in self.at[j] and "mult" not in self.at[j]:
            return float(plural[0]), plural[1], True, False
        return self._words(j)

    def _words(self, j: int) -> tuple[float, int, bool, bool] | None:
        """Number words combined as spoken ("to hundre og femti", "vingt-cinq")."""
        total = 0.0
        group = 0.0
        last: float | None = None
        k = j
        end = j
        one = self._tag(j, "one")
        half = self._tag(j, "half") or (one and self._tag(one[1], "half"))
        if half is not None:
            # "half a million", "en halv million", "eine halbe Million": half of what follows
            after = self._tag(half[1], "one")
            at = after[1] if after is not None else half[1]
            if self._tag(at, "mult") is None:
                return None
            group, last, k = 0.5, 0.5, at
        elif one is not None:
            mult = self._tag(one[1], "mult")
            if mult is None:
                return None
            group, last, k = 1.0, 1.0, one[1]
        while k < self.n:
            num, mult = self._tag(k, "num"), self._tag(k, "mult")
            plural = self._tag(k, "plural") if last is not None else None
            if mult is None and plural is not None:
                mult = plural
            if num is not None and (mult is None or num[1] >= mult[1]):
                v = float(num[0])
                ok = last is None or (last >= 20 and last % 10 == 0 and v < last) or last >= 100
                if not ok:
                    break
                group += v
                last, k = v, num[1]
            elif mult is not None:
                m = float(mult[0])
                if last is not None and group >= m:
                    break
                group = (group or 1.0) * m
                if m >= 1000:
                    total, group = total + group, 0.0
                last, k = m, mult[1]
            else:
                break
            end = k
            conn = self._tag(k, "connector")
            if conn is not None and conn[1] < self.n:
                nxt = conn[1]
                if ("num" in self.at[nxt] or "mult" in self.at[nxt]) and (
                    self.toks.words[k] not in _DASHES
                    or (self._adjacent(k - 1, k) and self._adjacent(k, nxt))
                ):
                    k = nxt
        if last is None:
            return None
        return total + group, end, False, False

    def _digits_stand_alone(self, j: int, end: int) -> bool:
        """Reject digits glued to letters or to other numbers: models, times, ordinals."""
        text = self.text
        s, e = self.toks.starts[j], self.toks.ends[j]
        before = text[s - 1] if s > 0 else " "
        if before.isalnum() or before in "_.,:/":
            return False
        if before in _DASHES and s > 1 and text[s - 2].isalnum():
            return False  # "ZT-180", "Su-35"
        after = text[e] if e < len(text) else " "
        after2 = text[e + 1] if e + 1 < len(text) else " "
        if after.isalpha():
            word = self.toks.words[j + 1] if j + 1 < self.n else ""
            return word in self.v.units and end == j + 1  # "50kg" is fine, "3D" is not
        if after in ".,:/" and after2.isdigit():
            return False  # "15.09", "12:30", "1.2.3"
        if after in _DASHES and after2.isalpha():
            return False  # "100-tallet", "30-årig"
        if self.v.ordinal_dot and after == "." and end == j + 1:
            m = re.match(r"\.\s+(\w)", text[e:])
            if m and (m.group(1).islower() or self.v.lang == "de"):
                return False  # "2. kvartal", "3. Oktober"
        return True

    def _year_like(self, j: int, unit: str | None) -> bool:
        word = self.toks.words[j]
        if len(word) != 4 or not word.isdigit() or not 1900 <= int(word) <= 2099:
            return False
        return unit is None or (j > 0 and self.toks.words[j - 1] in self.v.determiners)

    # -- unit

    def _unit(self, j: int, end: int) -> str | None:
        if j > 0 and self.toks.words[j - 1] in _CURRENCY_SIGNS and self._adjacent(j - 1, j):
            return self.toks.words[j - 1]
        k = end
        pct = self._tag(k, "percent")
        if pct is not None:
            return "%"
        if self._tag(k, "linker") is not None:
            k = self._tag(k, "linker")[1]  # type: ignore[index]
        candidates: list[tuple[int, int]] = []  # (first token, last token) of a word
        while k < self.n and len(candidates) < 3:
            w = self.toks.words[k]
            if not w[0].isalpha() or w in self.v.stopwords:
                break
            if any(t in self.at[k] for t in ("num", "mult", "plural", "approx", "one")):
                break
            last = k
            # keep hyphenated words whole: "Garpiya-engangsdroner"
            while (
                last + 2 < self.n
                and self.toks.words[last + 1] in _DASHES
                and self._adjacent(last, last + 1)
                and self._adjacent(last + 1, last + 2)
                and self.toks.words[last + 2][0].isalpha()
            ):
                last += 2
            candidates.append((k, last))
            k = last + 1
        if not candidates:
            return None
        texts = [self.text[self.toks.starts[a] : self.toks.ends[b]] for a, b in candidates]
        if fold(texts[0]) in self.v.units:
            return texts[0]
        if self.v.lang == "de":
            caps = [t for t in texts if t[0].isupper()]
            return caps[0] if caps else texts[0]
        if self.v.lang == "en":
            while len(texts) > 1 and texts[-1].lower().endswith(("ed", "ing")):
                texts.pop()
            return texts[-1]
        for t in texts:
            low = fold(t)
            if low not in self.v.adjectives and not low.endswith(self.v.adjective_suffixes):
                return t
        return texts[-1]
