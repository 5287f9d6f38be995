"""Identity hashes and MinHash LSH near-duplicate detection."""

from __future__ import annotations

import random

from claimgraph.corpus.dedup import (
    DedupParams,
    NearDuplicateIndex,
    content_hash,
    shingles,
    signature_bytes,
)

WORDS = [
    *("port", "grain", "ship", "loaded", "governor", "said", "drones", "power", "region", "army", "river"),
    *("bridge", "flood", "rain", "police", "minister", "talks", "ceasefire", "border", "village", "market"),
    *("price", "fuel", "school", "hospital", "doctor", "strike", "union"),
]


def article(seed: int, n: int = 250) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + str(rng.randrange(40)) for _ in range(n))


def test_identity_ignores_case_punctuation_quotes_and_spacing() -> None:
    a = "“Four vessels have left,” the governor said.\n\nRepairs   go on."
    b = '"four vessels have left" The Governor said -- repairs go on'
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(a.replace("Four", "Five"))


def test_short_text_is_one_shingle() -> None:
    assert shingles("Kyiv said", k=3) == {b"kyiv said"}
    assert shingles("", k=3) == set()
    assert len(shingles("a b c d e", k=3)) == 3


def test_syndicated_copy_is_found_and_unrelated_texts_are_not() -> None:
    index = NearDuplicateIndex()
    originals = {f"doc{i}": article(i) for i in range(200)}
    for key, text in originals.items():
        index.add_signature(key, index.signature(text))
    copy = "Distributed by Harbour Wire. " + originals["doc7"].replace("port3 ", "harbour3 ") + " (c) 2024"
    match = index.query(index.signature(copy))
    assert match is not None and match.key == "doc7" and 0.7 <= match.similarity < 1.0
    assert index.query(index.signature(article(10_000))) is None


def test_edit_beyond_the_threshold_is_not_a_duplicate() -> None:
    index = NearDuplicateIndex(DedupParams(threshold=0.7))
    base = article(1)
    index.add_signature("base", index.signature(base))
    words = base.split()
    half_rewritten = " ".join(words[:100] + article(2, 150).split())
    assert index.query(index.signature(half_rewritten)) is None


def test_signatures_survive_a_round_trip_through_bytes() -> None:
    first = NearDuplicateIndex()
    texts = {f"d{i}": article(i) for i in range(20)}
    stored = []
    for key, text in texts.items():
        sig = first.signature(text)
        first.add_signature(key, sig)
        stored.append((key, signature_bytes(sig)))
    second = NearDuplicateIndex()  # a later run: rebuilt from what the store kept
    assert second.add_signatures(stored) == 20
    probe = texts["d3"] + " Reporting by staff."
    assert second.query(second.signature(probe)) == first.query(first.signature(probe))
    second.remove("d3")
    assert second.query(second.signature(probe)) is None
