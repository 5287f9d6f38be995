"""Each reader on real files: sniffing, JSONL, feeds, WARC, gzip, and the bad inputs of issue 6."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import httpx
import pytest
from warcs import write_warc

from claimgraph.ingest import Document, Fetcher, FetchOptions, Reader, ReadOptions, SourceReject
from claimgraph.ingest.outlet import registered_domain
from claimgraph.ingest.sniff import sniff

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"

HTML = b"""<!DOCTYPE html><html><head><title>Bridge reopens | Daily</title></head><body>
<article><h1>Bridge reopens</h1><p>The bridge over the river reopened on Monday, the mayor said.</p></article>
</body></html>"""
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>https://news.example/one</link><pubDate>Tue, 14 May 2024 12:10:00 GMT</pubDate>
<description>{body}</description></item>
<item><title>Two</title><link>https://news.example/two</link><description>Short teaser.</description></item>
</channel></rss>"""
LONG = " ".join(["The council said the bridge would reopen after repairs to its deck."] * 10)


def read(*sources: str | Path, **kw: object) -> list[Document | SourceReject]:
    fetcher = kw.pop("fetcher", None)
    reader = Reader(ReadOptions(**kw), fetcher)  # type: ignore[arg-type]
    return list(reader.read([str(s) for s in sources]))


def docs(items: list[Document | SourceReject]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def rejects(items: list[Document | SourceReject]) -> list[SourceReject]:
    return [i for i in items if isinstance(i, SourceReject)]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (HTML, "html"),
        (RSS.format(body=LONG).encode(), "feed"),
        (b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', "feed"),
        (b'{"id": "1", "text": "hello"}\n{"id": "2", "text": "again"}\n', "jsonl"),
        (b"# my list\nhttps://a.example/x\nhttps://b.example/y\n", "urls"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b"The governor said on Monday that {braces} are fine.\n", "text"),
        (b"{not json at all}\nsecond line\n", "text"),
    ],
)
def test_sniffing_reads_content_not_extensions(content: bytes, kind: str) -> None:
    assert sniff(content) == kind


def test_a_mixed_folder_is_read_recursively_by_content(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "page.txt").write_bytes(HTML)  # HTML behind a .txt name
    (tmp_path / "sub" / "feed.html").write_text(RSS.format(body=LONG), encoding="utf-8")  # a feed named .html
    (tmp_path / "sub" / "deeper" / "batch.dat").write_text(
        json.dumps({"id": "j1", "text": LONG, "outlet": "Wire", "published": "2024-05-01"}) + "\n",
        encoding="utf-8",
    )
    with gzip.open(tmp_path / "sub" / "story.gz", "wb") as out:
        out.write(b"Plain story.\n\nThe mayor said the bridge reopened on Monday.")
    (tmp_path / ".hidden").write_text("ignored", encoding="utf-8")
    items = read(tmp_path, fetch_links=False)
    found = docs(items)
    # os.walk order: a folder's files (sorted), then its subfolders
    assert [d.raw.origin for d in found] == [
        str(tmp_path / "page.txt"),
        f"{tmp_path / 'sub' / 'feed.html'}#1",
        f"{tmp_path / 'sub' / 'feed.html'}#2",
        str(tmp_path / "sub" / "story.gz"),
        f"{tmp_path / 'sub' / 'deeper' / 'batch.dat'}:1",
    ]
    page, entry, teaser, story, line = found
    assert page.raw.is_html and not story.raw.is_html and story.raw.content.startswith(b"Plain story")  # type: ignore[union-attr]
    assert line.raw.id == "j1" and line.raw.outlet == "Wire" and line.raw.published == "2024-05-01"
    assert entry.raw.url == "https://news.example/one"
    assert entry.raw.published == "2024-05-14T12:10:00+00:00"
    # with --no-fetch-links a teaser entry is taken as it is, headline first
    assert teaser.raw.content == "Two\n\nShort teaser."
    assert rejects(items) == []


def test_bundled_demo_corpus_has_every_kind() -> None:
    items = read(CORPUS, fetch_links=False)
    origins = [d.raw.origin for d in docs(items)]
    assert any(o.endswith(".txt") for o in origins)
    assert any(o.endswith(".html") for o in origins)
    assert any(".xml#" in o for o in origins)
    assert any(".warc.gz#https://" in o for o in origins)
    assert any(".jsonl:" in o for o in origins)
    assert rejects(items) == []


def test_jsonl_bad_lines_are_rejected_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps(
                    {
                        "id": "ok",
                        "html": "<p>The mayor said the bridge was open.</p>",
                        "url": "https://x.example/a",
                    }
                ),
                "{broken json",
                "[1, 2]",
                json.dumps({"id": "empty"}),
                "",
                json.dumps({"id": "ok2", "text": "Another report."}),
            ]
        ),
        encoding="utf-8",
    )
    items = read(path)
    assert [(d.raw.id, d.raw.is_html, d.raw.url) for d in docs(items)] == [
        ("ok", True, "https://x.example/a"),
        ("ok2", False, None),
    ]
    assert [(r.origin.rsplit(":", 1)[1], r.kind) for r in rejects(items)] == [
        ("2", "MalformedInput"),
        ("3", "MalformedInput"),
        ("4", "MalformedInput"),
    ]
    assert "not valid JSON" in rejects(items)[0].reason and rejects(items)[2].doc_id == "empty"


def test_jsonl_line_over_the_limit_is_skipped_without_losing_the_next(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    big = json.dumps({"id": "big", "text": "word " * 20_000})
    path.write_text(
        big + "\n" + json.dumps({"id": "small", "text": "Short report."}) + "\n", encoding="utf-8"
    )
    items = read(path, max_bytes=10_000)
    assert [d.raw.id for d in docs(items)] == ["small"]
    assert [r.kind for r in rejects(items)] == ["TooLarge"]


def test_warc_keeps_html_200_responses_with_uri_and_date(tmp_path: Path) -> None:
    path = write_warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://a.example/story", 200, "text/html; charset=utf-8", HTML),
            ("https://a.example/logo.png", 200, "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://a.example/gone", 404, "text/html", b"<html>missing</html>"),
            ("https://b.example/other", 200, "text/html", HTML.replace(b"Bridge", b"Tunnel")),
        ],
    )
    items = read(path)
    found = docs(items)
    assert [(d.raw.url, d.captured) for d in found] == [
        ("https://a.example/story", "2024-05-20T10:00:00Z"),
        ("https://b.example/other", "2024-05-20T10:00:00Z"),
    ]
    assert all(d.raw.is_html and b"reopen" in d.raw.content for d in found)  # type: ignore[operator]
    assert rejects(items) == []


@pytest.mark.parametrize("compressed", [True, False])
def test_truncated_warc_keeps_what_came_before_and_says_where_it_broke(
    tmp_path: Path, compressed: bool
) -> None:
    pages = [
        (f"https://a.example/{i}", 200, "text/html", HTML.replace(b"Bridge", f"Bridge {i}".encode()))
        for i in range(4)
    ]
    whole = write_warc(tmp_path / "whole.warc", pages, gzip=compressed).read_bytes()
    cut = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    cut.write_bytes(whole[: int(len(whole) * 0.7)])
    items = read(cut)
    found = docs(items)
    assert 1 <= len(found) < 4
    assert [d.raw.url for d in found] == [f"https://a.example/{i}" for i in range(len(found))]
    (reject,) = rejects(items)
    assert reject.kind == "MalformedInput" and "truncated or corrupt" in reject.reason


def test_gzip_bomb_is_stopped_at_the_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    chunk = b"\0" * 1_000_000
    with gzip.open(bomb, "wb", compresslevel=9) as out:
        for _ in range(200):  # 200 MB of zeros in a few hundred kB
            out.write(chunk)
    assert bomb.stat().st_size < 1_000_000
    (reject,) = read(bomb)
    assert isinstance(reject, SourceReject) and reject.kind == "TooLarge"
    assert "decompression bomb" in reject.reason


def test_broken_feed_xml(tmp_path: Path) -> None:
    hopeless = tmp_path / "broken.xml"
    hopeless.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><tit', encoding="utf-8"
    )
    items = read(hopeless)
    assert docs(items) == []
    assert (
        rejects(items)[0].kind == "MalformedFeed"
        and "not well-formed XML at line 1" in rejects(items)[0].reason
    )

    # An unescaped "&" breaks the XML, but the lenient parser still recovers the entry: kept, and noted.
    damaged = tmp_path / "damaged.xml"
    damaged.write_text(
        RSS.format(body=LONG + " Fish & chips.").replace("<item><title>Two", "<item><title>Two &"),
        encoding="utf-8",
    )
    items = read(damaged, fetch_links=False)
    assert [d.raw.url for d in docs(items)] == ["https://news.example/one", "https://news.example/two"]
    assert any(r.kind == "MalformedFeed" and "recovered" in r.reason for r in rejects(items))


def test_empty_and_oversized_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:  # 50 MB; sparse, so the test writes almost nothing
        out.truncate(50_000_000)
    items = read(empty, huge)
    assert [(r.origin, r.kind) for r in rejects(items)] == [
        (str(empty), "EmptyDocument"),
        (str(huge), "TooLarge"),
    ]
    assert "50.0 MB" in rejects(items)[1].reason


def test_feed_teasers_are_fetched_through_the_linked_page() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.url.path == "/feed":
            return httpx.Response(
                200, content=RSS.format(body=LONG).encode(), headers={"content-type": "application/rss+xml"}
            )
        if request.url.path == "/two":
            return httpx.Response(200, content=HTML, headers={"content-type": "text/html"})
        return httpx.Response(404)

    fetcher = Fetcher(
        FetchOptions(delay=0),
        client=httpx.Client(transport=httpx.MockTransport(handler)),
        resolver=lambda host: ["93.184.216.34"],
    )
    items = read("https://news.example/feed", fetcher=fetcher)
    found = docs(items)
    assert [d.raw.url for d in found] == ["https://news.example/one", "https://news.example/two"]
    assert found[1].raw.content == HTML and found[1].raw.published is None
    assert rejects(items) == []


def test_standard_input_is_sniffed_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    lines = b'{"id": "s1", "text": "One."}\n{"id": "s2", "html": "<p>Two.</p>"}\n'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines)))
    found = docs(read("-"))
    assert [(d.raw.id, d.raw.origin) for d in found] == [("s1", "stdin:1"), ("s2", "stdin:2")]


def test_outlet_is_the_registered_domain() -> None:
    assert registered_domain("https://news.bbc.co.uk/world/x") == "bbc.co.uk"
    assert registered_domain("https://www.kyivindependent.com/a") == "kyivindependent.com"
    assert registered_domain("http://127.0.0.1:8000/a") == "127.0.0.1"
    assert registered_domain("http://localhost/a") == "localhost"
    assert registered_domain(None) is None
