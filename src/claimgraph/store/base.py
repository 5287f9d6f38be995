"""What the rest of claimgraph sees of a store: the ``Store`` protocol and the values it takes.

One implementation (``store/sql.py``) serves SQLite and PostgreSQL; the protocol is what a test
double or a future backend would have to provide, and what the CLI and the API call.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, Protocol

SearchTarget = Literal["articles", "claims"]


@dataclass(frozen=True, slots=True)
class NewArticle:
    """An article to store: analysed (``analysis`` set), or a near-duplicate of one (not analysed)."""

    id: str
    content_hash: str
    text: str
    origin: str
    analysis: dict[str, Any] | None = None  # claimgraph/1 output
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    headline: str | None = None
    language: str | None = None
    source_format: str | None = None
    near_duplicate_of: str | None = None
    similarity: float | None = None
    signature: bytes | None = None  # MinHash signature of an original, for later runs' LSH


@dataclass(frozen=True, slots=True)
class Alias:
    """Another id under which exactly the text of a stored article arrived."""

    id: str
    article_id: str
    origin: str
    url: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Reject:
    origin: str
    kind: str
    reason: str
    doc_id: str | None = None


@dataclass(slots=True)
class Batch:
    articles: list[NewArticle] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.articles) + len(self.aliases) + len(self.rejects)


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What a batch actually added (rows already present are not counted)."""

    articles: int = 0
    near_duplicates: int = 0
    aliases: int = 0
    rejects: int = 0


@dataclass(frozen=True, slots=True)
class Filters:
    """Filters shared by the claims / events / places / entities queries; None means no filter.

    ``place``: an ISO 3166-2 code (``RU-KRS``) or an ISO 3166-1 alpha-2 country (``RU``, which
    includes its subdivisions). ``entity`` / ``speaker``: a name, matched case-insensitively as the
    whole canonical name or a whole-word part of it ("Putin" finds "Vladimir Putin"). ``type``: the
    claim's attribution kind, the event's PLOVER type, the entity type or the place feature.
    ``since`` / ``until``: publication dates, inclusive.
    """

    place: str | None = None
    entity: str | None = None
    speaker: str | None = None
    type: str | None = None
    since: date | None = None
    until: date | None = None
    outlet: str | None = None
    limit: int | None = 100
    offset: int = 0


class Store(Protocol):
    url: str
    dialect: str

    def close(self) -> None: ...

    # ingest
    def known_ids(self, ids: Iterable[str]) -> set[str]: ...
    def known_hashes(self, hashes: Iterable[str]) -> dict[str, str]: ...
    def iter_signatures(self) -> Iterator[tuple[str, bytes]]: ...
    def get_meta(self, key: str) -> str | None: ...
    def set_meta(self, key: str, value: str) -> None: ...
    def write_batch(self, batch: Batch) -> WriteResult: ...

    # queries
    def stats(self) -> dict[str, Any]: ...
    def search(
        self, query: str, *, target: SearchTarget = "articles", limit: int = 20
    ) -> list[dict[str, Any]]: ...
    def claims(self, filters: Filters | None = None) -> list[dict[str, Any]]: ...
    def events(self, filters: Filters | None = None) -> list[dict[str, Any]]: ...
    def places(self, filters: Filters | None = None) -> list[dict[str, Any]]: ...
    def entities(self, filters: Filters | None = None) -> list[dict[str, Any]]: ...
    def iter_articles(self, filters: Filters | None = None) -> Iterator[dict[str, Any]]: ...
    def near_duplicates(self, limit: int = 100) -> list[dict[str, Any]]: ...
    def rejects(self, limit: int = 100) -> list[dict[str, Any]]: ...
