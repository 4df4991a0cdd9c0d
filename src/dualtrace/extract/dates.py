"""Date phrases in one sentence, resolved against the publication date.

Vocabulary per language lives in data/dates/<lang>.yaml (months in every case form the
language inflects them in, weekdays, relative phrases, prepositions). A phrase is an optional
prefix (relation word, qualifier, preposition, article: "siden", "tidligere", "i", "the") and
a core. Resolution rules:

- Written year: "i 2022", "15. september 2022", "Q2 2023" -> as written (year, day, quarter
  precision). A bare four-digit number is a year only with a prefix ("i", "in", "since",
  "im Jahr"), a year word after it ("2022 года") or in a range ("2014–2016"), so "1000
  rifles" or "2000 drones" never become dates.
- Decades ("the 1990s", "1990-tallet", "1990-х") -> "1990s", decade precision.
- Relative year ("i fjor", "last year", "vorig jaar", "прошлого года") -> publication year
  plus the phrase's offset; after a month or quarter it sets that month's year ("i
  september i fjor" -> 2022-09 for a 2023 article).
- Month, quarter or half without a year ("i april", "andre kvartal") -> the publication year.
  "last/next September" ("septembre dernier") -> the nearest such month strictly before /
  after the publication month (needs month precision).
- "this/last/next month" -> month precision (needs month precision); "this/last week" -> the
  Monday-to-Sunday range; "yesterday", "today" -> a day (both need day precision).
- Weekday ("torsdag", "on Thursday", "в четверг") -> the most recent such day on or before
  the publication day; "last Thursday" strictly before, "next Thursday" strictly after. Only
  with day precision; otherwise skipped. Russian and Ukrainian weekdays need a preposition.
- "N years/months/weeks/days ago" ("for et år siden", "vor zwei Jahren", "год назад") ->
  year, month, week range or day, counted back from the publication date.
- Ranges ("tussen juni en december vorig jaar", "з червня по грудень", "2014–2016") ->
  "start/end" with range precision; a year said once applies to both ends, and if the start
  month then falls after the end month the start moves to the year before ("fra november til
  februar" in March 2023 -> 2022-11/2023-02). Halves ("første halvår 2022") are ranges too.
- Relation from the prefix: by ("innen", "by", "bis", "к"), since ("siden", "since", "с"),
  after ("etter", "after"), before ("før", "before"); otherwise "at". A relation word that
  governs something else ("etter Russlands invasjon i februar i fjor") does not reach the
  date: that date is "at".
- No publication date: relative phrases are skipped, phrases with a written year are kept.
- Numeric dates ("15.09.2022", "09/15/2022") are parsed by dateparser, which knows each
  language's day/month order; only spans our regex found are passed to it, and cached.

Vocabulary keys (phrases are tokenised like the text, so "г." and "l'année" work):
months / weekdays (number -> forms; Monday = 0), case_sensitive (forms that count only as
written: en "May"), weekday_needs_prefix, month_first_dates (en "September 15"),
year_relative / month_relative / week_relative / day_relative (phrase -> offset), modifiers /
postmodifiers (before / after a month or weekday name: "last", "dernier"), quarter_words,
quarter_ordinals, quarter_letters ("Q2"), ordinal_suffixes ("15.", "2nd", "2-й"), halves,
year_prefixes ("im Jahr"), year_suffixes ("года"), decade_suffixes ("s", "-tallet"), join
("of", "des"), at, articles, qualifiers (kept in the span, no effect: "tidligere", "Ende"),
relations (by / since / after / before -> phrases), range_between + range_and ("mellom ...
og"), range_from + range_to ("fra ... til"; a dash always works), ago_before / ago_after /
ago_units / ago_count_optional ("for N år siden", "N years ago", "год назад"), one (counts as
1 in "for et år siden").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any, Final, Literal

from dualtrace.extract import numbers
from dualtrace.extract.numbers import (
    Ends,
    Gate,
    LanguageError,
    Lexicon,
    Payload,
    Tokens,
    fold,
    load_yaml,
    str_list,
    str_map,
    tokenize,
)
from dualtrace.model import Precision, TimeRef

__all__ = ["LanguageError", "date_spans", "find_dates", "read_dates"]

Relation = Literal["at", "by", "since", "after", "before"]
_RELATION_OF: Final[dict[str, Relation]] = {
    "by": "by",
    "since": "since",
    "after": "after",
    "before": "before",
}
_RELATIONS: Final = tuple(_RELATION_OF)
_DASHES: Final = frozenset({"-", "–", "—"})
_PREFIX_TAGS: Final = frozenset({"rel", "qual", "at", "art", "ypre"})
_CONTEXT_TAGS: Final = frozenset({"rel", "qual", "at", "ypre"})
_PRECISIONS: Final = ("year", "month", "day")
# tags that can begin a phrase (prefixes such as "i", "siden" are taken in afterwards)
_STARTS: Final = frozenset(
    {"month", "weekday", "mod", "yrel", "mrel", "wrel", "drel", "qord", "half", "ago_pre"}
)

_PhraseKind = Literal["point", "range", "yrel", "mrel", "wrel", "drel", "weekday", "ago"]
_RELATIVE_KINDS: Final[tuple[tuple[str, _PhraseKind], ...]] = (
    ("yrel", "yrel"),
    ("mrel", "mrel"),
    ("wrel", "wrel"),
    ("drel", "drel"),
)

_HAS_DIGIT: Final = re.compile(r"\d")
# dd.mm.yyyy, dd/mm/yyyy, mm/dd/yyyy, yyyy-mm-dd and yyyy-mm, not glued to other digits or words
_NUMERIC: Final = re.compile(
    r"(?<![\w.,/-])(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}([./-])\d{1,2}\1\d{4})"
    r"(?![\w/-]|[.,]\d)"
)


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True, slots=True)
class _Vocab:
    lang: str
    lexicon: Lexicon
    gate: Gate
    quarter_letters: frozenset[str]
    ago_before: bool
    ago_after: bool
    ago_count_optional: bool
    weekday_needs_prefix: bool
    month_first_dates: bool


@cache
def _vocab(lang: str) -> _Vocab:
    return _build_vocab(lang)


def _numbered(raw: dict[str, Any], key: str, where: str, lo: int, hi: int) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for k, forms in (raw.get(key) or {}).items():
        if not isinstance(k, int) or not lo <= k <= hi:
            raise LanguageError(f"{where}: {key} keys must be numbers {lo}..{hi}")
        if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
            raise LanguageError(f"{where}: {key}[{k}] must be a list of strings")
        out[k] = forms
    return out


def _offsets(raw: dict[str, Any], key: str, where: str) -> dict[str, int]:
    out = str_map(raw, key, where)
    if not all(isinstance(v, int) for v in out.values()):
        raise LanguageError(f"{where}: {key} values must be whole numbers")
    return out


def _build_vocab(lang: str) -> _Vocab:
    raw = load_yaml("dates", lang)
    where = f"data/dates/{lang}.yaml"
    lex = Lexicon()
    exact = set(str_list(raw, "case_sensitive", where))
    for m, forms in _numbered(raw, "months", where, 1, 12).items():
        for form in forms:
            lex.add(form, "month", m, exact=form in exact)
    for d, forms in _numbered(raw, "weekdays", where, 0, 6).items():
        for form in forms:
            lex.add(form, "weekday", d, exact=form in exact)
    for key, tag in (
        ("year_relative", "yrel"),
        ("month_relative", "mrel"),
        ("week_relative", "wrel"),
        ("day_relative", "drel"),
        ("modifiers", "mod"),
        ("postmodifiers", "postmod"),
    ):
        for phrase, offset in _offsets(raw, key, where).items():
            lex.add(phrase, tag, offset)
    for q, forms in _numbered(raw, "quarter_ordinals", where, 1, 4).items():
        for form in forms:
            lex.add(form, "qord", q)
    for h, forms in _numbered(raw, "halves", where, 1, 2).items():
        for form in forms:
            lex.add(form, "half", h)
    for key, tag in (
        ("quarter_words", "qword"),
        ("ordinal_suffixes", "dsuf"),
        ("year_prefixes", "ypre"),
        ("year_suffixes", "ysuf"),
        ("decade_suffixes", "decade"),
        ("join", "join"),
        ("at", "at"),
        ("articles", "art"),
        ("qualifiers", "qual"),
        ("range_between", "between"),
        ("range_and", "and"),
        ("range_from", "from"),
        ("range_to", "to"),
        ("ago_before", "ago_pre"),
        ("ago_after", "ago_post"),
        ("one", "one"),
    ):
        for phrase in str_list(raw, key, where):
            lex.add(phrase, tag)
    relations = str_map(raw, "relations", where)
    for relation, phrases in relations.items():
        if relation not in _RELATIONS or not isinstance(phrases, list):
            raise LanguageError(f"{where}: relations must map {'/'.join(_RELATIONS)} to lists")
        for phrase in phrases:
            lex.add(str(phrase), "rel", relation)
    for unit, phrases in str_map(raw, "ago_units", where).items():
        if unit not in ("year", "month", "week", "day") or not isinstance(phrases, list):
            raise LanguageError(f"{where}: ago_units must map year/month/week/day to lists")
        for phrase in phrases:
            lex.add(str(phrase), "unit", unit)

    # A sentence can only hold a date if it has a digit or one of these words: month and
    # weekday names, and the longest word of every relative phrase.
    # (abbreviations such as "des." are left out: they are common inside words, and a date
    # written with one nearly always has a digit too)
    gate_words = {w for w in lex.first_words(["month", "weekday"]) if not w.endswith(".")}
    for words in lex.phrases(["yrel", "mrel", "wrel", "drel", "half", "qword", "unit"]):
        gate_words.add(max(words, key=len))
    return _Vocab(
        lang=lang,
        lexicon=lex,
        gate=Gate(gate_words),
        quarter_letters=frozenset(fold(x) for x in str_list(raw, "quarter_letters", where)),
        ago_before=bool(raw.get("ago_before")),
        ago_after=bool(raw.get("ago_after")),
        ago_count_optional=bool(raw.get("ago_count_optional", False)),
        weekday_needs_prefix=bool(raw.get("weekday_needs_prefix", False)),
        month_first_dates=bool(raw.get("month_first_dates", False)),
    )


# --------------------------------------------------------------------------- phrases


@dataclass(slots=True)
class _Point:
    """A calendar point as written, before resolution."""

    kind: Literal["day", "month", "quarter", "half", "year", "decade"]
    year: int | None = None  # written year
    yoff: int | None = None  # year relative to the publication year
    month: int = 0
    day: int = 0
    part: int = 0  # quarter or half number
    mod: int | None = None  # last (-1) / this (0) / next (1) before or after a month name
    marked: bool = False  # year word or year prefix next to a bare year ("2022 года")

    @property
    def has_year(self) -> bool:
        return self.year is not None or self.yoff is not None or self.mod is not None


@dataclass(slots=True)
class _Phrase:
    first: int  # token range [first, end)
    end: int
    kind: _PhraseKind
    a: _Point | None = None
    b: _Point | None = None
    n: int = 0  # offset, weekday number or count
    unit: str = ""  # for "ago": year, month, week, day
    mod: int | None = None  # for weekdays: last / next
    relation: Relation = "at"
    context: bool = False  # a preposition, relation word or qualifier stands before it
    exact: bool = False  # a numeric date, parsed whole


class _Parser:
    def __init__(self, text: str, vocab: _Vocab) -> None:
        self.text = text
        self.v = vocab
        self.toks: Tokens = tokenize(text)
        self.back: Ends
        self.at, self.back = vocab.lexicon.scan(self.toks)
        self.n = len(self.toks.words)
        self.numeric = self._numeric_dates()

    # -- token helpers

    def _tag(self, i: int, tag: str) -> tuple[Payload, int] | None:
        return self.at[i].get(tag) if 0 <= i < self.n else None

    def _tag_after_number(self, k: int, tag: str) -> tuple[Payload, int] | None:
        """`tag` right after the number at k, past an ordinal suffix written onto it
        ("2.", "1er", "15th"): "2. Quartal", "15 сентября", "1er mars"."""
        j = k + 1
        suffix = self._tag(j, "dsuf")
        if suffix is not None and self._adjacent(k):
            j = suffix[1]
        return self._tag(j, tag)

    def _int(self, i: int, lo: int, hi: int, max_len: int = 2) -> int | None:
        if i >= self.n:
            return None
        w = self.toks.words[i]
        if not w.isdigit() or not w.isascii() or len(w) > max_len:
            return None
        value = int(w)
        return value if lo <= value <= hi else None

    def _adjacent(self, i: int) -> bool:
        """Token i touches token i + 1."""
        return i + 1 < self.n and self.toks.ends[i] == self.toks.starts[i + 1]

    def _year(self, i: int) -> int | None:
        """A plausible year written as four digits standing on its own."""
        if self._int(i, 1900, 2099, 4) is None or len(self.toks.words[i]) != 4:
            return None
        s, e = self.toks.starts[i], self.toks.ends[i]
        before = self.text[s - 1] if s > 0 else " "
        after = self.text[e : e + 2]
        if before.isalnum() or before in "_.,/" or after[:1].isalpha():
            return None
        if after[:1] in "-'’" and after[1:2].isalpha():
            return None
        if after[:1] in ".,:/" and after[1:2].isdigit():
            return None
        return int(self.toks.words[i])

    # -- the scan

    def run(self) -> list[_Phrase]:
        out: list[_Phrase] = []
        floor = 0
        i = 0
        while i < self.n:
            # a phrase starts at a tagged word, a digit, or a count before an "ago" unit
            tags = self.at[i]
            if not (
                (tags and not tags.keys().isdisjoint(_STARTS))
                or self.toks.words[i][0].isdigit()
                or (i + 1 < self.n and "unit" in self.at[i + 1])
                or (self.v.ago_count_optional and "unit" in tags)
                or self.toks.words[i] in self.v.quarter_letters
            ):
                i += 1
                continue
            ph = self._phrase_at(i)
            if ph is None or not self._finish(ph, floor):
                i += 1
                continue
            out.append(ph)
            floor = i = ph.end
        return out

    def _phrase_at(self, i: int) -> _Phrase | None:
        numeric = self.numeric.get(self.toks.starts[i])
        if numeric is not None:
            end_c, whole = numeric
            end = i
            while end < self.n and self.toks.ends[end] <= end_c:
                end += 1
            return _Phrase(i, end, "point", whole, exact=True)
        ago = self._ago(i)
        if ago is not None:
            return ago
        point = self._point(i)
        if point is not None:
            a, end = point
            return self._range(i, a, end) or _Phrase(i, end, "point", a)
        for tag, kind in _RELATIVE_KINDS:
            hit = self._tag(i, tag)
            if hit is not None:
                return _Phrase(i, hit[1], kind, n=int(hit[0]))
        return self._weekday(i)

    def _finish(self, ph: _Phrase, floor: int) -> bool:
        """Take in the prefix words before the phrase; say whether it stands as a date."""
        k = ph.first
        for _ in range(4):
            best: tuple[str, Payload, int] | None = None
            for tag, payload, start in self.back.get(k, ()):
                if tag in _PREFIX_TAGS and start >= floor and (best is None or start < best[2]):
                    if tag == "rel" and ph.relation != "at":
                        continue
                    best = (tag, payload, start)
            if best is None:
                break
            tag, payload, k = best
            if tag == "rel":
                ph.relation = _RELATION_OF[str(payload)]
            if tag in _CONTEXT_TAGS:
                ph.context = True
        ph.first = k
        if ph.kind == "point" and ph.a is not None and not ph.exact:
            a = ph.a
            if a.kind == "year" and not (ph.context or a.marked):
                return False  # "1000 rifles", "2022 was a hard year"
            if a.kind == "month" and not (a.has_year or a.day or ph.context):
                return False  # a bare month name is too often something else ("April")
        # "среда" is also "environment": Russian and Ukrainian weekdays need "в"/"у"
        return ph.kind != "weekday" or ph.context or not self.v.weekday_needs_prefix

    # -- cores

    def _point(self, k: int) -> tuple[_Point, int] | None:
        # quarters: "andre kvartal", "2. Quartal", "Q2", "во втором квартале"
        qord = self._tag(k, "qord")
        if qord is not None and self._tag(qord[1], "qword") is not None:
            end = self.at[qord[1]]["qword"][1]
            return self._with_year(_Point("quarter", part=int(qord[0])), end)
        q = self._int(k, 1, 4, 1)
        if q is not None:
            qword = self._tag_after_number(k, "qword")
            if qword is not None:
                return self._with_year(_Point("quarter", part=q), qword[1])
        if self.toks.words[k] in self.v.quarter_letters and self._adjacent(k):
            q = self._int(k + 1, 1, 4, 1)
            if q is not None:
                return self._with_year(_Point("quarter", part=q), k + 2)
        half = self._tag(k, "half")
        if half is not None:
            return self._with_year(_Point("half", part=int(half[0])), half[1])
        # "15. september", "15 сентября", "1er mars", "15th of May" is left to English below
        day = self._int(k, 1, 31)
        if day is not None:
            month = self._tag_after_number(k, "month")
            if month is not None:
                return self._with_year(_Point("day", month=int(month[0]), day=day), month[1])
        # "last September", "September", "September 15" (English order), "septembre dernier"
        mod = self._tag(k, "mod")
        j = mod[1] if mod is not None else k
        month = self._tag(j, "month")
        if month is not None:
            p = _Point("month", month=int(month[0]), mod=int(mod[0]) if mod else None)
            end = month[1]
            post = self._tag(end, "postmod")
            if post is not None and p.mod is None:
                p.mod, end = int(post[0]), post[1]
            if self.v.month_first_dates and p.mod is None:
                day = self._int(end, 1, 31)
                if day is not None:
                    p.kind, p.day = "day", day
                    suffix = self._tag(end + 1, "dsuf")
                    end = suffix[1] if suffix is not None and self._adjacent(end) else end + 1
            return self._with_year(p, end)
        decade = self._int(k, 1900, 2090, 4)
        suffix = self._tag(k + 1, "decade")
        if decade is not None and decade % 10 == 0 and suffix is not None and self._adjacent(k):
            return _Point("decade", year=decade), suffix[1]  # "1990s", "1990-tallet"
        year = self._year(k)
        if year is not None:
            p = _Point("year", year=year)
            end = k + 1
            ysuf = self._tag(end, "ysuf")
            if ysuf is not None:
                p.marked, end = True, ysuf[1]
            if k > 0 and any(t == "ypre" for t, _, _ in self.back.get(k, ())):
                p.marked = True
            return p, end
        return None

    def _with_year(self, p: _Point, end: int) -> tuple[_Point, int]:
        """Attach a following year or relative year: "april 2023", "september i fjor"."""
        if p.mod is not None:
            return p, end
        starts = [end]
        if end < self.n and self.toks.words[end] == ",":
            starts.append(end + 1)
        for s in starts:
            tries = [s]
            join = self._tag(s, "join")
            if join is not None:
                tries.append(join[1])
            for j in tries:
                yrel = self._tag(j, "yrel")
                if yrel is not None:
                    p.yoff = int(yrel[0])
                    return p, yrel[1]
                ypre = self._tag(j, "ypre")
                y_at = ypre[1] if ypre is not None else j
                year = self._year(y_at)
                if year is not None:
                    p.year = year
                    after = y_at + 1
                    ysuf = self._tag(after, "ysuf")
                    return p, ysuf[1] if ysuf is not None else after
        return p, end

    def _range(self, i: int, a: _Point, end: int) -> _Phrase | None:
        if end >= self.n:
            return None
        link = self._tag(end, "to")
        via_and = False
        if link is None and self.toks.words[end] in _DASHES:
            link = (0, end + 1)
        if link is None:
            link, via_and = self._tag(end, "and"), True
        if link is None or link[1] >= self.n:
            return None
        second = self._point(link[1])
        if second is None:
            return None
        b, b_end = second
        if a.kind != b.kind or (a.kind == "year" and (b.year or 0) <= (a.year or 0)):
            return None
        first = i
        opener = [s for t, _, s in self.back.get(i, ()) if t == ("between" if via_and else "from")]
        if opener:
            first = min(opener)
        elif via_and:
            return None  # "juni og juli" is two months, not a range
        return _Phrase(first, b_end, "range", a, b, context=True)

    def _weekday(self, k: int) -> _Phrase | None:
        mod = self._tag(k, "mod")
        j = mod[1] if mod is not None else k
        hit = self._tag(j, "weekday")
        if hit is None:
            return None
        end = hit[1]
        m = int(mod[0]) if mod is not None else None
        post = self._tag(end, "postmod")
        if post is not None and m is None:
            m, end = int(post[0]), post[1]
        return _Phrase(k, end, "weekday", n=int(hit[0]), mod=m)

    def _ago(self, k: int) -> _Phrase | None:
        j = k
        if self.v.ago_before:
            pre = self._tag(j, "ago_pre")
            if pre is None:
                return None
            j = pre[1]
        count: int | None = None
        if j < self.n:
            word = self.toks.words[j]
            if word.isdigit() and word.isascii() and len(word) <= 3:
                count = int(word)
            elif self._tag(j, "one") is not None:
                count = 1
            else:
                value = numbers.word_value(self.v.lang, word)
                count = int(value) if value is not None else None
        if count is not None and self._tag(j, "unit") is None:
            j += 1
        elif self.v.ago_count_optional:
            count = 1
        else:
            return None
        unit = self._tag(j, "unit")
        if unit is None:
            return None
        j = unit[1]
        if self.v.ago_after:
            post = self._tag(j, "ago_post")
            if post is None:
                return None
            j = post[1]
        return _Phrase(k, j, "ago", n=count, unit=str(unit[0]))

    # -- numeric dates

    def _numeric_dates(self) -> dict[int, tuple[int, _Point]]:
        found: dict[int, tuple[int, _Point]] = {}
        if not _HAS_DIGIT.search(self.text):
            return found
        for m in _NUMERIC.finditer(self.text):
            month = re.fullmatch(r"(\d{4})-(\d{1,2})", m.group())
            if month:
                y, mo = int(month[1]), int(month[2])
                if 1900 <= y <= 2099 and 1 <= mo <= 12:
                    found[m.start()] = (m.end(), _Point("month", year=y, month=mo))
                continue
            day = _parse_numeric(m.group(), self.v.lang)
            if day is not None:
                point = _Point("day", year=day.year, month=day.month, day=day.day)
                found[m.start()] = (m.end(), point)
        return found


@lru_cache(maxsize=4096)
def _parse_numeric(span: str, lang: str) -> date | None:
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", span)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        import dateparser  # slow to import and to call: only for spans we already found

        parsed = dateparser.parse(span, languages=[lang], settings={"STRICT_PARSING": True})
    except ValueError:
        return None
    except Exception:  # dateparser is a fallback; its failures must not reach the caller
        return None
    return parsed.date() if parsed is not None else None


# --------------------------------------------------------------------------- resolution


@dataclass(slots=True)
class _Pub:
    day: date
    precision: str  # "year", "month" or "day"

    def has(self, precision: str) -> bool:
        return _PRECISIONS.index(self.precision) >= _PRECISIONS.index(precision)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week(day: date) -> str:
    monday = day - timedelta(days=day.weekday())
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def _valid_year(year: int) -> bool:
    return 1 <= year <= 9999


@dataclass(slots=True)
class _Resolved:
    value: str
    precision: Precision
    start: tuple[int, int, int] = field(default=(0, 0, 0))  # for ordering range ends


def _point_year(p: _Point, pub: _Pub | None) -> int | None:
    if p.year is not None:
        return p.year
    if pub is None:
        return None
    if p.yoff is not None:
        return pub.day.year + p.yoff
    if p.mod is not None and p.mod != 0:
        if not pub.has("month"):
            return None
        if p.mod < 0:
            return pub.day.year if p.month < pub.day.month else pub.day.year - 1
        return pub.day.year if p.month > pub.day.month else pub.day.year + 1
    return pub.day.year


def _resolve_point(p: _Point, pub: _Pub | None) -> _Resolved | None:
    year = _point_year(p, pub)
    if year is None or not _valid_year(year):
        return None
    if p.kind == "year":
        return _Resolved(f"{year:04d}", "year", (year, 1, 1))
    if p.kind == "decade":
        return _Resolved(f"{year:04d}s", "decade", (year, 1, 1))
    if p.kind == "quarter":
        return _Resolved(f"{year:04d}-Q{p.part}", "quarter", (year, 3 * p.part - 2, 1))
    if p.kind == "half":
        first, last = (1, 6) if p.part == 1 else (7, 12)
        return _Resolved(f"{year:04d}-{first:02d}/{year:04d}-{last:02d}", "range", (year, first, 1))
    if p.kind == "day":
        try:
            return _Resolved(date(year, p.month, p.day).isoformat(), "day", (year, p.month, p.day))
        except ValueError:
            pass  # "31. februar": keep the month
    return _Resolved(f"{year:04d}-{p.month:02d}", "month", (year, p.month, 1))


def _resolve(ph: _Phrase, pub: _Pub | None) -> _Resolved | None:
    if ph.kind == "point" and ph.a is not None:
        return _resolve_point(ph.a, pub)
    if ph.kind == "range" and ph.a is not None and ph.b is not None:
        return _resolve_range(ph.a, ph.b, pub)
    if pub is None:
        return None
    today = pub.day
    if ph.kind == "yrel":
        year = today.year + ph.n
        return _Resolved(f"{year:04d}", "year") if _valid_year(year) else None
    if ph.kind == "mrel" and pub.has("month"):
        y, m = _add_months(today.year, today.month, ph.n)
        return _Resolved(f"{y:04d}-{m:02d}", "month") if _valid_year(y) else None
    if not pub.has("day") and ph.kind in ("wrel", "drel", "weekday"):
        return None
    try:
        if ph.kind == "wrel":
            return _Resolved(_week(today + timedelta(weeks=ph.n)), "range")
        if ph.kind == "drel":
            return _Resolved((today + timedelta(days=ph.n)).isoformat(), "day")
        if ph.kind == "weekday":
            if ph.mod is not None and ph.mod > 0:
                delta = (ph.n - today.weekday() - 1) % 7 + 1
                return _Resolved((today + timedelta(days=delta)).isoformat(), "day")
            gap = (today.weekday() - ph.n) % 7
            if ph.mod is not None and ph.mod < 0:
                gap = (today.weekday() - ph.n - 1) % 7 + 1
            return _Resolved((today - timedelta(days=gap)).isoformat(), "day")
        if ph.kind == "ago":
            return _resolve_ago(ph, pub)
    except OverflowError:
        return None
    return None


def _resolve_ago(ph: _Phrase, pub: _Pub) -> _Resolved | None:
    today = pub.day
    if ph.unit == "year":
        year = today.year - ph.n
        return _Resolved(f"{year:04d}", "year") if _valid_year(year) else None
    if ph.unit == "month":
        if not pub.has("month"):
            return None
        y, m = _add_months(today.year, today.month, -ph.n)
        return _Resolved(f"{y:04d}-{m:02d}", "month") if _valid_year(y) else None
    if not pub.has("day"):
        return None
    if ph.unit == "week":
        return _Resolved(_week(today - timedelta(weeks=ph.n)), "range")
    return _Resolved((today - timedelta(days=ph.n)).isoformat(), "day")


def _resolve_range(a: _Point, b: _Point, pub: _Pub | None) -> _Resolved | None:
    a, b = replace(a), replace(b)  # resolving never changes the parsed phrases: work on copies
    inherited = False
    if not a.has_year and b.has_year:
        a.year, a.yoff, inherited = b.year, b.yoff, True
    elif a.has_year and not b.has_year:
        b.year, b.yoff = a.year, a.yoff
    ra, rb = _resolve_point(a, pub), _resolve_point(b, pub)
    if ra is None or rb is None:
        return None
    if ra.start > rb.start and (inherited or not a.has_year):
        # "fra november til februar": the start lies in the year before
        if a.year is not None:
            a.year -= 1
        else:
            a.yoff = (a.yoff or 0) - 1
        ra = _resolve_point(a, pub)
        if ra is None:
            return None
    left = ra.value.split("/")[0]
    right = rb.value.split("/")[-1]
    return _Resolved(f"{left}/{right}", "range", ra.start)


# --------------------------------------------------------------------------- API


def _span(toks: Tokens, ph: _Phrase) -> tuple[int, int]:
    return toks.starts[ph.first], toks.ends[ph.end - 1]


def _parse(text: str, lang: str) -> tuple[Tokens | None, tuple[_Phrase, ...]]:
    """The date phrases of a sentence, before resolution."""
    vocab = _vocab(lang)
    if not text or not vocab.gate(text):
        return None, ()
    parser = _Parser(text, vocab)
    return parser.toks, tuple(parser.run())


def find_dates(
    text: str, lang: str, published: date | None, published_precision: str = "day"
) -> list[TimeRef]:
    """Date phrases in `text` (usually one sentence) with values resolved against `published`.

    `published_precision` ("day", "month" or "year") says how much of `published` is known;
    phrases that need more (a weekday needs the day) are skipped.
    """
    return read_dates(text, lang, published, published_precision)[0]


def read_dates(
    text: str, lang: str, published: date | None, published_precision: str = "day"
) -> tuple[list[TimeRef], list[tuple[int, int]]]:
    """`find_dates` and `date_spans` from one reading of `text`: the pipeline needs both, and
    hands the spans to find_quantities, which would otherwise read the dates again."""
    if published_precision not in _PRECISIONS:
        raise ValueError(
            f"published_precision must be one of {', '.join(_PRECISIONS)}, "
            f"not {published_precision!r}"
        )
    toks, phrases = _parse(text, lang)
    if toks is None:
        return [], []
    if isinstance(published, datetime):  # a datetime would put times into the values
        published = published.date()
    pub = _Pub(published, published_precision) if published is not None else None
    out: list[TimeRef] = []
    for ph in phrases:
        resolved = _resolve(ph, pub)
        if resolved is None:
            continue
        start, end = _span(toks, ph)
        out.append(
            TimeRef(start, end, text[start:end], resolved.value, resolved.precision, ph.relation)
        )
    return out, [_span(toks, ph) for ph in phrases]


def date_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Character spans of every date phrase, resolvable or not (for telling years from counts)."""
    toks, phrases = _parse(text, lang)
    return [] if toks is None else [_span(toks, ph) for ph in phrases]
