"""Shared fixtures: the spaCy pipeline and the analysed seed article are built once per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session", autouse=True)
def gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One gazetteer per session. CI starts with an empty cache: then the index is built (once,
    ~15 s, on first use) in a temporary directory instead of the user's cache."""
    from claimgraph.geo.gazetteer import ENV_VAR, default_gazetteer_path

    if os.environ.get(ENV_VAR) or default_gazetteer_path().exists():
        yield default_gazetteer_path()
        return
    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer-session.sqlite"
    os.environ[ENV_VAR] = str(path)
    try:
        yield path
    finally:
        os.environ.pop(ENV_VAR, None)


@pytest.fixture(scope="session")
def nlp() -> Any:
    from claimgraph.analyse.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (EXAMPLES / "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(seed_text: str) -> dict[str, Any]:
    from claimgraph import analyze_text

    return analyze_text(seed_text, id="seed")
