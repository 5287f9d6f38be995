import sys
from pathlib import Path

# The backend fixtures live beside the store tests; both folders use them.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from backends import db_url, store  # noqa: F401  (fixtures)
