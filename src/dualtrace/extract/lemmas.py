"""Word tokens and their lemmas.

Tokens keep hyphenated compounds and model names whole ("drone-onderdelen", "Garpiya-3", "CQ-A")
because the gazetteer and the cue lexicons name things that way, and keep digit groups whole
("1.000", "3,5") so a number is one token. Lemmas come from simplemma; this layer only makes it
fit a pipeline that sees ten languages in one run (see `_lemmatizer`) and lowercases its answer
so that lexicon matching never depends on sentence-initial capitals.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dualtrace.extract.language import SUPPORTED

Span = tuple[int, int]

_LETTER = r"[\w\u0300-\u036f]"
# Joiners inside a token: hyphens, apostrophes (Xi'an, Ukrainian об'єкт), soft hyphens, and a
# period or comma between digits.
_TOKEN = re.compile(
    rf"{_LETTER}+(?:(?:[-\u2010\u2011'’\u02bc\u00ad]|(?<=\d)[.,](?=\d)){_LETTER}+)*"
)
# French elision: "l'armée" is lemmatised as "armée".
_ELISION = re.compile(r"(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\w)", re.IGNORECASE)


def tokens(text: str) -> list[Span]:
    """Spans of the word tokens of `text` (letters, digits and joined compounds)."""
    if not isinstance(text, str):
        raise TypeError(f"tokens expects str, got {type(text).__name__}")
    return [m.span() for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=1)
def _lemmatizer() -> Any:
    # simplemma keeps 8 language dictionaries by default and reloading one costs 0.1-2 s: with ten
    # languages in one corpus it would reload on most switches, so the cache holds them all.
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    factory = DefaultDictionaryFactory(cache_max_size=len(SUPPORTED))
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """The lowercase lemma of `word` in `lang` (the word itself, lowercased, when unknown)."""
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language for lemmas: {lang!r}")
    if not isinstance(word, str):
        raise TypeError(f"lemma expects str, got {type(word).__name__}")
    if not word:
        return word
    if lang == "fr":
        match = _ELISION.match(word)
        if match and match.end() < len(word):
            word = word[match.end() :]
    return str(_lemmatizer().lemmatize(word, lang)).lower()
