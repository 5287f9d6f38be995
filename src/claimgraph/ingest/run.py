"""The ingest loop: read → skip known ids → clean → exact / near-duplicate check → analyse → store.

Per batch of documents:

1. ids already stored (as articles or as exact-copy aliases) are skipped before any work, so a
   re-run or a resumed run costs one lookup per document it has seen;
2. each new document is cleaned once; its identity is the hash of its normalised text
   (``corpus/dedup.py``). A known hash with another id becomes an alias of the stored article;
3. a MinHash LSH query finds near-duplicates of stored or earlier originals: they are stored as
   text linked to their original (``near_duplicate_of``), never analysed;
4. the originals are analysed together (``Analyzer.analyze_articles``, i.e. ``nlp.pipe``), from
   the articles cleaned in step 2;
5. everything — articles, analysis rows, aliases, rejects, MinHash signatures — is written in one
   transaction (``Store.write_batch``).

A crash or ``kill -9`` loses at most the batch in flight, and that batch was not committed, so
running the same command again stores every article exactly once.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any

from claimgraph.corpus.dedup import DedupParams, NearDuplicateIndex, content_hash, signature_bytes
from claimgraph.errors import ClaimgraphError, InputError
from claimgraph.ingest.outlet import registered_domain
from claimgraph.ingest.types import Document, Item, SourceReject
from claimgraph.model import Article, RawDocument
from claimgraph.store.base import Alias, Batch, NewArticle, Reject, Store
from claimgraph.store.errors import StoreError
from claimgraph.store.rows import iso_date

if TYPE_CHECKING:
    from claimgraph.analyse.pipeline import Analyzer

log = logging.getLogger(__name__)

DEDUP_META_KEY = "dedup_params"


@dataclass
class IngestReport:
    read: int = 0  # documents read from the sources (not counting source-level rejects)
    stored: int = 0  # new analysed articles
    near_duplicates: int = 0  # new near-duplicates (stored, linked, not analysed)
    exact_duplicates: int = 0  # same text as a stored article under another id
    already_stored: int = 0  # skipped: this id (or this text under this id) was stored before
    rejected: int = 0  # rejects seen in this run (a re-run counts them again; the table does not)
    reject_kinds: dict[str, int] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected else 0

    def summary(self) -> str:
        return (
            f"read {self.read}: {self.stored} stored, {self.near_duplicates} near-duplicates, "
            f"{self.exact_duplicates} exact duplicates, {self.already_stored} already stored, "
            f"{self.rejected} rejected"
        )

    def as_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "exit_code": self.exit_code}


@dataclass
class _Pending:
    """A cleaned document waiting for analysis or storage in the current batch."""

    doc: Document
    doc_id: str
    article: Article
    hash: str
    signature: Any = None
    near: tuple[str, float] | None = None


def document_id(raw: RawDocument) -> str:
    """The id an article keeps: the given id, else its URL, else a hash of its content."""
    if raw.id:
        return raw.id
    if raw.url:
        return raw.url
    content = raw.content.encode("utf-8", "surrogatepass") if isinstance(raw.content, str) else raw.content
    return "sha256:" + hashlib.sha256(content).hexdigest()[:16]


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Ingestor:
    """Runs documents into a store; holds the analyser and the near-duplicate index for the run."""

    def __init__(
        self,
        store: Store,
        *,
        analyzer: Analyzer | None = None,
        batch_size: int = 16,
        params: DedupParams | None = None,
        outlet: str | None = None,
        on_progress: Callable[[IngestReport], None] | None = None,
    ) -> None:
        self.store = store
        self._analyzer = analyzer
        self.batch_size = batch_size
        self.params = params or DedupParams()
        self.outlet = outlet
        self.on_progress = on_progress
        self.report = IngestReport()
        self.index = NearDuplicateIndex(self.params)
        self._seen_hashes: dict[str, str] = {}  # hashes stored in this run → article id
        self._load_index()

    @property
    def analyzer(self) -> Analyzer:
        if self._analyzer is None:
            from claimgraph.analyse.pipeline import Analyzer

            self._analyzer = Analyzer()
        return self._analyzer

    def _load_index(self) -> None:
        stored = self.store.get_meta(DEDUP_META_KEY)
        if stored is None:
            self.store.set_meta(DEDUP_META_KEY, self.params.key())
        elif stored != self.params.key():
            raise StoreError(
                f"this database's near-duplicate signatures were made with {stored!r}, "
                f"not {self.params.key()!r}; use the same settings or a new database"
            )
        loaded = self.index.add_signatures(self.store.iter_signatures())
        log.info("near-duplicate index: %d stored originals", loaded)

    def run(self, items: Iterable[Item]) -> IngestReport:
        carry: list[Item] = []
        for chunk in _batches(items, self.batch_size):
            carry = self._batch(carry + chunk)
            self.report.read -= len(carry)  # read once, counted once
        while carry:  # near-duplicates whose original failed analysis, analysed on their own
            carry = self._batch(carry)
            self.report.read -= len(carry)
        return self.report

    def _batch(self, chunk: Sequence[Item]) -> list[Item]:
        batch = Batch()
        docs: list[Document] = []
        for item in chunk:
            if isinstance(item, SourceReject):
                self._reject(batch, Reject(item.origin, item.kind, item.reason, item.doc_id))
            else:
                docs.append(item)
        self.report.read += len(docs)
        ids = [document_id(d.raw) for d in docs]
        known = self.store.known_ids(ids)
        pending: list[_Pending] = []
        batch_ids: set[str] = set()
        for doc, doc_id in zip(docs, ids, strict=True):
            if doc_id in known or doc_id in batch_ids:
                self.report.already_stored += 1
                continue
            try:
                article = self.analyzer.clean(dataclasses.replace(doc.raw, id=doc_id))
            except InputError as exc:
                self._reject(batch, Reject(doc.raw.origin, exc.__class__.__name__, str(exc), doc_id))
                continue
            except ClaimgraphError:
                raise
            except Exception as exc:  # a cleaner bug on odd input is that input's reject, not the run's end
                log.exception("cleaning failed for %s", doc_id)
                reason = f"internal error in cleaning: {exc.__class__.__name__}: {exc}"
                self._reject(batch, Reject(doc.raw.origin, "internal", reason, doc_id))
                continue
            if not doc.raw.id and not doc.raw.url and article.url:
                # The page names its own (canonical) URL: that is the id it was given.
                doc_id = article.url
                if doc_id in batch_ids:
                    self.report.already_stored += 1
                    continue
            batch_ids.add(doc_id)
            pending.append(_Pending(doc, doc_id, article, content_hash(article.text)))
        renamed = self.store.known_ids(p.doc_id for p in pending if p.doc_id not in ids)
        if renamed:
            self.report.already_stored += sum(1 for p in pending if p.doc_id in renamed)
            pending = [p for p in pending if p.doc_id not in renamed]
        stored_hashes = self.store.known_hashes(p.hash for p in pending)
        originals: list[_Pending] = []
        for p in pending:
            owner = stored_hashes.get(p.hash) or self._seen_hashes.get(p.hash)
            if owner is not None:
                if owner == p.doc_id:
                    self.report.already_stored += 1
                else:
                    batch.aliases.append(
                        Alias(p.doc_id, owner, p.doc.raw.origin, url=p.article.url, outlet=self._outlet(p))
                    )
                    self.report.exact_duplicates += 1
                continue
            self._seen_hashes[p.hash] = p.doc_id
            p.signature = self.index.signature(p.article.text)
            match = self.index.query(p.signature)
            if match is not None:
                p.near = (match.key, match.similarity)
                batch.articles.append(self._new_article(p, None))
                continue
            self.index.add_signature(p.doc_id, p.signature)
            originals.append(p)
        carry = self._analyse(originals, batch, {p.doc_id: p for p in pending})
        result = self.store.write_batch(batch)
        self.report.stored += result.articles
        self.report.near_duplicates += result.near_duplicates
        if self.on_progress is not None:
            self.on_progress(self.report)
        return carry

    def _analyse(self, originals: list[_Pending], batch: Batch, pending: dict[str, _Pending]) -> list[Item]:
        # Cleaned once already (to find duplicates): analyse those articles, not the raw documents.
        articles = [self._analysis_input(p) for p in originals]
        failed: set[str] = set()
        for p, result in zip(
            originals, self.analyzer.analyze_articles(articles, batch_size=len(articles) or 1), strict=True
        ):
            if hasattr(result, "article"):
                batch.articles.append(self._new_article(p, result.to_dict()))
            else:
                failed.add(p.doc_id)
                self.index.remove(p.doc_id)
                del self._seen_hashes[p.hash]
                self._reject(batch, Reject(p.doc.raw.origin, result.kind, result.error, p.doc_id))
        if not failed:
            return []
        # Near-duplicates of an original that could not be analysed have nothing to point at:
        # they go round again as documents of their own.
        carry: list[Item] = []
        kept: list[NewArticle] = []
        for article in batch.articles:
            if article.near_duplicate_of in failed:
                self._seen_hashes.pop(article.content_hash, None)
                carry.append(pending[article.id].doc)
            else:
                kept.append(article)
        batch.articles[:] = kept
        return carry

    def _analysis_input(self, p: _Pending) -> Article:
        return dataclasses.replace(
            p.article, id=p.doc_id, outlet=self._outlet(p), published=self._published(p)
        )

    def _outlet(self, p: _Pending) -> str | None:
        agency = p.article.dateline.agency if p.article.dateline else None
        site = p.article.outlet
        if site and " " not in site and ("." in site or ":" in site):
            site = None  # trafilatura falls back to the host name ("www.x.com:8080"): use the domain
        return (
            self.outlet
            or p.doc.raw.outlet
            or site
            or registered_domain(p.article.url or p.doc.raw.url)
            or agency
        )

    @staticmethod
    def _published(p: _Pending) -> str | None:
        """The given date, else the page's, else when it was archived or fetched.

        A page cannot have been published after it was archived: a date the cleaner found that lies
        after the capture date is a guess from the text ("will open by 2026"), and loses to it.
        """
        given = p.doc.raw.published or p.article.published
        captured = p.doc.captured
        if given and captured and not p.doc.raw.published:
            found, seen = iso_date(given), iso_date(captured)
            if found is not None and seen is not None and found > seen:
                return captured
        return given or captured

    def _new_article(self, p: _Pending, analysis: dict[str, Any] | None) -> NewArticle:
        art = p.article
        published = self._published(p)
        if analysis is not None:
            published = analysis.get("article", {}).get("published") or published
        return NewArticle(
            id=p.doc_id,
            content_hash=p.hash,
            text=art.text,
            origin=p.doc.raw.origin,
            analysis=analysis,
            url=art.url or p.doc.raw.url,
            outlet=self._outlet(p),
            published=published,
            headline=art.headline,
            language=art.language,
            source_format=art.source_format,
            near_duplicate_of=p.near[0] if p.near else None,
            similarity=round(p.near[1], 4) if p.near else None,
            signature=signature_bytes(p.signature) if p.near is None and p.signature is not None else None,
        )

    def _reject(self, batch: Batch, reject: Reject) -> None:
        batch.rejects.append(reject)
        self.report.rejected += 1
        self.report.reject_kinds[reject.kind] = self.report.reject_kinds.get(reject.kind, 0) + 1
