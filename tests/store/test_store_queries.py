"""The store on both backends: idempotent batches, migrations, every query filter, search, exports."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from claimgraph import analyze_text
from claimgraph.store import Alias, Batch, Filters, NewArticle, Reject, open_store
from claimgraph.store.export import export
from claimgraph.store.migrations import MIGRATIONS
from claimgraph.store.rows import child_rows
from claimgraph.store.sql import SqlStore, fts5_query


def _span(text: str, part: str, *, last: bool = False) -> dict[str, Any]:
    start = text.rindex(part) if last else text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def analysis(article_id: str, text: str, *, published: str, places: list[dict[str, Any]]) -> dict[str, Any]:
    """A small claimgraph/1 output: one quoted claim by a governor, one narration claim."""
    quote = text.split('"')[1]
    narration = text.split('" ')[1]
    governor = text.split("governor ")[1].split(" said")[0]
    return {
        "schema": "claimgraph/1",
        "article": {"id": article_id, "text": text, "published": published, "headline": None},
        "entities": [
            {
                "id": "e1",
                "name": governor,
                "type": "PERSON",
                "mentions": [_span(text, governor)],
                "links": {},
            },
            {
                "id": "e2",
                "name": "Red Cross",
                "type": "ORG",
                "mentions": [_span(text, "Red Cross")],
                "links": {},
            },
        ],
        "attributions": [
            {
                "id": "a1",
                "kind": "direct",
                "speaker": {"entity": "e1", **_span(text, governor)},
                "cue": _span(text, "said"),
                "content": _span(text, quote),
                "parent": None,
            }
        ],
        "claims": [
            {
                "id": "c1",
                "attribution": "a1",
                "asserted_by": "e1",
                **_span(text, quote),
                "modality": "asserted",
                "quantities": [
                    {
                        "value": 40,
                        "qualifier": None,
                        "unit": "shelters",
                        "low": None,
                        "high": None,
                        **_span(text, "40 shelters"),
                    }
                ]
                if "40 shelters" in quote
                else [],
            },
            {
                "id": "c2",
                "attribution": None,
                "asserted_by": "outlet",
                **_span(text, narration),
                "modality": "hedged",
                "quantities": [],
            },
        ],
        "places": [
            {
                "id": f"p{i}",
                "name": p["name"],
                "feature": p["feature"],
                "code": p["code"],
                "country": p["country"],
                "geonames_id": p.get("geonames_id"),
                "lat": p["lat"],
                "lon": p["lon"],
                "resolution": "admin1",
                "confidence": 0.9,
                "why": "",
                "mentions": [_span(text, p["name"], last=True)],
            }
            for i, p in enumerate(places, start=1)
        ],
        "events": [
            {
                "id": "v1",
                "type": "AID",
                "actor": "e2",
                "target": None,
                "place": "p1" if places else None,
                "claims": ["c2"],
                "claimed_by": "outlet",
                "modality": "asserted",
                "time": {"start": published},
            }
        ],
    }


KURSK = {"name": "Kursk", "feature": "admin1", "code": "RU-KRS", "country": "RU", "lat": 51.78, "lon": 35.99}
BEIRA = {"name": "Beira", "feature": "city", "code": "MZ-S", "country": "MZ", "lat": -19.84, "lon": 34.84}

TEXT_A = (
    'Kursk governor Alexei Smirnov said "Repair teams restored power to 9,000 homes in Kursk overnight." '
    "The Red Cross may send generators to the region next week."
)
TEXT_B = (
    'Beira governor Luisa Meque said "Families must move to the 40 shelters opened in Beira today." '
    "The Red Cross reportedly moved food and water to the coast."
)


def article(article_id: str, text: str, **kw: Any) -> NewArticle:
    places = kw.pop("places", [])
    published = kw.pop("published", "2024-05-19")
    return NewArticle(
        id=article_id,
        content_hash=kw.pop("content_hash", article_id + "-hash"),
        text=text,
        origin=f"test:{article_id}",
        analysis=analysis(article_id, text, published=published, places=places),
        published=published,
        **kw,
    )


@pytest.fixture
def filled(store: SqlStore) -> SqlStore:
    batch = Batch(
        articles=[
            article(
                "a",
                TEXT_A,
                places=[KURSK],
                outlet="Meridian Post",
                published="2024-06-11",
                signature=b"s" * 8,
            ),
            article("b", TEXT_B, places=[BEIRA], outlet="coastline.example", published="2024-05-19"),
            NewArticle(
                id="b-copy",
                content_hash="b-copy-hash",
                text=TEXT_B + " Distributed by AFP.",
                origin="test:b-copy",
                near_duplicate_of="b",
                similarity=0.93,
            ),
        ],
        aliases=[Alias(id="https://amp.example/b", article_id="b", origin="test:amp")],
        rejects=[Reject(origin="bad.txt", kind="EmptyDocument", reason="input is empty (0 bytes)")],
    )
    result = store.write_batch(batch)
    assert (result.articles, result.near_duplicates, result.aliases, result.rejects) == (2, 1, 1, 1)
    return store


def test_writing_the_same_batch_twice_adds_nothing(filled: SqlStore) -> None:
    before = filled.stats()
    again = Batch(
        articles=[article("a", TEXT_A, places=[KURSK], published="2024-06-11")],
        aliases=[Alias(id="https://amp.example/b", article_id="b", origin="test:amp")],
        rejects=[Reject(origin="bad.txt", kind="EmptyDocument", reason="input is empty (0 bytes)")],
    )
    result = filled.write_batch(again)
    assert (result.articles, result.aliases, result.rejects) == (0, 0, 0)
    assert filled.stats() == before


def test_same_text_under_another_id_is_not_a_second_article(filled: SqlStore) -> None:
    # (what a second ingest running at the same time can send: the text is kept as an alias)
    result = filled.write_batch(Batch(articles=[article("a2", TEXT_A, content_hash="a-hash")]))
    assert (result.articles, result.aliases) == (0, 1)
    assert (filled.stats()["articles"], filled.stats()["exact_duplicates"]) == (2, 2)


def test_stats_counts_everything(filled: SqlStore) -> None:
    s = filled.stats()
    assert s["articles"] == 2
    assert s["near_duplicates"] == 1
    assert s["exact_duplicates"] == 1
    assert s["rejects"] == 1 and s["rejects_by_kind"] == {"EmptyDocument": 1}
    assert s["claims"] == 4 and s["events"] == 2 and s["places"] == 2 and s["quantities"] == 1
    assert (s["published_from"], s["published_to"]) == ("2024-05-19", "2024-06-11")


def test_migrations_are_recorded_and_not_reapplied(db_url: str, filled: SqlStore) -> None:
    with filled.engine.connect() as conn:
        names = [r[0] for r in conn.execute(text("SELECT name FROM migrations ORDER BY name"))]
    assert names == [name for name, _ in MIGRATIONS]
    reopened = open_store(db_url)
    try:
        assert reopened.stats()["articles"] == 2
    finally:
        reopened.close()


def test_a_store_from_before_answers_gets_the_column_empty(db_url: str, filled: SqlStore) -> None:
    # A database made before 0003: no "answers" column and no record of the migration.
    with filled.engine.begin() as conn:
        conn.execute(text("ALTER TABLE attributions DROP COLUMN answers"))
        conn.execute(text("DELETE FROM migrations WHERE name = '0003_attribution_answers'"))
    reopened = open_store(db_url)
    try:
        with reopened.engine.connect() as conn:
            rows = conn.execute(text("SELECT attribution_id, answers FROM attributions")).all()
        assert rows and all(answers is None for _, answers in rows)
        assert reopened.stats()["articles"] == 2
    finally:
        reopened.close()


def test_claims_filters(filled: SqlStore) -> None:
    def ids(**kw: Any) -> list[str]:
        return sorted(f"{r['article_id']}/{r['claim_id']}" for r in filled.claims(Filters(**kw)))

    assert ids() == ["a/c1", "a/c2", "b/c1", "b/c2"]
    # c1 mentions Kursk; c2 does not, but the AID event resting on it is placed there
    assert ids(place="RU-KRS") == ["a/c1", "a/c2"]
    assert ids(place="ru") == ["a/c1", "a/c2"]  # a country code covers its subdivisions
    assert ids(place="UA") == []
    assert ids(place="MZ-S") == ["b/c1", "b/c2"]  # c2 through the AID event located in Beira
    assert ids(speaker="smirnov") == ["a/c1"]  # a whole-word part of the name, any case
    assert ids(speaker="Smirn") == []  # ... but not a fragment of a word
    assert ids(speaker="Meridian Post") == ["a/c2"]  # the outlet speaks the narration
    assert ids(entity="Red Cross") == ["a/c2", "b/c2"]
    assert ids(type="narration") == ["a/c2", "b/c2"]
    assert ids(since=date(2024, 6, 1)) == ["a/c1", "a/c2"]
    assert ids(until=date(2024, 5, 19)) == ["b/c1", "b/c2"]
    assert ids(outlet="MERIDIAN POST") == ["a/c1", "a/c2"]
    assert ids(place="RU", since=date(2024, 7, 1)) == []
    assert ids(entity="Nobody Known") == []


def test_claim_rows_carry_places_quantities_and_copy_counts(filled: SqlStore) -> None:
    rows = {f"{r['article_id']}/{r['claim_id']}": r for r in filled.claims()}
    assert rows["a/c1"]["places"] == ["RU-KRS"]
    assert rows["b/c1"]["places"] == ["MZ-S"]
    assert rows["b/c1"]["quantities"] == ["40 shelters"]
    assert rows["b/c1"]["copies"] == 2  # one near-duplicate, one exact copy
    assert rows["a/c1"]["copies"] == 0
    assert rows["a/c1"]["speaker"] == "Alexei Smirnov"
    assert rows["a/c2"]["modality"] == "hedged"


def test_events_places_entities(filled: SqlStore) -> None:
    assert [e["article_id"] for e in filled.events(Filters(type="aid", place="MZ"))] == ["b"]
    assert filled.events(Filters(type="ASSAULT")) == []
    assert [e["claimed_by"] for e in filled.events(Filters(speaker="coastline"))] == ["coastline.example"]
    places = filled.places()
    assert {(p["code"], p["articles"]) for p in places} == {("RU-KRS", 1), ("MZ-S", 1)}
    assert [p["name"] for p in filled.places(Filters(place="RU"))] == ["Kursk"]
    entities = {(e["name"], e["articles"]) for e in filled.entities()}
    assert ("Red Cross", 2) in entities
    assert [e["name"] for e in filled.entities(Filters(type="PERSON", place="MZ"))] == ["Luisa Meque"]
    assert [e["name"] for e in filled.entities(Filters(speaker="Smirnov"))] == ["Alexei Smirnov"]


def test_full_text_search(filled: SqlStore) -> None:
    assert [r["id"] for r in filled.search("shelters")] == ["b"]
    assert [r["id"] for r in filled.search('"restored power"')] == ["a"]
    assert sorted(r["id"] for r in filled.search("generators OR shelters")) == ["a", "b"]
    assert [r["id"] for r in filled.search("Cross -Beira")] == ["a"]
    assert filled.search("nonexistentword") == []
    hits = filled.search("families", target="claims")
    assert [(h["article_id"], h["claim_id"]) for h in hits] == [("b", "c1")]
    assert "[" in hits[0]["snippet"]  # the match is marked in the snippet
    assert filled.search('" ( * OR NEAR NOT') == []  # FTS syntax in user input is not an error


def test_fts5_query_translation() -> None:
    assert fts5_query("kursk power") == '"kursk" AND "power"'
    assert fts5_query('"power cut" OR blackout -drill') == '(("power cut" OR "blackout")) NOT "drill"'
    assert fts5_query("-only") is None


def test_iter_articles_lists_copies(filled: SqlStore) -> None:
    out = {a["article"]["id"]: a for a in filled.iter_articles()}
    assert set(out) == {"a", "b"}  # near-duplicates are not analysed, so not exported as articles
    copies = out["b"]["corpus"]["duplicates"]
    assert sorted((c["id"], c["kind"]) for c in copies) == [
        ("b-copy", "near"),
        ("https://amp.example/b", "exact"),
    ]
    assert out["a"]["schema"] == "claimgraph/1"


def test_exports(filled: SqlStore, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    assert export(filled, "jsonl", tmp_path / "a.jsonl", table=None, filters=Filters(limit=None)) == 2
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["article"]["id"] for line in lines} == {"a", "b"}

    assert export(filled, "csv", tmp_path / "c.csv", table=None, filters=Filters(limit=None)) == 4
    with (tmp_path / "c.csv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert {r["copies"] for r in rows if r["article_id"] == "b"} == {"2"}

    assert (
        export(
            filled, "parquet", tmp_path / "c.parquet", table="claims", filters=Filters(place="RU", limit=None)
        )
        == 2
    )
    table = pq.read_table(tmp_path / "c.parquet")
    assert table.column("places").to_pylist() == [["RU-KRS"], ["RU-KRS"]]

    n = export(filled, "geojson", tmp_path / "p.geojson", table=None, filters=Filters(limit=None))
    geo = json.loads((tmp_path / "p.geojson").read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection"
    assert len(geo["features"]) == n == 4  # 2 places + 2 located events
    kursk = next(f for f in geo["features"] if f["properties"].get("code") == "RU-KRS")
    assert kursk["geometry"] == {"type": "Point", "coordinates": [35.99, 51.78]}

    assert (
        export(filled, "parquet", tmp_path / "none.parquet", table="events", filters=Filters(type="X")) == 0
    )
    assert pq.read_table(tmp_path / "none.parquet").num_rows == 0


def test_signatures_and_meta_round_trip(filled: SqlStore) -> None:
    assert dict(filled.iter_signatures()) == {"a": b"s" * 8}
    filled.set_meta("k", "v1")
    filled.set_meta("k", "v2")
    assert filled.get_meta("k") == "v2"
    assert filled.get_meta("missing") is None


def test_sqlite_is_in_wal_mode_and_uses_the_indexes(tmp_path: Path) -> None:
    s = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        with s.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            plans = {
                "speaker": "SELECT pk FROM claims WHERE speaker_norm IN ('a') ORDER BY pk DESC",
                "place": "SELECT article_id FROM claim_places WHERE code = 'RU-KRS'",
                "outlet": "SELECT pk FROM claims WHERE lower(outlet) = 'x'",
                "entity": "SELECT claim_id FROM claim_entities WHERE name_norm IN ('a')",
                "event": "SELECT event_id FROM events WHERE type = 'AID'",
            }
            for name, sql in plans.items():
                plan = " ".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
                assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (name, plan)
    finally:
        s.close()


def test_bad_database_urls_are_one_line_errors(tmp_path: Path) -> None:
    from claimgraph.store import StoreError

    with pytest.raises(StoreError, match="unsupported database"):
        open_store("mysql://localhost/x")
    with pytest.raises(StoreError, match="folder does not exist"):
        open_store(f"sqlite:///{tmp_path / 'no' / 'such' / 'x.db'}")
    with pytest.raises(StoreError, match="cannot open database"):
        open_store("postgresql://nobody:secret@127.0.0.1:9/none?connect_timeout=2")


def test_an_answering_attribution_keeps_its_link_in_its_row() -> None:
    out = analyze_text(
        "Pakistan's foreign office said India had violated its airspace. New Delhi denied the charge."
    )
    rows = {r["cue"]: r for r in child_rows("x", out, outlet=None)["attributions"]}
    assert rows["denied"]["answers"] == rows["said"]["attribution_id"]


def test_unidentified_speakers_of_two_articles_are_no_corpus_entity(store: SqlStore) -> None:
    texts = {
        "u1": 'He said the bridge had been destroyed overnight. "We will rebuild it," he added.',
        "u2": "He said the dam could collapse within days, and Olena Marchenko said the same.",
    }
    batch = Batch(
        articles=[
            NewArticle(
                id=article_id,
                content_hash=article_id + "-hash",
                text=text,
                origin=f"test:{article_id}",
                analysis=analyze_text(text, id=article_id),
            )
            for article_id, text in texts.items()
        ]
    )
    store.write_batch(batch)
    names = [e["name"] for e in store.entities()]
    assert "unidentified person" not in names and "Olena Marchenko" in names
    # (their claims are still found under that speaker name)
    assert len(store.claims(Filters(speaker="unidentified person"))) >= 2
