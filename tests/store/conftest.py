from backends import db_url, store  # noqa: F401  (fixtures)
