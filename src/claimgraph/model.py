"""The typed values that flow between stages, and nothing else.

Every span is a pair of character offsets into ``Article.text``; ``Span.text`` is stored
alongside so the JSON output can be read without the article, and ``check_spans`` verifies
that the two always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "claimgraph/1"

# stance: "X backs Y", "X attacked the plan" (a position toward something, not a reported proposition)
# unsourced: reported with no source named ("It was reported that", "X is expected to", "X seemed
# to", "Asked about X, ..."): the outlet relays it, hedged; the speaker is null
AttributionKind = Literal[
    "direct", "indirect", "according_to", "scare_quote", "headline", "narration", "stance", "unsourced"
]
Modality = Literal["asserted", "hedged", "denied", "future", "question"]
OUTLET = "outlet"  # the speaker id used when the outlet itself narrates a claim
# The names of the entities a pronoun with no antecedent in its article stands for ("He said …" with
# no one named): one per article and class, never the same referent across articles.
UNIDENTIFIED_SPEAKERS = {
    "person": "unidentified person",
    "collective": "unidentified group",
    "other": "unidentified source",
}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Input before cleaning: bytes or text plus where it came from."""

    id: str | None
    content: bytes | str
    is_html: bool = False
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    origin: str = "-"


@dataclass(frozen=True, slots=True)
class Debris:
    text: str
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "why": self.why}


@dataclass(frozen=True, slots=True)
class RelatedLink:
    title: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url}


@dataclass(frozen=True, slots=True)
class Flag:
    """Something the cleaner noticed but would not guess about, e.g. a sentence cut mid-way."""

    name: str
    why: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "why": self.why}
        if self.span is not None:
            out.update(self.span.to_dict())
        return out


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire dateline such as ``KYIV, March 18 (Reuters) -``; ``span`` covers it in the text."""

    span: Span
    place: str | None
    date: str | None
    agency: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "date": self.date, "agency": self.agency, **self.span.to_dict()}


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. ``text`` holds the headline (if any) then the paragraphs, blank-line separated."""

    id: str
    text: str
    headline: str | None = None
    headline_span: Span | None = None
    paragraphs: tuple[Span, ...] = ()
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    byline: str | None = None
    photo_credit: str | None = None
    dateline: Dateline | None = None
    language: str = "en"
    related: tuple[RelatedLink, ...] = ()
    debris: tuple[Debris, ...] = ()
    flags: tuple[Flag, ...] = ()
    source_format: Literal["text", "html"] = "text"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "headline": self.headline,
            "headline_span": self.headline_span.to_dict() if self.headline_span else None,
            "byline": self.byline,
            "photo_credit": self.photo_credit,
            "published": self.published,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "language": self.language,
            "source_format": self.source_format,
            "text": self.text,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "related": [r.to_dict() for r in self.related],
            "debris": [d.to_dict() for d in self.debris],
            "flags": [f.to_dict() for f in self.flags],
        }


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str
    mentions: tuple[Span, ...]
    links: dict[str, str] = field(default_factory=dict)
    # ids of the attributions whose speaker this entity is: everything it said in the article
    attributions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [m.to_dict() for m in self.mentions],
            "links": dict(self.links),
            "attributions": list(self.attributions),
        }


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who an attribution is by: an entity id (or ``outlet``) and the mention that names it here."""

    entity: str | None
    mention: Span | None
    phrase: Span | None = None  # the whole source noun phrase ("Yousif Tamim, an adviser to …")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"entity": self.entity}
        if self.mention is not None:
            out.update(self.mention.to_dict())
        else:
            out.update({"start": None, "end": None, "text": None})
        out["phrase"] = self.phrase.to_dict() if self.phrase is not None else None
        return out


@dataclass(frozen=True, slots=True)
class Attribution:
    id: str
    kind: AttributionKind
    speaker: Speaker | None
    cue: Span | None
    content: Span
    parent: str | None = None  # the attribution this one is nested in ("A said B claimed ...")
    # The whole verb group around the cue word, as PolNeAR's guidelines mark cues: auxiliaries,
    # negation and adverbs before it, particle, preposition and "in a statement" after it
    # ("has not commented on", "also called for", "said in a statement"). ``cue`` stays the word.
    cue_phrase: Span | None = None
    # The earlier attribution whose words this one's content only names: "New Delhi denied the
    # charge" answers the report of the charge ("Pakistan said India had violated its airspace").
    answers: str | None = None
    # What a relative pronoun before the speaker stands for: in "an attack that residents say left
    # 20 soldiers dead" the content is "left 20 soldiers dead" and this is "an attack".
    about: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "cue_phrase": (self.cue_phrase or self.cue).to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "parent": self.parent,
            "answers": self.answers,
            "about": self.about.to_dict() if self.about else None,
        }


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    span: Span
    qualifier: str | None = None
    unit: str | None = None
    low: float | None = None
    high: float | None = None

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "value": value,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "low": self.low,
            "high": self.high,
            **self.span.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    span: Span
    attribution: str | None  # None: narration by the outlet
    asserted_by: str  # entity id, or OUTLET
    modality: Modality = "asserted"
    quantities: tuple[Quantity, ...] = ()
    about: Span | None = None  # the attribution's ``about``: what the claim's relative pronoun stands for

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "attribution": self.attribution,
            "asserted_by": self.asserted_by,
            "text": self.span.text,
            "start": self.span.start,
            "end": self.span.end,
            "modality": self.modality,
            "quantities": [q.to_dict() for q in self.quantities],
            "about": self.about.to_dict() if self.about else None,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A place the article mentions, resolved against the gazetteer (or left unresolved, with why)."""

    id: str
    name: str  # canonical name from the gazetteer, or the written form when unresolved
    # country | admin1 | admin2 | city | town | village | continent | region | water | island | airport |
    # landmark | unknown
    feature: str
    mentions: tuple[Span, ...]
    code: str | None = None  # ISO 3166-2 when known, else ISO 3166-1 alpha-2
    country: str | None = None  # ISO 3166-1 alpha-2
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    resolution: str = "unresolved"  # the precision the text supports: country | admin1 | admin2 | locality
    confidence: float = 0.0
    why: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "feature": self.feature,
            "code": self.code,
            "country": self.country,
            "geonames_id": self.geonames_id,
            "lat": self.lat,
            "lon": self.lon,
            "population": self.population,
            "resolution": self.resolution,
            "confidence": self.confidence,
            "why": self.why,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class TimeRange:
    """When something happened: ISO dates (inclusive), and the words that said so."""

    start: str | None
    end: str | None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.span.text if self.span else None,
        }
        if self.span is not None:
            out["mention"] = self.span.to_dict()
        return out


@dataclass(frozen=True, slots=True)
class EventQuantity:
    """A number an event reports, with what it counts (killed, wounded, captured, ...)."""

    quantity: Quantity
    role: str

    def to_dict(self) -> dict[str, Any]:
        return {**self.quantity.to_dict(), "role": self.role}


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event resting on claims, with who claims it."""

    id: str
    type: str  # one of the 16 PLOVER categories
    trigger: Span
    mode: str | None = None
    context: tuple[str, ...] = ()
    actor: str | None = None  # entity id
    target: str | None = None  # entity id
    place: str | None = None  # place id, the most precise the text supports
    places: tuple[str, ...] = ()
    time: TimeRange | None = None
    quantities: tuple[EventQuantity, ...] = ()
    claims: tuple[str, ...] = ()
    claimed_by: str = OUTLET  # entity id of the speaker, or OUTLET
    self_reported: bool = False
    modality: Modality = "asserted"
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "actor": self.actor,
            "target": self.target,
            "place": self.place,
            "places": list(self.places),
            "time": self.time.to_dict() if self.time else {"start": None, "end": None, "text": None},
            "quantities": [q.to_dict() for q in self.quantities],
            "claims": list(self.claims),
            "claimed_by": self.claimed_by,
            "self_reported": self.self_reported,
            "modality": self.modality,
            "confidence": self.confidence,
            "trigger": self.trigger.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class AnalysedArticle:
    article: Article
    entities: tuple[Entity, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    claims: tuple[Claim, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()

    def said_by(self, entity_id: str) -> tuple[Attribution, ...]:
        """Everything the entity said in this article, in text order: the attributions whose
        speaker resolves to it, whatever the mention ("Ms. Lee", "the minister", "she")."""
        return tuple(a for a in self.attributions if a.speaker is not None and a.speaker.entity == entity_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": self.article.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "attributions": [a.to_dict() for a in self.attributions],
            "claims": [c.to_dict() for c in self.claims],
            "places": [p.to_dict() for p in self.places],
            "events": [e.to_dict() for e in self.events],
        }


def iter_spans(value: Any) -> list[dict[str, Any]]:
    """Every ``{start, end, text}`` object inside a JSON-like value (for the span invariant)."""
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) and "text" in value:
            found.append(value)
        for item in value.values():
            found.extend(iter_spans(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(iter_spans(item))
    return found


def check_spans(output: dict[str, Any]) -> list[str]:
    """Return a description of every span in an analysis output whose text disagrees with the article."""
    text = output["article"]["text"]
    bad = []
    for span in iter_spans(output):
        if text[span["start"] : span["end"]] != span["text"]:
            bad.append(
                f"{span['start']}:{span['end']} {span['text']!r} != {text[span['start'] : span['end']]!r}"
            )
    return bad
