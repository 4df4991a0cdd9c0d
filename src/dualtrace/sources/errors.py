"""The one exception every reader raises for bad input."""

from __future__ import annotations

from pathlib import Path


class SourceError(Exception):
    """A file that cannot be read as news, reported in one line: ``path:line: message``.

    The CLI prints ``str(error)`` and moves on to the next file, so the message must stand alone and
    never span lines (a parser's multi-line message is folded into one).
    """

    path: str
    line: int | None
    message: str

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.message = " ".join(str(message).split()) or "unreadable"
        self.line = line if line is not None and line > 0 else None
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"

    def __reduce__(self) -> tuple[type[SourceError], tuple[str, str, int | None]]:
        # Keeps the error intact across process pools (ingest may read files in workers).
        return (SourceError, (self.path, self.message, self.line))
