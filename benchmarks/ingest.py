"""Ingest throughput, near-duplicate detection scaling, and query latency on a large claims table.

Usage:
    python benchmarks/ingest.py [--articles 200] [--dedup 10000 100000] [--claims 1000000]
                                [--postgres URL] [--record]

1. ``ingest``: synthetic wire-style articles (text files) through ``claimgraph ingest`` into SQLite
   and, with ``--postgres`` (or ``CLAIMGRAPH_TEST_POSTGRES``), PostgreSQL: articles/s end to end
   (cleaning, spaCy analysis, dedup, storage), and the store alone (``write_batch`` of analysed
   articles, same outputs replayed).
2. ``dedup``: MinHash signatures + LSH query + insert for N synthetic documents (5% near-copies);
   the time should grow linearly with N.
3. ``queries``: a store with ``--claims`` synthetic claims; the filtered queries of the CLI/API.

``--record`` appends the figures to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = [
    "The {org} said on {day} that {n} families had been moved from the {place} district.",
    '"We will not accept this," {person} told reporters outside the {org} offices.',
    "According to the {org}, the {place} bridge will stay closed for {n} days.",
    "Police in {place} said {n} people were arrested after the protest on {day}.",
    "{person} said the talks with the {org} had made progress on the price of fuel.",
    "Officials in {place} warned that {n} schools could close if the strike goes on.",
    "The {org} denied reports that it had cut water supplies to {place}.",
    "Doctors at the main hospital in {place} said they had treated {n} patients since {day}.",
    "Farmers near {place} said the late rains had destroyed most of the maize harvest.",
    "{person}, a spokesperson for the {org}, said the budget would be published on {day}.",
    "The governor of {place} asked residents to save electricity during the evening hours.",
    "Traders at the {place} market said the price of bread had risen by {n} percent.",
    "The {org} said it expected a decision on the new port terminal by the end of the year.",
    "Residents of {place} said they had been without power for {n} hours after the storm.",
    "{person} said the ministry would send {n} more buses to {place} before the holiday.",
]
FILL = {
    "org": [
        "Red Cross",
        "transport ministry",
        "port authority",
        "city council",
        "teachers' union",
        "central bank",
    ],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    "place": ["Kisumu", "Tartu", "Cusco", "Mosul", "Da Nang", "Plovdiv", "Oruro", "Kumasi", "Sfax", "Lodz"],
    "person": ["Anna Berg", "Juma Otieno", "Lucia Quispe", "Omar Haddad", "Mai Linh", "Petar Ivanov"],
}


def article(seed: int) -> str:
    rng = random.Random(seed)
    fills = {k: rng.choice(v) for k, v in FILL.items()}
    paragraphs = [
        " ".join(s.format(n=rng.randrange(2, 900), **fills) for s in rng.sample(SENTENCES, 3))
        for _ in range(4)
    ]
    return f"Report {seed} from {fills['place']}\n\n" + "\n\n".join(paragraphs) + "\n"


def pg_url(base: str) -> tuple[str, str]:
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}", schema


def drop_pg(base: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


def bench_ingest(n: int, backends: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i in range(n):
            (folder / f"a{i:05d}.txt").write_text(article(i), encoding="utf-8")
        for name in backends:
            schema = ""
            if name == "sqlite":
                db = f"sqlite:///{Path(tmp) / 'bench.db'}"
            else:
                db, schema = pg_url(BASE_PG)
            start = time.perf_counter()
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "claimgraph",
                    "ingest",
                    str(folder),
                    "--db",
                    db,
                    "-q",
                    "--format",
                    "json",
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            seconds = time.perf_counter() - start
            if result.returncode != 0:
                raise SystemExit(f"ingest into {name} failed: {result.stderr.strip()}")
            report = json.loads(result.stdout)
            out[name] = {
                "articles": report["stored"],
                "seconds": round(seconds, 2),
                "articles_per_s": round(report["stored"] / seconds, 2),
            }
            out[name]["store_only_articles_per_s"] = bench_store_only(db, name)
            if schema:
                drop_pg(BASE_PG, schema)
    return out


def bench_store_only(db: str, name: str) -> float:
    """Replays the analysed articles of ``db`` into a fresh database: the store's own write speed."""
    from claimgraph.store import Batch, NewArticle, open_store

    source = open_store(db)
    analyses = list(source.iter_articles())
    source.close()
    scratch = tempfile.TemporaryDirectory()
    fresh, schema = (f"sqlite:///{scratch.name}/replay.db", "") if name == "sqlite" else pg_url(BASE_PG)
    store = open_store(fresh)
    items = [
        NewArticle(
            id=f"replay-{i}",
            content_hash=f"{i:064x}",
            text=a["article"]["text"],
            origin="bench",
            analysis=a,
            outlet="bench",
            published="2024-05-01",
            signature=b"\0" * 1024,
        )
        for i, a in enumerate(analyses)
    ]
    start = time.perf_counter()
    for i in range(0, len(items), 16):
        store.write_batch(Batch(articles=items[i : i + 16]))
    seconds = time.perf_counter() - start
    store.close()
    scratch.cleanup()
    if schema:
        drop_pg(BASE_PG, schema)
    return round(len(items) / seconds, 1)


def bench_dedup(sizes: list[int]) -> dict[str, Any]:
    from claimgraph.corpus.dedup import NearDuplicateIndex

    vocabulary = [f"w{i}" for i in range(20_000)]
    out: dict[str, Any] = {}
    for n in sizes:
        rng = random.Random(n)
        docs: list[str] = []
        for i in range(n):
            if i > 10 and rng.random() < 0.05:  # a syndicated copy of an earlier document
                docs.append("Distributed by Wire. " + docs[rng.randrange(i)] + " (c) Wire")
            else:
                docs.append(" ".join(rng.choices(vocabulary, k=250)))
        index = NearDuplicateIndex()
        found = 0
        start = time.perf_counter()
        for i, text in enumerate(docs):
            signature = index.signature(text)
            if index.query(signature) is not None:
                found += 1
            else:
                index.add_signature(str(i), signature)
        seconds = time.perf_counter() - start
        out[str(n)] = {
            "seconds": round(seconds, 1),
            "us_per_doc": round(seconds / n * 1e6),
            "near_duplicates": found,
        }
    return out


def bench_queries(n_claims: int, backends: dict[str, str]) -> dict[str, Any]:
    """Fill a store with synthetic claims (direct bulk inserts) and time the CLI/API queries."""
    from sqlalchemy import insert

    from claimgraph.store import Filters, open_store
    from claimgraph.store import schema as s
    from claimgraph.store.rows import name_word_rows

    out: dict[str, Any] = {}
    per_article = 10
    n_articles = n_claims // per_article
    speakers = [f"Speaker {i}" for i in range(5000)]
    countries = [a + b for a in "ABCDEFGHIJ" for b in "KLMNO"]  # 50 two-letter "countries"
    codes = [f"{c}-{i:02d}" for c in countries for i in range(40)]  # 2,000 subdivisions
    outlets = [f"outlet{i}.example" for i in range(300)]
    for name, url in backends.items():
        schema_name = ""
        if name == "sqlite":
            scratch = tempfile.TemporaryDirectory()
            url = f"sqlite:///{scratch.name}/q.db"
        else:
            url, schema_name = pg_url(BASE_PG)
        store = open_store(url)
        rng = random.Random(7)
        start = time.perf_counter()
        with store.engine.begin() as conn:  # what write_batch adds for entity names
            conn.execute(insert(s.name_words), name_word_rows(sp.lower() for sp in speakers))
        chunk = 2000
        for first in range(0, n_articles, chunk):
            arts, claims, places, ents = [], [], [], []
            for a in range(first, min(first + chunk, n_articles)):
                aid = f"art{a}"
                day = date(2022, 1, 1) + timedelta(days=a % 900)
                outlet = outlets[a % len(outlets)]
                arts.append(
                    {
                        "id": aid,
                        "content_hash": f"{a:064x}",
                        "text": "x",
                        "outlet": outlet,
                        "published": day.isoformat(),
                        "published_date": day,
                        "ingested_at": time_now(),
                    }
                )
                for c in range(per_article):
                    speaker = rng.choice(speakers)
                    code = rng.choice(codes)
                    claims.append(
                        {
                            "article_id": aid,
                            "claim_id": f"c{c}",
                            "kind": "indirect",
                            "asserted_by": "e1",
                            "speaker": speaker,
                            "speaker_norm": speaker.lower(),
                            "text": "claim text",
                            "start": 0,
                            "end": 5,
                            "modality": "asserted",
                            "outlet": outlet,
                            "published_date": day,
                        }
                    )
                    places.append(
                        {
                            "article_id": aid,
                            "claim_id": f"c{c}",
                            "place_id": "p1",
                            "code": code,
                            "country": code[:2],
                        }
                    )
                    ents.append(
                        {
                            "article_id": aid,
                            "claim_id": f"c{c}",
                            "entity_id": "e1",
                            "name_norm": speaker.lower(),
                            "role": "speaker",
                        }
                    )
            with store.engine.begin() as conn:
                conn.execute(insert(s.articles), arts)
                conn.execute(insert(s.claims), claims)
                conn.execute(insert(s.claim_places), places)
                conn.execute(insert(s.claim_entities), ents)
                conn.execute(
                    insert(s.entities),
                    [
                        {
                            "article_id": r["id"],
                            "entity_id": "e1",
                            "name": speakers[i % 5000],
                            "name_norm": speakers[i % 5000].lower(),
                            "type": "PERSON",
                            "mentions": 1,
                            "links": {},
                        }
                        for i, r in enumerate(arts, start=first)
                    ],
                )
        load = time.perf_counter() - start
        if name == "postgres":
            with store.engine.begin() as conn:
                conn.exec_driver_sql("ANALYZE")
        queries = {
            "speaker": Filters(speaker="Speaker 42", limit=50),
            "place": Filters(place=codes[333], limit=50),
            "country": Filters(place=codes[333][:2], limit=50),
            "entity": Filters(entity="Speaker 4242", limit=50),
            "outlet+since": Filters(outlet="outlet7.example", since=date(2023, 1, 1), limit=50),
            "place+since+until": Filters(
                place=codes[777], since=date(2023, 1, 1), until=date(2023, 6, 30), limit=50
            ),
            "no filter": Filters(limit=50),
        }
        timings: dict[str, float] = {}
        counts: dict[str, int] = {}
        for label, f in queries.items():
            store.claims(f)  # warm the cache once; then the median of 5
            runs = []
            for _ in range(5):
                t = time.perf_counter()
                rows = store.claims(f)
                runs.append(time.perf_counter() - t)
            timings[label] = round(sorted(runs)[2] * 1000, 1)
            counts[label] = len(rows)
        out[name] = {"claims": n_claims, "load_seconds": round(load, 1), "query_ms": timings, "rows": counts}
        store.close()
        if name == "sqlite":
            scratch.cleanup()
        if schema_name:
            drop_pg(BASE_PG, schema_name)
    return out


def time_now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


BASE_PG = os.environ.get("CLAIMGRAPH_TEST_POSTGRES", "")


def main() -> None:
    global BASE_PG
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--dedup", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--postgres", default=BASE_PG, help="server URL (default: $CLAIMGRAPH_TEST_POSTGRES)")
    parser.add_argument("--skip", nargs="*", default=[], choices=["ingest", "dedup", "queries"])
    parser.add_argument("--record", action="store_true")
    args = parser.parse_args()
    BASE_PG = args.postgres
    backends = {"sqlite": "sqlite"}
    if BASE_PG:
        backends["postgres"] = ""
    results: dict[str, Any] = {}
    if "ingest" not in args.skip:
        results["ingest"] = bench_ingest(args.articles, backends)
    if "dedup" not in args.skip:
        results["dedup"] = bench_dedup(args.dedup)
    if "queries" not in args.skip and args.claims:
        results["queries"] = bench_queries(args.claims, backends)
    print(json.dumps(results, indent=2))
    if args.record:
        record(results, args)


def record(results: dict[str, Any], args: argparse.Namespace) -> None:
    lines = [
        "",
        f"## ingest ({date.today().isoformat()}, {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()})",
        "",
        "`python benchmarks/ingest.py --record` (synthetic wire-style articles; "
        "PostgreSQL 15 with fsync=off as in CI)",
        "",
    ]
    if "ingest" in results:
        lines += [
            f"End-to-end `claimgraph ingest` of {args.articles} text articles (clean, analyse, dedup, "
            "store), and the store alone (`write_batch` of the same analysed articles, 16 a transaction):",
            "",
            "| backend | articles/s end to end | articles/s store only |",
            "|---|---|---|",
        ]
        for name, r in results["ingest"].items():
            lines.append(
                f"| {name} | {r['articles_per_s']} ({r['seconds']} s) | {r['store_only_articles_per_s']} |"
            )
        lines.append("")
    if "dedup" in results:
        lines += [
            "Near-duplicate detection (MinHash 128 perms, word 3-shingles, LSH threshold 0.7), "
            "250-word docs, 5% copies:",
            "",
            "| documents | seconds | µs/document | near-duplicates found |",
            "|---|---|---|---|",
        ]
        for n, r in results["dedup"].items():
            lines.append(f"| {int(n):,} | {r['seconds']} | {r['us_per_doc']} | {r['near_duplicates']:,} |")
        lines.append("")
    if "queries" in results:
        labels = list(next(iter(results["queries"].values()))["query_ms"])
        lines += [
            f"`Store.claims()` on {args.claims:,} synthetic claims (median of 5, ms, first page of 50):",
            "",
            "| backend | " + " | ".join(labels) + " |",
            "|---|" + "---|" * len(labels),
        ]
        for name, r in results["queries"].items():
            lines.append(f"| {name} | " + " | ".join(str(r["query_ms"][k]) for k in labels) + " |")
        lines.append("")
    path = ROOT / "benchmarks" / "RESULTS.md"
    existing = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    path.write_text(existing.rstrip("\n") + "\n" + "\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
