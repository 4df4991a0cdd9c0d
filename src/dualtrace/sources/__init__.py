"""Readers that turn files, folders and feeds into Documents (or one-line errors).

`list_files(paths)` expands folders (a missing path is a SourceError); `read_file(path)` gives the
documents in one text file, HTML page or RSS/Atom feed, or raises a SourceError whose `str()` is a
one-line message such as ``news/a.txt:3: invalid UTF-8 (byte 0xff at column 7)``.
"""

from dualtrace.sources.errors import SourceError
from dualtrace.sources.read import MAX_BYTES, read_file
from dualtrace.sources.walk import list_files

__all__ = ["MAX_BYTES", "SourceError", "list_files", "read_file"]
