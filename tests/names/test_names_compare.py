"""compare(): the issue's pairs, near misses, people, and properties that must always hold."""

import importlib.util

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dualtrace.names import MATCH_THRESHOLD, Comparison, compare

HAS_CHINESE = importlib.util.find_spec("dualtrace.names.chinese") is not None
needs_chinese = pytest.mark.skipif(not HAS_CHINESE, reason="dualtrace.names.chinese not present")


def test_tsk_vektor_across_scripts_and_legal_form_positions() -> None:
    r = compare("ООО «ТСК Вектор»", "TSK VEKTOR, OOO", schema="Company")
    assert isinstance(r, Comparison)
    assert r.is_match and r.score >= 0.95
    assert "same legal form (LLC)" in r.explanation
    assert "tsk+vektor = tsk+vektor" in r.explanation
    assert "transliteration of ООО «ТСК Вектор»" in r.explanation


def test_same_name_with_clashing_legal_forms_matches_but_says_so() -> None:
    # Russian firms re-register (ЗАО -> ООО) and lists lag, so the name decides; the clash is said.
    r = compare("Tekhkrim LLC", "ЗАО «Техкрим»", schema="Company")
    assert r.is_match
    assert "legal forms differ (LLC vs JSC)" in r.explanation
    same_form = compare("Tekhkrim JSC", "ЗАО «Техкрим»", schema="Company")
    assert same_form.score > r.score


def test_legal_form_never_makes_a_match() -> None:
    r = compare("Vektor LLC", "Kupol LLC", schema="Company")
    assert not r.is_match and r.score < 0.5


def test_vector_spellings_agree() -> None:
    assert compare("Vector LLC", "ООО Вектор", schema="Company").is_match
    assert compare("Obshchestvo s Ogranichennoy Otvetstvennostyu Vektor", "Vektor LLC").is_match


def test_near_miss_shenzhen_firms_do_not_match() -> None:
    r = compare(
        "Shenzhen Hongyuan Optoelectronics Co., Ltd.",
        "Shenzhen Hongda Optoelectronics Co., Ltd.",
        schema="Company",
    )
    assert not r.is_match and r.score < 0.5
    assert "hongyuan" in r.explanation and "hongda" in r.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("TSK Vektor", "TSK Sektor"),
        ("TSK Vektor", "Vektor"),
        ("Kupol 2 LLC", "Kupol 3 LLC"),
        ("Beijing Hongda Electronics Co., Ltd.", "Shenzhen Hongda Electronics Co., Ltd."),
        ("Alfa Trading LLC", "Beta Trading LLC"),
    ],
)
def test_near_misses(a: str, b: str) -> None:
    assert not compare(a, b, schema="Company").is_match


def test_words_written_apart_or_together() -> None:
    assert compare(
        "Shenzhen Hong Yuan Optoelectronics", "Shenzhen Hongyuan Optoelectronics"
    ).is_match


def test_person_across_scripts_and_order() -> None:
    assert compare("Li Shangfu", "Ли Шанфу", schema="Person").is_match
    assert compare("Shangfu Li", "Li Shangfu", schema="Person").is_match
    assert compare("Xi Jinping", "Си Цзиньпин", schema="Person").is_match


def test_patronymics_dropped_and_compared() -> None:
    r = compare("Prigozhin Yevgeny Viktorovich", "Evgeny Prigozhin", schema="Person")
    assert r.is_match and "patronymic" in r.explanation
    assert compare("Ivanov Ivan Ivanovich", "Ivan Ivanov", schema="Person").is_match
    assert compare("Евгений Викторович Пригожин", "Yevgeniy Prigozhin", schema="Person").is_match
    father_son = compare("Иванов Иван Петрович", "Ivan Sergeyevich Ivanov", schema="Person")
    assert not father_son.is_match and "patronymics differ" in father_son.explanation


def test_unlabelled_russian_full_name_is_read_as_a_person() -> None:
    assert compare("Prigozhin Yevgeny Viktorovich", "Evgeny Prigozhin").is_match


def test_different_people_do_not_match() -> None:
    assert not compare("Ivan Petrov", "Ivan Sidorov", schema="Person").is_match
    assert not compare("Shangfu", "Li Shangfu", schema="Person").is_match


def test_initials() -> None:
    assert compare("J. Smith", "John Smith", schema="Person").is_match
    assert not compare("K. Smith", "John Smith", schema="Person").is_match


@needs_chinese
def test_person_in_chinese_characters() -> None:
    r = compare("Li Shangfu", "李尚福", schema="Person")
    assert r.is_match and "李尚福" in r.explanation


@needs_chinese
def test_company_in_chinese_characters_against_pinyin_and_english() -> None:
    han = "西安博高智能航空科技有限公司"
    assert compare(han, "Xian Bogao Zhineng Hangkong Keji Youxian Gongsi", "Company").is_match
    assert compare(han, "Xi'an Bogao Intelligent Aviation Technology Co., Ltd.", "Company").is_match
    # an English brand name that is not the pinyin matches through aliases.tsv (Bingo = 博高),
    # and says so
    brand = compare(han, "Xi'an Bingo Intelligent Aviation Technology Co., Ltd.", "Company")
    assert brand.is_match and "known alias: bingo = bogao" in brand.explanation.casefold()
    # a brand nobody listed stays apart
    other = compare(han, "Xi'an Bravo Intelligent Aviation Technology Co., Ltd.", "Company")
    assert not other.is_match


def test_threshold_is_the_decision() -> None:
    for a, b in [("Tekhkrim LLC", "ЗАО «Техкрим»"), ("TSK Vektor", "Vektor")]:
        r = compare(a, b, "Company")
        assert r.is_match == (r.score >= MATCH_THRESHOLD)


names = st.text(max_size=40) | st.sampled_from(
    [
        "ООО «ТСК Вектор»",
        "TSK VEKTOR, OOO",
        "Li Shangfu",
        "李尚福",
        "Co., Ltd.",
        "ООО",
        "",
        " ",
        "1",
    ]
)
schemas = st.sampled_from([None, "Person", "Company", "Organization", "LegalEntity", "Vessel"])


@given(names, names, schemas)
def test_symmetric_bounded_never_raises(a: str, b: str, schema: str | None) -> None:
    ab = compare(a, b, schema)
    ba = compare(b, a, schema)
    assert ab.score == ba.score and ab.is_match == ba.is_match
    assert 0.0 <= ab.score <= 1.0
    assert isinstance(ab.explanation, str)


@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=30), schemas)
def test_a_name_matches_itself(name: str, schema: str | None) -> None:
    r = compare(name, name, schema)
    assert r.score == 1.0 and r.is_match
