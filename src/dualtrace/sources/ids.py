"""Document ids: a content hash, so the same text read twice (or from two paths) is one document."""

from __future__ import annotations

import hashlib


def document_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
