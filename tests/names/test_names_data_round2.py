"""Round-2 vocabulary (data/names/*.tsv): Palladius finals, traditional surnames, Russian regions,
one-word plants, state-enterprise forms and alias sets of well-known state bodies and groups.
Names here are made up, or public figures and well-known organisations.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dualtrace.names import compare
from dualtrace.names.analyse import ALIAS, analyse
from dualtrace.names.normalise import palladius
from dualtrace.names.tables import rows


@pytest.mark.parametrize(
    ("cyrillic", "pinyin"),
    [
        ("цзюнь", "jun"),
        ("цюнь", "qun"),
        ("цзюй", "ju"),
        ("люй", "lu"),
        ("цай", "cai"),
        ("цуй", "cui"),
        ("хуэй", "hui"),
        ("гоцян", "guoqiang"),
        ("лочэн", "luocheng"),
        ("чжоу", "zhou"),  # оу stays ou: the uo rules come after it
    ],
)
def test_palladius_syllables(cyrillic: str, pinyin: str) -> None:
    assert palladius(cyrillic) == pinyin


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя", min_size=1, max_size=12))
def test_palladius_reading_is_lower_ascii_or_none(token: str) -> None:
    reading = palladius(token)
    assert reading is None or (reading.isascii() and reading == reading.lower())


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Цуй Тянькай", "Cui Tiankai"),
        ("Дун Цзюнь", "Dong Jun"),
        ("Сюй Цайхоу", "Xu Caihou"),
        ("Го Босюн", "Guo Boxiong"),
        ("Ли Хуэйлай", "Li Huilai"),
    ],
)
def test_palladius_names_match_pinyin(cyrillic: str, latin: str) -> None:
    r = compare(cyrillic, latin, "Person")
    assert r.is_match, r.explanation


def test_palladius_does_not_join_different_people() -> None:
    assert not compare("Дун Цзюнь", "Dong Qun", "Person").is_match


def test_traditional_surname_reads_as_surname() -> None:
    r = compare("習近平", "Xi Jinping", "Person")
    assert r.is_match, r.explanation
    assert not compare("習近平", "Xi Jinhua", "Person").is_match


def test_siberia_is_sibir() -> None:
    r = compare('ООО "Стройтехника-Сибирь"', "Stroytekhnika-Siberia LLC", "Company")
    assert r.is_match, r.explanation
    other = compare("Stroytekhnika-Ural LLC", "Stroytekhnika-Siberia LLC", "Company")
    assert not other.is_match, other.explanation


def test_one_word_radio_plant() -> None:
    r = compare("АО «Тверской радиозавод»", "Tver Radio Plant JSC", "Company")
    assert r.is_match, r.explanation
    assert not compare("АО «Тверской радиозавод»", "Tver Mechanical Plant JSC", "Company").is_match


def test_aircraft_plant_is_aviatsionny_zavod() -> None:
    r = compare("Kumertau Aircraft Plant", "Kumertausky Aviatsionny Zavod", "Company")
    assert r.is_match, r.explanation


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("FSUE Kometa-Avto", "ФГУП «Комета-Авто»"),
        ("Federalnoye Gosudarstvennoye Unitarnoye Predpriyatiye Kometa-Avto", "FSUE Kometa-Avto"),
        ("FKP Kometa-Avto", "Federal Treasury Enterprise Kometa-Avto"),
    ],
)
def test_state_enterprise_forms(left: str, right: str) -> None:
    r = compare(left, right, "Company")
    assert r.is_match, r.explanation
    assert "same legal form (SOE)" in r.explanation


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Rosatom", "State Atomic Energy Corporation Rosatom"),
        ("Госкорпорация «Росатом»", "Rosatom State Atomic Energy Corporation"),
        (
            "ГРУ",
            "Main Directorate of the General Staff of the Armed Forces of the Russian Federation",
        ),
        ("GRU", "Glavnoye Upravleniye Generalnogo Shtaba"),
        ("Росгвардия", "Russian National Guard"),
        ("Rosgvardiya", "Federal Service of the National Guard Troops of the Russian Federation"),
        ("ГосНИИОХТ", "State Research Institute of Organic Chemistry and Technology"),
        ("TsNIIKhM", "Центральный научно-исследовательский институт химии и механики"),
        ("CNNC", "Zhongguo He Gongye Jituan"),
        ("CGN", "中国广核集团有限公司"),
        ("BIT", "北京理工大学"),
        ("Sevmash Production Association", "PO Sevmash"),
        (
            "NPO High Precision Systems",
            "Nauchno-Proizvodstvennoye Obyedineniye Vysokotochnye Kompleksy",
        ),
        (
            "中国航天科工集团第二研究院",
            "China Aerospace Science and Industry Corporation Second Academy",
        ),
    ],
)
def test_known_aliases(left: str, right: str) -> None:
    r = compare(left, right, "Organization")
    assert r.is_match, r.explanation


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Foreign Intelligence Service of Ukraine", "SVR"),
        ("National Guard of Ukraine", "Rosgvardiya"),
        ("BIT Mining Limited", "Beijing Institute of Technology"),
        (
            "中国航天科工集团第二研究院",
            "China Aerospace Science and Industry Corporation Third Academy",
        ),
        ("Rosatom", "Roscosmos"),
    ],
)
def test_aliases_keep_others_apart(left: str, right: str) -> None:
    r = compare(left, right, "Organization")
    assert not r.is_match, r.explanation


def _ordinal_words(text: str) -> bool:
    # "Second Economic Committee": an ordinal is read as a number, which alias spellings drop
    return any(w in text.casefold().split() for w in ("first", "second", "third"))


def test_every_latin_and_cyrillic_alias_spelling_takes_its_alias() -> None:
    missing: list[str] = []
    for cols in rows("aliases.tsv"):
        for spelling in (s.strip() for s in cols[2].split("|")):
            if not spelling or spelling[0] >= "\u3400" or _ordinal_words(spelling):
                continue
            readings = analyse(spelling, "org").readings
            if not any(ALIAS + cols[0] in t.keys for r in readings for t in r.tokens):
                missing.append(f"{cols[0]}: {spelling}")
    assert not missing, missing
