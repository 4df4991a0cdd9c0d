"""Comparison: reasons worked out when asked for are the same text every time."""

from dualtrace.names import Comparison, NameIndex, compare
from dualtrace.names.analyse import analyse
from dualtrace.names.compare import compare_analysed


def test_explanation_is_the_reasons_joined_and_stable() -> None:
    r = compare("ООО «ТСК Вектор»", "TSK VEKTOR, OOO", schema="Company")
    first = r.explanation
    assert first == "; ".join(r.reasons)
    assert r.explanation == first
    assert r.reasons[0] == "same legal form (LLC)"
    assert r.reasons[-1] == "after transliteration of ООО «ТСК Вектор»"


def test_comparisons_of_one_pair_are_equal_whether_or_not_explained() -> None:
    qa, qb = analyse("Tekhkrim LLC", "org"), analyse("ЗАО «Техкрим»", "org")
    explained = compare_analysed(qa, qb)
    text = explained.explanation
    unexplained = compare_analysed(qa, qb)
    assert explained == unexplained
    assert hash(explained) == hash(unexplained)
    assert unexplained.explanation == text
    assert "legal forms differ (LLC vs JSC)" in text
    assert compare_analysed(qa, analyse("Kupol LLC", "org")) != explained


def test_given_reasons_are_kept() -> None:
    r = Comparison(1.0, True, ("same identifier: inn 7701234567",))
    assert r.explanation == "same identifier: inn 7701234567"
    assert r.reasons == ("same identifier: inn 7701234567",)
    assert "same identifier" in repr(r)


def test_a_qualified_hit_keeps_the_name_reasons_before_its_own() -> None:
    index = NameIndex()
    index.add("e1", ["Tekhkrim LLC"], "Company", countries=["ru"])
    base = compare_analysed(analyse("ООО Техкрим", "org"), analyse("Tekhkrim LLC", "org"))
    hits = index.search("ООО Техкрим", schema="Company", country="cn")
    assert hits and hits[0].key == "e1"
    qualified = hits[0].comparison
    assert qualified.score < base.score
    assert qualified.reasons[: len(base.reasons)] == base.reasons
    assert qualified.reasons[-1] == "country CN not among the entry's"
    assert qualified.explanation == "; ".join(qualified.reasons)
