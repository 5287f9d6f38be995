"""Readers for every kind of source, and the ingest loop that stores them (see ``run.py``).

Names are loaded on first use: the CLI imports this package for every command, and the ingest
loop pulls in datasketch (and through it SciPy), which only ``claimgraph ingest`` needs.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Reader": "readers",
    "ReadOptions": "readers",
    "Ingestor": "run",
    "IngestReport": "run",
    "document_id": "run",
    "Document": "types",
    "Item": "types",
    "SourceReject": "types",
    "BlockedAddress": "url",
    "FetchError": "url",
    "Fetcher": "url",
    "FetchOptions": "url",
    "RobotsDisallowed": "url",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(name)
    return getattr(importlib.import_module(f"claimgraph.ingest.{module}"), name)
