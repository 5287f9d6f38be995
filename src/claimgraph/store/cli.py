"""Query commands over a corpus database: stats, search, claims, events, places, entities, export.

Thin: parse options, call the store's query functions, print. Exit codes: 0 ok (also when nothing
matched), 1 the database cannot be used, 2 bad usage.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from claimgraph.errors import ClaimgraphError
from claimgraph.store import DEFAULT_DB, Filters, open_store
from claimgraph.store.sql import SqlStore

F = TypeVar("F", bound=Callable[..., Any])
EXIT_FAILURE, EXIT_BAD_INPUT = 1, 2


def fail(message: str, code: int) -> None:
    click.echo(f"claimgraph: error: {message}", err=True)
    raise SystemExit(code)


def db_option(fn: F) -> F:
    return click.option(
        "--db",
        envvar="CLAIMGRAPH_DB",
        default=DEFAULT_DB,
        show_default=True,
        help="Database: sqlite:///PATH, a file path, or postgresql://user@host:port/db (env CLAIMGRAPH_DB).",
    )(fn)


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def filter_options(fn: F) -> F:
    options = [
        click.option("--place", help="ISO 3166-2 code (RU-KRS) or country code (RU, includes subdivisions)."),
        click.option("--entity", help="Entity name (whole name or a whole-word part, any case)."),
        click.option("--speaker", help="Who asserts the claim (entity name, or the outlet)."),
        click.option(
            "--type",
            "type_",
            help="Claims: attribution kind (direct, indirect, according_to, headline, narration); "
            "events: PLOVER type; entities: entity type; places: feature.",
        ),
        click.option("--since", callback=_date, help="Published on or after (YYYY-MM-DD)."),
        click.option("--until", callback=_date, help="Published on or before (YYYY-MM-DD)."),
        click.option("--outlet", help="Outlet (as stored: given name or registered domain)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _filters(kw: dict[str, Any], limit: int | None, offset: int = 0) -> Filters:
    return Filters(
        place=kw.get("place"),
        entity=kw.get("entity"),
        speaker=kw.get("speaker"),
        type=kw.get("type_"),
        since=kw.get("since"),
        until=kw.get("until"),
        outlet=kw.get("outlet"),
        limit=limit,
        offset=offset,
    )


def _open(db: str) -> SqlStore:
    # Queries never create a database: a mistyped path would otherwise show an empty corpus.
    path = Path(db.removeprefix("sqlite:///")) if db.startswith("sqlite:///") or "://" not in db else None
    if path is not None and str(path) != ":memory:" and not path.exists():
        fail(f"{path}: no such database (run `claimgraph ingest` first, or pass --db)", EXIT_BAD_INPUT)
    try:
        return open_store(db)
    except ClaimgraphError as exc:
        fail(str(exc), exc.exit_code)
        raise  # unreachable: fail() exits


_FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl"]),
    default="text",
    show_default=True,
    help="text: one line per row; json: one array; jsonl: one object per line.",
)


def _print_rows(rows: list[dict[str, Any]], fmt: str, line: Callable[[dict[str, Any]], str]) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    else:
        for row in rows:
            click.echo(line(row))
        if not rows:
            click.echo("(no matches)", err=True)


def _short(text: str | None, n: int = 140) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


def _guard(fn: Callable[[], None]) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    try:
        fn()
    except ClaimgraphError as exc:
        fail(str(exc), exc.exit_code)
    except SQLAlchemyError as exc:  # the server went away, a locked file...: one line, not a traceback
        orig = getattr(exc, "orig", None) or exc
        fail(f"database error: {str(orig).strip().splitlines()[0]}", EXIT_FAILURE)


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def stats(db: str, fmt: str) -> None:
    """Counts of what the corpus holds (articles, near-duplicates, rejects, claims, events, places...)."""
    store = _open(db)

    def run() -> None:
        data = store.stats()
        if fmt == "json":
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
        for key, value in data.items():
            if isinstance(value, dict):
                value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
            click.echo(f"{key:18} {value}")
        if data["near_duplicates"] or data["exact_duplicates"]:
            click.echo(
                f"warning: {data['near_duplicates']} near-duplicate and {data['exact_duplicates']} exact "
                "copies were linked to their originals (not analysed again)",
                err=True,
            )
        for r in store.rejects(limit=5):
            click.echo(f"rejected  {r['origin']}: {r['reason']}")

    _guard(run)
    store.close()


@click.command()
@click.argument("query")
@db_option
@click.option(
    "--in", "target", type=click.Choice(["articles", "claims"]), default="articles", show_default=True
)
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@_FORMAT
def search(query: str, db: str, target: str, limit: int, fmt: str) -> None:
    """Full-text search: words, "quoted phrases", OR, -excluded words."""
    store = _open(db)

    def line(r: dict[str, Any]) -> str:
        if target == "articles":
            return f"{r['id']}\t{_short(r.get('headline'), 80)}\t{_short(r.get('snippet'), 160)}"
        return f"{r['article_id']}/{r['claim_id']}\t{r.get('speaker')}\t{_short(r.get('snippet'), 160)}"

    _guard(lambda: _print_rows(store.search(query, target=target, limit=limit), fmt, line))  # type: ignore[arg-type]
    store.close()


def _query_command(name: str, doc: str, line: Callable[[dict[str, Any]], str]) -> click.Command:
    @click.command(name=name, help=doc)
    @db_option
    @filter_options
    @click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
    @click.option("--offset", type=click.IntRange(min=0), default=0)
    @_FORMAT
    def command(db: str, limit: int, offset: int, fmt: str, **kw: Any) -> None:
        store = _open(db)
        query = getattr(store, name)
        _guard(lambda: _print_rows(query(_filters(kw, limit, offset)), fmt, line))
        store.close()

    return command


claims = _query_command(
    "claims",
    "Claims, newest stored first, with who asserts them.",
    lambda r: (
        f"{r['published_date'] or '-'}\t{r['speaker']}\t{r['modality']}\t{_short(r['text'])}"
        + (f"\t[{r['copies']} copies]" if r.get("copies") else "")
    ),
)
events = _query_command(
    "events",
    "Events (PLOVER type, actor, target, place, who claims them).",
    lambda r: (
        f"{r['published_date'] or '-'}\t{r['type']}\t{r.get('actor') or '-'} → {r.get('target') or '-'}"
        f"\t{r.get('code') or '-'}\tclaimed by {r.get('claimed_by') or '-'}\t{r.get('modality') or ''}"
    ),
)
places = _query_command(
    "places",
    "Places mentioned in the corpus, most mentioned first.",
    lambda r: (
        f"{r.get('code') or '-'}\t{r['name']}\t{r.get('feature') or '-'}\t{r['articles']} articles"
        f"\t{r['mentions']} mentions"
    ),
)
entities = _query_command(
    "entities",
    "Entities in the corpus, in most articles first.",
    lambda r: f"{r['type']}\t{r['name']}\t{r['articles']} articles\t{r['mentions']} mentions",
)


@click.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet", "geojson"]),
    required=True,
    help="Output format.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path), required=True)
@click.option(
    "--table",
    type=click.Choice(["articles", "claims", "events", "places", "entities"]),
    default=None,
    help="What to export (jsonl: articles; csv/parquet: claims by default; geojson: places and events).",
)
@filter_options
def export(db: str, fmt: str, output: Path, table: str | None, **kw: Any) -> None:
    """Export the corpus (or a filtered part of it) to a file."""
    from claimgraph.store.export import export as run_export

    if table == "articles" and fmt in ("csv", "parquet"):
        fail(
            "--table articles is only available as jsonl (use claims, events, places or entities)",
            EXIT_BAD_INPUT,
        )
    if not output.parent.exists():
        fail(f"{output.parent}: no such folder", EXIT_BAD_INPUT)
    store = _open(db)

    def run() -> None:
        n = run_export(store, fmt, output, table=table, filters=_filters(kw, None))  # type: ignore[arg-type]
        click.echo(f"wrote {n} records to {output}", err=True)

    _guard(run)
    store.close()


COMMANDS = (stats, search, claims, events, places, entities, export)


def register(group: click.Group) -> None:
    for command in COMMANDS:
        group.add_command(command)


__all__ = ["COMMANDS", "db_option", "fail", "register"]
