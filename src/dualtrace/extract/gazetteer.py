"""Known names in text: one Aho-Corasick automaton over every spelling in data/gazetteer/*.tsv.

Text and names are folded the same way before matching: NFC, lower case, "ё" read as "е", and
every character that is not part of a word (punctuation, hyphens, quotes, spaces) turned into a
space. Folding never changes the length of the text, so a hit's offsets are offsets into the
text as written. Word boundaries then cost nothing at match time: a name that must stand alone
is stored with a space on each side ("russland" -> " russland "), and the text gets one space
at each end. A `*` end drops that space, and the hit is widened to the whole word afterwards.

Hits may overlap ("China" inside "China North Industries Group Corporation"); the longest wins,
then the one with the longest literal part ("китайск*" beats "Китай*" on "китайский"), then a
spelling without `*`, then the order of the data.

Limits that follow from folding: lower() rather than casefold() (casefold turns "ß" into "ss"
and would shift offsets), so "Außenministerium" and "Aussenministerium" are two spellings; runs
of separators are not collapsed, so "Vladimir  Putin" with two spaces is not "Vladimir Putin";
a name in Chinese or Japanese script needs no boundary, but a Latin name touching such script
("大疆DJI") is not found.
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import ahocorasick

from dualtrace import data
from dualtrace.model import Mention

HEADER = ("key", "kind", "label", "country", "lang", "name", "category")
KINDS = frozenset(
    {
        "country",
        "demonym",
        "company",
        "outlet",
        "government",
        "person",
        "weapon",
        "item",
        "org",
        "place",
    }
)
CATEGORY_KINDS = frozenset({"item", "weapon"})
SHORT_CAPS = 4  # names this long or shorter, written in capitals, match only in capitals

_LANG = re.compile(r"[a-z]{2,3}")
_COUNTRY = re.compile(r"[A-Z]{2}")

# ASCII bytes that are not letters or digits become spaces.
_ASCII_SEP = bytes(b if chr(b).isalnum() or b >= 0x80 else 0x20 for b in range(256))
# Non-ASCII separators, matched on UTF-8 as whole characters, so each becomes one space: C1
# controls and Latin-1 punctuation (NBSP, «, », ·), × ÷, the modifier apostrophe (Ukrainian
# "Обʼєднані"), U+2000-2BFF and U+2E00-2E7F (dashes, quotes, currency, arrows, symbols),
# CJK punctuation, full-width ASCII punctuation and emoji.
_UTF8_SEP = re.compile(
    rb"\xc2[\x80-\xbf]|\xc3[\x97\xb7]|\xca\xbc|\xe2[\x80-\xaf\xb8\xb9][\x80-\xbf]"
    rb"|\xe3\x80[\x80-\xbf]|\xef\xbc[\x81-\x8f\x9a-\xa0\xbb-\xbf]|\xef\xbd[\x9b-\xa5]"
    rb"|\xf0\x9f[\x80-\xbf][\x80-\xbf]"
)
# The usual ones, found with a fast one-character search on the text and replaced in the bytes.
_COMMON_SEPS = tuple((c, c.encode()) for c in "\u00a0«»–—‘’“”„…·•‐‑−×÷")
# UTF-8 lead bytes of every character _UTF8_SEP can match: when none is left after the common
# ones are replaced, the regex (slow next to a one-byte search) need not run.
_UTF8_LEADS = (b"\xc2", b"\xca", b"\xe2", b"\xe3", b"\xef", b"\xf0")


class GazetteerError(ValueError):
    """A name or data row the gazetteer cannot use; the message is one line."""


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One spelling of one known name, as in a row of data/gazetteer/*.tsv."""

    name: str
    kind: str
    key: str
    label: str
    country: str | None = None
    lang: str = "*"
    category: str | None = None

    def __post_init__(self) -> None:
        problem = _check(self)
        if problem:
            raise GazetteerError(problem)


def _check(e: GazetteerEntry) -> str | None:
    if e.kind not in KINDS:
        return f"unknown kind {e.kind!r} (expected one of {', '.join(sorted(KINDS))})"
    if not e.key or any(c.isspace() for c in e.key):
        return f"key {e.key!r} is empty or has spaces"
    if not e.label.strip():
        return "label is empty"
    if e.country is not None and not _COUNTRY.fullmatch(e.country):
        return f"country {e.country!r} is not an ISO 3166-1 alpha-2 code"
    if e.lang != "*" and not all(_LANG.fullmatch(x) for x in e.lang.split(",")):
        return f"lang {e.lang!r} is not '*' or a comma list of ISO 639-1 codes"
    if e.category is not None and e.kind not in CATEGORY_KINDS:
        return f"category {e.category!r} given for kind {e.kind!r} (only item and weapon have one)"
    name = e.name
    if name != name.strip():
        return f"name {name!r} has spaces at its ends"
    core = name.removeprefix("*").removesuffix("*")
    if "*" in core:
        return f"name {name!r} has '*' inside it (only at its start or end)"
    folded = _fold_name(core)
    if not folded.strip():
        return f"name {name!r} has no letters or digits"
    if (name.startswith("*") and folded[0] == " ") or (name.endswith("*") and folded[-1] == " "):
        return f"name {name!r}: '*' must touch a letter"
    return None


@dataclass(frozen=True, slots=True)
class _Pattern:
    entry: GazetteerEntry
    langs: frozenset[str] | None  # None: every language
    exact: str | None  # a short name in capitals, compared as written
    core_len: int  # letters matched literally, to rank a hit against a rival on the same span
    order: int


@dataclass(slots=True)
class _Slot:
    """What one automaton key stands for: every pattern that folds to it."""

    length: int
    lead: int  # 1 if the key starts with the boundary space
    trail: int  # 1 if the key ends with the boundary space
    open_start: bool
    open_end: bool
    patterns: list[_Pattern] = field(default_factory=list)
    # When no pattern here is bound to case: the pattern to use for each language named by a
    # pattern (and for None), and for any other language; a dict look-up per hit, not a loop.
    by_lang: dict[str | None, _Pattern | None] | None = None
    other_lang: _Pattern | None = None

    def prepare(self) -> None:
        self.patterns.sort(key=lambda p: (p.exact is None, p.langs is None, p.order))
        if any(p.exact is not None for p in self.patterns):
            self.by_lang = None
            return
        general = next((p for p in self.patterns if p.langs is None), None)
        named = {lang for p in self.patterns for lang in p.langs or ()}
        by_lang: dict[str | None, _Pattern | None] = {None: self.patterns[0]}
        for lang in named:
            by_lang[lang] = next(
                (p for p in self.patterns if p.langs is None or lang in p.langs), None
            )
        self.by_lang, self.other_lang = by_lang, general


class Gazetteer:
    """Finds known names in text; see the module docstring for how."""

    def __init__(self, entries: Iterable[GazetteerEntry] = ()) -> None:
        self._entries: list[GazetteerEntry] = []
        self._slots: dict[str, _Slot] = {}
        self._seen: set[tuple[str, str | None, str, str, str]] = set()
        self._dirty: set[str] = set()
        self._automaton: Any = None
        self._lock = threading.Lock()
        for entry in entries:
            self._add(entry)

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer of every data/gazetteer/*.tsv, loaded once per process and shared:
        names add()ed to it are seen by every caller. Build a `Gazetteer(Gazetteer.default()
        .entries)` for private additions."""
        return _default()

    @property
    def entries(self) -> tuple[GazetteerEntry, ...]:
        return tuple(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def add(
        self,
        name: str,
        kind: str,
        key: str,
        label: str,
        country: str | None = None,
        lang: str = "*",
        category: str | None = None,
    ) -> None:
        """Add one spelling; the automaton is rebuilt at the next find(). Adding a spelling that
        is already there for the same key does nothing."""
        self._add(GazetteerEntry(name, kind, key, label, country, lang, category))

    def _add(self, entry: GazetteerEntry) -> None:
        pattern_key, slot, exact = _compile_name(entry.name)
        seen = (pattern_key, exact, entry.key, entry.kind, entry.lang)
        if seen in self._seen:
            return
        self._seen.add(seen)
        langs = None if entry.lang == "*" else frozenset(entry.lang.split(","))
        core_len = len(entry.name.strip("*"))
        pattern = _Pattern(entry, langs, exact, core_len, len(self._entries))
        with self._lock:
            existing = self._slots.setdefault(pattern_key, slot)
            existing.patterns.append(pattern)
            self._dirty.add(pattern_key)
            self._entries.append(entry)
            self._automaton = None

    def _compiled(self) -> Any:
        with self._lock:
            if self._automaton is None:
                for key in self._dirty:
                    self._slots[key].prepare()
                self._dirty.clear()
                automaton = ahocorasick.Automaton()
                for key, slot in self._slots.items():
                    automaton.add_word(key, slot)
                if self._slots:
                    automaton.make_automaton()
                self._automaton = automaton
            return self._automaton

    def find(self, text: str, lang: str | None = None) -> list[Mention]:
        """Known names in `text`, without overlaps (the best of overlapping hits wins, see the
        module docstring), sorted by start.

        With `lang`, only spellings of that language or of every language ("*") are used."""
        if not text or not self._slots:
            return []
        automaton = self._compiled()
        folded, starts, ends = _fold_text(text)
        return self._find_in(automaton, text, f" {folded} ", 0, len(text), starts, ends, lang)

    def find_spans(
        self, text: str, spans: Sequence[tuple[int, int, str | None]]
    ) -> list[list[Mention]]:
        """`[self.find(text[start:end], lang) for start, end, lang in spans]`, with offsets
        relative to each span as there, but folding `text` once: for the sentences of an
        article that is cheaper than folding each sentence.

        A span standing between whitespace (as sentences do) is matched in place; any other
        span, and every span of a text written with combining marks, is matched on its own."""
        if not self._slots:
            return [[] for _ in spans]
        automaton = self._compiled()
        folded, starts, _ = _fold_text(text)
        padded = f" {folded} "
        found: list[list[Mention]] = []
        for start, end, lang in spans:
            if starts is None and _stands_alone(text, folded, start, end):
                found.append(self._find_in(automaton, text, padded, start, end, None, None, lang))
            else:
                found.append(self.find(text[start:end], lang))
        return found

    def _find_in(
        self,
        automaton: Any,
        text: str,
        padded: str,
        lo: int,
        hi: int,
        starts: list[int] | None,
        ends: list[int] | None,
        lang: str | None,
    ) -> list[Mention]:
        """The mentions in text[lo:hi], offsets relative to `lo`. `padded` is the folded text
        between two spaces, and padded[lo] and padded[hi + 1] are spaces, so the window
        padded[lo : hi + 2] reads exactly as text[lo:hi] folded and padded on its own would."""
        hits: list[tuple[int, int, int, int, int, int, int, _Pattern]] = []
        for last, slot in automaton.iter(padded, lo, hi + 2):
            core_start = last + 1 - slot.length + slot.lead
            core_end = last + 1 - slot.trail
            by_lang = slot.by_lang
            if by_lang is not None:
                pattern = by_lang.get(lang, slot.other_lang)
            else:
                pattern = self._choose(
                    slot, text, lo, hi, core_start - 1, core_end - 1, starts, ends, lang
                )
            if pattern is None:
                continue
            start = padded.rfind(" ", 0, core_start) + 1 if slot.open_start else core_start
            end = padded.find(" ", core_end) if slot.open_end else core_end
            wild = slot.open_start + slot.open_end
            # Best first: longest span, longest literal, fewest `*`, earliest row. The running
            # count keeps tuples unique, so sorting never compares patterns.
            hits.append(
                (
                    start - end,
                    -pattern.core_len,
                    wild,
                    pattern.order,
                    start,
                    len(hits),
                    end,
                    pattern,
                )
            )
        hits.sort()
        # Taken spans, kept sorted by start, so the mentions come out in text order.
        taken_starts: list[int] = []
        taken_ends: list[int] = []
        taken: list[_Pattern] = []
        for hit in hits:
            start, end = hit[4], hit[6]
            i = bisect.bisect_left(taken_starts, start)
            if (i and taken_ends[i - 1] > start) or (
                i < len(taken_starts) and taken_starts[i] < end
            ):
                continue
            taken_starts.insert(i, start)
            taken_ends.insert(i, end)
            taken.insert(i, hit[7])
        mentions: list[Mention] = []
        for start, end, pattern in zip(taken_starts, taken_ends, taken, strict=True):
            if starts is None or ends is None:
                s, e = start - 1, end - 1  # the padding space
            else:
                s, e = starts[start - 1], ends[end - 2]
            entry = pattern.entry
            mentions.append(
                Mention(
                    s - lo,
                    e - lo,
                    _written(text, lo, hi, s, e),
                    entry.kind,
                    entry.key,
                    entry.label,
                    entry.country,
                    entry.category,
                )
            )
        return mentions

    @staticmethod
    def _choose(
        slot: _Slot,
        text: str,
        lo: int,
        hi: int,
        core_start: int,
        core_end: int,
        starts: list[int] | None,
        ends: list[int] | None,
        lang: str | None,
    ) -> _Pattern | None:
        for p in slot.patterns:
            if lang is not None and p.langs is not None and lang not in p.langs:
                continue
            if p.exact is not None:
                s, e = _to_text(core_start, core_end, starts, ends)
                if _written(text, lo, hi, s, e) != p.exact:
                    continue
            return p
        return None


def _compile_name(name: str) -> tuple[str, _Slot, str | None]:
    """The automaton key for a name, the slot it opens, and its case-sensitive form if any."""
    open_start, open_end = name.startswith("*"), name.endswith("*")
    core = name.removeprefix("*").removesuffix("*")
    folded = _fold_name(core)
    lead = int(not open_start and folded[0] != " " and not _is_cjk(folded[0]))
    trail = int(not open_end and folded[-1] != " " and not _is_cjk(folded[-1]))
    key = " " * lead + folded + " " * trail
    exact = core if len(core) <= SHORT_CAPS and core.isupper() else None
    return key, _Slot(len(key), lead, trail, open_start, open_end), exact


def _stands_alone(text: str, folded: str, start: int, end: int) -> bool:
    """Whether text[start:end] is bounded by whitespace (or the ends of `text`), so that it
    folds in place as it would alone: whitespace folds to a space, and lower() reads no
    context across it (final sigma)."""
    if not 0 <= start < end <= len(text):
        return False
    before = start == 0 or (text[start - 1].isspace() and folded[start - 1] == " ")
    return before and (end == len(text) or (text[end].isspace() and folded[end] == " "))


def _is_cjk(ch: str) -> bool:
    """Scripts written without spaces: a name in them needs no word boundary."""
    o = ord(ch)
    return (
        0x3040 <= o <= 0x30FF
        or 0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x2FFFF
    )


def _fold_name(name: str) -> str:
    return _fold_text(unicodedata.normalize("NFC", name))[0]


def _lower(text: str) -> str:
    # lower(), not casefold(): it keeps one character per character ("ß" stays "ß"), so offsets
    # need no map. "İ" is the one character lower() widens; read it as "I".
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text.replace("\u0130", "I").lower()
    return lowered


def _separate(lowered: str, raw: bytes | None = None) -> str:
    """Turn every non-word character into a space (length-preserving) and read "ё" as "е".
    `raw` is `lowered` already encoded, when the caller has it."""
    if "ё" in lowered:
        lowered = lowered.replace("ё", "е")
        raw = None
    if raw is None:
        raw = lowered.encode("utf-8", "surrogatepass")
    raw = raw.translate(_ASCII_SEP)
    if not raw.isascii():
        for char, encoded in _COMMON_SEPS:
            if char in lowered:
                raw = raw.replace(encoded, b" ")
        if any(lead in raw for lead in _UTF8_LEADS):
            raw = _UTF8_SEP.sub(b" ", raw)
    return raw.decode("utf-8", "surrogatepass")


def _fold_text(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """The folded text and, when it is not aligned one to one with `text`, for each folded
    character the start and end of the characters of `text` it came from."""
    lowered = _lower(text)
    raw = lowered.encode("utf-8", "surrogatepass")
    # Combining diacritics (U+0300-036F, UTF-8 lead bytes CC and CD) leave Latin and Cyrillic
    # text decomposed ("й" as "и" + U+0306); only such text needs composing to match.
    if b"\xcc" not in raw and b"\xcd" not in raw:
        return _separate(lowered, raw), None, None
    # Decomposed input ("e" + combining acute): compose one base character and its marks at a
    # time so every folded character still points back into the text as written.
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = _lower(unicodedata.normalize("NFC", text[i:j]))
        pieces.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return _separate("".join(pieces)), starts, ends


def _written(text: str, lo: int, hi: int, s: int, e: int) -> str:
    """text[s:e] as cut from text[lo:hi] on its own. They differ only when a name's core reaches
    into the padding space (a name ending in punctuation, "«Купол»", at the end of a span), and
    then a span matched in place must give what matching it alone gives."""
    if lo <= s and e <= hi:
        return text[s:e]
    return text[lo:hi][s - lo : e - lo]


def _to_text(
    start: int, end: int, starts: list[int] | None, ends: list[int] | None
) -> tuple[int, int]:
    if starts is None or ends is None:
        return start, end
    return starts[start], ends[end - 1]


# --- data files -------------------------------------------------------------------------------


def read_tsv(path: Path) -> Iterator[tuple[int, GazetteerEntry]]:
    """The rows of one gazetteer file with their line numbers; a bad row raises GazetteerError
    naming the file and line."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{path}: cannot read: {exc}") from None
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if tuple(fields) != HEADER:
                raise GazetteerError(
                    f"{path}:{number}: header must be {' '.join(HEADER)!r}, got {line!r}"
                )
            header_seen = True
            continue
        if len(fields) not in (len(HEADER) - 1, len(HEADER)):
            raise GazetteerError(
                f"{path}:{number}: expected {len(HEADER)} tab-separated fields, got {len(fields)}"
            )
        key, kind, label, country, lang, name, *rest = fields
        category = rest[0] if rest else ""
        try:
            entry = GazetteerEntry(name, kind, key, label, country or None, lang, category or None)
        except GazetteerError as exc:
            raise GazetteerError(f"{path}:{number}: {exc}") from None
        yield number, entry
    if not header_seen:
        raise GazetteerError(f"{path}: no header line {' '.join(HEADER)!r}")


def load(paths: Iterable[Path], strict: bool = True) -> list[GazetteerEntry]:
    """Every row of the given files. A spelling listed twice for the same key and a language both
    rows cover (after folding: "machine gun" and "machine-gun" are one spelling) raises when
    `strict`, and is dropped otherwise."""
    entries: list[GazetteerEntry] = []
    where: dict[tuple[str, str | None, str], list[tuple[frozenset[str] | None, str]]] = {}
    for path in paths:
        for number, entry in read_tsv(path):
            pattern_key, _, exact = _compile_name(entry.name)
            langs = None if entry.lang == "*" else frozenset(entry.lang.split(","))
            rivals = where.setdefault((pattern_key, exact, entry.key), [])
            repeated = next(
                (
                    other
                    for other_langs, other in rivals
                    if langs is None or other_langs is None or langs & other_langs
                ),
                None,
            )
            if repeated is not None:
                if strict:
                    raise GazetteerError(
                        f"{path}:{number}: {entry.name!r} for {entry.key!r} repeats {repeated}"
                    )
                continue
            rivals.append((langs, f"{path.name}:{number}"))
            entries.append(entry)
    return entries


def data_files() -> list[Path]:
    return sorted(data.path("gazetteer").glob("*.tsv"))


@cache
def _default() -> Gazetteer:
    # A repeated spelling is harmless at run time; the data tests load strictly to catch it.
    return Gazetteer(load(data_files(), strict=False))


def label_of(name: str) -> tuple[str, str] | None:
    """The English label and key of a known name in any language ("Kina", "Китай" -> China,
    CN), so a user may ask in their own language; None for a name the gazetteer does not know."""
    return _labels().get(_fold_name(name.strip()))


@cache
def _labels() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for e in _default().entries:
        if e.kind in {"country", "demonym", "company", "government", "person", "org", "place"}:
            out.setdefault(_fold_name(e.name.strip("*")), (e.label, e.key))
    return out
