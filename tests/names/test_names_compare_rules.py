"""compare(): romanisation systems, legal forms in any spelling, initials, characters."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dualtrace.names import compare
from dualtrace.names.legal_forms import split_legal_forms
from dualtrace.names.normalise import skeleton, spellings, tokens


@pytest.mark.parametrize(
    "words",
    [
        ("техкрим", "tekhkrim", "texkrim", "tehkrim"),  # BGN kh, GOST x, informal h
        ("юпитер", "yupiter", "iupiter", "jupiter"),  # ю yu / iu / ju
        ("объединение", "obyedineniye", "obieedinenie", "obedinenie"),  # ъ dropped / ICAO ie
        ("ижевский", "izhevskiy", "izhevskii", "izhevskij", "izhevsky"),  # -ский endings
        ("корпорация", "korporatsiya", "korporaciya", "korporatsiia"),  # ц ts / c
        ("михаил", "mikhail", "mixail", "michail"),  # х kh / x / German ch
        ("ковальчук", "kovalchuk", "kowaltschuk"),  # German w, tsch
        ("северное", "severnoye", "severnaya", "severnyy", "severnogo"),  # adjective endings
    ],
)
def test_romanisations_of_one_word_share_a_key(words: tuple[str, ...]) -> None:
    first = spellings(words[0])
    for word in words[1:]:
        assert first & spellings(word), (words[0], word)


@pytest.mark.parametrize(
    ("a", "b"),
    [("hongyuan", "hongda"), ("diyi", "di"), ("vektor", "sektor"), ("tianyi", "tian")],
)
def test_different_words_keep_different_keys(a: str, b: str) -> None:
    assert not spellings(a) & spellings(b)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=20))
def test_skeleton_is_lower_ascii_and_never_longer(word: str) -> None:
    out = skeleton(word)
    assert out.isascii() and out == out.lower()
    assert len(out) <= len(word) + word.count("c")  # each c before e/i may become ts


@pytest.mark.parametrize(
    ("name", "cls", "rest"),
    [
        ("Obshchestvo s Ogranichennoy Otvetstvennostyu Vektor", "LLC", ["vektor"]),
        ("Obshhestvo s ogranichennoj otvetstvennost'yu Vektor", "LLC", ["vektor"]),
        ("Obshchestvo s ogranichennoi otvetstvennostiu Vektor", "LLC", ["vektor"]),
        ("Zakrytoe Aktsionernoe Obshchestvo Almaz", "JSC", ["almaz"]),
        ("Almaz Closed Joint Stock Company", "JSC", ["almaz"]),
        ("Ростех, Госкорпорация", "SOE", ["ростех"]),
        ("Rostec State Corporation", "SOE", ["rostec"]),
    ],
)
def test_legal_forms_spelled_out_in_any_system(name: str, cls: str, rest: list[str]) -> None:
    left, forms = split_legal_forms(tokens(name))
    assert left == rest
    assert [f.cls for f in forms] == [cls]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("OOO Texkrim", 'ООО "Техкрим"'),
        ("Tehkrim Ltd.", "Общество с ограниченной ответственностью «Техкрим»"),
        ("JUPITER, LLC", "OOO Yupiter"),
        ("Izhevskij mexanicheskij zavod, AO", "IZHEVSKI MEKHANICHESKI ZAVOD, AO"),
        ("Goskorporatsiya Rostekh", "Государственная корпорация «Ростех»"),
        (
            "Ministerstvo Oborony Rossijskoj Federacii",
            "Ministry of Defence of the Russian Federation",
        ),
        ("Severo-Zapadny logistichesky terminal Ltd.", "LLC North-West Logistics Terminal"),
        ("Mekhanicheskiy zavod No. 2, AO", "АО «Механический завод № 2»"),
        ("Zhejiang Dahua Jishu", "Zhejiang Dahua Technology Company Limited"),
    ],
)
def test_companies_across_systems_forms_and_languages(a: str, b: str) -> None:
    r = compare(a, b, schema="Company")
    assert r.is_match, r.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Ministry of Industry and Trade of the Russian Federation",
            "Ministry of Defence of Russia",
        ),
        (
            "Shenzhen Hongyuan Optoelectronics Co., Ltd.",
            "Shenzhen Hongyuan Optoelectronics Technology",
        ),
        ("Mechanical Plant No. 2", "Mechanical Plant No. 3"),
    ],
)
def test_near_misses_stay_apart(a: str, b: str) -> None:
    r = compare(a, b, schema="Company")
    assert not r.is_match, r.explanation


def test_function_words_and_line_of_business_are_explained() -> None:
    # generic office names are no aliases (any state has a ministry of defence): the words say it
    r = compare("Ministry of Industry and Trade", "Ministry of Defence", schema="Organization")
    assert not r.is_match and "defence ≠ industry+trade" in r.explanation
    assert not compare("Ministry of Defence", "МО РФ", schema="Organization").is_match
    assert compare("Минобороны", "МО РФ", schema="Organization").is_match
    extra = compare("Hongyuan Optoelectronics", "Hongyuan Optoelectronics Technology", "Company")
    assert not extra.is_match and "only one name has technology" in extra.explanation


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Y. V. Sokolov", "Соколов Е. В.", True),  # Е is Ye in BGN
        ("Ю. А. Волков", "Volkov I.A.", True),  # Ю is Iu in ICAO
        ("Sokolov E.V.", "Jewgeni Sokolow", True),  # German Je-
        ("CHEMEZOV, Stanislav Sergeevich", "Stanislav Sergeyevich Chemezov", True),
        ("Kovalchuk Mixail Valentinovich", "Michail Kowaltschuk", True),
        ("Чемезов С. В.", "Chemezov S.S.", False),  # second initials differ
        ("Patrushev D.N.", "Nikolay Patrushev", False),  # N is the patronymic's initial
        ("Stanislav Sergeyevich Chemezov", "S. V. Chemezov", False),
        ("И. И. Иванов", "IVANOVA IRINA", False),  # a man's and a woman's surname
    ],
)
def test_people_initials_patronymics_and_systems(a: str, b: str, same: bool) -> None:
    r = compare(a, b, schema="Person")
    assert r.is_match is same, r.explanation


def test_initial_explanations() -> None:
    r = compare("Patrushev D.N.", "Nikolay Patrushev", schema="Person")
    assert "not the given name's initial" in r.explanation
    r = compare("S. S. Chemezov", "S. V. Chemezov", schema="Person")
    assert "initials differ" in r.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("张伟", "章伟"),
        ("王伟", "汪伟"),
        ("成都天翼无人机科技有限公司", "成都天一无人机科技有限公司"),
    ],
)
def test_homophones_in_characters_are_two_names(a: str, b: str) -> None:
    r = compare(a, b, schema="Person" if len(a) < 4 else "Company")
    assert not r.is_match
    assert "characters differ" in r.explanation


def test_traditional_and_simplified_characters_are_one_name() -> None:
    assert compare("吳剛", "吴刚", schema="Person").is_match
    assert compare("張偉", "张伟", schema="Person").is_match


def test_joint_stock_co_is_a_legal_form() -> None:
    from dualtrace.names import compare

    r = compare(
        "Closed Joint Stock Co Absolutbank", "CLOSED JOINT STOCK COMPANY ABSOLUTBANK", "Company"
    )
    assert r.is_match
    assert not compare("AMD CO. LIMITED", "AMD CO., LTD", "Company").score < 0.95


def test_chinese_person_reading_needs_exact_spelling() -> None:
    from dualtrace.names import compare

    assert not compare("陈娜", "HENNA", "Person").is_match
    assert compare("陈娜", "Chen Na", "Person").is_match


def test_ordinal_is_its_number() -> None:
    from dualtrace.names import compare

    assert compare(
        "CETC 38th Research Institute", "CETC 38 Research Institute", "Organization"
    ).is_match
    assert not compare(
        "CETC 38th Research Institute", "CETC 14 Research Institute", "Organization"
    ).is_match
