"""Engines for both backends, with SQLite configured for a long-lived corpus file.

SQLite: WAL (readers never block the writer, and a killed writer leaves a consistent file),
``synchronous=NORMAL`` (safe with WAL), foreign keys on, a busy timeout instead of instant
"database is locked" errors. Transactions are begun by SQLAlchemy rather than by the sqlite3
module, so a write transaction can take the write lock up front (``BEGIN IMMEDIATE``) and never
fails half-way through a batch on a lock upgrade.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from claimgraph.store.errors import StoreError

_BEGIN_OPTION = "claimgraph_sqlite_begin"


def normalise_url(url: str) -> str:
    """Accept a bare path as a SQLite file, and ``postgresql://`` as psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser()}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"not a database URL: {url!r}") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not Path(database).parent.exists():
            raise StoreError(f"cannot create database {database!r}: its folder does not exist")
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        try:
            return create_engine(url, pool_pre_ping=True)
        except ModuleNotFoundError as exc:
            raise StoreError(
                f"PostgreSQL driver missing ({exc.name}): pip install 'psycopg[binary]'"
            ) from None
    raise StoreError(f"unsupported database {backend!r}: use sqlite:///PATH or postgresql://...")


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" event issues BEGIN itself
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction that takes the write lock first on SQLite; commits on success."""
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        with conn.begin():
            yield conn
