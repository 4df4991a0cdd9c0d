"""Expanding command-line paths into files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dualtrace.sources import SourceError, list_files


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x", encoding="utf-8")
    return path


def test_folders_expand_recursively_sorted_without_hidden(tmp_path: Path) -> None:
    for name in ["b.txt", "a.html", "sub/z.xml", "sub/deeper/c.txt", ".hidden.txt",
                 ".git/config", "sub/.cache/x.txt"]:  # fmt: skip
        touch(tmp_path / name)
    assert list_files([tmp_path]) == [
        tmp_path / "a.html",
        tmp_path / "b.txt",
        tmp_path / "sub" / "z.xml",
        tmp_path / "sub" / "deeper" / "c.txt",
    ]


def test_files_and_folders_keep_the_order_given_once_each(tmp_path: Path) -> None:
    one = touch(tmp_path / "news" / "one.txt")
    two = touch(tmp_path / "news" / "two.txt")
    feed = touch(tmp_path / "feed.xml")
    hidden = touch(tmp_path / ".named.txt")
    assert list_files([str(feed), tmp_path / "news", two, hidden]) == [feed, one, two, hidden]


def test_paths_keep_the_form_they_were_given_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    touch(tmp_path / "news" / "one.txt")
    monkeypatch.chdir(tmp_path)
    assert list_files(["news"]) == [Path("news/one.txt")]


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    touch(tmp_path / "a.txt")
    missing = tmp_path / "nope"
    with pytest.raises(SourceError) as caught:
        list_files([tmp_path, missing])
    assert str(caught.value) == f"{missing}: no such file or folder"


def test_empty_folder_gives_no_files(tmp_path: Path) -> None:
    assert list_files([tmp_path]) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this platform")
def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    real = touch(tmp_path / "news" / "a.txt")
    (tmp_path / "news" / "loop").symlink_to(tmp_path / "news", target_is_directory=True)
    assert list_files([tmp_path / "news"]) == [real]


def test_a_folders_readme_and_licence_are_not_evidence_unless_named(tmp_path: Path) -> None:
    sdn = touch(tmp_path / "ofac" / "sdn.csv")
    readme = touch(tmp_path / "ofac" / "README.md")
    touch(tmp_path / "ofac" / "LICENSE")
    touch(tmp_path / "ofac" / "dualtrace.duckdb")
    touch(tmp_path / "ofac" / "dualtrace.duckdb.wal")
    assert list_files([tmp_path / "ofac"]) == [sdn]
    assert list_files([readme]) == [readme]
