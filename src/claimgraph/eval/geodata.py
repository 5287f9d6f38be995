"""Loaders for the geoparsing gold sets: GeoWebNews (GWN.xml), TR-News and GeoVirus.

The three files use three XML schemas; each loader turns one into :class:`GoldDocument`\\ s whose
toponym offsets index the document text exactly (``text[start:end] == toponym.text``). The quirks
handled here are documented in the data directory's SOURCE.txt: GeoVirus offsets are shifted by
one, some TR-News offsets drift by a few characters, and five GWN spans have negative offsets.
Nothing is ever fetched; only the three named files are read.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "DATASETS",
    "GWN_GEOTAG_TYPES",
    "GoldDocument",
    "GoldSet",
    "GoldToponym",
    "dataset_path",
    "load_dataset",
    "load_geovirus",
    "load_gwn",
    "load_trnews",
]

DATASETS: dict[str, str] = {"GWN": "GWN.xml", "TR-News": "TR-News.xml", "GeoVirus": "GeoVirus.xml"}

# GWN's geotagging gold in Gritta et al. (2019): every type except the three non-toponym ones.
GWN_GEOTAG_TYPES = frozenset(
    {
        "Literal",
        "Mixed",
        "Coercion",
        "Literal_Modifier",
        "Embedded_Literal",
        "Metonymic",
        "Non_Literal_Modifier",
        "Demonym",
        "Language",
        "Homonym",
        "Embedded_Non_Lit",
    }
)
# The subset claimgraph means by "a place the article names": a proper-noun toponym. Demonyms,
# language names and adjectival modifiers ("Syrian forces") are NORP in our model, homonyms
# ("the Norbury model") are not places, and embedded names ("The Washington Post") belong to the
# organisation. GWN marks each of these with its own type, so the subset needs no judgement here.
_GWN_NOUN_TYPES = frozenset(
    {"Literal", "Mixed", "Coercion", "Literal_Modifier", "Metonymic", "Non_Literal_Modifier"}
)
_REALIGN_WINDOW = 20


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One annotated toponym. ``lat``/``lon`` are None when the gold gives no coordinates."""

    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    type: str | None = None  # GWN's fine-grained type; None for the other sets
    # Counted as a toponym for recognition in the paper's setting (GWN: the geotagging gold).
    geotag: bool = True
    # Counted in claimgraph's own setting: a proper-noun place name (see _GWN_NOUN_TYPES).
    place: bool = True

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    dataset: str
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    title: str | None = None


@dataclass(slots=True)
class GoldSet:
    """A loaded dataset plus what the loader had to repair, so reports can state it."""

    name: str
    documents: list[GoldDocument]
    realigned: int = 0  # spans moved to the nearest occurrence of their surface string
    skipped: int = 0  # spans that could not be placed in the text and were left out
    notes: list[str] = field(default_factory=list)

    @property
    def toponym_count(self) -> int:
        return sum(len(d.toponyms) for d in self.documents)


def dataset_path(data_dir: Path, name: str) -> Path:
    if name not in DATASETS:
        raise ValueError(f"unknown dataset {name!r}; known: {', '.join(DATASETS)}")
    return Path(data_dir) / DATASETS[name]


def load_dataset(data_dir: Path, name: str, *, limit: int | None = None) -> GoldSet:
    """Load dataset ``name`` (GWN, TR-News or GeoVirus) from ``data_dir``; first ``limit`` documents."""
    path = dataset_path(data_dir, name)
    loader = {"GWN": load_gwn, "TR-News": load_trnews, "GeoVirus": load_geovirus}[name]
    return loader(path, limit=limit)


def _float(value: str | None) -> float | None:
    if value is None or not value.strip():
        return None
    return float(value)


def _int(value: str | None) -> int | None:
    if value is None or not value.strip():
        return None
    return int(value.strip())


def _text(el: ET.Element | None) -> str:
    return el.text or "" if el is not None else ""


def _realign(text: str, start: int, end: int, surface: str) -> tuple[int, int] | None:
    """The occurrence of ``surface`` nearest to ``start`` within the drift window, if any."""
    if start >= 0 and text[start:end] == surface:
        return start, end
    best: int | None = None
    lo = max(0, start - _REALIGN_WINDOW)
    hi = min(len(text), start + _REALIGN_WINDOW + len(surface))
    pos = text.find(surface, lo, hi)
    while pos != -1:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(surface, pos + 1, hi)
    return (best, best + len(surface)) if best is not None else None


def _sorted(toponyms: list[GoldToponym]) -> tuple[GoldToponym, ...]:
    # Gold toponyms are not in text order in the files.
    return tuple(sorted(toponyms, key=lambda t: (t.start, t.end)))


def load_gwn(path: Path, *, limit: int | None = None) -> GoldSet:
    """GeoWebNews. Every span is kept (with its type) so both recognition settings can be scored;
    spans with negative offsets (annotations on the title line) are skipped."""
    root = ET.parse(path).getroot()
    gold = GoldSet("GWN", [])
    for article in root.iter("article"):
        if limit is not None and len(gold.documents) >= limit:
            break
        text = _text(article.find("text"))
        toponyms: list[GoldToponym] = []
        for el in article.iter("toponym"):
            start, end = int(_text(el.find("start"))), int(_text(el.find("end")))
            surface = _text(el.find("extractedName"))
            if start < 0:
                gold.skipped += 1
                continue
            placed = _realign(text, start, end, surface)
            if placed is None:
                gold.skipped += 1
                continue
            if placed != (start, end):
                gold.realigned += 1
            kind = _text(el.find("type")).strip() or None
            modifier = _text(el.find("modifierType")).strip()
            is_place = kind in _GWN_NOUN_TYPES and not (
                kind.endswith("_Modifier") and modifier == "Adjective"
            )
            toponyms.append(
                GoldToponym(
                    start=placed[0],
                    end=placed[1],
                    text=surface,
                    lat=_float(el.findtext("latitude")),
                    lon=_float(el.findtext("longitude")),
                    geonames_id=_int(el.findtext("geonamesID")),
                    type=kind,
                    geotag=kind in GWN_GEOTAG_TYPES,
                    place=is_place,
                )
            )
        title = article.findtext("title")
        gold.documents.append(
            GoldDocument(
                "GWN", article.get("file") or str(len(gold.documents)), text, _sorted(toponyms), title
            )
        )
    if gold.skipped:
        gold.notes.append(f"{gold.skipped} spans with offsets outside the text skipped")
    return gold


def load_trnews(path: Path, *, limit: int | None = None) -> GoldSet:
    """TR-News (and the held-out set, which shares its schema). Offsets that drifted are moved to
    the nearest occurrence of the phrase; toponyms without a ``gaztag`` have no coordinates."""
    root = ET.parse(path).getroot()
    gold = GoldSet("TR-News", [])
    for article in root.iter("article"):
        if limit is not None and len(gold.documents) >= limit:
            break
        text = _text(article.find("text"))
        toponyms: list[GoldToponym] = []
        for el in article.iter("toponym"):
            surface = _text(el.find("phrase"))
            start, end = int(_text(el.find("start"))), int(_text(el.find("end")))
            placed = _realign(text, start, end, surface)
            if placed is None:
                gold.skipped += 1
                continue
            if placed != (start, end):
                gold.realigned += 1
            tag = el.find("gaztag")
            lat = lon = None
            gid = None
            if tag is not None:
                lat, lon = _float(tag.findtext("lat")), _float(tag.findtext("lon"))
                gid = _int(tag.get("geonameid"))
            toponyms.append(GoldToponym(placed[0], placed[1], surface, lat, lon, gid))
        title = (article.findtext("title") or "").strip() or None
        doc_id = article.get("docid") or str(len(gold.documents))
        gold.documents.append(GoldDocument("TR-News", doc_id, text, _sorted(toponyms), title))
    if gold.realigned:
        gold.notes.append(f"{gold.realigned} drifted offsets realigned to the nearest occurrence")
    return gold


def load_geovirus(path: Path, *, limit: int | None = None) -> GoldSet:
    """GeoVirus. Its offsets are all one too high; one ``location`` holds stray nested locations,
    so every ``location`` element is read on its own direct children."""
    root = ET.parse(path).getroot()
    gold = GoldSet("GeoVirus", [])
    for article in root.iter("article"):
        if limit is not None and len(gold.documents) >= limit:
            break
        text = _text(article.find("text"))
        toponyms: list[GoldToponym] = []
        for el in article.iter("location"):
            surface = _text(el.find("name"))
            start, end = int(_text(el.find("start"))) - 1, int(_text(el.find("end"))) - 1
            placed = _realign(text, start, end, surface)
            if placed is None:
                gold.skipped += 1
                continue
            if placed != (start, end):
                gold.realigned += 1
            toponyms.append(
                GoldToponym(
                    placed[0], placed[1], surface, _float(el.findtext("lat")), _float(el.findtext("lon"))
                )
            )
        doc_id = str(len(gold.documents))
        gold.documents.append(GoldDocument("GeoVirus", doc_id, text, _sorted(toponyms)))
    return gold
