"""Geography: the offline gazetteer (places, GeoNames ids, ISO 3166-2 codes, coordinates).

Importing this package builds nothing; the index is built by ``claimgraph gazetteer build`` or on
the first :meth:`Gazetteer.open`.
"""

from claimgraph.geo.gazetteer import (
    Gazetteer,
    PlaceRecord,
    build_gazetteer,
    default_gazetteer_path,
)
from claimgraph.geo.normalize import normalize_name

__all__ = ["Gazetteer", "PlaceRecord", "build_gazetteer", "default_gazetteer_path", "normalize_name"]
