"""Date phrases: examples in all ten languages, and invariants checked on generated input.

Example sentences are written for these tests; PUB is a Thursday.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dualtrace import data
from dualtrace.extract.dates import LanguageError, date_spans, find_dates
from dualtrace.model import TimeRef

LANGS = ("nb", "nn", "da", "sv", "nl", "de", "en", "fr", "ru", "uk")
PUB = date(2023, 3, 9)  # a Thursday

# (lang, sentence, [(phrase as written, value, precision, relation)])
EXAMPLES: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    ("nb", "Avtalen ble inngått i fjor.", [("i fjor", "2022", "year", "at")]),
    ("nb", "I år har leveransene økt.", [("I år", "2023", "year", "at")]),
    (
        "nb",
        "Dronene kan leveres så tidlig som i april.",
        [("så tidlig som i april", "2023-04", "month", "at")],
    ),
    (
        "nb",
        "Dronene skal leveres innen april 2023.",
        [("innen april 2023", "2023-04", "month", "by")],
    ),
    (
        "nb",
        "Byrået skrev om saken i september i fjor.",
        [("i september i fjor", "2022-09", "month", "at")],
    ),
    (
        "nl",
        "De leveringen vonden plaats tussen juni en december vorig jaar.",
        [("tussen juni en december vorig jaar", "2022-06/2022-12", "range", "at")],
    ),
    (
        "ru",
        "Поставки начались в сентябре прошлого года.",
        [("в сентябре прошлого года", "2022-09", "month", "at")],
    ),
    ("en", "The plant was opened last September.", [("last September", "2022-09", "month", "at")]),
    ("en", "Officials met earlier this month.", [("earlier this month", "2023-03", "month", "at")]),
    ("en", "The first shipments arrived in 2022.", [("in 2022", "2022", "year", "at")]),
    (
        "en",
        "Engineers have visited since the second quarter of last year.",
        [("since the second quarter of last year", "2022-Q2", "quarter", "since")],
    ),
    (
        "nb",
        "Ingeniørene har vært der siden andre kvartal i fjor.",
        [("siden andre kvartal i fjor", "2022-Q2", "quarter", "since")],
    ),
    (
        "nb",
        "Forsendelsene økte etter Russlands invasjon i februar i fjor.",
        [("i februar i fjor", "2022-02", "month", "at")],
    ),
    (
        "nb",
        "For et år siden var situasjonen en annen.",
        [("For et år siden", "2022", "year", "at")],
    ),
    (
        "nb",
        "Tidligere i februar kom en ny rapport.",
        [("Tidligere i februar", "2023-02", "month", "at")],
    ),
    ("nb", "Ministeren uttalte seg torsdag.", [("torsdag", "2023-03-09", "day", "at")]),
    ("en", "The ministry replied on Thursday.", [("on Thursday", "2023-03-09", "day", "at")]),
    ("ru", "Министр ответил в четверг.", [("в четверг", "2023-03-09", "day", "at")]),
    ("de", "Der Minister sprach am Montag.", [("am Montag", "2023-03-06", "day", "at")]),
    ("ru", "Завод открылся в сентябре.", [("в сентябре", "2023-09", "month", "at")]),
    ("uk", "Завод відкрився у вересні.", [("у вересні", "2023-09", "month", "at")]),
    (
        "uk",
        "Постачання тривали з червня по грудень.",
        [("з червня по грудень", "2023-06/2023-12", "range", "at")],
    ),
    (
        "en",
        "Output doubled this year and will rise next month.",
        [("this year", "2023", "year", "at"), ("next month", "2023-04", "month", "at")],
    ),
    ("nl", "De fabriek werd vorig jaar gebouwd.", [("vorig jaar", "2022", "year", "at")]),
    ("de", "Das Werk wurde letztes Jahr gebaut.", [("letztes Jahr", "2022", "year", "at")]),
    (
        "de",
        "Das Werk wurde im vergangenen Jahr gebaut.",
        [("im vergangenen Jahr", "2022", "year", "at")],
    ),
    ("fr", "L'usine a été construite l'an dernier.", [("l'an dernier", "2022", "year", "at")]),
    (
        "fr",
        "L'usine a été construite l'année dernière.",
        [("l'année dernière", "2022", "year", "at")],
    ),
    (
        "fr",
        "Les livraisons ont commencé en septembre.",
        [("en septembre", "2023-09", "month", "at")],
    ),
    (
        "fr",
        "Les livraisons ont commencé en septembre dernier.",
        [("en septembre dernier", "2022-09", "month", "at")],
    ),
    ("sv", "Fabriken byggdes förra året.", [("förra året", "2022", "year", "at")]),
    ("da", "Fabrikken blev bygget sidste år.", [("sidste år", "2022", "year", "at")]),
    ("sv", "Fabriken byggdes i fjol.", [("i fjol", "2022", "year", "at")]),
    ("nn", "Fabrikken vart bygd i fjor.", [("i fjor", "2022", "year", "at")]),
    ("nb", "Fabrikken ble bygd i 2022.", [("i 2022", "2022", "year", "at")]),
    (
        "en",
        "The factory was built in 2014 and sold 1000 rifles.",
        [("in 2014", "2014", "year", "at")],
    ),
    ("en", "They sent 2000 drones.", []),
    ("en", "They may deliver in May.", [("in May", "2023-05", "month", "at")]),
    ("en", "Relations soured in April, 2022.", [("in April, 2022", "2022-04", "month", "at")]),
    (
        "nb",
        "Putin og Xi møttes 15. september 2022.",
        [("15. september 2022", "2022-09-15", "day", "at")],
    ),
    (
        "en",
        "They met on September 15, 2022.",
        [("on September 15, 2022", "2022-09-15", "day", "at")],
    ),
    (
        "ru",
        "Они встретились 15 сентября 2022 г. в Самарканде.",
        [("15 сентября 2022 г.", "2022-09-15", "day", "at")],
    ),
    ("de", "Sie trafen sich am 15.09.2022.", [("am 15.09.2022", "2022-09-15", "day", "at")]),
    ("en", "They met on 09/15/2022.", [("on 09/15/2022", "2022-09-15", "day", "at")]),
    ("sv", "Avtalet skrevs 2022-09-15.", [("2022-09-15", "2022-09-15", "day", "at")]),
    (
        "nb",
        "Leveransene gikk fra november til februar.",
        [("fra november til februar", "2022-11/2023-02", "range", "at")],
    ),
    (
        "nb",
        "Produksjonen falt i første halvår 2022.",
        [("i første halvår 2022", "2022-01/2022-06", "range", "at")],
    ),
    ("en", "Sales fell in Q2 2023.", [("in Q2 2023", "2023-Q2", "quarter", "at")]),
    (
        "de",
        "Der Umsatz fiel im zweiten Quartal 2022.",
        [("im zweiten Quartal 2022", "2022-Q2", "quarter", "at")],
    ),
    (
        "ru",
        "Выпуск вырос во втором квартале прошлого года.",
        [("во втором квартале прошлого года", "2022-Q2", "quarter", "at")],
    ),
    ("de", "Das Werk wurde vor zwei Jahren gebaut.", [("vor zwei Jahren", "2021", "year", "at")]),
    ("en", "The plant opened two months ago.", [("two months ago", "2023-01", "month", "at")]),
    ("fr", "L'usine a ouvert il y a un an.", [("il y a un an", "2022", "year", "at")]),
    ("ru", "Завод открылся год назад.", [("год назад", "2022", "year", "at")]),
    (
        "en",
        "The war lasted from 2014–2016 in that region.",
        [("from 2014–2016", "2014/2016", "range", "at")],
    ),
    ("de", "Die Lieferungen laufen seit 2018.", [("seit 2018", "2018", "year", "since")]),
    ("nl", "De levering volgt na april.", [("na april", "2023-04", "month", "after")]),
    ("fr", "La livraison aura lieu avant juin.", [("avant juin", "2023-06", "month", "before")]),
    ("ru", "Поставки продлятся до 2025 года.", [("до 2025 года", "2025", "year", "by")]),
    ("nb", "Avtalen er verdt 100 millioner kroner.", []),
    ("en", "Such deals began in the 1990s.", [("in the 1990s", "1990s", "decade", "at")]),
    ("nb", "Avtalen gjelder fram til april.", [("fram til april", "2023-04", "month", "by")]),
    ("sv", "Avtalet gäller till 2025.", [("till 2025", "2025", "year", "by")]),
    ("nb", "Avtalene startet på 1990-tallet.", [("på 1990-tallet", "1990s", "decade", "at")]),
    ("ru", "Заводы строились в 1990-х годах.", [("в 1990-х годах", "1990s", "decade", "at")]),
    ("ru", "Окружающая среда пострадала.", []),
    ("en", "April Jones said the Garpiya-3 is new.", []),
]


def _check(
    lang: str, text: str, expected: list[tuple[str, str, str, str]], found: list[TimeRef]
) -> None:
    got = [(r.text, r.value, r.precision, r.relation) for r in found]
    assert got == expected
    for r, (phrase, *_rest) in zip(found, expected, strict=True):
        assert r.start == text.index(phrase)
        assert r.end == r.start + len(phrase)


@pytest.mark.parametrize(("lang", "text", "expected"), EXAMPLES)
def test_examples(lang: str, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    _check(lang, text, expected, find_dates(text, lang, PUB))


def test_weekday_is_the_most_recent_on_or_before_publication() -> None:
    friday = PUB + timedelta(days=1)
    assert [r.value for r in find_dates("Han sa det torsdag.", "nb", friday)] == ["2023-03-09"]
    wednesday = PUB - timedelta(days=1)
    assert [r.value for r in find_dates("Han sa det torsdag.", "nb", wednesday)] == ["2023-03-02"]
    assert [r.value for r in find_dates("He said so last Thursday.", "en", PUB)] == ["2023-03-02"]
    assert [r.value for r in find_dates("He will go next Thursday.", "en", PUB)] == ["2023-03-16"]


def test_phrases_needing_more_than_the_known_precision_are_skipped() -> None:
    text = (
        "Torsdag sa han at leveransene i fjor og forrige måned var store, og at i april kommer mer."
    )
    by_precision = {
        p: [(r.text, r.value) for r in find_dates(text, "nb", date(2023, 3, 1), p)]
        for p in ("day", "month", "year")
    }
    assert by_precision["day"] == [
        ("Torsdag", "2023-02-23"),
        ("i fjor", "2022"),
        ("forrige måned", "2023-02"),
        ("i april", "2023-04"),
    ]
    assert by_precision["month"] == [
        ("i fjor", "2022"),
        ("forrige måned", "2023-02"),
        ("i april", "2023-04"),
    ]
    assert by_precision["year"] == [("i fjor", "2022"), ("i april", "2023-04")]


def test_last_month_name_needs_month_precision() -> None:
    assert find_dates("It opened last September.", "en", date(2023, 1, 1), "year") == []
    # "last September" in October is the September just gone
    assert [r.value for r in find_dates("It opened last September.", "en", date(2023, 10, 2))] == [
        "2023-09"
    ]


def test_without_publication_date_only_written_years_remain() -> None:
    text = "Avtalen fra i fjor ble fornyet i september 2022 og gjelder fra andre kvartal."
    assert [(r.text, r.value) for r in find_dates(text, "nb", None)] == [
        ("i september 2022", "2022-09")
    ]


def test_date_spans_include_unresolvable_phrases() -> None:
    text = "Leveransen skjer 15. april, og i fjor kom 12 droner."
    assert [text[s:e] for s, e in date_spans(text, "nb")] == ["15. april", "i fjor"]


def test_numeric_dates_use_dateparser_but_word_dates_do_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def boom(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("dateparser must not be called")

    monkeypatch.setattr("dateparser.parse", boom)
    text = "Putin og Xi møttes 15. september 2022, og i fjor også."
    assert [r.value for r in find_dates(text, "nb", PUB)] == ["2022-09-15", "2022"]


def test_a_datetime_publication_is_read_as_its_date() -> None:
    published = datetime(2023, 3, 9, 15, 30)
    assert [r.value for r in find_dates("Han sa det i går.", "nb", published)] == ["2023-03-08"]


def test_bad_arguments_raise_one_line_errors() -> None:
    with pytest.raises(LanguageError, match="unsupported language 'xx'"):
        find_dates("i fjor", "xx", PUB)
    with pytest.raises(ValueError, match="published_precision"):
        find_dates("i fjor", "nb", PUB, "week")


# --------------------------------------------------------------------------- properties

POOL = [
    "i",
    "in",
    "fjor",
    "år",
    "2022",
    "1999",
    "3000",
    "15",
    ".",
    ",",
    "-",
    "–",
    "september",
    "April",
    "May",
    "may",
    "torsdag",
    "Thursday",
    "четверг",
    "в",
    "у",
    "сентябре",
    "прошлого",
    "года",
    "квартал",
    "второй",
    "andre",
    "kvartal",
    "Q",
    "2",
    "Q2",
    "for",
    "et",
    "siden",
    "ago",
    "two",
    "years",
    "vor",
    "Jahren",
    "tussen",
    "juni",
    "en",
    "december",
    "vorig",
    "jaar",
    "fra",
    "til",
    "mellom",
    "og",
    "innen",
    "since",
    "last",
    "this",
    "month",
    "første",
    "halvår",
    "il",
    "y",
    "a",
    "un",
    "an",
    "dernier",
    "l'an",
    "15.09.2022",
    "2022-09",
    "09/15/2022",
    "31",
    "februar",
    "г.",
    "з",
    "по",
    "червня",
    "грудень",
    "året",
    "the",
    "year",
    "earlier",
]
sentences = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(POOL), max_size=14).map(" ".join),
    st.lists(st.sampled_from(POOL), max_size=8).map("".join),
)
pubs = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
precisions = st.sampled_from(["day", "month", "year"])
VALUE = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "quarter": re.compile(r"\d{4}-Q[1-4]"),
    "year": re.compile(r"\d{4}"),
    "decade": re.compile(r"\d{3}0s"),
    "range": re.compile(r"\d{4}(-\d{2}(-\d{2})?)?/\d{4}(-\d{2}(-\d{2})?)?"),
}
LOOSE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@LOOSE
@given(st.sampled_from(LANGS), sentences, pubs, precisions)
def test_results_are_well_formed(lang: str, text: str, pub: date | None, precision: str) -> None:
    found = find_dates(text, lang, pub, precision)
    last_end = 0
    for r in found:
        assert text[r.start : r.end] == r.text
        assert last_end <= r.start < r.end
        last_end = r.end
        assert VALUE[r.precision].fullmatch(r.value), r
        if r.precision == "range":
            start, end = r.value.split("/")
            assert start <= end or len(start) != len(end), r


@LOOSE
@given(st.sampled_from(LANGS), sentences, st.dates(), precisions)
def test_publication_date_only_adds_results(
    lang: str, text: str, pub: date, precision: str
) -> None:
    without = find_dates(text, lang, None)
    with_pub = find_dates(text, lang, pub, precision)
    assert set(without) <= set(with_pub)


@LOOSE
@given(st.sampled_from(LANGS), sentences)
def test_without_publication_years_come_from_the_text(lang: str, text: str) -> None:
    written = {int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", text)}
    for r in find_dates(text, lang, None):
        for year in re.findall(r"\d{4}", r.value):
            # a range whose start month falls after its end month starts a year earlier
            assert int(year) in written or int(year) + 1 in written, (text, r)


@given(
    st.integers(1900, 2099),
    st.sampled_from([("nb", "i"), ("en", "in"), ("de", "seit"), ("ru", "в")]),
)
def test_written_years_round_trip(year: int, lang_prep: tuple[str, str]) -> None:
    lang, prep = lang_prep
    text = f"Det skjedde {prep} {year}."
    assert [(r.text, r.value, r.precision) for r in find_dates(text, lang, PUB)] == [
        (f"{prep} {year}", str(year), "year")
    ]


@given(st.integers(1000, 9999).filter(lambda n: not 1900 <= n <= 2099))
def test_numbers_that_cannot_be_years_are_not_dates(n: int) -> None:
    assert find_dates(f"They bought {n} rifles in {n}.", "en", PUB) == []


def _vocabulary(lang: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(data.path("dates", f"{lang}.yaml").read_text("utf-8"))
    return loaded


RELATIVE = [
    (lang, key, phrase, offset)
    for lang in LANGS
    for key in ("year_relative", "month_relative", "week_relative", "day_relative")
    for phrase, offset in (_vocabulary(lang).get(key) or {}).items()
]


def _start(value: str) -> date:
    first = value.split("/")[0]
    parts = [int(p) for p in first.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


@pytest.mark.parametrize(("lang", "key", "phrase", "offset"), RELATIVE)
@settings(max_examples=8, deadline=None)
@given(pub=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_every_relative_phrase_resolves_on_the_right_side_of_publication(
    lang: str, key: str, phrase: str, offset: int, pub: date
) -> None:
    found = find_dates(f"— {phrase} —", lang, pub)
    assert len(found) == 1, (phrase, found)
    assert found[0].text.lower() == phrase.lower()
    start = _start(found[0].value)
    if offset <= 0:
        assert start <= pub  # a past or present phrase never lands after publication
    else:
        assert start > pub


MONTHS = [
    (lang, form, month)
    for lang in LANGS
    for month, forms in _vocabulary(lang)["months"].items()
    for form in forms
]


@pytest.mark.parametrize(("lang", "form", "month"), MONTHS)
def test_every_month_form_with_a_year(lang: str, form: str, month: int) -> None:
    prep = _vocabulary(lang)["at"][0]
    text = f"({prep} {form} 2021)"
    assert [(r.text, r.value) for r in find_dates(text, lang, PUB)] == [
        (f"{prep} {form} 2021", f"2021-{month:02d}")
    ]


WEEKDAY_PREFIX = {"ru": "в", "uk": "у", "en": "on", "de": "am", "nl": "op", "fr": ""}


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=15, deadline=None)
@given(
    pub=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), day=st.integers(0, 6)
)
def test_weekdays_resolve_within_the_week_before_publication(
    lang: str, pub: date, day: int
) -> None:
    form = _vocabulary(lang)["weekdays"][day][0]
    prefix = WEEKDAY_PREFIX.get(lang, "på")
    found = find_dates(f"{prefix} {form}".strip(), lang, pub)
    assert len(found) == 1
    resolved = date.fromisoformat(found[0].value)
    assert resolved.weekday() == day
    assert timedelta(0) <= pub - resolved < timedelta(days=7)
    assert find_dates(f"{prefix} {form}".strip(), lang, pub, "month") == []


@given(st.integers(1, 60))
def test_years_ago_count_back(n: int) -> None:
    found = find_dates(f"For {n} år siden var alt annerledes.", "nb", PUB)
    assert [(r.text, r.value) for r in found] == [(f"For {n} år siden", str(PUB.year - n))]
