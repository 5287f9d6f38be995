"""PolNeAR loading on a hand-written fixture (invented text, same layout and BRAT format as the corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.eval.polnear import (
    GoldAttribution,
    PolnearFormatError,
    load_split,
    parse_ann,
    split_dir,
)

FIXTURE = Path(__file__).parent / "fixtures" / "polnear"


def _text(doc_text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [doc_text[s:e] for s, e in spans]


def test_split_loads_canonical_annotation_in_index_order() -> None:
    docs = load_split(FIXTURE, "dev")
    assert [d.id for d in docs] == [
        "civic_2016-01-04_mayor-backs-water-plan",
        "labour_2016-02-01_union-walks-out",
    ]
    # The second document has two annotators; only the canonical (4b22) file is read.
    assert docs[1].ann_file.endswith("_4b22.ann")
    assert [len(d.attributions) for d in docs] == [5, 4]
    assert load_split(FIXTURE, "dev", limit=1)[0].id == docs[0].id


def test_relations_tie_source_cue_and_content() -> None:
    doc = load_split(FIXTURE, "dev")[0]
    by_id = {a.id: a for a in doc.attributions}
    said = by_id["E2"]
    assert _text(doc.text, said.source) == ["Mayor Ana Ruiz"]
    assert _text(doc.text, said.cue) == ["said"]
    assert _text(doc.text, said.content) == ["that the new water plan would cut bills"]
    # Arguments come in any order in the E record.
    assert _text(doc.text, by_id["E4"].cue) == ["According to"]
    assert _text(doc.text, by_id["E4"].source) == ["the council report"]


def test_discontinuous_content_keeps_every_fragment() -> None:
    doc = load_split(FIXTURE, "dev")[0]
    quote = next(a for a in doc.attributions if a.id == "E3")
    assert _text(doc.text, quote.content) == ["“We have listened,”", "“and we will deliver.”"]


def test_no_source_attribution_and_ignored_records() -> None:
    doc = load_split(FIXTURE, "dev")[0]
    passive = next(a for a in doc.attributions if a.id == "E5")
    assert passive.source == ()
    assert _text(doc.text, passive.cue) == ["is said"]
    # The Discard span and the annotator note make no attribution.
    assert all("Follow" not in doc.text[s:e] for a in doc.attributions for s, e in a.content)
    assert doc.unlinked == 0 and doc.incomplete == 0


def test_shared_source_content2_and_line_break_in_covered_text() -> None:
    doc = load_split(FIXTURE, "dev")[1]
    by_id = {a.id: a for a in doc.attributions}
    assert by_id["E1"].source == by_id["E2"].source  # "The union" serves both cues
    assert _text(doc.text, by_id["E4"].content) == ["that members", "were united"]
    # The covered text of this content crosses a line break, i.e. spans two physical lines.
    assert "\n" in doc.text[by_id["E3"].content[0][0] : by_id["E3"].content[0][1]]
    assert doc.unlinked == 1  # the headline "Union" Source that no E uses


def test_offsets_are_checked_against_the_text() -> None:
    text = "Ann said hi."
    ok = "\n".join(
        [
            "T1\tSource 0 3\tAnn",
            "T2\tCue 4 8\tsaid",
            "T3\tContent 9 11\thi",
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        ]
    )
    parsed = parse_ann(ok, text)
    assert parsed.attributions == (GoldAttribution(((0, 3),), ((4, 8),), ((9, 11),), "E1"),)
    with pytest.raises(PolnearFormatError, match="covered text"):
        parse_ann("T1\tSource 0 3\tBob\n", text)
    with pytest.raises(PolnearFormatError, match="outside"):
        parse_ann("T1\tSource 5 40\tx\n", text)
    with pytest.raises(PolnearFormatError, match="missing T9"):
        parse_ann("E1\tAttribution:T9 Cue:T9\n", text)


def test_incomplete_events_are_kept_and_counted() -> None:
    text = "Ann said hi."
    parsed = parse_ann("T1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nE1\tAttribution:T2 Source:T1 Cue:T2\n", text)
    assert parsed.incomplete == 1
    assert parsed.attributions[0].content == ()


def test_missing_split_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PolnearFormatError, match=r"index\.tsv"):
        split_dir(tmp_path, "dev")
