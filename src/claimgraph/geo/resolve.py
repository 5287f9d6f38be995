"""Toponym resolution: each place name of an article → one gazetteer entry, with the reason why.

``Geoparser.find_places(doc, article)`` recognises toponyms (:mod:`claimgraph.geo.toponyms`),
resolves them, and groups the mentions of one place into one :class:`~claimgraph.model.Place`.
``Geoparser.resolve_spans(doc, spans)`` resolves given spans only (for evaluation on gold spans).

Choosing among homonyms is a deterministic, explainable score per candidate:

* prior: population (for subdivisions, that of their settlements), the kind of feature
  (countries and continents are named far more often than namesake villages), and whether the
  name is the place's own (or a spelling of it) rather than an old or foreign alternate name;
* the level the words imply ("Kursk region" → admin1, "the city of X" → locality);
* containment: "Paris, Texas" keeps only candidates inside what follows the comma, and what
  follows the comma is read as an area that holds the first place ("Montreal, Quebec" is the
  province); a list ("Illinois, Missouri and Kansas") is not containment;
* a unit named after its big city ("New York", "Quebec") is read as the city unless the article
  names other, firmly resolved places of the unit far from that city (Buffalo, Montreal);
* focus: the countries and admin1 units of the article's other places, with explicit country
  mentions counting double (computed from a first, context-free pass, then once more from the
  context-aware picks; a name never votes for itself);
* proximity to the article's other places.

The best candidate's share of the (softmax) score mass is its confidence; the terms that made it
win are its ``why``.
"""

from __future__ import annotations

import math
import re
import sys
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz
from spacy.tokens import Doc

from claimgraph.geo.airports import iata_of, is_airport_id
from claimgraph.geo.demonyms import DEMONYMS, place_name_for
from claimgraph.geo.gazetteer import Gazetteer, PlaceRecord
from claimgraph.geo.normalize import normalize_name
from claimgraph.geo.points import SUBDIVISION_POINTS, SUPPLEMENT, AreaPoints, SupplementPlace
from claimgraph.geo.toponyms import (
    CANADIAN_ABBREVIATIONS,
    US_POSTAL_CODES,
    US_STATE_ABBREVIATIONS,
    Toponym,
    find_toponyms,
    is_dateline,
    level_of_designator,
    level_of_office,
    shortened_name,
    spelling_variant,
)
from claimgraph.model import Article, Place, Span

__all__ = ["Candidate", "Geoparser", "Resolution", "default_geoparser", "great_circle_km"]

EARTH_RADIUS_KM = 6371.009
_LOOKUP_LIMIT = 40
_CACHE_SIZE = 50_000
_SETTLEMENTS = frozenset({"city", "town", "village"})
_RESOLUTION_OF = {
    "country": "country",
    "admin1": "admin1",
    "admin2": "admin2",
    "city": "locality",
    "town": "locality",
    "village": "locality",
    "continent": "region",
    "region": "region",
    "water": "region",
    "island": "region",
    "airport": "locality",
    "landmark": "locality",
}
# Added to log10(population). Curated areas have no population; 6.0 puts them level with a city
# of a million, above the villages that share their names ("Middle East", Ohio).
_FEATURE_PRIOR = {
    "country": 2.5,
    "continent": 6.0,
    "region": 6.0,
    "water": 6.0,
    "island": 6.0,
    # A curated landmark is named in full ("White House", "Maidan Nezalezhnosti"): above the
    # villages that share its name (White House, Tennessee; Maidan, Zakarpattia).
    "landmark": 6.0,
    "admin1": 0.5,
    "admin2": -0.5,
    # An airport's population is that of the city it serves: Heathrow ranks as a city of ~900,000,
    # far above a namesake village (Heathrow, Florida), and the airport of Cairo, Egypt far above
    # that of Cairo, Illinois.
    "airport": -1.0,
}
_PRIMARY_BONUS = 1.5
_SAME_SPELLING, _INNER_CAPITAL = 1.0, re.compile(r"[a-z][A-Z]")
# A seat counts as a town of this share of its namesake unit's population.
_SEAT_SHARE = 4
_POPULATION_WEIGHT = 1.0
_LEVEL_MATCH, _LEVEL_CLASH = 3.0, -3.0
_CONTAINED, _NOT_CONTAINED = 4.0, -2.0
_COUNTRY_FOCUS, _ADMIN1_FOCUS = 2.0, 2.0
_COUNTY_IN_STATE = 2.0
_SENTENCE_COUNTRY = 1.0
# "New York", "Khartoum", "Kyiv": a unit named after its big city is usually the city.
_BIG_CITY, _NAMESAKE_UNIT = 300_000, -2.5
# ... unless the article names other places of the unit, far from its namesake city, that are
# not in doubt themselves (Buffalo for New York, Montreal for Quebec, Seattle for Washington).
_UNIT_EVIDENCE, _NAMESAKE_FAR_KM, _SURE = 1.0, 150.0, 0.6
_QUALIFIER_AREA = 2.0
_AREAS = frozenset({"country", "admin1", "admin2", "continent", "region"})
_NEAR_KM, _NEAR_BONUS = 250.0, 1.0
_NEAR_DEGREES = _NEAR_KM / 110.0  # a degree of latitude is never shorter than 110.5 km
# The members of a list agree on their kind ("Arizona, California, Georgia": US states).
_LIST_KIND = 3.0
_LIST_COUNTRY = 2.0
_VOUCHING_AREAS = frozenset({"country", "admin1"})
# What a county or a state can hold (not a region or sea it may be named "in").
_LOCAL_FEATURES = _SETTLEMENTS | {"admin2", "landmark", "airport"}
# Rounds of resolving every name against the others' picks: the first has no context. (A third
# lets a pick corrected in the second stop vouching for its old sense, but as often drifts: it
# scored lower on all three gold sets.)
_ROUNDS = 2
# How firmly an article must be about one country before an unknown name is tried as another
# romanisation of one of its units.
_RESPELL_FOCUS = 0.5
# A town of this size abroad is still a plausible member of a list of another country's towns.
_FOREIGN_LISTED_MAX_POP = 100_000
# An article this much about one country does not, in passing, name a village of a country it
# never mentions.
_FOREIGN_VILLAGE_FOCUS, _FOREIGN_VILLAGE_MAX_POP = 0.7, 10_000
_EXPLICIT_COUNTRY_WEIGHT = 2.0
# Other states or provinces of a country, named elsewhere in the article, make a name that can be
# one of its states one of them.
_SIBLINGS, _SIBLING_UNITS = 2, 1.5
# A place name inside an unknown longer name must be a notable place to locate it.
_EMBEDDED_MIN_POP = 10_000
# Capitalised words of institution names that are also (small) place names.
_GENERIC_WORDS = frozenset(
    {"Republic", "Democratic", "People's", "United", "Union", "National", "Federal", "General", "Central"}
    | {"North", "South", "East", "West", "New", "Saint", "St", "University", "College", "Hospital", "Airport"}
    | {"International", "World", "Cup", "Park", "Centre", "Center", "Church", "Bank", "Council", "House"}
    # Words of natural features and compass regions: "Lake Erie" is not in Lake County, "Eastern
    # Ghouta" not in Uganda's Eastern Region, "Fire Island" not in Island County.
    | {"Lake", "Island", "Islands", "Hill", "Hills", "Valley", "Bay", "Point", "Bend", "Mount", "Delta"}
    | {"River", "Sea", "Gulf", "Coast", "Beach", "Harbor", "Harbour", "Plateau", "Area", "Camp", "Summit"}
    | {"Eastern", "Western", "Northern", "Southern", "Midlands", "Province", "State", "County", "Square"}
    | {"Castle", "Tower", "Academy", "Crossroads", "Springs", "Town", "City", "District", "Region"}
    # Particles of Arabic names: "Abu Shok" is not in Abu, India.
    | {"Abu", "Umm", "Ibn", "Bin", "Al", "El"}
    # Words of buildings and facilities: "Quillmere Hall" is not in Schwäbisch Hall.
    | {"Hall", "Palace", "Museum", "Cathedral", "Stadium", "Temple", "Mosque", "School", "Market"}
    | {"Street", "Road", "Bridge", "Prison", "Base", "Hotel", "Mall", "Station", "Building", "Court"}
    | {"Gardens", "Forest", "Embassy", "Memorial", "Arena", "Chapel", "Abbey", "Port", "Field"}
)
# Words that make a town's name the name of the unit around it ("Nenagh Municipal District").
_UNIT_TAIL = frozenset(
    {"Municipal", "District", "MDC", "Council", "Borough", "Ward", "Urban", "Rural", "Metropolitan", "Area"}
)
# A country's missions abroad are not in it: "Russian Embassy" (in Washington).
_MISSION_WORDS = frozenset({"Embassy", "Consulate", "Mission", "Legation"})
_INSTITUTION_WORDS = frozenset(
    {"Senate", "Parliament", "Congress", "Assembly", "Council", "Commission", "Committee", "Cabinet"}
    | {"Government", "Ministry", "Bank", "Reserve", "Court", "Army", "Navy", "Agency", "Service"}
    | {"School", "University", "Academy", "Institute", "Office", "Police", "Guard", "Union"}
)
# Natural features take names from elsewhere: Plum Island is not in Plum, Pennsylvania, nor
# Islington Bay in London. (An airport, a dam or a citadel is in its namesake, and a road mostly
# in the country of the town it leads to: Hertford Road, Edmonton.)
_NAMED_AFTER = frozenset({"Island", "Islands", "Bay", "Lake", "Creek", "Point", "Beach", "Reef", "Cove"})
# "St. Marc" for Saint-Marc, "Ft. Worth" for Fort Worth: tried when the written form is unknown.
_EXPANSIONS = {"St": "Saint", "Ste": "Sainte", "Ft": "Fort", "Mt": "Mount", "Pt": "Point"}
_ABBREVIATED_WORD = re.compile(r"^(St|Ste|Ft|Mt|Pt)\.?\s+")
_COMPASS_FOCUS = 0.5
_COMPASS_NAMES = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"}
    | {"north east", "north west", "south east", "south west", "northeast", "northwest", "southeast"}
    | {"southwest", "north eastern", "north western", "south eastern", "south western", "centre"}
)
_ENGLISH_UNIT = re.compile(r"^[A-Z][\w' -]* (Oblast|Krai|Governorate|Province|Republic|District|Raion)$")
# "Autonomous Republic of Crimea", "Autonomous Republic of Adjara": the unit's own status, in English.
_ENGLISH_AUTONOMY = re.compile(r"^Autonomous (Republic|Region|Province) of [A-Z][\w' -]*$")
# Words of a unit's own name that make it a republic ("Tatarstan, Respublika", "Republika Srpska").
_REPUBLIC_WORD = re.compile(r"\b(Republic|Respublika|Republika|Respublikasi)\b", re.IGNORECASE)
# Designators at the end of units' own names and English names ("Donetska oblast", "Kursk Oblast").
# SQL patterns of what `_ENGLISH_UNIT` and `_ENGLISH_AUTONOMY` accept, to read those names at once.
_UNTAGGED_UNIT_PATTERNS = (
    "% Oblast", "% Krai", "% Governorate", "% Province", "% Republic", "% District", "% Raion",
    "Autonomous % of %",
)  # fmt: skip
_UNIT_DESIGNATOR = re.compile(
    r"[\s,-]+(oblast'?|voblasć|oblysy|kray|krai|governorate|province|region|district|raion|rayon|republic)$",
    re.IGNORECASE,
)
# Compass words of French, Spanish and Portuguese unit names ("Nord-Kivu", "Norte de Santander").
_FOREIGN_COMPASS = {
    "nord": "north", "sud": "south", "est": "east", "ouest": "west",
    "norte": "north", "sur": "south", "sul": "south", "oeste": "west", "leste": "east",
}  # fmt: skip
# How alike (rapidfuzz ratio) an English name's stem and the unit's own must be for a name of no
# stated language to count as its English one: "Kherson Oblast" for Khersonska oblast, not
# "Federal District" for the City of Buenos Aires.
_SAME_STEM = 70
_SUPPLEMENT_INDEX: dict[str, list[SupplementPlace]] = defaultdict(list)
for _place in SUPPLEMENT:
    for _alias in (_place.name, *_place.aliases):
        _SUPPLEMENT_INDEX[normalize_name(_alias)].append(_place)
# Codes news writes for states, provinces and territories (and "SA" for South Africa); the
# article's other places decide between namesakes ("WA": Washington or Western Australia).
_AREA_CODES: dict[str, tuple[tuple[str, str, str], ...]] = defaultdict(tuple)
for _code, _state in US_POSTAL_CODES.items():
    _AREA_CODES[_code] += ((_state, "admin1", "US"),)
for _code, _unit in {
    "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "NT": "Northwest Territories",
    "NU": "Nunavut", "ON": "Ontario", "PE": "Prince Edward Island", "QC": "Quebec",
    "SK": "Saskatchewan", "YT": "Yukon",
}.items():  # fmt: skip
    _AREA_CODES[_code] += ((_unit, "admin1", "CA"),)
for _code, _unit in {
    "NSW": "New South Wales", "QLD": "Queensland", "Qld": "Queensland", "VIC": "Victoria",
    "Vic": "Victoria", "WA": "Western Australia", "SA": "South Australia",
    "NT": "Northern Territory", "TAS": "Tasmania", "Tas": "Tasmania",
    "ACT": "Australian Capital Territory",
}.items():  # fmt: skip
    _AREA_CODES[_code] += ((_unit, "admin1", "AU"),)
# British county abbreviations ("Watford, Herts"); not "Bucks" or "Beds", which are common words.
for _code, (_unit, _feature) in {
    "Herts": ("Hertfordshire", "admin2"), "Hants": ("Hampshire", "admin2"),
    "Lancs": ("Lancashire", "admin2"), "Notts": ("Nottinghamshire", "admin2"),
    "Leics": ("Leicestershire", "admin2"), "Lincs": ("Lincolnshire", "admin2"),
    "Glos": ("Gloucestershire", "admin2"), "Wilts": ("Wiltshire", "admin2"),
    "Oxon": ("Oxfordshire", "admin2"), "Cambs": ("Cambridgeshire", "admin2"),
    "Staffs": ("Staffordshire", "admin2"), "Worcs": ("Worcestershire", "admin2"),
    "Warks": ("Warwickshire", "admin2"), "Derbys": ("Derbyshire", "admin2"),
    "Northants": ("Northamptonshire", "region"), "Yorks": ("Yorkshire", "region"),
    "Berks": ("Berkshire", "region"),
}.items():  # fmt: skip
    _AREA_CODES[_code] += ((_unit, _feature, "GB"),)
_AREA_CODES["DC"] = (("Washington, D.C.", "city", "US"),)
_AREA_CODES["SA"] += (("South Africa", "country", "ZA"),)
_AREA_CODES = dict(_AREA_CODES)
# Short names shared by two countries: the other one is a candidate too (as an alternate name).
_ALSO_MEANS = {
    "congo": ("DR Congo",),
    "the congo": ("DR Congo",),
    # The name the news uses for Iran as a state ("the Islamic Republic's nuclear programme").
    "islamic republic": ("Iran",),
    # "a bill in Congress": the United States Congress, seated in the Capitol.
    "congress": ("United States Capitol",),
    "us congress": ("United States Capitol",),
}
_STRIP_PREFIX = ("the city of ", "city of ", "the town of ", "town of ", "the village of ", "village of ")
# The Arabic article as romanised, with its assimilated forms ("ar-Raqqa", "as-Suwayda").
_ARABIC_ARTICLES = ("al ", "el ", "ar ", "as ", "ad ", "at ", "az ", "an ", "ash ", "adh ")
_STRIP_SUFFIX = (" city", " town", " village", " state", " county", " province", " region", " airport")


def _supplement_record(place: SupplementPlace, name: str) -> PlaceRecord:
    return PlaceRecord(
        geonameid=place.geonameid or 0,
        name=place.name,
        feature=place.feature,
        feature_code=None,
        country_code=place.country,
        admin1_code=None,
        iso3166_2=None,
        lat=place.lat,
        lon=place.lon,
        population=0,
        matched_alias=name,
        primary_match=True,
    )


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the mean Earth radius (as geopy's great_circle)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True, slots=True)
class Candidate:
    """One possible referent of a name, with the point and size used to rank and report it."""

    key: str  # "gn:<geonameid>" or "sup:<supplement key>"
    name: str
    feature: str
    country: str | None
    admin1: str | None  # GeoNames admin1 key ("RU.41")
    iso: str | None  # own ISO 3166-2 code, else its admin1's
    lat: float | None
    lon: float | None
    population: int  # own, or the summed population of a subdivision's settlements
    geonameid: int | None
    primary: bool  # matched the place's own name or a spelling of it
    matched: str  # the alias that matched
    admin2: str | None = None  # GeoNames admin2 key ("US.IN.143"), for settlements and admin2 units
    # Population of the province or region named after this town and holding it (the town is its
    # seat): Venice, whose municipality the gazetteer counts as 51,000, heads a province of 800,000.
    seat_of: int = 0
    # Matched by a name the curated table gives the unit ("Gaza" for the Gaza Strip): the name
    # news uses for the unit itself, not one it merely shares with its big city.
    curated: bool = False

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def reported_population(self) -> int | None:
        # Subdivisions have no census figure in the sources; a sum over towns would mislead.
        return self.population if self.feature in _SETTLEMENTS or self.feature == "country" else None

    @property
    def code(self) -> str | None:
        """ISO 3166-2 of the place, of its admin1 for smaller places; ISO 3166-1 for countries."""
        if self.feature == "country":
            return self.country
        return self.iso or self.country


@dataclass(frozen=True, slots=True)
class Resolution:
    """The referent chosen for one toponym (``candidate`` None: not in the gazetteer)."""

    toponym: Toponym
    candidate: Candidate | None
    confidence: float
    why: str
    context_country: str | None = None  # for unresolved names: the country the text puts them in
    context_code: str | None = None
    # The name is not in the gazetteer but contains one ("University of Alberta", "Colchester
    # Hospital"): ``candidate`` is that place, an area the named thing lies in.
    approximate: bool = False


class Geoparser:
    """Finds and resolves the places of articles. Holds the gazetteer, opened on first use."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, path: Path | None = None) -> None:
        self._gazetteer = gazetteer
        self._path = path
        self._lock = threading.Lock()
        self._points: AreaPoints | None = None
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._untagged_units: dict[int, list[str]] | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        with self._lock:
            if self._gazetteer is None:
                self._gazetteer = Gazetteer.open(self._path)
            return self._gazetteer

    @property
    def points(self) -> AreaPoints:
        gazetteer = self.gazetteer
        with self._lock:
            if self._points is None:
                self._points = AreaPoints(gazetteer)
            return self._points

    # -- candidates ---------------------------------------------------------------------------

    def lookup(self, name: str) -> Sequence[PlaceRecord]:
        """Gazetteer records for a name, best first (for recognition's prior); the curated
        areas (``SUPPLEMENT``: "EU", "Sahel", "Lake Kivu") first of all."""
        curated = [_supplement_record(p, name) for p in _SUPPLEMENT_INDEX.get(normalize_name(name), ())]
        return [*curated, *self.gazetteer.lookup(name, limit=10)]

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        key = normalize_name(name)
        if not key:
            return ()
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        found = self._candidates_uncached(name, key)
        if not found:
            expanded = _ABBREVIATED_WORD.sub(lambda m: _EXPANSIONS[m.group(1)] + " ", name, count=1)
            if expanded != name:
                found = self.candidates(expanded)
        found = _with_seats(found)
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = found
        return found

    def _candidates_uncached(self, name: str, key: str) -> tuple[Candidate, ...]:
        out = [self._curated(p, name) for p in _SUPPLEMENT_INDEX.get(key, ())]
        records = self.gazetteer.lookup(name, limit=_LOOKUP_LIMIT)
        if any(c.primary for c in out):
            # A curated area named exactly so ("Central Africa") beats places that merely have
            # the name as an alternate one (the Central African Republic).
            records = [r for r in records if r.primary_match]
        if not records and not out:
            # "the city of Minova", "Goma city", "Texas state": the designator is not the name.
            for prefix in _STRIP_PREFIX:
                if key.startswith(prefix):
                    records = self.gazetteer.lookup(key[len(prefix) :], limit=_LOOKUP_LIMIT)
            for suffix in _STRIP_SUFFIX:
                if not records and key.endswith(suffix) and len(key) > len(suffix) + 2:
                    records = self.gazetteer.lookup(key[: -len(suffix)], limit=_LOOKUP_LIMIT)
            if not records and " " not in key and name[:1].isupper():
                # "Qamishli" for Al-Qamishli: Arabic names lose their article in English news.
                for article in _ARABIC_ARTICLES:
                    records = [
                        r for r in self.gazetteer.lookup(article + key, limit=_LOOKUP_LIMIT) if r.population
                    ]
                    if records:
                        break
        # "Pittsburgh" is Pittsburgh's own name and only a variant spelling of Pittsburg's: where
        # some place bears the name as written, a variant spelling is no longer as good as it.
        exact = any(r.primary_match for r in records)
        seen = {c.key for c in out}
        out.extend(
            self._from_record(r, variants_primary=not exact)
            for r in records
            if f"gn:{r.geonameid}" not in seen
        )
        seen = {c.key for c in out}
        for other in _ALSO_MEANS.get(key, ()):
            # "Congo" names the Republic of the Congo and, as often, the DR Congo.
            out.extend(
                replace(c, primary=False, matched=name) for c in self.candidates(other) if c.key not in seen
            )
        return tuple(out)

    def _curated(self, place: SupplementPlace, name: str) -> Candidate:
        """A curated area; one the gazetteer holds as a unit of its country (the Gaza Strip and
        the West Bank are Palestine's first-level units) is that unit, under the curated names
        too: "Gaza" is then the Gaza Strip with its population, its GeoNames id and its code,
        and one place with "the Gaza Strip", not a curated area that a namesake province of
        Mozambique outweighs."""
        if place.feature == "region" and place.country is not None:
            for r in self.gazetteer.lookup(place.name, country=place.country, limit=5):
                if r.primary_match and r.feature in ("admin1", "admin2"):
                    return replace(self._from_record(r), primary=True, matched=name, curated=True)
        return self._from_supplement(place, name)

    def _from_supplement(self, place: SupplementPlace, name: str) -> Candidate:
        # A landmark takes the admin units of its city, so "the Kremlin" is in Moscow (RU-MOW);
        # of namesakes the nearest ("Jacksonville" for Camp Lejeune is North Carolina's).
        city = None
        if place.city is not None:
            city = min(
                (
                    c
                    for c in self.candidates(place.city)
                    if c.country == place.country and c.feature in _SETTLEMENTS and c.has_point
                ),
                key=lambda c: great_circle_km(place.lat, place.lon, c.lat, c.lon),  # type: ignore[arg-type]
                default=None,
            )
        return Candidate(
            key=f"sup:{place.key}",
            name=place.name,
            feature=place.feature,
            country=place.country,
            admin1=city.admin1 if city else None,
            iso=city.iso if city else None,
            lat=place.lat,
            lon=place.lon,
            population=0,
            geonameid=place.geonameid,
            primary=True,
            matched=name,
            admin2=city.admin2 if city else None,
        )

    def _from_record(self, r: PlaceRecord, *, variants_primary: bool = True) -> Candidate:
        lat, lon, population = r.lat, r.lon, r.population
        if r.feature == "country" and r.country_code:
            point = self.points.country(r.country_code)
            if point is not None:
                lat, lon = point
        elif r.feature in ("admin1", "admin2"):
            key = r.admin1_code if r.feature == "admin1" else r.admin2_code
            if key:
                point, population = self.points.unit(key)
                if r.feature == "admin1" and r.iso3166_2 in SUBDIVISION_POINTS:
                    point = SUBDIVISION_POINTS[r.iso3166_2]
                if point is None and r.feature == "admin2" and r.admin1_code and (lat is None or lon is None):
                    # A district with no settlement on file (Mbomo, Congo): somewhere in its
                    # province is all the gazetteer can say.
                    point = self.points.unit(r.admin1_code)[0]
                if point is not None:
                    lat, lon = point
        airport = is_airport_id(r.geonameid)
        return Candidate(
            key=f"ap:{iata_of(r.geonameid)}" if airport else f"gn:{r.geonameid}",
            name=r.name,
            feature=r.feature,
            country=r.country_code,
            admin1=r.admin1_code,
            iso=r.iso3166_2,
            lat=lat,
            lon=lon,
            population=population,
            geonameid=None if airport else r.geonameid,
            primary=r.primary_match
            or (
                (
                    spelling_variant(r.matched_alias, r.name)
                    if variants_primary
                    else shortened_name(r.matched_alias, r.name, designators_only=True)
                )
                and not _bare_unit(r)
            ),
            matched=r.matched_alias,
            admin2=r.admin2_code if r.feature != "admin1" else None,
        )

    def _candidates_for(self, toponym: Toponym) -> tuple[Candidate, ...]:
        """Candidates for a name; "Kursk [and Belgorod oblasts]" also gets the unit named after it;
        a postal code ("NJ", "WA") the units it stands for."""
        found = self.candidates(toponym.name)
        codes = _AREA_CODES.get(toponym.name.rstrip("."))
        if codes:
            expanded = {
                c.key: c
                for name, feature, country in codes
                for c in self.candidates(name)
                if c.feature == feature and c.country == country
            }
            found = tuple(expanded.values())
        if toponym.level == "airport" and level_of_designator(toponym.name.split()[-1]) != "airport":
            # "Heathrow [airport]", "JFK [airport]", "Goma [airport]": the airport of that name
            # first; a city whose airport has no such name ("Paris airport") stays the city.
            seen = {c.key for c in found}
            airports = tuple(
                c
                for c in self.candidates(f"{toponym.name} airport")
                if c.feature == "airport" and c.key not in seen
            )
            found = airports + found
        if toponym.level in ("admin1", "admin2") and level_of_designator(toponym.name.split()[-1]) is None:
            word = "region" if toponym.level == "admin1" else "district"
            seen = {c.key for c in found}
            found += tuple(c for c in self.candidates(f"{toponym.name} {word}") if c.key not in seen)
        return found

    # -- recognition --------------------------------------------------------------------------

    def toponyms(self, doc: Doc, *, dateline: tuple[int, int] | None = None) -> list[Toponym]:
        return find_toponyms(doc, self.lookup, dateline=dateline)

    def spans_to_toponyms(self, doc: Doc, spans: Iterable[tuple[int, int]]) -> list[Toponym]:
        """Given toponym spans (gold), with the level their neighbouring words imply."""
        text = doc.text
        out: list[Toponym] = []
        for start, end in sorted(set(spans)):
            surface = text[start:end]
            stripped = surface[4:] if surface.lower().startswith("the ") else surface
            if stripped.endswith(("'s", "’s")):
                stripped = stripped[:-2]
            # A given span may be a demonym ("Syrian forces" in GeoWebNews) or an abbreviation.
            name = US_STATE_ABBREVIATIONS.get(stripped) or place_name_for(stripped) or stripped
            if stripped in CANADIAN_ABBREVIATIONS and text[:start].rstrip().endswith(","):
                name = CANADIAN_ABBREVIATIONS[stripped]  # "Winnipeg, Man." (only after a comma)
            level = "locality" if is_dateline(text, start, end) else _level_near(text, start, end, name)
            out.append(Toponym(start, end, surface, name, level, "given"))
        return out

    # -- resolution ---------------------------------------------------------------------------

    def resolve(self, toponyms: Sequence[Toponym], text: str) -> list[Resolution]:
        """Resolve the toponyms of one article (``text``) together: they are each other's context."""
        if not toponyms:
            return []
        toponyms = sorted(toponyms, key=lambda t: t.start)
        cands = [self._candidates_for(t) for t in toponyms]
        containers = _containers(toponyms, text, cands)
        qualified = {ci: i for i, ci in enumerate(containers) if ci is not None}
        lists = _lists(toponyms, text)
        picks: list[Candidate | None] = [max(c, key=_base_score) if c else None for c in cands]
        weights = [1.0] * len(toponyms)
        sure = [False] * len(toponyms)  # the first, context-free picks vouch for nothing
        resolutions: list[Resolution] = []
        for _round in range(_ROUNDS):
            focus = _Focus(toponyms, picks, weights, sure)
            resolutions = []
            new_picks: list[Candidate | None] = []
            new_weights: list[float] = []
            for i, toponym in enumerate(toponyms):
                ci = containers[i]
                container = picks[ci] if ci is not None else None
                inner = cands[qualified[i]] if i in qualified else ()
                kind = _list_kind([picks[j] for j in lists[i]])
                country = _list_country([picks[j] for j in lists[i] if sure[j]])
                res = self._choose(toponym, cands[i], container, focus, picks, i, inner, kind, text, country)
                resolutions.append(res)
                new_picks.append(res.candidate)
                # A name placed only by a town in it ("Raynham Avenue") is no evidence where the
                # article is; one placed by its state or country ("Kansas State University") is.
                weak = res.approximate and (
                    res.candidate is None or res.candidate.feature not in _VOUCHING_AREAS
                )
                new_weights.append(0.0 if weak else res.confidence)
            # A mention qualified by its comma ("Parkland, Florida") settles the bare ones before
            # they vouch for anything in the next round ("the Parkland students" is no evidence
            # that "Washington" is the state).
            resolutions = _one_sense(resolutions, containers, new_picks)
            new_picks = [r.candidate for r in resolutions]
            picks, weights = new_picks, new_weights
            sure = [w >= _SURE for w in new_weights]
        resolutions = _one_sense(resolutions, containers, picks)
        return _placed_by_context(resolutions, containers, text)

    def _choose(
        self,
        toponym: Toponym,
        candidates: Sequence[Candidate],
        container: Candidate | None,
        focus: _Focus,
        picks: Sequence[Candidate | None],
        index: int,
        qualified: Sequence[Candidate] = (),
        list_kind: tuple[str, str | None] | None = None,
        text: str = "",
        list_country: tuple[str | None, str | None] | None = None,
    ) -> Resolution:
        if toponym.key in _COMPASS_NAMES and container is None and toponym.level is None:
            # "The West", "Western" and "Central" name no region of Uganda or Cameroon, nor West,
            # Texas, unless the text says which ("Western Region", "West, Texas") or is about
            # the country whose region it is (South Africa's North West).
            candidates = [
                c
                for c in candidates
                if (c.feature in ("admin1", "admin2") or (c.feature == "region" and c.country))
                and focus.shares(toponym.key, c.country, c.admin1)[0] >= _COMPASS_FOCUS
            ]
            if not candidates and _the_west(text, toponym):
                leading, share = focus.leading_country(toponym.key)
                if leading != "US" or share < _COMPASS_FOCUS:
                    # "the West", "Western sanctions": the Western world, which GeoNames (and the
                    # gold sets after it) place at Western Europe; in an American story, the
                    # American West as often, so left unplaced there.
                    west = self._from_supplement(_SUPPLEMENT_INDEX["western europe"][0], toponym.name)
                    return Resolution(toponym, west, 0.3, "the West: placed at Western Europe")
            if not candidates:
                return Resolution(toponym, None, 0.0, "a compass word with nothing to place it")
        if not candidates:
            country, share = focus.leading_country(toponym.key)
            if country is not None and share >= _RESPELL_FOCUS and toponym.text == toponym.name:
                # "Menoufia" in an article about Egypt: another romanisation of Al Minūfīyah.
                respelled = tuple(
                    self._from_record(r) for r in self.gazetteer.spelled_like(toponym.name, country)
                )
                if respelled:
                    res = self._choose(toponym, respelled, container, focus, picks, index, text=text)
                    why = f"another spelling of {res.candidate.name if res.candidate else '?'}; {res.why}"
                    return Resolution(toponym, res.candidate, res.confidence, why)
            inner = self._embedded(toponym)
            if inner is not None:
                res = self._choose(
                    inner, self.candidates(inner.name), container, focus, picks, index, text=text
                )
                if res.candidate is not None:
                    why = f"not in the gazetteer; placed by {inner.text!r} in its name ({res.why})"
                    return Resolution(
                        toponym, res.candidate, round(res.confidence / 2, 3), why, approximate=True
                    )
            country = container.country if container else None
            code = container.code if container and container.feature != "country" else country
            why = "not in the gazetteer"
            if container is not None:
                why += f"; inside {container.name} (after a comma)"
            return Resolution(toponym, None, 0.0, why, country, code)
        if (
            container is not None
            and container.feature in _REFINABLE
            and all(c.feature in _LOCAL_FEATURES for c in candidates)
            and not any(_inside(c, container) for c in candidates)
        ):
            # "Stroud, Ontario": the text puts the place in Ontario, so Stroud in England is not
            # it; the place is then one the gazetteer lacks, and goes where the text puts it.
            why = f"not in the gazetteer as a place in {container.name}"
            return Resolution(toponym, None, 0.0, why, container.country, container.code)
        if (
            list_country is not None
            and not any(c.country == list_country[0] for c in candidates)
            and all(c.feature in _SETTLEMENTS and c.population < _FOREIGN_LISTED_MAX_POP for c in candidates)
        ):
            # "Suba, Migori, Homa Bay, Rongo …": a district missing from the gazetteer, not the
            # Philippine village of that name, when the whole list is in Kenya.
            why = f"not in the gazetteer as a place in {list_country[0]} (listed with its places)"
            return Resolution(toponym, None, 0.0, why, list_country[0], list_country[0])
        leading, share = focus.leading_country(toponym.key)
        if (
            leading is not None
            and share >= _FOREIGN_VILLAGE_FOCUS
            and container is None
            and all(
                c.feature in _SETTLEMENTS and c.population < _FOREIGN_VILLAGE_MAX_POP and c.country != leading
                for c in candidates
            )
            and not any(focus.shares(toponym.key, c.country, None)[0] > 0 for c in candidates)
        ):
            # An article wholly about Australia names "Glenrock": a suburb the gazetteer lacks,
            # not the Wyoming village, in a country the article never mentions.
            why = f"not in the gazetteer as a place in {leading}"
            return Resolution(toponym, None, 0.0, why, leading, leading)
        anchors = [
            p
            for j, p in enumerate(picks)
            if p is not None and j != index and p.has_point and p.feature in _SETTLEMENTS
        ]
        big_cities = [c for c in candidates if c.feature in _SETTLEMENTS and c.population >= _BIG_CITY]
        own_key = _vote_key(toponym.key)
        others = [
            p for j, p in enumerate(picks) if p is not None and focus.keys[j] != own_key and focus.sure[j]
        ]
        scored = []
        # the sister states a state named after its big city needs are those of its own sentence
        sentence = _sentence_of(text, toponym) if text else (0, 0)
        # Countries named in the same sentence ("In Washington, … expelled from the United States"),
        # unless a curated area bears the name ("EU", not Eu in France).
        curated = any(c.key.startswith("sup:") and c.feature != "landmark" for c in candidates)
        sentence_countries = {
            p.country
            for j, p in enumerate(picks)
            if p is not None
            and p.feature == "country"
            and j != index
            and sentence[0] <= focus.starts[j] < sentence[1]
        }
        as_water = (
            toponym.level is None
            and not qualified
            and any(c.feature == "water" for c in candidates)
            and any(c.feature != "water" for c in candidates)
            and _written_as_water(text, toponym)
        )
        if as_water:
            # "a ship in the Red Sea" is in the sea, not in Sudan's Red Sea state, however much
            # the article is about Sudan: the words would name the state as one ("Red Sea
            # state", "the Red Sea governor") or as the area of a place ("Port Sudan, Red Sea").
            candidates = [c for c in candidates if c.feature == "water"]
        for c in candidates:
            score, reasons = _score(c, toponym, container, focus, anchors)
            if as_water:
                reasons.append("written as a body of water")
            if c.country in sentence_countries and c.feature != "country" and not curated:
                score += _SENTENCE_COUNTRY
                reasons.append(f"{c.country} named in its sentence")
            qualifies = c.feature in _AREAS and any(_inside(q, c) for q in qualified)
            if qualifies:
                # "Montreal, Quebec": what follows the comma names the area the first place is in.
                score += _QUALIFIER_AREA
                reasons.append("names the area of the place before the comma")
            if c.feature in ("admin1", "admin2") and toponym.level != c.feature and not c.curated:
                same = [b for b in big_cities if b.country == c.country]
                city = next((b for b in same if b.admin1 == c.admin1), same[0] if same else None)
                if city is not None:
                    evidence = _unit_evidence(c, city, others)
                    if qualifies or evidence:
                        if evidence:
                            score += _UNIT_EVIDENCE
                            reasons.append(evidence)
                    else:
                        score += _NAMESAKE_UNIT
            # Alabama, Iowa and Texas in the text: "Georgia" is the state. A state named after its
            # big city ("New York", "Washington") takes its sister states in the same sentence
            # ("twelve in Ontario, eight in Alberta and one in Quebec").
            namesake = any(b.country == c.country for b in big_cities)
            within = sentence if namesake else None
            if c.feature == "admin1" and focus.sibling_units(toponym.key, c, within) >= _SIBLINGS:
                score += _SIBLING_UNITS
                reasons.append(f"other first-level units of {c.country} named")
            if list_kind is not None and c.feature == list_kind[0] and list_kind[1] in (None, c.country):
                # "Arizona, California, Georgia and Illinois": a list holds places of one kind.
                score += _LIST_KIND
                reasons.append(
                    f"listed with other {c.feature} places" + (f" of {c.country}" if list_kind[1] else "")
                )
            if list_country is not None and c.country == list_country[0]:
                # "San Juan, Choropampa and Magdalena" after "Cajamarca, in Peru": towns listed
                # together lie in one country, and often in one province.
                score += _LIST_COUNTRY
                if c.feature in _SETTLEMENTS and c.admin1 is not None and c.admin1 == list_country[1]:
                    score += _LIST_COUNTRY / 2
                reasons.append(
                    f"listed with other places of {c.admin1 if c.admin1 == list_country[1] else c.country}"
                )
            scored.append((score, c, reasons))
        # Deterministic: ties go to the earlier candidate (the gazetteer's own ranking).
        _, best, reasons = max(scored, key=lambda x: x[0])
        top = max(s for s, _, _ in scored)
        mass = sum(math.exp(s - top) for s, _, _ in scored)
        confidence = round(1.0 / mass, 3)
        if len(candidates) == 1:
            reasons.insert(0, "only candidate")
        return Resolution(toponym, best, confidence, "; ".join(reasons))

    def _embedded(self, toponym: Toponym) -> Toponym | None:
        """The longest gazetteer name inside a longer unknown name, capitalised words only."""
        words = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][\w'’.-]*", toponym.name)]
        if len(words) < 2 or toponym.name != toponym.text:
            return None
        if re.split(r"[\s-]+", toponym.name)[-1] in _NAMED_AFTER:
            return None  # "Falcon Street", "Plum Island", "Islington Bay": named after, not in
        words_in_name = set(toponym.name.split())
        # A demonym places an institution of its country ("Mexican Senate"), nothing else:
        # not "French Quarter", nor a mission abroad.
        institution = bool(_INSTITUTION_WORDS & words_in_name) and not _MISSION_WORDS & words_in_name
        for size in range(len(words) - 1, 0, -1):
            # Of two names of one length, the better known locates the thing: "Robinson College
            # Cambridge" is in Cambridge, not in Robinson, Illinois (a namesake person's name).
            best: tuple[int, Toponym] | None = None
            for i in range(len(words) - size + 1):
                start, end = words[i][0], words[i + size - 1][1]
                name = toponym.name[start:end].rstrip(".")
                code = len(name) == 2 and name.isupper()  # "US Federal Reserve"
                if (len(name) < 3 and not code) or all(w in _GENERIC_WORDS for w in name.split()):
                    continue
                if name in DEMONYMS:
                    if not institution or i != 0:
                        continue  # "Russian Embassy" is not in Russia
                    # "Mexican Senate", "European Commission": a country's (or union's)
                    # institution, placed, roughly, in it.
                    name = DEMONYMS[name]
                    s = toponym.start + start
                    return Toponym(s, toponym.start + end, toponym.name[start:end], name, None, "embedded")
                # "Nenagh Municipal District": a unit named after its town lies around it, however
                # small the town.
                unit_of_town = i == 0 and all(w in _UNIT_TAIL for w in toponym.name[end:].split())
                known = [
                    c
                    for c in self.candidates(name)
                    if (c.population >= _EMBEDDED_MIN_POP or c.feature not in _SETTLEMENTS or unit_of_town)
                    and c.primary
                ]
                if known:
                    s = toponym.start + start
                    # Areas (countries, states) have no settlement population: they rank first.
                    weight = max(c.population if c.feature in _SETTLEMENTS else 10**10 for c in known)
                    if best is None or weight > best[0]:
                        best = (weight, Toponym(s, s + len(name), name, name, None, "embedded"))
            if best is not None:
                return best[1]
        return None

    # -- whole articles -----------------------------------------------------------------------

    def find_places(self, doc: Doc, article: Article | None = None) -> list[Place]:
        """The places an article mentions, one per referent, in order of first mention."""
        dateline = None
        if article is not None and article.dateline is not None:
            dateline = (article.dateline.span.start, article.dateline.span.end)
        toponyms = self.toponyms(doc, dateline=dateline)
        return self.places(doc.text, self.resolve(toponyms, doc.text))

    def resolve_spans(self, doc: Doc, spans: Iterable[tuple[int, int]]) -> list[Resolution]:
        """Resolution only: the given character spans are the toponyms."""
        return self.resolve(self.spans_to_toponyms(doc, spans), doc.text)

    def places(self, text: str, resolutions: Sequence[Resolution]) -> list[Place]:
        groups: dict[str, list[Resolution]] = {}
        for res in resolutions:
            key = res.candidate.key if res.candidate and not res.approximate else f"?:{res.toponym.key}"
            groups.setdefault(key, []).append(res)
        places: list[Place] = []
        for n, group in enumerate(sorted(groups.values(), key=lambda g: g[0].toponym.start), start=1):
            mentions = tuple(
                Span.of(text, r.toponym.start, r.toponym.end)
                for r in sorted(group, key=lambda r: r.toponym.start)
            )
            best = max(group, key=lambda r: r.confidence)
            c = best.candidate
            if c is not None and best.approximate:
                places.append(
                    Place(
                        id=f"p{n}",
                        name=group[0].toponym.text,
                        feature="unknown",
                        mentions=mentions,
                        code=c.code,
                        country=c.country,
                        lat=c.lat,
                        lon=c.lon,
                        resolution=_RESOLUTION_OF.get(c.feature, "locality"),
                        confidence=best.confidence,
                        why=best.why,
                    )
                )
                continue
            if c is None:
                places.append(
                    Place(
                        id=f"p{n}",
                        name=group[0].toponym.name,
                        feature="unknown",
                        mentions=mentions,
                        code=best.context_code,
                        country=best.context_country,
                        resolution="unresolved",
                        why=best.why,
                    )
                )
                continue
            places.append(
                Place(
                    id=f"p{n}",
                    name=self.display_name(c),
                    feature=c.feature,
                    mentions=mentions,
                    code=c.code,
                    country=c.country,
                    geonames_id=c.geonameid,
                    lat=c.lat,
                    lon=c.lon,
                    population=c.reported_population,
                    resolution=_RESOLUTION_OF.get(c.feature, "locality"),
                    confidence=best.confidence,
                    why=best.why,
                )
            )
        return places

    def untagged_unit_names(self) -> dict[int, list[str]]:
        """Names of units with no language tag that read as English unit names ("Donetsk Oblast"),
        by place: read once, in one pass (no index finds untagged aliases by place, and a query per
        unit scanned the whole alias table every time: 30 ms a unit)."""
        gazetteer = self.gazetteer
        with self._lock:
            if self._untagged_units is None:
                rows = gazetteer._fetch(
                    "SELECT geonameid, name FROM alias WHERE lang IS NULL AND ("
                    + " OR ".join("name LIKE ?" for _ in _UNTAGGED_UNIT_PATTERNS)
                    + ")",
                    _UNTAGGED_UNIT_PATTERNS,
                )
                units: dict[int, list[str]] = defaultdict(list)
                for geonameid, name in rows:
                    units[int(geonameid)].append(str(name))
                self._untagged_units = dict(units)
            return self._untagged_units

    def display_name(self, c: Candidate) -> str:
        """The English name news uses for a subdivision ("Kursk Oblast" for "Kurskaya oblast'",
        "Donetsk Oblast" for "Donetska oblast"): of the unit's English-looking names, the shortest
        that is tagged English or is a spelling of its own name, and never one that names another
        polity ("Donetsk People's Republic", "California Republic")."""
        if c.feature not in ("admin1", "admin2") or c.geonameid is None or _ENGLISH_UNIT.search(c.name):
            return c.name
        rows = self.gazetteer._fetch(  # the gazetteer's locked query helper; aliases have no API
            "SELECT name, lang FROM alias WHERE geonameid = ? AND lang = 'en'", (c.geonameid,)
        )  # (by the partial index on English aliases)
        rows += [(name, None) for name in self.untagged_unit_names().get(c.geonameid, [])]
        own_words = normalize_name(c.name).split()
        if _FOREIGN_COMPASS.keys() & set(own_words):
            # "North Kivu" for Nord-Kivu, "South Kivu" for Sud-Kivu: English news translates the
            # compass word and keeps the rest.
            translated = " ".join(_FOREIGN_COMPASS.get(w, w) for w in own_words)
            spelled = self.gazetteer._fetch(  # (by the alias key: normalised name and place)
                "SELECT name FROM alias WHERE name_norm = ? AND geonameid = ?", (translated, c.geonameid)
            )
            if spelled:
                return str(spelled[0][0])
        own_stem = normalize_name(_UNIT_DESIGNATOR.sub("", c.name))
        own_republic = bool(_REPUBLIC_WORD.search(c.name))
        english = set()
        for alias, lang in rows:
            name = str(alias)
            if _ENGLISH_AUTONOMY.match(name):
                english.add(name)  # the unit's status in English, whatever its own name's language
                continue
            if not _ENGLISH_UNIT.search(name):
                continue
            if _REPUBLIC_WORD.search(name) and not own_republic:
                # A republic that the unit is not: the entity an occupier declared on its land
                # ("Donetsk People's Republic" for Donetsk Oblast), a historical state
                # ("California Republic"), a Soviet unit of old.
                continue
            stem = normalize_name(_UNIT_DESIGNATOR.sub("", name))
            if lang == "en" or fuzz.ratio(stem, own_stem) >= _SAME_STEM:
                english.add(name)
        # A designator of the unit's own level first: Mongala is a province now, a district of old.
        return (
            min(english, key=lambda n: (level_of_designator(n.split()[-1]) != c.feature, len(n), n))
            if english
            else c.name
        )

    # -- the baseline the evaluation compares against ------------------------------------------

    def most_populous(self, name: str) -> Candidate | None:
        """Population baseline: the most populous exact name match, no context."""
        cands = self.candidates(name)
        return max(cands, key=lambda c: c.population) if cands else None


class _Focus:
    """Where the article's other places are: shares of countries and admin1 units."""

    def __init__(
        self,
        toponyms: Sequence[Toponym],
        picks: Sequence[Candidate | None],
        weights: Sequence[float],
        sure: Sequence[bool] = (),
    ) -> None:
        # name key → the (weighted) votes it cast, so that a name never votes for itself
        self.country: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self.admin1: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self.total_country: dict[str, float] = defaultdict(float)
        self.total_admin1: dict[str, float] = defaultdict(float)
        self.keys = [_vote_key(t.key) for t in toponyms]
        self.starts = [t.start for t in toponyms]
        self.sure = list(sure) or [False] * len(toponyms)  # picks firm enough to vouch for others
        # country → the names firmly picked as its first-level units, and those units
        self.units: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
        for key, toponym, pick, firm in zip(self.keys, toponyms, picks, self.sure, strict=True):
            if firm and pick is not None and pick.feature == "admin1" and pick.country:
                self.units[pick.country].append((key, pick.key, toponym.start))
        for key, pick, weight in zip(self.keys, picks, weights, strict=True):
            if pick is None or pick.country is None:
                continue
            w = weight * (_EXPLICIT_COUNTRY_WEIGHT if pick.feature == "country" else 1.0)
            self.country[key][pick.country] += w
            self.total_country[pick.country] += w
            if pick.admin1 and pick.feature != "country":
                self.admin1[key][pick.admin1] += weight
                self.total_admin1[pick.admin1] += weight

    def sibling_units(self, name_key: str, c: Candidate, within: tuple[int, int] | None = None) -> int:
        """How many other names the article (or its stretch ``within``) firmly gives as
        first-level units of ``c``'s country, other units than ``c``."""
        if c.country is None:
            return 0
        name_key = _vote_key(name_key)
        start, end = within or (0, sys.maxsize)
        units = self.units.get(c.country, ())
        return len(
            {key for name, key, at in units if name != name_key and key != c.key and start <= at < end}
        )

    def leading_country(self, name_key: str) -> tuple[str | None, float]:
        """The country most of the *other* names vote for, and its share."""
        own = self.country.get(_vote_key(name_key), {})
        votes = {c: w - own.get(c, 0.0) for c, w in self.total_country.items()}
        total = sum(votes.values())
        if total <= 0:
            return None, 0.0
        country = max(votes, key=lambda c: votes[c])
        return country, votes[country] / total

    def shares(self, name_key: str, country: str | None, admin1: str | None) -> tuple[float, float]:
        """Shares of ``country`` and ``admin1`` among the votes of the *other* names."""
        c_share = a_share = 0.0
        name_key = _vote_key(name_key)
        own_c = self.country.get(name_key, {})
        total_c = sum(self.total_country.values()) - sum(own_c.values())
        if country and total_c > 0:
            c_share = (self.total_country.get(country, 0.0) - own_c.get(country, 0.0)) / total_c
        own_a = self.admin1.get(name_key, {})
        total_a = sum(self.total_admin1.values()) - sum(own_a.values())
        if admin1 and total_a > 0:
            a_share = (self.total_admin1.get(admin1, 0.0) - own_a.get(admin1, 0.0)) / total_a
        return c_share, a_share


# The words that name a unit of government after its proper name ("Suffolk County", "Kursk Oblast").
_UNIT_WORDS = frozenset(
    {"county", "parish", "district", "borough", "province", "region", "municipality", "oblast", "governorate"}
)
_VOTE_SUFFIX = re.compile(r" (" + "|".join(sorted(_UNIT_WORDS | {"city"})) + ")$")


# "the" right before a name: "the West", "the Red Sea".
_ARTICLE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)

# Words that make a name a body of water's ("Red Sea", "River Nile", "Gulf of Aden").
_WATER_WORDS = frozenset(
    {"sea", "ocean", "gulf", "bay", "lake", "river", "strait", "straits", "channel", "canal", "lagoon"}
)


def _written_as_water(text: str, toponym: Toponym) -> bool:
    """The words name a sea, river or lake: a word such as "Sea" in the name, or the article
    ("the Mediterranean", "across the Caspian"), which first-level units seldom take."""
    if _WATER_WORDS & set(toponym.key.split()):
        return True
    if toponym.text.lower().startswith("the "):
        return True
    return bool(text) and bool(_ARTICLE_BEFORE.search(text, max(0, toponym.start - 8), toponym.start))


_COMMON_NOUN_NEXT = re.compile(r"\s+[a-z]")
_PLACE_PREPOSITION = re.compile(r"\b(in|at|from|to|across)\s+$", re.IGNORECASE)


def _the_west(text: str, toponym: Toponym) -> bool:
    """ "the West" or "Western" before a common noun ("Western diplomats"): the Western world,
    not a compass point ("Sales in Western fell")."""
    if toponym.text == "West":
        return bool(_ARTICLE_BEFORE.search(text, max(0, toponym.start - 8), toponym.start))
    return (
        toponym.text == "Western"
        and bool(_COMMON_NOUN_NEXT.match(text, toponym.end))
        and not _PLACE_PREPOSITION.search(text, max(0, toponym.start - 6), toponym.start)  # "in Western"
    )


def _vote_key(key: str) -> str:
    """The name a mention votes under: "Suffolk" and "Suffolk County" are one name, so that
    neither vouches for the other's pick (each would pull the other its own way)."""
    return _VOTE_SUFFIX.sub("", key)


def _with_seats(found: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Mark the towns that are the seat of a unit named like them and holding them."""
    units = [u for u in found if u.feature in ("admin1", "admin2") and u.population > 0]
    if not units:
        return found
    out = []
    for c in found:
        if c.feature in _SETTLEMENTS:
            seats = [u.population for u in units if u.country == c.country and _inside(c, u)]
            if seats:
                c = replace(c, seat_of=max(seats))
        out.append(c)
    return tuple(out)


def _base_score(c: Candidate) -> float:
    size = max(c.population, c.seat_of // _SEAT_SHARE, 1)
    score = _POPULATION_WEIGHT * math.log10(size) + _FEATURE_PRIOR.get(c.feature, 0.0)
    return score + (_PRIMARY_BONUS if c.primary else 0.0)


def _score(
    c: Candidate,
    toponym: Toponym,
    container: Candidate | None,
    focus: _Focus,
    anchors: Sequence[Candidate],
) -> tuple[float, list[str]]:
    reasons: list[str] = []
    score = _base_score(c)
    reasons.append("primary name" if c.primary else f"alternate name {c.matched!r}")
    if c.name == toponym.text and _INNER_CAPITAL.search(toponym.text):
        # "LaFayette", "DeKalb": a spelling this particular is the place that spells itself so.
        score += _SAME_SPELLING
        reasons.append("spelled exactly so")
    if toponym.level is not None:
        if _level_matches(toponym.level, c.feature):
            score += _LEVEL_MATCH
            reasons.append(f"{toponym.level} implied by the wording")
        elif c.feature not in ("country",) or toponym.level != "admin1":
            score += _LEVEL_CLASH
    if container is not None:
        if _inside(c, container):
            score += _CONTAINED
            reasons.append(f"inside {container.name}")
        else:
            score += _NOT_CONTAINED
    c_share, a_share = focus.shares(toponym.key, c.country, c.admin1)
    if c_share > 0:
        score += _COUNTRY_FOCUS * c_share
        if c_share >= 0.2:
            reasons.append(f"country {c.country} in focus ({c_share:.0%})")
    if a_share > 0:
        # A county named in an article about its state: population says little between the
        # many Montgomery Counties, the state says much.
        score += _ADMIN1_FOCUS * a_share * (_COUNTY_IN_STATE if c.feature == "admin2" else 1.0)
        if a_share >= 0.3:
            reasons.append(f"its region in focus ({a_share:.0%})")
    if c.has_point and anchors and c.feature in _SETTLEMENTS:
        assert c.lat is not None and c.lon is not None
        # Points farther apart in latitude alone than _NEAR_KM are farther apart than that: skip
        # the great-circle sum for them (the nearest within reach is the same either way).
        reach = [a for a in anchors if abs(a.lat - c.lat) <= _NEAR_DEGREES]  # type: ignore[operator]
        if reach:
            near = min(
                reach,
                key=lambda a: great_circle_km(c.lat, c.lon, a.lat, a.lon),  # type: ignore[arg-type]
            )
            km = great_circle_km(c.lat, c.lon, near.lat, near.lon)  # type: ignore[arg-type]
            if km <= _NEAR_KM and near.key != c.key:
                score += _NEAR_BONUS
                reasons.append(f"{km:.0f} km from {near.name}")
    if c.population and c.feature in _SETTLEMENTS | {"country"}:
        reasons.append(f"pop {c.population:,}")
    return score, reasons


def _bare_unit(r: PlaceRecord) -> bool:
    """ "Atlantic" for Atlantic County, "Suffolk" for Suffolk County (US): the unit's name less its
    designator is also the plain name of other places (an ocean, an English county)."""
    if r.feature not in ("admin1", "admin2"):
        return False
    name, alias = normalize_name(r.name), normalize_name(r.matched_alias)
    return name != alias and name.startswith(alias + " ") and name.split()[-1] in _UNIT_WORDS


def _unit_evidence(unit: Candidate, city: Candidate, others: Sequence[Candidate]) -> str | None:
    """Why the article means the unit rather than its namesake big city, or None."""
    if city.lat is None or city.lon is None:
        return None
    for p in others:
        if (
            p.feature in _SETTLEMENTS | {"admin2"}
            and p.admin1 is not None
            and p.admin1 == unit.admin1
            # a county needs a place in the county, not merely in its state
            and (unit.feature != "admin2" or (p.admin2 is not None and p.admin2 == unit.admin2))
            and p.lat is not None
            and p.lon is not None
            and great_circle_km(p.lat, p.lon, city.lat, city.lon) > _NAMESAKE_FAR_KM
        ):
            return f"{p.name}, in {unit.name} far from {city.name}, is named too"
    return None


def _level_matches(level: str, feature: str) -> bool:
    if level == "locality":
        return feature in _SETTLEMENTS
    return level == feature


def _inside(c: Candidate, container: Candidate) -> bool:
    if container.feature == "country":
        return c.country == container.country
    if container.feature == "admin1":
        return c.admin1 is not None and c.admin1 == container.admin1 and c.key != container.key
    if container.feature == "admin2":
        return c.admin2 is not None and c.admin2 == container.admin2 and c.key != container.key
    if container.feature == "continent" or container.feature == "region":
        return False
    return c.country == container.country


def _containers(
    toponyms: Sequence[Toponym], text: str, cands: Sequence[Sequence[Candidate]] = ()
) -> list[int | None]:
    """ "Paris, Texas": a toponym right after a comma qualifies the one before it.

    "Stroud, Ontario, Canada" and "Austin, in Scott County, Indiana" are chains of areas, each
    holding the place before it; "Illinois, Missouri, Kansas" is a list.
    """
    out: list[int | None] = [None] * len(toponyms)

    def holds(i: int, j: int) -> bool:
        return bool(cands) and _can_hold(cands[j], cands[i])

    for i in range(len(toponyms) - 1):
        a, b = toponyms[i], toponyms[i + 1]
        gap = text[a.end : b.start]
        if a.key == b.key or "\n" in gap:
            continue
        if _LOCATED_IN.fullmatch(gap):
            # "Fulton County located in Illinois", "Stroud in Ontario": only where the second
            # can hold the first ("Mexicans in the United States" are not in Mexico, Missouri).
            if a.text == a.name and (holds(i, i + 1) or _is_area(cands[i + 1] if cands else ())):
                out[i] = i + 1
            continue
        if not _QUALIFIER_GAP.fullmatch(gap):
            continue
        if i + 2 < len(toponyms):
            after = text[b.end : toponyms[i + 2].start]
            # "Illinois, Missouri and Kansas" is a list, not Illinois inside Missouri; "Stroud,
            # Ontario, Canada" is an address even when no Stroud in Ontario is on file.
            if _ENUMERATION.fullmatch(after) and not (
                _QUALIFIER_GAP.fullmatch(after) and holds(i + 1, i + 2)
            ):
                continue
        if i > 0 and text[toponyms[i - 1].end : a.start].strip() == "," and out[i - 1] is None:
            continue
        out[i] = i + 1
    return out


# "Stroud, Ontario", "Austin, in Scott County"
_QUALIFIER_GAP = re.compile(r"\s*,\s*(?:in\s+)?")
_LOCATED_IN = re.compile(r"\s+(?:(?:located|situated|based)\s+)?in\s+(?:the\s+)?|\s+area\s+of\s+")


def _is_area(candidates: Sequence[Candidate]) -> bool:
    """The name is, first of all, a county, state or country ("... located in Illinois")."""
    return bool(candidates) and max(candidates, key=_base_score).feature in ("country", "admin1", "admin2")


def _one_sense(
    resolutions: list[Resolution], containers: Sequence[int | None], picks: Sequence[Candidate | None]
) -> list[Resolution]:
    """One referent per name and article: a mention placed by what follows its comma ("Scott
    County, Indiana") settles the bare mentions of that name ("in Scott County")."""
    settled: dict[str, Candidate] = {}
    for res, ci in zip(resolutions, containers, strict=True):
        c = res.candidate
        if ci is not None and c is not None and not res.approximate:
            container = picks[ci]
            if container is not None and _inside(c, container):
                settled.setdefault(res.toponym.key, c)
    if not settled:
        return resolutions
    out: list[Resolution] = []
    for res, ci in zip(resolutions, containers, strict=True):
        c = settled.get(res.toponym.key)
        if c is not None and ci is None and res.candidate is not None and res.candidate.key != c.key:
            why = f"as where the name is qualified in the article ({c.name}, {c.code})"
            res = Resolution(res.toponym, c, res.confidence, why)
        out.append(res)
    return out


def _placed_by_context(
    resolutions: list[Resolution], containers: Sequence[int | None], text: str
) -> list[Resolution]:
    """Names the gazetteer lacks (a church, a stadium, a neighbourhood) placed approximately at
    the place after their comma ("Balintawak, Quezon City") or else the settlement their own
    sentence names: where the text itself says the thing is. A name placed only by the area in it
    ("University of California") moves to such a settlement when the settlement lies in that area."""
    out: list[Resolution] = []
    for i, res in enumerate(resolutions):
        area = res.candidate if res.approximate and res.candidate is not None else None
        if res.candidate is not None and (area is None or area.feature not in _REFINABLE):
            out.append(res)
            continue
        if res.toponym.key in _COMPASS_NAMES:
            out.append(res)  # "the West" is not in the town its sentence names
            continue
        host, how = _host(resolutions, i, containers[i], text)
        if host is None or host.candidate is None or (area is not None and not _inside(host.candidate, area)):
            out.append(res)
            continue
        why = f"not in the gazetteer; placed at {host.candidate.name}, named {how}"
        confidence = round(host.confidence / 4, 3)
        out.append(Resolution(res.toponym, host.candidate, confidence, why, approximate=True))
    return out


# Not countries: "U.S. District Court in Newark" names the country as much as the court.
_REFINABLE = frozenset({"admin1", "admin2"})


def _host(
    resolutions: Sequence[Resolution], index: int, container: int | None, text: str
) -> tuple[Resolution | None, str]:
    """The place the text puts a name in: what follows its comma, else the nearest settlement or
    district named in its sentence (across sentences that guess is right only half the time), else,
    for a name the words call a settlement, the article's one province or district."""
    comma = resolutions[container] if container is not None else None
    if comma is not None and comma.candidate is not None and not comma.approximate:
        # "Balintawak, Quezon City" or "the town of Léré in the Timbuktu region"
        between = text[resolutions[index].toponym.end : comma.toponym.start]
        return comma, "after its comma" if between.strip().startswith(",") else "as the area it is in"
    t = resolutions[index].toponym
    start, end = _sentence_of(text, t)
    near = [
        r
        for r in resolutions
        if r.candidate is not None
        and not r.approximate
        and r.candidate.feature in _SETTLEMENTS | {"admin2"}
        and r.candidate.has_point
        and start <= r.toponym.start < end
    ]
    if not near:
        if t.level != "locality":
            return None, ""
        # "stormed the village of Wad al-Noura": a settlement the words call one, named in a
        # sentence that names no other place, lies in the one province or district the article
        # names (the area is safe where a town of another sentence is a guess).
        units = {
            r.candidate.key: r
            for r in resolutions
            if r.candidate is not None and not r.approximate and r.candidate.feature in _REFINABLE
        }
        if len(units) != 1:
            return None, ""
        return next(iter(units.values())), "as the one province or district of the article"
    return min(near, key=lambda r: abs(r.toponym.start - t.start)), "in its sentence"


def _sentence_of(text: str, toponym: Toponym) -> tuple[int, int]:
    """Character bounds of the sentence around a toponym (cut at ". " and line breaks)."""
    start = max(text.rfind(". ", 0, toponym.start), text.rfind("\n", 0, toponym.start)) + 1
    ends = [e for e in (text.find(". ", toponym.end), text.find("\n", toponym.end)) if e >= 0]
    return start, min(ends) if ends else len(text)


def _can_hold(outer: Sequence[Candidate], inner: Sequence[Candidate]) -> bool:
    """Some area the outer name can be holds a place the inner name can be."""
    return any(
        o.primary and o.feature in ("country", "admin1", "admin2") and any(_inside(c, o) for c in inner)
        for o in outer
    )


_ENUMERATION = re.compile(r"\s*(,|,? and|,? or)\s*")


# "New Jersey and New York": a pair joined by a conjunction agrees on its kind too.
_PAIR = re.compile(r"\s+(?:and|or)\s+")


def _lists(toponyms: Sequence[Toponym], text: str) -> list[list[int]]:
    """For each toponym, the other members of the enumeration it is in ("A, B, C and D"), when
    that enumeration has at least three members; else an empty list."""
    groups: list[list[int]] = [[0]] if toponyms else []
    for i in range(1, len(toponyms)):
        gap = text[toponyms[i - 1].end : toponyms[i].start]
        if _ENUMERATION.fullmatch(gap) and "\n" not in gap:
            groups[-1].append(i)
        else:
            groups.append([i])
    out: list[list[int]] = [[] for _ in toponyms]
    for group in groups:
        pair = len(group) == 2 and _PAIR.fullmatch(text[toponyms[group[0]].end : toponyms[group[1]].start])
        if len(group) >= 3 or pair:
            for i in group:
                out[i] = [j for j in group if j != i]
    return out


def _list_kind(picks: Sequence[Candidate | None]) -> tuple[str, str | None] | None:
    """What the other members of a list are, when they agree: ("admin1", "US") for US states,
    ("country", None) for countries; None otherwise."""
    kinds = [
        (p.feature, p.country if p.feature == "admin1" else None)
        for p in picks
        if p is not None and p.feature in ("country", "admin1")
    ]
    if not kinds or len(kinds) < min(2, len(picks)):
        return None
    kind = max(set(kinds), key=kinds.count)
    return kind if kinds.count(kind) * 2 > len(picks) else None


def _list_country(firm: Sequence[Candidate | None]) -> tuple[str | None, str | None] | None:
    """The country of the towns among the other members of a list, when those firmly placed all
    lie in that one country."""
    towns = [p for p in firm if p is not None and p.feature in _SETTLEMENTS]
    if len({p.country for p in towns}) != 1:
        return None
    admin1 = {p.admin1 for p in towns}
    return towns[0].country, (towns[0].admin1 if len(admin1) == 1 else None)


def _level_near(text: str, start: int, end: int, name: str) -> str | None:
    words = name.split()
    if len(words) > 1:
        level = level_of_designator(words[-1])
        if level is not None:
            return level
    following = text[end : end + 20].split()
    if following:
        level = level_of_designator(following[0].strip(".,;:"))
        if level is not None:
            return level
        if following[:2] == ["National", "Guard"]:
            return "admin1"  # only US states and territories have a National Guard
        level = level_of_office(following[0].strip(",;:"))
        if level is not None:
            return level
    before = text[max(0, start - 20) : start].lower().split()
    if len(before) >= 2 and before[-1] == "of":
        return level_of_designator(before[-2]) or level_of_office(before[-2])
    return None


_default: Geoparser | None = None
_default_lock = threading.Lock()


def default_geoparser() -> Geoparser:
    """The process-wide geoparser used by the analysis pipeline (gazetteer opened on first use)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Geoparser()
        return _default
