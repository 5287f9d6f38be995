"""``claimgraph ingest SOURCE... [--db URL]``: the command; the work is in ``readers`` and ``run``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from claimgraph.errors import ClaimgraphError
from claimgraph.store.cli import EXIT_BAD_INPUT, db_option, fail

if TYPE_CHECKING:
    from claimgraph.ingest.readers import Reader
    from claimgraph.ingest.run import IngestReport


@click.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=16,
    show_default=True,
    help="Documents analysed (nlp.pipe) and committed together.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=5_000_000,
    show_default=True,
    help="Reject a document (file, page, record, line) larger than this.",
)
@click.option(
    "--outlet", default=None, help="Outlet name for every document (default: given, site name, or domain)."
)
@click.option("--allow-private", is_flag=True, help="Allow fetching loopback and private-network addresses.")
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Seconds between two requests to the same host (robots.txt Crawl-delay may raise it).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=15.0,
    show_default=True,
    help="HTTP timeout in seconds.",
)
@click.option(
    "--no-fetch-links", is_flag=True, help="Do not fetch the page behind a feed entry that is only a teaser."
)
@click.option("--model", default=None, envvar="CLAIMGRAPH_SPACY_MODEL", help="spaCy pipeline name or path.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Format of the final report on standard output.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def ingest(
    sources: tuple[str, ...],
    db: str,
    batch_size: int,
    max_bytes: int,
    outlet: str | None,
    allow_private: bool,
    delay: float,
    timeout: float,
    no_fetch_links: bool,
    model: str | None,
    fmt: str,
    quiet: bool,
) -> None:
    """Read SOURCES (files, folders, -, URLs, JSONL, RSS/Atom, WARC, lists of URLs) into the corpus database.

    Re-running the same command adds nothing; after a crash it resumes. Exit code 1 when some
    inputs were rejected (see `claimgraph stats`), 2 for bad usage.
    """
    for source in sources:
        is_url = source.lower().startswith(("http://", "https://"))
        if source != "-" and not is_url and not Path(source).exists():
            fail(f"{source}: no such file or directory", EXIT_BAD_INPUT)
    # Imported here: `claimgraph --help` and the query commands must not pay for spaCy or SciPy.
    from sqlalchemy.exc import SQLAlchemyError

    from claimgraph.analyse.pipeline import Analyzer
    from claimgraph.clean import CleanOptions
    from claimgraph.ingest.readers import Reader, ReadOptions
    from claimgraph.ingest.url import Fetcher, FetchOptions
    from claimgraph.store import open_store

    try:
        store = open_store(db)
    except ClaimgraphError as exc:
        fail(str(exc), exc.exit_code)
        return
    fetch_options = FetchOptions(
        timeout=timeout, max_bytes=max_bytes, delay=delay, allow_private=allow_private
    )
    reader = Reader(ReadOptions(max_bytes=max_bytes, fetch_links=not no_fetch_links), Fetcher(fetch_options))
    analyzer = Analyzer(model=model, clean_options=CleanOptions(max_bytes=max_bytes))
    try:
        report = _run(store, reader, analyzer, sources, batch_size=batch_size, outlet=outlet, quiet=quiet)
    except ClaimgraphError as exc:
        fail(str(exc), exc.exit_code)
        return
    except KeyboardInterrupt:
        fail("interrupted; the batches already committed are kept (run the same command to resume)", 130)
        return
    except SQLAlchemyError as exc:  # the server went away mid-run: one line; committed batches stay
        orig = getattr(exc, "orig", None) or exc
        fail(f"database error: {str(orig).strip().splitlines()[0]} (run the same command again to resume)", 1)
        return
    finally:
        reader.fetcher.close()
        store.close()
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo(report.summary())
        if report.rejected:
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(report.reject_kinds.items()))
            click.echo(f"rejected: {kinds} (reasons: claimgraph stats --db {db})", err=True)
    raise SystemExit(report.exit_code)


def _run(store: Any, reader: Reader, analyzer: Any, sources: tuple[str, ...], **kw: Any) -> IngestReport:
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]ingest[/]"),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        disable=kw["quiet"] or not console.is_terminal,
        transient=False,
    )
    with progress:
        task = progress.add_task("starting", total=None)

        def show(report: IngestReport) -> None:
            progress.update(
                task,
                description=(
                    f"read {report.read} · stored {report.stored} · near-dup {report.near_duplicates} · "
                    f"dup {report.exact_duplicates} · already {report.already_stored} · "
                    f"rejected {report.rejected}"
                ),
            )

        from claimgraph.ingest.run import Ingestor

        ingestor = Ingestor(
            store, analyzer=analyzer, batch_size=kw["batch_size"], outlet=kw["outlet"], on_progress=show
        )
        return ingestor.run(reader.read(sources))


__all__ = ["ingest"]
