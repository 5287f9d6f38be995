"""Every span in every output points into article.text: text[start:end] == span.text."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph import analyze_text
from claimgraph.model import check_spans, iter_spans

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = (
    sorted((ROOT / "examples").glob("*.*"))
    + sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
    + sorted((ROOT / "tests" / "data" / "articles").glob("*.html"))
)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_all_spans_point_into_the_text(path: Path) -> None:
    out = analyze_text(path.read_bytes(), html=path.suffix == ".html", id=path.stem)
    assert check_spans(out) == []
    assert len(iter_spans(out)) > 5  # the check ran over real spans, not an empty output
