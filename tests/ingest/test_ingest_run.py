"""The ingest loop in-process, on a real SQLite store: ids, duplicates, dates, and a failed analysis."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimgraph.analyse.pipeline import Analyzer, Rejected
from claimgraph.corpus.dedup import NearDuplicateIndex
from claimgraph.ingest import Document, Ingestor, SourceReject, document_id
from claimgraph.model import RawDocument
from claimgraph.store import open_store

BODY = (
    "The port authority said on Monday that grain loading had resumed after a three-day halt. "
    '"Four vessels have left the port since this morning," the governor said in a statement. '
    "Traders said freight rates had risen by nearly 15 percent during the halt, according to a survey. "
    "The navy said it had shot down 11 of 14 drones launched at the region on Saturday night."
)


def doc(text: str, **kw: Any) -> Document:
    captured = kw.pop("captured", None)
    return Document(
        RawDocument(id=kw.pop("id", None), content=text, origin=kw.pop("origin", "test"), **kw), captured
    )


def test_ids_are_given_id_then_url_then_hash() -> None:
    assert document_id(RawDocument(id="j1", content="x", url="https://a.example/1")) == "j1"
    assert document_id(RawDocument(id=None, content="x", url="https://a.example/1")) == "https://a.example/1"
    assert document_id(RawDocument(id=None, content="x")) == document_id(RawDocument(id=None, content=b"x"))
    assert document_id(RawDocument(id=None, content="x")).startswith("sha256:")


class FailingAnalyzer(Analyzer):
    """The real analyser, except that documents whose id starts with "fail" come back rejected —
    a stand-in for an internal error, which the real analyser cannot be made to raise on demand."""

    def analyze_articles(self, articles: Any, *, batch_size: int = 32) -> Any:
        articles = list(articles)
        results = iter(super().analyze_articles([a for a in articles if not str(a.id).startswith("fail")]))
        for article in articles:
            if str(article.id).startswith("fail"):
                yield Rejected(article.id, "internal error in analysis: RuntimeError: boom", "internal")
            else:
                yield next(results)


def test_copies_of_an_article_that_failed_analysis_are_analysed_themselves(tmp_path: Path) -> None:
    original, copy = "Port reopens\n\n" + BODY, "Port reopens again\n\n" + BODY + " Reporting by staff."
    index = NearDuplicateIndex()
    index.add_signature("original", index.signature(original))
    assert index.query(index.signature(copy)) is not None  # the copy is a near-duplicate of the original
    store = open_store(f"sqlite:///{tmp_path / 'r.db'}")
    ingestor = Ingestor(store, analyzer=FailingAnalyzer(), batch_size=8)
    report = ingestor.run(
        [
            doc(original, id="fail-original", published="2024-05-14"),
            doc(copy, id="copy", published="2024-05-14"),
            SourceReject("feed.xml", "MalformedFeed", "feed is not well-formed XML"),
        ]
    )
    assert (report.read, report.stored, report.near_duplicates, report.rejected) == (2, 1, 0, 2)
    stats = store.stats()
    assert (stats["articles"], stats["near_duplicates"], stats["rejects"]) == (1, 0, 2)
    assert [a["article"]["id"] for a in store.iter_articles()] == ["copy"]
    store.close()


def test_capture_date_beats_a_publication_date_from_the_future(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'd.db'}")
    html = (
        "<html><body><article><h1>Metro line opens</h1><p>" + BODY + "</p>"
        "<p>The full line will open by 2031, the minister said.</p></article></body></html>"
    )
    report = Ingestor(store, batch_size=4).run(
        [
            doc(html, url="https://a.example/metro", is_html=True, captured="2024-05-20T10:00:00Z"),
            doc("Port\n\n" + BODY.replace("Monday", "Tuesday"), id="given", published="2024-05-01"),
        ]
    )
    assert report.stored == 2
    published = {a["article"]["id"]: a["article"]["published"] for a in store.iter_articles()}
    assert published["given"] == "2024-05-01"
    assert (
        not published["https://a.example/metro"]
        or published["https://a.example/metro"] <= "2024-05-20T10:00:00Z"
    )
    store.close()
