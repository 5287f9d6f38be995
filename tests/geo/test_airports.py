"""Airports (airportsdata) in the gazetteer and in geoparsing.

Expected facts are general knowledge: Heathrow and Gatwick are London's airports (England,
GB-ENG), Schiphol is Amsterdam's (North Holland, NL-NH), JFK and O'Hare are New York's and
Chicago's (US-NY, US-IL); "Cairo airport" is Egypt's, not that of Cairo, Illinois.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimgraph.geo import Gazetteer
from claimgraph.geo.airports import Airport, airport_aliases, airport_id, iata_of, names_airport
from claimgraph.geo.resolve import Geoparser, great_circle_km
from claimgraph.model import Place

HEATHROW = (51.4706, -0.4619)
SCHIPHOL = (52.3086, 4.7639)
JFK = (40.6399, -73.7787)
OHARE = (41.9769, -87.9082)
CAIRO_AIRPORT = (30.1219, 31.4056)


# -- alias derivation (no gazetteer needed) -------------------------------------------------

PLACES = {("london", "GB"), ("amsterdam", "NL"), ("chicago", "US"), ("toronto", "CA"), ("munich", "DE")}
TAKEN = {"london", "amsterdam", "chicago", "toronto", "munich", "fiumicino", "paris"}


def _prefix(words: str, country: str) -> bool:
    return (words.lower(), country) in PLACES


def _taken(name: str, country: str) -> bool:
    return name.lower() in TAKEN


def _aliases(iata: str, name: str, city: str, country: str) -> list[str]:
    return airport_aliases(Airport(iata, name, city, country, 0.0, 0.0), _prefix, _taken)


def test_aliases_after_the_city_and_bare_core() -> None:
    names = _aliases("LHR", "London Heathrow Airport", "London", "GB")
    assert names[0] == "London Heathrow Airport"
    assert {"Heathrow Airport", "London Heathrow", "Heathrow", "LHR Airport"} <= set(names)
    assert "LHR" not in names  # a bare IATA code is an acronym, not a name
    names = _aliases("AMS", "Amsterdam Airport Schiphol", "Amsterdam", "NL")
    assert {"Schiphol", "Schiphol Airport", "Amsterdam Schiphol"} <= set(names)
    names = _aliases("ORD", "Chicago O'Hare International Airport", "Chicago", "US")
    assert {"O'Hare", "O'Hare International Airport", "O'Hare Airport", "ORD Airport"} <= set(names)


def test_aliases_never_take_a_city_name() -> None:
    names = _aliases("MUC", "Munich International Airport", "Munich", "DE")
    assert "Munich" not in names
    assert {"Munich Airport", "Munich International Airport"} <= set(names)
    names = _aliases("CDG", "Charles de Gaulle International Airport", "Paris", "FR")
    assert "Paris" not in names
    # No city before it: the core alone may be a person, so only its "Airport" forms.
    assert "Charles de Gaulle" not in names
    assert "Charles de Gaulle Airport" in names
    names = _aliases("FCO", "Leonardo Da Vinci (Fiumicino) International Airport", "Rome", "IT")
    assert "Fiumicino" not in names and "Fiumicino Airport" in names
    # A spelling of its own city is the city's name ("Hodeidah" for Hodeida).
    names = _aliases("HOD", "Hodeidah International Airport", "Hodeida", "YE")
    assert "Hodeidah" not in names and "Hodeidah Airport" in names


def test_abbreviations_and_generic_cores() -> None:
    names = _aliases("XXA", "Springwood Intl", "Springwood", "US")
    assert names[0] == "Springwood International"
    names = _aliases("XXB", "Toronto County Executive Airport", "Toronto", "CA")
    assert "County Executive" not in names and "County" not in names


def test_airport_ids_round_trip() -> None:
    for code in ("LHR", "JFK", "AAA", "ZZZ", "A1B"):
        row_id = airport_id(code)
        assert row_id < 0 and iata_of(row_id) == code
    assert names_airport("Heathrow Airport") and names_airport("Ramstein Air Base")
    assert not names_airport("Heathrow")


# -- the built gazetteer -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def gaz(gazetteer_path: Path) -> Any:
    g = Gazetteer.open(gazetteer_path)
    yield g
    g.close()


@pytest.mark.parametrize(
    ("name", "iso", "point"),
    [
        ("Heathrow Airport", "GB-ENG", HEATHROW),
        ("London Heathrow", "GB-ENG", HEATHROW),
        ("Schiphol", "NL-NH", SCHIPHOL),
        ("JFK airport", "US-NY", JFK),
        ("O'Hare International Airport", "US-IL", OHARE),
    ],
)
def test_gazetteer_has_airports(gaz: Gazetteer, name: str, iso: str, point: tuple[float, float]) -> None:
    r = gaz.lookup(name)[0]
    assert r.feature == "airport" and r.feature_code == "AIRP" and r.iso3166_2 == iso
    assert r.lat is not None and r.lon is not None
    assert great_circle_km(r.lat, r.lon, *point) < 5


def test_gazetteer_airports_steal_no_names(gaz: Gazetteer) -> None:
    assert not gaz.lookup("JFK") and not gaz.lookup("LHR")
    for city in ("Paris", "Munich", "Chicago", "Cairo", "Orly"):
        assert all(r.feature != "airport" for r in gaz.lookup(city, limit=50)), city
    # Heathrow is also a village in Florida; both are candidates, context decides.
    assert {r.feature for r in gaz.lookup("Heathrow")} == {"village", "airport"}


# -- geoparsing ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return Geoparser()


def _places(nlp: Any, geoparser: Geoparser, text: str) -> list[Place]:
    places = geoparser.find_places(nlp(text))
    for p in places:
        for m in p.mentions:
            assert text[m.start : m.end] == m.text
    return places


def _mentioned(places: list[Place], text: str) -> Place:
    found = [p for p in places if any(text in m.text for m in p.mentions)]
    assert found, f"no place mentioned as {text!r}: {[[m.text for m in p.mentions] for p in places]}"
    return found[0]


def _near(p: Place, point: tuple[float, float], km: float = 5.0) -> bool:
    return p.lat is not None and p.lon is not None and great_circle_km(p.lat, p.lon, *point) < km


def test_airports_in_sentences(nlp: Any, geoparser: Geoparser) -> None:
    text = (
        "Hundreds of flights were cancelled at Heathrow on Monday after the storm. Passengers "
        "slept in the terminals at Amsterdam's Schiphol airport, and a plane from Chicago O'Hare "
        "International Airport was diverted to JFK airport in New York."
    )
    places = _places(nlp, geoparser, text)
    heathrow = _mentioned(places, "Heathrow")
    assert (heathrow.feature, heathrow.code, heathrow.country) == ("airport", "GB-ENG", "GB")
    assert heathrow.geonames_id is None and heathrow.resolution == "locality" and _near(heathrow, HEATHROW)
    schiphol = _mentioned(places, "Schiphol")
    assert schiphol.feature == "airport" and schiphol.code == "NL-NH" and _near(schiphol, SCHIPHOL)
    ohare = _mentioned(places, "O'Hare")
    assert ohare.feature == "airport" and ohare.code == "US-IL" and _near(ohare, OHARE)
    jfk = _mentioned(places, "JFK")
    assert jfk.feature == "airport" and jfk.code == "US-NY" and _near(jfk, JFK)
    assert _mentioned(places, "New York").feature != "airport"
    assert _mentioned(places, "Amsterdam").feature != "airport"


def test_city_airport_is_the_big_citys(nlp: Any, geoparser: Geoparser) -> None:
    text = "The minister flew into Cairo airport on Sunday for talks on the ceasefire."
    cairo = _mentioned(_places(nlp, geoparser, text), "Cairo")
    assert cairo.country == "EG" and _near(cairo, CAIRO_AIRPORT, 30)
    # A city named alone stays the city, and one whose airport has another name too.
    text = "Protesters marched in Paris on Saturday, and Paris airport staff joined them."
    places = _places(nlp, geoparser, text)
    assert places and all(p.feature == "city" and p.code == "FR-IDF" for p in places)


def test_bare_codes_and_people_are_not_airports(nlp: Any, geoparser: Geoparser) -> None:
    text = (
        "The LAX board met in the morning. Indira Gandhi was prime minister of India, and "
        "George Bush spoke in Texas."
    )
    places = _places(nlp, geoparser, text)
    assert all(p.feature != "airport" for p in places)
    assert not any(m.text in ("LAX", "Indira Gandhi", "George Bush") for p in places for m in p.mentions)


def test_gold_span_before_airport(nlp: Any, geoparser: Geoparser) -> None:
    text = "Delays spread from Heathrow airport to Gatwick Airport and JFK airport."
    doc = nlp(text)
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Heathrow", "Gatwick Airport", "JFK")]
    found = {r.toponym.text: r.candidate for r in geoparser.resolve_spans(doc, spans)}
    assert all(c is not None and c.feature == "airport" for c in found.values())
    assert found["Heathrow"] is not None and found["Heathrow"].iso == "GB-ENG"
    assert found["JFK"] is not None and found["JFK"].iso == "US-NY"
