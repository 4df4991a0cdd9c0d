"""Chinese names in characters, rendered the ways lists and firms write them in Latin letters.

A Chinese company name is built as [place][trade name][industry words][legal form]:
西安 博高 智能航空科技 有限公司. Its English name translates everything but the trade name, which
stays in pinyin: "Xi'an Bogao Intelligent Aviation Technology Co., Ltd.". So a name is cut into
places and company words (data/names/zh_*.tsv) by longest match from both ends, and what is
left between them is the trade name. Person names (a known surname and one to three characters)
come out in both orders, "Li Shangfu" and "Shangfu Li". Traditional characters are looked up
through their simplified forms; pinyin is always read from the characters as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from pypinyin.phrases_dict import phrases_dict as PHRASES_DICT
from pypinyin.pinyin_dict import pinyin_dict as PINYIN_DICT
from rigour.text.translit import ascii_text

from dualtrace import data
from dualtrace.names.tables import settle

settle()  # after pypinyin's tables: see settle()

__all__ = [
    "explain_terms",
    "has_han",
    "is_person_name",
    "is_pinyin",
    "latin_forms",
    "pinyin_as_english",
    "simplified_han",
]

# Unicode Script=Han, the same ranges rigour's codepoint_script reports (checked in the tests);
# a regex because this runs on every name of every list.
_HAN_CLASS = (
    "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3"
    "\U00016ff0-\U00016ff6\U00020000-\U0002a6df\U0002a700-\U0002b81d\U0002b820-\U0002cead"
    "\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a"
    "\U00031350-\U00033479"
)
_HAN = re.compile(f"[{_HAN_CLASS}]")
_NUMERALS = "零〇一二两三四五六七八九十百"
# Ordinals name units ("第十研究所", the 10th Research Institute); they break the name into parts.
_ORDINAL = f"第(?:[{_NUMERALS}]+|[0-9]+)"
_PIECES = re.compile(
    f"(?P<ordinal>{_ORDINAL})|(?P<han>(?:(?!{_ORDINAL})[{_HAN_CLASS}])+)|(?P<other>[^{_HAN_CLASS}]+)"
)
# Separators inside person names: spaces, the middle dots of transcribed minority names.
_PERSON_NOISE = re.compile(r"[\s·•‧・.\-]+")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?)\]])")
_SPACE_AFTER = re.compile(r"([(\[])\s+")

_CACHE_SIZE = 1 << 16

Kind = Literal["place", "word", "trade", "ordinal", "latin"]


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: Literal["place", "suffix", "word"]
    english: tuple[str, ...]  # usual rendering first; () for suffixes, dropped in English
    syllables: tuple[str, ...]  # one per character
    given_name: bool = False  # also a common given name (海洋, 卫星): no proof of a company


@dataclass(frozen=True, slots=True)
class _Lexicon:
    entries: dict[str, _Entry]
    max_len: int
    surnames: dict[str, str]  # characters -> pinyin
    simplify: dict[int, str]  # str.translate table, traditional -> simplified


@dataclass(frozen=True, slots=True)
class _Token:
    chars: str  # as written
    kind: Kind
    english: tuple[str, ...]  # renderings, usual first; () when the English name drops it
    pinyin: tuple[str, ...]  # plain-pinyin words, capitalised


@dataclass(frozen=True, slots=True)
class _Analysis:
    forms: tuple[str, ...]
    terms: tuple[tuple[str, str], ...]
    person: bool


# --- data ----------------------------------------------------------------------------------------


def _rows(name: str, width: int) -> list[tuple[int, list[str]]]:
    """(line number, cells) of a data/names TSV without comments and header; short rows padded."""
    path = data.path("names", name)
    out: list[tuple[int, list[str]]] = []
    header = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header:
            header = True
            continue
        cells = line.split("\t")
        if not cells[0] or len(cells) > width:
            raise ValueError(f"{path}:{number}: expected at most {width} tab-separated cells")
        out.append((number, cells + [""] * (width - len(cells))))
    return out


def _read_syllables(path: str, number: int, chars: str, text: str) -> tuple[str, ...]:
    syllables = tuple(text.lower().split())
    if len(syllables) != len(chars):
        raise ValueError(f"{path}:{number}: {len(syllables)} pinyin syllables for {chars!r}")
    return syllables


@cache
def _lexicon() -> _Lexicon:
    simplify = {ord(t): s for _, (t, s) in _rows("zh_traditional.tsv", 2)}
    entries: dict[str, _Entry] = {}
    for number, (chars, spelling, py) in _rows("zh_places.tsv", 3):
        syllables = _read_syllables("zh_places.tsv", number, chars, py)
        if spelling == "-":
            entries[chars] = _Entry("suffix", (), syllables)
        else:
            entries[chars] = _Entry("place", (spelling,), syllables)
    for number, (chars, english, _note, py, given) in _rows("zh_company_words.tsv", 5):
        renderings = tuple(e.strip() for e in english.split("|") if e.strip())
        if not renderings:
            raise ValueError(f"zh_company_words.tsv:{number}: no English for {chars!r}")
        syllables = (
            _read_syllables("zh_company_words.tsv", number, chars, py)
            if py
            else tuple(_syllables(chars))
        )
        entries[chars] = _Entry("word", renderings, syllables, given == "y")
    surnames = {chars: py.strip().lower() for _, (chars, py) in _rows("zh_surnames.tsv", 2)}
    lexicon = _Lexicon(entries, max(map(len, entries)), surnames, simplify)
    settle()
    return lexicon


# --- pinyin --------------------------------------------------------------------------------------


# pypinyin's own tables, read directly: its converter costs ~80 µs a call, the lookups below
# a few. Same readings as lazy_pinyin(style=NORMAL): phrases by forward longest match (as
# pypinyin's default segmenter does), else a character's first reading; checked in the tests.
_PHRASE_MAX = max(map(len, PHRASES_DICT))


@lru_cache(maxsize=_CACHE_SIZE)
def _toneless(reading: str) -> str:
    """hóng -> hong, lǚ -> lu (ü written u, as lists and passports do), ê̄ -> e."""
    base = "".join(
        c for c in unicodedata.normalize("NFKD", reading) if not unicodedata.combining(c)
    )
    return base.lower() if base.isascii() and base.isalpha() else ""


@lru_cache(maxsize=_CACHE_SIZE)
def _char_syllable(char: str) -> str:
    readings = PINYIN_DICT.get(ord(char))
    return _toneless(readings.split(",", 1)[0]) if readings else ""


@lru_cache(maxsize=_CACHE_SIZE)
def _syllables(chars: str) -> tuple[str, ...]:
    """Toneless pinyin syllables of `chars`; characters without a reading are dropped."""
    out: list[str] = []
    at, n = 0, len(chars)
    while at < n:
        for length in range(min(_PHRASE_MAX, n - at), 1, -1):
            phrase = PHRASES_DICT.get(chars[at : at + length])
            if phrase is not None:
                out.extend(_toneless(readings[0]) for readings in phrase)
                at += length
                break
        else:
            out.append(_char_syllable(chars[at]))
            at += 1
    return tuple(s for s in out if s)


def _word(syllables: tuple[str, ...] | list[str]) -> str:
    return "".join(syllables).capitalize()


def _split_known(simple: str, lex: _Lexicon, exclude_whole: bool = False) -> list[str] | None:
    """The fewest dictionary words of two or more characters that make up `simple` exactly."""
    n = len(simple)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - lex.max_len), end - 1):
            prev = best[start]
            piece = simple[start:end]
            if prev is None or (exclude_whole and start == 0 and end == n):
                continue
            entry = lex.entries.get(piece)
            if entry is None or entry.kind == "suffix":
                continue
            current = best[end]
            if current is None or len(prev) + 1 < len(current):
                best[end] = [*prev, piece]
    return best[n]


@lru_cache(maxsize=4096)
def _entry_words(simple: str) -> tuple[str, ...]:
    """A dictionary entry's plain-pinyin words: 有限公司 -> Youxian Gongsi, split where the entry
    is made of smaller entries."""
    lex = _lexicon()
    entry = lex.entries[simple]
    parts = _split_known(simple, lex, exclude_whole=True) if len(simple) > 2 else None
    if not parts:
        if len(simple) >= 4 and len(simple) % 2 == 0:
            # most Chinese words have two characters: 海康威视 -> Haikang Weishi
            pairs = range(0, len(simple), 2)
            return tuple(_word(entry.syllables[i : i + 2]) for i in pairs)
        return (_word(entry.syllables),)
    words: list[str] = []
    for part in parts:
        words.extend(_entry_words(part))
    return tuple(words)


# --- numbers -------------------------------------------------------------------------------------

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ORDINAL_WORDS = dict(
    enumerate(
        ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth"], 1
    )
)


def _numeral(text: str) -> int | None:
    """十 10, 二十三 23, 一百零五 105; digit by digit without 十/百 (七〇七 707)."""
    if text.isdigit():
        return int(text)
    if "十" not in text and "百" not in text:
        digits = [_DIGITS.get(ch) for ch in text]
        if any(d is None for d in digits):
            return None
        return int("".join(str(d) for d in digits))
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch in _DIGITS:
            current = _DIGITS[ch]
        else:
            return None
    return total + current


def _ordinal_token(chars: str) -> _Token:
    number = _numeral(chars[1:])
    pinyin = (_word(["di", *_syllables(chars[1:])]),)
    if number is None:
        return _Token(chars, "trade", pinyin, pinyin)
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    if chars[1:].isdigit():
        pinyin = (f"Di{number}",)
    numbered = f"{number}{suffix}"
    # firms say "First Machinery", institutes "10th Research Institute"
    english = (_ORDINAL_WORDS[number], numbered) if number in _ORDINAL_WORDS else (numbered,)
    return _Token(chars, "ordinal", english, pinyin)


# --- segmentation --------------------------------------------------------------------------------


def _simplified(text: str) -> str:
    return text.translate(_lexicon().simplify)


def _entry_token(chars: str, simple: str, lex: _Lexicon) -> _Token:
    entry = lex.entries[simple]
    if entry.kind == "place":
        return _Token(chars, "place", entry.english, (_word(entry.syllables),))
    return _Token(chars, "word", entry.english, _entry_words(simple))


def _merge_suffix(place: _Token, chars: str, simple: str, lex: _Lexicon) -> _Token:
    """深圳 + 市 -> one place token: "Shenzhen" in English, "Shenzhen Shi" in pinyin."""
    suffix = lex.entries[simple]
    return _Token(
        place.chars + chars, "place", place.english, (*place.pinyin, _word(suffix.syllables))
    )


def _place_ending_at(simple: str, end: int, lex: _Lexicon) -> int:
    """Length of the longest place ending at `end`, or 0."""
    for length in range(min(lex.max_len, end), 1, -1):
        entry = lex.entries.get(simple[end - length : end])
        if entry is not None and entry.kind == "place":
            return length
    return 0


def _peel_right(chars: str, simple: str, lex: _Lexicon) -> tuple[int, list[_Token]]:
    """Company words and places taken off the end, longest first; returns where they start."""
    end, tokens = len(simple), []
    while end > 0:
        found = 0
        for length in range(min(lex.max_len, end), 0, -1):
            entry = lex.entries.get(simple[end - length : end])
            if entry is None:
                continue
            if entry.kind == "suffix":
                place = _place_ending_at(simple, end - length, lex)
                if not place:
                    continue
                start = end - length - place
                token = _merge_suffix(
                    _entry_token(chars[start : end - length], simple[start : end - length], lex),
                    chars[end - length : end],
                    simple[end - length : end],
                    lex,
                )
                tokens.append(token)
                found = length + place
                break
            # a lone character (厂 Factory) ends names; elsewhere it is part of a trade name
            if length == 1 and end != len(simple):
                continue
            tokens.append(_entry_token(chars[end - length : end], simple[end - length : end], lex))
            found = length
            break
        if not found:
            break
        end -= found
    tokens.reverse()
    return end, tokens


def _place_starting_at(simple: str, start: int, lex: _Lexicon) -> int:
    """Length of the longest place starting at `start`, or 0."""
    for length in range(min(lex.max_len, len(simple) - start), 1, -1):
        entry = lex.entries.get(simple[start : start + length])
        if entry is not None and entry.kind == "place":
            return length
    return 0


def _peel_left(chars: str, simple: str, lex: _Lexicon) -> tuple[int, list[_Token]]:
    """Places taken off the start (广东省深圳市 ...), each with its administrative suffix."""
    start, tokens = 0, []
    while start < len(simple):
        found = _place_starting_at(simple, start, lex)
        if not found:
            break
        token = _entry_token(chars[start : start + found], simple[start : start + found], lex)
        start += found
        for length in range(min(lex.max_len, len(simple) - start), 0, -1):
            entry = lex.entries.get(simple[start : start + length])
            if entry is not None and entry.kind == "suffix":
                token = _merge_suffix(
                    token, chars[start : start + length], simple[start : start + length], lex
                )
                start += length
                break
        tokens.append(token)
    return start, tokens


def _trade_token(chars: str) -> _Token | None:
    syllables = _syllables(chars)
    if not syllables:
        return None
    word = _word(syllables)
    return _Token(chars, "trade", (word,), (word,))


def _han_tokens(chars: str, lex: _Lexicon) -> list[_Token]:
    simple = _simplified(chars)
    end, right = _peel_right(chars, simple, lex)
    start, left = _peel_left(chars[:end], simple[:end], lex)
    middle: list[_Token] = []
    if start < end:
        known = _split_known(simple[start:end], lex)
        if known:
            at = start
            for piece in known:
                middle.append(_entry_token(chars[at : at + len(piece)], piece, lex))
                at += len(piece)
        else:
            trade = _trade_token(chars[start:end])
            if trade is not None:
                middle.append(trade)
    return [*left, *middle, *right]


def _latin_token(text: str) -> _Token | None:
    printable = "".join(c if c.isprintable() else " " for c in ascii_text(text))
    latin = _SPACES.sub(" ", printable).strip()
    if not latin:
        return None
    return _Token(text, "latin", (latin,), (latin,))


def _company_tokens(name: str, lex: _Lexicon) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _PIECES.finditer(name):
        piece = match.group()
        if match.lastgroup == "ordinal":
            tokens.append(_ordinal_token(piece))
        elif match.lastgroup == "han":
            tokens.extend(_han_tokens(piece, lex))
        else:
            token = _latin_token(piece)
            if token is not None:
                tokens.append(token)
    return tokens


# --- people --------------------------------------------------------------------------------------


def _person_parts(name: str, lex: _Lexicon) -> tuple[str, str, str] | None:
    """(surname as written, its pinyin, given name as written) of a Chinese person's name, or
    None. Compound surnames (欧阳, 司马) win over their first character."""
    text = _PERSON_NOISE.sub("", name)
    if not 2 <= len(text) <= 4 or len(_HAN.findall(text)) != len(text):
        return None
    simple = _simplified(text)
    if _place_starting_at(simple, 0, lex):
        return None
    for start in range(len(simple) - 1):
        for end in range(start + 2, len(simple) + 1):
            found = lex.entries.get(simple[start:end])
            if found is not None and found.kind == "word" and not found.given_name:
                return None
    for length in (2, 1):
        surname = lex.surnames.get(simple[:length])
        given = text[length:]
        if surname is not None and 1 <= len(given) <= 3:
            return text[:length], surname, given
    return None


def _person_analysis(parts: tuple[str, str, str]) -> _Analysis | None:
    surname_chars, surname_py, given_chars = parts
    syllables = _syllables(given_chars)
    if not syllables:
        return None
    surname, given = _word([surname_py]), _word(syllables)
    forms = [f"{surname} {given}", f"{given} {surname}"]
    if len(surname_chars) + len(given_chars) == 2:
        # two characters may as well be a brand (华为): keep the reading as one word too
        forms.append(surname + given.lower())
    terms = ((surname_chars, surname), (given_chars, given))
    return _Analysis(tuple(forms), terms, True)


# --- forms ---------------------------------------------------------------------------------------


def _tidy(parts: list[str]) -> str:
    text = " ".join(p for p in parts if p)
    if text.isalpha() or text.replace(" ", "").isalpha():
        return text  # the usual case, names in characters only: nothing to tidy
    text = _SPACES.sub(" ", text).strip()
    text = _SPACE_BEFORE.sub(r"\1", text)
    return _SPACE_AFTER.sub(r"\1", text)


def _company_analysis(name: str, lex: _Lexicon) -> _Analysis:
    tokens = _company_tokens(name, lex)
    english = _tidy([t.english[0] for t in tokens if t.english])
    variant = _tidy([t.english[min(1, len(t.english) - 1)] for t in tokens if t.english])
    plain = _tidy([" ".join(t.pinyin) for t in tokens])
    forms: list[str] = []
    for form in (english, plain, variant):
        if form and form not in forms:
            forms.append(form)
    terms = tuple(
        (t.chars, t.english[0] if t.english else t.pinyin[0]) for t in tokens if t.kind != "latin"
    )
    return _Analysis(tuple(forms), terms, False)


@lru_cache(maxsize=_CACHE_SIZE)
def _analyse(name: str) -> _Analysis:
    if not has_han(name):
        return _Analysis((), (), False)
    # lone surrogates (from broken decoding) cannot be transliterated: dropped
    clean = name.encode("utf-8", "ignore").decode("utf-8")
    text = unicodedata.normalize("NFKC", clean)
    lex = _lexicon()
    parts = _person_parts(text, lex)
    if parts is not None:
        person = _person_analysis(parts)
        if person is not None:
            return person
    return _company_analysis(text, lex)


# --- public --------------------------------------------------------------------------------------


def has_han(text: str) -> bool:
    """Whether `text` has a Chinese character (Unicode script Han) anywhere."""
    return _HAN.search(text) is not None


def latin_forms(name: str) -> list[str]:
    """Latin renderings of a name written (partly) in Chinese characters, best first; [] when
    the name has none. Companies: the English-style name ("Xi'an Bogao Intelligent Aviation
    Technology Co., Ltd."), plain pinyin of every word ("Xian Bogao Zhineng Hangkong Keji
    Youxian Gongsi"), then the English name with second renderings ("... Company Limited")
    where the dictionary has them. People: "Li Shangfu", "Shangfu Li". All ASCII."""
    return list(_analyse(name).forms)


def explain_terms(name: str) -> list[tuple[str, str]]:
    """The (characters as written, rendering) pairs behind the first of `latin_forms`:
    [("西安", "Xi'an"), ("博高", "Bogao"), ("智能", "Intelligent"), ...]."""
    return list(_analyse(name).terms)


def is_person_name(name: str) -> bool:
    """Heuristic: two to four Chinese characters starting with a known surname, naming no
    place and holding no company word (华为 is a firm although 华 is a surname)."""
    return _analyse(name).person


def simplified_han(name: str) -> str:
    """The name's Chinese characters, traditional ones simplified, other text dropped."""
    return _simplified("".join(_HAN.findall(name)))


# --- pinyin in Latin names -----------------------------------------------------------------------

_LATIN_WORD = re.compile(r"[a-z0-9]+")
_PINYIN_SPAN = 4  # words of one dictionary entry written apart ("Zhong Guo", "Di San Shi Ba")
_PINYIN_ORDINAL = re.compile(r"(?:ling|yi|er|liang|san|si|wu|liu|qi|ba|jiu|shi|bai)+|[0-9]+")
_PINYIN_NUMERAL_CHARS = {"ling": "零", "yi": "一", "er": "二", "liang": "两", "san": "三"}
_PINYIN_NUMERAL_CHARS |= {"si": "四", "wu": "五", "liu": "六", "qi": "七", "ba": "八", "jiu": "九"}
_PINYIN_NUMERAL_CHARS |= {"shi": "十", "bai": "百"}
_PINYIN_NUMERAL_SYLLABLE = re.compile("|".join(_PINYIN_NUMERAL_CHARS))


@cache
def _pinyin_words() -> dict[str, tuple[str, ...]]:
    """Joined toneless pinyin of dictionary words and places (two characters or more) -> their
    English renderings."""
    table: dict[str, tuple[str, ...]] = {}
    for chars, entry in _lexicon().entries.items():
        if len(chars) < 2 or entry.kind == "suffix" or not entry.english:
            continue
        table.setdefault("".join(entry.syllables), entry.english)
    return table


@cache
def _pinyin_prefixes() -> frozenset[str]:
    """Every beginning of a key of `_pinyin_words` (a join that is none spells no entry)."""
    return frozenset(key[:end] for key in _pinyin_words() for end in range(1, len(key) + 1))


def _pinyin_ordinal(text: str) -> _Token | None:
    if not _PINYIN_ORDINAL.fullmatch(text):
        return None
    if text.isdigit():
        return _ordinal_token("第" + text)
    chars = "".join(_PINYIN_NUMERAL_CHARS[s] for s in _PINYIN_NUMERAL_SYLLABLE.findall(text))
    return _ordinal_token("第" + chars)


@lru_cache(maxsize=_CACHE_SIZE)
def pinyin_as_english(name: str) -> tuple[str, ...]:
    """A Latin name's pinyin company words, places and ordinals in English, as `latin_forms`
    gives them for the characters: "Changsha Tianyi Kongjian Keji Yanjiuyuan Youxian Gongsi" ->
    "Changsha Tianyi Space Technology Research Institute Co., Ltd.", with a second form from
    second renderings where there are any. () when nothing in the name reads as pinyin words."""
    words = _LATIN_WORD.findall(name.casefold().replace("'", "").replace("\u2019", ""))
    table = _pinyin_words()
    prefixes = _pinyin_prefixes()
    first: list[str] = []
    second: list[str] = []
    changed = False
    at, n = 0, len(words)
    while at < n:
        if words[at] == "di" and at + 1 < n:
            ordinal = _pinyin_ordinal(words[at + 1])
            if ordinal is not None:
                first.append(ordinal.english[0])
                second.append(ordinal.english[-1])
                changed = True
                at += 2
                continue
        # only as many words as keep the join a beginning of some entry can spell one
        span, joined = 0, ""
        while span < min(_PINYIN_SPAN, n - at):
            joined += words[at + span]
            if joined not in prefixes:
                break
            span += 1
        for size in range(span, 0, -1):
            english = table.get("".join(words[at : at + size]))
            if english is not None:
                first.append(english[0])
                second.append(english[min(1, len(english) - 1)])
                changed = changed or english[0].casefold().replace(" ", "") != "".join(
                    words[at : at + size]
                )
                at += size
                break
        else:
            first.append(words[at])
            second.append(words[at])
            at += 1
    if not changed:
        return ()
    forms = [" ".join(first)]
    if second != first:
        forms.append(" ".join(second))
    return tuple(forms)


@cache
def _pinyin_syllables() -> re.Pattern[str]:
    """Every toneless syllable pypinyin knows, as one pattern (longest first)."""
    found: set[str] = set()
    for readings in PINYIN_DICT.values():
        for reading in readings.split(","):
            syllable = _toneless(reading)
            if syllable and any(v in syllable for v in "aeiouv"):  # not m, n, ng, hm
                found.add(syllable)
    alternatives = "|".join(sorted(found, key=len, reverse=True))
    return re.compile(f"(?:{alternatives})+")


@lru_cache(maxsize=_CACHE_SIZE)
def is_pinyin(word: str) -> bool:
    """Whether a lower-case Latin word is a run of pinyin syllables ("hongyuan", "youxia")."""
    return word.isascii() and word.isalpha() and _pinyin_syllables().fullmatch(word) is not None
