"""The extraction benchmark's metric, checked on hand-computed cases, and one real page."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.eval.extraction import aggregate, load_pages, score_page, shingles

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "extraction"


def test_shingles_are_4_token_multisets() -> None:
    assert shingles("a b c d a b c d") == {
        ("a", "b", "c", "d"): 2,
        ("b", "c", "d", "a"): 1,
        ("c", "d", "a", "b"): 1,
        ("d", "a", "b", "c"): 1,
    }
    assert shingles("only two") == {("only", "two"): 1}  # 1..3 tokens: one shingle of all of them
    assert shingles("") == {} and shingles(None) == {}
    assert shingles("Hello, world! It's") == {("Hello", "world", "It", "s"): 1}  # punctuation dropped


def test_page_scores_are_normalised_counts() -> None:
    gold = "w1 w2 w3 w4 w5 w6"  # 3 shingles
    s = score_page(gold, "w1 w2 w3 w4 w5 x")  # 2 right, 1 wrong, 1 missed
    assert (round(s.tp, 3), round(s.fp, 3), round(s.fn, 3)) == (0.5, 0.25, 0.25)
    assert not s.exact
    assert score_page(gold, "W1 w2 w3 w4 w5 w6").exact is False  # case matters
    assert score_page(gold, "w1, w2 w3 w4 w5 w6!").exact


def test_macro_averages_and_the_empty_prediction_rules() -> None:
    perfect = score_page("a b c d e", "a b c d e")
    empty = score_page("a b c d e", "")  # counts for recall (0), not for precision
    half = score_page("a b c d e f g", "a b c d e")  # P 1, R 0.5
    scores = aggregate([perfect, empty, half], resamples=50)
    assert scores.precision == pytest.approx(1.0)
    assert scores.recall == pytest.approx((1 + 0 + 0.5) / 3)
    assert scores.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert scores.accuracy == pytest.approx(1 / 3)
    assert scores.f1_std > 0


@pytest.mark.skipif(not (DATA / "ground-truth.json").exists(), reason="extraction benchmark data not present")
def test_claimgraph_extraction_on_benchmark_pages() -> None:
    from claimgraph.eval.extraction import claimgraph_body, evaluate

    pages = load_pages(DATA)[:6]
    scores, _ = evaluate(pages, claimgraph_body)
    assert scores.pages == 6
    assert scores.f1 > 0.85  # the full run gives 0.961; six pages are noisy
