"""Geoparsing evaluation: loaders on hand-written fixtures, metrics on hand-computed cases, the gate."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.eval import gate as gate_module
from claimgraph.eval.cli import eval_group
from claimgraph.eval.geodata import load_dataset, load_geovirus, load_gwn, load_trnews
from claimgraph.eval.geoparse import (
    MAX_ERROR_KM,
    auc_of_errors,
    geocoding_score,
    match_spans,
    recognition_score,
)

FIXTURES = Path(__file__).parent / "fixtures"


# -- loaders ----------------------------------------------------------------------------------


def test_gwn_loader_keeps_types_and_skips_negative_offsets() -> None:
    gold = load_gwn(FIXTURES / "gwn-mini.xml")
    assert gold.skipped == 1  # the TITLE span with negative offsets
    (doc,) = gold.documents
    assert doc.id == "7" and doc.title == "Floods in Paris"
    assert [t.text for t in doc.toponyms] == ["Paris", "Texas", "Syrian", "refugees", "Lyon"]  # text order
    for t in doc.toponyms:
        assert doc.text[t.start : t.end] == t.text
    by_text = {t.text: t for t in doc.toponyms}
    assert by_text["Paris"].geonames_id == 4717560 and by_text["Paris"].lat == pytest.approx(33.66094)
    assert by_text["Texas"].geonames_id is None and by_text["Texas"].has_point
    # Paper's geotagging gold: all but the *_Expression and Non_Toponym types.
    assert [t.text for t in doc.toponyms if t.geotag] == ["Paris", "Texas", "Syrian", "Lyon"]
    # claimgraph's place setting: an adjectival modifier is not a place name.
    assert [t.text for t in doc.toponyms if t.place] == ["Paris", "Texas", "Lyon"]


def test_trnews_loader_realigns_drift_and_strips_fields() -> None:
    gold = load_trnews(FIXTURES / "trnews-mini.xml")
    (doc,) = gold.documents
    assert gold.realigned == 1  # Damascus was two characters off
    assert doc.id == "42" and doc.title == "Bus attacked"
    assert [t.text for t in doc.toponyms] == ["Aleppo", "Damascus", "Tal Hamra"]
    for t in doc.toponyms:
        assert doc.text[t.start : t.end] == t.text
    tal_hamra = doc.toponyms[2]
    assert not tal_hamra.has_point and tal_hamra.geonames_id is None  # no gaztag
    assert doc.toponyms[1].geonames_id == 170654


def test_geovirus_loader_shifts_offsets_and_reads_nested_locations() -> None:
    gold = load_geovirus(FIXTURES / "geovirus-mini.xml")
    (doc,) = gold.documents
    assert doc.id == "0"
    assert [t.text for t in doc.toponyms] == ["Pandi", "Bulacan", "Philippines"]
    for t in doc.toponyms:
        assert doc.text[t.start : t.end] == t.text
    assert doc.toponyms[0].lat == pytest.approx(14.87)


def test_limit_and_unknown_dataset(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "trnews-mini.xml", tmp_path / "TR-News.xml")
    assert len(load_dataset(tmp_path, "TR-News", limit=1).documents) == 1
    with pytest.raises(ValueError):
        load_dataset(tmp_path, "LGL")


# -- metrics ----------------------------------------------------------------------------------


def test_overlap_matching_is_one_to_one() -> None:
    # One long prediction overlapping two gold spans claims only the larger overlap.
    assert match_spans([(0, 20)], [(0, 5), (8, 20)]) == [(0, 1)]
    assert match_spans([(0, 5), (10, 15)], [(3, 12)]) == [(0, 0)]  # tie → earlier prediction
    assert match_spans([(0, 5)], [(0, 6)], strict=True) == []


def test_recognition_score_hand_computed() -> None:
    predicted = [(0, 5), (10, 15), (30, 35), (50, 55)]
    gold = [(0, 5), (11, 14), (20, 25)]
    ignore = [(50, 60)]  # e.g. a demonym in the place setting: neither right nor wrong
    score = recognition_score(predicted, gold, ignore=ignore)
    # kept predictions: 3 (the one on the ignored span is dropped); 2 match.
    assert (score.predicted, score.gold, score.correct_gold) == (3, 3, 2)
    assert score.precision == pytest.approx(2 / 3) and score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 / 3)
    strict = recognition_score(predicted, gold, ignore=ignore, strict=True)
    assert strict.correct_gold == 1
    assert strict.f1 == pytest.approx(1 / 3)


def test_geocoding_score_hand_computed() -> None:
    errors = [0.0, 100.0, 161.0, 500.0, MAX_ERROR_KM]
    s = geocoding_score(errors)
    assert s.n == 5
    assert s.accuracy_161 == pytest.approx(3 / 5)  # 161 km counts as within
    assert s.mean_km == pytest.approx(sum(errors) / 5)
    assert s.median_km == 161.0
    # AUC: trapezoid over sorted ln(1+e), scaled by (N-1)·ln(20039).
    xs = [math.log1p(e) for e in errors]
    expected = sum((xs[i] + xs[i + 1]) / 2 for i in range(4)) / (4 * math.log(MAX_ERROR_KM))
    assert s.auc == pytest.approx(expected)


def test_auc_extremes() -> None:
    assert auc_of_errors([0.0, 0.0, 0.0]) == 0.0
    assert auc_of_errors([MAX_ERROR_KM] * 3) == pytest.approx(
        math.log1p(MAX_ERROR_KM) / math.log(MAX_ERROR_KM)
    )
    assert geocoding_score([]).n == 0


# -- the gate ---------------------------------------------------------------------------------


@pytest.fixture
def fake_task(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, float]:
    """A gate task with controllable metrics, over a one-file 'gold' input."""
    data = tmp_path / "data"
    data.mkdir()
    gold = data / "gold.txt"
    gold.write_text("gold v1")
    measured = {"f1": 80.0, "acc": 90.0}

    def task(root: Path) -> tuple[dict[str, float], list[Path]]:
        return dict(measured), [root / "gold.txt"]

    monkeypatch.setattr(gate_module, "TASKS", {"fake": task})
    return measured


def test_gate_pins_floors_and_only_raises_them(tmp_path: Path, fake_task: dict[str, float]) -> None:
    data, baseline = tmp_path / "data", tmp_path / "baseline.json"
    result = gate_module.run_gate(data, update=True, baseline_path=baseline)
    assert result.exit_code == 0
    pinned = json.loads(baseline.read_text())["tasks"]["fake"]
    assert pinned["floors"] == {"acc": 89.0, "f1": 79.0}
    assert len(pinned["inputs_sha256"]) == 64
    assert gate_module.run_gate(data, baseline_path=baseline).exit_code == 0

    fake_task["f1"] = 78.0  # below the floor
    result = gate_module.run_gate(data, baseline_path=baseline)
    assert result.exit_code == 1
    assert any("f1" in line and "BELOW" in line for line in result.lines)
    gate_module.run_gate(data, update=True, baseline_path=baseline)
    assert json.loads(baseline.read_text())["tasks"]["fake"]["floors"]["f1"] == 79.0  # never lowered

    fake_task["f1"] = 85.0
    gate_module.run_gate(data, update=True, baseline_path=baseline)
    assert json.loads(baseline.read_text())["tasks"]["fake"]["floors"]["f1"] == 84.0  # raised


def test_gate_notices_changed_gold_inputs(tmp_path: Path, fake_task: dict[str, float]) -> None:
    data, baseline = tmp_path / "data", tmp_path / "baseline.json"
    gate_module.run_gate(data, update=True, baseline_path=baseline)
    (data / "gold.txt").write_text("gold v2")
    result = gate_module.run_gate(data, baseline_path=baseline)
    assert result.exit_code == 1
    assert "gold inputs changed" in result.lines[0]


def test_gate_without_data_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_group, ["gate", "--data", str(tmp_path / "absent")])
    assert result.exit_code == 2
    assert "not found" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(eval_group, ["gate", "--data", str(empty), "--task", "geoparse"])
    assert result.exit_code == 2
    assert "missing" in result.output


def test_pinned_baseline_covers_every_dataset() -> None:
    floors = json.loads(gate_module.BASELINE_PATH.read_text())["tasks"]["geoparse"]["floors"]
    for dataset in ("GWN", "TR-News", "GeoVirus"):
        for metric in ("recognition_f1", "end_to_end_acc161", "gold_spans_acc161"):
            assert 0 < floors[f"{dataset}.{metric}"] <= 100


def test_geoparse_command_on_fixtures(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "gwn-mini.xml", tmp_path / "GWN.xml")
    shutil.copy(FIXTURES / "trnews-mini.xml", tmp_path / "TR-News.xml")
    shutil.copy(FIXTURES / "geovirus-mini.xml", tmp_path / "GeoVirus.xml")
    result = CliRunner().invoke(eval_group, ["geoparse", "--data", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    reports = {r["dataset"]: r for r in json.loads(result.stdout)}
    assert set(reports) == {"GWN", "TR-News", "GeoVirus"}
    # Paris (after "Paris, Texas"), Lyon and Syria are all resolvable by any sane geoparser.
    assert reports["GWN"]["gold_spans"]["n"] == 3
    assert reports["GWN"]["gold_spans"]["accuracy_161"] == 1.0
    assert reports["TR-News"]["realigned_offsets"] == 1
    assert reports["GeoVirus"]["recognition_overlap"]["gold"] == 3
    missing = CliRunner().invoke(eval_group, ["geoparse", "--data", str(tmp_path / "nope")])
    assert missing.exit_code == 2
