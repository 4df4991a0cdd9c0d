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
