"""Geoparsing evaluation on GeoWebNews, TR-News and GeoVirus (Gritta et al. 2019 metrics).

Per dataset:

* recognition: precision, recall and F1 of predicted toponym spans against gold spans, matched
  one-to-one by character overlap (and, for reference, by exact start and end);
* resolution (geocoding): for each gold toponym with coordinates, the great-circle error in km
  of the point we give. Reported as accuracy@161km (error ≤ 161 km, i.e. 100 miles), mean and
  median error, and the AUC of the log error curve, twice: *end-to-end* (only the gold toponyms
  our recognition found; N is stated) and with the *gold spans given* (resolution alone). A
  toponym we cannot resolve counts as the maximum error, 20,039 km;
* the population baseline: the most populous exact name match for each gold span, no context.

GWN marks what kind of toponym each span is. Its recognition is scored twice: on the paper's
geotagging gold (every type but Non_Toponym and the two *_Expression types) and on the subset
that claimgraph calls a place (proper-noun toponyms: no demonyms, languages, adjectival modifiers,
homonyms or names embedded in longer names). In the second setting a prediction overlapping only
a span of the excluded kinds is neither right nor wrong.
"""

from __future__ import annotations

import math
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from claimgraph.eval.geodata import GoldDocument, GoldSet, GoldToponym

__all__ = [
    "MAX_ERROR_KM",
    "DatasetReport",
    "GeocodingScore",
    "RecognitionScore",
    "auc_of_errors",
    "evaluate",
    "geocoding_score",
    "match_spans",
    "recognition_score",
]

MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the error of an unresolved toponym
ACCURACY_KM = 161.0

Spans = Sequence[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class RecognitionScore:
    predicted: int
    gold: int
    correct_predicted: int  # predictions matched to a gold span
    correct_gold: int  # gold spans matched to a prediction (equal under one-to-one matching)

    @property
    def precision(self) -> float:
        return self.correct_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: RecognitionScore) -> RecognitionScore:
        return RecognitionScore(
            self.predicted + other.predicted,
            self.gold + other.gold,
            self.correct_predicted + other.correct_predicted,
            self.correct_gold + other.correct_gold,
        )

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True, slots=True)
class GeocodingScore:
    n: int
    accuracy_161: float
    mean_km: float
    median_km: float
    auc: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def match_spans(predicted: Spans, gold: Spans, *, strict: bool = False) -> list[tuple[int, int]]:
    """One-to-one matching of predicted to gold spans: (pred index, gold index) pairs.

    Strict: identical offsets. Otherwise any overlap, larger overlaps first, ties to the earlier
    span, so one long prediction cannot claim two gold spans.
    """
    pairs: list[tuple[int, int, int]] = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if strict:
                if p == g:
                    pairs.append((-(p[1] - p[0]), i, j))
            elif _overlap(p, g) > 0:
                pairs.append((-_overlap(p, g), i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return sorted(out)


def recognition_score(
    predicted: Spans, gold: Spans, *, ignore: Spans = (), strict: bool = False
) -> RecognitionScore:
    """Score one document. Predictions that overlap no gold span but an ``ignore`` span are dropped."""
    kept = [
        p
        for p in predicted
        if any(_overlap(p, g) > 0 for g in gold) or not any(_overlap(p, x) > 0 for x in ignore)
    ]
    matched = match_spans(kept, gold, strict=strict)
    return RecognitionScore(len(kept), len(gold), len(matched), len(matched))


def auc_of_errors(errors: Sequence[float]) -> float:
    """Area under the curve of sorted ln(1 + error), scaled to [0, 1] (lower is better), as in
    Gritta et al.'s reference code: trapz(ln(1+e)) / ((N - 1) · ln(20039))."""
    n = len(errors)
    if n < 2:
        return math.log1p(errors[0]) / math.log(MAX_ERROR_KM) if n == 1 else 0.0
    xs = sorted(math.log1p(e) for e in errors)
    area = sum((xs[i] + xs[i + 1]) / 2 for i in range(n - 1))
    return area / ((n - 1) * math.log(MAX_ERROR_KM))


def geocoding_score(errors: Sequence[float]) -> GeocodingScore:
    if not errors:
        return GeocodingScore(0, 0.0, 0.0, 0.0, 0.0)
    return GeocodingScore(
        n=len(errors),
        accuracy_161=sum(e <= ACCURACY_KM for e in errors) / len(errors),
        mean_km=statistics.fmean(errors),
        median_km=statistics.median(errors),
        auc=auc_of_errors(errors),
    )


@dataclass(slots=True)
class ErrorCase:
    """One resolution worse than 161 km, for error analysis (``--show-errors``)."""

    doc: str
    text: str
    gold: tuple[float, float]
    predicted: str
    km: float


@dataclass(slots=True)
class DatasetReport:
    dataset: str
    documents: int
    seconds: float = 0.0
    recognition: RecognitionScore = RecognitionScore(0, 0, 0, 0)
    recognition_strict: RecognitionScore = RecognitionScore(0, 0, 0, 0)
    recognition_paper: RecognitionScore | None = None  # GWN: the paper's geotagging gold
    end_to_end: GeocodingScore = GeocodingScore(0, 0.0, 0.0, 0.0, 0.0)
    end_to_end_gold_total: int = 0  # geocoding gold toponyms, found or not
    gold_spans: GeocodingScore = GeocodingScore(0, 0.0, 0.0, 0.0, 0.0)
    baseline: GeocodingScore = GeocodingScore(0, 0.0, 0.0, 0.0, 0.0)
    realigned: int = 0
    skipped: int = 0
    errors: list[ErrorCase] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        """Flat metric name → value (percentages for accuracy and F1), as the gate pins them."""
        return {
            "recognition_f1": round(100 * self.recognition.f1, 2),
            "recognition_precision": round(100 * self.recognition.precision, 2),
            "recognition_recall": round(100 * self.recognition.recall, 2),
            "end_to_end_acc161": round(100 * self.end_to_end.accuracy_161, 2),
            "gold_spans_acc161": round(100 * self.gold_spans.accuracy_161, 2),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "documents": self.documents,
            "seconds": round(self.seconds, 1),
            "recognition_overlap": self.recognition.to_dict(),
            "recognition_strict": self.recognition_strict.to_dict(),
            "recognition_paper_overlap": self.recognition_paper.to_dict() if self.recognition_paper else None,
            "end_to_end": {**self.end_to_end.to_dict(), "gold_total": self.end_to_end_gold_total},
            "gold_spans": self.gold_spans.to_dict(),
            "population_baseline": self.baseline.to_dict(),
            "realigned_offsets": self.realigned,
            "skipped_spans": self.skipped,
        }


def _geocoding_gold(doc: GoldDocument) -> list[GoldToponym]:
    # GWN: the paper's geocoding gold is the spans with a GeoNames id (2,401); the 200 spans with
    # hand-picked coordinates but no GeoNames entry are left out, as in the paper.
    if doc.dataset == "GWN":
        return [t for t in doc.toponyms if t.has_point and t.geonames_id is not None]
    return [t for t in doc.toponyms if t.has_point]


def _recognition_sets(doc: GoldDocument, paper: bool) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    if doc.dataset != "GWN":
        return [(t.start, t.end) for t in doc.toponyms], []
    if paper:
        return [(t.start, t.end) for t in doc.toponyms if t.geotag], []
    gold = [(t.start, t.end) for t in doc.toponyms if t.place]
    ignore = [(t.start, t.end) for t in doc.toponyms if t.geotag and not t.place and t.type != "Homonym"]
    return gold, ignore


def _error_km(point: tuple[float, float] | None, gold: GoldToponym) -> float:
    from claimgraph.geo.resolve import great_circle_km

    if point is None or gold.lat is None or gold.lon is None:
        return MAX_ERROR_KM
    return great_circle_km(point[0], point[1], gold.lat, gold.lon)


ProgressFn = Callable[[int], None]


def evaluate(
    gold: GoldSet,
    *,
    nlp: Any = None,
    geoparser: Any = None,
    progress: ProgressFn | None = None,
    keep_errors: bool = False,
    batch_size: int = 16,
) -> DatasetReport:
    """Run recognition and resolution over every document of ``gold`` and score them."""
    from claimgraph.analyse.nlp import load_pipeline
    from claimgraph.geo.resolve import Geoparser

    nlp = nlp if nlp is not None else load_pipeline()
    geoparser = geoparser if geoparser is not None else Geoparser()
    t0 = time.monotonic()
    report = DatasetReport(gold.name, len(gold.documents), realigned=gold.realigned, skipped=gold.skipped)
    rec = strict = RecognitionScore(0, 0, 0, 0)
    paper = RecognitionScore(0, 0, 0, 0)
    e2e: list[float] = []
    given: list[float] = []
    base: list[float] = []
    e2e_total = 0
    docs: Iterable[Any] = nlp.pipe((d.text for d in gold.documents), batch_size=batch_size)
    for n, (gdoc, doc) in enumerate(zip(gold.documents, docs, strict=True), start=1):
        toponyms = geoparser.toponyms(doc)
        predicted = [(t.start, t.end) for t in toponyms]
        gold_spans, ignore = _recognition_sets(gdoc, paper=False)
        rec += recognition_score(predicted, gold_spans, ignore=ignore)
        strict += recognition_score(predicted, gold_spans, ignore=ignore, strict=True)
        if gdoc.dataset == "GWN":
            paper += recognition_score(predicted, _recognition_sets(gdoc, paper=True)[0])
        # End to end: the resolutions of the toponyms we found, scored on the gold ones they match.
        resolutions = geoparser.resolve(toponyms, doc.text)
        geo_gold = _geocoding_gold(gdoc)
        e2e_total += len(geo_gold)
        for i, j in match_spans(predicted, [(t.start, t.end) for t in geo_gold]):
            c = resolutions[i].candidate
            e2e.append(_error_km((c.lat, c.lon) if c is not None and c.has_point else None, geo_gold[j]))
        # Gold spans given: resolution alone.
        # Every gold toponym is given (it is context for the others); those with coordinates are scored.
        given_spans = [(t.start, t.end) for t in gdoc.toponyms if t.geotag]
        given_res = geoparser.resolve_spans(doc, given_spans + [(t.start, t.end) for t in geo_gold])
        by_span = {(r.toponym.start, r.toponym.end): r for r in given_res}
        for t in geo_gold:
            r = by_span[(t.start, t.end)]
            c = r.candidate
            km = _error_km((c.lat, c.lon) if c is not None and c.has_point else None, t)
            given.append(km)
            if keep_errors and km > ACCURACY_KM:
                label = (
                    f"{c.name} [{c.feature}] {c.country} ({r.why})"
                    if c is not None
                    else f"unresolved ({r.why})"
                )
                report.errors.append(ErrorCase(gdoc.id, t.text, (t.lat or 0.0, t.lon or 0.0), label, km))
            b = geoparser.most_populous(r.toponym.name)
            base.append(_error_km((b.lat, b.lon) if b is not None and b.has_point else None, t))
        if progress is not None:
            progress(n)
    report.recognition, report.recognition_strict = rec, strict
    report.recognition_paper = paper if gold.name == "GWN" else None
    report.end_to_end = geocoding_score(e2e)
    report.end_to_end_gold_total = e2e_total
    report.gold_spans = geocoding_score(given)
    report.baseline = geocoding_score(base)
    report.seconds = time.monotonic() - t0
    return report


def format_report(report: DatasetReport) -> str:
    """A few aligned lines of text for one dataset."""

    def rec_line(label: str, s: RecognitionScore) -> str:
        return (
            f"  {label:<28} P {100 * s.precision:5.1f}  R {100 * s.recall:5.1f}  F1 {100 * s.f1:5.1f}"
            f"   ({s.correct_gold}/{s.gold} gold, {s.predicted} predicted)"
        )

    def geo_line(label: str, s: GeocodingScore, extra: str = "") -> str:
        return (
            f"  {label:<28} acc@161 {100 * s.accuracy_161:5.1f}  mean {s.mean_km:7.0f} km  "
            f"median {s.median_km:6.0f} km  AUC {s.auc:.3f}  N {s.n}{extra}"
        )

    lines = [f"{report.dataset}: {report.documents} documents in {report.seconds:.1f} s"]
    lines.append(rec_line("recognition (overlap)", report.recognition))
    lines.append(rec_line("recognition (exact)", report.recognition_strict))
    if report.recognition_paper is not None:
        lines.append(rec_line("recognition (paper gold)", report.recognition_paper))
    lines.append(geo_line("end-to-end", report.end_to_end, f" of {report.end_to_end_gold_total}"))
    lines.append(geo_line("gold spans", report.gold_spans))
    lines.append(geo_line("population baseline", report.baseline))
    if report.realigned or report.skipped:
        lines.append(f"  offsets: {report.realigned} realigned, {report.skipped} skipped")
    return "\n".join(lines)


def print_errors(report: DatasetReport, stream: Any = sys.stderr, limit: int = 200) -> None:
    for case in sorted(report.errors, key=lambda c: -c.km)[:limit]:
        print(
            f"{report.dataset}\t{case.doc}\t{case.text}\t{case.gold[0]:.2f},{case.gold[1]:.2f}\t"
            f"{case.km:.0f} km\t{case.predicted}",
            file=stream,
        )
