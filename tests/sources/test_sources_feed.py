"""RSS and Atom feeds through feedparser: one Document per item, broken feeds as one-line errors."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dualtrace.sources import SourceError, read_file

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example &amp; Monitor</title>
  <link>https://news.example.org/</link>
  <description>Example feed written for tests</description>
  <item>
    <title>Customs data show rifle shipments</title>
    <link>https://news.example.org/rifles</link>
    <pubDate>Tue, 07 Mar 2023 00:30:00 +0300</pubDate>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>A state-owned maker shipped rifles to a private buyer.</p>
      <p>The buyer <b>denied</b> any military use.<br/>Officials declined to comment.</p>
      <script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Ministry warns of transshipment</title>
    <link>https://news.example.org/warning</link>
    <pubDate>Mon, 06 Mar 2023 12:00:00 GMT</pubDate>
    <description>&lt;p&gt;Officials named three transit countries.&lt;/p&gt;</description>
  </item>
  <item>
    <title></title>
    <description></description>
  </item>
  <item>
    <description>An item without a title still has text.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Wire</title>
  <id>urn:example:wire</id>
  <updated>2024-01-10T08:00:00Z</updated>
  <entry>
    <title>Factory visit confirmed</title>
    <id>urn:example:wire:1</id>
    <link href="https://wire.example.org/1"/>
    <published>2024-01-09T23:15:00-05:00</published>
    <updated>2024-01-10T08:00:00Z</updated>
    <summary>Teaser only.</summary>
    <content type="html">&lt;p&gt;Engineers visited the plant twice.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_rss_items(tmp_path: Path) -> None:
    path = write(tmp_path, "feed.xml", RSS)
    docs = read_file(path)
    # The third item has neither title nor text and is skipped; numbering still follows the feed.
    assert [d.origin for d in docs] == [f"{path}#1", f"{path}#2", f"{path}#4"]
    first, second, fourth = docs
    assert first.text == (
        "Customs data show rifle shipments\n\n"
        "A state-owned maker shipped rifles to a private buyer.\n\n"
        "The buyer denied any military use.\n\n"
        "Officials declined to comment."
    )
    assert first.format == "feed"
    assert first.title == "Customs data show rifle shipments"
    assert first.outlet == "Example & Monitor"
    assert first.url == "https://news.example.org/rifles"
    # Local day of publication, not the UTC day (which would be 2023-03-06).
    assert first.published == "2023-03-07"
    assert (
        second.text == "Ministry warns of transshipment\n\nOfficials named three transit countries."
    )
    assert second.published == "2023-03-06"
    assert fourth.text == "An item without a title still has text."
    assert fourth.title is None and fourth.url is None and fourth.published is None
    assert len({d.id for d in docs}) == 3


def test_atom_entry_prefers_content_over_summary(tmp_path: Path) -> None:
    path = write(tmp_path, "wire.atom", ATOM)
    [doc] = read_file(path)
    assert doc.origin == f"{path}#1"
    assert doc.text == "Factory visit confirmed\n\nEngineers visited the plant twice."
    assert doc.outlet == "Example Wire"
    assert doc.url == "https://wire.example.org/1"
    assert doc.published == "2024-01-09"


def test_feed_sniffed_from_content(tmp_path: Path) -> None:
    docs = read_file(write(tmp_path, "latest", RSS))
    assert all(d.format == "feed" for d in docs)
    docs = read_file(write(tmp_path, "latest.php", ATOM))
    assert docs[0].title == "Factory visit confirmed"


def test_declared_legacy_charset(tmp_path: Path) -> None:
    rss = RSS.replace('encoding="utf-8"', 'encoding="windows-1251"').replace(
        "Customs data show rifle shipments", "Таможенные данные"
    )
    [first, *_] = read_file(write(tmp_path, "ru.rss", rss.encode("cp1251")))
    assert first.title == "Таможенные данные"


def test_utf16_feed_with_bom(tmp_path: Path) -> None:
    rss = RSS.replace('encoding="utf-8"', 'encoding="utf-16"')
    docs = read_file(write(tmp_path, "feed.rss", rss.encode("utf-16")))
    assert docs[0].title == "Customs data show rifle shipments"


def test_broken_feed_names_the_line(tmp_path: Path) -> None:
    broken = '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<title>x</tit\n'
    path = write(tmp_path, "broken.xml", broken)
    with pytest.raises(SourceError) as caught:
        read_file(path)
    assert caught.value.line == 4
    assert str(caught.value).startswith(f"{path}:4: broken feed:")


def test_slightly_broken_feed_with_items_is_read(tmp_path: Path) -> None:
    # A bare "&" is not well-formed XML, but feedparser's lenient parser still finds the item.
    sloppy = RSS.replace("Short teaser.", "Guns & ammunition")
    assert len(read_file(write(tmp_path, "sloppy.xml", sloppy))) == 3


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = write(tmp_path, "list.xml", '<?xml version="1.0"?>\n<sdnList><entry/></sdnList>\n')
    with pytest.raises(SourceError) as caught:
        read_file(path)
    assert str(caught.value) == f"{path}: not an RSS or Atom feed"


def test_feed_without_items(tmp_path: Path) -> None:
    rss = '<rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    with pytest.raises(SourceError, match=r"feed has no items$"):
        read_file(write(tmp_path, "quiet.rss", rss))


def test_feed_of_empty_items(tmp_path: Path) -> None:
    rss = (
        '<rss version="2.0"><channel><title>x</title><item><title> </title></item></channel></rss>'
    )
    with pytest.raises(SourceError, match="feed has no items with text"):
        read_file(write(tmp_path, "empty.rss", rss))


# feedparser deliberately repairs UTF-8 that was decoded as Latin-1 ("Ã©" -> "é"), so text made
# only of Latin-1 letters can legitimately change; the generator leaves U+0080-U+00FF out.
_LATIN1_HIGH = "".join(map(chr, range(0x80, 0x100)))
_WORDS = st.text(
    alphabet=st.characters(
        codec="utf-8",
        categories=("L", "N", "Zs"),
        exclude_characters=_LATIN1_HIGH + "\u2007\u202f",
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_WORDS, _WORDS), min_size=1, max_size=6))
def test_every_item_with_words_becomes_one_document(items: list[tuple[str, str]]) -> None:
    body = "".join(
        f"<item><title>{escape(title)}</title><description>{escape(text)}</description></item>"
        for title, text in items
    )
    rss = f'<rss version="2.0"><channel><title>Generated</title>{body}</channel></rss>'
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "gen.rss"
        path.write_text(rss, encoding="utf-8")
        try:
            docs = read_file(path)
        except SourceError as error:
            assert all(not (t + d).split() for t, d in items), error
            return
    expected = [n for n, (t, d) in enumerate(items, start=1) if (t + d).split()]
    assert [d.origin for d in docs] == [f"{path}#{n}" for n in expected]
    for doc, n in zip(docs, expected, strict=True):
        title, text = items[n - 1]
        words = [" ".join(unicodedata.normalize("NFC", field).split()) for field in (title, text)]
        words = [w for w in words if w]
        if len(words) == 2 and words[0] == words[1]:
            words = words[:1]  # a body that only repeats the headline is not repeated
        assert doc.text == "\n\n".join(words)
        assert doc.outlet == "Generated"
