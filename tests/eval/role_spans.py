"""Attributions written by hand for the metric tests: role spans found by phrase in a text."""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.eval.metrics import Spans


def span_of(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """The offsets of the nth occurrence of a phrase in the text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


@dataclass(frozen=True)
class A:
    source: Spans = ()
    cue: Spans = ()
    content: Spans = ()
