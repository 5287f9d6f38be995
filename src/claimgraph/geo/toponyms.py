"""Toponym recognition: which character spans of an article name places.

Sources, in order of trust:

1. spaCy's GPE/LOC/FAC entities (including the GPEs of our ``claimgraph_admin_units`` component),
   cleaned of determiners and possessives, split at commas ("Paris, Texas" is two names), and
   widened to a following designator ("Kursk region"). The designator, also in plural and
   coordinated forms ("Kursk and Belgorod oblasts"), tells the resolver the level of the unit.
2. Gazetteer matches for capitalised names the model missed or mislabelled (small towns; "Goma"
   tagged PERSON, "Kigali" tagged ORG). These must earn their place: a prior from the gazetteer
   (feature, population) and evidence from the text (a locative preposition, a designator, a
   containing place after a comma, a dateline), never a name seen only at the start of sentences,
   never a word the article also writes in lower case, and never part of a longer person or
   organisation name ("Washington" in "The Washington Post" is the newspaper's, not a place of
   the article).
3. AP-style US state abbreviations after a place and a comma ("Wichita, Kan.").
4. The name after "the village of", "the town of", "the city of": a settlement's, whatever the
   model calls it and whether or not the gazetteer knows it ("Wad al-Noura" tagged PERSON).

Demonyms and nationalities (NORP: "Russian") are never places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from rapidfuzz import fuzz
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimgraph.geo.airports import names_airport
from claimgraph.geo.demonyms import ABBREVIATIONS, DEMONYMS
from claimgraph.geo.gazetteer import PlaceRecord
from claimgraph.geo.normalize import normalize_name

__all__ = [
    "CANADIAN_ABBREVIATIONS",
    "US_POSTAL_CODES",
    "US_STATE_ABBREVIATIONS",
    "Toponym",
    "find_toponyms",
    "is_dateline",
    "level_of_designator",
    "level_of_office",
]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Features of the curated places that the gazetteer lacks (continents, regions, seas, islands,
# landmarks).
CURATED_FEATURES = frozenset({"continent", "region", "water", "island", "landmark"})
# Entity labels that say a span is something other than a place; a gazetteer match never
# overrides them (NORP: demonyms; the numeric labels: "March" the month, not the village).
_BLOCKING_LABELS = frozenset(
    {
        "NORP",
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "CARDINAL",
        "ORDINAL",
        "LANGUAGE",
        "EVENT",
        "LAW",
    }
)
# Blocking labels the small model also gives to city names ("Aleppo" as NORP or LANGUAGE).
_MISLABELS = frozenset({"NORP", "LANGUAGE"})
_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "ic", "ics", "ian", "ians", "i", "is")
# Labels whose single-name entities may still be places the model mislabelled.
_RELABEL_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "GOV", "ARMED_GROUP"})

# Designator word → level of the unit it names.
_DESIGNATORS: dict[str, str] = {
    "oblast": "admin1",
    "oblasts": "admin1",
    "region": "admin1",
    "regions": "admin1",
    "province": "admin1",
    "provinces": "admin1",
    "krai": "admin1",
    "kray": "admin1",
    "governorate": "admin1",
    "governorates": "admin1",
    "state": "admin1",
    "prefecture": "admin1",
    "republic": "admin1",
    "county": "admin2",
    "counties": "admin2",
    "district": "admin2",
    "districts": "admin2",
    "raion": "admin2",
    "rayon": "admin2",
    "parish": "admin2",
    "city": "locality",
    "town": "locality",
    "village": "locality",
    "settlement": "locality",
    # "Heathrow airport", "JFK airport": the name is an airport's (see geo.airports).
    "airport": "airport",
    "airfield": "airport",
    "aerodrome": "airport",
    "airbase": "airport",
}
# Nouns of settlements that name one after "the … of" ("the village of Wad al-Noura").
_SETTLEMENT_WORDS = frozenset({"village", "town", "city", "hamlet", "settlement"})
_PLURAL_DESIGNATORS = frozenset(w for w in _DESIGNATORS if w.endswith("s") and w[:-1] in _DESIGNATORS)
# Designators that stay outside the mention when they follow a name ("Kansas City police" no;
# "Jefferson County" yes, NER already keeps that one whole).
_SUFFIX_DESIGNATORS = frozenset(
    {
        "oblast",
        "region",
        "province",
        "krai",
        "kray",
        "governorate",
        "prefecture",
        "district",
        "raion",
        "rayon",
    }
)

_STRONG_PREPOSITIONS = frozenset(
    {
        "in",
        "near",
        "outside",
        "around",
        "across",
        "throughout",
        "inside",
        "into",
        "towards",
        "toward",
        "nearby",
    }
)
_WEAK_PREPOSITIONS = frozenset(
    {"from", "to", "at", "via", "through", "between", "reach", "reached", "entered"}
)
_DIRECTIONS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "outskirts",
        "centre",
        "center",
        "heart",
        "suburbs",
        "edge",
    }
)
# Verbs whose object is a place taken, hit or left ("shelled Kherson", "retook Kupiansk"): as
# telling as "in" before a name the model called a person.
_PLACE_OBJECT_VERBS = frozenset(
    {
        "shell",
        "bomb",
        "bombard",
        "capture",
        "recapture",
        "retake",
        "liberate",
        "seize",
        "storm",
        "besiege",
        "encircle",
        "occupy",
        "annex",
        "evacuate",
        "overrun",
        "raze",
        "blockade",
    }
)
# Words that make a landmark's name the place rather than the power seated there.
_LANDMARK_PREPOSITIONS = frozenset(
    {"at", "in", "inside", "outside", "near", "from", "to", "into", "on", "toward", "towards", "around"}
)
_LANDMARK_HEADS = frozenset({"boulevard", "avenue", "residence", "lawn", "grounds", "gate", "gates"})
# Head words that make a name a place whatever the model calls it ("Royal Street" tagged ORG).
_PLACE_HEADS = frozenset(
    {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "highway"}
    | {"square", "bridge", "river", "lake", "mountain", "mountains", "island", "islands", "valley"}
)
# Words of institutions the model sometimes tags as places on their own ("the Highway Patrol").
_INSTITUTION_WORDS = frozenset(
    {"School", "Schools", "Office", "Court", "Police", "Patrol", "Highway", "Department", "Council"}
)
# Words of the bodies named after the place they serve ("Glasgow Police Department").
_JURISDICTION_WORDS = frozenset(
    {"Police", "Council", "Sheriff", "Sheriff's", "Sheriff’s", "Court", "Township", "Borough"}
    | {"Municipality", "Fire", "Schools", "Constabulary", "Magistrates", "Mayor"}
)
# Entities whose names may hold the place they are in or serve.
_HOST_LABELS = frozenset({"ORG", "GOV", "ARMED_GROUP", "EVENT"})
# Words of the names of military formations and commands ("Africa Corps", "Azov Brigade", "U.S.
# Central Command", "Black Sea Fleet"): a unit takes its name from where it fights or which
# area it answers for, and is not located there (Africa Command sits in Stuttgart).
_FORMATION_WORDS = frozenset(
    {"Corps", "Brigade", "Brigades", "Command", "Division", "Regiment", "Battalion", "Legion", "Squadron"}
    | {"Fleet"}
)
# Compass words that, before a common noun, describe rather than name ("Western allies", "Eastern
# governments", "to Northern officials"): no region of Uganda, Ghana or Zambia.
_COMPASS_ADJECTIVES = frozenset(
    {"Western", "Eastern", "Northern", "Southern", "Central", "West", "East", "North", "South"}
)
# Capitalised words of institution names that are also place names somewhere.
_GENERIC_NAME_WORDS = frozenset(
    {"National", "Federal", "General", "Central", "Union", "United", "Republic", "International"}
    | {"University", "College", "State", "City", "County", "District", "Regional", "Community"}
    | {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "New"}
    | {"Centre", "Center", "Health", "Olympic", "Independence", "Commonwealth", "Capital", "Metro"}
    | {"Royal", "Supreme", "Superior", "High", "Grave", "Queen", "King", "Prince", "Princess"}
)
# Words of the names of newspapers, broadcasters, firms and clubs: a place in such a name is part
# of the name ("The New York Times", "Virgin Atlantic", "Toronto Blue Jays").
_NOT_HOST_WORDS = frozenset(
    {"Times", "Post", "Daily", "News", "Herald", "Star", "Journal", "Tribune", "Gazette", "Telegraph"}
    | {"Chronicle", "Globe", "Mail", "Guardian", "Observer", "Sun", "Examiner", "Inquirer", "Courier"}
    | {"Bulletin", "Standard", "Express", "Press", "Magazine", "Radio", "Television", "TV", "Today"}
    | {"Inc", "Inc.", "Ltd", "Ltd.", "LLC", "plc", "PLC", "Corp", "Corp.", "Corporation", "Co.", "Company"}
    | {"Airlines", "Airways", "Air", "Virgin", "Fried", "Bank", "Group", "Holdings", "Foods", "Motors"}
    | {"FC", "Real", "United", "Rangers", "Jays", "Blue", "Club", "Athletic", "Wanderers", "Rovers"}
)
_PARTICLES = frozenset(
    {"al", "el", "de", "del", "da", "do", "dos", "di", "du", "des", "la", "le", "van", "von"}
)

# AP style, as news writes them after a city ("Wichita, Kan."). Postal codes are not included:
# "IN", "OR" and "ME" are words.
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Kans.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Tex.": "Texas",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
    "D.C.": "Washington, D.C.",
}
# Postal codes, accepted only in the "City, ST" position (see _ABBREVIATION): alone, "IN", "OR"
# and "ME" are words.
US_POSTAL_CODES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip
# Canadian provinces as Canadian Press writes them after a town ("Gatineau, Que."); "Man." and
# "Nun." only in that position, where they cannot be the words.
CANADIAN_ABBREVIATIONS: dict[str, str] = {
    "Alta.": "Alberta",
    "B.C.": "British Columbia",
    "Man.": "Manitoba",
    "N.B.": "New Brunswick",
    "N.L.": "Newfoundland and Labrador",
    "Nfld.": "Newfoundland and Labrador",
    "N.S.": "Nova Scotia",
    "N.W.T.": "Northwest Territories",
    "Ont.": "Ontario",
    "P.E.I.": "Prince Edward Island",
    "Que.": "Quebec",
    "Sask.": "Saskatchewan",
    "Y.T.": "Yukon",
}
_STATE_AFTER_COMMA = {**US_STATE_ABBREVIATIONS, **US_POSTAL_CODES, **CANADIAN_ABBREVIATIONS}
_ABBREVIATION = re.compile(
    r",\s*("
    + "|".join(re.escape(a) for a in sorted(_STATE_AFTER_COMMA, key=len, reverse=True))
    + r")(?![\w.])"
)
# "BEIRUT (AP) —", "GOMA, Democratic Republic of Congo —", "KYIV, March 18 (Reuters) -" at the
# start of the text or of a paragraph.
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?=\s*(?:,|\(|—|–|-\s))")
# Datelines run into the text ("... Associated Press WASHINGTON (AP) — ", "... assault. BANTAM — A
# Danbury man"): capitals before a credit in parentheses, or after a sentence and before a dash
# or a colon.
_INLINE_DATELINES = (
    re.compile(r"(?<![\w'’.-])([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3})(?=\s*\([A-Z][A-Za-z]{1,7}\))"),
    re.compile(
        r"(?:(?<=[.!?”\"]\s)|(?<=[.!?”\"]\s\s))([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3})(?=\s+[—–]\s|:\s)"
    ),
)


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a dateline ("WASHINGTON (AP) —"): datelines name towns."""
    if not text[start:end].isupper() or end - start < 4:
        return False
    m = _DATELINE.match(text, start)
    if m is not None and m.end(1) == end and (start == 0 or text[start - 1] == "\n"):
        return True
    return any((m := p.match(text, start)) is not None and m.end(1) == end for p in _INLINE_DATELINES)


class Lookup(Protocol):
    def __call__(self, name: str) -> Sequence[PlaceRecord]: ...


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name in the text: ``text == doc.text[start:end]``.

    ``name`` is what to look up (an abbreviation expanded, "the" and "'s" removed). ``level`` is
    the kind of place the words around it imply (country, admin1, admin2, locality) or None.
    """

    start: int
    end: int
    text: str
    name: str
    level: str | None = None
    source: str = "ner"  # ner | gazetteer | abbreviation | dateline | given | wording | embedded

    @property
    def key(self) -> str:
        return normalize_name(self.name)


def level_of_designator(word: str) -> str | None:
    return _DESIGNATORS.get(word.lower())


# Offices that say which level a place before them is without being part of its name:
# "New York Governor Andrew Cuomo", "Kursk Gov. Alexei Smirnov" are first-level units.
_OFFICE_LEVELS = {"governor": "admin1", "gov.": "admin1", "governor's": "admin1", "gubernatorial": "admin1"}


def level_of_office(word: str) -> str | None:
    return _OFFICE_LEVELS.get(word.lower())


def find_toponyms(
    doc: Doc,
    lookup: Lookup,
    *,
    dateline: tuple[int, int] | None = None,
    exclude: Iterable[tuple[int, int]] = (),
) -> list[Toponym]:
    """The toponyms of ``doc`` in text order. ``lookup(name)`` returns gazetteer matches best first;
    ``dateline`` is the character span of the article's dateline, if the cleaner found one;
    ``exclude`` holds character spans that are not article prose (none by default)."""
    finder = _Finder(doc, lookup, list(exclude))
    finder.from_entities()
    finder.from_datelines(dateline)
    finder.from_abbreviations()  # before the gazetteer: "Churchill, Man." is not Man, Ivory Coast
    finder.from_airport_names()
    finder.from_gazetteer()
    finder.from_settlement_wording()
    finder.drop_outvoted()
    finder.from_organisations()
    return finder.result()


class _Finder:
    def __init__(self, doc: Doc, lookup: Lookup, exclude: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = doc.text
        # doc.ents builds new Span objects on every access; keep one list, indexed by token.
        self.ents = list(doc.ents)
        self.ent_of_token = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self.lookup = lookup
        self.exclude = exclude
        self.found: list[Toponym] = []
        self._records: dict[str, Sequence[PlaceRecord]] = {}
        # Surnames and first names of people named in full here: "Goma" is not a place in an
        # article about a Mr Goma.
        # A name the model tags PERSON as a whole ("Tamil Nadu", "Klamath Falls") does not count
        # against itself, only against its words in other names.
        self.person_words: dict[str, set[str]] = {}
        for ent in self.ents:
            if ent.label_ == "PERSON" and len(ent) >= 2:
                for t in ent:
                    if t.is_title:
                        self.person_words.setdefault(t.text, set()).add(normalize_name(ent.text))
        self.lower_words = {t.text for t in doc if t.is_lower}

    # -- helpers ------------------------------------------------------------------------------

    def records(self, name: str) -> Sequence[PlaceRecord]:
        key = normalize_name(name)
        if key not in self._records:
            self._records[key] = self.lookup(name) if key else ()
        return self._records[key]

    def taken(self, start: int, end: int) -> bool:
        return any(t.start < end and start < t.end for t in self.found) or any(
            s < end and start < e for s, e in self.exclude
        )

    def add(self, toponym: Toponym) -> None:
        if toponym.start >= toponym.end or self.taken(toponym.start, toponym.end):
            return
        assert self.text[toponym.start : toponym.end] == toponym.text
        self.found.append(toponym)

    def result(self) -> list[Toponym]:
        return sorted(self.found, key=lambda t: t.start)

    def _trim(self, span: SpacySpan) -> SpacySpan | None:
        """Drop a leading determiner and a trailing possessive or punctuation."""
        start, end = span.start, span.end
        while start < end and (
            self.doc[start].lower_ in {"the", "a", "an"}
            or self.doc[start].is_punct
            or self.doc[start].is_space
        ):
            start += 1
        while end > start and (
            self.doc[end - 1].lower_ in {"'s", "’s", "'", "’"}
            or self.doc[end - 1].is_punct
            or self.doc[end - 1].is_space
        ):
            end -= 1
        if start >= end:
            return None
        return self.doc[start:end]

    def drop_outvoted(self) -> None:
        """One sense per article, by majority: a name the model tags as an organisation or a person
        more often than as a place ("NATO", "Dropbox", a firm named after a Philippine village) is
        not a place at any of its mentions. Exceptions: a country or another well-known place
        ("Tamil Nadu" tagged PERSON throughout is still the state), and a gazetteer name that some
        mention places firmly ("born in Churchill, Man."); "in Dropbox" is not enough for a name
        the gazetteer lacks.
        """
        votes: dict[str, list[int]] = {}
        for ent in self.ents:
            span = self._trim(ent)
            if span is None:
                continue
            tally = votes.setdefault(normalize_name(span.text), [0, 0])
            if ent.label_ in PLACE_LABELS:
                tally[0] += 1
            elif ent.label_ in _RELABEL_LABELS:
                tally[1] += 1
        outvoted: set[str] = set()
        for key in {t.key for t in self.found if t.source in ("ner", "gazetteer")}:
            place, other = votes.get(key, (0, 0))
            if other < 2 or other <= place:
                continue
            mentions = [t for t in self.found if t.key == key]
            if key.split()[-1] in _PLACE_HEADS:
                continue
            records = self.records(mentions[0].name)
            prior = _prior(records, mentions[0].name)
            if prior >= 0.7 or any(r.feature == "country" for r in records):
                continue
            if prior > 0.0 and any(self._firmly_placed(t) for t in mentions):
                continue
            outvoted.add(key)
        if outvoted:
            self.found = [
                t for t in self.found if t.source not in ("ner", "gazetteer") or t.key not in outvoted
            ]

    def _firmly_placed(self, toponym: Toponym) -> bool:
        span = self.doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
        return span is not None and self._context(span, coordination=False) >= 1.0

    # -- 1. entities --------------------------------------------------------------------------

    def from_entities(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            span = self._trim(ent)
            if span is None or not any(c.isupper() for c in span.text):
                continue
            for part in self._split_commas(span):
                self._add_entity_part(part)

    def _split_commas(self, span: SpacySpan) -> list[SpacySpan]:
        parts: list[SpacySpan] = []
        start = span.start
        for token in span:
            if token.text == ",":
                if token.i > start:
                    parts.append(self.doc[start : token.i])
                start = token.i + 1
        if start < span.end:
            parts.append(self.doc[start : span.end])
        return parts

    def _add_entity_part(self, span: SpacySpan) -> None:
        if all(t.lower_ in _DESIGNATORS or t.text in _INSTITUTION_WORDS for t in span):
            return  # "County", "School District", "Highway Patrol" tagged as places on their own
        if self._describes(span) or self._names_formation(span):
            return
        level = None
        end_token = span.end
        last = span[-1].lower_
        if len(span) > 1 and last in _DESIGNATORS:
            level = _DESIGNATORS[last]
        nxt = self.doc[span.end] if span.end < len(self.doc) else None
        if nxt is not None and nxt.lower_ in _DESIGNATORS:
            level = level or _DESIGNATORS[nxt.lower_]
            if nxt.lower_ in _SUFFIX_DESIGNATORS:
                end_token = span.end + 1  # "Kursk region": the designator is part of the name
            elif nxt.is_title:
                # "[Allamakee] County", "Black [Hawk] County": the model cut the unit's name short.
                span = self._unit_name(span, nxt) or span
                end_token = span.end
        elif nxt is not None:
            level = level or level_of_office(nxt.text) or self._coordinated_level(span.end)
        level = level or self._preceding_level(span.start)
        start_char = span.start_char
        end_char = self.doc[end_token - 1].idx + len(self.doc[end_token - 1].text)
        text = self.text[start_char:end_char]
        if text in DEMONYMS:
            return  # "Ukrainian" tagged GPE: a nationality, not a place
        expanded = US_STATE_ABBREVIATIONS.get(text) or ABBREVIATIONS.get(text)
        if expanded is not None:
            self.add(Toponym(start_char, end_char, text, expanded, level, "abbreviation"))
            return
        self.add(Toponym(start_char, end_char, text, text, level, "ner"))

    def _unit_name(self, span: SpacySpan, designator: Token) -> SpacySpan | None:
        """The gazetteer's name for "<span> County" ("Allamakee County"), taking in up to two
        capitalised words before it ("Black Hawk County"), or None."""
        for extra in (2, 1, 0):
            start = span.start - extra
            if start < 0 or any(
                not self.doc[i].is_title or self.doc[i].ent_type_ in _BLOCKING_LABELS
                for i in range(start, span.start)
            ):
                continue
            whole = self.doc[start : designator.i + 1]
            if self.records(whole.text) and not self.taken(whole.start_char, whole.end_char):
                return whole
        return None

    def _describes(self, span: SpacySpan) -> bool:
        """A compass word before a common noun ("Western allies", "to Western governments"):
        an adjective of the Western world, or a direction, not a region's name. Designators
        still make it one ("the Western region")."""
        nxt = self.doc[span.end] if span.end < len(self.doc) else None
        return (
            len(span) == 1
            and span.text in _COMPASS_ADJECTIVES
            and nxt is not None
            and nxt.is_lower
            and nxt.pos_ == "NOUN"
            and nxt.lower_ not in _DESIGNATORS
        )

    def _names_formation(self, span: SpacySpan) -> bool:
        """The name runs on into a military formation's ("Africa [Corps]", "Black Sea [Fleet]")."""
        end = span.end
        while end < len(self.doc) and self.doc[end].is_title and end - span.end < 3:
            end += 1
        return self._formation(self.doc[span.start : end])

    @staticmethod
    def _formation(name: SpacySpan) -> bool:
        """A military formation's name; not a police command, which serves the place it names
        ("Osun State Police Command")."""
        words = {t.text for t in name}
        return bool(words & _FORMATION_WORDS) and not words & _JURISDICTION_WORDS

    def _coordinated_level(self, i: int) -> str | None:
        """ "Kursk [and Belgorod oblasts]": walk right over names and conjunctions to a plural designator."""
        j = i
        while j < len(self.doc) and j - i < 8:
            token = self.doc[j]
            if token.lower_ in _PLURAL_DESIGNATORS:
                return _DESIGNATORS[token.lower_]
            if token.lower_ in {"and", "or", ",", "&"} or token.is_title:
                j += 1
                continue
            return None
        return None

    def _preceding_level(self, i: int) -> str | None:
        """ "the city of X", "the province of X", "the governor of X"."""
        if i >= 2 and self.doc[i - 1].lower_ == "of":
            return _DESIGNATORS.get(self.doc[i - 2].lower_) or level_of_office(self.doc[i - 2].text)
        return None

    # -- 4. US state abbreviations -----------------------------------------------------------

    def from_abbreviations(self) -> None:
        """ "Wichita, Kan.": only after a capitalised name and a comma, where the word cannot be
        "Mass." or "Miss." in their other senses."""
        for m in _ABBREVIATION.finditer(self.text):
            before = self.text[: m.start()].rstrip()
            word = re.search(r"([A-Z][\w'’-]*)$", before)
            if word is None:
                continue
            start, end = m.span(1)
            abbr = m.group(1)
            self.add(Toponym(start, end, abbr, _STATE_AFTER_COMMA[abbr], "admin1", "abbreviation"))

    # -- 5. places inside the names of organisations ------------------------------------------

    def from_organisations(self) -> None:
        """ "Kentucky State Police", "the Conference Board of Canada", "CTV Winnipeg": a major place
        (a country, a first-level unit, a city of a million) or one this article names on its own,
        at the start of an organisation's name, after its last "of", or at its end. The
        organisation is located there or serves it, so the place counts. Not in the names of
        newspapers, broadcasters, firms and clubs ("The New York Times", "Real Madrid"), which are
        names, not locations."""
        known = {t.key for t in self.found}
        for ent in self.ents:
            if ent.label_ not in _HOST_LABELS:
                continue
            span = self._trim(ent)
            if span is None or len(span) < 2 or self._formation(span):
                continue  # "Africa Corps", "U.S. Central Command": a formation is not where it is named for
            for part in self._host_parts(span):
                text = part.text
                if (
                    text in DEMONYMS
                    or all(t.text in _GENERIC_NAME_WORDS for t in part)
                    or any(t.is_upper and len(t) > 3 for t in part)  # "KOBE IN THE HOUSE"
                ):
                    continue
                rest = [t for t in span if not (part.start <= t.i < part.end)]
                if any(t.text in _NOT_HOST_WORDS for t in rest):
                    break
                if any(self.person_words.get(t.text) for t in part):
                    continue
                name = US_STATE_ABBREVIATIONS.get(text) or ABBREVIATIONS.get(text) or text
                records = self.records(name)
                # A police force, council, court or hospital is named after the place it serves,
                # so a smaller place will do ("Enfield Council", "Bantam Superior Court").
                serves = part.start == span.start and any(t.text in _JURISDICTION_WORDS for t in rest)
                if (
                    (records and normalize_name(name) in known)
                    or any(_major(r) for r in records)
                    or (serves and _prior(records, text) >= 0.3)
                ):
                    self.add(Toponym(part.start_char, part.end_char, text, name, None, "embedded"))
                    break

    def _host_parts(self, span: SpacySpan) -> Iterable[SpacySpan]:
        """Where a place sits in an organisation's name: after its last "of" ("University of
        Michigan"), at its start ("Queensland Police Service"), at its end ("CBC Toronto")."""
        words = list(span)
        of = [t.i for t in words if t.lower_ == "of"]
        if of:
            start = of[-1] + 1
            while start < span.end and self.doc[start].lower_ == "the":
                start += 1
            if 0 < span.end - start <= 4 and all(_capitalised(t) for t in self.doc[start : span.end]):
                yield self.doc[start : span.end]
        for size in range(min(4, len(span) - 1), 0, -1):
            head = self.doc[span.start : span.start + size]
            if all(_capitalised(t) for t in head) and not self.doc[span.start + size].is_punct:
                yield head
        for size in range(min(4, len(span) - 1), 0, -1):
            tail = self.doc[span.end - size : span.end]
            if all(_capitalised(t) for t in tail) and not self.doc[span.end - size - 1].is_punct:
                yield tail

    # -- 2. datelines -------------------------------------------------------------------------

    def from_datelines(self, dateline: tuple[int, int] | None) -> None:
        for m in _DATELINE.finditer(self.text):
            start, end = m.span(1)
            if dateline is not None and not (dateline[0] <= start < dateline[1]):
                continue
            if dateline is None and start != 0 and self.text[start - 1] != "\n":
                continue
            name = m.group(1)
            if self.records(name):
                self.add(Toponym(start, end, name, name, None, "dateline"))
        for pattern in _INLINE_DATELINES:
            for m in pattern.finditer(self.text):
                name = m.group(1)
                if len(name) >= 4 and _prior(self.records(name), name) >= 0.3:
                    self.add(Toponym(m.start(1), m.end(1), name, name, None, "dateline"))

    # -- 3. gazetteer matches for names the model missed --------------------------------------

    def from_airport_names(self) -> None:
        """An airport's full name that the model called an organisation ("Chicago O'Hare
        International Airport" tagged ORG): the name says what it is."""
        for ent in self.ents:
            if ent.label_ not in _RELABEL_LABELS:
                continue
            span = self._trim(ent)
            if span is None or not names_airport(span.text):
                continue
            if any(r.feature == "airport" for r in self.records(span.text)):
                start, end = span.start_char, span.end_char
                self.add(Toponym(start, end, span.text, span.text, "airport", "gazetteer"))

    def from_gazetteer(self) -> None:
        candidates: list[SpacySpan] = []
        for start, end in self._name_runs():
            for s, e in self._subspans(start, end):
                if self.taken(self.doc[s].idx, self._end_char(e)):
                    continue
                span = self.doc[s:e]
                records = self._span_records(span)
                if records and self._accept(span, records):
                    self._add_match(span)
                else:
                    candidates.append(span)
        # A second look once more places are known: "Krasnohorivka and Avdiivka" needs the
        # second name to vouch for the first. Then one sense per article: a name accepted once
        # is a place at its other mentions too.
        for span in candidates:
            records = self._span_records(span)
            if not self.taken(span.start_char, span.end_char) and records and self._accept(span, records):
                self._add_match(span)
        accepted = {t.key for t in self.found}
        for span in candidates:
            if normalize_name(span.text) in accepted and not self._inside_longer_name(span):
                if self._entity_of(span) is not None and any(
                    r.feature == "landmark" for r in self._span_records(span)
                ):
                    continue  # "at the White House" does not make "White House aides" a place
                self._add_match(span)
        self._from_mislabelled(accepted)

    def from_settlement_wording(self) -> None:
        """ "the village of Wad al-Noura", "the town of Rubaya": the words say the name is a
        settlement's, whatever the model calls it and whether or not the gazetteer knows it (the
        resolver then places it where the article puts it)."""
        doc = self.doc
        for i in range(2, len(doc) - 1):
            if (
                doc[i].lower_ != "of"
                or doc[i - 1].lower_ not in _SETTLEMENT_WORDS
                or doc[i - 2].lower_ != "the"
            ):
                continue
            start = end = i + 1
            while end < len(doc) and end - start < 5:
                t = doc[end]
                if t.text[:1].isupper() and t.is_alpha and t.ent_type_ not in _BLOCKING_LABELS:
                    end += 1
                elif (
                    (t.lower_ in _PARTICLES or t.text in {"-", "‑"})
                    and end > start
                    and end + 1 < len(doc)
                    and (doc[end + 1].text[:1].isupper() or doc[end + 1].text in {"-", "‑"})
                ):
                    end += 1  # "Wad al-Noura", "Tell el-Ful": particles and hyphens inside the name
                else:
                    break
            while end > start and not doc[end - 1].text[:1].isupper():
                end -= 1
            if end == start:
                continue
            span = doc[start:end]
            ent = self._entity_of(span)
            if (
                ent is not None
                and (ent.start, ent.end) != (span.start, span.end)
                and ent.label_ not in PLACE_LABELS
            ):
                continue  # part of a longer name ("the city of London Corporation")
            if self.taken(span.start_char, span.end_char) or span.text in DEMONYMS:
                continue
            self.add(Toponym(span.start_char, span.end_char, span.text, span.text, "locality", "wording"))

    def _span_records(self, span: SpacySpan) -> Sequence[PlaceRecord]:
        """Gazetteer records for a name; before "airport" those of the airport it names ("JFK
        airport", "Heathrow airport"), if there is one."""
        nxt = self.doc[span.end] if span.end < len(self.doc) else None
        if nxt is not None and _DESIGNATORS.get(nxt.lower_) == "airport":
            airports = [r for r in self.records(f"{span.text} airport") if r.feature == "airport"]
            if airports:
                return airports
        return self.records(span.text)

    def _from_mislabelled(self, accepted: set[str]) -> None:
        """Place names the model called NORP or LANGUAGE ("neighborhoods of Aleppo" tagged NORP):
        not a demonym, and either a place elsewhere in the article or a well-known place with
        the words around it saying "place"."""
        for ent in self.ents:
            if ent.label_ not in _MISLABELS:
                continue
            span = self._trim(ent)
            if span is None or span.text in DEMONYMS or not span[0].is_title:
                continue
            if span.text.endswith(_DEMONYM_ENDINGS) or span.text.lower() in self.lower_words:
                continue
            records = self.records(span.text)
            if not records:
                continue
            if normalize_name(span.text) in accepted or (
                _prior(records, span.text) >= 0.7 and self._context(span) >= 1.0
            ):
                self._add_match(span)

    def _add_match(self, span: SpacySpan) -> None:
        if self._describes(span) or self._names_formation(span):
            return  # "to Western allies", "of the Africa Corps"
        span = self._airport_extent(span)
        self.add(
            Toponym(span.start_char, span.end_char, span.text, span.text, self._span_level(span), "gazetteer")
        )

    def _airport_extent(self, span: SpacySpan) -> SpacySpan:
        """An airport's whole name around a part of it: a following "Airport" (names longer than
        four words) and a city joined by a hyphen ("Montreal-Pierre Elliott Trudeau International
        Airport"), which then is no place of its own."""
        doc = self.doc
        if not any(r.feature == "airport" for r in self._span_records(span)):
            return span
        start, end = span.start, span.end

        def airport(s: int, e: int) -> bool:
            return any(r.feature == "airport" for r in self.records(doc[s:e].text))

        if end < len(doc) and doc[end].text == "Airport" and airport(start, end + 1):
            end += 1
        if (
            start >= 2
            and doc[start - 1].text in {"-", "‑"}
            and not doc[start - 2].whitespace_
            and not doc[start - 1].whitespace_
            and doc[start - 2].is_title
            and airport(start - 2, end)
        ):
            start -= 2
            left = doc[start].idx
            self.found = [t for t in self.found if not (t.start < doc[start + 1].idx and left < t.end)]
        return doc[start:end]

    def _inside_longer_name(self, span: SpacySpan) -> bool:
        ent = self._entity_of(span)
        if ent is None:
            return False
        whole = self._trim(ent)
        return (
            whole is None
            or (whole.start, whole.end) != (span.start, span.end)
            or ent.label_ not in _RELABEL_LABELS
        )

    def _end_char(self, e: int) -> int:
        token = self.doc[e - 1]
        return token.idx + len(token.text)

    def _name_runs(self) -> list[tuple[int, int]]:
        """Maximal runs of capitalised tokens (with inner particles and hyphens) outside entities
        that forbid a place reading."""
        runs: list[tuple[int, int]] = []
        doc = self.doc
        i = 0
        while i < len(doc):
            if not self._name_token(doc[i]):
                i += 1
                continue
            j = i + 1
            while j < len(doc):
                t = doc[j]
                if self._name_token(t):
                    j += 1
                elif (
                    (t.lower_ in _PARTICLES or (t.text in {"-", "‑"} and not doc[j - 1].whitespace_))
                    and j + 1 < len(doc)
                    and self._name_token(doc[j + 1])
                ):
                    j += 2
                else:
                    break
            runs.append((i, j))
            i = j
        return runs

    def _name_token(self, t: Token) -> bool:
        if not (t.is_title or (t.is_upper and t.is_alpha and len(t) >= 2)) or not t.is_alpha:
            return False
        if t.ent_type_ in _BLOCKING_LABELS or t.ent_type_ in PLACE_LABELS:
            return False
        return t.pos_ in {"PROPN", "NOUN", "ADJ", "X"} or bool(t.ent_type_)

    def _subspans(self, start: int, end: int) -> Iterable[tuple[int, int]]:
        """Longest first, left to right, at most four tokens."""
        size = min(end - start, 4)
        covered: set[int] = set()
        while size >= 1:
            for s in range(start, end - size + 1):
                e = s + size
                if any(i in covered for i in range(s, e)):
                    continue
                yield s, e
                if any(t.start <= self.doc[s].idx < t.end for t in self.found):
                    covered.update(range(s, e))
            size -= 1

    def _span_level(self, span: SpacySpan) -> str | None:
        nxt = self.doc[span.end] if span.end < len(self.doc) else None
        if nxt is not None and nxt.lower_ in _DESIGNATORS:
            return _DESIGNATORS[nxt.lower_]
        return (level_of_office(nxt.text) if nxt is not None else None) or self._preceding_level(span.start)

    def _accept(self, span: SpacySpan, records: Sequence[PlaceRecord]) -> bool:
        text = span.text
        ent = self._entity_of(span)
        if ent is not None:
            if ent.label_ not in _RELABEL_LABELS:
                return False
            # Part of a longer name ("Innocent Bahati", "The Washington Post"): that name's word.
            whole = self._trim(ent)
            if whole is None or (whole.start, whole.end) != (span.start, span.end):
                return False
        key = normalize_name(text)
        if any(self.person_words.get(t.text, set()) - {key} for t in span):
            return False

        if ent is not None and ent.label_ == "PERSON":
            # "Indira Gandhi", "John Wayne": a person's name is an airport's only with "Airport".
            records = [r for r in records if r.feature != "airport" or names_airport(r.matched_alias)]
            if not records:
                return False
        if len(span) == 1 and (span.text.lower() in self.lower_words or span[0].is_stop):
            return False
        prior = _prior(records, text)
        if prior <= 0.0:
            return False
        context = self._context(span)
        initial_only = self._initial_only(text)
        if ent is not None and any(r.feature == "landmark" for r in records):
            # "The Kremlin said", "White House aides": the power seated there, an organisation;
            # "talks at the Kremlin", "in the Oval Office": the place.
            return self._at_landmark(span)
        if ent is not None:
            # NER saw a name here and only got its type wrong: a well-known place needs little
            # more; a small one needs the words around it to say "place".
            return (prior >= 0.7 and not initial_only) or (prior >= 0.3 and context >= 1.0)
        if initial_only and context < 1.0:
            return False
        return (prior >= 0.3 and context >= 1.0) or (prior >= 0.7 and context >= 0.5)

    def _at_landmark(self, span: SpacySpan) -> bool:
        doc = self.doc
        i = span.start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i >= 0 and doc[i].lower_ in _LANDMARK_PREPOSITIONS:
            return True
        return span.end < len(doc) and doc[span.end].lower_ in _LANDMARK_HEADS

    def _entity_of(self, span: SpacySpan) -> SpacySpan | None:
        return next(
            (self.ent_of_token[i] for i in range(span.start, span.end) if i in self.ent_of_token), None
        )

    def _is_found(self, token: Token) -> bool:
        return any(t.start <= token.idx < t.end for t in self.found)

    def _initial_only(self, name: str) -> bool:
        """Every occurrence of ``name`` starts a sentence (or follows a quote or colon)."""
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", self.text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            first = span[0]
            prev = self.doc[first.i - 1] if first.i > 0 else None
            if not (first.is_sent_start or prev is None or prev.text in {'"', "“", "‘", "'", ":", "—", "\n"}):
                return False
        return True

    def _context(self, span: SpacySpan, *, coordination: bool = True) -> float:
        """How strongly the surrounding words say "place": 1.0 is enough for a small town.
        ``coordination``: count being listed with a place found already ("X and Avdiivka"; a comma
        always counts, as in "Pandi, Bulacan")."""
        doc = self.doc
        score = 0.0
        prev = doc[span.start - 1] if span.start > 0 else None
        prev2 = doc[span.start - 2] if span.start > 1 else None
        nxt = doc[span.end] if span.end < len(doc) else None
        nxt2 = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if prev is not None:
            if prev.lower_ in _STRONG_PREPOSITIONS:
                score += 1.0
            elif prev.lower_ in _WEAK_PREPOSITIONS:
                score += 0.5
            elif (
                prev.lower_ == "of"
                and prev2 is not None
                and (prev2.lower_ in _DIRECTIONS or prev2.lower_ in _DESIGNATORS)
            ):
                score += 1.0
        if nxt is not None and nxt.lower_ in _DESIGNATORS:
            score += 1.0
        root = span.root
        if root.dep_ == "dobj" and root.head.lemma_.lower() in _PLACE_OBJECT_VERBS:
            score += 1.0
        # "in Avdiivka and Krasnohorivka": coordinated with a place.
        if (
            prev is not None
            and (prev.lower_ == "," or (coordination and prev.lower_ in {"and", "or"}))
            and prev2 is not None
            and self._is_found(prev2)
        ):
            score += 1.0
        if (
            coordination
            and nxt is not None
            and nxt.lower_ in {"and", "or"}
            and nxt2 is not None
            and self._is_found(nxt2)
        ):
            score += 1.0
        if nxt is not None and nxt.text == "," and nxt2 is not None:
            # "Pandi, Bulacan": a containing place follows.
            after = [t for t in self.found if t.start == nxt2.idx]
            if after or self.records(nxt2.text):
                score += 0.5
        return score


def _major(r: PlaceRecord) -> bool:
    """A place well enough known to be the one an organisation's name means."""
    return r.primary_match and (
        r.feature in ("country", "admin1", "continent", "region") or r.population >= 1_000_000
    )


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and (
        token.is_alpha or token.text in US_STATE_ABBREVIATIONS or "." in token.text
    )


def _prior(records: Sequence[PlaceRecord], text: str) -> float:
    """How likely a gazetteer hit is a real, known place name rather than a coincidence."""
    best = 0.0
    curated = airport_named = False
    for r in records:
        if r.feature in CURATED_FEATURES:
            p, curated = 0.9, True  # a curated area, sea, island or river (geo.points.SUPPLEMENT)
        elif r.feature == "country":
            p = 1.0
        elif r.feature == "admin1":
            p = 0.8
        elif r.feature == "admin2":
            p = 0.4
        elif r.feature == "airport":
            # "Heathrow Airport" says what it is; a bare "Heathrow" needs the words around it.
            named = names_airport(r.matched_alias)
            airport_named = airport_named or named
            p = 0.9 if named else 0.5
        elif r.population >= 1_000_000:
            p = 0.9
        elif r.population >= 100_000:
            p = 0.7
        elif r.population >= 10_000:
            p = 0.5
        elif r.population >= 1_000:
            p = 0.3
        else:
            p = 0.1
        if not r.primary_match and not spelling_variant(r.matched_alias, r.name):
            p *= 0.5  # old or foreign names coincide with ordinary words more often
        best = max(best, p)
    if text.isupper() and len(text) <= 3 and not curated and not airport_named:
        best *= 0.3  # acronyms ("AP", "UN") are seldom places; "EU" is listed as one; "JFK airport"
    return best


def spelling_variant(alias: str, name: str) -> bool:
    """ "Avdiivka" for "Avdiyivka": another transliteration of the same name, not another name."""
    a, n = normalize_name(alias), normalize_name(name)
    return fuzz.ratio(a, n) >= 80 or shortened_name(alias, name)


def shortened_name(alias: str, name: str, *, designators_only: bool = False) -> bool:
    """ "New York" for "New York City": the alias is the name without a generic word; with
    ``designators_only``, without words such as "City" or "County" alone ("Washington" is not
    Washington Court House's own name)."""
    a, n = normalize_name(alias), normalize_name(name)
    if not a or not set(a.split()) < set(n.split()):
        return False
    if not designators_only or set(n.split()) - set(a.split()) <= _DESIGNATOR_WORDS:
        return True
    return name.lower().startswith(alias.lower().strip() + "-")  # "Stoke" for Stoke-on-Trent


_DESIGNATOR_WORDS = frozenset(
    {"city", "town", "village", "county", "parish", "borough", "municipality", "district", "province"}
    | {"state", "region", "oblast", "krai", "governorate", "prefecture", "sheng", "shi", "zizhiqu"}
)
