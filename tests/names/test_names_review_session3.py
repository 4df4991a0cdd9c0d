"""Two readings the round-2 tuning found inconsistent: NPO in alias spellings, "(Group)"."""

from dualtrace.names.analyse import _NOT_SEATS, _SEAT
from dualtrace.names.phrases import _words_of


def test_npo_stays_a_word_of_an_alias_spelling() -> None:
    words = _words_of("NPO High Precision Systems")
    assert any("npo" in w for w in words)


def test_a_kind_of_organisation_in_brackets_is_no_seat() -> None:
    seat = _SEAT.match("Shenyang Aircraft Industry (Group)")
    assert seat is not None and seat.group(2).casefold() in _NOT_SEATS
    place = _SEAT.match("Spacety Co., Ltd. (Changsha)")
    assert place is not None and place.group(2).casefold() not in _NOT_SEATS


def test_an_alias_written_in_characters_is_read_as_the_alias() -> None:
    from dualtrace.names import compare

    r = compare("国防科大", "National University of Defense Technology", schema="Organization")
    assert r.is_match and "国防科大 = NUDT (aliases.tsv)" in r.explanation
    # the numbers still decide between a group's institutes
    assert not compare(
        "中国电科第十四研究所", "CETC 20th Research Institute", "Organization"
    ).is_match
    # characters that are no alias's stay apart
    assert not compare("大江", "DJI", schema="Company").is_match
