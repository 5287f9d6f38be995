"""``claimgraph eval attribution``: score our attributions against PolNeAR's gold source/cue/content.

Each article's raw text goes through the normal pipeline (``Analyzer.analyze_batch``); the
attributions it finds are turned into role spans over the *raw* file and scored with
``claimgraph.eval.metrics`` against the canonical annotation (``claimgraph.eval.polnear``).

What counts as our source, cue and content:

* source = the speaker's mention span (for ``according_to`` too); a speaker without a mention
  (the outlet) gives no source. The resolved entity is not scored: PolNeAR marks the mention, and
  a pronoun source is "he", not the person it refers to.
* cue = the cue span; a ``headline`` attribution ("Trump: ...") has the colon as its cue, as
  PolNeAR marks it.
* content = the content span.
* ``scare_quote`` attributions are left out: PolNeAR's guidelines exclude scare quotes and titles,
  so there is nothing to match them against. (``narration`` is the outlet's own voice; left out too.)
* nested attributions (those with a ``parent``) are left out by default, because PolNeAR marks only
  the outermost of nested attributions ("Reardon criticized Lamport for saying that ..." is one
  attribution); ``--keep-nested`` scores them as well.
* pieces of one quote that we emit as separate attributions sharing speaker and cue
  (``"A," she said. "B."``) are merged into one attribution with a discontinuous content, which
  is how PolNeAR annotates them.

Offsets: our spans index ``article.text``, which the cleaner builds from the raw text (the
headline and paragraphs, verbatim but stripped and rejoined with blank lines; zero-width
characters removed, no-break spaces made spaces). Each headline/paragraph is located in the raw text
(verbatim search first, a character alignment with ``difflib`` when the cleaner changed a
character), giving every article character its raw offset or none. A span maps to the raw offsets of
its first and last mappable characters; a span with no mappable character is dropped and counted
(``unmappable``): it can only cost recall, never add a false match.
"""

from __future__ import annotations

import json
import re
import sys
import time
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from claimgraph.eval.cue_bound import CueWordCounts, format_bound
from claimgraph.eval.metrics import ROLES, DocumentMatch, Scores, Spans, match_document, normalise
from claimgraph.eval.polnear import PolnearDocument, PolnearFormatError, iter_split, split_dir
from claimgraph.model import AnalysedArticle, Article, RawDocument
from claimgraph.model import Span as TextSpan

if TYPE_CHECKING:
    from claimgraph.analyse.pipeline import Analyzer

EXIT_OK, EXIT_BAD_INPUT = 0, 2
SPLITS = ("dev", "train")  # the test split is hidden and must stay unread

# A paragraph the cleaner changed is searched for from the first run of this many characters that
# is still verbatim; the alignment window then allows this much drift per 100 characters.
_ANCHOR_CHARS = 24
_SLACK_PER_100 = 5


# ---- offsets: article.text → raw text ---------------------------------------------------------------


def align(article: Article, raw: str) -> list[int]:
    """For every character of ``article.text``, its offset in ``raw``, or -1 if it has none.

    Pieces (headline, paragraphs) are found in order, each by the first method that works: verbatim
    in ``raw``; verbatim in ``raw`` put through the decoder's normalisation (what the cleaner does to
    characters); a ``difflib`` character alignment, for any change a future cleaner might make.
    """
    offsets = [-1] * len(article.text)
    pieces = ([article.headline_span] if article.headline_span else []) + list(article.paragraphs)
    normalised: tuple[str, list[int]] | None = None
    cursor = 0
    for piece in pieces:
        found = raw.find(piece.text, cursor)
        if found >= 0:
            offsets[piece.start : piece.end] = range(found, found + len(piece.text))
            cursor = found + len(piece.text)
            continue
        if normalised is None:
            normalised = _normalised(raw)
        norm, back = normalised
        found = norm.find(piece.text, bisect_left(back, cursor))
        if found >= 0:
            offsets[piece.start : piece.end] = back[found : found + len(piece.text)]
            cursor = back[found + len(piece.text) - 1] + 1
            continue
        cursor = _align_changed(piece, raw, cursor, offsets)
    return offsets


def _normalised(raw: str) -> tuple[str, list[int]]:
    """``raw`` with the decoder's character normalisation, and each kept character's raw offset.

    Applied one character at a time so the offsets survive; CR LF is the one two-character
    sequence the decoder folds into one, so its CR is dropped here first.
    """
    from claimgraph.clean.decode import normalise as normalise_text

    chars: list[str] = []
    back: list[int] = []
    for i, ch in enumerate(raw):
        if ch == "\r" and raw.startswith("\n", i + 1):
            continue
        for out in normalise_text(ch):
            chars.append(out)
            back.append(i)
    return "".join(chars), back


def _align_changed(piece: TextSpan, raw: str, cursor: int, offsets: list[int]) -> int:
    """Character alignment of a piece the cleaner altered; returns the new search cursor."""
    text = piece.text
    start = cursor
    for k in range(0, max(1, len(text) - _ANCHOR_CHARS + 1), _ANCHOR_CHARS):
        at = raw.find(text[k : k + _ANCHOR_CHARS], cursor)
        if at >= 0:
            start = max(cursor, at - k - _ANCHOR_CHARS)
            break
    end = start + len(text) + len(text) * _SLACK_PER_100 // 100 + _ANCHOR_CHARS
    window = raw[start:end]
    matcher = SequenceMatcher(None, text, window, autojunk=False)
    last = -1
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        # Same-length replacements are substituted characters (no-break space → space); a
        # deletion or an insertion has no counterpart to point at.
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            offsets[piece.start + i1 : piece.start + i2] = range(start + j1, start + j2)
            last = start + j2
    return last if last >= 0 else cursor


def map_span(offsets: Sequence[int], start: int, end: int) -> tuple[int, int] | None:
    """The raw span from the first to the last mappable character of ``[start, end)``, or None."""
    first = next((offsets[i] for i in range(start, end) if offsets[i] >= 0), -1)
    last = next((offsets[i] for i in range(end - 1, start - 1, -1) if offsets[i] >= 0), -1)
    if first < 0 or last < first:
        return None
    return first, last + 1


# ---- our attributions as role spans -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PredictedAttribution:
    """One of our attributions as raw-text fragments of source, cue and content."""

    source: Spans
    cue: Spans
    content: Spans
    id: str
    kind: str


@dataclass(slots=True)
class PredictionStats:
    """What happened to our attributions on the way to being scored."""

    attributions: int = 0  # as analysed
    scored: int = 0  # after leaving out and merging
    scare_quotes: int = 0
    narration: int = 0
    nested: int = 0
    merged: int = 0  # attributions folded into another with the same speaker and cue
    spans: int = 0
    unmappable: int = 0  # spans with no character in the raw text
    rejected_documents: int = 0

    def add(self, other: PredictionStats) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def to_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(frozen=True, slots=True)
class Unmappable:
    """A predicted span none of whose characters could be placed in the raw text (article offsets)."""

    id: str
    kind: str
    role: str
    start: int
    end: int


def predicted_attributions(
    result: AnalysedArticle, raw: str, *, keep_nested: bool = False
) -> tuple[list[PredictedAttribution], PredictionStats, list[Unmappable]]:
    """Our attributions of one article as raw-text role spans (see the module docstring for the rules)."""
    stats = PredictionStats(attributions=len(result.attributions))
    offsets = align(result.article, raw)
    lost: list[Unmappable] = []
    mapped: list[PredictedAttribution] = []
    for a in result.attributions:
        if a.kind == "scare_quote":
            stats.scare_quotes += 1
            continue
        if a.kind == "narration":
            stats.narration += 1
            continue
        if a.parent is not None and not keep_nested:
            stats.nested += 1
            continue
        roles: dict[str, Spans] = {}
        # PolNeAR's source is the whole noun phrase (titles, appositions), our ``phrase``.
        mention = (a.speaker.phrase or a.speaker.mention) if a.speaker else None
        for role, span in (("source", mention), ("cue", a.cue_phrase or a.cue), ("content", a.content)):
            roles[role] = ()
            if span is None:
                continue
            stats.spans += 1
            raw_span = map_span(offsets, span.start, span.end)
            if raw_span is None:
                stats.unmappable += 1
                lost.append(Unmappable(a.id, a.kind, role, span.start, span.end))
            else:
                roles[role] = (polnear_content(raw, raw_span) if role == "content" else raw_span,)
        roles["content"] = _without_roles(raw, roles["content"], roles["source"] + roles["cue"])
        if any(roles.values()):
            mapped.append(PredictedAttribution(roles["source"], roles["cue"], roles["content"], a.id, a.kind))
    merged = _merge_same_cue(mapped)
    stats.merged = len(mapped) - len(merged)
    stats.scored = len(merged)
    return merged, stats, lost


QUOTE_MARKS = '"“”«»'
COMPLEMENTIZER = re.compile(r"\b(that|whether|if)\s+$", re.IGNORECASE)


def _without_roles(raw: str, content: Spans, inside: Spans) -> Spans:
    """A content with its own source and cue inside it ("X, he said, is Y") as PolNeAR marks it:
    the fragments around them, since a token has only one role there (the corpus' univocality)."""
    if len(content) != 1:
        return content
    start, end = content[0]
    holes = sorted((s, e) for s, e in inside if start <= s and e <= end)
    if not holes:
        return content
    hole_start, hole_end = min(s for s, _ in holes), max(e for _, e in holes)
    fragments = [(start, hole_start), (hole_end, end)]
    trimmed: list[tuple[int, int]] = []
    for s, e in fragments:
        while s < e and (raw[s].isspace() or raw[s] in ",;—–"):
            s += 1
        while e > s and (raw[e - 1].isspace() or raw[e - 1] in ",;—–"):
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return tuple(trimmed)


def polnear_content(raw: str, span: tuple[int, int]) -> tuple[int, int]:
    """Our content span in PolNeAR's convention: the quotation marks around a direct quote and a
    leading "that"/"whether" belong to the content there (our contract leaves both out)."""
    start, end = span
    if start > 1 and raw[start - 2 : start] == "''":
        close = end
        while close < len(raw) and raw[close] in ",.?!" and close - end < 2:
            close += 1
        if raw[close : close + 2] == "''":
            return start - 2, close + 2
    if start > 0 and raw[start - 1] in QUOTE_MARKS:
        close = end
        while close < len(raw) and raw[close] in ",.?!" and close - end < 2:
            close += 1
        if close < len(raw) and raw[close] in QUOTE_MARKS:
            return start - 1, close + 1
    complementizer = COMPLEMENTIZER.search(raw[max(0, start - 10) : start])
    if complementizer:
        return start - len(complementizer.group(0)), end
    return start, end


def _merge_same_cue(attributions: list[PredictedAttribution]) -> list[PredictedAttribution]:
    """One attribution per (speaker, cue): PolNeAR gives a quote interrupted by its cue one content."""
    out: list[PredictedAttribution] = []
    by_key: dict[tuple[Spans, Spans], int] = {}
    for a in attributions:
        key = (a.source, a.cue)
        if not a.cue or key not in by_key:
            if a.cue:
                by_key[key] = len(out)
            out.append(a)
            continue
        index = by_key[key]
        first = out[index]
        out[index] = PredictedAttribution(
            first.source,
            first.cue,
            tuple(sorted({*first.content, *a.content})),
            f"{first.id}+{a.id}",
            first.kind,
        )
    return out


# ---- scoring a split --------------------------------------------------------------------------------


@dataclass(slots=True)
class SplitReport:
    split: str
    scores: Scores = field(default_factory=Scores)
    stats: PredictionStats = field(default_factory=PredictionStats)
    gold_unlinked: int = 0
    gold_incomplete: int = 0
    seconds: float = 0.0
    cue_words: CueWordCounts | None = None  # with --cue-bound
    bound_chosen_on: SplitReport | None = None  # the split whose words a second bound is chosen on

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "split": self.split,
            "seconds": round(self.seconds, 1),
            **self.scores.to_dict(),
            "predictions": self.stats.to_dict(),
            "gold_notes": {
                "unlinked_role_spans_ignored": self.gold_unlinked,
                "attributions_without_cue_or_content": self.gold_incomplete,
            },
        }
        if self.cue_words is not None:
            base = self.scores.token["cue"]
            out["cue_lexicon_bound"] = [row.to_dict() for row in self.cue_words.bound(base)]
            other = self.bound_chosen_on
            if other is not None and other.cue_words is not None:
                rows = self.cue_words.bound(base, chosen_on=other.cue_words)
                out["cue_lexicon_bound_chosen_elsewhere"] = {
                    "chosen_on": other.split,
                    "rows": [row.to_dict() for row in rows],
                }
        return out


def evaluate(
    documents: Iterable[PolnearDocument],
    analyzer: Analyzer,
    *,
    split: str,
    batch_size: int = 16,
    keep_nested: bool = False,
    errors: IO[str] | None = None,
    advance: Callable[[], None] | None = None,
    cue_bound: bool = False,
) -> SplitReport:
    """Analyse and score documents; writes one JSON line per error to ``errors`` when given.

    With ``cue_bound``, the report also counts the words outside our cues for the cue lexicon bound
    (``claimgraph.eval.cue_bound``).
    """
    from claimgraph.analyse.pipeline import Rejected

    began = time.perf_counter()
    report = SplitReport(split, cue_words=CueWordCounts() if cue_bound else None)
    docs = list(documents)
    raws = (RawDocument(id=d.id, content=d.text, origin=d.id) for d in docs)
    for doc, result in zip(docs, analyzer.analyze_batch(raws, batch_size=batch_size), strict=True):
        report.gold_unlinked += doc.unlinked
        report.gold_incomplete += doc.incomplete
        if isinstance(result, Rejected):
            # Its gold attributions still count: every one of them is missed.
            predicted: list[PredictedAttribution] = []
            lost: list[Unmappable] = []
            stats = PredictionStats(rejected_documents=1)
        else:
            predicted, stats, lost = predicted_attributions(result, doc.text, keep_nested=keep_nested)
        match = match_document(doc.text, predicted, doc.attributions)
        report.scores.add(match)
        report.stats.add(stats)
        if report.cue_words is not None:
            report.cue_words.add_document(doc.text, predicted, doc.attributions)
        if errors is not None:
            for record in error_records(split, doc, predicted, match, lost):
                errors.write(json.dumps(record) + "\n")
        if advance is not None:
            advance()
    report.seconds = time.perf_counter() - began
    return report


def _pairs(spans: Spans) -> list[list[int]]:
    return [[s, e] for s, e in spans]


def error_records(
    split: str,
    doc: PolnearDocument,
    predicted: Sequence[PredictedAttribution],
    match: DocumentMatch,
    lost: Sequence[Unmappable] = (),
) -> Iterable[dict[str, Any]]:
    """Errors of one document as JSON-ready records: raw-text offsets only, never text.

    Per role, under the overlap criterion: ``fn`` (a gold item nothing overlaps), ``fp`` (a
    predicted item that overlaps nothing), ``boundary`` (overlap-matched but not identical). Per
    relation: ``fn`` / ``fp`` for attributions not matched as a whole (overlap criterion), with all
    three roles, and ``match`` for each prediction matched as a whole (with its ``gold_id``), so
    that precision can be counted per cue. ``unmappable`` spans carry article offsets instead.
    """
    base = {"split": split, "doc": doc.id}
    gold = doc.attributions
    for role in ROLES:
        rm = match.roles[role]
        matched_gold = set(rm.overlap.values())
        for p_item, p in enumerate(rm.pred_items):
            pa = predicted[p]
            spans = getattr(pa, role)
            if p_item not in rm.overlap:
                yield {
                    **base,
                    "role": role,
                    "error": "fp",
                    "pred_id": pa.id,
                    "kind": pa.kind,
                    "pred": _pairs(spans),
                }
                continue
            g = gold[rm.gold_items[rm.overlap[p_item]]]
            if normalise(spans, doc.text) != normalise(getattr(g, role), doc.text):
                yield {
                    **base,
                    "role": role,
                    "error": "boundary",
                    "gold_id": g.id,
                    "pred_id": pa.id,
                    "kind": pa.kind,
                    "gold": _pairs(getattr(g, role)),
                    "pred": _pairs(spans),
                }
        for g_item, g_index in enumerate(rm.gold_items):
            if g_item not in matched_gold:
                g = gold[g_index]
                yield {**base, "role": role, "error": "fn", "gold_id": g.id, "gold": _pairs(getattr(g, role))}
    matched = set(match.relation_overlap.values())
    for g_index, g in enumerate(gold):
        if g_index not in matched:
            yield {
                **base,
                "role": "relation",
                "error": "fn",
                "gold_id": g.id,
                **{r: _pairs(getattr(g, r)) for r in ROLES},
            }
    for p_index, pa in enumerate(predicted):
        # Matched predictions too ("match", with the gold they match): per-cue precision needs both.
        matched_to = match.relation_overlap.get(p_index)
        yield {
            **base,
            "role": "relation",
            "error": "fp" if matched_to is None else "match",
            "pred_id": pa.id,
            "kind": pa.kind,
            **({} if matched_to is None else {"gold_id": gold[matched_to].id}),
            **{r: _pairs(getattr(pa, r)) for r in ROLES},
        }
    for u in lost:
        yield {
            **base,
            "role": u.role,
            "error": "unmappable",
            "pred_id": u.id,
            "kind": u.kind,
            "article_span": [u.start, u.end],
        }


# ---- presentation -----------------------------------------------------------------------------------


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def format_report(report: SplitReport) -> str:
    """A Markdown table (so it can be pasted into docs/EVALUATION.md) and the bookkeeping lines."""
    s, st = report.scores, report.stats
    lines = [
        f"PolNeAR {report.split}: {s.documents:,} documents, {s.gold:,} gold attributions, "
        f"{s.predicted:,} predicted, {report.seconds:.1f} s",
        "",
        "| role | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 "
        "| token P | token R | token F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for role in (*ROLES, "relation"):
        cells = [role]
        for counts in (s.exact[role], s.overlap[role], s.token[role]):
            cells += [_pct(counts.precision), _pct(counts.recall), _pct(counts.f1)]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        f"predictions: {st.attributions:,} analysed; left out {st.scare_quotes:,} scare quotes, "
        f"{st.nested:,} nested, {st.narration:,} narration; {st.merged:,} merged into a same-cue "
        f"attribution; {st.scored:,} scored",
        f"unmappable spans: {st.unmappable:,} of {st.spans:,}; rejected documents: {st.rejected_documents}",
        f"gold: {report.gold_unlinked} unlinked role spans ignored, {report.gold_incomplete} attributions "
        "without cue or content kept",
    ]
    return "\n".join(lines)


@click.command("attribution")
@click.option(
    "--data",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="PolNeAR directory holding <split>/index.tsv, text/ and attributions/ "
    "(default: <data root>/attribution, the data root being $CLAIMGRAPH_EVAL_DATA or ../shared/data).",
)
@click.option(
    "--split",
    "splits",
    type=click.Choice(SPLITS),
    multiple=True,
    default=("dev",),
    show_default=True,
    help="Split to score (repeat for several).",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N documents.")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help=(
        "Write errors (fp, fn, boundary) and, per relation, the matched predictions ('match': for"
        " per-cue precision) as JSONL (offsets only) here. Local use: never commit it."
    ),
)
@click.option("--keep-nested", is_flag=True, help="Also score attributions nested in another's content.")
@click.option(
    "--cue-bound",
    is_flag=True,
    help="Also report how far the best lexicon of extra cue words, chosen on the scored split itself "
    "(an in-sample oracle), could raise cue token F1.",
)
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True)
@click.option("--model", default=None, envvar="CLAIMGRAPH_SPACY_MODEL", help="spaCy pipeline name or path.")
def attribution_command(
    data: Path | None,
    splits: tuple[str, ...],
    limit: int | None,
    output_format: str,
    errors_path: Path | None,
    keep_nested: bool,
    cue_bound: bool,
    batch_size: int,
    model: str | None,
) -> None:
    """Score attributions (source, cue, content) against PolNeAR's gold annotation."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from claimgraph.analyse.pipeline import Analyzer
    from claimgraph.eval.cli import default_data_root

    if data is None:
        data = default_data_root() / "attribution"
    console = Console(stderr=True)
    analyzer = Analyzer(model=model)
    reports: list[SplitReport] = []
    errors: IO[str] | None = errors_path.open("w", encoding="utf-8") if errors_path else None
    try:
        for split in dict.fromkeys(splits):
            try:
                split_dir(data, split)
                documents = list(iter_split(data, split, limit=limit))
            except PolnearFormatError as exc:
                click.echo(f"claimgraph: error: {exc}", err=True)
                raise SystemExit(EXIT_BAD_INPUT) from None
            with Progress(
                TextColumn(f"[bold]{split}[/]"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                transient=True,
                disable=not console.is_terminal,
            ) as progress:
                task = progress.add_task(split, total=len(documents))
                report = evaluate(
                    documents,
                    analyzer,
                    split=split,
                    batch_size=batch_size,
                    keep_nested=keep_nested,
                    errors=errors,
                    advance=partial(progress.advance, task),
                    cue_bound=cue_bound,
                )
            console.print(f"{split}: {report.scores.documents} documents in {report.seconds:.1f} s")
            if cue_bound and reports:
                # The first split's words, scored on this one: what a lexicon fit elsewhere would give.
                report.bound_chosen_on = reports[0]
            reports.append(report)
    finally:
        if errors is not None:
            errors.close()
    if output_format == "json":
        sys.stdout.write(json.dumps({"reports": [r.to_dict() for r in reports]}, indent=2) + "\n")
    else:
        sys.stdout.write("\n\n".join(_report_text(r) for r in reports) + "\n")


def _report_text(report: SplitReport) -> str:
    if report.cue_words is None:
        return format_report(report)
    base = report.scores.token["cue"]
    parts = [format_report(report), format_bound(report.split, base, report.cue_words.bound(base))]
    other = report.bound_chosen_on
    if other is not None and other.cue_words is not None:
        rows = report.cue_words.bound(base, chosen_on=other.cue_words)
        parts.append(format_bound(report.split, base, rows, chosen_on=other.split))
    return "\n\n".join(parts)
