"""Plain-text articles, the date marker, and the byte-level checks every format shares."""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dualtrace.sources import SourceError, read_file
from dualtrace.sources.text import DateLineError, format_date_line, split_date_line

ARTICLE = (
    "The ministry said on Monday that a shipment of machine tools had been stopped at the border.\n"
    "\n"
    "Customs officers found the goods declared as spare parts for tractors."
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def test_plain_text_is_one_document_with_paragraphs_kept(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE + "\n")
    [doc] = read_file(path)
    assert doc.text == ARTICLE
    assert doc.text.split("\n\n")[1].startswith("Customs officers")
    assert doc.format == "text"
    assert doc.origin == str(path)
    assert doc.published is None and doc.title is None and doc.url is None
    assert doc.id == hashlib.sha256(ARTICLE.encode()).hexdigest()[:32]


def test_same_text_in_two_files_has_one_id(tmp_path: Path) -> None:
    [a] = read_file(write(tmp_path, "a.txt", ARTICLE))
    [b] = read_file(write(tmp_path, "b.md", "\n\n" + ARTICLE + "\n\n\n"))
    assert a.id == b.id
    assert a.origin != b.origin


def test_day_marker_on_the_same_line_as_the_text(tmp_path: Path) -> None:
    [doc] = read_file(write(tmp_path, "a.txt", " date 2025-09-25 " + ARTICLE))
    assert doc.published == "2025-09-25"
    assert doc.text == ARTICLE


def test_month_marker_on_its_own_line(tmp_path: Path) -> None:
    [doc] = read_file(write(tmp_path, "a.txt", " date 2023-02\n" + ARTICLE))
    assert doc.published == "2023-02"
    assert doc.text == ARTICLE


def test_marker_only_counts_at_the_start(tmp_path: Path) -> None:
    content = ARTICLE + "\n\n date 2023-02 was written on the tape."
    [doc] = read_file(write(tmp_path, "a.txt", content))
    assert doc.published is None
    assert doc.text.endswith("date 2023-02 was written on the tape.")


def test_text_that_starts_with_the_word_date_is_text(tmp_path: Path) -> None:
    [doc] = read_file(write(tmp_path, "a.txt", "date palms were also on the cargo list."))
    assert doc.published is None
    assert doc.text.startswith("date palms")


@pytest.mark.parametrize(
    ("marker", "reason"),
    [
        (" date 2023-13 ", "impossible date '2023-13'"),
        (" date 2023-02-30 ", "impossible date '2023-02-30'"),
        (" date 2023 ", "malformed date line '2023'"),
        (" date 23-02 ", "malformed date line '23-02'"),
        (" date 2023-2-01 ", "malformed date line '2023-2-01'"),
    ],
)
def test_malformed_marker_is_a_clear_error(tmp_path: Path, marker: str, reason: str) -> None:
    # Chosen behaviour: an error, not text, so a typo cannot silently drop the publication date.
    path = write(tmp_path, "a.txt", marker + ARTICLE)
    with pytest.raises(SourceError) as caught:
        read_file(path)
    assert caught.value.line == 1
    assert str(caught.value).startswith(f"{path}:1: {reason}")


def test_marker_without_text_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no text after the date line"):
        read_file(write(tmp_path, "a.txt", " date 2024-01-05\n\n  \n"))


def test_newlines_bom_and_unicode_form_are_normalised(tmp_path: Path) -> None:
    decomposed = "Tromso\u0308 and Bod\u00f8 ports"  # "ö" written as o + combining diaeresis
    content = "\ufeff date 2024-05 First line.  \r\nStill first paragraph.\r\n \r\n" + decomposed
    [doc] = read_file(write(tmp_path, "a.txt", content))
    assert doc.published == "2024-05"
    assert doc.text == "First line.\nStill first paragraph.\n\nTromsö and Bodø ports"
    assert "\r" not in doc.text


@pytest.mark.parametrize(
    "codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"], ids=str
)
def test_byte_order_marks_are_accepted(tmp_path: Path, codec: str) -> None:
    body = " date 2023-03 Посылка с запчастями для дронов прошла через Казахстан.\n\nВторой абзац."
    data = body.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):
        data = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + data
    [doc] = read_file(write(tmp_path, "ru.txt", data))
    assert doc.published == "2023-03"
    assert doc.text.startswith("Посылка с запчастями")
    assert doc.text.endswith("Второй абзац.")


def test_invalid_utf8_names_the_line_and_byte(tmp_path: Path) -> None:
    data = b"first line\nsecond line\nthird " + b"caf\xe9 line\nfourth"
    path = write(tmp_path, "a.txt", data)
    with pytest.raises(SourceError) as caught:
        read_file(path)
    assert caught.value.line == 3
    assert str(caught.value) == f"{path}:3: invalid UTF-8 (byte 0xe9 at column 10)"


def test_plain_text_never_uses_a_declared_charset(tmp_path: Path) -> None:
    data = b'<meta charset="windows-1251">\n' + "Привет".encode("cp1251")
    with pytest.raises(SourceError, match="invalid UTF-8"):
        read_file(write(tmp_path, "a.txt", data))


def test_broken_utf16_names_the_line(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "one\ntwo\n".encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    with pytest.raises(SourceError, match="invalid UTF-16 after its byte-order mark") as caught:
        read_file(write(tmp_path, "a.txt", data))
    assert caught.value.line == 3


def test_nul_bytes_mean_binary(tmp_path: Path) -> None:
    path = write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(SourceError, match="binary file") as caught:
        read_file(path)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\ufeff\n".encode()])
def test_empty_and_whitespace_only_files(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path, "a.txt", content)
    with pytest.raises(SourceError, match="empty file") as caught:
        read_file(path)
    assert str(caught.value).startswith(f"{path}: ")


# --- the marker parser on its own -------------------------------------------------------------

dates = st.dates(min_value=dt.date(1900, 1, 1)).flatmap(
    lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7]])
)
bodies = st.text().filter(lambda s: s[:1] not in (" ", "\t", "\n"))


@given(dates, bodies)
def test_date_line_round_trips(published: str, body: str) -> None:
    assert split_date_line(format_date_line(published) + body) == (published, body)


@given(st.text())
def test_split_never_loses_text(text: str) -> None:
    try:
        published, rest = split_date_line(text)
    except DateLineError as error:
        assert "\n" not in str(error)
        return
    if published is None:
        assert rest == text
    else:
        assert text.endswith(rest)
        assert published in text[: len(text) - len(rest)]
