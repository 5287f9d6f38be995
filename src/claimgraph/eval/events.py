"""``claimgraph eval events``: score the event coder on two gold sets.

**PLOVER GSR** (``plover_gsr_dev.jsonl`` under ``--data``; CC BY-SA, read at run time and never
copied): 215 wire sentences, each with one PLOVER category and lists of actor and recipient texts.
Every sentence is analysed as its own document. Scores, per sentence:

* *type accuracy*: the output has at least one event of the gold category;
* *actor / recipient P/R/F1*: among the output events of the gold category, the one whose actor and
  target agree best with the gold is taken. A gold slot exists when the gold list is not empty, a
  predicted slot when that event has an actor (target); a slot is a true positive when both exist and
  a gold text *overlaps* a text of the predicted entity (see below). No event of the gold category
  means no predicted slot.

**Our report set** (``eval/events/reports.jsonl``, format in ``eval/events/README.md``): short
invented wire reports with every PLOVER event listed. Gold and output events are paired one to one,
in gold order: first an output event of the same category whose trigger span overlaps the gold
trigger, then, for gold events still unpaired, one of the same category whose actor overlaps the gold
actor. Scores:

* *detection* P/R/F1 over the pairs (TP = pairs, FP = unpaired output events, FN = unpaired gold);
* *type accuracy*: over gold events whose trigger some output event's trigger overlaps, the share
  where one of those events has the gold category; *type in report*: the share of gold events whose
  category occurs among the report's output events (the GSR measure, for comparison);
* on the pairs: actor and target P/R/F1 (slots as above); accuracy of place (gold place text overlaps
  the place's name or a mention, or the gold place names a country and the output place lies in it),
  ``claimed_by`` (``outlet`` on both sides, or a speaker whose entity overlaps the gold speaker
  text), the claimer's kind (outlet vs speaker), ``self_reported``, ``modality``, ``mode`` (when the
  gold has one), date (when the gold has one: ``time.start`` is that day, or lies inside a gold
  range) and killed / wounded (when the gold has a number: every output quantity with that role
  equals it, ranges compared by low and high).

*Overlap* of two texts: they share a token, on lower-cased, accent-folded word tokens without
function words and numbers; a token also meets its extension by at most four letters ("Russia" /
"Russian", "Sudan" / "Sudanese"). Generic heads ("forces", "army", "police", "government", ...) count
only for a text that has nothing more specific, so "Russian forces" does not overlap "Ukrainian forces"
but "the army" overlaps "Sudan's army". An entity's texts are its name and all its mentions.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from claimgraph.model import RawDocument

if TYPE_CHECKING:
    from claimgraph.analyse.pipeline import Analyzer

__all__ = [
    "GSR_FILE",
    "MODALITIES",
    "MODES",
    "PLOVER_CATEGORIES",
    "GoldEvent",
    "GoldFormatError",
    "GoldReport",
    "GsrSentence",
    "OutputView",
    "Prf",
    "Ratio",
    "events_command",
    "format_results",
    "load_gsr",
    "load_reports",
    "match_events",
    "overlaps",
    "run_events_eval",
    "score_gsr",
    "score_reports",
    "validate_report",
]

EXIT_OK, EXIT_BAD_INPUT = 0, 2
GSR_FILE = "plover_gsr_dev.jsonl"
OUTLET = "outlet"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The 16 categories of the current manual, in its order (verbal/material cooperation, then conflict).
PLOVER_CATEGORIES: tuple[str, ...] = (
    *("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"),
    *("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
)
MODALITIES: tuple[str, ...] = ("asserted", "hedged", "denied", "future")
_REQUEST_MODES = _words("assist change yield meet")
# The modes of the PLOVER manual (Draft 2.0), per category; an empty set: the category has none.
MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": _words("visit third-party multilateral phone"),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset(),
    "RETREAT": _words("withdraw release disarm ceasefire access resign"),
    "REQUEST": _REQUEST_MODES,
    "ACCUSE": _words("disapprove investigate allege"),
    "REJECT": _REQUEST_MODES,
    "THREATEN": _words("restrict arrest relations expel territory violence"),
    "PROTEST": _words("demo riot strike hunger boycott obstruct vandalize"),
    "SANCTION": _words("convict expel withdraw discontinue"),
    "MOBILIZE": _words("troops weapons police militia"),
    "COERCE": _words("seize restrict censor curfew martial-law arrest deport withhold misinformation cyber"),
    "ASSAULT": _words(
        "abduct beat torture sexual targeted destroy primitive firearms explosives suicide-attack aerial "
        "drone heavy-weapons crowd-control unconventional"
    ),
}

_REPORT_KEYS = frozenset({"id", "published", "text", "events"})
_EVENT_KEYS = (
    "type",
    "mode",
    "trigger",
    "actor",
    "target",
    "place",
    "place_country",
    "claimed_by",
    "self_reported",
    "modality",
    "date",
    "killed",
    "wounded",
)
_OPTIONAL_EVENT_KEYS = frozenset({"date_end"})
_SUBSTRING_KEYS = ("trigger", "actor", "target", "place")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class GoldFormatError(ValueError):
    """A gold file that does not follow its documented format."""


# ---- gold -----------------------------------------------------------------------------------------

Number = int | tuple[int, int]


@dataclass(frozen=True, slots=True)
class GsrSentence:
    """One PLOVER gold-standard sentence: its category and the actor / recipient texts."""

    id: str
    text: str
    event: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One event of our report set (``eval/events/README.md`` gives the conventions)."""

    type: str
    trigger: str
    mode: str | None = None
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    place_country: str | None = None
    claimed_by: str = OUTLET
    self_reported: bool = False
    modality: str = "asserted"
    date: str | None = None
    date_end: str | None = None
    killed: Number | None = None
    wounded: Number | None = None


@dataclass(frozen=True, slots=True)
class GoldReport:
    id: str
    published: str
    text: str
    events: tuple[GoldEvent, ...]


def _jsonl(path: Path) -> Iterator[tuple[int, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read ({exc.__class__.__name__}: {exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{number}: not valid JSON ({exc.msg})") from None


def _texts(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v for v in value if v.strip())
    raise GoldFormatError(f"{where}: expected a list of strings")


def load_gsr(path: Path, *, limit: int | None = None) -> list[GsrSentence]:
    """The PLOVER GSR sentences; ``path`` is the JSONL file or the directory holding ``GSR_FILE``."""
    if path.is_dir():
        path = path / GSR_FILE
    if not path.is_file():
        raise GoldFormatError(f"{path}: no such file (expected the PLOVER GSR file {GSR_FILE})")
    sentences: list[GsrSentence] = []
    for number, obj in _jsonl(path):
        where = f"{path}:{number}"
        if not isinstance(obj, dict):
            raise GoldFormatError(f"{where}: expected a JSON object")
        text, event = obj.get("text"), obj.get("event")
        if not isinstance(text, str) or not isinstance(event, str):
            raise GoldFormatError(f"{where}: needs 'text' and 'event' strings")
        if event not in PLOVER_CATEGORIES:
            raise GoldFormatError(f"{where}: {event!r} is not a PLOVER category")
        sentences.append(
            GsrSentence(
                id=str(obj.get("id", number)),
                text=text,
                event=event,
                actor=_texts(obj.get("actor"), f"{where} actor"),
                recipient=_texts(obj.get("recipient"), f"{where} recipient"),
            )
        )
        if limit is not None and len(sentences) >= limit:
            break
    return sentences


def _is_number(value: Any) -> bool:
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        return True
    return (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)
        and value[0] < value[1]
    )


def validate_report(obj: Any) -> list[str]:
    """Every way ``obj`` breaks the report-set format (an empty list: it is well formed)."""
    if not isinstance(obj, dict):
        return ["not a JSON object"]
    problems: list[str] = []
    if set(obj) != _REPORT_KEYS:
        problems.append(f"keys {sorted(obj)} != {sorted(_REPORT_KEYS)}")
    text, published = obj.get("text"), obj.get("published")
    if not isinstance(obj.get("id"), str) or not obj.get("id"):
        problems.append("id must be a non-empty string")
    if not isinstance(text, str) or not text.strip():
        return [*problems, "text must be a non-empty string"]
    if not isinstance(published, str) or not _DATE.fullmatch(published):
        problems.append("published must be YYYY-MM-DD")
    events = obj.get("events")
    if not isinstance(events, list) or not events:
        return [*problems, "events must be a non-empty list"]
    for n, event in enumerate(events):
        problems += [f"event {n}: {p}" for p in _validate_event(event, text, published)]
    return problems


def _validate_event(event: Any, text: str, published: Any) -> list[str]:
    if not isinstance(event, dict):
        return ["not a JSON object"]
    problems: list[str] = []
    keys = set(event)
    if not set(_EVENT_KEYS) <= keys or not keys <= set(_EVENT_KEYS) | _OPTIONAL_EVENT_KEYS:
        problems.append(f"keys {sorted(keys)} != {list(_EVENT_KEYS)} (+ optional date_end)")
        return problems
    category, mode = event["type"], event["mode"]
    if category not in PLOVER_CATEGORIES:
        return [f"type {category!r} is not a PLOVER category"]
    if mode is not None and mode not in MODES[category]:
        problems.append(f"mode {mode!r} is not a mode of {category}")
    for key in _SUBSTRING_KEYS:
        value = event[key]
        if value is None and key != "trigger":
            continue
        if not isinstance(value, str) or not value or value not in text:
            problems.append(f"{key} {value!r} is not a substring of the text")
    if isinstance(event["trigger"], str) and text.count(event["trigger"]) > 1:
        problems.append(f"trigger {event['trigger']!r} occurs more than once in the text")
    claimed_by = event["claimed_by"]
    if not isinstance(claimed_by, str) or (claimed_by != OUTLET and claimed_by not in text):
        problems.append(f"claimed_by {claimed_by!r} is neither 'outlet' nor a substring of the text")
    if not isinstance(event["self_reported"], bool):
        problems.append("self_reported must be true or false")
    elif event["self_reported"] and claimed_by == OUTLET:
        problems.append("self_reported needs a speaker, not the outlet")
    if event["modality"] not in MODALITIES:
        problems.append(f"modality {event['modality']!r} not in {MODALITIES}")
    country = event["place_country"]
    if country is not None and (not isinstance(country, str) or not re.fullmatch(r"[A-Z]{2}", country)):
        problems.append(f"place_country {country!r} is not an ISO 3166-1 alpha-2 code")
    if country is not None and event["place"] is None:
        problems.append("place_country without a place")
    problems += _validate_dates(event, published)
    for key in ("killed", "wounded"):
        if not _is_number(event[key]):
            problems.append(f"{key} must be null, a count, or [low, high] with low < high")
    return problems


def _validate_dates(event: dict[str, Any], published: Any) -> list[str]:
    date, end = event["date"], event.get("date_end")
    if date is None:
        return ["date_end without a date"] if end is not None else []
    problems: list[str] = []
    if not isinstance(date, str) or not _DATE.fullmatch(date):
        return [f"date {date!r} must be YYYY-MM-DD or null"]
    if isinstance(published, str) and date > published:
        problems.append(f"date {date} is after publication {published}")
    if "date_end" in event and (not isinstance(end, str) or not _DATE.fullmatch(end) or end <= date):
        problems.append(f"date_end {end!r} must be a YYYY-MM-DD after date")
    return problems


def _number(value: Any) -> Number | None:
    if isinstance(value, list):
        return (int(value[0]), int(value[1]))
    return None if value is None else int(value)


def load_reports(path: Path, *, limit: int | None = None) -> list[GoldReport]:
    """The report set, checked against its format; raises ``GoldFormatError`` on the first bad line."""
    if not path.is_file():
        raise GoldFormatError(f"{path}: no such file")
    reports: list[GoldReport] = []
    seen: set[str] = set()
    for number, obj in _jsonl(path):
        problems = validate_report(obj)
        if problems:
            raise GoldFormatError(f"{path}:{number}: " + "; ".join(problems))
        if obj["id"] in seen:
            raise GoldFormatError(f"{path}:{number}: duplicate id {obj['id']!r}")
        seen.add(obj["id"])
        events = tuple(
            GoldEvent(
                type=e["type"],
                trigger=e["trigger"],
                mode=e["mode"],
                actor=e["actor"],
                target=e["target"],
                place=e["place"],
                place_country=e["place_country"],
                claimed_by=e["claimed_by"],
                self_reported=e["self_reported"],
                modality=e["modality"],
                date=e["date"],
                date_end=e.get("date_end"),
                killed=_number(e["killed"]),
                wounded=_number(e["wounded"]),
            )
            for e in obj["events"]
        )
        reports.append(GoldReport(obj["id"], obj["published"], obj["text"], events))
        if limit is not None and len(reports) >= limit:
            break
    return reports


# ---- text overlap ---------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


_FUNCTION_WORDS = _words(
    """the a an of in on at to for and or by from with into near over s its his her their our this that these
    those who which some any all both each one two three four five six seven eight nine ten eleven twelve
    dozens dozen hundreds hundred thousands thousand tens millions several more than least about"""
)
_GENERIC = _words(
    """forces force troops army military soldiers fighters militants government officials official ministry
    people group groups police security authorities units unit members side sides administration regime
    region province state city town village district oblast governorate county"""
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _tokens(text: str) -> frozenset[str]:
    return frozenset(
        t for t in _WORD.findall(_fold(text)) if t not in _FUNCTION_WORDS and not t.isdigit() and t != "_"
    )


def _key(tokens: frozenset[str]) -> frozenset[str]:
    specific = tokens - _GENERIC
    return specific or tokens


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 4


def _meet(xs: Iterable[str], ys: frozenset[str]) -> bool:
    return any(_same(x, y) for x in xs for y in ys)


def overlaps(a: str, b: str) -> bool:
    """Whether two texts name the same participant or place by the token rule of the module docstring."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    return _meet(_key(ta), tb) or _meet(_key(tb), ta)


def _overlaps_any(gold: str, texts: Iterable[str]) -> bool:
    return any(overlaps(gold, t) for t in texts)


# ---- output ---------------------------------------------------------------------------------------


def _ids(value: Any) -> list[str]:
    """An actor/target/place field as a list of ids (a single id, a list of ids, or nothing)."""
    if isinstance(value, str) and value:
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str) and v]
    return []


class OutputView:
    """Read access to one claimgraph/1 output: entity and place texts by id, events, the article text."""

    def __init__(self, output: dict[str, Any] | None) -> None:
        output = output or {}
        self.text: str = str((output.get("article") or {}).get("text") or "")
        self.events: list[dict[str, Any]] = [e for e in output.get("events") or [] if isinstance(e, dict)]
        self._entities: dict[str, list[str]] = {}
        for entity in output.get("entities") or []:
            names = [entity.get("name")] + [m.get("text") for m in entity.get("mentions") or []]
            self._entities[str(entity.get("id"))] = [n for n in names if isinstance(n, str) and n]
        self._places: dict[str, dict[str, Any]] = {
            str(p.get("id")): p for p in output.get("places") or [] if isinstance(p, dict)
        }

    def entity_texts(self, value: Any) -> list[str]:
        """Name and mention texts of the entity (or entities) an event field points to."""
        return [t for eid in _ids(value) for t in self._entities.get(eid, [])]

    def place(self, event: dict[str, Any]) -> dict[str, Any] | None:
        """The event's place: ``place``, else the first of ``places`` that resolves."""
        for pid in _ids(event.get("place")) + _ids(event.get("places")):
            if pid in self._places:
                return self._places[pid]
        return None

    def trigger_span(self, event: dict[str, Any]) -> tuple[int, int] | None:
        trigger = event.get("trigger")
        if (
            isinstance(trigger, dict)
            and isinstance(trigger.get("start"), int)
            and isinstance(trigger.get("end"), int)
        ):
            return int(trigger["start"]), int(trigger["end"])
        return None

    def trigger_text(self, event: dict[str, Any]) -> str:
        trigger = event.get("trigger")
        if isinstance(trigger, dict):
            return str(trigger.get("text") or "")
        return trigger if isinstance(trigger, str) else ""


# ---- counts ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class Prf:
    """True positives, false positives, false negatives, and the scores they give (0 when undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def slot(self, gold: bool, predicted: bool, match: bool) -> None:
        """Count one slot: a match when both sides fill it and agree."""
        if gold and predicted and match:
            self.tp += 1
            return
        self.fn += gold
        self.fp += predicted

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class Ratio:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += ok

    def to_dict(self) -> dict[str, float | int | None]:
        value = self.value
        return {
            "correct": self.correct,
            "total": self.total,
            "accuracy": None if value is None else round(value, 4),
        }


# ---- PLOVER GSR -----------------------------------------------------------------------------------


def _slot_match(gold: Sequence[str], view: OutputView, value: Any) -> bool:
    texts = view.entity_texts(value)
    return any(_overlaps_any(g, texts) for g in gold)


def score_gsr(gold: Sequence[GsrSentence], outputs: Sequence[dict[str, Any] | None]) -> dict[str, Any]:
    """Type accuracy and actor / recipient P/R/F1 over the sentences (``None``: a rejected document)."""
    if len(gold) != len(outputs):
        raise ValueError("one output per gold sentence")
    accuracy, actor, recipient = Ratio(), Prf(), Prf()
    by_type: dict[str, Ratio] = {}
    confusions: Counter[str] = Counter()
    no_event = rejected = 0
    for sentence, output in zip(gold, outputs, strict=True):
        rejected += output is None
        view = OutputView(output)
        if not view.events:
            no_event += 1
        candidates = [e for e in view.events if e.get("type") == sentence.event]
        accuracy.add(bool(candidates))
        by_type.setdefault(sentence.event, Ratio()).add(bool(candidates))
        if not candidates:
            predicted = sorted({str(e.get("type")) for e in view.events}) or ["(none)"]
            confusions.update(f"{sentence.event} -> {p}" for p in predicted)

        def agreement(
            event: dict[str, Any], sentence: GsrSentence = sentence, view: OutputView = view
        ) -> int:
            return _slot_match(sentence.actor, view, event.get("actor")) + _slot_match(
                sentence.recipient, view, event.get("target")
            )

        best = max(candidates, key=agreement) if candidates else None
        for prf, gold_texts, key in (
            (actor, sentence.actor, "actor"),
            (recipient, sentence.recipient, "target"),
        ):
            value = best.get(key) if best is not None else None
            predicted_slot = bool(_ids(value))
            prf.slot(
                bool(gold_texts), predicted_slot, predicted_slot and _slot_match(gold_texts, view, value)
            )
    return {
        "sentences": len(gold),
        "rejected": rejected,
        "without_events": no_event,
        "type_accuracy": accuracy.to_dict(),
        "actor": actor.to_dict(),
        "recipient": recipient.to_dict(),
        "by_type": {t: by_type[t].to_dict() for t in PLOVER_CATEGORIES if t in by_type},
        "top_confusions": dict(confusions.most_common(10)),
    }


# ---- our report set -------------------------------------------------------------------------------


def _gold_trigger_spans(gold: GoldEvent, report_text: str, output_text: str) -> list[tuple[int, int]]:
    """Where the gold trigger sits in the output's article text (normally once; see the README)."""
    text = output_text or report_text
    return [(m.start(), m.end()) for m in re.finditer(re.escape(gold.trigger), text)]


def _trigger_overlap(
    gold: GoldEvent, spans: list[tuple[int, int]], view: OutputView, event: dict[str, Any]
) -> bool:
    span = view.trigger_span(event)
    if span is not None and spans:
        return any(span[0] < end and start < span[1] for start, end in spans)
    predicted = view.trigger_text(event)
    return bool(predicted) and bool(_tokens(gold.trigger) & _tokens(predicted))


def match_events(report: GoldReport, output: dict[str, Any] | None) -> list[tuple[int, int]]:
    """Pairs (gold index, output event index): same type and trigger overlap, then same type and actor."""
    view = OutputView(output)
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    for gi, gold in enumerate(report.events):
        spans = _gold_trigger_spans(gold, report.text, view.text)
        for pi, event in enumerate(view.events):
            if (
                pi not in taken
                and event.get("type") == gold.type
                and _trigger_overlap(gold, spans, view, event)
            ):
                pairs[gi] = pi
                taken.add(pi)
                break
    for gi, gold in enumerate(report.events):
        if gi in pairs or gold.actor is None:
            continue
        for pi, event in enumerate(view.events):
            if (
                pi not in taken
                and event.get("type") == gold.type
                and _overlaps_any(gold.actor, view.entity_texts(event.get("actor")))
            ):
                pairs[gi] = pi
                taken.add(pi)
                break
    return sorted(pairs.items())


def _country_named(place: str, code: str | None) -> bool:
    """Whether the gold place text names the country ``code`` (so any place inside it is right)."""
    if code is None:
        return False
    import pycountry

    name = re.sub(r"^(the)\s+", "", place.strip(), flags=re.IGNORECASE)
    try:
        return str(pycountry.countries.lookup(name).alpha_2) == code
    except LookupError:
        pass
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return False
    names = [getattr(country, attr, None) for attr in ("name", "common_name", "official_name")]
    return any(isinstance(n, str) and _fold(n) == _fold(name) for n in names)


def _place_ok(gold: GoldEvent, view: OutputView, event: dict[str, Any]) -> bool:
    assert gold.place is not None
    place = view.place(event)
    if place is None:
        return False
    texts = [str(place.get("name") or "")] + [str(m.get("text") or "") for m in place.get("mentions") or []]
    if _overlaps_any(gold.place, [t for t in texts if t]):
        return True
    return _country_named(gold.place, gold.place_country) and place.get("country") == gold.place_country


def _claimed_by_ok(gold: GoldEvent, view: OutputView, event: dict[str, Any]) -> tuple[bool, bool]:
    """(claimer right, claimer kind right): outlet vs a speaker whose entity overlaps the gold text."""
    predicted = event.get("claimed_by")
    predicted_outlet = predicted in (None, OUTLET)
    gold_outlet = gold.claimed_by == OUTLET
    kind_ok = predicted_outlet == gold_outlet
    if gold_outlet or predicted_outlet:
        return kind_ok and gold_outlet, kind_ok
    return _overlaps_any(gold.claimed_by, view.entity_texts(predicted)), kind_ok


def _date_ok(gold: GoldEvent, event: dict[str, Any]) -> bool:
    start = (event.get("time") or {}).get("start")
    if not isinstance(start, str) or not _DATE.match(start):
        return False
    day = start[:10]
    assert gold.date is not None
    if gold.date_end is None:
        return day == gold.date
    return gold.date <= day <= gold.date_end


def _number_ok(gold: Number, event: dict[str, Any], role: str) -> bool:
    values: list[Number] = []
    for quantity in event.get("quantities") or []:
        if not isinstance(quantity, dict) or quantity.get("role") != role:
            continue
        low, high, value = quantity.get("low"), quantity.get("high"), quantity.get("value")
        if isinstance(low, int | float) and isinstance(high, int | float) and low != high:
            values.append((int(low), int(high)))
        elif isinstance(value, int | float):
            values.append(int(value))
    return bool(values) and all(v == gold for v in values)


def _mode_ok(gold: str, predicted: Any) -> bool:
    if isinstance(predicted, list):
        return gold in predicted
    return bool(predicted == gold)


@dataclass(slots=True)
class _ReportScores:
    detection: Prf = field(default_factory=Prf)
    by_type: dict[str, Prf] = field(default_factory=dict)
    type_accuracy: Ratio = field(default_factory=Ratio)
    type_in_report: Ratio = field(default_factory=Ratio)
    actor: Prf = field(default_factory=Prf)
    target: Prf = field(default_factory=Prf)
    ratios: dict[str, Ratio] = field(default_factory=dict)

    def ratio(self, name: str) -> Ratio:
        return self.ratios.setdefault(name, Ratio())


_RATIO_NAMES = (
    "place",
    "claimed_by",
    "claimed_by_kind",
    "self_reported",
    "modality",
    "mode",
    "date",
    "killed",
    "wounded",
)


def _score_pair(scores: _ReportScores, gold: GoldEvent, view: OutputView, event: dict[str, Any]) -> None:
    for prf, gold_text, key in ((scores.actor, gold.actor, "actor"), (scores.target, gold.target, "target")):
        value = event.get(key)
        predicted = bool(_ids(value))
        match = predicted and gold_text is not None and _overlaps_any(gold_text, view.entity_texts(value))
        prf.slot(gold_text is not None, predicted, match)
    if gold.place is not None:
        scores.ratio("place").add(_place_ok(gold, view, event))
    claimer, kind = _claimed_by_ok(gold, view, event)
    scores.ratio("claimed_by").add(claimer)
    scores.ratio("claimed_by_kind").add(kind)
    scores.ratio("self_reported").add(bool(event.get("self_reported")) == gold.self_reported)
    scores.ratio("modality").add(event.get("modality", "asserted") == gold.modality)
    if gold.mode is not None:
        scores.ratio("mode").add(_mode_ok(gold.mode, event.get("mode")))
    if gold.date is not None:
        scores.ratio("date").add(_date_ok(gold, event))
    if gold.killed is not None:
        scores.ratio("killed").add(_number_ok(gold.killed, event, "killed"))
    if gold.wounded is not None:
        scores.ratio("wounded").add(_number_ok(gold.wounded, event, "wounded"))


def score_reports(gold: Sequence[GoldReport], outputs: Sequence[dict[str, Any] | None]) -> dict[str, Any]:
    """All report-set scores (``None`` output: a rejected document, i.e. no events)."""
    if len(gold) != len(outputs):
        raise ValueError("one output per gold report")
    scores = _ReportScores()
    predicted_total = rejected = 0
    for report, output in zip(gold, outputs, strict=True):
        rejected += output is None
        view = OutputView(output)
        predicted_total += len(view.events)
        pairs = dict(match_events(report, output))
        paired_outputs = set(pairs.values())
        types_here = {e.get("type") for e in view.events}
        for gi, gold_event in enumerate(report.events):
            per_type = scores.by_type.setdefault(gold_event.type, Prf())
            if gi in pairs:
                scores.detection.tp += 1
                per_type.tp += 1
                _score_pair(scores, gold_event, view, view.events[pairs[gi]])
            else:
                scores.detection.fn += 1
                per_type.fn += 1
            scores.type_in_report.add(gold_event.type in types_here)
            spans = _gold_trigger_spans(gold_event, report.text, view.text)
            hits = [e for e in view.events if _trigger_overlap(gold_event, spans, view, e)]
            if hits:
                scores.type_accuracy.add(any(e.get("type") == gold_event.type for e in hits))
        for pi, event in enumerate(view.events):
            if pi not in paired_outputs:
                scores.detection.fp += 1
                scores.by_type.setdefault(str(event.get("type")), Prf()).fp += 1
    gold_events = [e for r in gold for e in r.events]
    return {
        "reports": len(gold),
        "rejected": rejected,
        "gold_events": len(gold_events),
        "predicted_events": predicted_total,
        "detection": scores.detection.to_dict(),
        "type_accuracy": scores.type_accuracy.to_dict(),
        "type_in_report": scores.type_in_report.to_dict(),
        "actor": scores.actor.to_dict(),
        "target": scores.target.to_dict(),
        **{name: scores.ratio(name).to_dict() for name in _RATIO_NAMES},
        "by_type": {t: scores.by_type[t].to_dict() for t in sorted(scores.by_type, key=_type_order)},
    }


def _type_order(name: str) -> tuple[int, str]:
    return (
        (PLOVER_CATEGORIES.index(name), name) if name in PLOVER_CATEGORIES else (len(PLOVER_CATEGORIES), name)
    )


# ---- running --------------------------------------------------------------------------------------


def _analyse(
    analyzer: Analyzer, documents: Sequence[RawDocument], batch_size: int
) -> list[dict[str, Any] | None]:
    from claimgraph.analyse.pipeline import Rejected

    outputs: list[dict[str, Any] | None] = []
    for result in analyzer.analyze_batch(documents, batch_size=batch_size):
        outputs.append(None if isinstance(result, Rejected) else result.to_dict())
    if len(outputs) != len(documents):
        raise RuntimeError("the analyser returned a different number of results than documents")
    return outputs


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_events_eval(
    data: Path | None,
    reports: Path,
    limit: int | None,
    *,
    analyzer: Analyzer | None = None,
    batch_size: int = 32,
) -> dict[str, Any]:
    """Analyse both gold sets with the public pipeline and score them.

    ``data`` is the directory holding ``plover_gsr_dev.jsonl`` (or the file itself); ``None`` skips the
    GSR part. ``limit`` keeps the first N items of each set. Raises ``GoldFormatError`` on a bad file.
    """
    if analyzer is None:
        from claimgraph.analyse.pipeline import Analyzer

        analyzer = Analyzer()
    results: dict[str, Any] = {"plover_gsr": None, "reports": None, "inputs": {}}
    started = time.perf_counter()
    gold_reports = load_reports(reports, limit=limit)
    gsr = load_gsr(data, limit=limit) if data is not None else None
    documents = [
        RawDocument(id=r.id, content=r.text, published=r.published, origin=str(reports)) for r in gold_reports
    ]
    results["reports"] = score_reports(gold_reports, _analyse(analyzer, documents, batch_size))
    results["inputs"]["reports"] = {"path": str(reports), "sha256": _sha256(reports)}
    if gsr is not None and data is not None:
        gsr_path = data / GSR_FILE if data.is_dir() else data
        sentences = [RawDocument(id=s.id, content=s.text, origin=str(gsr_path)) for s in gsr]
        results["plover_gsr"] = score_gsr(gsr, _analyse(analyzer, sentences, batch_size))
        results["inputs"]["plover_gsr"] = {"path": str(gsr_path), "sha256": _sha256(gsr_path)}
    results["limit"] = limit
    results["seconds"] = round(time.perf_counter() - started, 2)
    return results


# ---- presentation ---------------------------------------------------------------------------------


def _pct(value: float | int | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def _prf_cell(prf: dict[str, Any]) -> str:
    return f"{_pct(prf['precision'])} / {_pct(prf['recall'])} / {_pct(prf['f1'])}"


def _ratio_cell(ratio: dict[str, Any]) -> str:
    return f"{_pct(ratio['accuracy'])} ({ratio['correct']}/{ratio['total']})"


def format_results(results: dict[str, Any]) -> str:
    """Markdown tables (they paste into docs/EVALUATION.md) for whichever sets were scored."""
    lines: list[str] = []
    gsr = results.get("plover_gsr")
    if gsr:
        lines += [
            f"PLOVER GSR (dev): {gsr['sentences']} sentences, {gsr['without_events']} without any event, "
            f"{gsr['rejected']} rejected",
            "",
            "| metric | value |",
            "|---|---:|",
            f"| type accuracy | {_ratio_cell(gsr['type_accuracy'])} |",
        ]
        for slot in ("actor", "recipient"):
            s = gsr[slot]
            lines.append(
                f"| {slot} P / R / F1 | {_pct(s['precision'])} / {_pct(s['recall'])} / {_pct(s['f1'])} |"
            )
        lines += ["", "| category | type accuracy |", "|---|---:|"]
        lines += [f"| {t} | {_ratio_cell(r)} |" for t, r in gsr["by_type"].items()]
        if gsr["top_confusions"]:
            lines += [
                "",
                "most frequent misses (gold -> output): "
                + ", ".join(f"{k} ×{v}" for k, v in gsr["top_confusions"].items()),
            ]
        lines.append("")
    rep = results.get("reports")
    if rep:
        d = rep["detection"]
        lines += [
            f"Report set: {rep['reports']} reports, {rep['gold_events']} gold events, "
            f"{rep['predicted_events']} output events, {rep['rejected']} rejected",
            "",
            "| metric | value |",
            "|---|---:|",
            f"| event detection P / R / F1 | {_prf_cell(d)} |",
            f"| type accuracy (trigger found) | {_ratio_cell(rep['type_accuracy'])} |",
            f"| type in report | {_ratio_cell(rep['type_in_report'])} |",
        ]
        for slot in ("actor", "target"):
            s = rep[slot]
            lines.append(f"| {slot} P / R / F1 (paired) | {_prf_cell(s)} |")
        for name in _RATIO_NAMES:
            lines.append(f"| {name.replace('_', ' ')} accuracy (paired) | {_ratio_cell(rep[name])} |")
        lines += ["", "| category | P | R | F1 | TP | FP | FN |", "|---|---:|---:|---:|---:|---:|---:|"]
        for t, s in rep["by_type"].items():
            lines.append(
                f"| {t} | {_pct(s['precision'])} | {_pct(s['recall'])} | {_pct(s['f1'])} "
                f"| {s['tp']} | {s['fp']} | {s['fn']} |"
            )
        lines.append("")
    lines.append(f"{results.get('seconds', 0)} s")
    return "\n".join(lines)


@click.command("events")
@click.option(
    "--data",
    type=click.Path(exists=True, path_type=Path),
    default=None,
    envvar="CLAIMGRAPH_PLOVER",
    help=f"Directory holding {GSR_FILE} (or the file). Without it only the report set is scored.",
)
@click.option(
    "--reports",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=Path("eval/events/reports.jsonl"),
    show_default=True,
    help="The report set (JSONL, format in eval/events/README.md).",
)
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Score only the first N items of each set."
)
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True)
@click.option("--model", default=None, envvar="CLAIMGRAPH_SPACY_MODEL", help="spaCy pipeline name or path.")
def events_command(
    data: Path | None,
    reports: Path,
    limit: int | None,
    output_format: str,
    batch_size: int,
    model: str | None,
) -> None:
    """Score PLOVER events on the PLOVER gold sentences and on our report set."""
    from claimgraph.analyse.pipeline import Analyzer

    try:
        results = run_events_eval(data, reports, limit, analyzer=Analyzer(model=model), batch_size=batch_size)
    except GoldFormatError as exc:
        click.echo(f"claimgraph: error: {exc}", err=True)
        raise SystemExit(EXIT_BAD_INPUT) from None
    if output_format == "json":
        sys.stdout.write(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    else:
        click.echo(format_results(results))
