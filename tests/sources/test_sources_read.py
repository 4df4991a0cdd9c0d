"""read_file as a whole: format detection, limits, parser failures, arbitrary bytes, real seeds."""

from __future__ import annotations

import tempfile
from pathlib import Path

import feedparser
import pytest
import trafilatura
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dualtrace.sources import MAX_BYTES, SourceError, read_file
from dualtrace.sources.read import sniff

SENTENCE = "The regulator added two trading firms to its list on Tuesday."


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<?xml version='1.0'?>\n<rss version='2.0'>", "feed"),
        ("\ufeff  <feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        ("<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'>", "feed"),
        ("<!DOCTYPE html>\n<html>", "html"),
        ("<!-- saved page -->\n<HTML lang='de'>", "html"),
        (SENTENCE + " <html> appears later in text.", "text"),
        ("<p>a fragment</p>", "text"),
    ],
)
def test_sniff(head: str, expected: str) -> None:
    assert sniff(head) == expected


def test_extension_wins_over_content(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("<html><body><p>" + SENTENCE + "</p></body></html>", encoding="utf-8")
    [doc] = read_file(path)
    assert doc.format == "text"
    assert doc.text.startswith("<html>")


def test_oversized_file_is_refused_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 50 MB are written
        handle.truncate(50 * 1024 * 1024)

    def no_reading(self: Path) -> bytes:
        raise AssertionError("read_file read a file it should have refused")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(SourceError) as caught:
        read_file(path)
    assert str(caught.value) == f"{path}: file too large (50.0 MB; the limit is 20 MB)"


def test_limit_is_inclusive(tmp_path: Path) -> None:
    path = tmp_path / "edge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(SourceError, match="file too large"):
        read_file(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"no such file$"):
        read_file(tmp_path / "gone.txt")
    with pytest.raises(SourceError, match="is a folder"):
        read_file(tmp_path)


def test_html_parser_crash_becomes_a_source_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object, **kwargs: object) -> None:
        raise ValueError("line one\nline two")

    monkeypatch.setattr(trafilatura, "bare_extraction", crash)
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>" + SENTENCE + "</p></body></html>", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        read_file(path)
    assert str(caught.value) == f"{path}: cannot parse HTML: ValueError: line one line two"


def test_feed_parser_crash_becomes_a_source_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object, **kwargs: object) -> None:
        raise RecursionError("too deep")

    monkeypatch.setattr(feedparser, "parse", crash)
    path = tmp_path / "feed.rss"
    path.write_text("<rss version='2.0'><channel></channel></rss>", encoding="utf-8")
    with pytest.raises(SourceError, match="cannot parse feed: RecursionError: too deep"):
        read_file(path)


def test_any_unexpected_error_becomes_a_source_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dualtrace.sources.read as read_module

    def crash(text: str, path: object) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(read_module, "read_text", crash)
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    with pytest.raises(SourceError, match=r"a\.txt: cannot read: KeyError: 'surprise'"):
        read_file(path)


def test_source_error_formats() -> None:
    assert str(SourceError("a.txt", "bad")) == "a.txt: bad"
    assert str(SourceError(Path("a.txt"), "bad\n  news", 3)) == "a.txt:3: bad news"
    error = SourceError("a.txt", "bad", 0)  # feedparser reports line 0 when it knows none
    assert (error.path, error.line, error.message) == ("a.txt", None, "bad")


# --- arbitrary input ---------------------------------------------------------------------------

_MARKUP = st.sampled_from(
    ["<html>", "<body>", "<p>", "</p>", "<script>", "</script>", "<rss version='2.0'>",
     "<channel>", "<item>", "<title>", "</title>", "</item>", "<feed>", "<entry>", "<br>",
     "<?xml version='1.0' encoding='utf-16'?>", "&amp;", "&#0;", "<![CDATA[", "]]>", "\r\n",
     " date 2023-01 ", " date 2023-13 ", "\ufeff", "\x00"]
)  # fmt: skip
_CONTENT = st.one_of(
    st.binary(max_size=400),
    st.lists(st.one_of(_MARKUP, st.text(max_size=30)), max_size=30).map(
        lambda parts: "".join(parts).encode("utf-8", "surrogatepass")
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=_CONTENT, name=st.sampled_from(["a.txt", "a.html", "a.xml", "a"]))
def test_arbitrary_bytes_give_documents_or_a_source_error(content: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        try:
            documents = read_file(path)
        except SourceError as error:
            assert "\n" not in str(error)
            assert str(error).startswith(str(path))
            return
    assert documents
    for document in documents:
        assert document.text.strip()
        assert document.text == document.text.strip()
        assert "\r" not in document.text
        assert document.origin.startswith(str(path))


# --- the real articles beside the repo ---------------------------------------------------------

_SEEDS = next(
    (
        folder
        for folder in (Path(__file__).resolve().parents[3] / "shared" / "seeds",
                       Path("/work/shared/seeds"))
        if folder.is_dir()
    ),
    None,
)  # fmt: skip


@pytest.mark.skipif(_SEEDS is None, reason="shared/seeds is not beside the repo (no shared data)")
@pytest.mark.parametrize(
    ("prefix", "published"), [("000_", None), ("001_", "2025-09-25"), ("002_", "2023-02")]
)
def test_seed_articles(prefix: str, published: str | None) -> None:
    assert _SEEDS is not None
    [path] = sorted(_SEEDS.glob(prefix + "*.txt"))
    [doc] = read_file(path)
    assert doc.published == published
    assert doc.format == "text"
    assert not doc.text.startswith(("date", " date"))
    assert doc.text.count("\n\n") >= 5  # paragraphs kept apart


@pytest.mark.skipif(_SEEDS is None, reason="shared/seeds is not beside the repo (no shared data)")
def test_every_seed_parses() -> None:
    assert _SEEDS is not None
    for path in sorted(_SEEDS.iterdir()):
        [doc] = read_file(path)
        assert len(doc.text) > 500
