"""`claimgraph ingest` and the query commands as a user runs them (real subprocesses, both backends).

Includes the kill -9 test: a real ingest is killed mid-run and the same command run again must
leave every article stored exactly once.
"""

from __future__ import annotations

import gzip
import http.server
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from warcs import write_warc

from claimgraph.store import open_store

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"


def cg(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimgraph", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def stats(db: str) -> dict[str, int]:
    result = cg("stats", "--db", db, "--format", "json")
    assert result.returncode == 0, result.stderr
    data: dict[str, int] = json.loads(result.stdout)
    return data


def test_demo_corpus_ingest_is_idempotent_and_queryable(db_url: str, tmp_path: Path) -> None:
    first = cg("ingest", str(CORPUS), "--db", db_url, "--format", "json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert (report["stored"], report["near_duplicates"], report["exact_duplicates"], report["rejected"]) == (
        7,
        1,
        1,
        0,
    )
    s = stats(db_url)
    assert (s["articles"], s["near_duplicates"], s["exact_duplicates"], s["rejects"]) == (7, 1, 1, 0)
    assert s["claims"] > 20 and {"events", "places"} <= set(s)

    again = cg("ingest", str(CORPUS), "--db", db_url, "--format", "json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["already_stored"] == 9
    assert stats(db_url) == s  # the second run added nothing

    found = cg("search", "grain wheat", "--db", db_url, "--format", "json")
    assert found.returncode == 0 and [r["id"] for r in json.loads(found.stdout)] == [
        "sha256:ed339bed02d770ff"
    ]
    by_speaker = cg("claims", "--db", db_url, "--speaker", "Kiper", "--format", "jsonl")
    rows = [json.loads(line) for line in by_speaker.stdout.splitlines()]
    assert rows and all(r["speaker"] == "Oleh Kiper" and r["copies"] == 1 for r in rows)  # syndicated once
    dated = cg(
        "claims", "--db", db_url, "--since", "2024-06-01", "--outlet", "meridian post", "--format", "jsonl"
    )
    assert {json.loads(line)["article_id"] for line in dated.stdout.splitlines()} == {
        "mp-2024-0611-kursk",
        "mp-2024-0612-dhaka",
    }

    parquet, geo = tmp_path / "claims.parquet", tmp_path / "places.geojson"
    assert cg("export", "--db", db_url, "--format", "parquet", "-o", str(parquet)).returncode == 0
    assert cg("export", "--db", db_url, "--format", "geojson", "-o", str(geo)).returncode == 0
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows == s["claims"]
    assert json.loads(geo.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


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
]
NAMES = dict(
    org=[
        "Red Cross",
        "transport ministry",
        "port authority",
        "city council",
        "teachers' union",
        "central bank",
    ],
    day=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    place=["Kisumu", "Tartu", "Cusco", "Mosul", "Da Nang", "Plovdiv", "Oruro", "Kumasi", "Sfax", "Lodz"],
    person=["Anna Berg", "Juma Otieno", "Lucia Quispe", "Omar Haddad", "Mai Linh", "Petar Ivanov"],
)


def synthetic(seed: int) -> str:
    rng = random.Random(seed)
    fills = {k: rng.choice(v) for k, v in NAMES.items()}
    body = " ".join(s.format(n=rng.randrange(2, 900), **fills) for s in rng.sample(SENTENCES, 6))
    return f"Report {seed} from {fills['place']}\n\n{body}\n"


def test_kill_9_mid_run_then_rerun_stores_every_article_exactly_once(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    n = 30
    for i in range(n):
        (folder / f"a{i:02d}.txt").write_text(synthetic(i), encoding="utf-8")
    # copies of early articles at the end: after the resume they must still be recognised
    (folder / "z1-copy.txt").write_text(synthetic(0) + "Reporting by staff.\n", encoding="utf-8")
    (folder / "z2-exact.txt").write_text(synthetic(1).upper(), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "claimgraph",
        "ingest",
        str(folder),
        "--db",
        db_url,
        "--batch-size",
        "2",
        "-q",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    killed_at = None
    deadline = time.monotonic() + 240
    store = None
    try:
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
            if store is None:
                try:
                    store = open_store(db_url)
                except Exception:
                    continue  # the schema is not there yet
            count = store.stats()["articles"]
            if count >= 4:
                os.kill(process.pid, signal.SIGKILL)
                killed_at = count
                break
    finally:
        process.wait(timeout=60)
    assert killed_at is not None and process.returncode == -signal.SIGKILL, (
        "the run ended before it could be killed"
    )
    assert store is not None
    assert killed_at < n

    rerun = cg("ingest", str(folder), "--db", db_url, "--batch-size", "2", "--format", "json")
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    assert report["already_stored"] >= killed_at
    s = store.stats()
    assert (s["articles"], s["near_duplicates"], s["exact_duplicates"], s["rejects"]) == (n, 1, 1, 0)
    with store.engine.connect() as conn:
        per_article = conn.execute(
            text("SELECT count(*), count(DISTINCT id), count(DISTINCT content_hash) FROM articles")
        ).one()
        assert tuple(per_article) == (n + 1, n + 1, n + 1)
        dup_claims = conn.execute(
            text(
                "SELECT count(*) FROM (SELECT article_id, claim_id FROM claims "
                "GROUP BY article_id, claim_id HAVING count(*) > 1) d"
            )
        ).scalar()
        assert dup_claims == 0
        # every analysed article has its claims and its MinHash signature
        missing = conn.execute(
            text(
                "SELECT count(*) FROM articles a WHERE a.near_duplicate_of IS NULL AND ("
                "NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id) OR "
                "NOT EXISTS (SELECT 1 FROM signatures s WHERE s.article_id = a.id))"
            )
        ).scalar()
        assert missing == 0
    store.close()


def test_bad_inputs_are_rejected_with_reasons_and_nothing_is_lost(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "good.txt").write_text(synthetic(7), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    with (folder / "huge.txt").open("wb") as out:
        out.truncate(50_000_000)
    with gzip.open(folder / "bomb.html.gz", "wb") as out:
        for _ in range(100):
            out.write(b" " * 1_000_000)
    html = [synthetic(100 + i).replace("\n\n", "</h1><p>", 1).replace("\n", "</p>") for i in range(3)]
    pages = [
        (f"https://w.example/{i}", 200, "text/html", f"<html><body><h1>{h}</body></html>".encode())
        for i, h in enumerate(html)
    ]
    whole = write_warc(folder / "tmp.warc.gz", pages).read_bytes()
    (folder / "tmp.warc.gz").unlink()
    (folder / "cut.warc.gz").write_bytes(whole[: int(len(whole) * 0.8)])
    (folder / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x', encoding="utf-8"
    )
    (folder / "photo.jpg.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)

    result = cg("ingest", str(folder), "--db", db_url)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("rejected:")
    store = open_store(db_url)
    try:
        # keyed by file name; the first reject of each file (a feed can add one per entry)
        reasons: dict[str, dict[str, str]] = {}
        for r in store.rejects(limit=50):
            reasons.setdefault(Path(r["origin"].split("#")[0].split("@")[0]).name, r)
        assert reasons["empty.txt"]["kind"] == "EmptyDocument"
        assert reasons["huge.txt"]["kind"] == "TooLarge" and "50.0 MB" in reasons["huge.txt"]["reason"]
        assert "decompression bomb" in reasons["bomb.html.gz"]["reason"]
        assert "truncated" in reasons["cut.warc.gz"]["reason"]
        assert reasons["feed.xml"]["kind"] == "MalformedFeed"
        assert (
            reasons["photo.jpg.txt"]["kind"] == "BinaryInput" and "PNG" in reasons["photo.jpg.txt"]["reason"]
        )
        s = store.stats()
        stored_urls = {a["article"]["url"] for a in store.iter_articles()}
        assert s["articles"] >= 2 and "https://w.example/0" in stored_urls  # what came before the cut
        rejects_before = s["rejects"]
    finally:
        store.close()
    assert cg("ingest", str(folder), "--db", db_url).returncode == 1
    assert stats(db_url)["rejects"] == rejects_before  # the same bad inputs are not counted twice


@pytest.fixture
def local_site(tmp_path: Path) -> Iterator[str]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "story.html").write_text(
        "<html><head><title>Ferry service resumes</title></head><body><article><h1>Ferry service resumes</h1>"
        + "".join(f"<p>{s}</p>" for s in synthetic(55).split("\n\n")[1:])
        + "</article></body></html>",
        encoding="utf-8",
    )
    (site / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(site), **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_urls_and_url_lists_from_a_local_server(local_site: str, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'u.db'}"
    refused = cg("ingest", f"{local_site}/story.html", "--db", db)
    assert refused.returncode == 1
    assert "BlockedAddress" in refused.stderr
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# two pages\n{local_site}/story.html\n{local_site}/missing.html\n", encoding="utf-8")
    allowed = cg("ingest", str(urls), "--db", db, "--allow-private", "--delay", "0", "--format", "json")
    assert allowed.returncode == 1  # the missing page is a reject
    assert json.loads(allowed.stdout)["stored"] == 1
    articles = list(open_store(db).iter_articles())
    assert [(a["article"]["id"], a["article"]["outlet"]) for a in articles] == [
        (f"{local_site}/story.html", "127.0.0.1")
    ]


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    missing = cg("ingest", str(tmp_path / "nope"), "--db", f"sqlite:///{tmp_path / 'x.db'}")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "no such file" in missing.stderr
    bad_db = cg("ingest", str(CORPUS), "--db", "mysql://h/x")
    assert (
        bad_db.returncode == 1 and bad_db.stderr.count("\n") == 1 and "unsupported database" in bad_db.stderr
    )
    no_db = cg("stats", "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert no_db.returncode == 2 and "no such database" in no_db.stderr
    bad_date = cg("claims", "--db", f"sqlite:///{tmp_path / 'none.db'}", "--since", "yesterday")
    assert bad_date.returncode == 2
