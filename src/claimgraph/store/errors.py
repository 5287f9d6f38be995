"""Store errors. (Kept here rather than in ``claimgraph.errors``, which another stream owns; both
derive from ``ClaimgraphError`` so callers catching the base class see them.)"""

from __future__ import annotations

from claimgraph.errors import ClaimgraphError


class StoreError(ClaimgraphError):
    """The database cannot be opened or used; the message says what to do."""

    exit_code = 1
