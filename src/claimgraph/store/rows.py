"""claimgraph/1 output → rows of the store's tables. Pure functions, no database.

Only fields of the contract are read, with ``.get`` where a stage is still being built (events
have no fixed shape yet), so a richer output later fills more columns without a schema change.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import Any

from claimgraph.model import OUTLET

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def norm_name(name: str) -> str:
    """Case- and accent-insensitive form used to match entity, speaker and outlet names."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def name_word_rows(names: Iterable[str]) -> list[dict[str, str]]:
    """``name_words`` rows for normalised names: one per (word, name)."""
    return [{"word": w, "name_norm": n} for n in set(names) for w in set(n.split())]


def iso_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value.strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _inside(mention: dict[str, Any], start: int, end: int) -> bool:
    m_start, m_end = mention.get("start"), mention.get("end")
    return isinstance(m_start, int) and isinstance(m_end, int) and start <= m_start and m_end <= end


def child_rows(
    article_id: str, out: dict[str, Any], *, outlet: str | None, published: str | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Rows for every table below ``articles`` from one article's claimgraph/1 output.

    ``outlet`` and ``published`` are the article row's (the ingest may know them when the
    analysis did not); they are copied onto claims and events for filtering.
    """
    art = out.get("article") or {}
    published_date = iso_date(published) or iso_date(art.get("published"))
    entities = out.get("entities") or []
    names = {e["id"]: e.get("name") or "" for e in entities}
    rows: dict[str, list[dict[str, Any]]] = {
        "entities": [],
        "attributions": [],
        "claims": [],
        "quantities": [],
        "places": [],
        "claim_places": [],
        "claim_entities": [],
        "events": [],
    }
    for e in entities:
        rows["entities"].append(
            {
                "article_id": article_id,
                "entity_id": e["id"],
                "name": e.get("name") or "",
                "name_norm": norm_name(e.get("name") or ""),
                "type": e.get("type") or "",
                "mentions": len(e.get("mentions") or []),
                "links": e.get("links") or {},
            }
        )
    kinds: dict[str, str] = {}
    for a in out.get("attributions") or []:
        kinds[a["id"]] = a.get("kind") or ""
        speaker = a.get("speaker") or {}
        cue = a.get("cue") or {}
        content = a.get("content") or {}
        rows["attributions"].append(
            {
                "article_id": article_id,
                "attribution_id": a["id"],
                "kind": a.get("kind") or "",
                "speaker_entity": speaker.get("entity"),
                "speaker_text": speaker.get("text"),
                "cue": cue.get("text"),
                "content": content.get("text") or "",
                "start": content.get("start") or 0,
                "end": content.get("end") or 0,
                "parent": a.get("parent"),
                "answers": a.get("answers"),
            }
        )
    places = out.get("places") or []
    for p in places:
        rows["places"].append(
            {
                "article_id": article_id,
                "place_id": p["id"],
                "name": p.get("name") or "",
                "feature": p.get("feature"),
                "code": p.get("code"),
                "country": p.get("country"),
                "geonames_id": p.get("geonames_id"),
                "lat": p.get("lat"),
                "lon": p.get("lon"),
                "resolution": p.get("resolution"),
                "confidence": p.get("confidence"),
                "mentions": len(p.get("mentions") or []),
            }
        )
    claim_place: dict[tuple[str, str], dict[str, Any]] = {}
    for c in out.get("claims") or []:
        start, end = c.get("start") or 0, c.get("end") or 0
        asserted_by = c.get("asserted_by") or OUTLET
        speaker = (outlet or OUTLET) if asserted_by == OUTLET else names.get(asserted_by, asserted_by)
        rows["claims"].append(
            {
                "article_id": article_id,
                "claim_id": c["id"],
                "attribution_id": c.get("attribution"),
                "kind": kinds.get(c.get("attribution") or "", "narration"),
                "asserted_by": asserted_by,
                "speaker": speaker,
                "speaker_norm": norm_name(speaker),
                "text": c.get("text") or "",
                "start": start,
                "end": end,
                "modality": c.get("modality") or "asserted",
                "outlet": outlet,
                "published_date": published_date,
            }
        )
        for seq, q in enumerate(c.get("quantities") or []):
            rows["quantities"].append(
                {
                    "article_id": article_id,
                    "claim_id": c["id"],
                    "seq": seq,
                    "value": q.get("value"),
                    "qualifier": q.get("qualifier"),
                    "unit": q.get("unit"),
                    "low": q.get("low"),
                    "high": q.get("high"),
                    "text": q.get("text") or "",
                    "start": q.get("start") or 0,
                    "end": q.get("end") or 0,
                }
            )
        linked: dict[str, str] = {}
        if asserted_by != OUTLET and asserted_by in names:
            linked[asserted_by] = "speaker"
        for e in entities:
            if e["id"] not in linked and any(_inside(m, start, end) for m in e.get("mentions") or []):
                linked[e["id"]] = "mentioned"
        rows["claim_entities"].extend(
            {
                "article_id": article_id,
                "claim_id": c["id"],
                "entity_id": entity_id,
                "name_norm": norm_name(names[entity_id]),
                "role": role,
            }
            for entity_id, role in linked.items()
        )
        for p in places:
            if any(_inside(m, start, end) for m in p.get("mentions") or []):
                claim_place[(c["id"], p["id"])] = _claim_place(article_id, c["id"], p)
    places_by_id = {p["id"]: p for p in places}
    for e in out.get("events") or []:
        if not isinstance(e, dict) or "id" not in e:
            continue
        place = _ref(e.get("place"))
        p = places_by_id.get(place) if place else None
        claimed_by = _ref(e.get("claimed_by"))
        for claim_id in e.get("claims") or []:
            if p is not None and isinstance(claim_id, str):
                claim_place[(claim_id, p["id"])] = _claim_place(article_id, claim_id, p)
        rows["events"].append(
            {
                "article_id": article_id,
                "event_id": str(e["id"]),
                "type": e.get("type") or e.get("event_type"),
                "mode": _text(e.get("mode")),
                "modality": _text(e.get("modality")),
                "claimed_by": claimed_by,
                "claimed_by_name": (outlet or OUTLET)
                if claimed_by == OUTLET
                else names.get(claimed_by or ""),
                "actor": _entity_name(e.get("actor"), names),
                "target": _entity_name(e.get("target"), names),
                "place_id": p["id"] if p else place,
                "code": p.get("code") if p else None,
                "country": p.get("country") if p else None,
                "lat": p.get("lat") if p else None,
                "lon": p.get("lon") if p else None,
                "date": _event_date(e),
                "outlet": outlet,
                "published_date": published_date,
                "json": e,
            }
        )
    rows["claim_places"] = list(claim_place.values())
    return rows


def _claim_place(article_id: str, claim_id: str, place: dict[str, Any]) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "claim_id": claim_id,
        "place_id": place["id"],
        "code": place.get("code"),
        "country": place.get("country"),
    }


def _ref(value: Any) -> str | None:
    """An id given directly or as ``{"id": ...}`` / ``{"entity": ...}``."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("id", "entity", "place"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _entity_name(value: Any, names: dict[str, str]) -> str | None:
    if isinstance(value, list):
        found = [n for n in (_entity_name(v, names) for v in value) if n]
        return "; ".join(found) or None
    ref = _ref(value)
    if ref is None:
        return None
    if isinstance(value, dict) and isinstance(value.get("text"), str) and ref not in names:
        return str(value["text"])
    return names.get(ref, ref)


def _event_date(event: dict[str, Any]) -> str | None:
    for key in ("date", "time"):
        value = event.get(key)
        if isinstance(value, str):
            return value
        if isinstance(value, dict):
            for sub in ("date", "value", "start", "normalized", "normalised"):
                if isinstance(value.get(sub), str):
                    return str(value[sub])
    return None
