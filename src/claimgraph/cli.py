"""The ``claimgraph`` command. Thin: parse arguments, call the library, choose the exit code.

Exit codes: 0 ok; 1 failure (in batch mode: some inputs were rejected, each with an error line);
2 bad input or usage.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from claimgraph.errors import ClaimgraphError, InputError
from claimgraph.eval.cli import eval_group
from claimgraph.geo.cli import gazetteer_group
from claimgraph.model import RawDocument

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


def _fail(message: str, code: int) -> None:
    click.echo(f"claimgraph: error: {message}", err=True)
    raise SystemExit(code)


def _read_bytes(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read()
    path = Path(source)
    if not path.exists():
        _fail(f"{source}: no such file", EXIT_BAD_INPUT)
    if path.is_dir():
        _fail(f"{source}: is a directory (use `claimgraph ingest` for folders)", EXIT_BAD_INPUT)
    return path.read_bytes()


def _jsonl_documents(data: bytes, origin: str) -> Iterator[RawDocument | tuple[str | None, str]]:
    """One RawDocument per JSONL line, or (id, reason) for a line that cannot become one."""
    for number, raw_line in enumerate(data.splitlines(), start=1):
        line = raw_line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield None, f"line {number}: not valid JSON ({exc.__class__.__name__})"
            continue
        if not isinstance(obj, dict):
            yield None, f"line {number}: expected a JSON object"
            continue
        doc_id = obj.get("id")
        doc_id = str(doc_id) if doc_id is not None else None
        html, text = obj.get("html"), obj.get("text")
        content = html if isinstance(html, str) else text
        if not isinstance(content, str):
            yield doc_id, f"line {number}: needs a 'text' or 'html' string"
            continue
        yield RawDocument(
            id=doc_id,
            content=content,
            is_html=isinstance(html, str),
            url=obj.get("url"),
            published=obj.get("published"),
            outlet=obj.get("outlet"),
            origin=f"{origin}:{number}",
        )


def _dump(obj: dict[str, Any], stream: IO[str], *, pretty: bool) -> None:
    stream.write(json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None))
    stream.write("\n")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimgraph")
@click.option("-v", "--verbose", count=True, help="Log more (repeat for debug).")
def cli(verbose: int) -> None:
    """claimgraph: news reports → attributed, geocoded claims and events."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("article", default="-")
@click.option(
    "--input-format",
    type=click.Choice(["auto", "text", "html", "jsonl"]),
    default="auto",
    show_default=True,
    help="How to read ARTICLE (auto: HTML if it looks like HTML, else text).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "jsonl", "plover", "acled"]),
    default=None,
    help="json (pretty, default for one article), jsonl (one line per article, default for batches), "
    "plover (the events as PLOVER JSON lines) or acled (the events as ACLED-like CSV).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default="-",
    help="Write here instead of standard output.",
)
@click.option(
    "--rejects",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Also append rejected inputs (id, reason) to this JSONL log.",
)
@click.option("--id", "doc_id", default=None, help="Article id (default: a hash of its text).")
@click.option("--url", default=None, help="Article URL, if known.")
@click.option("--published", default=None, help="Publication date (ISO 8601), if known.")
@click.option("--outlet", default=None, help="Outlet name, if known.")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=5_000_000,
    show_default=True,
    help="Reject inputs larger than this.",
)
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True)
@click.option("--model", default=None, envvar="CLAIMGRAPH_SPACY_MODEL", help="spaCy pipeline name or path.")
def analyze(
    article: str,
    input_format: str,
    output_format: str | None,
    output: str,
    rejects: str | None,
    doc_id: str | None,
    url: str | None,
    published: str | None,
    outlet: str | None,
    max_bytes: int,
    batch_size: int,
    model: str | None,
) -> None:
    """Analyse ARTICLE (a text or HTML file, a JSONL batch, or - for standard input)."""
    from claimgraph.analyse.pipeline import Analyzer, Rejected
    from claimgraph.clean import CleanOptions, looks_like_html

    analyzer = Analyzer(model=model, clean_options=CleanOptions(max_bytes=max_bytes))
    origin = "stdin" if article == "-" else article
    if input_format == "auto" and article.endswith((".jsonl", ".ndjson")):
        input_format = "jsonl"
    data = _read_bytes(article)
    stream: IO[str] = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
    rejects_stream: IO[str] | None = open(rejects, "a", encoding="utf-8") if rejects else None  # noqa: SIM115
    try:
        if input_format == "jsonl":
            failed = _analyze_jsonl(
                analyzer,
                data,
                origin,
                _Writer(stream, output_format or "jsonl"),
                rejects_stream,
                batch_size=batch_size,
                rejected_type=Rejected,
            )
            raise SystemExit(EXIT_FAILURE if failed else EXIT_OK)
        is_html = input_format == "html"
        if input_format == "auto":
            head = data[:4096].decode("utf-8", errors="ignore")
            is_html = looks_like_html(head)
        raw = RawDocument(
            id=doc_id,
            content=data,
            is_html=is_html,
            url=url,
            published=published,
            outlet=outlet,
            origin=origin,
        )
        try:
            result = analyzer.analyze(raw)
        except InputError as exc:
            if rejects_stream:
                _dump(
                    {"id": doc_id, "origin": origin, "error": str(exc), "error_kind": exc.__class__.__name__},
                    rejects_stream,
                    pretty=False,
                )
            _fail(f"{origin}: {exc}", EXIT_BAD_INPUT)
        _Writer(stream, output_format or "json").write(result.to_dict())
    except ClaimgraphError as exc:
        _fail(str(exc), exc.exit_code)
    finally:
        if stream is not sys.stdout:
            stream.close()
        if rejects_stream:
            rejects_stream.close()


class _Writer:
    """Writes analyses in the chosen format; error lines appear in place only in the JSON formats."""

    def __init__(self, stream: IO[str], output_format: str) -> None:
        self.stream = stream
        self.format = output_format
        self.header_written = False

    def write(self, out: dict[str, Any]) -> None:
        from claimgraph.exports.events import acled_rows, plover_records, write_acled_csv

        if self.format in {"json", "jsonl"}:
            _dump(out, self.stream, pretty=self.format == "json")
        elif "error" in out:
            return  # PLOVER/ACLED rows have no place for an error; the rejects log and exit code carry it
        elif self.format == "plover":
            for record in plover_records(out):
                _dump(record, self.stream, pretty=False)
        else:
            write_acled_csv(acled_rows(out), self.stream, header=not self.header_written)
            self.header_written = True


def _analyze_jsonl(
    analyzer: Any,
    data: bytes,
    origin: str,
    writer: _Writer,
    rejects_stream: IO[str] | None,
    *,
    batch_size: int,
    rejected_type: type,
) -> int:
    """Analyse a JSONL batch in input order; returns how many lines were rejected."""
    from rich.progress import Progress

    items = list(_jsonl_documents(data, origin))
    raws = [item for item in items if isinstance(item, RawDocument)]
    results = analyzer.analyze_batch(raws, batch_size=batch_size)
    failed = 0
    with Progress(disable=not sys.stderr.isatty(), transient=True) as progress:
        task = progress.add_task("analysing", total=len(items))
        for item in items:
            if isinstance(item, RawDocument):
                result = next(results)
                out = result.to_dict()
            else:
                out = {"id": item[0], "error": item[1], "error_kind": "MalformedInput"}
            if isinstance(item, tuple) or isinstance(result, rejected_type):
                failed += 1
                if rejects_stream:
                    _dump({**out, "origin": origin}, rejects_stream, pretty=False)
            writer.write(out)
            progress.advance(task)
    return failed


cli.add_command(gazetteer_group, name="gazetteer")
cli.add_command(eval_group, name="eval")

# Corpus commands (issue 6): ingest into a database, then query and export it.
from claimgraph.ingest.cli import ingest as _ingest_command  # noqa: E402
from claimgraph.store.cli import register as _register_store_commands  # noqa: E402

cli.add_command(_ingest_command)
_register_store_commands(cli)


def main() -> None:
    cli(prog_name="claimgraph")
