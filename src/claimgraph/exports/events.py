"""Events in formats other tools read: PLOVER JSON records and ACLED-like CSV rows.

Both take the ``claimgraph/1`` output of one article (a dict), so they work the same on fresh
analyses and on what the store gives back. PLOVER field names follow the manual's JSON table
(Draft 2.0); the claim fields that PLOVER has no name for (``claimed_by``, ``self_reported``,
``modality``) are added under their claimgraph names, as the manual invites.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

import pycountry

from claimgraph.analyse.event_lexicon import cameo_root

QUAD_CODES = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4,
    "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip
ACLED_COLUMNS = (
    "event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
    "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    "claimed_by", "self_reported", "modality", "plover_type", "article_id",
)  # fmt: skip
REMOTE_MODES = {"aerial": "Air/drone strike", "drone": "Air/drone strike",
                "heavy-weapons": "Shelling/artillery/missile attack",
                "explosives": "Remote explosive/landmine/IED", "suicide-attack": "Suicide bomb"}  # fmt: skip
ARMED_TYPES = {"ARMED_GROUP", "GOV"}


def _index(items: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in items}


def _entity_name(entities: dict[str, dict[str, Any]], entity_id: str | None) -> str | None:
    if entity_id is None:
        return None
    if entity_id == "outlet":
        return "outlet"
    entity = entities.get(entity_id)
    return entity["name"] if entity else None


def _country_name(code: str | None) -> str | None:
    if not code:
        return None
    country = pycountry.countries.get(alpha_2=code[:2])
    return getattr(country, "common_name", None) or (country.name if country else None)


def _admin1_name(code: str | None) -> str | None:
    if not code or "-" not in code:
        return None
    subdivision = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    if subdivision is None:
        return None
    while getattr(subdivision, "parent_code", None):
        parent = pycountry.subdivisions.get(code=subdivision.parent_code)  # type: ignore[no-untyped-call]
        if parent is None:
            break
        subdivision = parent
    return str(subdivision.name)


def _count(event: dict[str, Any], role: str) -> int | None:
    values = [q["value"] for q in event["quantities"] if q.get("role") == role]
    return int(sum(values)) if values else None


def plover_records(output: dict[str, Any]) -> list[dict[str, Any]]:
    """One PLOVER JSON record per event of one analysed article."""
    article = output["article"]
    entities = _index(output["entities"])
    places = _index(output["places"])
    records = []
    for event in output["events"]:
        place = places.get(event["place"]) if event["place"] else None
        record: dict[str, Any] = {
            "id": f"{article['id']}#{event['id']}",
            "date": event["time"]["start"] or (article.get("published") or "")[:10] or None,
            "enddate": event["time"]["end"],
            "actor": [_plover_entity(entities, event["actor"])] if event["actor"] else [],
            "recipient": [_plover_entity(entities, event["target"])] if event["target"] else [],
            "event": [event["type"]],
            "mode": [event["mode"]] if event["mode"] else [],
            "context": list(event["context"]),
            "event_text": [event["trigger"]["text"]],
            "quad_code": QUAD_CODES.get(event["type"]),
            "cameo_root": cameo_root(event["type"], event["mode"]),
            "size": {
                k: v
                for k, v in (
                    ("dead", _count(event, "killed")),
                    ("injured", _count(event, "wounded")),
                    ("arrested", _count(event, "detained")),
                )
                if v is not None
            },
            "text_info": {"start": event["trigger"]["start"], "end": event["trigger"]["end"]},
            "cite_info": {
                "url": article.get("url"),
                "title": article.get("headline"),
                "publication": article.get("outlet"),
                "language": article.get("language"),
                "coder": "claimgraph",
                "codebook": "PLOVER manual Draft 2.0",
            },
            "claimed_by": _entity_name(entities, event["claimed_by"]),
            "self_reported": event["self_reported"],
            "modality": event["modality"],
        }
        if place is not None:
            mention = place["mentions"][0]["text"] if place["mentions"] else place["name"]
            record["event_loc"] = {
                "extracted_place": mention,
                "resolved_place": place["name"],
                "geonameid": place["geonames_id"],
                "lat": place["lat"],
                "lon": place["lon"],
                "country_code3": _alpha3(place.get("country")),
                "admin1_code": place["code"] if place.get("code") and "-" in place["code"] else None,
                "feature_code": place["feature"],
            }
        records.append(record)
    return records


def _alpha3(code: str | None) -> str | None:
    country = pycountry.countries.get(alpha_2=code) if code else None
    return str(country.alpha_3) if country else None


def _plover_entity(entities: dict[str, dict[str, Any]], entity_id: str) -> dict[str, Any]:
    entity = entities.get(entity_id, {})
    mention = entity["mentions"][0]["text"] if entity.get("mentions") else entity.get("name")
    out: dict[str, Any] = {
        "entity_text": mention,
        "identifier_text": entity.get("name"),
        "sector": entity.get("type"),
    }
    country = entity.get("links", {}).get("iso3166_1")
    if country:
        out["code"] = _alpha3(country)
    return out


def _acled_type(event: dict[str, Any], entities: dict[str, dict[str, Any]]) -> tuple[str, str]:
    """ACLED's event type and sub-type for a PLOVER event (approximate: ACLED codes events, not claims)."""
    kind, mode = event["type"], event["mode"]
    target = entities.get(event["target"] or "", {})
    actor = entities.get(event["actor"] or "", {})
    if kind == "ASSAULT":
        if mode in REMOTE_MODES:
            return "Explosions/Remote violence", REMOTE_MODES[mode]
        if target.get("type") == "CIVILIANS":
            return "Violence against civilians", "Attack"
        if mode == "abduct":
            return "Violence against civilians", "Abduction/forced disappearance"
        if actor.get("type") in ARMED_TYPES or target.get("type") in ARMED_TYPES:
            return "Battles", "Armed clash"
        return "Violence against civilians", "Attack"
    if kind == "PROTEST":
        return ("Riots", "Violent demonstration") if mode == "riot" else ("Protests", "Peaceful protest")
    if kind == "COERCE" and mode == "arrest":
        return "Strategic developments", "Arrests"
    if kind in {"AGREE", "CONCEDE"}:
        return "Strategic developments", "Agreement"
    if kind == "MOBILIZE":
        return "Strategic developments", "Headquarters or base established"
    return "Strategic developments", "Other"


def acled_rows(output: dict[str, Any]) -> list[dict[str, Any]]:
    """ACLED-like rows (one per event) so claimgraph events load next to ACLED data."""
    article = output["article"]
    entities = _index(output["entities"])
    places = _index(output["places"])
    rows = []
    for event in output["events"]:
        place = places.get(event["place"]) if event["place"] else None
        event_type, sub_event_type = _acled_type(event, entities)
        claimer = _entity_name(entities, event["claimed_by"])
        note = f"{event['type']} '{event['trigger']['text']}'"
        if claimer != "outlet":
            note += f"; claimed by {claimer}" + (" (self-reported)" if event["self_reported"] else "")
        if event["modality"] != "asserted":
            note += f"; modality {event['modality']}"
        resolution = place["resolution"] if place else None
        rows.append(
            {
                "event_id": f"{article['id']}#{event['id']}",
                "event_date": event["time"]["start"] or (article.get("published") or "")[:10] or None,
                "event_type": event_type,
                "sub_event_type": sub_event_type,
                "actor1": _entity_name(entities, event["actor"]),
                "actor2": _entity_name(entities, event["target"]),
                "country": _country_name(place.get("country")) if place else None,
                "admin1": _admin1_name(place.get("code")) if place else None,
                "location": place["name"] if place else None,
                "latitude": place["lat"] if place else None,
                "longitude": place["lon"] if place else None,
                # ACLED: 1 = the place itself, 2 = near it / part of a region, 3 = a province or larger.
                "geo_precision": {"locality": 1, "admin2": 2}.get(resolution or "", 3) if place else None,
                "source": article.get("outlet") or article.get("url"),
                "notes": note,
                "fatalities": _count(event, "killed") or 0,
                "claimed_by": claimer,
                "self_reported": event["self_reported"],
                "modality": event["modality"],
                "plover_type": event["type"],
                "article_id": article["id"],
            }
        )
    return rows


def write_acled_csv(
    rows: Iterable[dict[str, Any]], stream: io.TextIOBase | Any, *, header: bool = True
) -> None:
    writer = csv.DictWriter(stream, fieldnames=ACLED_COLUMNS, extrasaction="ignore")
    if header:
        writer.writeheader()
    for row in rows:
        writer.writerow(row)
