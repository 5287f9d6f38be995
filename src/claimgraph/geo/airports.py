"""Airports for the gazetteer, from the ``airportsdata`` package (MIT; name, city, country, point).

News names airports far more often than any other facility ("flights out of Heathrow", "JFK
airport", "Toronto Pearson International Airport"), and cities500 has none of them. Only airports
with an IATA code go in (~7,900 of the package's ~28,000 records): those are the ones with
scheduled flights or military traffic that news writes about; the rest are private strips.

An airport gets the names news uses for it, derived from its official name:

* the name itself, with abbreviations expanded ("Intl" → "International") and without a
  parenthetical or with it alone ("Leonardo Da Vinci (Fiumicino) International Airport");
* the name without the city it starts with ("London Heathrow Airport" → "Heathrow Airport",
  "Chicago O'Hare International Airport" → "O'Hare International Airport") and then the bare
  core ("Heathrow", "O'Hare", "Schiphol"), also with the city ("London Heathrow"). A core with
  no city before it gets only its "Airport" forms ("Indira Gandhi Airport", "Persian Gulf
  Airport"): alone it names a person or an area as often as the airport;
* for an airport named after its city ("Munich International Airport"), "<City> Airport";
* "<IATA> Airport" ("JFK Airport") — a bare IATA code is never a name: "LAX" or "MAN" in text
  is an acronym, and only "JFK airport" says it is an airport.

A bare core that is already the name of a real place is not added ("Fiumicino", "Liberty",
"Logan" are towns; "Orange County" is a county): "Fiumicino Airport" still finds the airport, and
"Fiumicino" stays the town. Checked against the gazetteer's places: any place of the airport's
country, and subdivisions, countries or settlements of 10,000 people or more anywhere.

Airports have no GeoNames id; their rows use a negative id derived from the IATA code
(:func:`airport_id`), so they cannot collide with GeoNames ids.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimgraph.geo.normalize import normalize_name

__all__ = [
    "Airport",
    "airport_aliases",
    "airport_id",
    "iata_of",
    "is_airport_id",
    "load_airports",
    "names_airport",
]

# "Intl", "Ntl": the package abbreviates some names; news never does.
_EXPANSIONS = {
    "intl": "International",
    "int'l": "International",
    "intcntl": "Intercontinental",
    "ntl": "National",
}
# Words that say "airport" (or its kind) in a name; stripped from the ends to find its core.
_KIND_WORDS = frozenset(
    {"airport", "international", "intercontinental", "national", "regional", "municipal"}
    | {"airfield", "aerodrome", "airstrip", "airpark", "afb", "heliport", "aeropuerto", "aeroporto"}
)
_KIND_PHRASES = ("air force base", "air base", "air station", "seaplane base", "landing strip", "air park")
# Words that make an alias unmistakably an airport's name ("Heathrow Airport", not "Heathrow").
_AIRPORT_WORD = re.compile(
    r"\b(?:airport|airfield|aerodrome|airstrip|airbase|air base|air force base|air station|afb)\b", re.I
)
_ABBREVIATION = re.compile(r"(?<![\w'])(?:intl|int'l|intcntl|ntl)(?![\w'])", re.I)
# Words that do not make a name on their own: a core of only these ("County", "Executive",
# "Nas Jrb") is no name for an airport, nor its last word one ("County Airport").
_GENERIC = frozenset(
    {"field", "county", "executive", "community", "memorial", "municipal", "regional", "city", "downtown"}
    | {"lake", "island", "islands", "valley", "park", "station", "base", "air", "army", "nas", "jrb"}
    | {"new", "old", "north", "south", "east", "west", "central", "general", "downs", "creek", "river"}
    | {"bay", "port", "point", "mount", "fort", "saint", "st", "san", "santa", "el", "la", "de", "al"}
    | {"international", "national", "industrial", "airpark", "skypark", "aeroplex", "strip", "landing"}
    | {"state", "norte", "sur", "sud", "nord", "business", "domestic", "gorge", "shores", "university"}
    | {"tech", "gateway", "jetport", "sunport", "glider", "heliport", "camp", "range", "test"}
    | {"proving", "ground"}
)
_SPLIT = re.compile(r"\s*/\s*")
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*")
_CITY_LIKE = 80
_ID_BASE = 36
_ID_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True, slots=True)
class Airport:
    iata: str
    name: str
    city: str
    country: str  # ISO 3166-1 alpha-2
    lat: float
    lon: float


def airport_id(iata: str) -> int:
    """The row id of an airport: minus one minus its IATA code read in base 36 ("LHR" → -27640)."""
    return -1 - int(iata.lower(), _ID_BASE)


def is_airport_id(row_id: int) -> bool:
    return row_id < 0


def iata_of(row_id: int) -> str:
    """Inverse of :func:`airport_id`."""
    n = -1 - row_id
    out = ""
    while n:
        n, d = divmod(n, _ID_BASE)
        out = _ID_DIGITS[d] + out
    return out.upper().rjust(3, "0")


def names_airport(alias: str) -> bool:
    """Whether a name says it is an airport ("Heathrow Airport", "Ramstein Air Base")."""
    return _AIRPORT_WORD.search(alias) is not None


def load_airports() -> list[Airport]:
    """The package's airports that have an IATA code, in code order."""
    import airportsdata

    out: list[Airport] = []
    for iata, row in sorted(airportsdata.load("IATA").items()):
        if not re.fullmatch(r"[A-Z0-9]{3}", iata) or not row.get("name") or not row.get("country"):
            continue
        out.append(
            Airport(
                iata=iata,
                name=" ".join(str(row["name"]).split()),
                city=" ".join(str(row.get("city") or "").split()),
                country=str(row["country"]),
                lat=float(row["lat"]),
                lon=float(row["lon"]),
            )
        )
    return out


def _expand(name: str) -> str:
    return _ABBREVIATION.sub(lambda m: _EXPANSIONS[m.group(0).lower()], name)


def _strip_kind(words: list[str]) -> list[str]:
    """Drop the words that say "airport" from both ends ("Airport Schiphol" → "Schiphol")."""
    changed = True
    while words and changed:
        changed = False
        low = " ".join(words).lower()
        for phrase in _KIND_PHRASES:
            n = phrase.count(" ") + 1
            if low.endswith(" " + phrase) or low == phrase:
                words, changed = words[:-n], True
                break
        if changed:
            continue
        if words and words[-1].lower() in _KIND_WORDS:
            words, changed = words[:-1], True
        elif words and words[0].lower() in _KIND_WORDS:
            words, changed = words[1:], True
    return words


def _variants(name: str) -> Iterator[str]:
    """The name, its parts around "/" and its forms with and without a parenthetical."""
    seen: set[str] = set()
    queue = [_expand(name)]
    while queue:
        n = queue.pop(0)
        if n in seen:
            continue
        seen.add(n)
        yield n
        m = _PAREN.search(n)
        if m:
            queue.append(" ".join(_PAREN.sub(" ", n).split()))
            queue.append(m.group(1))
        if "/" in n:
            queue.extend(p for p in _SPLIT.split(n) if p)
            queue.append(" ".join(_SPLIT.sub(" ", n).split()))


def airport_aliases(
    airport: Airport,
    is_place_prefix: Callable[[str, str], bool],
    is_taken: Callable[[str, str], bool],
) -> list[str]:
    """Names for ``airport``, best first (the first is its display name).

    ``is_place_prefix(words, country)``: the words name a city or area of that country, so a name
    starting with them is "<place> <name>" ("Toronto Pearson"). ``is_taken(name, country)``: a
    bare name (one without an airport word) that already names a real place or holds the name of
    a country or first-level unit ("Central Wisconsin"), and so must not be given to the airport.
    """
    out: list[str] = []
    city = normalize_name(airport.city)

    def add(alias: str, *, guarded: bool = True) -> None:
        alias = " ".join(alias.split()).strip(" -/,")
        if len(alias) < 3 or alias in out or not alias[0].isalnum():
            return
        if guarded and not names_airport(alias):
            words = alias.lower().split()
            if (
                not alias[0].isupper()
                or all(w in _GENERIC for w in words)
                or (len(words) == 1 and len(alias) < 5)  # "Tech" in "Virginia Tech"
                # "Hodeidah" for the airport of "Hodeida": a spelling of its city's name.
                or fuzz.ratio(normalize_name(alias), city) >= _CITY_LIKE
                or is_taken(alias, airport.country)
            ):
                return
        out.append(alias)

    international = "international" in _expand(airport.name).lower()
    for variant in _variants(airport.name):
        add(variant)
        if "/" in variant or "(" in variant or ")" in variant:
            continue  # its parts are variants too
        words = variant.replace("-", " ").split()
        prefix_len = 0
        for k in range(min(4, len(words) - 1), 0, -1):
            head = " ".join(words[:k])
            if normalize_name(head) == city or is_place_prefix(head, airport.country):
                prefix_len = k
                break
        prefix, rest = words[:prefix_len], words[prefix_len:]
        core = _strip_kind(list(rest))
        if all(w.lower() in _GENERIC for w in core):
            core = []
        if prefix and not core:
            # Named after its city: "Munich International Airport" is "Munich Airport" in news.
            place = " ".join(prefix)
            add(f"{place} Airport")
            if international:
                add(f"{place} International Airport")
            continue
        if not core:
            continue
        if prefix:
            add(" ".join(rest))  # "O'Hare International Airport"
            add(" ".join(prefix + core))  # "London Heathrow", "Toronto Pearson"
        c = " ".join(core)
        if prefix:
            # Only after its city is the core known to be what the airport goes by ("London
            # Heathrow": "Heathrow"); a core alone may be a region ("Auvergne"), a sea ("Persian
            # Gulf") or a person ("Indira Gandhi") as often as the airport.
            add(c)
            if international:
                add(f"{c} International")
        add(f"{c} Airport")
        if international:
            add(f"{c} International Airport")
        last = core[-1]
        if (
            len(core) > 1
            and len(last) >= 4
            and last.lower() not in _GENERIC
            and not is_place_prefix(last, airport.country)
        ):
            # "Kennedy Airport", "Trudeau Airport": the last word of a person's name.
            add(f"{last} Airport")
            if international:
                add(f"{last} International Airport")
    add(f"{airport.iata} Airport", guarded=False)
    if international:
        add(f"{airport.iata} International Airport", guarded=False)
    return out
