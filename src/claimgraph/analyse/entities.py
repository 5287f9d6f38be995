"""Entities: spaCy NER, our own labels (ARMED_GROUP, GOV), and one canonical entity per referent.

spaCy's small English model tags "Kursk" as PRODUCT and misses formations such as "Free Russia
Legion"; an entity ruler before ``ner`` and a fixer after it correct that with patterns (not lists
of one article's names). Canonicalisation joins "Putin" to "Vladimir Putin" and "the Russian
Federation" to "Russia", so every mention of one referent carries one entity id.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pycountry
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from claimgraph.analyse.lexicon import (
    ADMIN_UNIT_WORDS,
    ARMED_GROUP_NAME_HEADS,
    ARMED_GROUP_NAMES,
    ARMED_GROUP_NOUNS,
    COUNTRY_ALIASES,
    GOVERNMENT_NAMES,
    GOVERNMENT_NOUNS,
    MEMBER_NOUNS,
    NON_STATE_ARMED_NOUNS,
    NON_STATE_NAME_WORDS,
    ORGANISATION_NOUNS,
    PERSON_ROLE_NOUNS,
    PERSON_TITLES,
    STATE_MILITARY_WORDS,
)
from claimgraph.analyse.nlp import doc_text
from claimgraph.model import Entity, Span

# spaCy labels that name referents; numeric and temporal labels are quantities and dates, not entities.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "ARMED_GROUP", "GOV"})


def _name_patterns(names: tuple[str, ...], label: str) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    for name in names:
        tokens = re.findall(r"[\w']+|[^\w\s]", name)
        patterns.append({"label": label, "pattern": [{"TEXT": token} for token in tokens]})
    return patterns


def entity_patterns() -> list[dict[str, Any]]:
    """Entity-ruler patterns: armed formations, government bodies, admin units."""
    patterns = _name_patterns(ARMED_GROUP_NAMES, "ARMED_GROUP") + _name_patterns(GOVERNMENT_NAMES, "GOV")
    title = {"IS_TITLE": True, "IS_SENT_START": False}
    # "Free Russia Legion", "Russian Volunteer Corps", "Rapid Support Forces", "3rd Assault Brigade".
    for size in (1, 2, 3):
        patterns.append(
            {
                "label": "ARMED_GROUP",
                "pattern": [{"IS_TITLE": True}]
                + [title] * (size - 1)
                + [{"TEXT": {"IN": list(ARMED_GROUP_NAME_HEADS)}}],
            }
        )
    patterns.append(
        {
            "label": "ARMED_GROUP",
            "pattern": [
                {"TEXT": {"REGEX": r"^\d+(st|nd|rd|th)$"}},
                {"IS_TITLE": True, "OP": "*"},
                {"TEXT": {"IN": list(ARMED_GROUP_NAME_HEADS)}},
            ],
        }
    )
    # "Ministry of Defence", "Foreign Ministry", "Ministry of Foreign Affairs".
    patterns.append(
        {"label": "GOV", "pattern": [{"TEXT": "Ministry"}, {"LOWER": "of"}, {"IS_TITLE": True, "OP": "+"}]}
    )
    patterns.append(
        {
            "label": "GOV",
            "pattern": [
                {"TEXT": "Ministry"},
                {"LOWER": "of"},
                {"IS_TITLE": True, "OP": "+"},
                {"LOWER": {"IN": ["and", "for", "of"]}},
                {"IS_TITLE": True, "OP": "+"},
            ],
        }
    )
    patterns.append({"label": "GOV", "pattern": [{"IS_TITLE": True, "OP": "+"}, {"TEXT": "Ministry"}]})
    # "Kursk Oblast", "Donetsk region" (capitalised unit word only: "the region" stays out).
    patterns.append(
        {
            "label": "GPE",
            "pattern": [{"IS_TITLE": True}, {"TEXT": {"IN": ["Oblast", "Krai", "Governorate", "Province"]}}],
        }
    )
    return patterns


def _place_name_start(doc: Doc, i: int) -> int:
    """Where the place name ending at token ``i`` starts: the model's own place entity ending there
    ("North Kivu" in "North Kivu province"), else ``i`` alone (its last word only, as before)."""
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    if ent is not None and ent.end == i + 1 and ent.label_ in {"GPE", "LOC"} and ent.start < i:
        return ent.start
    return i


@Language.component("claimgraph_entity_edges")
def entity_edges(doc: Doc) -> Doc:
    """No entity starts or ends with whitespace: the small model runs a headline's last name into
    the blank line after it ("Timbuktu\n\n" as ORG), which then matches no name."""
    ents = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start < end:
            ents.append(
                ent if (start, end) == (ent.start, ent.end) else SpacySpan(doc, start, end, label=ent.label)
            )
    doc.ents = ents
    return doc


@Language.component("claimgraph_admin_units")
def admin_units(doc: Doc) -> Doc:
    """Label "Kursk and Belgorod oblasts" / "Kursk region" as GPEs, whatever NER said."""
    new_spans: list[SpacySpan] = []
    for token in doc:
        if token.lower_ not in ADMIN_UNIT_WORDS or token.i == 0:
            continue
        if token.lower_ in {"state", "states", "republic", "territory", "territories"}:
            continue  # too often common nouns ("the state said"); geoparsing decides those
        # Walk left over "Kursk and Belgorod", "Donetsk, Luhansk and Zaporizhzhia".
        i = token.i - 1
        while i >= 0 and doc[i].is_title and not doc[i].is_sent_start and doc[i].ent_type_ != "PERSON":
            end, i = i + 1, _place_name_start(doc, i)
            new_spans.append(SpacySpan(doc, i, end, label="GPE"))
            if i >= 2 and doc[i - 1].lower_ in {"and", ",", "&", "or"} and doc[i - 2].is_title:
                i -= 2
            else:
                break
    if new_spans:
        kept = [ent for ent in doc.ents if not any(ent.start <= s.start < ent.end for s in new_spans)]
        doc.ents = filter_spans(kept + new_spans)
    return doc


# Capitalised nouns that head a body's name going on with "for"/"of" and more capitalised words
# ("Group for the Support of Islam and Muslims", "Movement for Democratic Change", "Front for the
# Liberation of Mozambique", "Organisation for the Prohibition of Chemical Weapons").
_OF_NAME_HEADS = frozenset(
    {"group", "movement", "front", "organisation", "organization", "party", "council", "committee",
     "union", "alliance", "coalition", "league", "association", "federation", "army", "forces",
     "brigade", "brigades", "battalion", "office", "agency", "centre", "center", "institute", "commission"}
)  # fmt: skip
_OF_NAME_GLUE = frozenset({"for", "of", "the", "and"})


@Language.component("claimgraph_of_names")
def of_names(doc: Doc) -> Doc:
    """A body's name with "for"/"of" inside ("Group for the Support of Islam and Muslims") is one
    organisation, where the small model finds none or only its pieces ("Islam", "Muslims")."""
    new_spans: list[SpacySpan] = []
    i = 0
    while i < len(doc):
        head = doc[i]
        if not (
            head.lower_ in _OF_NAME_HEADS
            and head.text[:1].isupper()
            and not head.is_sent_start
            and i + 1 < len(doc)
            and doc[i + 1].lower_ in {"for", "of"}
        ):
            i += 1
            continue
        end = i + 1
        j = i + 1
        while j < len(doc) and (
            doc[j].lower_ in _OF_NAME_GLUE or (doc[j].text[:1].isupper() and doc[j].is_alpha)
        ):
            if doc[j].text[:1].isupper():
                end = j + 1
            j += 1
        words = [t for t in doc[i + 1 : end] if t.text[:1].isupper()]
        # (a place alone after "of" is a branch's seat, not its name: "the Union of Ukraine" stays)
        if words and not all(t.ent_type_ in {"GPE", "LOC"} for t in words):
            start = i
            while (
                start > 0
                and doc[start - 1].text[:1].isupper()
                and doc[start - 1].is_alpha
                and not doc[start - 1].is_sent_start
            ):
                start -= 1
            new_spans.append(SpacySpan(doc, start, end, label="ORG"))
            i = end
        else:
            i += 1
    if new_spans:
        kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in new_spans)]
        doc.ents = filter_spans(kept + new_spans)
    return doc


# Abbreviated titles that only ever stand before a person's name.
_NAME_TITLES = frozenset(
    {"gen", "col", "lt", "maj", "capt", "sgt", "adm", "sen", "rep", "gov", "dr", "mr", "mrs", "ms", "prof"}
)


def _names_a_role_holder(ent: SpacySpan) -> bool:
    """Whether a name stands for the person holding a role next to it: "Ukraine's top general,
    Oleksandr Kovalenko," / "Oleksandr Kovalenko, the top general," / "spokesman John Kirby"."""
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in PERSON_ROLE_NOUNS:
        return True
    if any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_ROLE_NOUNS
        for c in root.children
    ):
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_.rstrip(".") in PERSON_ROLE_NOUNS | _NAME_TITLES


@Language.component("claimgraph_role_holders")
def role_holders(doc: Doc) -> Doc:
    """A two- or three-word proper name NER gave another label is a PERSON when it names the holder
    of a role beside it (the small model reads many unfamiliar names as organisations)."""
    relabel = [
        ent
        for ent in doc.ents
        if ent.label_ in {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}
        and 2 <= len(ent) <= 3
        and all(t.pos_ == "PROPN" and t.tag_ == "NNP" and t.is_title for t in ent)
        and _names_a_role_holder(ent)
    ]
    if relabel:
        starts = {ent.start for ent in relabel}
        kept = [ent for ent in doc.ents if ent.start not in starts]
        doc.ents = filter_spans(kept + [SpacySpan(doc, e.start, e.end, label="PERSON") for e in relabel])
    return doc


# Nouns of a kind of body that stand before its name ("security firm Ambrey", "rights group
# Amnesty", "broadcaster Al Jazeera"), which the small model often reads as a person.
_BODY_NOUNS = ORGANISATION_NOUNS | frozenset(
    {"agency", "broadcaster", "newspaper", "outlet", "monitor", "tank", "consultancy", "website",
     "channel", "watchdog", "contractor", "manufacturer", "airline", "insurer", "publisher", "magazine",
     "daily", "startup", "conglomerate", "carrier", "shipper", "nonprofit", "ngo"}
)  # fmt: skip


@Language.component("claimgraph_named_bodies")
def named_bodies(doc: Doc) -> Doc:
    """A "person" named right after a noun of a kind of body that it compounds ("British maritime
    security firm Ambrey said") is that body, an organisation."""
    relabel = [
        ent
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and len(ent) <= 3
        and ent.start > 0
        and (before := doc[ent.start - 1]).pos_ == "NOUN"
        and before.lemma_.lower() in _BODY_NOUNS
        and (
            (before.dep_ == "compound" and before.head.i in range(ent.start, ent.end))
            or (ent.root.dep_ == "appos" and ent.root.head.i == before.i)
        )
    ]
    if relabel:
        starts = {ent.start for ent in relabel}
        doc.ents = [
            SpacySpan(doc, ent.start, ent.end, label="ORG") if ent.start in starts else ent
            for ent in doc.ents
        ]
    return doc


@Language.component("claimgraph_name_propagation")
def name_propagation(doc: Doc) -> Doc:
    """A surname NER found once in full ("Emmanuel Macron") is a PERSON wherever it recurs alone."""
    surnames = {
        ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].is_title
    }
    if not surnames:
        return doc
    # Also where NER gave the bare surname another label ("Nyirenda" as ORG after "Grace Nyirenda").
    relabel = {
        ent.start for ent in doc.ents if len(ent) == 1 and ent.label_ != "PERSON" and ent.text in surnames
    }
    new_spans = [
        SpacySpan(doc, t.i, t.i + 1, label="PERSON")
        for t in doc
        if t.text in surnames and (t.i in relabel or (not t.ent_type_ and t.pos_ == "PROPN"))
    ]
    if new_spans:
        kept = [ent for ent in doc.ents if ent.start not in relabel]
        doc.ents = filter_spans(kept + new_spans)
    return doc


def label_places(doc: Doc, names: Iterable[str]) -> None:
    """Make every occurrence of these names a GPE (the dateline says "BOGOTÁ" is a place, not a person)."""
    wanted = {name.casefold() for name in names if name}
    if not wanted:
        return
    spans = []
    for name in wanted:
        size = len(name.split())
        for i in range(len(doc) - size + 1):
            if doc[i : i + size].text.casefold() == name:
                spans.append(SpacySpan(doc, i, i + size, label="GPE"))
    if spans:
        kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        doc.ents = filter_spans(kept + spans)


def relabel_placed_persons(doc: Doc, places: Iterable[tuple[int, int]]) -> None:
    """A "person" the geoparser found to be a place ("Russian forces shelled Kherson") is a GPE, so
    that no "she" resolves to it and the entity list does not show a city as a person."""
    placed = set(places)
    if not placed:
        return
    ents = list(doc.ents)
    for i, ent in enumerate(ents):
        if ent.label_ == "PERSON" and (ent.start_char, ent.end_char) in placed:
            ents[i] = SpacySpan(doc, ent.start, ent.end, label="GPE")
    doc.ents = ents


# Names of weapon systems, which the small model reads as places, people or groups ("dozens of
# Katyusha rockets" made a place "Katyusha" and an attacker "Katyusha"). Not names that are also
# surnames or parties ("Abrams", "Bradley", "Patriot", "Fateh").
WEAPON_SYSTEM_NAMES = frozenset(
    {"katyusha", "grad", "uragan", "smerch", "iskander", "kalibr", "kinzhal", "kh-101", "tochka",
     "scud", "shahed", "geran", "lancet", "orlan", "himars", "atacms", "storm shadow", "scalp",
     "javelin", "nlaw", "stinger", "iris-t", "nasams", "bayraktar", "tb2", "qassam", "burkan",
     "zelzal", "kornet", "hellfire", "tomahawk", "leopard", "f-16", "mig-29", "su-25", "su-34",
     "ka-52", "mi-8", "krasnopol", "excalibur"}
)  # fmt: skip


@Language.component("claimgraph_weapon_names")
def weapon_names(doc: Doc) -> Doc:
    """A weapon system's name is no place, person or group: "Katyusha rockets", "Shahed drones"."""
    if any(ent.text.lower() in WEAPON_SYSTEM_NAMES and ent.label_ != "PRODUCT" for ent in doc.ents):
        doc.ents = [
            SpacySpan(doc, ent.start, ent.end, label="PRODUCT")
            if ent.text.lower() in WEAPON_SYSTEM_NAMES
            else ent
            for ent in doc.ents
        ]
    return doc


def add_entity_components(nlp: Language) -> None:
    ruler = nlp.add_pipe("entity_ruler", name="claimgraph_entity_ruler", before="ner")
    ruler.add_patterns(entity_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("claimgraph_admin_units", after="ner")
    nlp.add_pipe("claimgraph_of_names", after="claimgraph_admin_units")
    nlp.add_pipe("claimgraph_role_holders", after="claimgraph_of_names")
    nlp.add_pipe("claimgraph_named_bodies", after="claimgraph_role_holders")
    nlp.add_pipe("claimgraph_name_propagation", after="claimgraph_named_bodies")
    nlp.add_pipe("claimgraph_entity_edges", after="ner")
    nlp.add_pipe("claimgraph_weapon_names", after="claimgraph_entity_edges")


def _whole_names(ents: list[SpacySpan]) -> list[SpacySpan]:
    """Organisation names widened to their whole name (`_name_start`), and the entities NER made of
    the words they take in ("Tigray People's" as a person, "Myanmar" as an organisation) left out."""
    widened: dict[int, SpacySpan] = {}
    for ent in ents:
        if ent.label_ in {"ORG", "GOV", "ARMED_GROUP"}:
            start = _name_start(ent)
            if start < ent.start:
                widened[ent.start] = SpacySpan(ent.doc, start, ent.end, label=ent.label_)
    if not widened:
        return ents
    taken = {i for span in widened.values() for i in range(span.start, span.end)}
    return [
        widened.get(ent.start, ent)
        for ent in ents
        if ent.start in widened or not all(t.i in taken for t in ent if t.dep_ != "det")
    ]


def _name_start(ent: SpacySpan) -> int:
    """Where an organisation's proper name starts, with the capitalised words before the entity
    that hang on it as parts of the name: a compound ("Myanmar" in "Myanmar National Democratic
    Alliance Army") or a possessive that is no place or person ("People's")."""
    doc = ent.doc
    inside = set(range(ent.start, ent.end))
    start = ent.start
    if ent.root.pos_ != "PROPN":
        return start
    while start > 0:
        before = doc[start - 1]
        owner = doc[start - 2] if start >= 2 else None
        if (
            before.tag_ == "POS"
            and owner is not None
            and owner.dep_ == "poss"
            and owner.head.i in inside
            and owner.is_title
            and owner.pos_ == "PROPN"
            # (a plural name is no person: "Tigray People's", which NER may tag PERSON)
            and (owner.ent_type_ not in {"GPE", "NORP", "PERSON", "LOC"} or owner.tag_ == "NNPS")
        ):
            inside |= {start - 1, start - 2}
            start -= 2
        elif (
            before.dep_ == "compound"
            and before.pos_ == "PROPN"
            and before.text[:1].isupper()
            and before.head.i in inside
            and (before.ent_type_ != "PERSON" or before.head.tag_ == "NNPS")
        ):
            inside.add(start - 1)
            start -= 1
        else:
            break
    return start


def _group_of_members(words: list[str]) -> str | None:
    """The group named before a lower-case noun for its members ("M23 rebels" → "M23", "Hamas
    fighters" → "Hamas"), or None."""
    if len(words) > 1 and words[-1].islower() and words[-1].removesuffix("s") in MEMBER_NOUNS:
        return " ".join(words[:-1])
    return None


def _number_variants(key: str) -> set[str]:
    """A group's key with and without a plural -s ("the Houthis" and "a Houthi drone")."""
    return {key + "s", key.removesuffix("s")}


def _strip_determiner(text: str) -> str:
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)
    return re.sub(r"(['’]s|['’])$", "", text).strip()


def _strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in PERSON_TITLES:
        words.pop(0)
    return " ".join(words)


def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 for a country name as news writes it, if it is one."""
    key = _strip_determiner(name).lower()
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    try:
        country = pycountry.countries.lookup(key)
    except LookupError:
        return None
    return str(country.alpha_2)


@dataclass
class EntityCluster:
    id: str
    type: str
    mentions: list[Span] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # how NER spelled it; speaker mentions do not vote
    key: str = ""
    links: dict[str, str] = field(default_factory=dict)
    fixed_name: str | None = None  # a name chosen on purpose (speaker groups), not by vote

    @property
    def name(self) -> str:
        if self.fixed_name:
            return self.fixed_name
        texts = [_strip_determiner(n) for n in self.names] or [
            _strip_determiner(m.text) for m in self.mentions
        ]
        if self.type == "PERSON":
            texts = [_strip_titles(t) for t in texts]
            return max(texts, key=len)
        counts = Counter(texts)
        if "iso3166_1" in self.links:
            # Countries go by their everyday name ("Russia"), not the formal one, unless only that is used.
            return max(counts, key=lambda t: (t.lower() in COUNTRY_ALIASES, counts[t], -len(t)))
        return max(counts, key=lambda t: (counts[t], len(t)))


class EntityTable:
    """The entities of one article, built from NER and extended by attribution (speaker groups)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.clusters: list[EntityCluster] = []
        self._by_token: dict[int, str] = {}
        self._alias_keys: dict[str, EntityCluster] = {}  # short names given in the text ("known as JNIM")
        self._add_ner_entities()

    def _new(self, type_: str, key: str) -> EntityCluster:
        cluster = EntityCluster(id=f"e{len(self.clusters) + 1}", type=type_, key=key)
        self.clusters.append(cluster)
        return cluster

    def get(self, entity_id: str) -> EntityCluster:
        return next(c for c in self.clusters if c.id == entity_id)

    def _add_ner_entities(self) -> None:
        ents = _whole_names([ent for ent in self.doc.ents if ent.label_ in ENTITY_LABELS])
        # Longest person names first, so "Putin" finds "Vladimir Putin" wherever it stands.
        persons = sorted((e for e in ents if e.label_ == "PERSON"), key=lambda e: -len(e))
        for ent in persons:
            self._add_person(ent)
        others = [e for e in ents if e.label_ != "PERSON"]
        # Multi-word names first, so acronyms anywhere in the text can find what they abbreviate.
        for ent in sorted(others, key=lambda e: (len(e) == 1 and e.text.isupper(), e.start)):
            self._add_other(ent)

    def _mention(self, ent: SpacySpan) -> Span:
        start, end = ent.start_char, ent.end_char
        text = doc_text(self.doc)
        if text[start:end].lower().startswith("the "):
            start += 4
        for suffix in ("'s", "’s"):
            if text[start:end].endswith(suffix):
                end -= len(suffix)
        return Span.of(text, start, end)

    def _register(
        self, cluster: EntityCluster, ent: SpacySpan, *, names_it: bool = True, name: str | None = None
    ) -> None:
        mention = self._mention(ent)
        cluster.mentions.append(mention)
        if names_it:
            cluster.names.append(name or mention.text)
        for token in ent:
            self._by_token[token.i] = cluster.id

    def _add_person(self, ent: SpacySpan) -> None:
        words = [w.lower() for w in re.findall(r"[\w\-]+", _strip_determiner(ent.text)) if w.lower() != "s"]
        for cluster in self.clusters:
            if cluster.type != "PERSON":
                continue
            cluster_words = cluster.key.split()
            if words and all(w in cluster_words for w in words):
                self._register(cluster, ent)
                return
        self._register(self._new("PERSON", " ".join(words)), ent)

    def _acronym_of(self, ent: SpacySpan) -> EntityCluster | None:
        """The named organisation an all-capitals mention abbreviates ("RSF" → Rapid Support Forces)."""
        text = ent.text.strip().replace(".", "")  # "U.N." is "UN"
        if not (2 <= len(text) <= 6 and text.isupper() and text.isalpha()):
            return None
        for cluster in self.clusters:
            if cluster.type not in {"ORG", "GOV", "ARMED_GROUP"}:
                continue
            for name in cluster.names:
                initials = "".join(
                    w[0] for w in re.findall(r"[\w']+", _strip_determiner(name)) if w[0].isupper()
                )
                if initials == text:
                    return cluster
        return None

    def _alias_of(self, ent: SpacySpan) -> EntityCluster | None:
        """The named body a short name is given for: "the Group for the Support of Islam and
        Muslims, known by its Arabic acronym JNIM" / "known as JNIM" / "… Muslims (JNIM)"."""
        doc = self.doc
        text = ent.text.strip()
        if not (2 <= len(text) <= 8 and text.replace(".", "").isupper()):
            return None
        if ent.start >= 2 and doc[ent.start - 1].text == "(":
            # (never a place's: "SANAA, Yemen (AP) —" is the agency's credit)
            named = self._by_token.get(ent.start - 2)
            body = self.get(named) if named is not None else None
            return body if body is not None and body.type in {"ORG", "GOV", "ARMED_GROUP"} else None
        for known in doc[max(ent.start - 7, 0) : ent.start]:
            if known.lower_ != "known" or known.dep_ not in {"acl", "relcl", "advcl"}:
                continue
            if not (known.left_edge.i <= ent.start and ent.end - 1 <= known.right_edge.i):
                continue
            named = self._by_token.get(known.head.i)
            return self.get(named) if named is not None else None
        return None

    def _add_other(self, ent: SpacySpan) -> None:
        label = ent.label_
        name = _strip_determiner(ent.text)
        vote_name: str | None = None  # what this mention names the entity, when not as written
        head = ent.root
        lemma = head.lemma_.lower()
        if label == "ORG" and head.is_lower:
            # A description NER took for an organisation's name ("Russia's defence ministry", "the
            # Ukrainian navy"): its noun says what kind of body it is.
            if lemma in GOVERNMENT_NOUNS:
                label = "GOV"
            elif lemma in ARMED_GROUP_NOUNS:
                label = "ARMED_GROUP"
            if name[:1].islower():
                vote_name = name[:1].upper() + name[1:]  # "transport ministry" is "Transport ministry"
        if label == "ORG" and name.lower().endswith("general staff"):
            label = "ARMED_GROUP"
        start = _name_start(ent) if label in {"ORG", "GOV", "ARMED_GROUP"} else ent.start
        if start < ent.start:
            # "the Myanmar National Democratic Alliance Army", "the Tigray People's Liberation
            # Front": NER (or our ruler) left words of the name out; the name is whole (and its
            # acronym, "MNDAA", finds it).
            name = vote_name = _strip_determiner(ent.doc[start : ent.end].text)
        if label in {"ORG", "GOV", "ARMED_GROUP"} and lemma in GOVERNMENT_NOUNS | ARMED_GROUP_NOUNS | {
            "staff"
        }:
            # The country a state body belongs to is part of its name: Russia's and Ukraine's
            # defence ministries, or general staffs, are two entities ("Russia's Defence Ministry").
            owner = next(
                (c for c in head.children if c.dep_ == "poss" and c.i < ent.start and c.ent_type_ == "GPE"),
                None,
            )
            if owner is not None:
                name = vote_name = f"{owner.text}'s {name}"
        code = country_code(name) if label in {"GPE", "LOC"} else None
        if code:
            key = f"country:{code}"
        elif label == "NORP":
            key = "norp:" + re.sub(r"s$", "", name.lower())
        else:
            if label == "ARMED_GROUP":
                # "M23 rebels" are the M23, "Houthi rebels" the Houthis
                name = _group_of_members(name.split()) or name
            key = f"{label}:{name.lower()}"
        plural = _number_variants(key) if label == "ARMED_GROUP" and " " not in name else set()
        for cluster in self.clusters:
            if cluster.key == key or cluster.key in plural:
                self._register(cluster, ent, name=vote_name)
                return
        if key in self._alias_keys:
            self._register(self._alias_keys[key], ent, names_it=False)
            return
        abbreviated = self._acronym_of(ent)
        if abbreviated is None:
            abbreviated = self._alias_of(ent)
            if abbreviated is not None:
                self._alias_keys[key] = abbreviated
        if abbreviated is not None:
            if label == "ARMED_GROUP" and abbreviated.type == "ORG":
                abbreviated.type = label  # (the short name is the one our list of armed groups knows)
            self._register(abbreviated, ent, names_it=False)
            return
        cluster = self._new(label, key)
        if code:
            cluster.links["iso3166_1"] = code
        self._register(cluster, ent, name=vote_name)

    def entity_at(self, token: Token) -> str | None:
        return self._by_token.get(token.i)

    def name_words(self, entity_id: str) -> set[str]:
        """The lower-cased words of an entity's name and of all its mentions."""
        cluster = self.get(entity_id)
        return {
            w
            for text in [cluster.name, *(m.text for m in cluster.mentions)]
            for w in re.findall(r"\w+", text.lower())
        }

    def state_military(self, entity_id: str) -> bool:
        """An army of a state ("the Israeli military", "Sudan's army"), which no one calls "the
        group", unlike the armed groups that fight it ("The RSF denied … the group said"), and no
        armed group's statement calls "the army"."""
        words = self.name_words(entity_id)
        singular = {w.removesuffix("s") for w in words}
        if singular & NON_STATE_ARMED_NOUNS:
            return False  # "Yemen's Houthi rebels": a country's name does not make rebels its army
        if words & NON_STATE_NAME_WORDS and not {"people", "liberation", "army"} <= words:
            return False
        if words & STATE_MILITARY_WORDS:
            return True
        # "Russian forces", "Sudan's Armed Forces": a country's forces (not "the Iran-backed group")
        return any(
            span.root.lemma_.lower() in {"force", "forces"}
            and any(t.ent_type_ in {"NORP", "GPE"} and t.dep_ in {"amod", "compound", "poss"} for t in span)
            for m in self.get(entity_id).mentions
            if (span := self.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
        )

    def last_mentioned(self, before: int, accept: Callable[[EntityCluster], bool]) -> str | None:
        """The accepted entity whose latest mention ending by ``before`` is the latest of all."""
        best: tuple[int, str] | None = None
        for cluster in self.clusters:
            if not accept(cluster):
                continue
            last = max((m.start for m in cluster.mentions if m.end <= before), default=None)
            if last is not None and (best is None or last > best[0]):
                best = (last, cluster.id)
        return best[1] if best else None

    def find_or_create(self, type_: str, name: str, mention: Span) -> str:
        """The entity with this type and name (case-insensitive), made if new; the mention is added."""
        keys = {f"{type_}:{name.lower()}"}
        # ("M23 Rebels", "Houthi Rebels": the group named, with or without its plural -s)
        group_name = _group_of_members(name.lower().split()) if type_ == "ARMED_GROUP" else None
        if group_name is not None:
            group_key = f"{type_}:{group_name}"
            keys |= {group_key} | _number_variants(group_key)
        for cluster in self.clusters:
            if cluster.key in keys:
                self.add_mention(cluster.id, mention)
                return cluster.id
        if group_name is not None:
            # ("RSF fighters": the group its short name names, "Rapid Support Forces")
            group_name = " ".join(name.split()[:-1])
            for cluster in self.clusters:
                if cluster.type == type_ and any(m.text == group_name for m in cluster.mentions):
                    self.add_mention(cluster.id, mention)
                    return cluster.id
        return self.new_entity(type_, name, mention)

    def new_entity(self, type_: str, name: str, mention: Span) -> str:
        cluster = self._new(type_, f"{type_}:{name.lower()}")
        cluster.fixed_name = name
        cluster.mentions.append(mention)
        return cluster.id

    def add_mention(self, entity_id: str, mention: Span) -> None:
        cluster = self.get(entity_id)
        if all(m != mention for m in cluster.mentions):
            cluster.mentions.append(mention)

    def to_entities(self) -> tuple[Entity, ...]:
        return tuple(
            Entity(
                id=c.id,
                name=c.name,
                type=c.type,
                mentions=tuple(sorted(c.mentions, key=lambda m: m.start)),
                links=dict(c.links),
            )
            for c in self.clusters
        )
