"""``claimgraph eval …``: evaluation commands (geoparsing, the CI gate).

A plain click group; other evaluations register with ``eval_group.add_command(...)``.
Exit codes: 0 ok; 1 a gate floor not met; 2 gold data missing or bad usage.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from claimgraph.eval.attribution import attribution_command
from claimgraph.eval.events import events_command
from claimgraph.eval.extraction import extraction_command

EXIT_OK, EXIT_BELOW_FLOOR, EXIT_NO_DATA = 0, 1, 2
DATA_ENV = "CLAIMGRAPH_EVAL_DATA"


def default_data_root() -> Path:
    """``$CLAIMGRAPH_EVAL_DATA``, else ``../shared/data`` beside the working directory (as in CI)."""
    env = os.environ.get(DATA_ENV)
    return Path(env) if env else Path.cwd().parent / "shared" / "data"


@click.group("eval", context_settings={"help_option_names": ["-h", "--help"]})
def eval_group() -> None:
    """Evaluate claimgraph on public gold data."""


@eval_group.command("geoparse")
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory with GWN.xml, TR-News.xml, GeoVirus.xml (default: <data root>/geoparsing).",
)
@click.option(
    "--dataset", type=click.Choice(["GWN", "TR-News", "GeoVirus"]), multiple=True, help="Repeatable."
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="First N documents of each dataset.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--show-errors", is_flag=True, help="Also list gold-span resolutions off by more than 161 km.")
def geoparse_command(
    data_dir: Path | None, dataset: tuple[str, ...], limit: int | None, fmt: str, show_errors: bool
) -> None:
    """Toponym recognition and resolution scores (Gritta et al. 2019 metrics)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    from claimgraph.analyse.nlp import load_pipeline
    from claimgraph.eval.geodata import DATASETS, dataset_path, load_dataset
    from claimgraph.eval.geoparse import evaluate, format_report, print_errors
    from claimgraph.geo.resolve import Geoparser

    data_dir = data_dir if data_dir is not None else default_data_root() / "geoparsing"
    names = list(dataset) or list(DATASETS)
    missing = [str(dataset_path(data_dir, n)) for n in names if not dataset_path(data_dir, n).is_file()]
    if missing:
        click.echo(f"claimgraph: error: gold data missing: {', '.join(missing)}", err=True)
        raise SystemExit(EXIT_NO_DATA)
    nlp, geoparser = load_pipeline(), Geoparser()
    reports = []
    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as progress:
        for name in names:
            gold = load_dataset(data_dir, name, limit=limit)
            task = progress.add_task(name, total=len(gold.documents))

            def advance(n: int, task: TaskID = task) -> None:
                progress.update(task, completed=n)

            report = evaluate(gold, nlp=nlp, geoparser=geoparser, progress=advance, keep_errors=show_errors)
            reports.append(report)
            if not console.is_terminal:
                click.echo(f"{name}: {report.documents} documents in {report.seconds:.1f} s", err=True)
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in reports], indent=2))
    else:
        click.echo("\n\n".join(format_report(r) for r in reports))
    if show_errors:
        for report in reports:
            print_errors(report, sys.stderr)


@eval_group.command("gate")
@click.option(
    "--data",
    "data_root",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Gold data root holding geoparsing/ (default: $CLAIMGRAPH_EVAL_DATA or ../shared/data).",
)
@click.option("--task", "tasks", multiple=True, help="Run only these tasks (repeatable).")
@click.option(
    "--update", is_flag=True, help="Raise the pinned floors to what is measured now (never lowers)."
)
def gate_command(data_root: Path | None, tasks: tuple[str, ...], update: bool) -> None:
    """Fail (exit 1) if a metric on the fixed subsets falls below its pinned floor."""
    from claimgraph.eval.gate import TASKS, run_gate

    unknown = [t for t in tasks if t not in TASKS]
    if unknown:
        click.echo(f"claimgraph: error: unknown gate task(s): {', '.join(unknown)}", err=True)
        raise SystemExit(EXIT_NO_DATA)
    result = run_gate(data_root or default_data_root(), tasks=list(tasks) or None, update=update)
    for line in result.lines:
        click.echo(line, err=result.exit_code != 0)
    if result.exit_code == EXIT_OK:
        click.echo("gate: all floors met" if not update else "gate: floors updated")
    raise SystemExit(result.exit_code)


eval_group.add_command(attribution_command)
eval_group.add_command(events_command)
eval_group.add_command(extraction_command)
