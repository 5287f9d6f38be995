"""Writes small WARC files for tests (and made ``examples/corpus/archive/crawl.warc.gz``)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

Page = tuple[str, int, str, bytes]  # (url, status, content type, body)


def write_warc(
    path: Path, pages: list[Page], *, gzip: bool = True, date: str = "2024-05-20T10:00:00Z"
) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for url, status, ctype, body in pages:
            request = writer.create_warc_record(
                url,
                "request",
                payload=BytesIO(b""),
                http_headers=StatusAndHeaders(
                    "GET / HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True
                ),
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(request)
            reason = {200: "OK", 404: "Not Found", 301: "Moved Permanently"}.get(status, "Status")
            headers = StatusAndHeaders(
                f"{status} {reason}",
                [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            response = writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(response)
    return path
