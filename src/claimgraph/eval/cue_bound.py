"""How far more cue words could take cue F1: an in-sample oracle bound over a PolNeAR split.

Most cues we miss are single words nobody would put in a lexicon ("unleashed", "sings", "allows").
Whether a longer lexicon could still close the gap to a target is a question about numbers, so
this module answers it with the most generous lexicon there can be: one chosen *on the very split
it is scored on*, by an oracle that knows the gold cues.

Every token of the metric (``metrics.Tokens``) that lies in none of our cues is keyed by its
lower-cased text. Over the split, a word is *hit* where its token lies inside a gold cue and
*missed* where it does not. For a threshold ``t``, the oracle lexicon is every word whose hit rate
``hit / (hit + missed)`` passes ``t`` (and that was hit at least ``min_hits`` times); it marks each
such token a cue, wherever it stands, as a cue of its own. The bound is the token cue F1 that
follows: each hit token adds one predicted token that is covered by gold and as many covered gold
tokens as gold cues hold it; each missed token adds one predicted token outside gold.

The bound is generous twice over: the lexicon is fit to the answers it is scored on, and a word
costs nothing beyond its own token (no spurious source or content comes with it). A real lexicon
scores less on a split it was not chosen on. The bound is reported, never used: nothing here
changes what ``analyze`` does, and no word list comes out of it (PolNeAR may not be trained on).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from claimgraph.eval.metrics import HasRoles, TokenCounts, Tokens, _f1, normalise

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
MIN_HITS = (1, 3)


@dataclass(frozen=True, slots=True)
class BoundRow:
    """The oracle lexicon at one threshold and the cue token F1 it would give."""

    threshold: float
    min_hits: int
    words: int
    added_hit: int  # added tokens inside a gold cue
    added_missed: int  # added tokens outside every gold cue
    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            "min_hits": self.min_hits,
            "words": self.words,
            "added_hit": self.added_hit,
            "added_missed": self.added_missed,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class CueWordCounts:
    """Per word outside our cues: tokens inside a gold cue (and how many gold cues hold them), outside."""

    hit: Counter[str] = field(default_factory=Counter)
    gold_cover: Counter[str] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)

    def add_document(self, text: str, predicted: Sequence[HasRoles], gold: Sequence[HasRoles]) -> None:
        tokens = Tokens(text)
        ours: set[int] = set()
        for attribution in predicted:
            ours |= tokens.of(normalise(attribution.cue, text))
        gold_cues = [tokens.of(normalise(attribution.cue, text)) for attribution in gold]
        covered = Counter(i for cue in gold_cues for i in cue)
        for i, (start, end) in enumerate(zip(tokens.starts, tokens.ends, strict=True)):
            if i in ours:
                continue
            word = text[start:end].lower()
            if covered[i]:
                self.hit[word] += 1
                self.gold_cover[word] += covered[i]
            else:
                self.missed[word] += 1

    def bound(
        self,
        base: TokenCounts,
        thresholds: Sequence[float] = THRESHOLDS,
        min_hits: Sequence[int] = MIN_HITS,
        *,
        chosen_on: CueWordCounts | None = None,
    ) -> list[BoundRow]:
        """The F1 each oracle lexicon would give on top of ``base``, our own cue token counts.

        The lexicon is chosen on these counts, or on ``chosen_on`` (another split's) when given:
        then the bound is what a lexicon fit to one split would score on another.
        """
        source = self if chosen_on is None else chosen_on
        rows: list[BoundRow] = []
        for threshold in thresholds:
            for least in min_hits:
                words = [
                    w for w, n in source.hit.items() if n >= least and n / (n + source.missed[w]) > threshold
                ]
                hit = sum(self.hit[w] for w in words)
                missed = sum(self.missed[w] for w in words)
                total = TokenCounts(
                    pred_hit=base.pred_hit + hit,
                    pred=base.pred + hit + missed,
                    gold_hit=base.gold_hit + sum(self.gold_cover[w] for w in words),
                    gold=base.gold,
                )
                rows.append(
                    BoundRow(
                        threshold, least, len(words), hit, missed, total.precision, total.recall, total.f1
                    )
                )
        return rows


def format_bound(
    split: str, base: TokenCounts, rows: Sequence[BoundRow], *, chosen_on: str | None = None
) -> str:
    """A Markdown table of the bound, with our own cue token F1 as its first line."""
    how = "in-sample oracle" if chosen_on is None else f"lexicon chosen on {chosen_on}"
    lines = [
        f"Cue lexicon bound on PolNeAR {split} ({how}; see claimgraph.eval.cue_bound): "
        f"our cue token F1 {100 * base.f1:.1f}",
        "",
        "| hit rate > | hits ≥ | words | tokens added in gold | outside gold "
        "| token P | token R | token F1 |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row.threshold:.1f} | {row.min_hits} | {row.words:,} | {row.added_hit:,} | "
            f"{row.added_missed:,} | {100 * row.precision:.1f} | {100 * row.recall:.1f} | "
            f"{100 * _f1(row.precision, row.recall):.1f} |"
        )
    return "\n".join(lines)
