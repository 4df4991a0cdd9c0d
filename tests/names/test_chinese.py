"""Chinese names in characters rendered in Latin letters: companies, people, traditional
characters, mixed scripts. The firms below are made up in the style of Chinese company names
(and of the names on sanctions lists); the people are public historical figures."""

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin
from rigour.text.scripts import codepoint_script

from dualtrace.names.chinese import (  # internal: checked against pypinyin
    _lexicon,
    _syllables,
    explain_terms,
    has_han,
    is_person_name,
    latin_forms,
)

# --- has_han ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西安博高", True),
        ("华为 Technologies", True),
        ("ООО «ТСК Вектор»", False),
        ("Xi'an Bingo Intelligent Aviation Technology Co., Ltd.", False),
        ("", False),
        ("（）、，。", False),  # Chinese punctuation is not Han
        ("株式会社", True),
        ("𠀀", True),  # CJK Extension B
    ],
)
def test_has_han(text: str, expected: bool) -> None:
    assert has_han(text) is expected


def test_has_han_agrees_with_unicode_script_data() -> None:
    # every codepoint of the blocks around the Han ranges, against rigour's Unicode Script data
    blocks = [(0x2E00, 0x3100), (0x3400, 0xA000), (0xF900, 0xFB00), (0x16FE0, 0x17000)]
    blocks += [(0x20000, 0x20100), (0x2A6D0, 0x2A710), (0x2EBE0, 0x2F810), (0x31340, 0x33490)]
    for low, high in blocks:
        for cp in range(low, high):
            assert has_han(chr(cp)) is (codepoint_script(cp) == "Han"), hex(cp)


# --- companies ----------------------------------------------------------------------------------


def test_brief_example() -> None:
    forms = latin_forms("西安博高智能航空科技有限公司")
    assert forms[0] == "Xi'an Bogao Intelligent Aviation Technology Co., Ltd."
    assert forms[1] == "Xian Bogao Zhineng Hangkong Keji Youxian Gongsi"
    assert explain_terms("西安博高智能航空科技有限公司") == [
        ("西安", "Xi'an"),
        ("博高", "Bogao"),
        ("智能", "Intelligent"),
        ("航空", "Aviation"),
        ("科技", "Technology"),
        ("有限公司", "Co., Ltd."),
    ]
    assert not is_person_name("西安博高智能航空科技有限公司")


@pytest.mark.parametrize(
    ("name", "english", "plain"),
    [
        # a company word inside the trade name (宇航) does not split it: 宇航达 stays Yuhangda
        (
            "北京宇航达科技有限公司",
            "Beijing Yuhangda Technology Co., Ltd.",
            "Beijing Yuhangda Keji Youxian Gongsi",
        ),
        # 市 after a place is dropped in English, kept in pinyin
        (
            "深圳市华创光电科技有限公司",
            "Shenzhen Huachuang Optoelectronics Technology Co., Ltd.",
            "Shenzhen Shi Huachuang Guangdian Keji Youxian Gongsi",
        ),
        (
            "广东省深圳市南山区恒远微电子有限公司",
            "Guangdong Shenzhen Nanshan Hengyuan Microelectronics Co., Ltd.",
            "Guangdong Sheng Shenzhen Shi Nanshan Qu Hengyuan Weidianzi Youxian Gongsi",
        ),
        # polyphonic characters settled by the place data: 重庆 Chongqing, 厦门 Xiamen, 长沙
        (
            "重庆金鹏精密机械有限公司",
            "Chongqing Jinpeng Precision Machinery Co., Ltd.",
            "Chongqing Jinpeng Jingmi Jixie Youxian Gongsi",
        ),
        (
            "厦门瑞达进出口贸易有限公司",
            "Xiamen Ruida Import and Export Trading Co., Ltd.",
            "Xiamen Ruida Jinchukou Maoyi Youxian Gongsi",
        ),
        (
            "长沙市天翼无人机科技有限公司",
            "Changsha Tianyi UAV Technology Co., Ltd.",
            "Changsha Shi Tianyi Wurenji Keji Youxian Gongsi",
        ),
        (
            "中国北方工业有限公司",
            "China North Industries Co., Ltd.",
            "Zhongguo Beifang Gongye Youxian Gongsi",
        ),
        (
            "四川航天动力研究所",
            "Sichuan Aerospace Power Research Institute",
            "Sichuan Hangtian Dongli Yanjiusuo",
        ),
        (
            "中国电子科技集团公司第十研究所",
            "China Electronics Technology Group Corporation 10th Research Institute",
            "Zhongguo Dianzi Keji Jituan Gongsi Dishi Yanjiusuo",
        ),
        (
            "哈尔滨工业大学",
            "Harbin Institute of Technology",
            "Haerbin Gongye Daxue",
        ),
        (
            "成都蓝鹰无人机科技有限公司北京分公司",
            "Chengdu Lanying UAV Technology Co., Ltd. Beijing Branch",
            "Chengdu Lanying Wurenji Keji Youxian Gongsi Beijing Fengongsi",
        ),
        (
            "乌鲁木齐天山国际物流有限公司",
            "Urumqi Tianshan International Logistics Co., Ltd.",
            "Wulumuqi Tianshan Guoji Wuliu Youxian Gongsi",
        ),
        (
            "内蒙古第一机械集团股份有限公司",
            "Inner Mongolia First Machinery Group Co., Ltd.",
            "Neimenggu Diyi Jixie Jituan Gufen Youxian Gongsi",
        ),
    ],
)
def test_company_names(name: str, english: str, plain: str) -> None:
    forms = latin_forms(name)
    assert forms[0] == english
    assert forms[1] == plain
    assert not is_person_name(name)


def test_variant_form_uses_second_renderings() -> None:
    forms = latin_forms("深圳市华创光电科技有限公司")
    assert "Shenzhen Huachuang Optoelectronic Science and Technology Company Limited" in forms
    assert len(forms) == len(set(forms))


def test_near_miss_firms_keep_their_trade_names_apart() -> None:
    a = latin_forms("深圳市华创光电科技有限公司")[0]
    b = latin_forms("深圳市华成光电科技有限公司")[0]
    assert a != b
    assert "Huacheng" in b


def test_brands_with_their_own_english_names() -> None:
    assert latin_forms("深圳市大疆创新科技有限公司")[0] == (
        "Shenzhen DJI Innovation Technology Co., Ltd."
    )
    assert latin_forms("华为")[0] == "Huawei"
    assert not is_person_name("华为")  # 华 is a surname, but 华为 is a firm


def test_place_in_brackets() -> None:
    # fullwidth brackets as Chinese names write them
    assert latin_forms("华为技术（深圳）有限公司")[0] == "Huawei Technology (Shenzhen) Co., Ltd."


# --- traditional characters ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("香港環球電子貿易有限公司", "香港环球电子贸易有限公司"),
        ("中國國際貿易有限公司", "中国国际贸易有限公司"),
        ("華為技術有限公司", "华为技术有限公司"),
        ("深圳市華創光電科技有限公司", "深圳市华创光电科技有限公司"),
    ],
)
def test_traditional_characters_read_like_simplified(traditional: str, simplified: str) -> None:
    assert latin_forms(traditional) == latin_forms(simplified)
    # explanations quote the characters as written
    assert [chars for chars, _ in explain_terms(traditional)] != [
        chars for chars, _ in explain_terms(simplified)
    ]


def test_hong_kong_name() -> None:
    assert latin_forms("香港環球電子貿易有限公司")[0] == (
        "Hong Kong Global Electronics Trading Co., Ltd."
    )


def test_traditional_mapping_targets_exist() -> None:
    # every traditional character maps to one character; the mapping never changes a
    # character that the simplified data itself uses
    lex = _lexicon()
    used = {ch for key in lex.entries for ch in key} | {ch for key in lex.surnames for ch in key}
    for source, target in lex.simplify.items():
        assert len(target) == 1
        assert chr(source) not in used, chr(source)


# --- people -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("李尚福", ["Li Shangfu", "Shangfu Li"]),
        ("欧阳修", ["Ouyang Xiu", "Xiu Ouyang"]),  # compound surname
        ("司马光", ["Sima Guang", "Guang Sima"]),
        ("诸葛亮", ["Zhuge Liang", "Liang Zhuge"]),
        ("曾国藩", ["Zeng Guofan", "Guofan Zeng"]),  # 曾 read as a surname, not ceng
        ("单田芳", ["Shan Tianfang", "Tianfang Shan"]),  # 单 shan, not dan
        ("翟志刚", ["Zhai Zhigang", "Zhigang Zhai"]),  # 翟 zhai, not di
        ("钟南山", ["Zhong Nanshan", "Nanshan Zhong"]),  # a district name inside a given name
        ("张海洋", ["Zhang Haiyang", "Haiyang Zhang"]),  # a company word that is a given name
        ("李 尚福", ["Li Shangfu", "Shangfu Li"]),
        ("劉鶴", ["Liu He", "He Liu", "Liuhe"]),  # traditional; two characters also joined
    ],
)
def test_person_names(name: str, forms: list[str]) -> None:
    assert is_person_name(name)
    assert latin_forms(name) == forms


def test_person_explanation() -> None:
    assert explain_terms("欧阳修") == [("欧阳", "Ouyang"), ("修", "Xiu")]


@pytest.mark.parametrize(
    "name",
    ["吉林", "江门市", "张家口", "李氏科技", "王氏贸易有限公司", "中华", "华为技术", "西安", "李"],
)
def test_not_person_names(name: str) -> None:
    assert not is_person_name(name)


# --- mixed and non-Han --------------------------------------------------------------------------


def test_mixed_names() -> None:
    assert latin_forms("华为 Technologies Co., Ltd.")[0] == "Huawei Technologies Co., Ltd."
    assert latin_forms("ООО 华为")[0] == "OOO Huawei"
    assert latin_forms("深圳市ABC科技有限公司")[0] == "Shenzhen ABC Technology Co., Ltd."


@pytest.mark.parametrize("name", ["Li Shangfu", "ООО «ТСК Вектор»", "", "  ", "123", "（）"])
def test_non_han_names_have_no_forms(name: str) -> None:
    assert latin_forms(name) == []
    assert explain_terms(name) == []
    assert not is_person_name(name)


# --- pinyin -------------------------------------------------------------------------------------


def test_lexicon_readings_match_pypinyin_or_data() -> None:
    # the place and word data spell out readings only where they differ from pypinyin's
    lex = _lexicon()
    overridden = {"重庆", "朝阳", "长治", "长宁", "闵行", "漯河", "珲春", "花都", "尖沙咀", "葵涌"}
    for chars, entry in lex.entries.items():
        expected = tuple(lazy_pinyin(chars, style=Style.NORMAL, v_to_u=True))
        expected = tuple(s.replace("ü", "u") for s in expected)
        if chars in overridden:
            continue
        assert entry.syllables == expected, chars
    assert lex.entries["长治"].syllables == ("chang", "zhi")  # pypinyin: zhang zhi


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=8))
def test_fast_syllables_match_pypinyin(text: str) -> None:
    expected = lazy_pinyin(text, style=Style.NORMAL, errors="ignore", v_to_u=True)
    assert _syllables(text) == tuple(s.replace("ü", "u") for s in expected)


# --- properties ---------------------------------------------------------------------------------

_ALLOWED = set(string.ascii_letters + string.digits + string.punctuation + " ")
_CHINESE = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from(list("有限公司科技电子深圳市西安第十（）· ")),
        st.characters(),
    ),
    max_size=30,
)


@given(_CHINESE)
def test_any_text_gives_ascii_forms(name: str) -> None:
    forms = latin_forms(name)
    terms = explain_terms(name)
    is_person_name(name)
    for form in forms:
        assert form and set(form) <= _ALLOWED, form
        assert form == form.strip() and "  " not in form
    for chars, rendering in terms:
        assert chars and set(rendering) <= _ALLOWED
    if not has_han(name):
        assert forms == [] and terms == []


@given(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40).filter(
        lambda t: not has_han(t)
    )
)
def test_non_han_text_never_has_forms(text: str) -> None:
    assert latin_forms(text) == []


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1))
def test_han_text_always_has_forms(text: str) -> None:
    # every character of the Unicode 1.1 block (to U+9FA5) has a reading, so some Latin form
    # always comes out; later additions to the block (龦 U+9FA6 ...) may have none in pypinyin
    assert latin_forms(text)


def test_results_are_copies() -> None:
    forms = latin_forms("西安博高智能航空科技有限公司")
    forms.clear()
    assert latin_forms("西安博高智能航空科技有限公司")
