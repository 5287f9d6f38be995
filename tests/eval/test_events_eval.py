"""The event gold set (format and conventions) and the ``claimgraph eval events`` harness.

Nothing here judges the event coder: the scoring tests use hand-built claimgraph/1 outputs and the
command tests only check that the harness runs and counts what it was given.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimgraph.eval.events import (
    MODALITIES,
    MODES,
    PLOVER_CATEGORIES,
    GoldEvent,
    GoldFormatError,
    GoldReport,
    GsrSentence,
    Prf,
    Ratio,
    events_command,
    format_results,
    load_gsr,
    load_reports,
    match_events,
    overlaps,
    run_events_eval,
    score_gsr,
    score_reports,
    validate_report,
)

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "events" / "reports.jsonl"
GOLD_README = ROOT / "eval" / "events" / "README.md"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "events"
SUBSTRING_FIELDS = ("trigger", "actor", "target", "place")


def _gold_lines() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---- the gold set ---------------------------------------------------------------------------------


def test_every_report_follows_the_schema() -> None:
    rows = _gold_lines()
    for row in rows:
        assert validate_report(row) == [], row["id"]
    assert [r["id"] for r in rows] == [f"r{n:03d}" for n in range(1, len(rows) + 1)]
    assert len(load_reports(GOLD)) == len(rows)


def test_every_substring_field_is_a_substring() -> None:
    for row in _gold_lines():
        text = row["text"]
        for event in row["events"]:
            for key in SUBSTRING_FIELDS:
                if event[key] is not None:
                    assert event[key] in text, (row["id"], key, event[key])
            assert event["claimed_by"] == "outlet" or event["claimed_by"] in text, (
                row["id"],
                event["claimed_by"],
            )
            assert text.count(event["trigger"]) == 1, (row["id"], event["trigger"])


def test_field_types_and_values() -> None:
    for row in _gold_lines():
        dt.date.fromisoformat(row["published"])
        for event in row["events"]:
            assert event["type"] in PLOVER_CATEGORIES
            assert event["mode"] is None or event["mode"] in MODES[event["type"]]
            assert event["modality"] in MODALITIES
            assert isinstance(event["self_reported"], bool)
            assert not (event["self_reported"] and event["claimed_by"] == "outlet")
            assert event["place_country"] is None or re.fullmatch(r"[A-Z]{2}", event["place_country"])
            for key in ("killed", "wounded"):
                value = event[key]
                assert (
                    value is None or isinstance(value, int) or (isinstance(value, list) and len(value) == 2)
                )


def test_size_and_coverage_of_the_set() -> None:
    rows = _gold_lines()
    assert 150 <= len(rows) <= 180
    for row in rows:
        words = len(row["text"].split())
        assert 25 <= words <= 120, (row["id"], words)
        assert 1 <= len(re.findall(r"[.!?][\"”]?(?:\s|$)", row["text"])) <= 4, row["id"]
    types = Counter(e["type"] for r in rows for e in r["events"])
    assert set(types) == set(PLOVER_CATEGORIES)
    assert min(types.values()) >= 6
    for busy in ("ASSAULT", "ACCUSE", "REQUEST", "THREATEN", "PROTEST"):
        assert types[busy] >= 15, busy
    modalities = Counter(e["modality"] for r in rows for e in r["events"])
    assert set(modalities) == set(MODALITIES)
    claimers = Counter(e["claimed_by"] == "outlet" for r in rows for e in r["events"])
    assert claimers[True] >= 50 and claimers[False] >= 50


def test_dates_are_before_publication_and_recent() -> None:
    for row in _gold_lines():
        published = dt.date.fromisoformat(row["published"])
        for event in row["events"]:
            if event["date"] is None:
                continue
            start = dt.date.fromisoformat(event["date"])
            assert published - dt.timedelta(days=40) <= start <= published, row["id"]
            if "date_end" in event:
                assert start < dt.date.fromisoformat(event["date_end"]) <= published, row["id"]


def test_weekday_dates_fall_on_that_weekday() -> None:
    """A single-day date in a report that dates things only by weekday falls on a weekday it names."""
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    other_dates = re.compile(
        r"\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]* \d"
        r"|yesterday|a day after|hours later"
    )
    checked = 0
    for row in _gold_lines():
        named = {d for d in days if re.search(rf"\b{d}\b", row["text"])}
        if not named or other_dates.search(row["text"]):
            continue
        for event in row["events"]:
            if event["date"] is None or "date_end" in event:
                continue
            weekday = days[dt.date.fromisoformat(event["date"]).weekday()]
            assert weekday in named, (row["id"], event["trigger"], event["date"], named)
            checked += 1
    assert checked >= 100


def test_conventions_that_hold_for_every_event() -> None:
    for row in _gold_lines():
        for event in row["events"]:
            if event["type"] in ("THREATEN", "AGREE"):
                assert event["modality"] == "future", row["id"]
            if event["modality"] == "denied":
                assert event["claimed_by"] != "outlet", row["id"]
            if event["place"] is None:
                assert event["place_country"] is None, row["id"]


def test_readme_counts_match_the_data() -> None:
    rows = _gold_lines()
    readme = GOLD_README.read_text(encoding="utf-8")
    types = Counter(e["type"] for r in rows for e in r["events"])
    for name, count in types.items():
        assert re.search(rf"\| {name} \| {count} \|", readme), name
    modalities = Counter(e["modality"] for r in rows for e in r["events"])
    for name, count in modalities.items():
        assert re.search(rf"\| {name} \| {count} \|", readme), name
    assert f"{len(rows)} reports, {sum(types.values())} events" in readme


# ---- overlap and counts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Russian forces", "Russia", True),
        ("Russian forces", "Ukrainian forces", False),
        ("the army", "Sudan's army", True),
        ("Sudan's army", "the army", True),
        ("military", "militants", False),
        ("the RSF", "RSF", True),
        ("Sudanese", "Sudan", True),
        ("BOGOTÁ", "Bogota", True),
        ("17 young men", "young men", True),
        ("the", "the", False),
        ("", "Kyiv", False),
        ("Kursk region", "Kursk Oblast", True),
        ("Kursk region", "Belgorod region", False),
    ],
)
def test_overlap_rule(a: str, b: str, expected: bool) -> None:
    assert overlaps(a, b) is expected


def test_prf_and_ratio_arithmetic() -> None:
    prf = Prf()
    prf.slot(gold=True, predicted=True, match=True)  # tp
    prf.slot(gold=True, predicted=True, match=False)  # fp + fn
    prf.slot(gold=False, predicted=True, match=False)  # fp
    prf.slot(gold=True, predicted=False, match=False)  # fn
    prf.slot(gold=False, predicted=False, match=False)  # nothing
    assert (prf.tp, prf.fp, prf.fn) == (1, 2, 2)
    assert prf.precision == pytest.approx(1 / 3)
    assert prf.recall == pytest.approx(1 / 3)
    assert prf.f1 == pytest.approx(1 / 3)
    assert Prf().to_dict()["f1"] == 0.0
    ratio = Ratio()
    assert ratio.value is None and ratio.to_dict()["accuracy"] is None
    for ok in (True, False, True, True):
        ratio.add(ok)
    assert ratio.to_dict() == {"correct": 3, "total": 4, "accuracy": 0.75}


# ---- scoring with hand-built outputs ------------------------------------------------------------------


def _span(text: str, piece: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return {"start": start, "end": start + len(piece), "text": piece}


def _entity(eid: str, text: str, *pieces: str) -> dict[str, Any]:
    return {
        "id": eid,
        "name": pieces[0],
        "type": "X",
        "mentions": [_span(text, p) for p in pieces],
        "links": {},
    }


REPORT_TEXT = (
    "Rebel fighters shelled Karbeli on Tuesday, killing five people and wounding between 8 and 12, "
    "the district governor said. The interior minister condemned the attack."
)
REPORT = GoldReport(
    id="x1",
    published="2026-05-06",
    text=REPORT_TEXT,
    events=(
        GoldEvent(
            type="ASSAULT",
            trigger="shelled",
            mode="heavy-weapons",
            actor="Rebel fighters",
            target="Karbeli",
            place="Karbeli",
            place_country=None,
            claimed_by="the district governor",
            modality="asserted",
            date="2026-05-05",
            killed=5,
            wounded=(8, 12),
        ),
        GoldEvent(
            type="ACCUSE",
            trigger="condemned",
            mode="disapprove",
            actor="The interior minister",
            target=None,
            claimed_by="outlet",
        ),
    ),
)


def _report_output() -> dict[str, Any]:
    t = REPORT_TEXT
    return {
        "schema": "claimgraph/1",
        "article": {"text": t},
        "entities": [
            _entity("e1", t, "Rebel fighters"),
            _entity("e2", t, "Karbeli"),
            _entity("e3", t, "the district governor"),
            _entity("e4", t, "The interior minister"),
        ],
        "places": [
            {"id": "p1", "name": "Karbeli", "country": "GE", "mentions": [_span(t, "Karbeli")]},
        ],
        "events": [
            {  # paired with the ASSAULT by trigger; everything right
                "type": "ASSAULT",
                "mode": "heavy-weapons",
                "actor": "e1",
                "target": "e2",
                "place": "p1",
                "time": {"start": "2026-05-05", "end": "2026-05-05"},
                "quantities": [
                    {"value": 5, "low": None, "high": None, "role": "killed"},
                    {"value": 8, "low": 8.0, "high": 12.0, "role": "wounded"},
                ],
                "claimed_by": "e3",
                "self_reported": False,
                "modality": "asserted",
                "trigger": _span(t, "shelled"),
            },
            {  # paired with the ACCUSE by actor (its trigger misses); claimer and mode wrong
                "type": "ACCUSE",
                "mode": "allege",
                "actor": "e4",
                "target": "e1",
                "place": None,
                "time": {"start": None, "end": None},
                "quantities": [],
                "claimed_by": "e4",
                "self_reported": True,
                "modality": "asserted",
                "trigger": _span(t, "attack"),
            },
            {  # spurious
                "type": "ASSAULT",
                "mode": None,
                "actor": None,
                "target": None,
                "place": None,
                "time": {"start": None, "end": None},
                "quantities": [],
                "claimed_by": "outlet",
                "self_reported": False,
                "modality": "asserted",
                "trigger": _span(t, "killing"),
            },
        ],
    }


def test_match_events_by_trigger_then_actor() -> None:
    assert match_events(REPORT, _report_output()) == [(0, 0), (1, 1)]
    assert match_events(REPORT, None) == []


def test_score_reports_hand_computed() -> None:
    scores = score_reports([REPORT], [_report_output()])
    assert scores["detection"] == {"tp": 2, "fp": 1, "fn": 0, "precision": 0.6667, "recall": 1.0, "f1": 0.8}
    # trigger hits: "shelled" (ASSAULT, right type); "condemned" is hit by no output trigger.
    assert scores["type_accuracy"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert scores["type_in_report"] == {"correct": 2, "total": 2, "accuracy": 1.0}
    assert scores["actor"]["tp"] == 2 and scores["actor"]["fp"] == 0
    # the ACCUSE has a predicted target but no gold target: one false positive
    assert (scores["target"]["tp"], scores["target"]["fp"], scores["target"]["fn"]) == (1, 1, 0)
    assert scores["place"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert scores["claimed_by"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert scores["claimed_by_kind"]["correct"] == 1
    assert scores["self_reported"]["correct"] == 1
    assert scores["modality"]["correct"] == 2
    assert scores["mode"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert scores["date"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert scores["killed"]["correct"] == 1 and scores["wounded"]["correct"] == 1
    assert scores["by_type"]["ASSAULT"] == {
        "tp": 1,
        "fp": 1,
        "fn": 0,
        "precision": 0.5,
        "recall": 1.0,
        "f1": 0.6667,
    }


def test_score_reports_details() -> None:
    out = _report_output()
    assault = out["events"][0]
    assault["quantities"] = [
        {"value": 5, "low": None, "high": None, "role": "killed"},
        {"value": 6, "low": None, "high": None, "role": "killed"},  # a second, different count: wrong
        {"value": 10, "low": None, "high": None, "role": "wounded"},  # a point for a range: wrong
    ]
    assault["time"] = {"start": "2026-05-06T00:00:00", "end": None}
    assault["claimed_by"] = "outlet"
    assault["place"] = None
    assault["places"] = ["p1"]  # the fallback field
    scores = score_reports([REPORT], [out])
    assert scores["killed"]["correct"] == 0 and scores["wounded"]["correct"] == 0
    assert scores["date"]["correct"] == 0
    assert scores["claimed_by"]["correct"] == 0 and scores["claimed_by_kind"]["correct"] == 0
    assert scores["place"]["correct"] == 1
    ranged = GoldReport(
        "x2",
        REPORT.published,
        REPORT.text,
        (GoldEvent(type="ASSAULT", trigger="shelled", date="2026-05-04", date_end="2026-05-06"),),
    )
    assert score_reports([ranged], [out])["date"]["correct"] == 1


def test_place_in_a_gold_country() -> None:
    text = "Drones struck a depot in Kharkiv overnight, Ukraine said."
    gold = GoldReport(
        "x3",
        "2026-05-06",
        text,
        (
            GoldEvent(
                type="ASSAULT", trigger="struck", place="Ukraine", place_country="UA", claimed_by="Ukraine"
            ),
        ),
    )
    out = {
        "article": {"text": text},
        "entities": [_entity("e1", text, "Ukraine")],
        "places": [{"id": "p1", "name": "Kharkiv", "country": "UA", "mentions": [_span(text, "Kharkiv")]}],
        "events": [{"type": "ASSAULT", "place": "p1", "claimed_by": "e1", "trigger": _span(text, "struck")}],
    }
    scores = score_reports([gold], [out])
    assert scores["place"]["correct"] == 1
    assert scores["claimed_by"]["correct"] == 1
    out["places"][0]["country"] = "RU"
    assert score_reports([gold], [out])["place"]["correct"] == 0


def test_rejected_documents_count_as_no_events() -> None:
    scores = score_reports([REPORT], [None])
    assert scores["rejected"] == 1
    assert scores["detection"]["fn"] == 2 and scores["detection"]["tp"] == 0


def test_score_gsr_hand_computed() -> None:
    gold = [
        GsrSentence("s1", "Rebels attacked a police station.", "ASSAULT", ("Rebels",), ("police",)),
        GsrSentence("s2", "The union urged the government to act.", "REQUEST", ("union",), ("government",)),
        GsrSentence("s3", "Portugal and Morocco agreed to hold talks.", "AGREE", ("Portugal", "Morocco"), ()),
    ]
    t1, t2, t3 = (s.text for s in gold)
    outputs: list[dict[str, Any] | None] = [
        {
            "article": {"text": t1},
            "entities": [_entity("e1", t1, "Rebels"), _entity("e2", t1, "a police station")],
            "events": [
                {"type": "ASSAULT", "actor": None, "target": None},  # worse candidate
                {"type": "ASSAULT", "actor": "e1", "target": "e2"},  # the one taken
            ],
        },
        {
            "article": {"text": t2},
            "entities": [_entity("e1", t2, "The union")],
            "events": [{"type": "ACCUSE", "actor": "e1", "target": None}],  # wrong category
        },
        {
            "article": {"text": t3},
            "entities": [_entity("e1", t3, "Morocco")],
            "events": [{"type": "AGREE", "actor": "e1", "target": "e1"}],  # recipient predicted, none in gold
        },
    ]
    scores = score_gsr(gold, outputs)
    assert scores["type_accuracy"] == {"correct": 2, "total": 3, "accuracy": 0.6667}
    assert (scores["actor"]["tp"], scores["actor"]["fp"], scores["actor"]["fn"]) == (2, 0, 1)
    assert (scores["recipient"]["tp"], scores["recipient"]["fp"], scores["recipient"]["fn"]) == (1, 1, 1)
    assert scores["by_type"]["REQUEST"]["correct"] == 0
    assert scores["top_confusions"] == {"REQUEST -> ACCUSE": 1}
    assert scores["without_events"] == 0
    with pytest.raises(ValueError):
        score_gsr(gold, outputs[:2])


# ---- loaders --------------------------------------------------------------------------------------------


def test_load_fixture_sets() -> None:
    gsr = load_gsr(FIXTURES)
    assert [s.event for s in gsr] == ["ASSAULT", "REQUEST", "AGREE"]
    assert gsr[2].actor == ("Portugal", "Morocco") and gsr[2].recipient == ()
    assert load_gsr(FIXTURES / "plover_gsr_dev.jsonl", limit=1) == gsr[:1]
    reports = load_reports(FIXTURES / "reports.jsonl")
    assert [r.id for r in reports] == ["f1", "f2", "f3"]
    assert reports[0].events[0].wounded == (8, 12) and reports[0].events[0].killed == 5
    assert len(load_reports(FIXTURES / "reports.jsonl", limit=2)) == 2


def _bad_event(**changes: Any) -> dict[str, Any]:
    row = json.loads((FIXTURES / "reports.jsonl").read_text(encoding="utf-8").splitlines()[0])
    row["events"][0].update(changes)
    return row


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"actor": "Rebel army"}, "actor"),
        ({"trigger": "the"}, "more than once"),
        ({"mode": "drone", "type": "PROTEST"}, "mode"),
        ({"type": "FIGHT"}, "PLOVER category"),
        ({"claimed_by": "outlet", "self_reported": True}, "self_reported"),
        ({"claimed_by": "the mayor"}, "claimed_by"),
        ({"modality": "question"}, "modality"),
        ({"date": "2026-05-09"}, "after publication"),
        ({"date_end": "2026-05-01"}, "date_end"),
        ({"killed": [12, 8]}, "killed"),
        ({"place": None}, "place_country without a place"),
    ],
)
def test_validate_report_finds_problems(changes: dict[str, Any], problem: str) -> None:
    row = _bad_event(**changes)
    if problem == "place_country without a place":
        row["events"][0]["place_country"] = "GE"
    problems = validate_report(row)
    assert any(problem in p for p in problems), problems


def test_bad_files_raise_with_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "reports.jsonl"
    good_line = (FIXTURES / "reports.jsonl").read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(good_line + "\n" + json.dumps(_bad_event(actor="nobody")) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"reports\.jsonl:2: .*actor"):
        load_reports(bad)
    bad.write_text(good_line + "\n" + good_line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="duplicate id"):
        load_reports(bad)
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=":1: not valid JSON"):
        load_reports(bad)
    with pytest.raises(GoldFormatError, match="no such file"):
        load_gsr(tmp_path)
    (tmp_path / "plover_gsr_dev.jsonl").write_text('{"text": "x", "event": "FIGHT"}\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match="not a PLOVER category"):
        load_gsr(tmp_path)


# ---- running ---------------------------------------------------------------------------------------------


class _Result:
    def __init__(self, output: dict[str, Any]) -> None:
        self.output = output

    def to_dict(self) -> dict[str, Any]:
        return self.output


class _FakeAnalyzer:
    """Stands in for ``Analyzer``: every document gets the same ASSAULT at its first word."""

    def __init__(self) -> None:
        self.seen: list[Any] = []

    def analyze_batch(self, raws: Any, *, batch_size: int = 32) -> Any:
        for raw in raws:
            self.seen.append(raw)
            text = str(raw.content)
            first = text.split()[0]
            yield _Result(
                {
                    "article": {"text": text},
                    "entities": [],
                    "places": [],
                    "events": [
                        {"type": "ASSAULT", "trigger": {"start": 0, "end": len(first), "text": first}}
                    ],
                }
            )


def test_run_events_eval_with_a_stand_in_analyzer() -> None:
    fake = _FakeAnalyzer()
    results = run_events_eval(FIXTURES, FIXTURES / "reports.jsonl", None, analyzer=fake)  # type: ignore[arg-type]
    assert [raw.id for raw in fake.seen] == [
        "f1",
        "f2",
        "f3",
        "FIXTURE-ASSAULT-0001",
        "FIXTURE-REQUEST-0001",
        "FIXTURE-AGREE-0001",
    ]
    assert fake.seen[0].published == "2026-05-06"
    gsr = results["plover_gsr"]
    assert gsr["sentences"] == 3 and gsr["type_accuracy"]["correct"] == 1
    rep = results["reports"]
    assert rep["gold_events"] == 4 and rep["predicted_events"] == 3
    assert rep["detection"]["tp"] == 0  # no output trigger overlaps a gold trigger, no actor to pair on
    assert len(results["inputs"]["reports"]["sha256"]) == 64
    text = format_results(results)
    assert "PLOVER GSR" in text and "Report set: 3 reports, 4 gold events" in text
    only_reports = run_events_eval(None, FIXTURES / "reports.jsonl", 1, analyzer=_FakeAnalyzer())  # type: ignore[arg-type]
    assert only_reports["plover_gsr"] is None and only_reports["reports"]["reports"] == 1


def test_command_on_the_fixture() -> None:
    runner = CliRunner()
    args = ["--data", str(FIXTURES), "--reports", str(FIXTURES / "reports.jsonl")]
    result = runner.invoke(events_command, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["plover_gsr"]["sentences"] == 3
    assert out["reports"]["reports"] == 3 and out["reports"]["gold_events"] == 4
    assert out["reports"]["rejected"] == 0
    text = runner.invoke(events_command, [*args, "--limit", "1"])
    assert text.exit_code == 0, text.output
    assert "Report set: 1 reports" in text.stdout and "PLOVER GSR (dev): 1 sentences" in text.stdout


def test_command_rejects_a_bad_gold_file(tmp_path: Path) -> None:
    bad = tmp_path / "reports.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(events_command, ["--reports", str(bad)])
    assert result.exit_code == 2
    assert "reports.jsonl:1" in result.output
