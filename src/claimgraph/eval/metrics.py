"""Precision, recall and F1 of attribution spans: per role (source, cue, content) and per relation.

An attribution is scored as three *role items*: its source, its cue and its content, each a tuple
of character fragments (a discontinuous span has several; a missing role has none and gives no
item). Three ways of scoring a role, all micro-averaged over the documents of a split:

exact
    A predicted item matches a gold item when their fragments are identical, after each fragment
    is stripped of surrounding whitespace and fragments separated only by whitespace are joined.
    PARC 3.0 / Scheible et al. (2016) "strict", Citron's "exact".
overlap
    A predicted item matches a gold item when they share at least one token (the "overlap match"
    of the Citron paper: right region, boundaries may differ).
token
    Token-level overlap, Citron's ``overlap`` metrics and Scheible et al.'s "partial" score:
    ``P = Σ_pred |tokens(pred) ∩ G| / Σ_pred |tokens(pred)|`` and
    ``R = Σ_gold |tokens(gold) ∩ Pr| / Σ_gold |tokens(gold)|``, where ``G`` (``Pr``) is the set of
    tokens covered by any gold (predicted) item of the same role in the document. A shared source
    (one "Trump" serving two attributions) counts once per attribution on both sides.

For exact and overlap, matching is one-to-one: each gold item can be the match of at most one
predicted item and vice versa, and the matching is a maximum one (so the score does not depend on
the order of the items). TP = matched pairs, FP = predicted items left over, FN = gold items left
over; ``P = TP / (TP + FP)``, ``R = TP / (TP + FN)``, ``F1 = 2PR / (P + R)``, each 0 when its
denominator is 0.

relation
    A predicted attribution matches a gold one when all three roles match, each role by the same
    criterion (exact, or overlap), a role that is missing on both sides counting as a match and a
    role missing on one side only as a mismatch. One-to-one as above. Its token score pools the
    three roles' token counts (Citron's "all quote spans").

Tokens are ``\\w+`` runs and single other non-space characters, so quotation marks and a final
period are tokens (they count in the token scores, as they do in Citron's spaCy tokens). A token
belongs to an item when any of its characters is inside one of the item's fragments.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

Span = tuple[int, int]
Spans = tuple[Span, ...]
Role = Literal["source", "cue", "content"]
ROLES: tuple[Role, ...] = ("source", "cue", "content")
MODES = ("exact", "overlap", "token")

_TOKEN = re.compile(r"\w+|[^\w\s]")


class HasRoles(Protocol):
    """Anything with a source, a cue and a content given as fragment tuples (gold or predicted)."""

    @property
    def source(self) -> Spans: ...
    @property
    def cue(self) -> Spans: ...
    @property
    def content(self) -> Spans: ...


class Tokens:
    """Token offsets of one text, to turn character fragments into token index sets."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def of(self, spans: Spans) -> frozenset[int]:
        found: set[int] = set()
        for start, end in spans:
            # Tokens with end > start and start < end: the first whose end passes `start` up to
            # the last that starts before `end`.
            first = bisect_right(self.ends, start)
            last = bisect_left(self.starts, end)
            found.update(range(first, last))
        return frozenset(found)


def normalise(spans: Spans, text: str) -> Spans:
    """Fragments stripped of surrounding whitespace, sorted, with whitespace-only gaps joined.

    This is what "exact" compares: ``"A," she said, "B."`` split at a different space, or a span
    that picked up a trailing newline, is still the same span.
    """
    pieces: list[list[int]] = []
    for start, end in sorted(spans):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if pieces and (pieces[-1][1] >= start or not text[pieces[-1][1] : start].strip()):
            pieces[-1][1] = max(pieces[-1][1], end)
        else:
            pieces.append([start, end])
    return tuple((s, e) for s, e in pieces)


@dataclass(slots=True)
class Counts:
    """Matched pairs and leftovers of one role (or of whole relations) under one criterion."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, **_prf(self.precision, self.recall)}


@dataclass(slots=True)
class TokenCounts:
    """Sums for the token-level scores: covered tokens over all tokens, on each side."""

    pred_hit: int = 0
    pred: int = 0
    gold_hit: int = 0
    gold: int = 0

    def add(self, other: TokenCounts) -> None:
        self.pred_hit += other.pred_hit
        self.pred += other.pred
        self.gold_hit += other.gold_hit
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.pred_hit / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_hit / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "pred_tokens_hit": self.pred_hit,
            "pred_tokens": self.pred,
            "gold_tokens_hit": self.gold_hit,
            "gold_tokens": self.gold,
            **_prf(self.precision, self.recall),
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _prf(p: float, r: float) -> dict[str, float]:
    return {"precision": round(p, 6), "recall": round(r, 6), "f1": round(_f1(p, r), 6)}


def max_matching(n_pred: int, n_gold: int, edges: Callable[[int], Iterable[int]]) -> dict[int, int]:
    """A maximum one-to-one matching, pred index → gold index (augmenting paths, Kuhn's algorithm).

    Greedy matching can leave a pair unmatched that a different choice would have matched
    (pred 0 overlaps gold 0 and 1, pred 1 only gold 0); per-document sizes are a few dozen, so the
    O(V·E) algorithm is cheap.
    """
    adjacency = [list(edges(p)) for p in range(n_pred)]
    gold_to_pred: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in adjacency[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in gold_to_pred or augment(gold_to_pred[g], seen):
                gold_to_pred[g] = p
                return True
        return False

    for p in range(n_pred):
        augment(p, set())
    return {p: g for g, p in gold_to_pred.items()}


def match_exact(pred: Sequence[Spans], gold: Sequence[Spans]) -> dict[int, int]:
    """One-to-one matching of identical (already normalised) items, pred index → gold index."""
    free: dict[Spans, list[int]] = {}
    for g, item in enumerate(gold):
        free.setdefault(item, []).append(g)
    out: dict[int, int] = {}
    for p, item in enumerate(pred):
        waiting = free.get(item)
        if waiting:
            out[p] = waiting.pop(0)
    return out


def match_overlap(pred: Sequence[frozenset[int]], gold: Sequence[frozenset[int]]) -> dict[int, int]:
    """Maximum one-to-one matching of items that share at least one token."""
    return max_matching(len(pred), len(gold), lambda p: (g for g, t in enumerate(gold) if pred[p] & t))


def token_counts(pred: Sequence[frozenset[int]], gold: Sequence[frozenset[int]]) -> TokenCounts:
    covered_gold = frozenset().union(*gold) if gold else frozenset()
    covered_pred = frozenset().union(*pred) if pred else frozenset()
    return TokenCounts(
        pred_hit=sum(len(t & covered_gold) for t in pred),
        pred=sum(len(t) for t in pred),
        gold_hit=sum(len(t & covered_pred) for t in gold),
        gold=sum(len(t) for t in gold),
    )


@dataclass(frozen=True, slots=True)
class RoleMatch:
    """How the items of one role in one document were matched (indices into the attribution lists)."""

    pred_items: tuple[int, ...]  # attribution index of each predicted item
    gold_items: tuple[int, ...]
    exact: dict[int, int]  # item index → item index
    overlap: dict[int, int]
    tokens: TokenCounts


@dataclass(frozen=True, slots=True)
class DocumentMatch:
    roles: dict[Role, RoleMatch]
    relation_exact: dict[int, int]  # predicted attribution index → gold attribution index
    relation_overlap: dict[int, int]
    n_pred: int
    n_gold: int


def match_document(text: str, pred: Sequence[HasRoles], gold: Sequence[HasRoles]) -> DocumentMatch:
    """Match one document's predicted attributions to its gold ones, role by role and whole."""
    tokens = Tokens(text)
    roles: dict[Role, RoleMatch] = {}
    # Per attribution and role: normalised fragments and token set (None when the role is missing).
    pred_norm = [{r: normalise(getattr(a, r), text) for r in ROLES} for a in pred]
    gold_norm = [{r: normalise(getattr(a, r), text) for r in ROLES} for a in gold]
    pred_tok = [{r: tokens.of(n[r]) for r in ROLES} for n in pred_norm]
    gold_tok = [{r: tokens.of(n[r]) for r in ROLES} for n in gold_norm]
    for role in ROLES:
        p_items = tuple(i for i, n in enumerate(pred_norm) if n[role])
        g_items = tuple(i for i, n in enumerate(gold_norm) if n[role])
        p_spans = [pred_norm[i][role] for i in p_items]
        g_spans = [gold_norm[i][role] for i in g_items]
        p_toks = [pred_tok[i][role] for i in p_items]
        g_toks = [gold_tok[i][role] for i in g_items]
        roles[role] = RoleMatch(
            p_items,
            g_items,
            match_exact(p_spans, g_spans),
            match_overlap(p_toks, g_toks),
            token_counts(p_toks, g_toks),
        )

    def same_exact(p: int, g: int) -> bool:
        return all(pred_norm[p][r] == gold_norm[g][r] for r in ROLES)

    def same_overlap(p: int, g: int) -> bool:
        return all(
            (not pred_tok[p][r] and not gold_tok[g][r]) or bool(pred_tok[p][r] & gold_tok[g][r])
            for r in ROLES
        )

    n_pred, n_gold = len(pred), len(gold)
    relation_exact = max_matching(n_pred, n_gold, lambda p: (g for g in range(n_gold) if same_exact(p, g)))
    relation_overlap = max_matching(
        n_pred, n_gold, lambda p: (g for g in range(n_gold) if same_overlap(p, g))
    )
    return DocumentMatch(roles, relation_exact, relation_overlap, n_pred, n_gold)


def _counts(matched: int, n_pred: int, n_gold: int) -> Counts:
    return Counts(tp=matched, fp=n_pred - matched, fn=n_gold - matched)


@dataclass(slots=True)
class Scores:
    """Micro-averaged counts of a whole split; ``add`` one ``DocumentMatch`` at a time."""

    exact: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in (*ROLES, "relation")})
    overlap: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in (*ROLES, "relation")})
    token: dict[str, TokenCounts] = field(
        default_factory=lambda: {k: TokenCounts() for k in (*ROLES, "relation")}
    )
    documents: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, match: DocumentMatch) -> None:
        self.documents += 1
        self.predicted += match.n_pred
        self.gold += match.n_gold
        for role, rm in match.roles.items():
            n_p, n_g = len(rm.pred_items), len(rm.gold_items)
            self.exact[role].add(_counts(len(rm.exact), n_p, n_g))
            self.overlap[role].add(_counts(len(rm.overlap), n_p, n_g))
            self.token[role].add(rm.tokens)
            self.token["relation"].add(rm.tokens)
        self.exact["relation"].add(_counts(len(match.relation_exact), match.n_pred, match.n_gold))
        self.overlap["relation"].add(_counts(len(match.relation_overlap), match.n_pred, match.n_gold))

    def f1(self, mode: str, role: str) -> float:
        if mode == "token":
            return self.token[role].f1
        return (self.exact if mode == "exact" else self.overlap)[role].f1

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "predicted_attributions": self.predicted,
            "gold_attributions": self.gold,
            **{
                mode: {role: counts.to_dict() for role, counts in getattr(self, mode).items()}
                for mode in MODES
            },
        }
