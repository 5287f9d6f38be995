"""Runs the stages in order: clean → parse → entities → attributions → quantities → claims.

``Analyzer.analyze`` handles one document; ``Analyzer.analyze_batch`` cleans a batch, parses it
with ``nlp.pipe`` and yields one result per input, in input order, turning every failure of one
document into a ``Rejected`` so a batch never stops halfway.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any, Protocol

from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.analyse.attribution import find_attributions
from claimgraph.analyse.claims import build_claims
from claimgraph.analyse.dates import parse_published
from claimgraph.analyse.entities import EntityTable, label_places, relabel_placed_persons
from claimgraph.analyse.events import code_events
from claimgraph.analyse.nlp import load_pipeline
from claimgraph.analyse.quantities import iter_quantities
from claimgraph.clean import CleanOptions, clean
from claimgraph.errors import ClaimgraphError, InputError
from claimgraph.model import AnalysedArticle, Article, Attribution, Entity, Flag, Place, RawDocument

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Rejected:
    """A document that could not be analysed, with a one-line reason."""

    id: str | None
    error: str
    kind: str
    origin: str = "-"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "error": self.error, "error_kind": self.kind}


class Analyzer:
    """Holds the spaCy pipeline (loaded on first use) and the options of every stage."""

    def __init__(self, *, model: str | None = None, clean_options: CleanOptions | None = None) -> None:
        self.model = model
        self.clean_options = clean_options or CleanOptions()
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(self.model)
        return self._nlp

    @property
    def geoparser(self) -> PlaceFinder:
        # The process-wide geoparser: its gazetteer opens (or is built) on the first article only.
        from claimgraph.geo.resolve import default_geoparser

        return default_geoparser()

    def clean(self, raw: RawDocument) -> Article:
        return clean(raw, self.clean_options)

    def analyze(self, raw: RawDocument) -> AnalysedArticle:
        article = self.clean(raw)
        return analyse_doc(article, self.nlp(article.text), self.geoparser)

    def analyze_batch(
        self, raws: Iterable[RawDocument], *, batch_size: int = 32
    ) -> Iterator[AnalysedArticle | Rejected]:
        """Clean and analyse documents in input order; a document that fails becomes a ``Rejected``."""
        cleaned = (self._clean_or_reject(raw) for raw in raws)
        return self.analyze_articles(cleaned, batch_size=batch_size)

    def analyze_articles(
        self, articles: Iterable[Article | Rejected], *, batch_size: int = 32
    ) -> Iterator[AnalysedArticle | Rejected]:
        """Analyse articles cleaned already (ingest cleans first, to find duplicates); rejects pass."""
        iterator = iter(articles)
        while chunk := list(islice(iterator, batch_size)):
            texts = [a.text for a in chunk if isinstance(a, Article)]
            docs = iter(self.nlp.pipe(texts))
            for item in chunk:
                if isinstance(item, Rejected):
                    yield item
                    continue
                doc = next(docs)
                try:
                    yield analyse_doc(item, doc, self.geoparser)
                except Exception as exc:  # one bad document must not end the batch
                    log.exception("analysis failed for %s", item.id)
                    yield Rejected(
                        item.id, f"internal error in analysis: {exc.__class__.__name__}: {exc}", "internal"
                    )

    def _clean_or_reject(self, raw: RawDocument) -> Article | Rejected:
        try:
            return self.clean(raw)
        except InputError as exc:
            return Rejected(raw.id, str(exc), exc.__class__.__name__, raw.origin)
        except ClaimgraphError:
            raise
        except Exception as exc:  # a cleaner bug on odd input is still that input's reject
            log.exception("cleaning failed for %s", raw.id)
            return Rejected(
                raw.id, f"internal error in cleaning: {exc.__class__.__name__}: {exc}", "internal", raw.origin
            )


class PlaceFinder(Protocol):
    """What the geoparsing stage offers the pipeline (``claimgraph.geo``)."""

    def find_places(self, doc: Doc, article: Article) -> list[Place]: ...


def analyse_doc(article: Article, doc: Doc, places_finder: PlaceFinder | None = None) -> AnalysedArticle:
    """All analysis stages over one parsed article."""
    paragraphs = [(p.start, p.end) for p in article.paragraphs]
    headline = (article.headline_span.start, article.headline_span.end) if article.headline_span else None
    if article.dateline and article.dateline.place:
        label_places(doc, [article.dateline.place])
    # Places first: the entity table and speaker resolution need to know "Kherson" is no person.
    places = places_finder.find_places(doc, article) if places_finder is not None else []
    relabel_placed_persons(doc, ((m.start, m.end) for place in places for m in place.mentions))
    entities = EntityTable(doc)
    dateline = (article.dateline.span.start, article.dateline.span.end) if article.dateline else None
    attributions, unpaired = find_attributions(doc, entities, paragraphs, headline, dateline)
    quantities = list(iter_quantities(doc))
    claims = build_claims(doc, attributions, quantities, paragraphs, headline)
    events = code_events(
        doc,
        entities,
        attributions,
        claims,
        quantities,
        places,
        published=parse_published(article.published),
        headline=headline,
        dateline=dateline,
    )
    flags = article.flags + tuple(
        Flag("unpaired_quotes", "quotation marks in this paragraph could not be paired", span)
        for span in unpaired
    )
    if flags != article.flags:
        article = _with_flags(article, flags)
    return AnalysedArticle(
        article=article,
        entities=_with_attributions(entities.to_entities(), attributions),
        attributions=tuple(attributions),
        claims=tuple(claims),
        places=tuple(places),
        events=tuple(events),
    )


def _with_attributions(entities: tuple[Entity, ...], attributions: list[Attribution]) -> tuple[Entity, ...]:
    """Each entity with the ids of the attributions it is the speaker of."""
    said: dict[str, list[str]] = {}
    for attribution in attributions:
        if attribution.speaker is not None and attribution.speaker.entity is not None:
            said.setdefault(attribution.speaker.entity, []).append(attribution.id)
    return tuple(replace(e, attributions=tuple(said[e.id])) if e.id in said else e for e in entities)


def _with_flags(article: Article, flags: tuple[Flag, ...]) -> Article:
    return replace(article, flags=flags)
