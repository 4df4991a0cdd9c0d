"""Normalisation, legal forms and person parts."""

from hypothesis import given
from hypothesis import strategies as st

from dualtrace.names.legal_forms import families_clash, split_legal_forms
from dualtrace.names.normalise import spellings, tokens
from dualtrace.names.persons import person_parts


def _classes(name: str) -> tuple[list[str], list[str]]:
    rest, forms = split_legal_forms(tokens(name))
    return rest, [f.cls for f in forms]


def test_quotes_and_punctuation_go() -> None:
    assert tokens("ООО «ТСК Вектор»") == ["ооо", "тск", "вектор"]
    assert tokens('"Kupol", JSC') == ["kupol", "jsc"]


def test_legal_form_classes() -> None:
    for name in [
        "ООО Вектор",
        "OOO Vektor",
        "Vektor LLC",
        "Vektor Limited Liability Company",
        "Obshchestvo s Ogranichennoy Otvetstvennostyu Vektor",
        "TOO Vektor",
        "ТОО Вектор",
    ]:
        assert _classes(name) == (["vektor"] if name.isascii() else ["вектор"], ["LLC"]), name
    for name in [
        "АО Купол",
        "ЗАО Купол",
        "ПАО Купол",
        "JSC Kupol",
        "PJSC Kupol",
        "CJSC Kupol",
        "Aktsionernoe Obshchestvo Kupol",
        "Kupol Joint Stock Company",
    ]:
        assert _classes(name)[1] == ["JSC"], name
    for name in ["Foo Co., Ltd.", "Foo Company Limited", "Foo 有限公司", "Foo Limited"]:
        assert _classes(name)[1] == ["LTD"], name
    assert _classes("Foo Sanayi ve Ticaret Ltd. Şti.")[1] == ["LLC"]
    assert _classes("Foo A.Ş.")[1] == ["JSC"]


def test_a_name_that_is_only_a_form_is_kept() -> None:
    assert _classes("LLC") == (["llc"], [])


def test_form_families() -> None:
    llc = split_legal_forms(tokens("Foo LLC"))[1]
    ltd = split_legal_forms(tokens("Foo Co., Ltd."))[1]
    jsc = split_legal_forms(tokens("Foo JSC"))[1]
    assert not families_clash(llc, ltd)
    assert families_clash(llc, jsc)
    assert not families_clash(llc, ())


def test_spellings_join_romanisations() -> None:
    assert spellings("техкрим") & spellings("tekhkrim")
    assert spellings("вектор") & spellings("vector")
    assert spellings("шанфу") & spellings("shangfu")
    assert not spellings("hongyuan") & spellings("hongda")


def test_person_parts() -> None:
    parts = person_parts("Mr. Ivanov Ivan Ivanovich")
    assert parts.names == ("ivanov", "ivan") and parts.patronymics == ("ivanovich",)
    assert person_parts("Heinrich Ulrich Dietrich").patronymics == ()
    assert person_parts("J. Smith").initials == ("j",)


@given(st.text(max_size=60))
def test_never_raises_and_never_empties(name: str) -> None:
    toks = tokens(name)
    rest, _ = split_legal_forms(toks)
    assert bool(rest) == bool(toks)
    person_parts(name)


_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def _rigour_latin(token: str) -> str:
    from rigour.text import ascii_text
    from rigour.text.translit import maybe_ascii

    out = maybe_ascii(token)
    if not out.isascii():
        out = ascii_text(out)
    return out.lower().replace(" ", "")


@given(st.text(alphabet=_RUSSIAN, min_size=1, max_size=12))
def test_russian_table_reads_as_rigour_does(word: str) -> None:
    from dualtrace.names.normalise import latin

    assert latin(word) == _rigour_latin(word)


@given(st.text(alphabet=_RUSSIAN + "abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_russian_table_reads_mixed_words_as_rigour_does(word: str) -> None:
    # palladius() half-rewrites Cyrillic into pinyin ("wектор") before reading it as Latin
    from dualtrace.names.normalise import latin

    assert latin(word) == _rigour_latin(word)


def test_russian_table_word_endings() -> None:
    from dualtrace.names.normalise import latin

    for word in ("дмитрий", "уральский", "ремонтный", "ий", "щука", "объединённая", "юрьевич"):
        assert latin(word) == _rigour_latin(word)
    assert latin("дмитрий") == "dmitry"
