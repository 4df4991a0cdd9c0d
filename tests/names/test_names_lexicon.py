"""Vocabulary that makes spellings of one party agree: pinyin company words, Palladius readings of
Chinese names, German and French spellings of Russian names, Cyrillic loanwords, phrases and
known aliases (data/names/*.tsv). Names here are made up, or public figures and well-known firms.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dualtrace.names import compare
from dualtrace.names.chinese import is_pinyin, pinyin_as_english
from dualtrace.names.normalise import foreign_readings, palladius, spellings


@pytest.mark.parametrize(
    ("pinyin", "english"),
    [
        (
            "Hefei Xingchen Kongjian Keji Yanjiuyuan Youxian Gongsi",
            "Hefei Xingchen Space Science and Technology Research Institute Co., Ltd.",
        ),
        ("Zhuhai Ruida Zhongduan Youxian Gongsi", "Zhuhai Ruida Terminal Co., Ltd."),
        ("Wuxi Lanfeng Dianzi Di Er Fengongsi", "Wuxi Lanfeng Electronics Second Branch"),
        ("Xianggang Jinhe Maoyi Youxian Gongsi", "Hong Kong Jinhe Trading Limited"),
        ("Nanning Qiming Daxue", "Nanning Qiming University"),
    ],
)
def test_pinyin_company_words_read_as_english(pinyin: str, english: str) -> None:
    r = compare(pinyin, english, "Company")
    assert r.is_match, r.explanation


def test_pinyin_ordinals_and_numbers_must_agree() -> None:
    first = compare("Wuxi Lanfeng Electronics First Branch", "Wuxi Lanfeng Dianzi Di Er Fengongsi")
    assert not first.is_match and "numbers differ" in first.explanation
    assert pinyin_as_english("Di Sanshiba Yanjiusuo")[0] == "38th Research Institute"


def test_pinyin_words_one_letter_apart_are_two_names() -> None:
    assert is_pinyin("hongyuan") and is_pinyin("hongyun") and not is_pinyin("chemezov")
    r = compare("Shenzhen Hongyuan Optoelectronics Co., Ltd.", "Shenzhen Hongyun Optoelectronics")
    assert not r.is_match, r.explanation
    assert not compare("Zhang Youxia", "Zhang Youxin", "Person").is_match
    # a slip in a Russian name is still forgiven
    assert compare("Sergey Chemezov", "Sergey Chemesov", "Person").is_match


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Xi Jin-ping", "习近平"),
        ("习近平", "Си Цзиньпин"),
        ("李强", "Ли Цян"),
        ("Li Qiang", "Ли Цян"),
        ("Zhang You Xia", "Чжан Юся"),
        ("Wu Gang", "У Ган"),
    ],
)
def test_chinese_person_names_split_joined_and_palladius(a: str, b: str) -> None:
    r = compare(a, b, "Person")
    assert r.is_match, r.explanation


def test_palladius_start_of_syllable() -> None:
    assert palladius("юся") == "youxia"
    assert palladius("у") == "wu"
    assert palladius("лю") == "liu"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Marija Sacharowa", "ZAKHAROVA MARIIA"),
        ("Sergej Schoigu", "Sergei Shoigu"),
        ("Stanislaw Tschemesow", "Stanislav Chemezov"),
        ("Dmitri Schostakowitsch", "Dmitry Shostakovich"),
    ],
)
def test_german_spellings_of_russian_names(a: str, b: str) -> None:
    r = compare(a, b, "Person")
    assert r.is_match, r.explanation


def test_french_spellings_of_russian_names() -> None:
    assert spellings("choigou") & spellings("shoigu")
    assert spellings("poutine") & spellings("putin")
    assert not spellings("sokolov") & spellings("zokolov")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=20))
def test_foreign_readings_are_lower_ascii(word: str) -> None:
    for reading in foreign_readings(word):
        assert reading.isascii() and reading == reading.lower() and reading != word


@given(st.text(max_size=40))
def test_pinyin_as_english_never_fails(name: str) -> None:
    for form in pinyin_as_english(name):
        assert form.strip()


def test_cyrillic_loanwords_read_as_english() -> None:
    assert compare("ЗАО «Хайтек Системс»", "Hitech Systems CJSC", "Company").is_match
    assert compare("Khaitek Sistems", "Hitech Systems", "Company").is_match
    assert compare("ООО «Оптима Трейд»", "Optima Trade LLC", "Company").is_match


@pytest.mark.parametrize(
    ("a", "b", "alias"),
    [
        ("SZ DJI Technology Co., Ltd.", "Shenzhen Dajiang Chuangxin Keji", "dji"),
        ("Poly Technologies", "Baoli Keji Youxian Gongsi", ""),  # 保利 Poly, zh_company_words
        ("Poly Technologies Inc.", "Baoli Technologies", "poly"),
        ("ROSTEC, STATE CORPORATION", "Госкорпорация «Ростех»", "rostec"),
        ("CETC 38", "China Electronics Technology Group Corporation 38th Research Institute", ""),
        ("中国电子科技集团公司第十四研究所", "CETC 14", ""),
        ("Yantai iRay Technology", "Yantai Airui Guangdian Keji Co., Ltd.", "iray"),
    ],
)
def test_known_aliases_match_and_say_so(a: str, b: str, alias: str) -> None:
    r = compare(a, b, "Company")
    assert r.is_match, r.explanation
    if alias:
        assert "known alias" in r.explanation and "(aliases.tsv)" in r.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("CETC 14", "CETC 20"),
        ("CETC 14th Research Institute", "China Electronics Technology Group 20th Institute"),
        ("CETC", "CETC 14th Research Institute"),
        ("AVIC Chengdu Aircraft Industry Group", "AVIC Shenyang Aircraft Corporation"),
        ("Poly Technologies", "China Poly Group Corporation"),
        ("NPO Almaz", "KB Almaz"),
    ],
)
def test_a_group_alias_never_joins_two_of_its_units(a: str, b: str) -> None:
    r = compare(a, b, "Company")
    assert not r.is_match, r.explanation


def test_alias_in_characters_needs_its_characters() -> None:
    # 大江 reads "Dajiang" like 大疆 (DJI) but is not it
    assert not compare("大江科技有限公司", "DJI Technology Co., Ltd.", "Company").is_match
    assert compare("大疆科技有限公司", "DJI Technology Co., Ltd.", "Company").is_match


def test_phrases_read_as_one_word() -> None:
    assert compare("NPO Almaz", "Nauchno-proizvodstvennoye obyedineniye Almaz", "Company").is_match
    assert compare("LLC Northwest Logistics", "OOO Severo-Zapadnaya Logistika", "Company").is_match
    assert compare("Spacety Co., Ltd. (Changsha)", "Changsha Spacety Co., Ltd.").is_match
