"""Attribution metrics on hand-computed cases, and our output mapped onto raw-text offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from role_spans import A, span_of

from claimgraph.eval.attribution import align, attribution_command, map_span, predicted_attributions
from claimgraph.eval.metrics import (
    Counts,
    Scores,
    Tokens,
    match_document,
    match_overlap,
    max_matching,
    normalise,
)
from claimgraph.model import AnalysedArticle, Article, Attribution, Span, Speaker

FIXTURE = Path(__file__).parent / "fixtures" / "polnear"

TEXT = "Ann Lee said that the plan works, and Bob told us it fails."


def at(phrase: str, nth: int = 0) -> tuple[int, int]:
    return span_of(TEXT, phrase, nth)


GOLD = [
    A((at("Ann Lee"),), (at("said"),), (at("that the plan works"),)),
    A((at("Bob"),), (at("told"),), (at("it fails"),)),
]


def scores(pred: list[A], gold: list[A], text: str = TEXT) -> Scores:
    s = Scores()
    s.add(match_document(text, pred, gold))
    return s


def test_exact_overlap_and_token_scores_differ_as_defined() -> None:
    pred = [
        A((at("Lee"),), (at("said"),), (at("the plan works"),)),
        A((at("Bob"),), (at("told"),), (at("us it fails"),)),
    ]
    s = scores(pred, GOLD)
    # source: "Bob" is exact, "Lee" only overlaps "Ann Lee".
    assert (s.exact["source"].tp, s.exact["source"].fp, s.exact["source"].fn) == (1, 1, 1)
    assert s.overlap["source"].tp == 2
    # tokens: predicted {Lee}, {Bob} all inside gold; gold {Ann, Lee}, {Bob}: 2 of 3 covered.
    assert s.token["source"].precision == 1.0
    assert s.token["source"].recall == pytest.approx(2 / 3)
    assert s.exact["cue"].f1 == 1.0
    # content: no exact match; tokens the|plan|works + it|fails hit, "us" misses, "that" is missed.
    assert s.exact["content"].tp == 0 and s.overlap["content"].tp == 2
    assert s.token["content"].precision == pytest.approx(5 / 6)
    assert s.token["content"].recall == pytest.approx(5 / 6)
    assert s.exact["relation"].tp == 0 and s.overlap["relation"].tp == 2
    # The relation's token score pools the three roles.
    assert s.token["relation"].pred == s.token["source"].pred + s.token["cue"].pred + s.token["content"].pred


def test_matching_is_one_to_one() -> None:
    # Two predicted pieces of one gold source: one matches, the other is a false positive.
    pred = [A(source=(at("Ann"),)), A(source=(at("Lee"),))]
    s = scores(pred, [GOLD[0]])
    assert (s.overlap["source"].tp, s.overlap["source"].fp, s.overlap["source"].fn) == (1, 1, 0)


def test_matching_is_maximum_not_greedy() -> None:
    # pred 0 overlaps gold 0 and 1, pred 1 only gold 0: greedy would pair (0, 0) and stop at 1.
    pred = [frozenset({1, 2}), frozenset({1})]
    gold = [frozenset({1}), frozenset({2})]
    assert match_overlap(pred, gold) == {0: 1, 1: 0}
    assert max_matching(0, 3, lambda p: ()) == {}


def test_empty_prediction_and_empty_gold() -> None:
    nothing = scores([], GOLD)
    assert nothing.exact["cue"].fn == 2 and nothing.exact["cue"].precision == 0.0
    assert nothing.token["content"].f1 == 0.0
    spurious = scores(GOLD, [])
    assert spurious.overlap["relation"].fp == 2 and spurious.overlap["relation"].recall == 0.0
    both = scores([], [])
    assert both.exact["source"].to_dict()["f1"] == 0.0
    assert Counts(1, 0, 0).f1 == 1.0


def test_missing_role_on_both_sides_matches_in_a_relation() -> None:
    gold = [A((), (at("said"),), (at("that the plan works"),))]
    assert scores([A((), (at("said"),), (at("that the plan works"),))], gold).exact["relation"].tp == 1
    assert (
        scores([A((at("Ann"),), (at("said"),), (at("that the plan works"),))], gold).overlap["relation"].tp
        == 0
    )


def test_exact_ignores_whitespace_at_edges_and_between_fragments() -> None:
    text = "She said: “A,” then “B.” "
    quotes = ((text.index("“A"), text.index(" then")), (text.index("“B"), len(text) - 1))
    # The gap " then " is not whitespace only, so the fragments stay apart...
    assert normalise(quotes, text) == quotes
    # ...but fragments separated by spaces only join, and edge spaces go.
    assert normalise(((0, 4), (4, 9)), text) == ((0, 9),)
    assert normalise(((len(text) - 5, len(text)),), text) == ((len(text) - 5, len(text) - 1),)


def test_tokens_cover_partly_touched_words() -> None:
    tokens = Tokens("Ann Lee said.")
    assert tokens.of(((1, 2),)) == {0}  # a character inside "Ann" touches the token
    assert tokens.of(((4, 13),)) == {1, 2, 3}  # "Lee", "said", "."
    assert tokens.of(((3, 4),)) == frozenset()  # whitespace only


# ---- our output mapped onto the raw text -------------------------------------------------------------


def _article(text: str, headline: bool = True) -> Article:
    parts = text.split("\n\n")
    spans, offset = [], 0
    for part in parts:
        spans.append(Span(offset, offset + len(part), part))
        offset += len(part) + 2
    if headline:
        return Article(
            id="t", text=text, headline=parts[0], headline_span=spans[0], paragraphs=tuple(spans[1:])
        )
    return Article(id="t", text=text, paragraphs=tuple(spans))


def test_alignment_maps_cleaned_text_back_to_raw() -> None:
    from claimgraph.clean import clean
    from claimgraph.model import RawDocument

    # A zero-width space (removed by the cleaner), a no-break space (made a space), a blank
    # line of spaces and a paragraph without a blank line before it: all move offsets.
    raw = "Title here\n   \nAna\u200b Ruiz said the\u00a0plan works.\nBo said no.\n"
    article = clean(RawDocument(id="x", content=raw))
    offsets = align(article, raw)
    for word in ("Ruiz", "plan works", "Bo said no"):
        start = article.text.index(word)
        mapped = map_span(offsets, start, start + len(word))
        assert mapped is not None and raw[mapped[0] : mapped[1]] == word
    start = article.text.index("the plan")
    mapped = map_span(offsets, start, start + len("the plan"))
    assert mapped is not None and raw[mapped[0] : mapped[1]] == "the\u00a0plan"


def test_alignment_falls_back_to_a_character_alignment() -> None:
    # A paragraph that differs from the raw text in a way no normalisation explains.
    raw = "Head\n\nThe council, said Ruiz, agreed.\n"
    article = _article("Head\n\nThe council said Ruiz agreed.")
    offsets = align(article, raw)
    start = article.text.index("Ruiz")
    assert map_span(offsets, start, start + 4) == (raw.index("Ruiz"), raw.index("Ruiz") + 4)
    assert map_span(offsets, 0, 0) is None


def test_predictions_leave_out_scare_quotes_and_nested_and_merge_split_quotes() -> None:
    text = "Ruiz: pipes fail\n\n“We listened,” Ruiz said. “We act.” Lin said Ruiz claimed “costs” rose."
    article = _article(text)

    def s(phrase: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        return Span.of(text, start, start + len(phrase))

    ruiz = Speaker("e1", s("Ruiz", 1))
    attributions = (
        Attribution("a1", "headline", Speaker("e1", s("Ruiz")), None, s("pipes fail")),
        Attribution("a2", "direct", ruiz, s("said"), s("We listened,")),
        Attribution("a3", "direct", ruiz, s("said"), s("We act.")),
        Attribution("a4", "indirect", Speaker("e2", s("Lin")), s("said", 1), s("Ruiz claimed “costs” rose")),
        Attribution("a5", "indirect", Speaker("e1", s("Ruiz", 2)), s("claimed"), s("“costs” rose"), "a4"),
        Attribution("a6", "scare_quote", None, None, s("costs")),
    )
    result = AnalysedArticle(article=article, attributions=attributions)
    predicted, stats, lost = predicted_attributions(result, text)
    assert [p.id for p in predicted] == ["a1", "a2+a3", "a4"]
    assert predicted[0].cue == ()  # a headline attribution has no cue
    # PolNeAR's convention: the quotation marks belong to a direct quote's content.
    assert [text[a:b] for a, b in predicted[1].content] == ["“We listened,”", "“We act.”"]
    assert (stats.scare_quotes, stats.nested, stats.merged, stats.scored) == (1, 1, 1, 3)
    assert lost == [] and stats.unmappable == 0
    kept, kept_stats, _ = predicted_attributions(result, text, keep_nested=True)
    assert len(kept) == 4 and kept_stats.nested == 0


def test_unmappable_spans_are_dropped_and_counted() -> None:
    text = "Head\n\nRuiz said it works."
    article = _article(text)
    # The raw text lacks the paragraph entirely (as if the cleaner had invented it).
    result = AnalysedArticle(
        article=article,
        attributions=(
            Attribution(
                "a1",
                "indirect",
                Speaker("e1", Span.of(text, 6, 10)),
                Span.of(text, 11, 15),
                Span.of(text, 16, 24),
            ),
        ),
    )
    predicted, stats, lost = predicted_attributions(result, "Head\n\n")
    assert (
        predicted == [] and stats.unmappable == 3 and {u.role for u in lost} == {"source", "cue", "content"}
    )


# ---- the command -------------------------------------------------------------------------------------


def test_command_scores_the_fixture(tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        attribution_command,
        [
            "--data",
            str(FIXTURE),
            "--split",
            "dev",
            "--limit",
            "1",
            "--format",
            "json",
            "--errors",
            str(errors),
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)["reports"][0]
    assert report["split"] == "dev" and report["documents"] == 1 and report["gold_attributions"] == 5
    assert set(report["token"]) == {"source", "cue", "content", "relation"}
    # Our pipeline finds at least the plain "X said that ..." of the fixture.
    assert report["overlap"]["cue"]["tp"] >= 1
    records = [json.loads(line) for line in errors.read_text().splitlines()]
    assert all(r["doc"] == "civic_2016-01-04_mayor-backs-water-plan" for r in records)
    assert all("text" not in r for r in records)  # offsets only
    relations = [r for r in records if r["role"] == "relation" and r["error"] in {"fp", "match"}]
    # every scored prediction is there once, matched or not
    assert len(relations) == report["predicted_attributions"]
    assert sum(r["error"] == "match" for r in relations) == report["overlap"]["relation"]["tp"]


def test_command_text_table_and_bad_data_dir(tmp_path: Path) -> None:
    result = CliRunner().invoke(attribution_command, ["--data", str(FIXTURE), "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "| source |" in result.stdout and "PolNeAR dev: 2 documents" in result.stdout
    bad = CliRunner().invoke(attribution_command, ["--data", str(tmp_path)])
    assert bad.exit_code == 2 and "index.tsv" in bad.output


def test_command_is_registered_under_eval() -> None:
    from claimgraph.cli import cli

    result = CliRunner().invoke(cli, ["eval", "attribution", "--help"])
    assert result.exit_code == 0 and "PolNeAR" in result.output


def test_content_in_polnear_convention() -> None:
    from claimgraph.eval.attribution import polnear_content

    raw = 'He said: "We will win." She said that taxes would rise. They asked whether it worked.'
    quote = raw.index("We will win")
    assert raw[slice(*polnear_content(raw, (quote, quote + len("We will win"))))] == '"We will win."'
    that = raw.index("taxes")
    assert (
        raw[slice(*polnear_content(raw, (that, that + len("taxes would rise"))))] == "that taxes would rise"
    )
    whether = raw.index("it worked")
    assert raw[slice(*polnear_content(raw, (whether, whether + 9)))] == "whether it worked"
    plain = raw.index("taxes would")
    assert polnear_content("X taxes", (2, 7)) == (2, 7) and plain > 0
