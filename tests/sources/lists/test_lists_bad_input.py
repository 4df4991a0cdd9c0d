"""Bad list files: truncated XML, wrong column counts, mixed encodings, arbitrary bytes.

A bad row is one "file:line: reason" problem and the other rows still load; a file that cannot
be read at all is a SourceError with a one-line message; nothing else ever escapes.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dualtrace.sources.errors import SourceError
from dualtrace.sources.lists import csl, eu_xml, ftm, ofac_csv, ofac_xml, uk
from dualtrace.sources.lists.base import ListRead

FIXTURES = Path(__file__).parents[2] / "fixtures" / "lists"
SDN_ROW = '9001,"TSK VEKTOR, OOO",-0- ,"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- '


def test_truncated_eu_xml_keeps_the_entries_before_the_break(tmp_path: Path) -> None:
    text = (FIXTURES / "eu.xml").read_text(encoding="utf-8")
    cut = text.index(
        '<sanctionEntity designationDetails="" unitedNationId="" euReferenceNumber="EU.9002'
    )
    path = tmp_path / "eu.xml"
    path.write_text(text[: cut + 120], encoding="utf-8")
    read = eu_xml.read(path)
    assert [e.entry_id for e in read.entries] == ["9001"]
    [line] = read.problems
    assert line.startswith(f"{path}:") and "file ends early" in line and "1 records" in line


def test_truncated_advanced_xml(tmp_path: Path) -> None:
    text = (FIXTURES / "sdn_advanced.xml").read_text(encoding="utf-8")
    path = tmp_path / "sdn_advanced.xml"
    path.write_text(text[: text.index('<DistinctParty FixedRef="9003">') + 40], encoding="utf-8")
    read = ofac_xml.read(path)
    assert [e.entry_id for e in read.entries] == ["9001"]
    assert len(read.problems) == 1 and "file ends early" in read.problems[0]


def test_xml_broken_before_any_entry_is_a_file_error(tmp_path: Path) -> None:
    path = tmp_path / "eu.xml"
    path.write_text('<?xml version="1.0"?>\n<export><sanctionEntity logicalId="1">\n<oops', "utf-8")
    with pytest.raises(SourceError) as error:
        eu_xml.read(path)
    assert str(error.value).startswith(f"{path}:3: broken XML")


def test_latin1_byte_in_utf8_csv_is_reported_and_the_row_kept(tmp_path: Path) -> None:
    folder = tmp_path / "ofac"
    folder.mkdir()
    good = SDN_ROW.encode("utf-8")
    bad = '9002,"CAF\xc9 TEST",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- '.encode(
        "latin-1"
    )
    third = '9003,"ООО ТЕСТ",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- '.encode()
    (folder / "sdn.csv").write_bytes(b"\r\n".join([good, bad, third]) + b"\r\n")
    read = ofac_csv.read(folder)
    names = {e.entry_id: e.name for e in read.entries}
    assert names == {"9001": "TSK VEKTOR, OOO", "9002": "CAFÉ TEST", "9003": "ООО ТЕСТ"}
    assert read.problems == [
        f"{folder}/sdn.csv:2: invalid UTF-8 (byte 0xc9); row read as Windows-1252"
    ]
    assert read.skipped == 0


def test_wrong_column_count_is_one_problem(tmp_path: Path) -> None:
    folder = tmp_path / "ofac"
    folder.mkdir()
    (folder / "sdn.csv").write_text(SDN_ROW + '\n9002,"SHORT"\n', encoding="utf-8")
    read = ofac_csv.read(folder)
    assert [e.entry_id for e in read.entries] == ["9001"]
    assert read.problems == [f"{folder}/sdn.csv:2: expected 12 columns, found 2"]


def test_folder_without_sdn_csv_is_a_file_error(tmp_path: Path) -> None:
    (tmp_path / "alt.csv").write_text('1,2,"aka","X",-0- \n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"no sdn\.csv"):
        ofac_csv.read(tmp_path)


def test_not_a_uk_list(tmp_path: Path) -> None:
    path = tmp_path / "uk.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(SourceError, match="Unique ID"):
        uk.read(path)


def test_csl_json_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "csl.json"
    path.write_text('{"results": [', encoding="utf-8")
    with pytest.raises(SourceError) as error:
        csl.read(path)
    assert str(error.value).startswith(f"{path}:1: invalid JSON")


READERS = {
    "sdn.csv": ofac_csv.read,
    "sdn_advanced.xml": ofac_xml.read,
    "eu.xml": eu_xml.read,
    "uk.csv": uk.read,
    "uk.xml": uk.read,
    "csl.csv": csl.read,
    "csl.json": csl.read,
    "entities.ftm.json": ftm.read,
}


def _check(read: ListRead) -> None:
    for line in read.problems:
        assert "\n" not in line and line
    for entry in read.entries:
        assert entry.name and entry.entry_id


def _run(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            read = READERS[name](path if name != "sdn.csv" else Path(folder))
        except SourceError as error:
            assert "\n" not in str(error) and str(error).startswith(str(path.parent))
            return
        _check(read)


@settings(max_examples=40)
@given(name=st.sampled_from(sorted(READERS)), data=st.binary(max_size=400))
def test_garbage_bytes_never_raise_anything_but_a_source_error(name: str, data: bytes) -> None:
    _run(name, data)


def _fixture_bytes(name: str) -> bytes:
    real = {"sdn.csv": "ofac/sdn.csv", "entities.ftm.json": "opensanctions.ftm.json"}
    return (FIXTURES / real.get(name, name)).read_bytes()


@settings(max_examples=60)
@given(
    name=st.sampled_from(sorted(READERS)),
    cut=st.floats(min_value=0.0, max_value=1.0),
    noise=st.binary(max_size=30),
    at=st.floats(min_value=0.0, max_value=1.0),
)
def test_damaged_real_format_files(name: str, cut: float, noise: bytes, at: float) -> None:
    data = _fixture_bytes(name)
    data = data[: int(len(data) * cut)]
    pos = int(len(data) * at)
    _run(name, data[:pos] + noise + data[pos:])


@settings(max_examples=40)
@given(rows=st.lists(st.lists(st.text(max_size=12), min_size=0, max_size=14), max_size=8))
def test_ofac_csv_of_arbitrary_fields(rows: list[list[str]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    _run("sdn.csv", buffer.getvalue().encode("utf-8", errors="surrogatepass"))
