"""Read PolNeAR (Newell, Margolin & Ruths, LREC 2018): BRAT standoff attributions over raw article text.

Layout of one split directory (``<data>/<split>/``)::

    text/<doc>.txt                  the raw article (UTF-8, "\\n" line ends)
    attributions/<doc>_<ann>.ann    one BRAT standoff file per annotator
    index.tsv                       doc, canonical_ann, all_ann_files, n_attributions_canonical

Only the canonical ``.ann`` named by ``index.tsv`` is read: the few documents annotated by five or
six people for agreement studies would otherwise count five or six times.

How the ``.ann`` records make attributions (learned from the files and the annotators' guidelines):

* ``T<n>\\t<Type> <start> <end>[;<start> <end>]*\\t<covered text>`` is a text-bound span; several
  ``;``-separated fragments are one *discontinuous* span (typically a quote interrupted by its cue
  and source: ``"A," she said, "B."``). Offsets are 0-based, end-exclusive ``str`` indices into the
  ``.txt``; the covered text is the fragments joined by one space, and may itself contain line
  breaks, so a physical line that does not start a record continues the previous one.
  Types: ``Source``, ``Cue``, ``Content``; ``Attribution`` / ``Attribution-no-source`` (the event
  trigger, almost always the cue's span again); ``Discard`` (boilerplate) and ``Discuss`` (an
  annotator's flag), which are not attributions.
* ``E<n>\\t<Trigger>:T<a> <Role>:T<b> ...`` is one attribution relation. The first argument is the
  trigger; the others, in any order, are ``Source`` (zero or one: attributions in the passive, "it
  is said that ...", have none), ``Cue`` (one contiguous span: the guidelines' "single contiguous
  cue rule"), ``Content`` and rarely ``Content2`` (a second content span of the same attribution).
  One ``Source`` T may serve several E records ("Newsweek announced X and said Y").
* ``#<n>\\tAnnotatorNotes ...`` is a free-text comment and is ignored.

Per the guidelines, annotators mark only the *outermost* attribution when one is nested in the
content of another, never mark scare quotes or titles, and include in the source the modifiers
that identify it ("Sterling Pratt, wine director at ..."), in the content a leading "that" and the
quotation marks, and in the cue the whole verb group ("could not say", "called for").

Decisions about the rare anomalies of the corpus (dozens among ~24,000 attributions):

* the role in the E record decides, not the T's type (a ``Source:`` argument that points to a
  ``Content``-typed T is read as a source);
* an E lacking a cue or a content is kept with that role empty;
* Source/Cue/Content T's that no E links are not attributions and are only counted
  (``ParsedAnn.unlinked``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

Span = tuple[int, int]
Spans = tuple[Span, ...]

ROLE_TYPES = ("Source", "Cue", "Content")
TRIGGER_ROLES = ("Attribution", "Attribution-no-source")
IGNORED_TYPES = ("Discard", "Discuss")

# A record starts a physical line with its id and a tab; anything else continues the previous record.
_RECORD_START = re.compile(r"^(?=[TEAR#*]\d*\t)", re.MULTILINE)
_T_HEAD = re.compile(r"(?P<type>[^\s]+) (?P<frags>\d+ \d+(?:;\d+ \d+)*)")
_ROLE_ARG = re.compile(r"(?P<role>[A-Za-z-]+?)(?P<n>\d*):(?P<target>T\d+)")


class PolnearFormatError(ValueError):
    """An ``.ann`` file or split directory that does not have the expected shape."""


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One gold attribution: the fragments of its source, cue and content (each may be empty)."""

    source: Spans
    cue: Spans
    content: Spans
    id: str = ""  # the E record, for error reports


@dataclass(frozen=True, slots=True)
class TextBound:
    id: str
    type: str
    spans: Spans


@dataclass(frozen=True, slots=True)
class ParsedAnn:
    attributions: tuple[GoldAttribution, ...]
    unlinked: int = 0  # Source/Cue/Content spans no E record uses
    incomplete: int = 0  # E records without a cue or without a content


@dataclass(frozen=True, slots=True)
class PolnearDocument:
    id: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    ann_file: str
    unlinked: int = 0
    incomplete: int = 0


def _records(ann: str) -> Iterator[tuple[int, str]]:
    """(line number, record) with continuation lines folded back in and the final newline dropped."""
    line = 1
    for chunk in _RECORD_START.split(ann):
        if chunk:
            # Exactly one newline ends a record; any before it belong to a covered text that
            # crossed a line break.
            yield line, chunk[:-1] if chunk.endswith("\n") else chunk
        line += chunk.count("\n")


def parse_ann(ann: str, text: str, *, name: str = "<ann>") -> ParsedAnn:
    """Parse one BRAT standoff file against its text; offsets and covered texts are checked."""
    bounds: dict[str, TextBound] = {}
    events: list[tuple[int, str, list[tuple[str, str]]]] = []
    for line, record in _records(ann):
        if not record.strip():
            continue
        rid, _, rest = record.partition("\t")
        if rid.startswith("T"):
            head, sep, covered = rest.partition("\t")
            match = _T_HEAD.fullmatch(head)
            if match is None or not sep:
                raise PolnearFormatError(f"{name}:{line}: malformed text-bound record {rid}")
            spans = tuple(
                (int(s), int(e)) for s, e in (frag.split(" ") for frag in match["frags"].split(";"))
            )
            _check_spans(spans, covered, text, f"{name}:{line}: {rid}")
            bounds[rid] = TextBound(rid, match["type"], spans)
        elif rid.startswith("E"):
            args = rest.split()
            if not args:
                raise PolnearFormatError(f"{name}:{line}: event {rid} has no arguments")
            parsed: list[tuple[str, str]] = []
            for arg in args[1:]:  # args[0] is the trigger, which repeats the cue
                arg_match = _ROLE_ARG.fullmatch(arg)
                if arg_match is None:
                    raise PolnearFormatError(f"{name}:{line}: malformed argument {arg!r} of {rid}")
                parsed.append((arg_match["role"], arg_match["target"]))
            trigger = args[0].partition(":")[0]
            if trigger not in TRIGGER_ROLES:
                raise PolnearFormatError(f"{name}:{line}: event {rid} starts with {trigger!r}, not a trigger")
            events.append((line, rid, parsed))
        # "#" notes (and the A/R/* records this corpus does not use) carry no spans we score.

    attributions: list[GoldAttribution] = []
    linked: set[str] = set()
    incomplete = 0
    for line, rid, parsed in events:
        roles: dict[str, list[Span]] = {"Source": [], "Cue": [], "Content": []}
        for role, target in parsed:
            if role not in roles:
                raise PolnearFormatError(f"{name}:{line}: unknown role {role!r} in {rid}")
            bound = bounds.get(target)
            if bound is None:
                raise PolnearFormatError(f"{name}:{line}: {rid} points to missing {target}")
            roles[role].extend(bound.spans)
            linked.add(target)
        if not roles["Cue"] or not roles["Content"]:
            incomplete += 1
        attributions.append(
            GoldAttribution(
                source=tuple(sorted(roles["Source"])),
                cue=tuple(sorted(roles["Cue"])),
                content=tuple(sorted(roles["Content"])),
                id=rid,
            )
        )
    unlinked = sum(1 for b in bounds.values() if b.type in ROLE_TYPES and b.id not in linked)
    return ParsedAnn(tuple(attributions), unlinked, incomplete)


def _check_spans(spans: Spans, covered: str, text: str, where: str) -> None:
    for start, end in spans:
        if not 0 <= start < end <= len(text):
            raise PolnearFormatError(f"{where}: span {start}-{end} outside the text ({len(text)} chars)")
    joined = " ".join(text[start:end] for start, end in spans)
    if joined != covered:
        raise PolnearFormatError(f"{where}: covered text does not match the .txt at {list(spans)}")


def split_dir(data: Path, split: str) -> Path:
    """The directory of one split; ``data`` may also be that directory itself."""
    for candidate in (data / split, data):
        if (candidate / "index.tsv").is_file():
            return candidate
    raise PolnearFormatError(f"{data}: no {split}/index.tsv (is this the PolNeAR directory?)")


def read_index(directory: Path) -> list[tuple[str, str]]:
    """(doc, canonical .ann file name) for every document of a split, in index order."""
    with (directory / "index.tsv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        if reader.fieldnames is None or not {"doc", "canonical_ann"} <= set(reader.fieldnames):
            raise PolnearFormatError(f"{directory / 'index.tsv'}: needs 'doc' and 'canonical_ann' columns")
        return [(row["doc"], row["canonical_ann"]) for row in reader]


def load_document(directory: Path, doc: str, ann_file: str) -> PolnearDocument:
    text_path = directory / "text" / f"{doc}.txt"
    ann_path = directory / "attributions" / ann_file
    for path in (text_path, ann_path):
        if not path.is_file():
            raise PolnearFormatError(f"{path}: missing")
    text = _read_exact(text_path)
    parsed = parse_ann(_read_exact(ann_path), text, name=ann_path.name)
    return PolnearDocument(doc, text, parsed.attributions, ann_file, parsed.unlinked, parsed.incomplete)


def _read_exact(path: Path) -> str:
    # Not read_text(): universal newlines would rewrite a stray "\r" and shift every later offset.
    return path.read_bytes().decode("utf-8")


def iter_split(data: Path, split: str, *, limit: int | None = None) -> Iterator[PolnearDocument]:
    """The documents of one split in index order (the first ``limit`` only, when given)."""
    directory = split_dir(data, split)
    index = read_index(directory)
    if limit is not None:
        index = index[:limit]
    for doc, ann_file in index:
        yield load_document(directory, doc, ann_file)


def load_split(data: Path, split: str, *, limit: int | None = None) -> list[PolnearDocument]:
    return list(iter_split(data, split, limit=limit))
