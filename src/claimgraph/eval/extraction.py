"""Main-text extraction scored on the Scrapinghub/Zyte article-extraction benchmark.

The metric is the benchmark's own (``evaluate.py`` in scrapinghub/article-extraction-benchmark, as
described in the data's SOURCE.txt): ``\\w+`` tokens, multisets of 4-token shingles, per-page
tp/fp/fn normalised to sum 1, precision and recall macro-averaged over pages (precision only over
pages where something was predicted), F1 from the two averages, accuracy = identical token
sequences, and bootstrap standard deviations over pages (1000 resamples).

What is scored is the text claimgraph analyses: ``clean()`` on the page (trafilatura plus our
debris rules), without the headline line, which the benchmark's gold bodies do not contain.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from claimgraph.errors import InputError
from claimgraph.model import RawDocument

_TOKEN = re.compile(r"\w+")
SHINGLE = 4
PUBLISHED_TRAFILATURA_F1 = 0.958  # trafilatura 2.0.0 on all 181 pages (benchmark README, latest run)


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    url: str | None
    html: str
    gold: str


@dataclass(frozen=True, slots=True)
class PageScore:
    tp: float
    fp: float
    fn: float
    exact: bool


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    accuracy: float
    precision_std: float
    recall_std: float
    f1_std: float
    accuracy_std: float
    pages: int


def _round(value: float | int) -> float | int:
    return round(value, 4) if isinstance(value, float) else value


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str | None) -> Counter[tuple[str, ...]]:
    words = tokens(text)
    if not words:
        return Counter()
    if len(words) < SHINGLE:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def score_page(gold: str, predicted: str | None) -> PageScore:
    true, pred = shingles(gold), shingles(predicted)
    tp = fp = fn = 0.0
    for key in set(true) | set(pred):
        t, p = true[key], pred[key]
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    if total > 0:
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageScore(tp, fp, fn, tokens(gold) == tokens(predicted))


def _precision(s: PageScore) -> float:
    if s.fp == 0 and s.fn == 0:
        return 1.0
    if s.tp == 0 and s.fp == 0:
        return 0.0
    return s.tp / (s.tp + s.fp)


def _recall(s: PageScore) -> float:
    if s.fp == 0 and s.fn == 0:
        return 1.0
    if s.tp == 0 and s.fn == 0:
        return 0.0
    return s.tp / (s.tp + s.fn)


def _point(scores: Sequence[PageScore]) -> tuple[float, float, float, float]:
    precisions = [_precision(s) for s in scores if s.tp + s.fp > 0]
    recalls = [_recall(s) for s in scores if s.tp + s.fn > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    accuracy = sum(s.exact for s in scores) / len(scores) if scores else 0.0
    return p, r, f1, accuracy


def aggregate(scores: Sequence[PageScore], *, resamples: int = 1000, seed: int = 42) -> Scores:
    p, r, f1, accuracy = _point(scores)
    rng = random.Random(seed)
    samples = [_point([rng.choice(scores) for _ in scores]) for _ in range(resamples)] if scores else []

    def std(i: int) -> float:
        values = [sample[i] for sample in samples]
        if len(values) < 2:
            return 0.0
        mean = sum(values) / len(values)
        return float((sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5)

    return Scores(p, r, f1, accuracy, std(0), std(1), std(2), std(3), len(scores))


def load_pages(data: Path) -> list[Page]:
    truth_path = data / "ground-truth.json"
    if not truth_path.is_file():
        raise FileNotFoundError(f"{truth_path}: not found (expected the benchmark's ground-truth.json)")
    truth: dict[str, dict[str, Any]] = json.loads(truth_path.read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        with gzip.open(data / "html" / f"{page_id}.html.gz") as stream:
            html = stream.read().decode("utf-8")
        pages.append(Page(page_id, truth[page_id].get("url"), html, truth[page_id].get("articleBody") or ""))
    return pages


def claimgraph_body(page: Page) -> str:
    """The text claimgraph would analyse, without its headline line.

    Decoding and HTML cleaning as in ``clean()``, but without its language check: the benchmark
    has Portuguese, Russian and Italian pages, and this scores extraction, not language support.
    """
    from claimgraph.clean.decode import decode
    from claimgraph.clean.html import clean_html

    raw = RawDocument(id=page.id, content=page.html, is_html=True, url=page.url)
    try:
        article = clean_html(decode(page.html, max_bytes=50_000_000), raw, article_id=page.id)
    except InputError:
        return ""
    text = article.text
    if article.headline_span is not None:
        text = text[: article.headline_span.start] + text[article.headline_span.end :]
    return text.strip()


def trafilatura_body(page: Page) -> str:
    """Plain ``trafilatura.extract`` with its defaults, as the benchmark runs it."""
    import trafilatura

    return trafilatura.extract(page.html, url=page.url) or ""


EXTRACTORS: dict[str, Callable[[Page], str]] = {
    "claimgraph": claimgraph_body,
    "trafilatura": trafilatura_body,
}


def evaluate(
    pages: Iterable[Page], extractor: Callable[[Page], str]
) -> tuple[Scores, list[tuple[str, float]]]:
    per_page: list[PageScore] = []
    worst: list[tuple[str, float]] = []
    for page in pages:
        s = score_page(page.gold, extractor(page))
        per_page.append(s)
        p, r = _precision(s), _recall(s)
        worst.append((page.id, 2 * p * r / (p + r) if p + r else 0.0))
    worst.sort(key=lambda item: item[1])
    return aggregate(per_page), worst


@click.command("extraction")
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Benchmark directory with ground-truth.json and html/ (default: <data root>/extraction).",
)
@click.option(
    "--extractor",
    type=click.Choice(sorted(EXTRACTORS)),
    multiple=True,
    help="What to score (repeatable; default: claimgraph and plain trafilatura).",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="First N pages only.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--show-worst", type=click.IntRange(min=0), default=0, help="List the N lowest-scoring pages.")
def extraction_command(
    data_dir: Path | None, extractor: tuple[str, ...], limit: int | None, fmt: str, show_worst: int
) -> None:
    """Main-text extraction: shingle P/R/F1 of the article-extraction benchmark."""
    import os

    if data_dir is None:
        root = os.environ.get("CLAIMGRAPH_EVAL_DATA")
        data_dir = (Path(root) if root else Path.cwd().parent / "shared" / "data") / "extraction"
    try:
        pages = load_pages(data_dir)
    except (FileNotFoundError, OSError, ValueError) as exc:
        click.echo(f"claimgraph: error: {exc}", err=True)
        raise SystemExit(2) from None
    pages = pages[:limit] if limit else pages
    results: dict[str, Any] = {}
    for name in extractor or ("claimgraph", "trafilatura"):
        scores, worst = evaluate(pages, EXTRACTORS[name])
        results[name] = {
            **{k: _round(getattr(scores, k)) for k in Scores.__slots__},
            "worst": worst[:show_worst],
        }
    if fmt == "json":
        click.echo(json.dumps({"pages": len(pages), "results": results}, indent=2))
        return
    click.echo(f"{len(pages)} pages; metric: 4-token shingles, macro P/R over pages (± bootstrap std)")
    for name, r in results.items():
        click.echo(
            f"{name:12} P {r['precision']:.3f} ± {r['precision_std']:.3f}  R {r['recall']:.3f} ± "
            f"{r['recall_std']:.3f}  F1 {r['f1']:.3f} ± {r['f1_std']:.3f}  accuracy {r['accuracy']:.3f}"
        )
        for page_id, f1 in r["worst"]:
            click.echo(f"    {f1:.3f}  {page_id}")
    click.echo(f"(published: trafilatura 2.0.0 F1 {PUBLISHED_TRAFILATURA_F1} on all 181 pages)")
