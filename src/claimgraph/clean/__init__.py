"""Cleaning: raw bytes or HTML in, an ``Article`` with a verbatim, span-addressable text out.

The stages after this one never see the input again, so everything removed here is accounted for
on the article (debris with a reason, related links, metadata fields) rather than silently dropped.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass

from claimgraph.clean.decode import decode
from claimgraph.clean.html import clean_html, looks_like_html
from claimgraph.clean.language import check_language, detect_language
from claimgraph.clean.text import clean_text
from claimgraph.model import Article, RawDocument

__all__ = ["CleanOptions", "clean", "decode", "detect_language", "looks_like_html"]


@dataclass(frozen=True)
class CleanOptions:
    """Limits for one document.

    ``languages`` lists what the analysis can handle; a confidently detected other language is
    refused. ``min_language_words`` is the length below which detection is not trusted at all.
    """

    max_bytes: int = 5_000_000
    languages: tuple[str, ...] = ("en",)
    min_language_words: int = 20

    def __post_init__(self) -> None:
        if not self.languages:
            raise ValueError("CleanOptions.languages must name at least one language")
        if self.max_bytes <= 0:
            raise ValueError("CleanOptions.max_bytes must be positive")


def clean(raw: RawDocument, options: CleanOptions = CleanOptions()) -> Article:
    """Decode, extract and clean one document; raise an ``InputError`` when it cannot be analysed."""
    text = decode(raw.content, max_bytes=options.max_bytes)
    # The id hashes the decoded input, not the cleaned text, so it stays stable when cleaning rules change.
    article_id = raw.id or "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    # A document flagged as HTML that has no markup at all is cleaned as text: the HTML path would
    # fold its lines together, and the text path keeps its paragraph breaks.
    if looks_like_html(text) or (raw.is_html and "<" in text):
        article = clean_html(text, raw, article_id=article_id)
    else:
        article = clean_text(text, raw, article_id=article_id)
    language = check_language(article.text, options.languages, options.min_language_words)
    return dataclasses.replace(article, language=language)
