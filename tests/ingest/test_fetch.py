"""URL fetching: redirects checked per hop, robots.txt, per-host rate, size limits, private addresses.

The network is replaced by httpx.MockTransport (the real client logic runs), and by a real
``http.server`` on 127.0.0.1 for the loopback checks. Host names resolve through a fixed table:
this machine has no DNS for them.
"""

from __future__ import annotations

import gzip
import http.server
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from claimgraph.errors import TooLarge
from claimgraph.ingest.url import BlockedAddress, Fetcher, FetchError, FetchOptions, RobotsDisallowed

PUBLIC = {"news.example": "93.184.216.34", "other.example": "93.184.216.35", "intranet.example": "10.1.2.3"}
PAGE = b"<html><body><p>The mayor said the bridge reopened.</p></body></html>"


def resolver(host: str) -> list[str]:
    if host not in PUBLIC:
        raise OSError(f"unknown host {host}")
    return [PUBLIC[host]]


class Clock:
    """A fake monotonic clock: sleeping advances it, so rate limits are measured exactly."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def fetcher(
    handler: Callable[[httpx.Request], httpx.Response], clock: Clock | None = None, **kw: object
) -> Fetcher:
    clock = clock or Clock()
    options = FetchOptions(**{"delay": 0.0, **kw})  # type: ignore[arg-type]
    client = httpx.Client(transport=httpx.MockTransport(handler))
    return Fetcher(options, client=client, resolver=resolver, sleep=clock.sleep, clock=clock)


def site(
    routes: dict[str, httpx.Response], log: list[str] | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if log is not None:
            log.append(f"{request.url.host}{request.url.path}")
        return routes.get(str(request.url), routes.get(request.url.path, httpx.Response(404)))

    return handler


def test_fetches_a_page_and_sends_a_user_agent() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return (
            httpx.Response(200, content=PAGE, headers={"content-type": "text/html"})
            if request.url.path == "/a"
            else httpx.Response(404)
        )

    page = fetcher(handler).fetch("https://news.example/a")
    assert page.content == PAGE and page.url == "https://news.example/a" and "html" in page.content_type
    assert all(ua.startswith("claimgraph/") for ua in seen)


def test_redirects_are_followed_and_capped() -> None:
    routes = {
        "/start": httpx.Response(301, headers={"location": "/middle"}),
        "/middle": httpx.Response(302, headers={"location": "https://other.example/final"}),
        "https://other.example/final": httpx.Response(200, content=PAGE),
    }
    assert fetcher(site(routes)).fetch("https://news.example/start").url == "https://other.example/final"
    loop = {"/loop": httpx.Response(302, headers={"location": "/loop"})}
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetcher(site(loop), max_redirects=3).fetch("https://news.example/loop")


def test_a_redirect_to_a_private_address_is_refused_at_that_hop() -> None:
    log: list[str] = []
    routes = {"/a": httpx.Response(302, headers={"location": "http://intranet.example/admin"})}
    with pytest.raises(BlockedAddress, match="--allow-private"):
        fetcher(site(routes, log)).fetch("https://news.example/a")
    assert not any(entry.startswith("intranet.example") for entry in log)  # never contacted
    with pytest.raises(BlockedAddress):
        fetcher(site({})).fetch("http://169.254.169.254/latest/meta-data")
    with pytest.raises(FetchError, match="only http and https"):
        fetcher(site({})).fetch("file:///etc/passwd")


def test_robots_txt_is_respected() -> None:
    log: list[str] = []
    routes = {
        "/robots.txt": httpx.Response(200, text="User-agent: *\nDisallow: /private/\n"),
        "/private/x": httpx.Response(200, content=PAGE),
        "/public/x": httpx.Response(200, content=PAGE),
    }
    f = fetcher(site(routes, log))
    with pytest.raises(RobotsDisallowed):
        f.fetch("https://news.example/private/x")
    assert f.fetch("https://news.example/public/x").content == PAGE
    assert "news.example/private/x" not in log
    assert log.count("news.example/robots.txt") == 1  # read once per host


def test_robots_unreachable_means_disallow_and_missing_means_allow() -> None:
    down = {"/robots.txt": httpx.Response(503), "/a": httpx.Response(200, content=PAGE)}
    with pytest.raises(RobotsDisallowed):
        fetcher(site(down)).fetch("https://news.example/a")
    missing = {"/robots.txt": httpx.Response(404), "/a": httpx.Response(200, content=PAGE)}
    assert fetcher(site(missing)).fetch("https://news.example/a").content == PAGE


def test_requests_to_one_host_are_spaced_and_crawl_delay_raises_the_interval() -> None:
    clock = Clock()
    routes = {"/robots.txt": httpx.Response(404), "/a": httpx.Response(200, content=PAGE)}
    f = fetcher(site(routes), clock, delay=0.5)
    for _ in range(3):
        f.fetch("https://news.example/a")
    assert clock.slept == [0.5, 0.5, 0.5]  # robots.txt, then three pages, 0.5 s apart

    clock = Clock()
    routes = {
        "/robots.txt": httpx.Response(200, text="User-agent: *\nCrawl-delay: 2\n"),
        "https://other.example/robots.txt": httpx.Response(404),
        "/a": httpx.Response(200, content=PAGE),
    }
    f = fetcher(site(routes), clock, delay=0.5)
    f.fetch("https://news.example/a")
    f.fetch("https://news.example/a")
    f.fetch("https://other.example/a")  # another host, without a crawl delay
    f.fetch("https://other.example/a")
    assert clock.slept == [2.0, 2.0, 0.5, 0.5]


def test_size_limit_by_header_and_while_streaming() -> None:
    declared = {"/big": httpx.Response(200, content=b"x" * 5000)}
    with pytest.raises(TooLarge, match="5,000 bytes"):
        fetcher(site(declared), max_bytes=1000).fetch("https://news.example/big")

    def chunked(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter([b"x" * 600, b"x" * 600]))  # no Content-Length

    with pytest.raises(TooLarge, match="over the 1,000-byte limit"):
        fetcher(chunked, max_bytes=1000, respect_robots=False).fetch("https://news.example/stream")


def test_a_gzip_bomb_served_with_content_encoding_stops_at_the_limit() -> None:
    bomb = gzip.compress(b"\0" * 20_000_000)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=bomb, headers={"content-encoding": "gzip"})

    with pytest.raises(TooLarge, match="after decompression"):
        fetcher(handler, max_bytes=1_000_000, respect_robots=False).fetch("https://news.example/bomb")


def test_timeouts_and_http_errors_are_fetch_errors() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    with pytest.raises(FetchError, match="timed out"):
        fetcher(slow, respect_robots=False, timeout=3).fetch("https://news.example/slow")
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher(site({"/robots.txt": httpx.Response(404)})).fetch("https://news.example/nothing")
    with pytest.raises(FetchError, match="cannot resolve"):
        fetcher(site({})).fetch("https://unknown.example/a")


@pytest.fixture
def local_server(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "story.html").write_bytes(PAGE)
    (tmp_path / "robots.txt").write_text("User-agent: *\nDisallow: /secret\n", encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(tmp_path), **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_loopback_needs_allow_private(local_server: str) -> None:
    with Fetcher(FetchOptions(delay=0)) as f, pytest.raises(BlockedAddress, match="loopback/private"):
        f.fetch(f"{local_server}/story.html")
    with Fetcher(FetchOptions(delay=0, allow_private=True)) as f:
        assert f.fetch(f"{local_server}/story.html").content == PAGE
        with pytest.raises(RobotsDisallowed):
            f.fetch(f"{local_server}/secret")
