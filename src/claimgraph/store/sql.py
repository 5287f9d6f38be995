"""The store on SQLAlchemy Core: one implementation for SQLite and PostgreSQL.

Writes: ``write_batch`` is one transaction; every insert is ``ON CONFLICT DO NOTHING``, and rows
below an article are written only when the article row itself was new, so a batch replayed after
a crash (or a second run over the same sources) adds nothing.

Queries: the functions the CLI and the API call. Each filter maps to one indexed column (see
``schema.py``); entity and speaker names are first resolved to the stored normalised names, then
looked up through an index, so a filter never scans the claims table.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    distinct,
    exists,
    func,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from claimgraph.model import UNIDENTIFIED_SPEAKERS
from claimgraph.store import schema
from claimgraph.store.base import Alias, Batch, Filters, NewArticle, SearchTarget, WriteResult
from claimgraph.store.engine import make_engine, normalise_url, write_transaction
from claimgraph.store.errors import StoreError
from claimgraph.store.migrations import PG_ARTICLE_TSV, PG_CLAIM_TSV, migrate
from claimgraph.store.rows import child_rows, iso_date, name_word_rows, norm_name

_CHILD_TABLES: tuple[Table, ...] = (
    schema.entities,
    schema.attributions,
    schema.claims,
    schema.quantities,
    schema.places,
    schema.claim_places,
    schema.claim_entities,
    schema.events,
)
_MAX_NAMES = 500  # a name filter that matches more distinct names than this is too vague to use
_CHUNK = 500  # rows per IN (...) lookup: well under SQLite's and PostgreSQL's parameter limits


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(normalise_url(url)).render_as_string(hide_password=True)
    except Exception:
        return "<database URL>"


class SqlStore:
    """A corpus database; ``open_store(url)`` is the way to get one."""

    def __init__(self, url: str) -> None:
        self.url = redact(url)
        self.engine = make_engine(url)
        self.dialect = self.engine.dialect.name
        try:
            migrate(self.engine)
        except (OperationalError, DBAPIError) as exc:
            self.engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
            raise StoreError(f"cannot open database {self.url}: {reason}") from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ------------------------------------------------------------------ ingest

    def _insert(self, table: Table) -> Any:
        """INSERT ... ON CONFLICT DO NOTHING for this backend."""
        if self.dialect == "postgresql":
            return postgresql.insert(table).on_conflict_do_nothing()
        return sqlite.insert(table).on_conflict_do_nothing()

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        found: set[str] = set()
        with self.engine.connect() as conn:
            for chunk in _chunks(list(set(ids))):
                found.update(
                    conn.scalars(select(schema.articles.c.id).where(schema.articles.c.id.in_(chunk)))
                )
                found.update(conn.scalars(select(schema.aliases.c.id).where(schema.aliases.c.id.in_(chunk))))
        return found

    def known_hashes(self, hashes: Iterable[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        a = schema.articles
        with self.engine.connect() as conn:
            for chunk in _chunks(list(set(hashes))):
                for content_hash, article_id in conn.execute(
                    select(a.c.content_hash, a.c.id).where(a.c.content_hash.in_(chunk))
                ):
                    found[content_hash] = article_id
        return found

    def iter_signatures(self) -> Iterator[tuple[str, bytes]]:
        s = schema.signatures
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=5000).execute(select(s.c.article_id, s.c.signature))
            for article_id, blob in result:
                yield article_id, bytes(blob)

    def get_meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            value = conn.scalar(select(schema.meta.c.value).where(schema.meta.c.key == key))
        return None if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        with write_transaction(self.engine) as conn:
            conn.execute(schema.meta.delete().where(schema.meta.c.key == key))
            conn.execute(schema.meta.insert().values(key=key, value=value))

    def write_batch(self, batch: Batch) -> WriteResult:
        """Store a batch in one transaction; returns what was new."""
        try:
            return self._write_batch(batch)
        except DBAPIError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
            raise StoreError(f"cannot write to {self.url}: {reason}") from None

    def _write_batch(self, batch: Batch) -> WriteResult:
        now = datetime.now(UTC)
        originals = [a for a in batch.articles if a.near_duplicate_of is None]
        copies = [a for a in batch.articles if a.near_duplicate_of is not None]
        with write_transaction(self.engine) as conn:
            # Originals first: a near-duplicate's foreign key may point at one in this same batch.
            new_originals = self._insert_articles(conn, originals, now)
            new_copies = self._insert_articles(conn, copies, now)
            children: dict[Table, list[dict[str, Any]]] = defaultdict(list)
            signatures: list[dict[str, Any]] = []
            for article in originals:
                if article.id not in new_originals:
                    continue
                if article.analysis is not None:
                    for name, rows in child_rows(
                        article.id, article.analysis, outlet=article.outlet, published=article.published
                    ).items():
                        children[schema.metadata.tables[name]].extend(rows)
                if article.signature is not None:
                    signatures.append({"article_id": article.id, "signature": article.signature})
            for table in _CHILD_TABLES:
                if children[table]:
                    conn.execute(self._insert(table), children[table])
            words = name_word_rows(row["name_norm"] for row in children[schema.entities])
            if words:
                conn.execute(self._insert(schema.name_words), words)
            if signatures:
                conn.execute(self._insert(schema.signatures), signatures)
            aliases = self._insert_returning(
                conn,
                schema.aliases,
                schema.aliases.c.id,
                [
                    {
                        "id": alias.id,
                        "article_id": alias.article_id,
                        "url": alias.url,
                        "outlet": alias.outlet,
                        "origin": alias.origin,
                        "seen_at": now,
                    }
                    for alias in [*batch.aliases, *self._lost_races(conn, batch, new_originals | new_copies)]
                ],
            )
            rejects = self._insert_returning(
                conn,
                schema.rejects,
                schema.rejects.c.key,
                [
                    {
                        "key": _reject_key(r.origin, r.doc_id, r.kind),
                        "doc_id": r.doc_id,
                        "origin": r.origin,
                        "kind": r.kind,
                        "reason": r.reason,
                        "seen_at": now,
                    }
                    for r in batch.rejects
                ],
            )
        return WriteResult(
            articles=len(new_originals),
            near_duplicates=len(new_copies),
            aliases=len(aliases),
            rejects=len(rejects),
        )

    def _lost_races(self, conn: Connection, batch: Batch, inserted: set[str]) -> list[Alias]:
        """Articles whose text another writer stored first (under another id) become its aliases.

        A single ingest never sends such articles (it checks hashes first); two ingests into one
        database at once can, and their copies must not vanish.
        """
        lost = [a for a in batch.articles if a.id not in inserted]
        if not lost:
            return []
        a = schema.articles
        hashes = [x.content_hash for x in lost]
        owners: dict[str, str] = {
            str(h): str(i)
            for h, i in conn.execute(select(a.c.content_hash, a.c.id).where(a.c.content_hash.in_(hashes)))
        }
        return [
            Alias(x.id, owners[x.content_hash], x.origin, url=x.url, outlet=x.outlet)
            for x in lost
            if owners.get(x.content_hash) not in (None, x.id)
        ]

    def _insert_articles(self, conn: Connection, items: Sequence[NewArticle], now: datetime) -> set[str]:
        rows = [
            {
                "id": a.id,
                "content_hash": a.content_hash,
                "url": a.url,
                "outlet": a.outlet,
                "published": a.published,
                "published_date": iso_date(a.published),
                "headline": a.headline,
                "text": a.text,
                "language": a.language,
                "source_format": a.source_format,
                "origin": a.origin,
                "json": a.analysis,
                "near_duplicate_of": a.near_duplicate_of,
                "similarity": a.similarity,
                "ingested_at": now,
            }
            for a in items
        ]
        return self._insert_returning(conn, schema.articles, schema.articles.c.id, rows)

    def _insert_returning(
        self, conn: Connection, table: Table, key: Any, rows: list[dict[str, Any]]
    ) -> set[str]:
        if not rows:
            return set()
        # RETURNING tells which rows were new; ON CONFLICT DO NOTHING returns nothing for the others.
        return {str(k) for k in conn.scalars(self._insert(table).returning(key), rows)}

    # ----------------------------------------------------------------- queries

    def stats(self) -> dict[str, Any]:
        a, r = schema.articles, schema.rejects
        with self.engine.connect() as conn:

            def count(table: Table, *where: ColumnElement[bool]) -> int:
                return int(conn.scalar(select(func.count()).select_from(table).where(*where)) or 0)

            first, last = conn.execute(
                select(func.min(a.c.published_date), func.max(a.c.published_date))
            ).one()
            reject_kinds = {
                str(kind): int(n)
                for kind, n in conn.execute(
                    select(r.c.kind, func.count()).group_by(r.c.kind).order_by(r.c.kind)
                )
            }
            return {
                "database": self.url,
                "articles": count(a, a.c.near_duplicate_of.is_(None)),
                "near_duplicates": count(a, a.c.near_duplicate_of.is_not(None)),
                "exact_duplicates": count(schema.aliases),
                "rejects": count(r),
                "rejects_by_kind": reject_kinds,
                "claims": count(schema.claims),
                "attributions": count(schema.attributions),
                "entities": count(schema.entities),
                "places": count(schema.places),
                "places_with_code": count(schema.places, schema.places.c.code.is_not(None)),
                "events": count(schema.events),
                "quantities": count(schema.quantities),
                "outlets": int(conn.scalar(select(func.count(distinct(a.c.outlet)))) or 0),
                "published_from": first.isoformat() if first else None,
                "published_to": last.isoformat() if last else None,
            }

    def search(
        self, query: str, *, target: SearchTarget = "articles", limit: int = 20
    ) -> list[dict[str, Any]]:
        """Full-text search; the query takes words, "quoted phrases", OR and -exclusions."""
        if not query.strip():
            return []
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                match = fts5_query(query)
                if match is None:
                    return []
                sql = _SQLITE_SEARCH[target]
            else:
                match = query
                sql = _PG_SEARCH[target]
            try:
                rows = conn.execute(text(sql), {"q": match, "n": limit})
                return [dict(row._mapping) for row in rows]
            except OperationalError as exc:  # an FTS5 syntax error that the translation let through
                raise StoreError(f"cannot search for {query!r}: {exc.orig}") from None

    def claims(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        filters = filters or Filters()
        c, a = schema.claims, schema.articles
        q: Select[Any] = select(
            c.c.article_id,
            c.c.claim_id,
            c.c.speaker,
            c.c.asserted_by,
            c.c.kind,
            c.c.modality,
            c.c.text,
            c.c.start,
            c.c.end,
            c.c.outlet,
            c.c.published_date,
            a.c.url,
            a.c.headline,
        ).join(a, a.c.id == c.c.article_id)
        with self.engine.connect() as conn:
            where = self._claim_filters(conn, filters)
            if where is None:
                return []
            # A subdivision or entity filter matches few claims, through a link table; ordering by
            # "pk + 0" keeps PostgreSQL from walking the whole claims index newest-first hoping to
            # meet them early (its LIMIT plan): it collects the matches and sorts only those. A
            # country matches many claims, and there that walk is the fast plan.
            rare = filters.entity or (filters.place and not _is_country(filters.place))
            order = (c.c.pk + 0) if rare else c.c.pk
            q = q.where(*where).order_by(order.desc())
            rows = [_plain(row._mapping) for row in conn.execute(_page(q, filters))]
            self._attach_claim_details(conn, rows)
        return rows

    def _claim_filters(self, conn: Connection, f: Filters) -> list[ColumnElement[bool]] | None:
        c, cp, ce = schema.claims, schema.claim_places, schema.claim_entities
        where: list[ColumnElement[bool]] = []
        # A rare match (a subdivision, an entity): "(article_id, claim_id) IN (SELECT ...)", so both
        # planners start from the small indexed link table instead of walking claims newest-first.
        key = tuple_(c.c.article_id, c.c.claim_id)
        if f.place and _is_country(f.place):
            # A country matches many claims: walk claims newest-first and stop at the page's end.
            where.append(
                exists().where(
                    cp.c.article_id == c.c.article_id,
                    cp.c.claim_id == c.c.claim_id,
                    _place_match(cp.c.code, cp.c.country, f.place),
                )
            )
        elif f.place:
            where.append(
                key.in_(
                    select(cp.c.article_id, cp.c.claim_id).where(
                        _place_match(cp.c.code, cp.c.country, f.place)
                    )
                )
            )
        if f.entity:
            names = self._names(conn, f.entity)
            if not names:
                return None
            where.append(key.in_(select(ce.c.article_id, ce.c.claim_id).where(ce.c.name_norm.in_(names))))
        if f.speaker:
            names = self._names(conn, f.speaker) | {norm_name(f.speaker)}
            where.append(c.c.speaker_norm.in_(names))
        if f.type:
            where.append(c.c.kind == f.type)
        where.extend(_date_and_outlet(c.c.published_date, c.c.outlet, f))
        return where

    def _attach_claim_details(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        """Places and the copy count of each claim's article, for one page of claims."""
        if not rows:
            return
        cp, q = schema.claim_places, schema.quantities
        # Looked up by article (the leading primary-key column), not by (article, claim) pairs:
        # SQLite scans the whole index for a row-value IN list.
        articles = list({r["article_id"] for r in rows})
        places: dict[tuple[str, str], list[str]] = defaultdict(list)
        quantities: dict[tuple[str, str], list[str]] = defaultdict(list)
        for chunk in _chunks(articles):
            for art, claim, code in conn.execute(
                select(cp.c.article_id, cp.c.claim_id, cp.c.code)
                .where(cp.c.article_id.in_(chunk))
                .order_by(cp.c.place_id)
            ):
                if code:
                    places[(art, claim)].append(code)
            for art, claim, qtext in conn.execute(
                select(q.c.article_id, q.c.claim_id, q.c.text)
                .where(q.c.article_id.in_(chunk))
                .order_by(q.c.seq)
            ):
                quantities[(art, claim)].append(qtext)
        copies = self._copies(conn, {r["article_id"] for r in rows})
        for row in rows:
            key = (row["article_id"], row["claim_id"])
            row["places"] = places.get(key, [])
            row["quantities"] = quantities.get(key, [])
            row["copies"] = copies.get(row["article_id"], 0)

    def _copies(self, conn: Connection, ids: set[str]) -> dict[str, int]:
        """How many near-duplicate and exact copies each article has (duplicate warnings)."""
        a, al = schema.articles, schema.aliases
        out: dict[str, int] = defaultdict(int)
        for chunk in _chunks(list(ids)):
            for art, n in conn.execute(
                select(a.c.near_duplicate_of, func.count())
                .where(a.c.near_duplicate_of.in_(chunk))
                .group_by(a.c.near_duplicate_of)
            ):
                out[art] += int(n)
            for art, n in conn.execute(
                select(al.c.article_id, func.count())
                .where(al.c.article_id.in_(chunk))
                .group_by(al.c.article_id)
            ):
                out[art] += int(n)
        return out

    def events(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        e, a = schema.events, schema.articles
        f = filters or Filters()
        q: Select[Any] = select(
            e.c.article_id,
            e.c.event_id,
            e.c.type,
            e.c.mode,
            e.c.modality,
            e.c.claimed_by_name.label("claimed_by"),
            e.c.actor,
            e.c.target,
            e.c.code,
            e.c.country,
            e.c.lat,
            e.c.lon,
            e.c.date,
            e.c.outlet,
            e.c.published_date,
            a.c.url,
        ).join(a, a.c.id == e.c.article_id)
        where: list[ColumnElement[bool]] = []
        if f.place:
            where.append(_place_match(e.c.code, e.c.country, f.place))
        if f.type:
            where.append(func.upper(e.c.type) == f.type.upper())
        if f.entity:
            pattern = f"%{_like_escape(f.entity.casefold())}%"
            where.append(
                or_(
                    func.lower(e.c.actor).like(pattern, escape="\\"),
                    func.lower(e.c.target).like(pattern, escape="\\"),
                )
            )
        if f.speaker:
            pattern = f"%{_like_escape(f.speaker.casefold())}%"
            where.append(func.lower(e.c.claimed_by_name).like(pattern, escape="\\"))
        where.extend(_date_and_outlet(e.c.published_date, e.c.outlet, f))
        q = q.where(*where).order_by(e.c.published_date.desc(), e.c.article_id, e.c.event_id)
        with self.engine.connect() as conn:
            return [_plain(row._mapping) for row in conn.execute(_page(q, f))]

    def places(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        """Places aggregated over the corpus: one row per (name, code), most mentioned first."""
        p = schema.places
        f = filters or Filters()
        key = (p.c.name, p.c.code, p.c.country, p.c.feature)
        q: Select[Any] = select(
            *key,
            func.avg(p.c.lat).label("lat"),
            func.avg(p.c.lon).label("lon"),
            func.max(p.c.geonames_id).label("geonames_id"),
            func.count(distinct(p.c.article_id)).label("articles"),
            func.sum(p.c.mentions).label("mentions"),
        )
        with self.engine.connect() as conn:
            where = self._article_scope(conn, p.c.article_id, f, by_place=False, by_entity=True)
            if where is None:
                return []
            if f.place:
                where.append(_place_match(p.c.code, p.c.country, f.place))
            if f.type:
                where.append(p.c.feature == f.type)
            q = q.where(*where).group_by(*key).order_by(func.sum(p.c.mentions).desc(), p.c.name)
            return [_plain(row._mapping) for row in conn.execute(_page(q, f))]

    def entities(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        """Entities aggregated over the corpus: one row per (normalised name, type)."""
        en, c = schema.entities, schema.claims
        f = filters or Filters()
        q: Select[Any] = select(
            func.max(en.c.name).label("name"),
            en.c.type,
            func.count(distinct(en.c.article_id)).label("articles"),
            func.sum(en.c.mentions).label("mentions"),
        )
        with self.engine.connect() as conn:
            where = self._article_scope(conn, en.c.article_id, f, by_place=True, by_entity=False)
            if where is None:
                return []
            if f.entity:
                names = self._names(conn, f.entity)
                if not names:
                    return []
                where.append(en.c.name_norm.in_(names))
            if f.type:
                where.append(en.c.type == f.type)
            # Each article's "unidentified person" is someone else: no corpus-wide entity.
            where.append(en.c.name_norm.not_in([norm_name(n) for n in UNIDENTIFIED_SPEAKERS.values()]))
            if f.speaker:  # entities that assert at least one claim under this speaker name
                names = self._names(conn, f.speaker) | {norm_name(f.speaker)}
                where.append(
                    exists().where(
                        c.c.article_id == en.c.article_id,
                        c.c.asserted_by == en.c.entity_id,
                        c.c.speaker_norm.in_(names),
                    )
                )
            q = (
                q.where(*where)
                .group_by(en.c.name_norm, en.c.type)
                .order_by(func.count(distinct(en.c.article_id)).desc(), func.sum(en.c.mentions).desc())
            )
            return [_plain(row._mapping) for row in conn.execute(_page(q, f))]

    def _article_scope(
        self, conn: Connection, article_id: Any, f: Filters, *, by_place: bool, by_entity: bool
    ) -> list[ColumnElement[bool]] | None:
        """Filters that select articles (date, outlet, place, entity) for the aggregate queries."""
        a, p, en = schema.articles, schema.places, schema.entities
        where: list[ColumnElement[bool]] = []
        scoped = list(_date_and_outlet(a.c.published_date, a.c.outlet, f))
        if scoped:
            where.append(exists().where(a.c.id == article_id, *scoped))
        if f.place and by_place:
            place_alias = p.alias("scope_places")
            where.append(
                exists().where(
                    place_alias.c.article_id == article_id,
                    _place_match(place_alias.c.code, place_alias.c.country, f.place),
                )
            )
        if f.entity and by_entity:
            names = self._names(conn, f.entity)
            if not names:
                return None
            scope_entities = en.alias("scope_entities")
            where.append(
                exists().where(
                    scope_entities.c.article_id == article_id, scope_entities.c.name_norm.in_(names)
                )
            )
        return where

    def _names(self, conn: Connection, name: str) -> set[str]:
        """Stored normalised entity names that ``name`` denotes: the whole name or a whole-word part.

        Candidates come from the ``name_words`` index (names containing the query's first word);
        the whole-word match is then checked here.
        """
        n = norm_name(name)
        if not n:
            return set()
        nw = schema.name_words
        candidates = conn.scalars(select(nw.c.name_norm).where(nw.c.word == n.split()[0]))
        found = {str(c) for c in candidates if f" {n} " in f" {c} "}
        if len(found) > _MAX_NAMES:
            raise StoreError(f"{name!r} matches more than {_MAX_NAMES} names; be more specific")
        return found

    def iter_articles(self, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
        """Each analysed article's claimgraph/1 output, with a ``corpus`` key (copies, ingest time)."""
        filters = filters or Filters()
        a, al = schema.articles, schema.aliases
        with self.engine.connect() as conn:
            where = self._article_scope(conn, a.c.id, filters, by_place=True, by_entity=True)
            if where is None:
                return
            where.append(a.c.near_duplicate_of.is_(None))
            q = select(a.c.id, a.c.json, a.c.ingested_at, a.c.origin).where(*where).order_by(a.c.pk)
            if filters.limit is not None:
                q = q.limit(filters.limit).offset(filters.offset)
            result = conn.execution_options(yield_per=200).execute(q)
            for part in result.partitions():
                ids = [row.id for row in part]
                copies: dict[str, list[dict[str, Any]]] = defaultdict(list)
                for near in conn.execute(
                    select(a.c.id, a.c.url, a.c.similarity, a.c.near_duplicate_of).where(
                        a.c.near_duplicate_of.in_(ids)
                    )
                ):
                    copies[near.near_duplicate_of].append(
                        {"id": near.id, "kind": "near", "similarity": near.similarity, "url": near.url}
                    )
                for alias in conn.execute(
                    select(al.c.id, al.c.url, al.c.article_id).where(al.c.article_id.in_(ids))
                ):
                    copies[alias.article_id].append(
                        {"id": alias.id, "kind": "exact", "similarity": 1.0, "url": alias.url}
                    )
                for row in part:
                    out = dict(row.json) if row.json else {}
                    out["corpus"] = {
                        "ingested_at": row.ingested_at.isoformat() if row.ingested_at else None,
                        "origin": row.origin,
                        "duplicates": copies.get(row.id, []),
                    }
                    yield out

    def near_duplicates(self, limit: int = 100) -> list[dict[str, Any]]:
        a = schema.articles
        q = (
            select(a.c.id, a.c.near_duplicate_of, a.c.similarity, a.c.url, a.c.outlet, a.c.origin)
            .where(a.c.near_duplicate_of.is_not(None))
            .order_by(a.c.pk)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [_plain(row._mapping) for row in conn.execute(q)]

    def rejects(self, limit: int = 100) -> list[dict[str, Any]]:
        r = schema.rejects
        q = (
            select(r.c.origin, r.c.doc_id, r.c.kind, r.c.reason)
            .order_by(r.c.seen_at, r.c.origin)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [_plain(row._mapping) for row in conn.execute(q)]


# --------------------------------------------------------------------- helpers


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def _reject_key(origin: str, doc_id: str | None, kind: str) -> str:
    return hashlib.sha256(
        f"{origin}\x00{doc_id or ''}\x00{kind}".encode("utf-8", "surrogatepass")
    ).hexdigest()


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _is_country(place: str) -> bool:
    place = place.strip()
    return len(place) == 2 and place.isalpha()


def _place_match(code: Any, country: Any, place: str) -> ColumnElement[bool]:
    """A subdivision code matches itself; a country code matches the country and its subdivisions."""
    place = place.strip().upper()
    if _is_country(place):
        return or_(code == place, country == place)
    return code == place  # type: ignore[no-any-return]


def _date_and_outlet(published: Any, outlet: Any, f: Filters) -> Iterator[ColumnElement[bool]]:
    if f.since is not None:
        yield published >= f.since
    if f.until is not None:
        yield published <= f.until
    if f.outlet:
        yield func.lower(outlet) == f.outlet.strip().lower()


def _page(q: Select[Any], f: Filters) -> Select[Any]:
    if f.limit is not None:
        q = q.limit(f.limit)
    if f.offset:
        q = q.offset(f.offset)
    return q


def _plain(mapping: Any) -> dict[str, Any]:
    """A row as JSON-ready values (dates as ISO strings)."""
    out: dict[str, Any] = {}
    for key, value in mapping.items():
        out[key] = value.isoformat() if hasattr(value, "isoformat") else value
    return out


_TOKEN = re.compile(r'-?"[^"]*"?|\S+')


def fts5_query(query: str) -> str | None:
    """A web-search style query ("phrase", OR, -word) as an FTS5 MATCH expression.

    Every term is quoted, so punctuation and FTS5 keywords in user input are searched as words
    instead of being parsed as FTS5 syntax (and cannot raise syntax errors).
    """
    include: list[str] = []
    exclude: list[str] = []
    pending_or = False
    for token in _TOKEN.findall(query):
        negate = token.startswith("-") and len(token) > 1
        body = token[1:] if negate else token
        if body == "OR" and not negate:
            pending_or = bool(include)
            continue
        words = re.findall(r"\w+", body)
        if not words:
            continue
        term = '"' + " ".join(words) + '"'
        if negate:
            exclude.append(term)
        elif pending_or:
            include[-1] = f"({include[-1]} OR {term})"
            pending_or = False
        else:
            include.append(term)
    if not include:
        return None
    expr = " AND ".join(include)
    for term in exclude:
        expr = f"({expr}) NOT {term}"
    return expr


_SQLITE_SEARCH: dict[str, str] = {
    "articles": (
        "SELECT a.id, a.headline, a.url, a.outlet, a.published, "
        "snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, bm25(articles_fts) AS rank "
        "FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid "
        "WHERE articles_fts MATCH :q AND a.near_duplicate_of IS NULL ORDER BY rank LIMIT :n"
    ),
    "claims": (
        "SELECT c.article_id, c.claim_id, c.speaker, c.modality, c.text, c.outlet, c.published_date, "
        "snippet(claims_fts, 0, '[', ']', '…', 16) AS snippet, bm25(claims_fts) AS rank "
        "FROM claims_fts JOIN claims c ON c.pk = claims_fts.rowid "
        "WHERE claims_fts MATCH :q ORDER BY rank LIMIT :n"
    ),
}

_PG_SEARCH: dict[str, str] = {
    "articles": (
        "SELECT id, headline, url, outlet, published, "
        "ts_headline('english', text, query, 'StartSel=[, StopSel=], MaxWords=30, MinWords=10') AS snippet, "
        "rank FROM (SELECT a.id, a.headline, a.url, a.outlet, a.published, a.text, q AS query, "
        f"ts_rank({PG_ARTICLE_TSV}, q) AS rank FROM articles a, websearch_to_tsquery('english', :q) q "
        f"WHERE {PG_ARTICLE_TSV} @@ q AND a.near_duplicate_of IS NULL "
        "ORDER BY rank DESC LIMIT :n) hits ORDER BY rank DESC"
    ),
    "claims": (
        "SELECT article_id, claim_id, speaker, modality, text, outlet, published_date, "
        "ts_headline('english', text, query, 'StartSel=[, StopSel=], MaxWords=30, MinWords=10') AS snippet, "
        "rank FROM (SELECT c.article_id, c.claim_id, c.speaker, c.modality, c.text, c.outlet, "
        f"c.published_date, q AS query, ts_rank({PG_CLAIM_TSV}, q) AS rank "
        "FROM claims c, websearch_to_tsquery('english', :q) q "
        f"WHERE {PG_CLAIM_TSV} @@ q ORDER BY rank DESC LIMIT :n) hits ORDER BY rank DESC"
    ),
}
