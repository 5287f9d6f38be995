"""The cue lexicon bound on hand-counted cases, and through ``claimgraph eval attribution --cue-bound``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from role_spans import A, span_of

from claimgraph.eval.attribution import attribution_command
from claimgraph.eval.cue_bound import CueWordCounts, format_bound
from claimgraph.eval.metrics import TokenCounts

FIXTURE = Path(__file__).parent / "fixtures" / "polnear" / "dev"

TEXT = "Ann said it rained. Bob claimed it snowed. Cy claimed nothing. Di reckoned it hailed."


def at(phrase: str, nth: int = 0) -> tuple[int, int]:
    return span_of(TEXT, phrase, nth)


GOLD = [A(cue=(at("said"),)), A(cue=(at("claimed"),)), A(cue=(at("reckoned"),))]
OURS = [A(cue=(at("said"),))]
# Our cue tokens: 1 predicted, 1 of them in gold; 3 gold cue tokens, 1 of them covered.
BASE = TokenCounts(pred_hit=1, pred=1, gold_hit=1, gold=3)


def counts() -> CueWordCounts:
    words = CueWordCounts()
    words.add_document(TEXT, OURS, GOLD)
    return words


def test_words_outside_our_cues_are_counted_inside_and_outside_gold() -> None:
    words = counts()
    assert words.hit["claimed"] == 1 and words.missed["claimed"] == 1  # Cy's is no gold cue
    assert words.hit["reckoned"] == 1 and words.missed["reckoned"] == 0
    assert "said" not in words.hit and "said" not in words.missed  # ours already
    assert words.missed["it"] == 3 and words.missed["."] == 4


def test_bound_adds_the_oracle_lexicon_at_each_threshold() -> None:
    rows = {(r.threshold, r.min_hits): r for r in counts().bound(BASE, (0.3, 0.6), (1, 3))}
    both = rows[0.3, 1]  # "claimed" (1 of 2) and "reckoned" (1 of 1)
    assert (both.words, both.added_hit, both.added_missed) == (2, 2, 1)
    assert both.precision == pytest.approx(3 / 4) and both.recall == pytest.approx(1.0)
    assert both.f1 == pytest.approx(6 / 7)
    only_reckoned = rows[0.6, 1]
    assert (only_reckoned.words, only_reckoned.precision, only_reckoned.recall) == (
        1,
        1.0,
        pytest.approx(2 / 3),
    )
    nothing = rows[0.3, 3]  # no word was hit three times: our own score
    assert nothing.words == 0 and nothing.f1 == pytest.approx(BASE.f1) == pytest.approx(0.5)


def test_a_gold_token_in_two_cues_counts_once_per_cue() -> None:
    gold = [*GOLD, A(cue=(at("reckoned it"),))]
    words = CueWordCounts()
    words.add_document(TEXT, OURS, gold)
    assert words.hit["reckoned"] == 1 and words.gold_cover["reckoned"] == 2
    base = TokenCounts(pred_hit=1, pred=1, gold_hit=1, gold=5)
    row = words.bound(base, (0.9,), (1,))[0]  # "it" is in a gold cue once in three: not chosen
    assert row.words == 1 and row.recall == pytest.approx(3 / 5)


def test_lexicon_chosen_on_other_counts_is_scored_on_these() -> None:
    elsewhere = CueWordCounts()
    elsewhere.add_document("Eve claimed it. Fay claimed so.", [], [A(cue=((4, 11),)), A(cue=((20, 27),))])
    row = counts().bound(BASE, (0.9,), (1,), chosen_on=elsewhere)[0]
    # "claimed" was always a cue there; here one of its two tokens is: "reckoned" was never seen.
    assert (row.words, row.added_hit, row.added_missed) == (1, 1, 1)
    assert row.precision == pytest.approx(2 / 3) and row.recall == pytest.approx(2 / 3)
    text = format_bound("dev", BASE, [row], chosen_on="train")
    assert "lexicon chosen on train" in text and "our cue token F1 50.0" in text


def test_command_reports_the_bound() -> None:
    result = CliRunner().invoke(
        attribution_command,
        ["--data", str(FIXTURE), "--split", "train", "--split", "dev", "--cue-bound", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    first, second = json.loads(result.stdout)["reports"]
    base_f1 = first["token"]["cue"]["f1"]
    rows = first["cue_lexicon_bound"]
    assert len(rows) == 10
    assert all(row["f1"] == round(base_f1, 4) for row in rows if row["words"] == 0)
    assert "cue_lexicon_bound_chosen_elsewhere" not in first
    # Both splits resolve to the same directory here, so a lexicon chosen on the first scores the
    # second exactly as the second's own oracle does.
    elsewhere = second["cue_lexicon_bound_chosen_elsewhere"]
    assert elsewhere["chosen_on"] == "train" and elsewhere["rows"] == second["cue_lexicon_bound"]
    plain = CliRunner().invoke(attribution_command, ["--data", str(FIXTURE), "--limit", "1"])
    assert "Cue lexicon bound" not in plain.stdout
    table = CliRunner().invoke(attribution_command, ["--data", str(FIXTURE), "--limit", "1", "--cue-bound"])
    assert "Cue lexicon bound on PolNeAR dev (in-sample oracle" in table.stdout
