"""Exports of a corpus: JSONL (full claimgraph/1 per article), CSV and Parquet (one row per claim,
event, place or entity), GeoJSON (places and located events).

Duplicate warnings travel with the data: a JSONL article lists its copies under
``corpus.duplicates``; a claim row carries ``copies`` (how many near-duplicate or exact copies of
its article were seen), so a claim repeated by syndication is not mistaken for independent reports.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

from claimgraph.store.base import Filters
from claimgraph.store.sql import SqlStore

Format = Literal["jsonl", "csv", "parquet", "geojson"]
TableName = Literal["articles", "claims", "events", "places", "entities"]

COLUMNS: dict[str, tuple[str, ...]] = {
    "claims": (
        *("article_id", "claim_id", "speaker", "asserted_by", "kind", "modality", "text", "start", "end"),
        *("outlet", "published_date", "url", "headline", "places", "quantities", "copies"),
    ),
    "events": (
        *("article_id", "event_id", "type", "mode", "modality", "claimed_by", "actor", "target", "code"),
        *("country", "lat", "lon", "date", "outlet", "published_date", "url"),
    ),
    "places": ("name", "code", "country", "feature", "lat", "lon", "geonames_id", "articles", "mentions"),
    "entities": ("name", "type", "articles", "mentions"),
}


def rows(store: SqlStore, table: TableName, filters: Filters) -> list[dict[str, Any]]:
    if table == "claims":
        return store.claims(filters)
    if table == "events":
        return store.events(filters)
    if table == "places":
        return store.places(filters)
    if table == "entities":
        return store.entities(filters)
    raise ValueError(f"no row export for {table!r}")


def export(store: SqlStore, fmt: Format, out: Path, *, table: TableName | None, filters: Filters) -> int:
    """Write the export to ``out``; returns the number of records (lines, rows or features)."""
    if fmt == "jsonl":
        with out.open("w", encoding="utf-8") as stream:
            records: Iterator[dict[str, Any]] = (
                store.iter_articles(filters)
                if table in (None, "articles")
                else iter(rows(store, table, filters))
            )
            n = 0
            for record in records:
                stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
                n += 1
            return n
    if fmt == "geojson":
        collection = geojson(store, filters)
        out.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
        return len(collection["features"])
    name: TableName = "claims" if table in (None, "articles") else table
    data = rows(store, name, filters)
    if fmt == "csv":
        with out.open("w", encoding="utf-8", newline="") as stream:
            write_csv(stream, data, COLUMNS[name])
        return len(data)
    write_parquet(out, data, COLUMNS[name])
    return len(data)


def write_csv(stream: IO[str], data: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in data:
        writer.writerow({k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()})


def write_parquet(path: Path, data: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    import pyarrow as pa  # deferred: large, and only this export needs it
    import pyarrow.parquet as pq

    if data:
        table = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in data])
    else:
        table = pa.table({c: pa.array([], pa.string()) for c in columns})
    pq.write_table(table, path)


def geojson(store: SqlStore, filters: Filters) -> dict[str, Any]:
    """Places with coordinates (aggregated over the corpus) and events located at a place."""
    unlimited = dataclasses.replace(filters, limit=None, offset=0)
    features: list[dict[str, Any]] = []
    for place in store.places(unlimited):
        if place.get("lat") is None or place.get("lon") is None:
            continue
        features.append(_point(place["lon"], place["lat"], {"kind": "place", **place}))
    for event in store.events(unlimited):
        if event.get("lat") is None or event.get("lon") is None:
            continue
        features.append(_point(event["lon"], event["lat"], {"kind": "event", **event}))
    return {"type": "FeatureCollection", "features": features}


def _point(lon: float, lat: float, properties: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in properties.items() if k not in ("lat", "lon")}
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [round(float(lon), 6), round(float(lat), 6)]},
        "properties": props,
    }
