"""Throughput and peak memory of `claimgraph analyze` on a batch, against bare spaCy `nlp.pipe`.

Usage:
    python benchmarks/analyze.py [--data DIR] [--n 200] [--record]

DIR holds *.txt articles (default: the PolNeAR training texts beside the clone, read in place;
without them, the bundled examples repeated). Each mode runs in its own process, so each peak RSS
is that mode's own. ``--record`` appends the figures to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "attribution" / "train" / "text"


def load_texts(data: Path, n: int) -> list[str]:
    paths = sorted(data.glob("*.txt")) if data.is_dir() else []
    if not paths:
        paths = sorted((ROOT / "examples").glob("*.txt")) + sorted(
            (ROOT / "tests" / "data" / "articles").glob("*.txt")
        )
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    return [texts[i % len(texts)] for i in range(n)]


def run_mode(mode: str, data: Path, n: int) -> dict[str, float]:
    texts = load_texts(data, n)
    if mode == "bare":
        import spacy

        from claimgraph.analyse.nlp import available_model

        nlp = spacy.load(available_model())
        nlp(texts[0])
        start = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    else:
        from claimgraph.analyse.pipeline import Analyzer, Rejected
        from claimgraph.model import RawDocument

        analyzer = Analyzer()
        analyzer.nlp(texts[0])
        start = time.perf_counter()
        tokens = 0
        raws = (RawDocument(id=str(i), content=t) for i, t in enumerate(texts))
        for result in analyzer.analyze_batch(raws, batch_size=32):
            if not isinstance(result, Rejected):
                tokens += len(result.article.text.split())
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "articles": n,
        "seconds": seconds,
        "articles_per_s": n / seconds,
        "peak_rss_mb": peak_mb,
        "tokens": tokens,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--mode", choices=["ours", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--record", action="store_true", help="append the figures to benchmarks/RESULTS.md")
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.data, args.n)))
        return
    figures = {}
    for mode in ("bare", "ours"):
        out = subprocess.run(
            [sys.executable, __file__, "--mode", mode, "--data", str(args.data), "--n", str(args.n)],
            capture_output=True,
            text=True,
            check=True,
            env=os.environ.copy(),
        )
        figures[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    ours, bare = figures["ours"], figures["bare"]
    ratio = bare["articles_per_s"] / ours["articles_per_s"]
    bare_rate, ours_rate = bare["articles_per_s"], ours["articles_per_s"]
    lines = [
        f"articles: {args.n} from {args.data if args.data.is_dir() else 'bundled examples'}",
        f"bare nlp.pipe:        {bare_rate:.2f} articles/s, peak RSS {bare['peak_rss_mb']:.0f} MB",
        f"claimgraph analyze:   {ours_rate:.2f} articles/s, peak RSS {ours['peak_rss_mb']:.0f} MB",
        f"slowdown vs bare spaCy: {ratio:.2f}x",
    ]
    print("\n".join(lines))
    if args.record:
        with (ROOT / "benchmarks" / "RESULTS.md").open("a", encoding="utf-8") as results:
            results.write(
                f"\n### analyze — {date.today().isoformat()} — Python {platform.python_version()}, "
                f"{os.cpu_count()} cores\n"
                f"`python benchmarks/analyze.py --n {args.n} --record`\n\n"
                "| mode | articles/s | peak RSS MB |\n|---|---|---|\n"
                f"| bare `nlp.pipe` | {bare['articles_per_s']:.2f} | {bare['peak_rss_mb']:.0f} |\n"
                f"| claimgraph analyze | {ours['articles_per_s']:.2f} | {ours['peak_rss_mb']:.0f} |\n\n"
                f"Slowdown vs bare spaCy: {ratio:.2f}x\n"
            )


if __name__ == "__main__":
    main()
