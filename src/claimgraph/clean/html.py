"""HTML pages: trafilatura finds the main text and metadata, then the plain-text line rules run on it.

trafilatura drops navigation, footers and most boxes, but not every teaser or call to action that
sits inside the article body, so its text goes through the same ``build_article`` as plain text.
Related-article boxes are read from the DOM because trafilatura removes them together with their
links, and the links are what makes them useful.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import Any
from urllib.parse import urljoin

import lxml.etree
import lxml.html

from claimgraph.clean import rules
from claimgraph.clean.text import build_article, link_key
from claimgraph.errors import MalformedInput
from claimgraph.model import Article, RawDocument, RelatedLink

_DOCTYPE = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!doctype\s+html|\s*<html[\s>]", re.I | re.S)
_KNOWN_TAGS = (
    "html|head|body|div|p|span|a|article|section|main|header|footer|nav|aside|h[1-6]|ul|ol|li|table|"
    "tr|td|th|script|style|meta|link|title|br|img|figure|figcaption|blockquote|em|strong|b|i|time|form"
)
_TAG = re.compile(r"</?(?:" + _KNOWN_TAGS + r")(?:\s[^<>]*)?/?>|<!--.*?-->", re.I | re.S)
_SNIFF_CHARS = 2_000
# Without a leading tag, markup must make up this share of the opening characters (a page with
# junk before the first tag); prose that mentions "<b>" once is nowhere near it.
_MARKUP_SHARE = 0.2
_MIN_TAGS = 2

# Elements whose text never belongs to the article, for the lxml fallback.
_NOT_CONTENT = (
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "nav",
    "footer",
    "aside",
    "form",
    "button",
    "svg",
)
_BLOCKS = (
    *("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "main"),
    *("header", "blockquote", "pre", "tr", "table", "figure", "figcaption", "dd", "dt", "hr", "title"),
)
# Small elements that can hold a related-box heading such as "Read more".
_HEADING_TAGS = frozenset(
    ("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "em", "header", "summary", "dt")
)
_MAX_HEADING_NODES = 4
_BREAK = "\ue000"
_CAPTION_CREDIT = re.compile(
    r"(?:^|(?<=[.!?)\s]))\(?(?:photo(?:graph)?s?|images?|pictures?)(?:\s+credits?)?\s*:\s*"
    r"(?P<credit>[^:()]{2,80}?)\s*\)?\.?$",
    re.I,
)
_MIN_LINK_WORDS = 3  # shorter anchor texts are navigation ("World", "More"), not article titles


def looks_like_html(text: str) -> bool:
    """True for an HTML document or fragment; False for prose that merely contains a "<" or "<b>"."""
    if _DOCTYPE.match(text):
        return True
    head = text.lstrip()[:_SNIFF_CHARS]
    tags = list(_TAG.finditer(head))
    if len(tags) < _MIN_TAGS:
        return False
    if tags[0].start() == 0:
        return True
    return sum(t.end() - t.start() for t in tags) >= _MARKUP_SHARE * len(head)


def clean_html(html: str, raw: RawDocument, *, article_id: str) -> Article:
    """Extract the main text with trafilatura (or a plain lxml pass when it finds none) and clean it."""
    tree = _parse(html)
    doc = _extract(html, raw.url)
    base = raw.url or getattr(doc, "url", None)
    # Links first: the fallback below strips navigation and asides from the tree in place.
    anchors = _anchors(tree, base) if tree is not None else {}
    boxes = _related_boxes(tree, base) if tree is not None else []
    body = (doc.text or "") if doc is not None else ""
    title = _clean_title(getattr(doc, "title", None), getattr(doc, "sitename", None))
    if not body.strip() and tree is not None:
        body, fallback_title = _fallback_text(tree)
        title = title or fallback_title
    if not any(ch.isalpha() for ch in body):  # "<<<>>>" survives as text but is not an article
        raise MalformedInput("HTML has no extractable main text")
    if title is not None:
        body = _drop_repeated_title(body, title)
        if not body.strip():
            raise MalformedInput("HTML has no extractable main text (only a title)")

    return build_article(
        body,
        raw,
        article_id=article_id,
        source_format="html",
        find_headline=title is None,
        headline=title,
        byline=getattr(doc, "author", None) or None,
        published=getattr(doc, "date", None) or None,
        url=getattr(doc, "url", None),
        outlet=getattr(doc, "sitename", None) or None,
        photo_credit=_caption_credit(tree) if tree is not None else None,
        related=boxes,
        link_urls=anchors,
        wrapped=False,  # lines come from block elements, never from hard wrapping
    )


def _extract(html: str, url: str | None) -> Any:
    import trafilatura  # deferred: a quarter of a second to import, and plain text never needs it

    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
    except Exception:  # malformed markup can break trafilatura anywhere; the lxml fallback decides
        return None


def _parse(html: str) -> Any:
    # Bytes plus an explicit encoding: lxml refuses str input that carries an XML encoding declaration.
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (lxml.etree.LxmlError, ValueError):
        return None


def _clean_title(title: str | None, sitename: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    if sitename:
        # "<headline> | Daily Ledger": the site name is metadata, not part of the headline.
        suffix = re.compile(r"\s+[|\-–—:·]\s+" + re.escape(" ".join(sitename.split())) + r"$", re.I)
        title = suffix.sub("", title)
    return title or None


def _drop_repeated_title(body: str, title: str) -> str:
    """trafilatura often keeps the <h1>; it would otherwise appear twice, as headline and paragraph."""
    lines = body.split("\n")
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if link_key(line) == link_key(title):
            return "\n".join(lines[index + 1 :])
        break
    return body


def _fallback_text(tree: Any) -> tuple[str, str | None]:
    """Visible text, one block element per line, for pages trafilatura cannot make sense of."""
    heading = tree.find(".//h1")
    title = heading.text_content() if heading is not None else tree.findtext(".//title")
    for element in list(tree.iter(*_NOT_CONTENT)):
        if element.getparent() is not None:
            element.drop_tree()
    # Newlines in the source are just whitespace; only block boundaries may break lines, so they
    # are marked with a private-use character that cannot occur in decoded text worth keeping.
    for element in tree.iter(*_BLOCKS):
        element.tail = _BREAK + (element.tail or "")
        if element.tag != "br":
            element.text = _BREAK + (element.text or "")
    lines = (" ".join(line.split()) for line in tree.text_content().split(_BREAK))
    body = "\n".join(line for line in lines if line)
    return body, _clean_title(title, None)


def _caption_credit(tree: Any) -> str | None:
    """The credit at the end of the first figure caption ("... on Wednesday. Photo: NAME/OUTLET").

    trafilatura drops captions with the images, so the credit is read from the DOM.
    """
    for caption in tree.iter("figcaption"):
        match = _CAPTION_CREDIT.search(" ".join(caption.text_content().split()))
        if match and _outside_chrome(caption):
            return match["credit"]
    return None


def _outside_chrome(element: Any) -> bool:
    return not any(a.tag in ("nav", "footer", "header") for a in element.iterancestors())


def _href(element: Any, base: str | None) -> str | None:
    href = (element.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    return urljoin(base, href) if base else href


def _anchors(tree: Any, base: str | None) -> dict[str, str]:
    """Anchor text to URL, so a "Read more: TITLE" line in the extracted text can get its link back."""
    out: dict[str, str] = {}
    for anchor in tree.iter("a"):
        url = _href(anchor, base)
        title = " ".join(anchor.text_content().split())
        if url and title:
            out.setdefault(link_key(title), url)
    return out


def _related_boxes(tree: Any, base: str | None) -> list[RelatedLink]:
    """Links under a "Read more" / "Related stories" heading, outside the page navigation."""
    links: list[RelatedLink] = []
    for heading in _heading_candidates(tree):
        container = heading.getparent()
        for _ in range(2):  # the heading's box, or the box around the heading's wrapper
            if container is None:
                break
            found = [a for a in container.iter("a") if not _is_within(a, heading)]
            if found:
                for anchor in found:
                    title = " ".join(anchor.text_content().split())
                    url = _href(anchor, base)
                    if url and len(title.split()) >= _MIN_LINK_WORDS:
                        links.append(RelatedLink(title=title, url=url))
                break
            container = container.getparent()
    return links


def _heading_candidates(tree: Any) -> Iterator[Any]:
    for element in tree.iter(*_HEADING_TAGS):
        # A heading has little markup; skipping bigger subtrees keeps this scan linear in the page size.
        if sum(1 for _ in islice(element.iter(), _MAX_HEADING_NODES + 1)) > _MAX_HEADING_NODES:
            continue
        text = " ".join(element.text_content().split())
        if text and rules.RELATED_HEADING.matches(text) and _outside_chrome(element):
            yield element


def _is_within(element: Any, ancestor: Any) -> bool:
    return element is ancestor or any(a is ancestor for a in element.iterancestors())
