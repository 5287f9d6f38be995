"""Attribution: who says what, found with rules over the dependency parse and the quote regions.

Kinds found here: ``direct`` (a quotation with a speaker; it may run over several sentences and
paragraphs), ``indirect`` (a cue verb with a clausal complement, cue before or after the content),
``according_to``, ``headline`` ("Russian rebels: We'll move ..."), and ``scare_quote`` (quoted
words no speaker is given for). Speakers are resolved to one entity across their referring
expressions ("Opposition volunteer formations", "The units", "They", "the statement") by
salience: the most recent speaker of a compatible class, as in Lappin & Leass (1994), restricted to
speakers because attributed text is what we resolve.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimgraph.analyse.entities import EntityTable
from claimgraph.analyse.lexicon import (
    ARMED_GROUP_NOUNS,
    COLLECTIVE_PERSON_NOUNS,
    DOCUMENT_NOUNS,
    GOVERNMENT_NOUNS,
    NEGATIVE_SUBJECTS,
    PERSON_ROLE_NOUNS,
    SPEECH_CUES,
)
from claimgraph.analyse.quotes import Quote, find_quotes
from claimgraph.model import Attribution, AttributionKind, Span, Speaker

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
CLAUSE_DEPS = {"ccomp"}
PRONOUN_CLASSES = {
    "he": "person",
    "she": "person",
    "him": "person",
    "her": "person",
    "they": "group",
    "them": "group",
    "it": "group",
    "we": "group",
    "i": "person",
}
CLASS_TYPES = {
    "armed": "ARMED_GROUP",
    "gov": "GOV",
    "person": "PERSON",
    "collective": "GROUP",
    "other": "ORG",
}
ENTITY_CLASSES = {
    "PERSON": "person",
    "ARMED_GROUP": "armed",
    "GOV": "gov",
    "ORG": "org",
    "GPE": "gov",
    "NORP": "group",
    "GROUP": "collective",
    "LOC": "other",
    "FAC": "other",
    "EVENT": "other",
}
MAX_SCARE_QUOTE_WORDS = 8


@dataclass
class _Found:
    kind: AttributionKind
    speaker: SpacySpan | None
    cue: Span | None
    content: Span
    cue_lemma: str | None = None
    entity: str | None = None


@dataclass
class _Salience:
    """Speakers seen so far, most recent last: (entity id, class, head lemmas)."""

    speakers: list[tuple[str, str, set[str]]] = field(default_factory=list)

    def note(self, entity: str, klass: str, lemma: str | None) -> None:
        for i, (eid, _, lemmas) in enumerate(self.speakers):
            if eid == entity:
                if lemma:
                    lemmas.add(lemma)
                self.speakers.append(self.speakers.pop(i))
                return
        self.speakers.append((entity, klass, {lemma} if lemma else set()))

    def most_recent(self, classes: Iterable[str]) -> str | None:
        wanted = set(classes)
        for entity, klass, _ in reversed(self.speakers):
            if klass in wanted:
                return entity
        return None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of doc[start:end] without edge punctuation, spaces and a leading 'that'."""
    while start < end and (
        (doc[start].is_punct and doc[start].text not in '"“”«»')
        or doc[start].is_space
        or (doc[start].lower_ in {"that", ":"} and doc[start].dep_ in {"mark", "punct"})
    ):
        start += 1
    while end > start and (
        (doc[end - 1].is_punct and doc[end - 1].text not in '"“”«»?!')
        or doc[end - 1].is_space
        or doc[end - 1].dep_ == "cc"
    ):
        end -= 1
    if start >= end:
        return doc[start].idx, doc[start].idx
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _subtree_bounds(token: Token, exclude: Token | None = None) -> tuple[int, int]:
    tokens = [t.i for t in token.subtree if exclude is None or t not in set(exclude.subtree)]
    return min(tokens), max(tokens) + 1


def _mention_span(subject: Token) -> SpacySpan:
    """The speaker's noun phrase: the subject and its modifiers, without appositions and clauses."""
    doc = subject.doc
    left = subject.left_edge.i
    right = subject.i
    for child in subject.rights:
        adjacent = child.i == right + 1 and child.dep_ in {"prep", "compound", "nummod", "amod", "poss"}
        if adjacent or (child.dep_ == "prep" and child.i <= right + 2):
            right = child.right_edge.i
        else:
            break
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left : right + 1]


def _cue_subject(cue: Token) -> Token | None:
    for child in cue.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    # "said ... and added": the second verb shares the first one's subject.
    if cue.dep_ == "conj" and cue.head.lemma_ in SPEECH_CUES:
        return _cue_subject(cue.head)
    # "..., saying that": the participle's subject is its head verb's subject.
    if cue.dep_ in {"advcl", "xcomp"} and cue.tag_ in {"VBG"}:
        return _cue_subject(cue.head)
    return None


def _is_negative(subject: Token) -> bool:
    phrase = " ".join(t.lower_ for t in subject.subtree if not t.is_punct)
    return any(phrase == neg or phrase.startswith(neg + " ") for neg in NEGATIVE_SUBJECTS)


class AttributionFinder:
    """Finds attributions in one parsed article and resolves their speakers into ``entities``."""

    def __init__(
        self,
        doc: Doc,
        entities: EntityTable,
        paragraphs: list[tuple[int, int]],
        headline: tuple[int, int] | None,
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.entities = entities
        self.headline = headline
        blocks = ([headline] if headline else []) + paragraphs
        self.quotes, self.unpaired = find_quotes(self.text, blocks)
        self.paragraphs = blocks
        self.salience = _Salience()

    # ---- helpers -------------------------------------------------------------------------------------
    def _quote_at(self, position: int) -> Quote | None:
        return next((q for q in self.quotes if q.contains(position)), None)

    def _in_quote(self, token: Token) -> bool:
        return self._quote_at(token.idx) is not None

    def _paragraph_of(self, position: int) -> int:
        for i, (start, end) in enumerate(self.paragraphs):
            if start <= position <= end:
                return i
        return -1

    def _cue_span(self, cue: Token) -> Span:
        end_token = cue
        for child in cue.children:
            if child.dep_ == "prt" and child.i == cue.i + 1:
                end_token = child  # "pointed out", "called on"
        return Span.of(self.text, cue.idx, end_token.idx + len(end_token.text))

    # ---- finders -------------------------------------------------------------------------------------
    def find(self) -> list[_Found]:
        found: list[_Found] = []
        used_cues: set[int] = set()
        used_quotes: set[Quote] = set()
        found += self._direct(used_cues, used_quotes)
        found += self._reported(used_cues)
        found += self._according_to()
        found += self._headline(found)
        found += self._continued_quotes(found, used_quotes)
        found += self._scare_quotes(found, used_quotes)
        found.sort(key=lambda f: (f.content.start, f.cue.start if f.cue else 0))
        return found

    def _cue_tokens(self, sentence: SpacySpan) -> list[Token]:
        return [t for t in sentence if t.lemma_.lower() in SPEECH_CUES and t.pos_ in {"VERB", "AUX"}]

    def _direct(self, used_cues: set[int], used_quotes: set[Quote]) -> list[_Found]:
        """Quotes with a cue verb right after them ('," the statement said') or right before ('said: "')."""
        results: list[_Found] = []
        for quote in self.quotes:
            cue = self._cue_after(quote) or self._cue_before(quote)
            if cue is None:
                continue
            subject = _cue_subject(cue)
            if subject is None or self._in_quote(subject) or _is_negative(subject):
                continue
            used_cues.add(cue.i)
            used_quotes.add(quote)
            results.append(
                _Found(
                    "direct",
                    _mention_span(subject),
                    self._cue_span(cue),
                    quote.inner(self.text),
                    cue.lemma_.lower(),
                )
            )
        return results

    def _cue_after(self, quote: Quote) -> Token | None:
        tail = self.text[quote.close : quote.close + 120]
        if not re.match(r"^[\s,.:;!?—–-]*", tail):
            return None
        window = self.doc.char_span(
            quote.close, min(len(self.text), quote.close + 120), alignment_mode="expand"
        )
        if window is None:
            return None
        for i, token in enumerate(window):
            if token.is_space and "\n" in token.text:
                return None
            if self._in_quote(token):
                return None
            if token.text in {".", "!", "?"} and i > 0:
                return None
            if token.lemma_.lower() in SPEECH_CUES and token.pos_ in {"VERB", "AUX"} and i <= 8:
                return token
        return None

    def _cue_before(self, quote: Quote) -> Token | None:
        head = self.text[max(0, quote.open - 160) : quote.open].rstrip()
        if not head or head[-1] not in ",:—–":
            return None
        start = max(0, quote.open - 160)
        window = self.doc.char_span(start, quote.open, alignment_mode="contract")
        if window is None:
            return None
        for token in reversed(list(window)):
            if (token.is_space and "\n" in token.text) or self._in_quote(token):
                return None
            if token.text in {".", "!", "?"}:
                return None
            if token.lemma_.lower() in SPEECH_CUES and token.pos_ in {"VERB", "AUX"}:
                if quote.open - (token.idx + len(token.text)) > 60:
                    return None
                return token
        return None

    def _complement(self, cue: Token) -> tuple[int, int] | None:
        """Token bounds of the reported content for a cue verb, or None if it has none."""
        clauses = [c for c in cue.children if c.dep_ in CLAUSE_DEPS]
        if clauses:
            clause = clauses[0]
            start, end = _subtree_bounds(clause)
            if clause.i > cue.i:
                # "stated that X, and the army lost Y": coordinated clauses continue the content.
                # A second complement ("say that X, Russians see Y") continues it too.
                for child in cue.children:
                    if (
                        child.dep_ in {"conj", "ccomp"}
                        and child.i > clause.i
                        and child.lemma_.lower() not in SPEECH_CUES
                    ):
                        end = max(end, _subtree_bounds(child)[1])
            return start, end
        lemma = cue.lemma_.lower()
        if lemma in {"call", "urge", "appeal", "ask", "warn", "demand"}:
            # "called on compatriots to join their ranks", "urged residents to leave".
            xcomps = [c for c in cue.subtree if c.dep_ == "xcomp" and c.head in (cue, *cue.children)]
            objects = [
                c for c in cue.subtree if c.dep_ in {"pobj", "dobj"} and c.head in (cue, *cue.children)
            ]
            if xcomps:
                start = min(
                    [x.left_edge.i for x in xcomps] + [o.left_edge.i for o in objects if o.i < xcomps[0].i]
                )
                return start, max(x.right_edge.i for x in xcomps) + 1
        if lemma in {"deny", "reject", "dismiss", "refute", "dispute"}:
            objects = [c for c in cue.children if c.dep_ == "dobj"]
            if objects:
                return _subtree_bounds(objects[0])
        # "Ten people died, police said": the cue hangs off the content's verb.
        hangs_off_content = cue.dep_ in {"parataxis", "advcl"} and cue.i > cue.head.i
        if (
            hangs_off_content
            and cue.head.pos_ in {"VERB", "AUX"}
            and any(t.text == "," for t in self.doc[cue.head.i : cue.i])
        ):
            start, end = _subtree_bounds(cue.head, exclude=cue)
            return start, min(end, cue.left_edge.i)
        return None

    def _reported(self, used_cues: set[int]) -> list[_Found]:
        results: list[_Found] = []
        for sentence in self.doc.sents:
            for cue in self._cue_tokens(sentence):
                if cue.i in used_cues or self._in_quote(cue):
                    continue
                bounds = self._complement(cue)
                if bounds is None:
                    continue
                subject = _cue_subject(cue)
                if subject is None:
                    continue
                if subject.lower_ == "it" and subject.dep_ == "nsubjpass":
                    continue  # "it was reported that": no speaker to name
                if _is_negative(subject) or self._in_quote(subject):
                    continue
                if any(
                    a.dep_ == "aux" and a.lower_ in {"can", "could"} for a in cue.children
                ) and subject.lower_ in {"one", "anyone", "nobody"}:
                    continue
                start, end = _trim(self.doc, *bounds)
                if end - start < 3:
                    continue
                content = Span.of(self.text, start, end)
                kind: AttributionKind = "indirect"
                quote = self._quote_at(start)
                if quote and quote.outer[0] <= start and end <= quote.outer[1]:
                    kind = "direct"
                    content = quote.inner(self.text)
                used_cues.add(cue.i)
                results.append(
                    _Found(kind, _mention_span(subject), self._cue_span(cue), content, cue.lemma_.lower())
                )
        return results

    def _according_to(self) -> list[_Found]:
        results: list[_Found] = []
        for token in self.doc:
            if (
                token.lower_ != "according"
                or token.i + 1 >= len(self.doc)
                or self.doc[token.i + 1].lower_ != "to"
            ):
                continue
            to = self.doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"] or [
                c for c in token.children if c.dep_ == "pobj"
            ]
            if not objects:
                continue
            source = objects[0]
            sentence = token.sent
            pp_start, pp_end = token.i, max(t.i for t in source.subtree) + 1
            before = (sentence.start, pp_start)
            after = (pp_end, sentence.end)
            side = before if before[1] - before[0] >= after[1] - after[0] else after
            start, end = _trim(self.doc, *side)
            if end - start < 3:
                continue
            mention = self.doc[source.left_edge.i : source.i + 1]
            for child in source.rights:
                if child.dep_ == "prep" and child.lower_ in {"of", "from", "in"}:
                    mention = self.doc[source.left_edge.i : child.right_edge.i + 1]
                break
            cue = Span.of(self.text, token.idx, to.idx + len(to.text))
            results.append(_Found("according_to", mention, cue, Span.of(self.text, start, end), "according"))
        return results

    def _headline(self, found: list[_Found]) -> list[_Found]:
        if not self.headline:
            return []
        h_start, h_end = self.headline
        for f in found:
            if h_start <= f.content.start < h_end:
                f.kind = "headline"
        match = re.match(r"^([^:\n]{2,60}?):\s+(\S.*)$", self.text[h_start:h_end])
        if not match or len(match.group(1).split()) > 6 or any(c.isdigit() for c in match.group(1)):
            return []
        if any(h_start <= f.content.start < h_end for f in found):
            return []
        speaker = self.doc.char_span(h_start, h_start + len(match.group(1)), alignment_mode="contract")
        if speaker is None:
            return []
        content_start = h_start + match.start(2)
        content = Span.of(self.text, content_start, h_end)
        return [_Found("headline", speaker, None, content, None)]

    def _continued_quotes(self, found: list[_Found], used_quotes: set[Quote]) -> list[_Found]:
        """A full-sentence quote with no cue, right after a direct quote, continues that speaker."""
        results: list[_Found] = []
        direct = sorted((f for f in found if f.kind == "direct"), key=lambda f: f.content.start)
        for quote in self.quotes:
            if quote in used_quotes:
                continue
            inner = quote.inner(self.text)
            if len(inner.text.split()) <= MAX_SCARE_QUOTE_WORDS or any(
                f.content.contains(inner) for f in found
            ):
                continue
            paragraph = self._paragraph_of(quote.open)
            previous = [
                f
                for f in direct
                if f.content.end <= quote.open and paragraph - self._paragraph_of(f.content.start) <= 1
            ]
            if not previous:
                continue
            used_quotes.add(quote)
            # Same speaker object: resolve() gives a continued quote its predecessor's entity.
            results.append(_Found("direct", previous[-1].speaker, None, inner, None))
        return results

    def _scare_quotes(self, found: list[_Found], used_quotes: set[Quote]) -> list[_Found]:
        results: list[_Found] = []
        for quote in self.quotes:
            if quote in used_quotes:
                continue
            inner = quote.inner(self.text)
            if not inner.text or len(inner.text.split()) > MAX_SCARE_QUOTE_WORDS:
                continue
            if any(f.content.contains(inner) for f in found):
                continue  # a partial quote inside reported content: the speaker's own words
            results.append(_Found("scare_quote", None, None, inner, None))
        return results

    # ---- speakers ------------------------------------------------------------------------------------
    def resolve(self, found: list[_Found]) -> None:
        """Give each attribution's speaker an entity id, in text order (salience needs the order)."""
        ordered = sorted(
            found, key=lambda f: f.speaker.start_char if f.speaker is not None else f.content.start
        )
        continued_from: dict[int, _Found] = {}
        for f in ordered:
            if f.speaker is None or f.kind == "scare_quote":
                continue
            if f.cue is None and f.kind == "direct":
                continue_ = next(
                    (g for g in ordered if g.speaker is f.speaker and g is not f and g.cue), None
                )
                if continue_ is not None:
                    continued_from[id(f)] = continue_
                continue
            f.entity = self._resolve_mention(f.speaker)
        for f in ordered:
            if id(f) in continued_from:
                f.entity = continued_from[id(f)].entity

    def _class_of(self, head: Token) -> str:
        lemma = head.lemma_.lower()
        plural = head.tag_ in {"NNS", "NNPS"}
        if lemma in ARMED_GROUP_NOUNS:
            return "armed"
        if lemma in GOVERNMENT_NOUNS:
            return "gov"
        if lemma in DOCUMENT_NOUNS:
            return "document"
        if lemma in COLLECTIVE_PERSON_NOUNS and plural:
            return "collective"
        if lemma in PERSON_ROLE_NOUNS:
            return "person"
        return "other"

    def _entity_in(self, mention: SpacySpan, head: Token) -> str | None:
        entity = self.entities.entity_at(head)
        if entity:
            return entity
        # "The ministry's spokesperson, Maria Zakharova": the apposition names the speaker.
        for child in head.children:
            if child.dep_ == "appos" and self.entities.entity_at(child):
                return self.entities.entity_at(child)
        return None

    def _resolve_mention(self, mention: SpacySpan) -> str:
        head = mention.root
        span = Span.of(self.text, mention.start_char, mention.end_char)
        entity = self._entity_in(mention, head)
        if entity is not None:
            cluster = self.entities.get(entity)
            self.entities.add_mention(entity, span) if span.text.lower() != cluster.name.lower() else None
            self.salience.note(entity, ENTITY_CLASSES.get(cluster.type, "other"), None)
            return entity
        lower = head.lower_
        if lower in PRONOUN_CLASSES and head.pos_ == "PRON":
            wanted = (
                ["person"]
                if PRONOUN_CLASSES[lower] == "person"
                else ["armed", "gov", "org", "group", "collective", "other"]
            )
            antecedent = self.salience.most_recent(wanted) or self._recent_entity(head, wanted)
            if antecedent is not None:
                self.entities.add_mention(antecedent, span)
                self.salience.note(antecedent, self._salience_class(antecedent), None)
                return antecedent
            return self._new_speaker(
                mention, head, "person" if PRONOUN_CLASSES[lower] == "person" else "other"
            )
        klass = self._class_of(head)
        lemma = head.lemma_.lower()
        # A contained named entity: "a UN report" is the UN's, "Sudan's foreign ministry" is not Sudan.
        if klass == "document":
            inner = [
                self.entities.entity_at(t) for t in mention if t is not head and self.entities.entity_at(t)
            ]
            if inner and self.entities.get(inner[0] or "").type in {"ORG", "GOV", "ARMED_GROUP", "PERSON"}:
                entity = inner[0] or ""
                self.entities.add_mention(entity, span)
                return entity
            antecedent = self.salience.most_recent(
                ["armed", "gov", "org", "person", "group", "collective", "other"]
            )
            if antecedent is not None and (
                mention[0].lower_ in {"the", "this", "that", "their", "its", "his", "her"}
            ):
                self.entities.add_mention(antecedent, span)
                return antecedent
            return self._new_speaker(mention, head, "other")
        antecedent = self._compatible_antecedent(mention, head, klass, lemma)
        if antecedent is not None:
            self.entities.add_mention(antecedent, span)
            self._maybe_rename(antecedent, mention, head)
            self.salience.note(antecedent, klass, lemma)
            return antecedent
        return self._new_speaker(mention, head, klass)

    def _salience_class(self, entity: str) -> str:
        for eid, klass, _ in self.salience.speakers:
            if eid == entity:
                return klass
        return ENTITY_CLASSES.get(self.entities.get(entity).type, "other")

    def _recent_entity(self, before: Token, classes: list[str]) -> str | None:
        """The last named entity mentioned before a pronoun, for speakers not yet seen as speakers."""
        best: tuple[int, str] | None = None
        for cluster in self.entities.clusters:
            if ENTITY_CLASSES.get(cluster.type, "other") not in classes:
                continue
            for m in cluster.mentions:
                if m.end <= before.idx and (best is None or m.start > best[0]):
                    best = (m.start, cluster.id)
        return best[1] if best else None

    def _modifiers(self, mention: SpacySpan) -> set[str]:
        return {
            t.lower_.rstrip("s")
            for t in mention
            if t.ent_type_ in {"NORP", "GPE"} and t.dep_ in {"amod", "compound"}
        }

    def _compatible_antecedent(self, mention: SpacySpan, head: Token, klass: str, lemma: str) -> str | None:
        if klass in {"armed", "gov"}:
            for entity, other_class, _ in reversed(self.salience.speakers):
                if other_class != klass:
                    continue
                mine = self._modifiers(mention)
                theirs = {
                    m
                    for mn in self.entities.get(entity).mentions
                    for m in self._modifiers(
                        self.doc.char_span(mn.start, mn.end, alignment_mode="expand") or mention
                    )
                }
                if mine and theirs and not (mine & theirs):
                    continue  # "Ukrainian troops" are not "Russian troops"
                return entity
            return None
        if klass == "person":
            definite = mention[0].lower_ in {"the", "this", "that"}
            if not definite:
                return None
            for cluster in reversed(self.entities.clusters):
                if cluster.type == "PERSON" and self._has_role(cluster.id, lemma):
                    return cluster.id
            return self.salience.most_recent(["person"])
        if klass == "collective":
            for entity, other_class, lemmas in reversed(self.salience.speakers):
                if other_class == "collective" and lemma in lemmas:
                    return entity
        return None

    def _has_role(self, entity: str, role: str) -> bool:
        """Whether a person is introduced with this role ("Foreign Minister X", "X, the minister")."""
        for mention in self.entities.get(entity).mentions:
            window = self.text[max(0, mention.start - 40) : mention.end + 40].lower()
            if re.search(rf"\b{re.escape(role)}\b", window):
                return True
        return False

    def _maybe_rename(self, entity: str, mention: SpacySpan, head: Token) -> None:
        cluster = self.entities.get(entity)
        if cluster.fixed_name is None:
            return
        name = self._nominal_name(mention, head)
        if len(name.split()) > len(cluster.fixed_name.split()) and not self._in_headline(mention.start_char):
            cluster.fixed_name = name

    def _in_headline(self, position: int) -> bool:
        return self.headline is not None and self.headline[0] <= position < self.headline[1]

    def _nominal_name(self, mention: SpacySpan, head: Token) -> str:
        tokens = [t for t in mention if t.i <= head.i and t.dep_ not in {"det", "punct"} and not t.is_space]
        name = " ".join(t.text for t in tokens) or head.text
        return name[0].upper() + name[1:]

    def _new_speaker(self, mention: SpacySpan, head: Token, klass: str) -> str:
        span = Span.of(self.text, mention.start_char, mention.end_char)
        entity = self.entities.new_entity(
            CLASS_TYPES.get(klass, "ORG"), self._nominal_name(mention, head), span
        )
        self.salience.note(entity, klass, head.lemma_.lower())
        return entity


def _nest(attributions: list[Attribution]) -> list[Attribution]:
    """Link an attribution whose cue lies inside another's content to that outer attribution."""
    linked: list[Attribution] = []
    for a in attributions:
        parent = None
        if a.cue is not None:
            outers = [
                o
                for o in attributions
                if o is not a and o.content.contains(a.cue) and o.kind != "scare_quote"
            ]
            if outers:
                parent = min(outers, key=lambda o: o.content.end - o.content.start).id
        linked.append(Attribution(a.id, a.kind, a.speaker, a.cue, a.content, parent))
    return linked


def find_attributions(
    doc: Doc,
    entities: EntityTable,
    paragraphs: list[tuple[int, int]],
    headline: tuple[int, int] | None = None,
) -> tuple[list[Attribution], list[Span]]:
    """Attributions of one article in text order, and the paragraphs whose quotes would not pair."""
    finder = AttributionFinder(doc, entities, paragraphs, headline)
    found = finder.find()
    finder.resolve(found)
    text = doc.text
    attributions: list[Attribution] = []
    for index, f in enumerate(found, start=1):
        speaker = None
        if f.speaker is not None:
            speaker = Speaker(f.entity, Span.of(text, f.speaker.start_char, f.speaker.end_char))
        attributions.append(Attribution(f"a{index}", f.kind, speaker, f.cue, f.content))
    return _nest(attributions), finder.unpaired


def cue_lemma(attribution: Attribution) -> str | None:
    if attribution.cue is None:
        return None
    first = attribution.cue.text.split()[0].lower()
    return "according" if first == "according" else first
