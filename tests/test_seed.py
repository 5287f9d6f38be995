"""The seed article, checked against what a careful reader finds in it (see examples/seed-article.txt)."""

from __future__ import annotations

from typing import Any

import pytest


def _entity(out: dict[str, Any], name: str) -> dict[str, Any]:
    matches = [e for e in out["entities"] if e["name"] == name]
    assert len(matches) == 1, (
        f"expected one entity named {name!r}, got {[e['name'] for e in out['entities']]}"
    )
    return matches[0]


def test_headline_and_photo_credit(seed: dict[str, Any]) -> None:
    article = seed["article"]
    assert (
        article["headline"]
        == "Russian rebels: We'll move to other cities in Russia soon. Compatriots, join us"
    )
    assert article["photo_credit"] == "Valentyna Polishchuk"
    assert "Photo:" not in article["text"]
    assert article["text"].startswith(article["headline"])


def test_debris_removed_and_related_link_kept(seed: dict[str, Any]) -> None:
    article = seed["article"]
    assert "Stay updated" not in article["text"]
    assert "Read also" not in article["text"]
    assert [d["text"] for d in article["debris"] if "Stay updated" in d["text"]], article["debris"]
    assert len(article["related"]) == 1
    assert article["related"][0]["title"].startswith(
        "Free Russia Legion claims it foiled new Russian offensive"
    )


def test_truncated_sentence_flagged(seed: dict[str, Any]) -> None:
    flags = [f for f in seed["article"]["flags"] if f["name"] == "truncated_sentence"]
    assert len(flags) == 1
    assert flags[0]["text"].endswith("reported by a journalist from")


def test_every_paragraph_kept(seed: dict[str, Any], seed_text: str) -> None:
    text = seed["article"]["text"]
    for opening in (
        "Opposition volunteer formations",
        "The units said that residents",
        '"Together with our allies',
        "Volunteers stated that",
        "The units said that even",
        "They noted that",
        '"No one in their right mind"',
        "Volunteers say that",
        '"Soon we will move',
    ):
        assert opening in text, opening
    assert len(seed["article"]["paragraphs"]) == 9


def test_putin_is_one_entity_with_all_mentions(seed: dict[str, Any]) -> None:
    putin = _entity(seed, "Vladimir Putin")
    assert putin["type"] == "PERSON"
    # "Vladimir Putin" once, then "Putin" in five paragraphs (incl. "the entire Putin army", "Putin's").
    assert len(putin["mentions"]) == 6
    assert all(m["text"] in {"Vladimir Putin", "Putin"} for m in putin["mentions"])
    assert not [e for e in seed["entities"] if e["name"] == "Putin"]


# (cue text, kind, words the content must contain) for the nine attributions of the speaker group.
NINE = [
    ("announced", "indirect", "soon move to other cities"),
    ("said", "indirect", "residents of Kursk and Belgorod oblasts ignored the pseudo-elections"),
    ("said", "direct", "Putin is losing control of the situation"),
    ("stated", "indirect", "liberated two settlements"),
    ("said", "indirect", "the entire Putin army"),
    ("noted", "indirect", "the Kremlin failed to hold pseudo-elections"),
    ("according to", "according_to", "No one in their right mind"),
    ("say", "indirect", "Putin controls"),
    ("stated", "direct", "Soon we will move to other cities"),
]


@pytest.mark.parametrize(("cue", "kind", "content"), NINE)
def test_nine_attributions_of_the_formations(seed: dict[str, Any], cue: str, kind: str, content: str) -> None:
    found = [
        a
        for a in seed["attributions"]
        if a["cue"] and a["cue"]["text"] == cue and content in a["content"]["text"]
    ]
    assert len(found) == 1, (
        f"{cue!r} / {content!r}: {[a['content']['text'][:60] for a in seed['attributions']]}"
    )
    assert found[0]["kind"] == kind


def test_one_speaker_for_all_referring_expressions(seed: dict[str, Any]) -> None:
    # Stances are positions, not statements: "reported by a journalist" relays the formations' words.
    speakers = {
        a["speaker"]["entity"] for a in seed["attributions"] if a["speaker"] and a["kind"] != "stance"
    }
    assert len(speakers) == 1
    group = next(e for e in seed["entities"] if e["id"] in speakers)
    assert group["type"] == "ARMED_GROUP"
    mentions = {m["text"] for m in group["mentions"]}
    for expression in ("The units", "Volunteers", "They", "the rebels", "the formations", "the statement"):
        assert expression in mentions, (expression, mentions)
    assert any(m.startswith("Opposition volunteer formations") for m in mentions)


def test_direct_quote_content_covers_the_whole_closing_quote(seed: dict[str, Any]) -> None:
    closing = next(a for a in seed["attributions"] if "Soon we will move" in a["content"]["text"])
    assert closing["content"]["text"].endswith("new victories will come")
    assert closing["speaker"]["text"] == "the formations"


def test_indirect_content_runs_to_the_end_of_the_report(seed: dict[str, Any]) -> None:
    stated = next(a for a in seed["attributions"] if "liberated two settlements" in a["content"]["text"])
    assert stated["content"]["text"].startswith("in a few days, they liberated")
    assert stated["content"]["text"].endswith("under the guns of the rebels")


def test_quantities(seed: dict[str, Any]) -> None:
    quantities = [q for c in seed["claims"] for q in c["quantities"]]
    assert [(q["value"], q["qualifier"], q["unit"]) for q in quantities] == [
        (2, None, "settlements"),
        (1000, "more than", "soldiers"),
    ]
    claim = next(c for c in seed["claims"] if c["quantities"])
    assert claim["asserted_by"] != "outlet"


def test_claims_follow_the_attributions(seed: dict[str, Any]) -> None:
    by_attribution = {c["attribution"]: c for c in seed["claims"] if c["attribution"]}
    for attribution in seed["attributions"]:
        if attribution["kind"] in {"scare_quote", "stance"}:
            assert attribution["id"] not in by_attribution  # a stance states no proposition
            continue
        claim = by_attribution[attribution["id"]]
        assert claim["text"] == attribution["content"]["text"]
        assert claim["asserted_by"] == attribution["speaker"]["entity"]
    future = next(c for c in seed["claims"] if c["text"].startswith("Soon we will move"))
    assert future["modality"] == "future"
