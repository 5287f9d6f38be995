"""PLOVER JSON and ACLED-like CSV exports of the events of one article."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from claimgraph import analyze_text
from claimgraph.exports.events import ACLED_COLUMNS, acled_rows, plover_records, write_acled_csv

ROOT = Path(__file__).resolve().parents[2]
REPORT = (
    "KHARKIV, May 15 (Reuters) - Russian forces shelled the town of Vovchansk on Tuesday, "
    "killing at least 12 civilians and wounding 30, the regional governor said."
)


def _out() -> dict[str, Any]:
    return analyze_text(REPORT, published="2024-05-15", outlet="Example Wire", id="r1")


def test_plover_record_fields() -> None:
    [record] = plover_records(_out())
    assert record["event"] == ["ASSAULT"] and record["mode"] == ["heavy-weapons"]
    assert record["date"] == "2024-05-14"
    assert record["actor"][0]["entity_text"] == "Russian forces"
    assert record["size"] == {"dead": 12, "injured": 30}
    assert record["quad_code"] == 4 and record["cameo_root"] == "19"
    assert record["claimed_by"] == "regional governor" or "governor" in record["claimed_by"].lower()
    assert record["id"] == "r1#v1"


def test_acled_row_fields() -> None:
    [row] = acled_rows(_out())
    # ACLED codes shelling as remote violence whoever it hits.
    assert (row["event_type"], row["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert row["event_date"] == "2024-05-14"
    assert row["actor1"] == "Russian forces"
    assert row["fatalities"] == 12
    assert row["source"] == "Example Wire"
    assert "claimed by" in row["notes"]
    buffer = io.StringIO()
    write_acled_csv([row], buffer)
    parsed = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert list(parsed[0]) == list(ACLED_COLUMNS)
    assert parsed[0]["fatalities"] == "12"


def test_cli_formats() -> None:
    seed = ROOT / "examples" / "seed-article.txt"
    command = [sys.executable, "-m", "claimgraph", "analyze", str(seed)]
    acled = subprocess.run(
        [*command, "--format", "acled", "--published", "2024-03-20"],
        capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(acled.stdout)))
    assert {r["plover_type"] for r in rows} >= {"ASSAULT", "THREATEN", "REQUEST"}
    assert all(r["event_date"] for r in rows)
    plover = subprocess.run(
        [sys.executable, "-m", "claimgraph", "analyze", str(seed), "--format", "plover"],
        capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    records = [json.loads(line) for line in plover.stdout.splitlines()]
    assert len(records) == len(rows)
    assert any(r["self_reported"] for r in records)
