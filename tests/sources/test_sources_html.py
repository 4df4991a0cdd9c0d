"""Saved HTML pages through trafilatura: text, paragraphs, metadata, and pages with no article."""

from __future__ import annotations

from pathlib import Path

import pytest

from dualtrace.sources import SourceError, read_file

PARAGRAPHS = [
    "A logistics firm registered in a third country forwarded engine parts to a drone maker, "
    "according to customs declarations reviewed for this example.",
    "The parts were declared as equipment for agricultural sprayers, a description that export "
    "control officials say is often used to hide military end use.",
    "The company did not answer questions sent by email before publication.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Engine parts for drones went through a forwarder | Example Monitor</title>
<meta property="og:title" content="Engine parts for drones went through a forwarder">
<meta property="og:site_name" content="Example Monitor">
<meta property="article:published_time" content="2024-03-05T23:30:00+03:00">
<link rel="canonical" href="https://news.example.org/2024/03/engine-parts">
<script>window.tracking = {{"id": 1}};</script>
<style>body {{ font-family: serif; }}</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Engine parts for drones went through a forwarder</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<p>{PARAGRAPHS[2]}</p>
</article>
<footer>© 2019 Example Monitor. All rights reserved.</footer>
</body></html>
"""


def test_article_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = read_file(path)
    assert doc.format == "html"
    assert doc.origin == str(path)
    assert doc.title == "Engine parts for drones went through a forwarder"
    assert doc.outlet == "Example Monitor"
    assert doc.published == "2024-03-05"
    assert doc.url == "https://news.example.org/2024/03/engine-parts"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == doc.title
    assert paragraphs[1:] == PARAGRAPHS
    for boilerplate in ("window.tracking", "font-family", "All rights reserved", "Home"):
        assert boilerplate not in doc.text


def test_line_breaks_become_paragraphs(tmp_path: Path) -> None:
    body = "<br><br>".join(PARAGRAPHS)
    path = tmp_path / "old.htm"
    path.write_text(f"<html><body><div class='story'>{body}</div></body></html>", "utf-8")
    [doc] = read_file(path)
    assert doc.text.split("\n\n") == PARAGRAPHS
    assert doc.published is None  # the page states no date; none is guessed


def test_declared_legacy_charset_is_honoured(tmp_path: Path) -> None:
    first = "Поставки станков из третьих стран выросли, сообщило министерство в понедельник."
    second = "Ведомство не назвало ни одной компании."
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"</head><body><article><p>{first}</p><p>{second}</p></article></body></html>"
    )
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    [doc] = read_file(path)
    assert doc.text.split("\n\n") == [first, second]


def test_undeclared_non_utf8_page_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "ru.html"
    path.write_bytes("<html><body><p>Поставки</p></body></html>".encode("cp1251"))
    with pytest.raises(SourceError, match=r":1: invalid UTF-8"):
        read_file(path)


def test_page_of_scripts_has_no_article(tmp_path: Path) -> None:
    scripts = "\n".join(f"<script>var part{i} = {i} * 2;</script>" for i in range(200))
    path = tmp_path / "app.html"
    path.write_text(f"<!doctype html><html><head>{scripts}</head><body>{scripts}</body></html>")
    with pytest.raises(SourceError) as caught:
        read_file(path)
    assert str(caught.value) == f"{path}: no article text found"


def test_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_text("\n  " + PAGE, encoding="utf-8")
    [doc] = read_file(path)
    assert doc.format == "html"
    assert PARAGRAPHS[2] in doc.text
