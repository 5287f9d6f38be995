"""What kind of source a byte stream is, from its content (the extension is never trusted alone).

A ``.txt`` that holds HTML is HTML, a feed saved as ``.html`` is a feed, a gzip file is looked into.
Anything that is not recognised is treated as plain text, and the decoder then rejects it with a
precise reason when it is binary ("input looks like a PDF document, not text").
"""

from __future__ import annotations

import json
import re
from typing import Literal

from claimgraph.clean import looks_like_html

Kind = Literal["warc", "feed", "html", "jsonl", "urls", "text"]

GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 65_536
_FEED = re.compile(
    rb"<(?:rss|rdf:RDF)[\s>]|<feed[\s>][^>]*xmlns\s*=\s*[\"']http://www\.w3\.org/2005/Atom", re.I
)
_XML_PROLOGUE = re.compile(rb"^\s*(?:<\?xml[^>]*\?>\s*|<\?xml-stylesheet[^>]*\?>\s*|<!--.*?-->\s*)*<", re.S)
_URL_LINE = re.compile(r"^https?://\S+$")
_URL_SAMPLE = 20


def is_gzip(head: bytes) -> bool:
    return head[:3] == b"\x1f\x8b\x08"


def sniff(head: bytes) -> Kind:
    """The kind of a (decompressed) source from its first bytes."""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    stripped = head.lstrip()
    if stripped.startswith(b"WARC/"):
        return "warc"
    if (
        _XML_PROLOGUE.match(head)
        and _FEED.search(head[:8192])
        and not re.search(rb"<html[\s>]", head[:8192], re.I)
    ):
        return "feed"
    text = head.decode("utf-8", errors="replace")
    if looks_like_html(text):
        return "html"
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and lines[0].startswith("{"):
        first = lines[0]
        complete = len(text.splitlines()) > 1 or len(head) < SNIFF_BYTES
        if not complete:  # the first line goes on past the sample; an object opening is enough
            return "jsonl" if first.startswith('{"') else "text"
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else "text"
        except json.JSONDecodeError:
            return "text"
    sample = [line for line in lines if not line.startswith("#")][:_URL_SAMPLE]
    if sample and all(_URL_LINE.match(line) for line in sample):
        return "urls"
    return "text"
