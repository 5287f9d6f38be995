"""The corpus store: SQLite (default) or PostgreSQL, one schema, idempotent batch writes.

``open_store(url)`` returns a ``Store``; the query functions the CLI and the API use are its
methods (see ``store/base.py`` for the protocol and the filters).
"""

from __future__ import annotations

from claimgraph.store.base import Alias, Batch, Filters, NewArticle, Reject, Store, WriteResult
from claimgraph.store.errors import StoreError

__all__ = [
    "DEFAULT_DB",
    "Alias",
    "Batch",
    "Filters",
    "NewArticle",
    "Reject",
    "Store",
    "StoreError",
    "WriteResult",
    "open_store",
]

DEFAULT_DB = "sqlite:///claimgraph.db"


def open_store(url: str = DEFAULT_DB) -> SqlStore:
    """Open (creating and migrating if needed) the database at ``url``.

    ``url``: ``sqlite:///PATH``, a bare path (SQLite), or ``postgresql://user@host:port/db``.
    """
    return SqlStore(url)


from claimgraph.store.sql import SqlStore  # noqa: E402  (SqlStore imports this package's submodules)
