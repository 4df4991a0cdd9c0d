"""Tests for lemmas.tokens and lemmas.lemma."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dualtrace.extract.language import SUPPORTED
from dualtrace.extract.lemmas import lemma, tokens


def words(text: str) -> list[str]:
    return [text[a:b] for a, b in tokens(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Politico vond twaalf leveringen van drone-onderdelen.",
            ["Politico", "vond", "twaalf", "leveringen", "van", "drone-onderdelen"],
        ),
        ("Kupol utviklet Garpiya-3 i Kina.", ["Kupol", "utviklet", "Garpiya-3", "i", "Kina"]),
        ("Det gjelder CQ-A-geweren og CQ-A.", ["Det", "gjelder", "CQ-A-geweren", "og", "CQ-A"]),
        (
            "Xi'an Bingo leverte 1.000 droner (3,5 %) i 2023.",
            ["Xi'an", "Bingo", "leverte", "1.000", "droner", "3,5", "i", "2023"],
        ),
        ("angreps- og overvåkningsdroner", ["angreps", "og", "overvåkningsdroner"]),
        ("Об'єкт «Купол» — ООО «ТСК Вектор»", ["Об'єкт", "Купол", "ООО", "ТСК", "Вектор"]),
        ("Slutt.Ny setning", ["Slutt", "Ny", "setning"]),
        ("ZT-180–dronen", ["ZT-180", "dronen"]),
        ("", []),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("droner", "nb", "drone"),
        ("leverte", "nb", "levere"),
        ("Levert", "nb", "levere"),
        ("vart", "nn", "verte"),
        ("sendte", "da", "sende"),
        ("levererade", "sv", "leverera"),
        ("leveringen", "nl", "levering"),
        ("drone-onderdelen", "nl", "drone-onderdeel"),
        ("Drohnen", "de", "drohne"),
        ("supplied", "en", "supply"),
        ("livrés", "fr", "livrer"),
        ("l'armée", "fr", "armée"),
        ("поставки", "ru", "поставка"),
        ("дронів", "uk", "дрон"),
        ("Garpiya-3", "nb", "garpiya-3"),
        ("", "en", ""),
    ],
)
def test_lemma(word: str, lang: str, expected: str) -> None:
    assert lemma(word, lang) == expected


def test_lemma_is_cached() -> None:
    lemma.cache_clear()
    lemma("droner", "nb")
    lemma("droner", "nb")
    assert lemma.cache_info().hits == 1


@pytest.mark.parametrize("lang", ["xx", "es", ""])
def test_lemma_rejects_unsupported_language(lang: str) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        lemma("droner", lang)


_TOKEN_TEXT = st.lists(
    st.sampled_from([*"aZæжі9 .,-–'’_\n", "\u0301", "\u00ad", "Garpiya-3", "1.000"]),
    max_size=60,
).map("".join)


@given(st.one_of(st.text(max_size=200), _TOKEN_TEXT))
def test_tokens_slice_back(text: str) -> None:
    spans = tokens(text)
    end = 0
    for a, b in spans:
        assert end <= a < b <= len(text)
        token = text[a:b]
        assert token[0].isalnum() or token[0] == "_" or "\u0300" <= token[0] <= "\u036f"
        assert not any(c.isspace() for c in token)
        end = b
    # Every word character belongs to a token.
    covered = {i for a, b in spans for i in range(a, b)}
    for match in re.finditer(r"\w", text):
        assert match.start() in covered


@given(st.text(max_size=30), st.sampled_from(SUPPORTED))
def test_lemma_never_raises_on_words(word: str, lang: str) -> None:
    assert isinstance(lemma(word, lang), str)
