"""Named schema migrations, recorded in the ``migrations`` table (the sqlite-utils pattern).

Each migration runs once per database, inside one transaction together with its record, so a
crash during a migration leaves the database as it was. Migrations are only ever appended; an
applied migration is never edited (write a new one instead).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select, text

from claimgraph.store import schema
from claimgraph.store.engine import write_transaction

# The tsvector expressions; queries must repeat them exactly for PostgreSQL to use the GIN indexes.
# The input is capped because a tsvector cannot exceed 1 MB and one huge page must not fail a batch.
PG_ARTICLE_TSV = "to_tsvector('english', left(coalesce(headline, '') || ' ' || text, 400000))"
PG_CLAIM_TSV = "to_tsvector('english', left(text, 100000))"

_SQLITE_FTS = [
    # External-content FTS5 tables: the text is stored once, in articles/claims; the triggers keep
    # the index in step with inserts and deletes.
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(headline, text, content='articles', "
    "content_rowid='pk', tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, headline, text) VALUES (new.pk, new.headline, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, headline, text) "
    "VALUES ('delete', old.pk, old.headline, old.text); END",
    "CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5(text, content='claims', "
    "content_rowid='pk', tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS claims_fts_ai AFTER INSERT ON claims BEGIN "
    "INSERT INTO claims_fts(rowid, text) VALUES (new.pk, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS claims_fts_ad AFTER DELETE ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.pk, old.text); END",
]

_PG_FTS = [
    f"CREATE INDEX IF NOT EXISTS ix_articles_fts ON articles USING GIN ({PG_ARTICLE_TSV})",
    f"CREATE INDEX IF NOT EXISTS ix_claims_fts ON claims USING GIN ({PG_CLAIM_TSV})",
]


def _initial(conn: Connection) -> None:
    schema.metadata.create_all(conn)


def _full_text(conn: Connection) -> None:
    for statement in _SQLITE_FTS if conn.dialect.name == "sqlite" else _PG_FTS:
        conn.execute(text(statement))


def _attribution_answers(conn: Connection) -> None:
    # A database made by this version's 0001 already has the column; an older one gets it empty
    # (its articles were analysed before attributions carried "answers").
    if "answers" not in {c["name"] for c in inspect(conn).get_columns("attributions")}:
        conn.execute(text("ALTER TABLE attributions ADD COLUMN answers VARCHAR(32)"))


MIGRATIONS: tuple[tuple[str, Callable[[Connection], None]], ...] = (
    ("0001_initial_schema", _initial),
    ("0002_full_text_search", _full_text),
    ("0003_attribution_answers", _attribution_answers),
)


def applied(conn: Connection) -> set[str]:
    if not inspect(conn).has_table("migrations"):
        return set()
    return set(conn.scalars(select(schema.migrations.c.name)))


def migrate(engine: Engine) -> list[str]:
    """Apply the migrations this database lacks; returns their names."""
    done: list[str] = []
    with engine.connect() as conn:
        # The common case, an up-to-date database, needs no write lock (a reader must not wait
        # for a running ingest just to open the store).
        if applied(conn) >= {name for name, _ in MIGRATIONS}:
            return done
    # A write transaction (BEGIN IMMEDIATE on SQLite): two processes opening a fresh database at
    # once must not both create the schema.
    with write_transaction(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(7262730001)"))
        have = applied(conn)
        if not inspect(conn).has_table("migrations"):
            schema.migrations.create(conn)
        for name, step in MIGRATIONS:
            if name in have:
                continue
            step(conn)
            conn.execute(schema.migrations.insert().values(name=name, applied_at=datetime.now(UTC)))
            done.append(name)
    return done
