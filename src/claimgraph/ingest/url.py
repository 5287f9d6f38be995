"""Fetching pages and feeds over HTTP, politely and safely.

- Redirects are followed here, one hop at a time (httpx's own following is off), so every hop is
  checked: scheme, address (no loopback / private / link-local targets unless ``allow_private``),
  robots.txt of that host, and the hop count.
- robots.txt (RFC 9309): fetched once per host; a 4xx answer means no rules; a 5xx answer or an
  unreachable server means "disallow everything" for this run; ``Crawl-delay`` raises the host's
  interval.
- One request per host per ``delay`` seconds (or the crawl delay, if longer).
- The body is streamed and cut at ``max_bytes`` (after content decoding, so a gzip bomb served
  with ``Content-Encoding: gzip`` stops there too); timeouts apply to connect and each read.

The address check resolves the host name itself before the request. (A resolver that answers
differently for the connection could still slip through; the check stops the ordinary mistakes
and hostile links in feeds, not a DNS-rebinding attacker.)
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from claimgraph.errors import InputError, TooLarge

USER_AGENT = "claimgraph/0.1 (news-claims research crawler)"
ROBOTS_AGENT = "claimgraph"


class FetchError(InputError):
    """A URL could not be fetched; the message says why (one line)."""


class BlockedAddress(FetchError):
    """The URL points at a loopback, private or otherwise non-public address."""


class RobotsDisallowed(FetchError):
    """robots.txt of the host does not allow fetching this URL."""


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # after redirects
    content: bytes
    content_type: str
    fetched_at: str


Resolver = Callable[[str], list[str]]


def system_resolver(host: str) -> list[str]:
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({str(info[4][0]) for info in infos})


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


@dataclass
class FetchOptions:
    timeout: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    delay: float = 1.0  # seconds between two requests to one host
    allow_private: bool = False
    respect_robots: bool = True
    user_agent: str = USER_AGENT


class Fetcher:
    """One HTTP client for a whole ingest run (connection reuse, per-host state)."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        client: httpx.Client | None = None,
        resolver: Resolver = system_resolver,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.options = options or FetchOptions()
        timeout = httpx.Timeout(self.options.timeout, connect=min(self.options.timeout, 10.0))
        self._client = client or httpx.Client(timeout=timeout)
        self._owns_client = client is None
        self._resolve = resolver
        self._sleep = sleep
        self._clock = clock
        self._last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._host_delay: dict[str, float] = {}
        self.requests = 0

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def fetch(self, url: str) -> Page:
        """GET ``url`` following at most ``max_redirects`` redirects; raise a ``FetchError`` subclass."""
        current = url
        for _hop in range(self.options.max_redirects + 1):
            self._check_url(current)
            if self.options.respect_robots and not self._robots_allow(current):
                raise RobotsDisallowed(f"{current}: disallowed by robots.txt")
            response = self._get(current)
            with closing(response):
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(
                            f"{current}: HTTP {response.status_code} redirect without a Location"
                        )
                    current = urljoin(current, location)
                    continue
                if response.status_code != 200:
                    raise FetchError(f"{current}: HTTP {response.status_code}")
                content = self._read_body(response, current)
                return Page(
                    url=current,
                    content=content,
                    content_type=response.headers.get("content-type", ""),
                    fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
        raise FetchError(f"{url}: more than {self.options.max_redirects} redirects")

    def _check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"{url}: only http and https URLs can be fetched")
        host = parts.hostname
        if not host:
            raise FetchError(f"{url}: no host name")
        if self.options.allow_private:
            return
        try:
            addresses = [host] if _is_ip(host) else self._resolve(host)
        except OSError as exc:
            raise FetchError(f"{url}: cannot resolve {host} ({exc.strerror or exc})") from None
        for address in addresses:
            if not is_public(address):
                raise BlockedAddress(
                    f"{url}: {host} is a loopback/private address ({address}); "
                    "pass --allow-private to fetch it"
                )

    def _get(self, url: str) -> httpx.Response:
        host = urlsplit(url).netloc.lower()
        self._wait_turn(host)
        self.requests += 1
        try:
            request = self._client.build_request("GET", url, headers={"User-Agent": self.options.user_agent})
            return self._client.send(request, stream=True, follow_redirects=False)
        except httpx.TimeoutException:
            raise FetchError(f"{url}: timed out after {self.options.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {exc.__class__.__name__}: {exc}") from None

    def _wait_turn(self, host: str) -> None:
        interval = max(self.options.delay, self._host_delay.get(host, 0.0))
        last = self._last.get(host)
        if last is not None:
            wait = last + interval - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last[host] = self._clock()

    def _read_body(self, response: httpx.Response, url: str) -> bytes:
        limit = self.options.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise TooLarge(f"{url}: response is {int(declared):,} bytes, over the {limit:,}-byte limit")
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise TooLarge(f"{url}: response is over the {limit:,}-byte limit (after decompression)")
                chunks.append(chunk)
        except httpx.TimeoutException:
            raise FetchError(f"{url}: timed out while reading") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {exc.__class__.__name__}: {exc}") from None
        return b"".join(chunks)

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc.lower()}"
        if key not in self._robots:
            self._robots[key] = self._load_robots(key)
        parser = self._robots[key]
        if parser is None:
            return False
        return parser.can_fetch(ROBOTS_AGENT, url)

    def _load_robots(self, base: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's rules; None (disallow all) when robots.txt is unreachable or answers 5xx."""
        parser = urllib.robotparser.RobotFileParser()
        robots_url = base + "/robots.txt"
        current = robots_url
        for _hop in range(self.options.max_redirects + 1):
            try:
                self._check_url(current)
                response = self._get(current)
            except FetchError:
                return None
            with closing(response):
                if response.is_redirect and response.headers.get("location"):
                    current = urljoin(current, response.headers["location"])
                    continue
                if response.status_code >= 500:
                    return None
                if response.status_code >= 400:
                    parser.parse([])  # RFC 9309 §2.3.1.3: "unavailable" means no restrictions
                    return parser
                try:
                    body = self._read_body(response, current)
                except (FetchError, TooLarge):
                    return None
                parser.parse(body.decode("utf-8", errors="replace").splitlines())
                delay = parser.crawl_delay(ROBOTS_AGENT)
                if delay is not None:
                    self._host_delay[urlsplit(base).netloc.lower()] = float(delay)
                return parser
        return None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
