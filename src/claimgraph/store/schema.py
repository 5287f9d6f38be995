"""The corpus schema, once, for SQLite and PostgreSQL (SQLAlchemy Core).

Articles are keyed by the id they were given (JSONL ``id``, else URL, else a hash) and are unique by
``content_hash`` (see ``corpus/dedup.py``). Everything below an article is keyed by
``(article_id, <id inside the claimgraph/1 output>)``, so inserting an article's rows twice is a
no-op under ``ON CONFLICT DO NOTHING`` on both backends.

Columns that the query functions filter on (outlet, published date, speaker) are copied onto
``claims`` and ``events`` so the common API queries hit one indexed table instead of a join; the
full claimgraph/1 output is kept in ``articles.json`` and stays the source of truth.

Full-text search is backend-specific and lives in ``migrations.py``: FTS5 tables kept in step by
triggers on SQLite, expression GIN indexes over ``to_tsvector`` on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()

# JSONB on PostgreSQL (queryable, compact); JSON text on SQLite.
Json = JSON().with_variant(JSONB(), "postgresql")

migrations = Table(
    "migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    # An integer key of its own: SQLite's FTS5 external-content table needs a stable integer rowid
    # (an implicit rowid may be renumbered by VACUUM).
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", Text, nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("url", Text),
    Column("outlet", Text),
    Column("published", Text),  # as given, ISO 8601
    Column("published_date", Date),  # its date, for range filters
    Column("headline", Text),
    Column("text", Text, nullable=False),
    Column("language", String(16)),
    Column("source_format", String(16)),
    Column("origin", Text),  # where it was read: path, path:line, URL, WARC record
    Column("json", Json),  # the full claimgraph/1 output; NULL for a near-duplicate (not analysed)
    Column("near_duplicate_of", Text, ForeignKey("articles.id")),
    Column("similarity", Float),  # estimated Jaccard with near_duplicate_of
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)
Index("ix_articles_near_duplicate_of", articles.c.near_duplicate_of)
Index("ix_articles_outlet", func.lower(articles.c.outlet))
Index("ix_articles_published_date", articles.c.published_date)
Index("ix_articles_url", articles.c.url)

# Another id (URL, JSONL id) whose text was exactly that of an article already stored.
aliases = Table(
    "aliases",
    metadata,
    Column("id", Text, primary_key=True),
    Column("article_id", Text, ForeignKey("articles.id"), nullable=False),
    Column("url", Text),
    Column("outlet", Text),
    Column("origin", Text),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)
Index("ix_aliases_article_id", aliases.c.article_id)

# What a later run needs to rebuild the near-duplicate index (see corpus/dedup.py).
signatures = Table(
    "signatures",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id"), primary_key=True),
    Column("entity_id", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("name_norm", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("mentions", Integer, nullable=False),
    Column("links", Json),
)
Index("ix_entities_name_norm", entities.c.name_norm)
Index("ix_entities_type", entities.c.type)

attributions = Table(
    "attributions",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id"), primary_key=True),
    Column("attribution_id", String(32), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("speaker_entity", String(32)),
    Column("speaker_text", Text),
    Column("cue", Text),
    Column("content", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("parent", String(32)),
    Column("answers", String(32)),  # the attribution whose words this one's content names
)

claims = Table(
    "claims",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),  # FTS5 rowid, see articles.pk
    Column("article_id", Text, ForeignKey("articles.id"), nullable=False),
    Column("claim_id", String(32), nullable=False),
    Column("attribution_id", String(32)),
    Column("kind", String(32), nullable=False),  # the attribution's kind, or "narration"
    Column("asserted_by", String(32), nullable=False),  # entity id, or "outlet"
    Column("speaker", Text),  # the asserting entity's name, or the outlet
    Column("speaker_norm", Text),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("modality", String(16), nullable=False),
    Column("outlet", Text),
    Column("published_date", Date),
    UniqueConstraint("article_id", "claim_id", name="uq_claims_article_claim"),
)
Index("ix_claims_speaker_norm", claims.c.speaker_norm, claims.c.published_date)
Index("ix_claims_published_date", claims.c.published_date)
Index("ix_claims_outlet", func.lower(claims.c.outlet), claims.c.published_date)
Index("ix_claims_kind", claims.c.kind)
Index("ix_claims_modality", claims.c.modality)

quantities = Table(
    "quantities",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id"), primary_key=True),
    Column("claim_id", String(32), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("value", Float),
    Column("qualifier", String(32)),
    Column("unit", Text),
    Column("low", Float),
    Column("high", Float),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id"), primary_key=True),
    Column("place_id", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("feature", String(32)),
    Column("code", String(16)),  # ISO 3166-2, else ISO 3166-1 alpha-2
    Column("country", String(2)),
    Column("geonames_id", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("resolution", String(16)),
    Column("confidence", Float),
    Column("mentions", Integer, nullable=False),
)
Index("ix_places_code", places.c.code)
Index("ix_places_country", places.c.country)
Index("ix_places_geonames_id", places.c.geonames_id)

# A claim is about a place when one of the place's mentions lies inside the claim (or an event
# resting on the claim happened there); about an entity when it mentions or asserts it.
claim_places = Table(
    "claim_places",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id"), primary_key=True),
    Column("claim_id", String(32), primary_key=True),
    Column("place_id", String(32), primary_key=True),
    Column("code", String(16)),
    Column("country", String(2)),
)
Index("ix_claim_places_code", claim_places.c.code)
Index("ix_claim_places_country", claim_places.c.country)

# Every word of every stored entity name, so "Putin" finds "vladimir putin" through an index
# instead of a LIKE scan over all entities.
name_words = Table(
    "name_words",
    metadata,
    Column("word", Text, primary_key=True),
    Column("name_norm", Text, primary_key=True),
)

claim_entities = Table(
    "claim_entities",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id"), primary_key=True),
    Column("claim_id", String(32), primary_key=True),
    Column("entity_id", String(32), primary_key=True),
    Column("name_norm", Text, nullable=False),
    Column("role", String(16), nullable=False),  # "speaker" or "mentioned"
)
Index("ix_claim_entities_name_norm", claim_entities.c.name_norm)

events = Table(
    "events",
    metadata,
    Column("article_id", Text, ForeignKey("articles.id"), primary_key=True),
    Column("event_id", String(32), primary_key=True),
    Column("type", String(32)),
    Column("mode", String(32)),
    Column("modality", String(16)),
    Column("claimed_by", String(32)),
    Column("claimed_by_name", Text),
    Column("actor", Text),
    Column("target", Text),
    Column("place_id", String(32)),
    Column("code", String(16)),
    Column("country", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("date", Text),
    Column("outlet", Text),
    Column("published_date", Date),
    Column("json", Json, nullable=False),
)
Index("ix_events_type", events.c.type, events.c.published_date)
Index("ix_events_code", events.c.code)
Index("ix_events_country", events.c.country)
Index("ix_events_published_date", events.c.published_date)

# Inputs that could not be stored, with why. Keyed by (origin, id, kind) so a re-run of the same
# bad source does not count it twice.
rejects = Table(
    "rejects",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("doc_id", Text),
    Column("origin", Text, nullable=False),
    Column("kind", String(64), nullable=False),
    Column("reason", Text, nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)
Index("ix_rejects_kind", rejects.c.kind)
