"""What readers yield: a document to ingest, or the reason a piece of a source could not become one."""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.errors import InputError
from claimgraph.model import RawDocument


@dataclass(frozen=True, slots=True)
class Document:
    """A raw document and what its container knew about it.

    ``captured``: when it was archived or fetched (WARC-Date, fetch time). It is not the
    publication date; the ingest uses it only when the page itself gives none.
    """

    raw: RawDocument
    captured: str | None = None


@dataclass(frozen=True, slots=True)
class SourceReject:
    """A part of a source that could not be read: a bad JSONL line, a truncated WARC, a blocked URL."""

    origin: str
    kind: str
    reason: str
    doc_id: str | None = None

    @classmethod
    def of(cls, origin: str, exc: InputError, doc_id: str | None = None) -> SourceReject:
        return cls(origin=origin, kind=exc.__class__.__name__, reason=str(exc), doc_id=doc_id)


Item = Document | SourceReject
