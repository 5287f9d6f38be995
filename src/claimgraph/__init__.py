"""claimgraph: turn news reports into a sourced, geocoded database of claims and events.

The public API is what ``__all__`` lists; everything else may change without notice.
"""

from __future__ import annotations

import logging
from typing import Any

from claimgraph.errors import ClaimgraphError, InputError, ModelMissing
from claimgraph.model import (
    SCHEMA,
    AnalysedArticle,
    Article,
    Attribution,
    Claim,
    Entity,
    Quantity,
    RawDocument,
    Span,
)

__all__ = [
    "SCHEMA",
    "AnalysedArticle",
    "Analyzer",
    "Article",
    "Attribution",
    "Claim",
    "ClaimgraphError",
    "Entity",
    "InputError",
    "ModelMissing",
    "Quantity",
    "RawDocument",
    "Span",
    "analyze_text",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

_default_analyzer: Any = None


def __getattr__(name: str) -> Any:
    # Analyzer pulls in spaCy; import it only when asked for.
    if name == "Analyzer":
        from claimgraph.analyse.pipeline import Analyzer

        return Analyzer
    raise AttributeError(name)


def analyze_text(
    text: str | bytes,
    *,
    html: bool = False,
    id: str | None = None,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
) -> dict[str, Any]:
    """Analyse one article and return the ``claimgraph/1`` JSON object.

    Uses one shared analyser so the spaCy pipeline loads once per process.
    """
    global _default_analyzer
    if _default_analyzer is None:
        from claimgraph.analyse.pipeline import Analyzer

        _default_analyzer = Analyzer()
    raw = RawDocument(id=id, content=text, is_html=html, url=url, published=published, outlet=outlet)
    result: AnalysedArticle = _default_analyzer.analyze(raw)
    return result.to_dict()
