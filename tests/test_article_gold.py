"""End-to-end checks of attribution against hand-annotated, invented articles.

Each ``tests/data/articles/NAME.gold.json`` lists every attribution a reader finds in
``NAME.txt`` / ``NAME.html`` (see ``tests/data/articles/README.md`` for how the gold was written).
The tests run the public API, ``claimgraph.analyze_text``, once per article and compare its
``claimgraph/1`` output with the gold:

* recall: every gold attribution is found;
* precision: at most one predicted attribution per article matches no gold one;
* speaker groups: mentions of one speaker resolve to one entity, named as the gold says;
* modality: the claims linked to a found attribution carry the gold modality.

Matching is tolerant where annotators and systems legitimately differ and strict where the
output would mislead a reader:

* kind must be equal; the cue text equal ignoring case (for ``according_to`` it must contain
  "according to"; gold headlines and scare quotes accept any cue or none);
* content: token overlap (lower-cased word characters, as multisets) covers >= 0.8 of the gold tokens
  and >= 0.6 of the predicted ones, so "that" or a trailing clause may differ;
* speaker: the mention text equals the gold one ignoring case and a leading article; a scare
  quote must have no speaker mention;
* matching is one-to-one, so a duplicate prediction is an extra one.

Precision ignores ``narration`` (the outlet's own statements are not annotated) and ``stance``
("X backs Y": a position toward something, outside the gold's convention) and predicted
scare quotes whose words lie inside a gold content (a partial quote in reported speech).
A predicted attribution whose cue or content lies inside a ``not_attributions`` phrase always
fails. The modality test skips scare quotes (no claim is required for them).

The gold-only tests (``substring``, ``well_formed``) need no analysis and run on their own.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

ARTICLES_DIR = Path(__file__).parent / "data" / "articles"
GOLD_PATHS = sorted(ARTICLES_DIR.glob("*.gold.json"))

GOLD_KINDS = {"direct", "indirect", "according_to", "scare_quote", "headline"}
# stance ("X backs Y") is a position, not a reported statement: the gold convention does not annotate it.
NOT_ANNOTATED_KINDS = {"narration", "stance", "unsourced"}
OUTPUT_KINDS = GOLD_KINDS | NOT_ANNOTATED_KINDS
MODALITIES = {"asserted", "hedged", "denied", "future", "question"}

MIN_GOLD_COVERAGE = 0.8  # share of the gold content's tokens the prediction must cover
MIN_PRED_COVERAGE = 0.6  # share of the predicted content's tokens that must be in the gold content
MAX_EXTRA_PREDICTIONS = 1  # predicted attributions per article allowed to match no gold one

Gold = dict[str, Any]
Output = dict[str, Any]


# --------------------------------------------------------------------------- gold loading


def _gold_id(path: Path) -> str:
    return path.name.removesuffix(".gold.json")


def _load_gold(path: Path) -> Gold:
    gold: Gold = json.loads(path.read_text(encoding="utf-8"))
    return gold


def _article_path(gold: Gold) -> Path:
    return ARTICLES_DIR / gold["article"]


def _is_html(gold: Gold) -> bool:
    return _article_path(gold).suffix.lower() in {".html", ".htm"}


def _raw(gold: Gold) -> str:
    return _article_path(gold).read_text(encoding="utf-8")


class _VisibleText(HTMLParser):
    """Text a reader sees: paragraphs and headings, and separately everything visible."""

    HIDDEN = frozenset({"head", "script", "style", "template", "noscript", "title"})
    PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
    INLINE = frozenset(
        {"a", "abbr", "b", "cite", "em", "i", "q", "small", "span", "strong", "sub", "sup", "time"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._hidden = 0
        self._in_paragraph = 0
        self._current: list[str] = []
        self.paragraphs: list[str] = []
        self.visible: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.INLINE:
            self.visible.append(" ")  # block boundaries separate words; inline tags do not
        if tag in self.HIDDEN:
            self._hidden += 1
        elif tag in self.PARAGRAPHS:
            self._in_paragraph += 1

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.INLINE:
            self.visible.append(" ")
        if tag in self.HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self.PARAGRAPHS and self._in_paragraph:
            self._in_paragraph -= 1
            if not self._in_paragraph:
                self.paragraphs.append(_collapse("".join(self._current)))
                self._current = []

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        self.visible.append(data)
        if self._in_paragraph:
            self._current.append(data)


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _reference_text(gold: Gold) -> str:
    """The text gold attributions must be substrings of: the file, or an HTML page's paragraphs."""
    raw = _raw(gold)
    if not _is_html(gold):
        return raw
    parser = _VisibleText()
    parser.feed(raw)
    parser.close()
    return "\n\n".join(p for p in parser.paragraphs if p)


def _visible_text(gold: Gold) -> str:
    """Everything a reader could see (for HTML also nav, boxes and footer): for not_attributions."""
    raw = _raw(gold)
    if not _is_html(gold):
        return raw
    parser = _VisibleText()
    parser.feed(raw)
    parser.close()
    return _collapse("".join(parser.visible))


# --------------------------------------------------------------------------- matching


def _norm(text: str | None) -> str:
    return _collapse(text or "").lower()


def _mention(text: str | None) -> str:
    """A speaker mention or entity name for comparison: case and a leading article don't count."""
    return re.sub(r"^(?:the|a|an)\s+", "", _norm(text))


def _tokens(text: str | None) -> Counter[str]:
    return Counter(re.findall(r"\w+", (text or "").lower()))


def _word_string(text: str | None) -> str:
    """The words of ``text``, lower-cased and space-padded, for whole-word containment tests."""
    return " " + " ".join(re.findall(r"\w+", (text or "").lower())) + " "


def _coverage(gold_text: str, pred_text: str | None) -> tuple[float, float]:
    """(share of gold tokens covered, share of predicted tokens that are gold), multiset overlap."""
    gold_tokens, pred_tokens = _tokens(gold_text), _tokens(pred_text)
    common = sum((gold_tokens & pred_tokens).values())
    return (
        common / max(1, sum(gold_tokens.values())),
        common / max(1, sum(pred_tokens.values())),
    )


def _span_text(span: dict[str, Any] | None) -> str | None:
    return None if span is None else span.get("text")


def _mismatches(gold_attr: Gold, pred: Output) -> list[str]:
    """Why ``pred`` is not ``gold_attr`` (empty when it matches)."""
    why = []
    if pred.get("kind") != gold_attr["kind"]:
        why.append(f"kind {pred.get('kind')!r} != {gold_attr['kind']!r}")
    gold_cue, pred_cue = gold_attr["cue"], _span_text(pred.get("cue"))
    if gold_cue is not None:  # headlines and scare quotes: any cue (or none) will do
        if gold_attr["kind"] == "according_to":
            if "according to" not in _norm(pred_cue):
                why.append(f"cue {pred_cue!r} lacks 'according to'")
        elif _norm(pred_cue) != _norm(gold_cue):
            why.append(f"cue {pred_cue!r} != {gold_cue!r}")
    gold_cov, pred_cov = _coverage(gold_attr["content"], _span_text(pred.get("content")))
    if gold_cov < MIN_GOLD_COVERAGE or pred_cov < MIN_PRED_COVERAGE:
        why.append(f"content overlap {gold_cov:.2f} of gold, {pred_cov:.2f} of prediction")
    pred_speaker = _span_text(pred.get("speaker"))
    if gold_attr["speaker"] is None:
        if pred_speaker:  # a scare quote is the outlet's: no speaker mention
            why.append(f"speaker {pred_speaker!r}, expected none")
    elif _mention(pred_speaker) != _mention(gold_attr["speaker"]):
        why.append(f"speaker {pred_speaker!r} != {gold_attr['speaker']!r}")
    return why


def _assign(golds: list[Gold], preds: list[Output]) -> dict[int, int]:
    """One-to-one matching of gold to predicted attributions (maximum bipartite matching).

    A duplicate prediction therefore counts as an extra one, and two identical gold items
    (the same scare quote twice) need two predictions.
    """
    candidates = [[j for j, pred in enumerate(preds) if not _mismatches(g, pred)] for g in golds]
    owner: dict[int, int] = {}

    def place(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(golds)):
        place(i, set())
    return {i: j for j, i in owner.items()}


def _describe_pred(pred: Output) -> str:
    content = _span_text(pred.get("content")) or ""
    if len(content) > 90:
        content = content[:87] + "..."
    return (
        f"[{pred.get('id')}] {pred.get('kind')} speaker={_span_text(pred.get('speaker'))!r} "
        f"cue={_span_text(pred.get('cue'))!r} content={content!r}"
    )


def _describe_gold(index: int, gold_attr: Gold) -> str:
    content = gold_attr["content"]
    if len(content) > 90:
        content = content[:87] + "..."
    return (
        f"gold #{index} {gold_attr['kind']} speaker={gold_attr['speaker']!r} "
        f"cue={gold_attr['cue']!r} content={content!r}"
    )


def _best_candidate(gold_attr: Gold, preds: list[Output]) -> int | None:
    """Index of the prediction closest to ``gold_attr``: fewest mismatches, then most overlap."""

    def score(j: int) -> tuple[int, float]:
        gold_cov, pred_cov = _coverage(gold_attr["content"], _span_text(preds[j].get("content")))
        return (-len(_mismatches(gold_attr, preds[j])), gold_cov + pred_cov)

    return max(range(len(preds)), key=score, default=None)


def _fail_on(problems: list[str], header: str = "") -> None:
    """Fail with one readable line per problem (no assertion-rewriting noise)."""
    if problems:
        pytest.fail("\n".join([header, *problems] if header else problems), pytrace=False)


def _inside(inner: dict[str, Any] | None, outer: tuple[int, int]) -> bool:
    if not inner or not isinstance(inner.get("start"), int) or not isinstance(inner.get("end"), int):
        return False
    return outer[0] <= inner["start"] and inner["end"] <= outer[1]


def _occurrences(text: str, phrase: str) -> Iterable[tuple[int, int]]:
    start = text.find(phrase)
    while start != -1:
        yield start, start + len(phrase)
        start = text.find(phrase, start + 1)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def analyze() -> Callable[[Gold], Output]:
    """Runs the public API once per article.

    The import is deliberately not guarded by ``importorskip``: a missing or broken API makes
    every analysis test error loudly, while the gold-only tests still run.
    """
    from claimgraph import analyze_text

    cache: dict[str, Output] = {}

    def run(gold: Gold) -> Output:
        name = gold["article"]
        if name not in cache:
            cache[name] = analyze_text(_raw(gold), html=_is_html(gold), id=Path(name).stem)
        return cache[name]

    return run


@pytest.fixture(params=GOLD_PATHS, ids=_gold_id)
def gold(request: pytest.FixtureRequest) -> Gold:
    path: Path = request.param
    return _load_gold(path)


def test_there_are_six_annotated_articles() -> None:
    assert len(GOLD_PATHS) >= 6, [p.name for p in GOLD_PATHS]


# --------------------------------------------------------------------------- gold-only tests


def test_gold_strings_are_substrings_of_article(gold: Gold) -> None:
    text = _reference_text(gold)
    problems = []
    for i, attr in enumerate(gold["attributions"]):
        for field in ("speaker", "cue", "content"):
            value = attr.get(field)
            if value is not None and value not in text:
                problems.append(f"#{i} {field} {value!r} is not in the article text")
    for group in gold["same_speaker"]:
        problems += [f"same_speaker {m!r} is not in the article text" for m in group if m not in text]
    visible = _visible_text(gold)
    problems += [
        f"not_attribution {phrase!r} is not in the article's visible text"
        for phrase in gold["not_attributions"]
        if phrase not in visible
    ]
    _fail_on(problems)


def test_gold_is_well_formed(gold: Gold) -> None:
    problems = []
    if not _article_path(gold).is_file():
        problems.append(f"article file {gold['article']!r} is missing")
    attrs = gold["attributions"]
    if not attrs:
        problems.append("no attributions")
    for i, attr in enumerate(attrs):
        if set(attr) != {"kind", "speaker", "speaker_entity", "cue", "content", "modality"}:
            problems.append(f"#{i} has keys {sorted(attr)}")
            continue
        if attr["kind"] not in GOLD_KINDS:
            problems.append(f"#{i} kind {attr['kind']!r}")
        if attr["modality"] not in MODALITIES:
            problems.append(f"#{i} modality {attr['modality']!r}")
        if (attr["speaker"] is None) != (attr["kind"] == "scare_quote"):
            problems.append(f"#{i} a speaker is required except for scare quotes, which have none")
        if attr["cue"] is None and attr["kind"] not in {"scare_quote", "headline"}:
            problems.append(f"#{i} {attr['kind']} needs a cue")
        if attr["kind"] == "according_to" and "according to" not in _norm(attr["cue"]):
            problems.append(f"#{i} according_to cue {attr['cue']!r}")
        if not _tokens(attr["content"]):
            problems.append(f"#{i} content has no words")
    # Group members are speaker mentions; a mention belongs to one group; a group is one entity.
    seen: dict[str, int] = {}
    for g, group in enumerate(gold["same_speaker"]):
        members = {_norm(m) for m in group}
        for member in members:
            if member in seen:
                problems.append(f"{member!r} is in same_speaker groups {seen[member]} and {g}")
            seen[member] = g
        in_group = [a for a in attrs if a.get("speaker") and _norm(a["speaker"]) in members]
        missing = members - {_norm(a["speaker"]) for a in in_group}
        if missing:
            problems.append(f"group {group} names {sorted(missing)}, which speak in no gold attribution")
        entities = {a["speaker_entity"] for a in in_group}
        if len(entities) > 1:
            problems.append(f"group {group} mixes speaker_entity values {sorted(map(str, entities))}")
    for phrase in gold["not_attributions"]:
        if not phrase.strip():
            problems.append("empty not_attribution")
    _fail_on(problems)


# --------------------------------------------------------------------------- analysis tests


def _attributions(out: Output) -> list[Output]:
    attrs: list[Output] = out["attributions"]
    return attrs


def test_output_follows_contract(gold: Gold, analyze: Callable[[Gold], Output]) -> None:
    out = analyze(gold)
    text = out["article"]["text"]
    assert isinstance(text, str) and text, "article.text is empty"
    problems = []
    entity_ids = {e["id"] for e in out["entities"]}
    spans: list[tuple[str, dict[str, Any]]] = []
    for entity in out["entities"]:
        spans += [(f"entity {entity['id']} mention", m) for m in entity["mentions"]]
    for attr in _attributions(out):
        if attr["kind"] not in OUTPUT_KINDS:
            problems.append(f"attribution {attr['id']} kind {attr['kind']!r}")
        for field in ("speaker", "cue", "content"):
            span = attr.get(field)
            if span is not None and isinstance(span.get("start"), int):
                spans.append((f"attribution {attr['id']} {field}", span))
        speaker = attr.get("speaker")
        if speaker and speaker.get("text") and speaker.get("entity") not in entity_ids:
            problems.append(f"attribution {attr['id']} speaker entity {speaker.get('entity')!r} is unknown")
    attribution_ids = {a["id"] for a in _attributions(out)}
    for claim in out["claims"]:
        spans.append((f"claim {claim['id']}", claim))
        if claim["modality"] not in MODALITIES:
            problems.append(f"claim {claim['id']} modality {claim['modality']!r}")
        if claim["attribution"] is not None and claim["attribution"] not in attribution_ids:
            problems.append(f"claim {claim['id']} points at unknown attribution {claim['attribution']!r}")
    for where, span in spans:
        if text[span["start"] : span["end"]] != span["text"]:
            problems.append(f"{where}: text {span['text']!r} != article[{span['start']}:{span['end']}]")
    _fail_on(problems)


def test_recall(gold: Gold, analyze: Callable[[Gold], Output]) -> None:
    preds = _attributions(analyze(gold))
    golds = gold["attributions"]
    assigned = _assign(golds, preds)
    owner_of = {j: i for i, j in assigned.items()}
    lines = []
    for i, gold_attr in enumerate(golds):
        if i in assigned:
            continue
        lines.append(f"missing {_describe_gold(i, gold_attr)}")
        best = _best_candidate(gold_attr, preds)
        if best is None:
            lines.append("    no predicted attributions at all")
            continue
        reasons = _mismatches(gold_attr, preds[best]) or [
            f"it matches, but is taken by gold #{owner_of.get(best)}"
        ]
        lines.append(f"    best candidate {_describe_pred(preds[best])}")
        lines.append(f"    because: {'; '.join(reasons)}")
    _fail_on(lines, f"{len(golds) - len(assigned)} of {len(golds)} gold attributions not found:")


def test_precision(gold: Gold, analyze: Callable[[Gold], Output]) -> None:
    out = analyze(gold)
    preds = _attributions(out)
    text = out["article"]["text"]
    golds = gold["attributions"]
    matched = set(_assign(golds, preds).values())
    gold_contents = [_word_string(a["content"]) for a in golds]
    extras, forbidden = [], []
    for j, pred in enumerate(preds):
        if j in matched or pred.get("kind") in NOT_ANNOTATED_KINDS:  # the outlet's narration, stances
            continue
        content = _word_string(_span_text(pred.get("content")))
        if pred.get("kind") == "scare_quote" and content.strip() and any(content in g for g in gold_contents):
            continue  # a partial quote inside gold reported speech, e.g. said it was "a war crime"
        extras.append(pred)
        for phrase in gold["not_attributions"]:
            for occurrence in _occurrences(text, phrase):
                if _inside(pred.get("cue"), occurrence) or _inside(pred.get("content"), occurrence):
                    forbidden.append(f"{_describe_pred(pred)}\n    is the non-attribution {phrase!r}")
    _fail_on(forbidden, "predicted attributions that must not exist:")
    if len(extras) > MAX_EXTRA_PREDICTIONS:
        _fail_on(
            [_describe_pred(p) for p in extras],
            f"{len(extras)} predicted attributions match no gold one"
            f" (at most {MAX_EXTRA_PREDICTIONS} allowed):",
        )


def test_speaker_groups(gold: Gold, analyze: Callable[[Gold], Output]) -> None:
    out = analyze(gold)
    preds = _attributions(out)
    golds = gold["attributions"]
    assigned = _assign(golds, preds)
    entities = {e["id"]: e for e in out["entities"]}

    # Explicit groups, plus each other speaker with a named entity as a group of its own.
    groups: list[list[int]] = []
    grouped: set[int] = set()
    for group in gold["same_speaker"]:
        members = {_norm(m) for m in group}
        idxs = [i for i, a in enumerate(golds) if a["speaker"] and _norm(a["speaker"]) in members]
        groups.append(idxs)
        grouped.update(idxs)
    groups += [[i] for i, a in enumerate(golds) if i not in grouped and a["speaker_entity"]]

    problems = []
    for idxs in groups:
        if not idxs:
            continue
        label = " / ".join(sorted({golds[i]["speaker"] for i in idxs}))
        found = {i: preds[assigned[i]] for i in idxs if i in assigned}
        if len(found) < min(2, len(idxs)):
            problems.append(f"{label}: only {len(found)} of {len(idxs)} attributions found, cannot check")
            continue
        by_entity: dict[Any, list[str]] = {}
        for i, pred in found.items():
            by_entity.setdefault((pred.get("speaker") or {}).get("entity"), []).append(
                f"#{i} {golds[i]['speaker']!r}"
            )
        if len(by_entity) > 1:
            problems.append(f"{label}: split over entities {by_entity}")
            continue
        (entity_id,) = by_entity
        if entity_id is None:
            problems.append(f"{label}: speaker has no entity")
            continue
        expected = golds[idxs[0]]["speaker_entity"]
        if expected:
            named = [e["id"] for e in out["entities"] if _mention(e["name"]) == _mention(expected)]
            actual = entities.get(entity_id, {}).get("name")
            if not named:
                problems.append(f"{label}: no entity named {expected!r} (speaker entity is {actual!r})")
            elif entity_id not in named:
                problems.append(f"{label}: resolved to {entity_id} {actual!r}, not to {expected!r} {named}")
    _fail_on(problems)


def test_claim_modality(gold: Gold, analyze: Callable[[Gold], Output]) -> None:
    out = analyze(gold)
    preds = _attributions(out)
    golds = gold["attributions"]
    assigned = _assign(golds, preds)
    if not assigned:
        pytest.fail("no gold attribution was found, so no modality can be checked (see test_recall)")
    claims_of: dict[str, list[Output]] = {}
    for claim in out["claims"]:
        claims_of.setdefault(claim["attribution"], []).append(claim)
    problems = []
    for i, j in sorted(assigned.items()):
        if golds[i]["kind"] == "scare_quote":
            continue  # the outlet's distancing, not a claim: no claim is required or checked
        expected = golds[i]["modality"]
        linked = claims_of.get(preds[j]["id"], [])
        if not linked:
            problems.append(f"{_describe_gold(i, golds[i])}: no claim linked to {preds[j]['id']}")
        elif expected not in {c["modality"] for c in linked}:
            got = ", ".join(f"{c['modality']} {c['text'][:60]!r}" for c in linked)
            problems.append(f"{_describe_gold(i, golds[i])}: expected {expected}, claims are {got}")
    _fail_on(problems)
