"""Shared fixtures: the spaCy pipeline and the analysed seed article are built once per session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


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
