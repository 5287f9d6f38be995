"""The evaluation gate: fixed small subsets, pinned floors, exit 1 when a metric falls below one.

``baseline.json`` (next to this file) holds, per task, the SHA-256 of the gold inputs the floors
were measured on and a ``metric → floor`` dict. Floors only ever go up: ``--update`` raises each
floor to the measured value less a small margin when that is higher, never lowers one. A task is
a function ``data_root → (metrics, input_paths)`` registered in ``TASKS``, so other evaluations
join the gate with one line.

Exit codes: 0 all floors met; 1 a metric below its floor, or gold inputs that differ from the
pinned hash; 2 gold data missing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["BASELINE_PATH", "TASKS", "GateResult", "register_task", "run_gate", "sha256_of"]

BASELINE_PATH = Path(__file__).with_name("baseline.json")
# Measured values may wobble with library versions; floors sit this far (in points) below them.
UPDATE_MARGIN = 1.0
GEO_GATE_DOCS = 40

TaskFn = Callable[[Path], tuple[dict[str, float], list[Path]]]
TASKS: dict[str, TaskFn] = {}


class DataMissing(Exception):
    """The gold data a task needs is not there."""


def register_task(name: str, fn: TaskFn) -> None:
    TASKS[name] = fn


def sha256_of(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths, key=lambda p: p.name):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def geoparse_task(data_root: Path) -> tuple[dict[str, float], list[Path]]:
    """First 40 documents of each geoparsing set: recognition F1, end-to-end and gold-span acc@161."""
    from claimgraph.analyse.nlp import load_pipeline
    from claimgraph.eval.geodata import DATASETS, load_dataset
    from claimgraph.eval.geoparse import evaluate
    from claimgraph.geo.resolve import Geoparser

    data_dir = data_root / "geoparsing"
    paths = [data_dir / f for f in DATASETS.values()]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise DataMissing(f"geoparsing gold data missing: {', '.join(missing)}")
    nlp, geoparser = load_pipeline(), Geoparser()
    metrics: dict[str, float] = {}
    for name in DATASETS:
        report = evaluate(load_dataset(data_dir, name, limit=GEO_GATE_DOCS), nlp=nlp, geoparser=geoparser)
        for key, value in report.metrics().items():
            if key in ("recognition_f1", "end_to_end_acc161", "gold_spans_acc161"):
                metrics[f"{name}.{key}"] = value
    return metrics, paths


register_task("geoparse", geoparse_task)

# Our own event reports live in the source tree, next to the package.
EVENT_REPORTS = Path(__file__).resolve().parents[3] / "eval" / "events" / "reports.jsonl"


def events_task(data_root: Path) -> tuple[dict[str, float], list[Path]]:
    """PLOVER gold sentences and our event reports: type accuracy, detection F1, claimed_by accuracy."""
    from claimgraph.eval.events import GSR_FILE, run_events_eval

    gsr = data_root / "events" / GSR_FILE
    missing = [str(p) for p in (gsr, EVENT_REPORTS) if not p.is_file()]
    if missing:
        raise DataMissing(f"event gold data missing: {', '.join(missing)}")
    result = run_events_eval(gsr.parent, EVENT_REPORTS, None)
    gsr_scores, reports = result["plover_gsr"], result["reports"]
    metrics = {
        "plover_gsr.type_accuracy": 100 * gsr_scores["type_accuracy"]["accuracy"],
        "plover_gsr.actor_f1": 100 * gsr_scores["actor"]["f1"],
        "reports.detection_f1": 100 * reports["detection"]["f1"],
        "reports.type_accuracy": 100 * reports["type_accuracy"]["accuracy"],
        "reports.claimed_by_accuracy": 100 * reports["claimed_by"]["accuracy"],
        "reports.modality_accuracy": 100 * reports["modality"]["accuracy"],
        "reports.place_accuracy": 100 * reports["place"]["accuracy"],
        "reports.actor_f1": 100 * reports["actor"]["f1"],
        "reports.date_accuracy": 100 * reports["date"]["accuracy"],
    }
    return metrics, [gsr, EVENT_REPORTS]


register_task("events", events_task)


def attribution_task(data_root: Path) -> tuple[dict[str, float], list[Path]]:
    """PolNeAR dev (84 documents): overlap and token F1 for source, cue and content."""
    from claimgraph.analyse.pipeline import Analyzer
    from claimgraph.eval.attribution import evaluate
    from claimgraph.eval.polnear import PolnearFormatError, load_split, split_dir

    data = data_root / "attribution"
    try:
        directory = split_dir(data, "dev")
    except PolnearFormatError as exc:
        raise DataMissing(f"attribution gold data missing: {exc}") from exc
    scores = evaluate(load_split(data, "dev"), Analyzer(), split="dev").scores.to_dict()
    metrics = {
        f"dev.{level}_{role}_f1": 100 * scores[level][role]["f1"]
        for level in ("overlap", "token")
        for role in ("source", "cue", "content")
        if role in scores.get(level, {})
    }
    return metrics, [*sorted((directory / "attributions").glob("*.ann")), directory / "index.tsv"]


register_task("attribution", attribution_task)


@dataclass
class GateResult:
    exit_code: int
    lines: list[str] = field(default_factory=list)
    measured: dict[str, dict[str, float]] = field(default_factory=dict)


def _load_baseline(path: Path) -> dict[str, dict[str, object]]:
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data.get("tasks", {}))


def run_gate(
    data_root: Path,
    *,
    tasks: list[str] | None = None,
    update: bool = False,
    baseline_path: Path = BASELINE_PATH,
) -> GateResult:
    """Run the gate's tasks against the floors in ``baseline_path`` (raise them with ``update``)."""
    baseline = _load_baseline(baseline_path)
    result = GateResult(0)
    if not data_root.is_dir():
        result.exit_code = 2
        result.lines.append(f"gold data directory {data_root} not found; the gate cannot run")
        return result
    for name in tasks or list(TASKS):
        try:
            measured, inputs = TASKS[name](data_root)
        except DataMissing as exc:
            result.exit_code = 2
            result.lines.append(f"{name}: {exc}")
            return result
        result.measured[name] = measured
        sha = sha256_of(inputs)
        entry = dict(baseline.get(name, {}))
        raw_floors = entry.get("floors", {})
        floors: dict[str, float] = dict(raw_floors) if isinstance(raw_floors, dict) else {}
        pinned_sha = entry.get("inputs_sha256")
        if pinned_sha and pinned_sha != sha and not update:
            result.exit_code = 1
            result.lines.append(
                f"{name}: gold inputs changed (sha256 {sha[:12]}… ≠ pinned {str(pinned_sha)[:12]}…)"
            )
            continue
        for metric, value in sorted(measured.items()):
            floor = floors.get(metric)
            if floor is None:
                status = "no floor"
            elif value + 1e-9 >= floor:
                status = f"ok (floor {floor:.2f})"
            else:
                status = f"BELOW floor {floor:.2f}"
                if not update:
                    result.exit_code = 1
            result.lines.append(f"{name}: {metric:<32} {value:6.2f}  {status}")
            if update:
                candidate = round(value - UPDATE_MARGIN, 2)
                if floor is None or candidate > floor:
                    floors[metric] = candidate
        if update:
            baseline[name] = {"inputs_sha256": sha, "floors": dict(sorted(floors.items()))}
    if update:
        baseline_path.write_text(
            json.dumps({"tasks": baseline}, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
        result.lines.append(f"floors written to {baseline_path}")
    return result
