"""Readers: turn each SOURCE into ``Document``s (and ``SourceReject``s for the parts that fail).

A SOURCE is a file, a directory (read recursively, any mix of kinds), ``-`` (standard input), an
http(s) URL, or — by content — a JSONL batch, an RSS/Atom feed, a WARC/WARC.gz archive or a file of
URLs. Kinds are sniffed from content (``sniff.py``); gzip files are looked into.

Every read is bounded: a document over ``max_bytes`` is rejected without reading it whole, a gzip
stream stops at the limit (so a decompression bomb costs at most ``max_bytes`` of memory), and a
truncated or corrupt container yields what was readable plus one reject saying where it broke.
"""

from __future__ import annotations

import calendar
import gzip
import json
import logging
import os
import re
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax import SAXException

from claimgraph.errors import EmptyDocument, InputError, MalformedInput, TooLarge
from claimgraph.ingest.sniff import SNIFF_BYTES, Kind, is_gzip, sniff
from claimgraph.ingest.types import Document, Item, SourceReject
from claimgraph.ingest.url import Fetcher, FetchError
from claimgraph.model import RawDocument

log = logging.getLogger(__name__)

# A binary stream: an open file, sys.stdin.buffer, a GzipFile, or ``_Prefixed`` (which replays the
# bytes read for sniffing); readers only call read(n) and readline(n).
Stream = Any

_URL = re.compile(r"^https?://", re.I)
_TAGS = re.compile(r"<[^>]+>")
# A feed entry with fewer words than this is a teaser; the linked page is fetched instead.
MIN_ENTRY_WORDS = 60


def is_url(source: str) -> bool:
    return bool(_URL.match(source))


def _human(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n:,} bytes"


@dataclass
class ReadOptions:
    max_bytes: int = 5_000_000  # one document
    max_feed_bytes: int = 50_000_000  # one feed file, parsed in memory
    fetch_links: bool = True  # fetch the page behind a feed entry that carries only a teaser


class Reader:
    """Reads sources in order; URLs go through one shared ``Fetcher`` (created on first use)."""

    def __init__(self, options: ReadOptions | None = None, fetcher: Fetcher | None = None) -> None:
        self.options = options or ReadOptions()
        self._fetcher = fetcher
        self.skipped = 0  # records that are not articles (WARC requests, images, redirects...)

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher()
        return self._fetcher

    def read(self, sources: Sequence[str]) -> Iterator[Item]:
        for source in sources:
            yield from self.read_source(source)

    def read_source(self, source: str) -> Iterator[Item]:
        if source == "-":
            yield from self._read_stream(sys.stdin.buffer, "stdin")
        elif is_url(source):
            yield from self._read_url(source, origin=source)
        else:
            path = Path(source)
            if path.is_dir():
                yield from self._read_dir(path)
            else:
                yield from self._read_file(path)

    # ------------------------------------------------------------------ files

    def _read_dir(self, root: Path) -> Iterator[Item]:
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # no .git, no editor folders
            for name in sorted(files):
                if not name.startswith("."):
                    yield from self._read_file(Path(folder) / name)

    def _read_file(self, path: Path) -> Iterator[Item]:
        origin = str(path)
        try:
            with path.open("rb") as stream:
                yield from self._read_stream(stream, origin, path=path)
        except OSError as exc:
            yield SourceReject(origin, "UnreadableFile", f"cannot read: {exc.strerror or exc}")

    def _read_stream(self, stream: Stream, origin: str, *, path: Path | None = None) -> Iterator[Item]:
        head = stream.read(SNIFF_BYTES)
        if not head:
            yield SourceReject(origin, "EmptyDocument", "input is empty (0 bytes)")
            return
        if is_gzip(head):
            yield from self._read_gzip(head, stream, origin, path)
            return
        kind = sniff(head)
        if kind == "warc":
            yield from self._read_warc(_Prefixed(head, stream), origin)
            return
        yield from self._read_kind(kind, _Prefixed(head, stream), origin, size=_size(path))

    def _read_gzip(self, head: bytes, stream: Stream, origin: str, path: Path | None) -> Iterator[Item]:
        raw: Stream = _Prefixed(head, stream)
        try:
            # Only the start of the first member: enough to sniff, and a truncated file fails later,
            # where the reader can say which part was lost.
            peek = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, SNIFF_BYTES)
        except zlib.error as exc:
            yield SourceReject(origin, "MalformedInput", f"gzip data is corrupt ({exc})")
            return
        kind = sniff(peek)
        if kind == "warc":
            # warcio reads gzip member by member itself; give it the compressed bytes again.
            if path is not None:
                with path.open("rb") as again:
                    yield from self._read_warc(again, origin, gz_path=path)
            else:  # standard input cannot be rewound: decompress it here instead
                yield from self._read_warc(gzip.GzipFile(fileobj=raw), origin)
            return
        yield from self._read_kind(kind, gzip.GzipFile(fileobj=raw), origin, size=None, compressed=True)

    def _read_kind(
        self, kind: Kind, stream: Stream, origin: str, *, size: int | None, compressed: bool = False
    ) -> Iterator[Item]:
        if kind == "jsonl":
            yield from self._read_jsonl(stream, origin)
        elif kind == "feed":
            data = self._bounded(stream, origin, self.options.max_feed_bytes, compressed)
            if isinstance(data, SourceReject):
                yield data
            else:
                yield from self._read_feed(data, origin, base_url=None)
        elif kind == "urls":
            yield from self._read_url_list(stream, origin)
        else:
            limit = self.options.max_bytes
            if size is not None and size > limit:
                # Refused before reading: a 50 MB file costs nothing but this stat.
                yield SourceReject(
                    origin,
                    "TooLarge",
                    f"input is {_human(size)}, over the {_human(limit)} limit (--max-bytes)",
                )
                return
            data = self._bounded(stream, origin, limit, compressed)
            if isinstance(data, SourceReject):
                yield data
                return
            yield Document(RawDocument(id=None, content=data, is_html=kind == "html", origin=origin))

    def _bounded(self, stream: Stream, origin: str, limit: int, compressed: bool) -> bytes | SourceReject:
        try:
            data = stream.read(limit + 1)
        except (OSError, EOFError, zlib.error) as exc:
            return SourceReject(origin, "MalformedInput", f"compressed data is corrupt or truncated ({exc})")
        if len(data) > limit:
            if compressed:
                reason = (
                    f"decompresses to more than {_human(limit)} (limit --max-bytes); "
                    "stopped reading (a decompression bomb?)"
                )
            else:
                reason = f"input is over the {_human(limit)} limit (--max-bytes)"
            return SourceReject(origin, "TooLarge", reason)
        return bytes(data)

    # ------------------------------------------------------------------ JSONL

    def _read_jsonl(self, stream: Stream, origin: str) -> Iterator[Item]:
        # JSON escapes can double a text's size; the document itself is checked against max_bytes later.
        limit = 2 * self.options.max_bytes + 65_536
        number = 0
        while True:
            try:
                line = stream.readline(limit + 1)
            except (OSError, EOFError, zlib.error) as exc:
                yield SourceReject(f"{origin}:{number + 1}", "MalformedInput", f"data is truncated ({exc})")
                return
            if not line:
                return
            number += 1
            where = f"{origin}:{number}"
            if len(line) > limit and not line.endswith(b"\n"):
                while (rest := stream.readline(1_000_000)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of the over-long line without holding it
                yield SourceReject(where, "TooLarge", f"line is over the {_human(limit)} limit")
                continue
            if not line.strip():
                continue
            yield from self._jsonl_line(line, where)

    def _jsonl_line(self, line: bytes, where: str) -> Iterator[Item]:
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield SourceReject(where, "MalformedInput", f"not valid JSON ({exc.__class__.__name__}: {exc})")
            return
        if not isinstance(obj, dict):
            yield SourceReject(where, "MalformedInput", "expected a JSON object")
            return
        doc_id = str(obj["id"]) if obj.get("id") is not None else None
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        meta = {
            "published": obj.get("published") if isinstance(obj.get("published"), str) else None,
            "outlet": obj.get("outlet") if isinstance(obj.get("outlet"), str) else None,
        }
        html, text = obj.get("html"), obj.get("text")
        if isinstance(html, str) or isinstance(text, str):
            content = html if isinstance(html, str) else text
            assert isinstance(content, str)
            yield Document(
                RawDocument(
                    id=doc_id, content=content, is_html=isinstance(html, str), url=url, origin=where, **meta
                )
            )
        elif url and is_url(url):  # a line that only names a page: fetch it
            for item in self._read_url(url, origin=where, doc_id=doc_id):
                if isinstance(item, Document):
                    raw = item.raw
                    item = Document(
                        RawDocument(
                            id=doc_id or raw.id,
                            content=raw.content,
                            is_html=raw.is_html,
                            url=raw.url,
                            origin=where,
                            published=meta["published"] or raw.published,
                            outlet=meta["outlet"] or raw.outlet,
                        ),
                        item.captured,
                    )
                yield item
        else:
            yield SourceReject(
                where, "MalformedInput", "needs a 'text' or 'html' string (or a 'url')", doc_id
            )

    # ------------------------------------------------------------------ feeds

    def _read_feed(self, data: bytes, origin: str, *, base_url: str | None) -> Iterator[Item]:
        import feedparser  # deferred: only feeds need it

        # Bytes, never str: feedparser treats a str as a URL or a file name to open.
        parsed: Any = feedparser.parse(
            data, response_headers={"content-location": base_url} if base_url else None
        )
        entries = list(parsed.get("entries") or [])
        exc = parsed.get("bozo_exception")
        # Only XML errors count: feedparser also flags harmless things (a missing Content-Type).
        if parsed.get("bozo") and isinstance(exc, SAXException):
            line = getattr(exc, "getLineNumber", lambda: None)()
            where = f" at line {line}" if line else ""
            detail = f"{exc.__class__.__name__}: {exc}" if exc else "unknown error"
            if not entries:
                yield SourceReject(
                    origin, "MalformedFeed", f"feed is not well-formed XML{where} ({detail}); no entries"
                )
                return
            # The lenient parser recovered entries: keep them, and record that the feed was broken.
            yield SourceReject(
                origin,
                "MalformedFeed",
                f"feed is not well-formed XML{where} ({detail}); {len(entries)} entries recovered",
            )
        if not entries:
            yield SourceReject(origin, "EmptyDocument", "feed has no entries")
            return
        for number, entry in enumerate(entries, start=1):
            yield from self._feed_entry(entry, f"{origin}#{number}")

    def _feed_entry(self, entry: Any, where: str) -> Iterator[Item]:
        link = entry.get("link") if isinstance(entry.get("link"), str) else None
        guid = entry.get("id") if isinstance(entry.get("id"), str) else None
        url = link or (guid if guid and is_url(guid) else None)
        published = _struct_time_iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        title = entry.get("title") if isinstance(entry.get("title"), str) else None
        body = _entry_body(entry)
        words = len(_TAGS.sub(" ", body).split())
        if words < MIN_ENTRY_WORDS and url and self.options.fetch_links:
            for item in self._read_url(url, origin=where):
                if isinstance(item, Document):
                    raw = item.raw
                    item = Document(
                        RawDocument(
                            id=raw.id,
                            content=raw.content,
                            is_html=raw.is_html,
                            url=raw.url or url,
                            origin=where,
                            published=published or raw.published,
                        ),
                        item.captured,
                    )
                yield item
            return
        if not body.strip():
            yield SourceReject(where, "EmptyDocument", "feed entry has no content and no link to fetch", url)
            return
        # A headline line first, like a page: the cleaner takes the first line of text as headline.
        is_html = bool(_TAGS.search(body))
        if title:
            body = f"<h1>{_escape(title)}</h1>\n{body}" if is_html else f"{title}\n\n{body}"
        yield Document(
            RawDocument(id=None, content=body, is_html=is_html, url=url, published=published, origin=where)
        )

    # ------------------------------------------------------------------ WARC

    def _read_warc(self, stream: Stream, origin: str, *, gz_path: Path | None = None) -> Iterator[Item]:
        """HTML 200 responses, with WARC-Target-URI and WARC-Date.

        warcio stops silently at a truncated record or header, so truncation is checked here:
        a record whose block ends before its Content-Length, bytes left after the last complete
        record, or (WARC.gz) a gzip member without its end marker.
        """
        from warcio.archiveiterator import ArchiveIterator

        count = 0
        limit = self.options.max_bytes
        counting = _Counting(stream)
        archive = ArchiveIterator(counting)
        problem: str | None = None
        try:
            for record in archive:
                item = self._warc_record(record, origin, limit)
                if record.rec_type == "response":
                    count += 1
                # Drain the block ourselves: a LimitReader with bytes still owed means the file ended early.
                while record.raw_stream.read(1 << 20):
                    pass
                if getattr(record.raw_stream, "limit", 0) > 0:
                    problem = "a record ends before its declared length"
                    break
                if item is not None:
                    yield item
        except Exception as exc:  # warcio raises anything from EOFError to AttributeError on damaged input
            problem = f"{exc.__class__.__name__}: {' '.join(str(exc).split())[:200]}"
        if problem is None:
            while counting.read(1 << 20):
                pass
            if archive.offset < counting.total:
                problem = f"{counting.total - archive.offset} bytes after the last complete record"
        if problem is None and gz_path is not None:
            problem = _gzip_problem(gz_path)
        if problem is not None:
            yield SourceReject(
                f"{origin}@{archive.offset}",
                "MalformedInput",
                f"WARC is truncated or corrupt after {count} response records ({problem})",
            )

    def _warc_record(self, record: Any, origin: str, limit: int) -> Item | None:
        if record.rec_type != "response" or record.http_headers is None:
            self.skipped += 1
            return None
        uri = record.rec_headers.get_header("WARC-Target-URI")
        where = f"{origin}#{uri}"
        status = record.http_headers.get_statuscode()
        ctype = (record.http_headers.get_header("Content-Type") or "").lower()
        if status != "200" or ("html" not in ctype and ctype):
            self.skipped += 1
            return None
        data = record.content_stream().read(limit + 1)
        if len(data) > limit:
            return SourceReject(where, "TooLarge", f"page is over the {_human(limit)} limit (--max-bytes)")
        captured = record.rec_headers.get_header("WARC-Date")
        return Document(RawDocument(id=None, content=data, is_html=True, url=uri, origin=where), captured)

    # ------------------------------------------------------------------ URLs

    def _read_url_list(self, stream: Stream, origin: str) -> Iterator[Item]:
        for number, raw_line in enumerate(stream, start=1):
            line = raw_line.decode("utf-8", errors="replace").strip()
            if not line or line.startswith("#"):
                continue
            if not is_url(line):
                yield SourceReject(
                    f"{origin}:{number}", "MalformedInput", f"not an http(s) URL: {line[:200]!r}"
                )
                continue
            yield from self._read_url(line, origin=f"{origin}:{number}")

    def _read_url(self, url: str, *, origin: str, doc_id: str | None = None) -> Iterator[Item]:
        try:
            page = self.fetcher.fetch(url)
        except InputError as exc:
            yield SourceReject.of(origin, exc, doc_id or url)
            return
        if not page.content:
            yield SourceReject.of(origin, EmptyDocument(f"{page.url}: empty response"), doc_id or url)
            return
        kind = sniff(page.content[:SNIFF_BYTES])
        if kind == "feed":
            yield from self._read_feed(page.content, origin, base_url=page.url)
            return
        if kind in ("warc", "jsonl", "urls"):
            # Lists and archives are only read from files: a page must not make us fetch more pages.
            reason = (
                f"{page.url}: a {kind} document served over HTTP is not ingested; save it and pass the file"
            )
            yield SourceReject.of(origin, MalformedInput(reason), doc_id or url)
            return
        is_html = kind == "html" or "html" in page.content_type.lower()
        yield Document(
            RawDocument(id=None, content=page.content, is_html=is_html, url=page.url, origin=origin),
            captured=page.fetched_at,
        )


class _Prefixed:
    """A read-only stream that first returns ``head`` (already read for sniffing), then ``rest``."""

    def __init__(self, head: bytes, rest: Any) -> None:
        self._head = head
        self._rest = rest

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            out, self._head = self._head + self._rest.read(), b""
            return bytes(out)
        if self._head:
            out, self._head = self._head[:size], self._head[size:]
            if len(out) < size:
                out += self._rest.read(size - len(out))
            return bytes(out)
        return bytes(self._rest.read(size))

    def readline(self, size: int = -1) -> bytes:
        if self._head:
            cut = self._head.find(b"\n")
            end = len(self._head) if cut < 0 else cut + 1
            if size is not None and size >= 0:
                end = min(end, size)
            out, self._head = self._head[:end], self._head[end:]
            if not out.endswith(b"\n") and (size is None or size < 0 or len(out) < size) and not self._head:
                out += self._rest.readline(-1 if size is None or size < 0 else size - len(out))
            return bytes(out)
        return bytes(self._rest.readline(size))

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        pass


class _Counting:
    """Counts the bytes read through it (to tell how much of an archive warcio left unparsed)."""

    def __init__(self, stream: Stream) -> None:
        self._stream = stream
        self.total = 0

    def read(self, size: int = -1) -> bytes:
        data = bytes(self._stream.read(size))
        self.total += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data = bytes(self._stream.readline(size))
        self.total += len(data)
        return data


def _gzip_problem(path: Path) -> str | None:
    """Why a gzip file is damaged (every member must end with its end-of-stream marker), or None."""
    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(1 << 20):
                pass
    except (OSError, EOFError, zlib.error) as exc:
        return f"gzip: {exc}"
    return None


def _size(path: Path | None) -> int | None:
    if path is None:
        return None
    try:
        return path.stat().st_size
    except OSError:
        return None


def _entry_body(entry: Any) -> str:
    contents = [c.get("value") or "" for c in entry.get("content") or [] if isinstance(c, dict)]
    best = max(contents, key=len, default="")
    summary = entry.get("summary") if isinstance(entry.get("summary"), str) else ""
    return best if len(best) >= len(summary) else summary


def _struct_time_iso(value: Any) -> str | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC).isoformat(timespec="seconds")
    except (TypeError, ValueError, OverflowError):
        return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["FetchError", "ReadOptions", "Reader", "TooLarge", "is_url"]
