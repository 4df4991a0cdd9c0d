"""Command-line paths to the files to read: folders expand, missing paths fail early."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from dualtrace.sources.errors import SourceError

# A folder's own paperwork ("README.md" beside the OFAC files, a LICENSE) is not evidence.
PAPERWORK = ("readme", "license", "licence", "changelog", "provenance")


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _paperwork(name: str) -> bool:
    """Also a store's own files: `ingest .` beside ./dualtrace.duckdb must not read the store."""
    lower = name.lower()
    return lower.split(".")[0] in PAPERWORK or lower.endswith((".duckdb", ".duckdb.wal"))


def _walk(folder: Path) -> list[Path]:
    def fail(error: OSError) -> None:
        raise SourceError(error.filename or folder, f"cannot list folder: {error.strerror}")

    found: list[Path] = []
    # os.walk does not follow symlinked folders, so a link loop cannot make this run forever.
    for root, dirs, files in os.walk(folder, onerror=fail):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        base = Path(root)
        found.extend(
            base / name for name in sorted(files) if not _hidden(name) and not _paperwork(name)
        )
    return found


def list_files(paths: Sequence[str | Path]) -> list[Path]:
    """The files named and, for each folder, every file under it (sorted; hidden files and a
    folder's README/LICENSE skipped).

    A hidden file named explicitly is kept: the user asked for it. Each file appears once, at its
    first position. Raises SourceError for a path that does not exist.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = _walk(path)
        elif path.exists():
            candidates = [path]
        else:
            raise SourceError(given, "no such file or folder")
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                found.append(candidate)
    return found
