"""Readers for sanctions and watch lists: OFAC (legacy CSV and advanced XML), EU FSF XML,
the UK Sanctions List (CSV, XML), the US Consolidated Screening List (CSV, JSON) and
FollowTheMoney JSON lines.

`read_list(path)` picks the reader from the file's name and first bytes (`list_format`) and
returns a ListRead: the entries, and one "file:line: reason" problem per row skipped or read
only in part. A file that cannot be read at all raises SourceError.
"""

from dualtrace.sources.lists.base import ListRead
from dualtrace.sources.lists.sniff import list_format, read_list

__all__ = ["ListRead", "list_format", "read_list"]
