"""Event coding: PLOVER events from trigger words and the dependency parse, tied to the claims they rest on.

An event is found at a trigger (a verb or noun in ``event_lexicon``), gets its actor and target from
the trigger's arguments, its place from the places in the same clause or sentence, its time from
the date expressions there (resolved against the publication date), its numbers from the
quantities there, and — the point of the exercise — ``claimed_by``: the speaker whose claim
contains the trigger, or the outlet when the outlet narrates it. A denied event is marked
``denied``; an announced future attack is a THREATEN with modality ``future`` (the PLOVER manual's
rule that future and hypothetical actions are coded as the verbal category).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimgraph.analyse.dates import names_a_time, time_range
from claimgraph.analyse.entities import EntityTable, country_code
from claimgraph.analyse.event_lexicon import (
    ABSTRACT_HEADS,
    ACCEPT_CONCESSIONS,
    ACCESS_GRANTED,
    ACCUSING_VERBS,
    ACT_HEADS,
    AMBIGUOUS_ASSAULT,
    CONTEXT_WORDS,
    DEPLOYMENT_PLACES,
    DISPARAGING_LABELS,
    EXERCISE_NOUNS,
    FUTURE_CATEGORY,
    HELD_PEOPLE,
    IDENTITY_NOUNS,
    INANIMATE_OBJECTS,
    INTENT_GOVERNORS,
    LABOUR_STRIKE_MODIFIERS,
    LABOUR_STRIKE_WORDS,
    LOCATIVE_PREPOSITIONS,
    MEDIA_NOUNS,
    MILITARY_NOUNS,
    MILITARY_STRIKE_MODIFIERS,
    MILITARY_SUBJECT_REQUIRED,
    MOVEMENT_WORDS,
    MUNITION_NOUNS,
    NAMING_VERBS,
    NON_MILITARY_STAFF,
    NOT_ACT_COMPOUNDS,
    NOUN_CONTEXT_REQUIRED,
    NOUN_TRIGGERS,
    OBJECT_REQUIRED,
    OFFICES,
    PHYSICAL_OBJECTS,
    PLACE_NOUNS,
    PLACE_TAKING_ACTS,
    QUANTITY_ROLES,
    SUPPORT_EXPRESSIONS,
    SUSPECTS,
    THREAT_MODES,
    THREAT_WORDS,
    UNIT_ROLES,
    VERB_TRIGGERS,
    VERBAL_ATTACKS,
    VERBAL_HIT_PARTICLES,
    VIOLENCE_WORDS,
    WEAPON_MODES,
    WILLING_ADJECTIVES,
    WITHDRAWN_FROM,
)
from claimgraph.analyse.lexicon import (
    ARMED_GROUP_NOUNS,
    FUTURE_WORDS,
    GOVERNMENT_NOUNS,
    INTENTION_VERBS,
    ORGANISATION_NOUNS,
)
from claimgraph.geo.demonyms import place_name_for
from claimgraph.model import OUTLET, Attribution, Claim, Event, EventQuantity, Modality, Place, Quantity, Span

CIVILIAN_NOUNS = frozenset(
    {"civilian", "people", "resident", "villager", "child", "woman", "man", "family", "worker", "student",
     "refugee", "patient", "passenger", "pilgrim", "farmer", "journalist", "doctor", "protester",
     "demonstrator"}
)  # fmt: skip
# Who protests in words when protesting alone, and where a protest in the street happens.
SPEAKING_BODIES = frozenset(
    {"group", "ministry", "government", "embassy", "organization", "organisation", "spokesman",
     "spokeswoman", "official", "minister", "office", "watchdog", "agency", "president", "envoy",
     "ambassador", "commission", "committee", "council"}
)  # fmt: skip
# Nouns that carry a demand in their "that X must ..." clause.
MESSAGE_NOUNS = frozenset(
    {"reminder", "message", "letter", "note", "notice", "instruction", "memorandum", "directive"}
)
STREET_PREPOSITIONS = frozenset({"outside", "through", "along", "across", "near", "at", "in", "on", "into"})
SPEECH_ACTS = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE", "SUPPORT", "CONCEDE"})
# Acts done by saying something: placed only where they were said (eval/events/README.md, Place).
VERBAL_ACTS = frozenset({"REQUEST", "THREATEN", "AGREE", "ACCUSE", "SUPPORT"})
# Future acts that, held over someone ("unless ..."), are threats; cooperative offers stay AGREE.
CONDITIONAL_THREATS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "RETREAT", "PROTEST"})
PRECISION = {"locality": 4, "admin2": 3, "admin1": 2, "region": 1, "country": 1, "unresolved": 0}
GROUP_PRONOUNS = {"they", "we", "them", "us", "our", "their", "it", "its"}
PERSON_PRONOUNS = {"he", "she", "i", "him", "her", "me", "my", "his"}
FIRST_PERSON_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our"})
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "die"})
MONEY_UNITS = frozenset(
    {"euro", "dollar", "pound", "franc", "yen", "yuan", "rouble", "ruble", "million", "billion"}
)
# Civilians who clash with police or block roads in protest (besides CIVILIAN_NOUNS).
PROTESTING_CIVILIANS = frozenset(
    {"supporter", "driver", "trucker", "teacher", "miner", "nurse", "activist", "fan", "youth", "crowd",
     "mob", "opponent", "taxi", "motorist", "trader", "shopkeeper", "employee", "union"}
)  # fmt: skip
SECURITY_FORCES = frozenset(
    {"police", "policeman", "officer", "force", "troop", "soldier", "riot", "gendarme"}
)
# Verbs of a diplomatic protest noun: "lodged a protest", "drawing a protest from Tokyo".
PROTEST_LODGED = frozenset({"lodge", "file", "draw", "register", "deliver", "issue", "send", "make", "voice"})
# Prepositions whose object is a party to an act, never where it happened: "brokered by China",
# "the border with China", "talks with Iran", "a protest against Beijing".
PARTY_PREPOSITIONS = frozenset(
    {"by", "with", "for", "against", "about", "between", "than", "like", "toward", "towards"}
)
# Links between clauses of one statement (coordination, complements, adverbial clauses).
CLAUSE_LINKS = frozenset({"xcomp", "conj", "ccomp", "advcl"})
# Prepositions that date an event rather than name what a verb acts on ("a week after talks").
TEMPORAL_PREPOSITIONS = frozenset(
    {"after", "before", "since", "during", "amid", "following", "until", "ahead"}
)


@dataclass
class _Draft:
    type: str
    mode: str | None
    trigger: Token
    actor: str | None = None
    target: str | None = None
    places: list[Place] = field(default_factory=list)
    # How firmly the text puts the event at each place (place id -> tier, 0 best; see _places).
    place_tiers: dict[str, int] = field(default_factory=dict)
    time_text: SpacySpan | None = None
    quantities: list[EventQuantity] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    claimed_by: str = OUTLET
    modality: Modality = "asserted"
    context: list[str] = field(default_factory=list)
    conditional: bool = False  # "unless a ceasefire is arranged": a future act held over someone
    failed: bool = False  # "failed to reach agreement"
    # The triggers of other drafts merged into this one ("attack … had killed two and wounded nine").
    merged_triggers: list[Token] = field(default_factory=list)


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _near(token: Token, words: frozenset[str], window: int = 4) -> bool:
    doc = token.doc
    sentence = token.sent
    lo, hi = max(sentence.start, token.i - window), min(sentence.end, token.i + window + 1)
    nearby = {t.lower_ for t in doc[lo:hi]} | {t.lemma_.lower() for t in doc[lo:hi]}
    nearby |= {t.lower_ for t in token.subtree}
    return bool(nearby & words)


class EventCoder:
    """Codes the events of one analysed article (one instance per article)."""

    def __init__(
        self,
        doc: Doc,
        entities: EntityTable,
        attributions: list[Attribution],
        claims: list[Claim],
        quantities: list[Quantity],
        places: list[Place],
        *,
        published: date | None = None,
        headline: tuple[int, int] | None = None,
        dateline: tuple[int, int] | None = None,
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.entities = entities
        self.attributions = attributions
        self.claims = claims
        self.quantities = quantities
        self.places = places
        self.published = published
        self.headline = headline
        self.cues = {(a.cue.start, a.cue.end): a for a in attributions if a.cue is not None}
        self.dateline = dateline  # "KHARTOUM, Jan 13 —": where the story was filed, not what happened
        self._speaker_indices: set[int] | None = None
        self._attributions_by_id = {a.id: a for a in attributions}

    # ---- detection -----------------------------------------------------------------------------------
    def code(self) -> list[Event]:
        drafts: list[_Draft] = []
        for token in self.doc:
            if self.headline and self.headline[0] <= token.idx < self.headline[1]:
                continue  # the headline repeats the body; its events would be counted twice
            trigger = self._trigger(token)
            if trigger is None or self._inside_speech_act(token) or _demanded(token) or self._skip(token):
                continue
            category, mode = trigger
            drafts.append(self._draft(token, category, mode))
        drafts += self._demands()
        drafts.sort(key=lambda d: d.trigger.i)
        return self._finish(
            self._inherit_places(self._fold_casualties(self._merge(self._drop_subsumed(drafts))))
        )

    def _drop_subsumed(self, drafts: list[_Draft]) -> list[_Draft]:
        """'suspended aid deliveries', 'cancelled a visit': the noun is the verb's object, not an event."""
        verbs = [d for d in drafts if d.trigger.pos_ == "VERB"]
        kept = []
        for draft in drafts:
            token = draft.trigger
            owner = next(
                (v for v in verbs if v.type != draft.type and token.i in {w.i for w in _objects(v.trigger)}
                 | {c.i for w in _objects(v.trigger) for c in w.children if c.dep_ == "compound"}),
                None,
            )  # fmt: skip
            if token.pos_ == "NOUN" and owner is not None:
                continue
            # "rejected Kyiv's call for an immediate ceasefire": the noun is what the act is about.
            speech = [v for v in verbs if v.type in SPEECH_ACTS and v is not draft]
            if token.pos_ == "NOUN" and any(
                token.i in {t.i for o in _objects(v.trigger) for t in o.subtree} for v in speech
            ):
                continue
            kept.append(draft)
        return kept

    def _demands(self) -> list[_Draft]:
        """'X said Iraq must cooperate with the inspectors': a REQUEST by X of Iraq."""
        drafts = []
        for attribution in self.attributions:
            if (
                attribution.speaker is None
                or attribution.speaker.entity is None
                or attribution.kind == "scare_quote"
            ):
                continue
            span = self.doc.char_span(
                attribution.content.start, attribution.content.end, alignment_mode="expand"
            )
            if span is None:
                continue
            root = span.root
            modal = next(
                (c for c in root.children if c.dep_ == "aux" and c.lower_ in {"must", "should"}), None
            )
            subject = self._subject(root)
            if modal is None or subject is None or (subject.pos_ == "PRON" and subject.lower_ in {"we", "i"}):
                continue  # "we must" is a resolve, not a demand on someone else
            draft = _Draft("REQUEST", None, modal, attribution.speaker.entity, self._participant(subject))
            draft.claims = [c.id for c in self.claims if c.attribution == attribution.id]
            outer = [c for c in self._claims_containing(attribution.cue.start)] if attribution.cue else []
            draft.claimed_by = outer[0].asserted_by if outer else OUTLET
            self._locate(draft, root)
            draft.time_text = self._time(root, root.sent)
            drafts.append(draft)
        return drafts + self._written_demands()

    def _written_demands(self) -> list[_Draft]:
        """'Chirac issued a stern reminder to Iraq that it must cooperate': a demand carried by a
        message noun rather than a speech verb is a REQUEST by whoever issued the message."""
        drafts = []
        for modal in self.doc:
            verb = modal.head
            if (
                modal.dep_ != "aux"
                or modal.lower_ not in {"must", "should"}
                or verb.dep_ not in {"acl", "ccomp"}
            ):
                continue
            # "a reminder to Iraq that it must ...", or the parser's "sent [a note] ... that it must".
            message = next((o for o in _children(verb.head, "dobj") if verb.dep_ == "ccomp"), verb.head)
            if message.lemma_.lower() not in MESSAGE_NOUNS or message.dep_ != "dobj":
                continue
            issuer = self._subject(message.head)  # "X issued / sent a reminder that ..."
            subject = self._subject(verb)
            if self.headline and self.headline[0] <= modal.idx < self.headline[1]:
                continue
            if issuer is None or subject is None or subject.lower_ in {"we", "i"}:
                continue
            draft = _Draft("REQUEST", None, modal, self._participant(issuer), self._participant(subject))
            self._claim(draft)
            self._locate(draft, verb)
            draft.time_text = self._time(message.head, verb.sent)
            drafts.append(draft)
        return drafts

    def _trigger(self, token: Token) -> tuple[str, str | None] | None:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in VERB_TRIGGERS:
            category, mode = VERB_TRIGGERS[lemma]
            if not self._verb_conditions(token, lemma):
                return None
        elif token.pos_ == "NOUN" and lemma in NOUN_TRIGGERS:
            category, mode = NOUN_TRIGGERS[lemma]
            if lemma == "strike":
                military = self._military_strike(token)
                if military is None and self._labour_strike(token):
                    return "PROTEST", "strike"
                if military is not None:
                    # "air strikes", and "the strikes" of an article about air strikes: never a walkout.
                    return "ASSAULT", military or None
            if {c.lemma_.lower() for c in _children(token, "compound")} & NOT_ACT_COMPOUNDS.get(
                lemma, frozenset()
            ):
                return None  # "according to a press release"
            if lemma in NOUN_CONTEXT_REQUIRED and not _near(token, NOUN_CONTEXT_REQUIRED[lemma], window=12):
                return None
            if lemma == "support" and not (
                token.dep_ == "dobj" and token.head.lemma_.lower() in SUPPORT_EXPRESSIONS
            ):
                return None  # "expressed support for" is verbal support; "air support" is not
        else:
            return None
        if category == "ASSAULT" and lemma in AMBIGUOUS_ASSAULT & VERBAL_ATTACKS and token.pos_ == "VERB":
            blow = _physical_blow(token)
            if blow is False or (blow is None and not self._violent(token)):
                # "Trump attacked Clinton", "hit out at critics": political news attacks with words.
                return "ACCUSE", "disapprove"
            if blow:
                return self._refine(token, lemma, category, mode)  # "the strike hit the second floor"
        if category == "ASSAULT" and lemma in AMBIGUOUS_ASSAULT and not self._violent(token):
            return None
        if lemma == "warn" and not _near(token, THREAT_WORDS, window=40) and not _conditional_content(token):
            return None  # a forecast ("warned that prices would rise"), not a threat
        return self._refine(token, lemma, category, mode)

    def _refine(self, token: Token, lemma: str, category: str, mode: str | None) -> tuple[str, str | None]:
        """Categories that the object or the speech around a trigger decides."""
        objects = {w.lemma_.lower() for w in _objects(token)}
        held_as = {
            g.lemma_.lower()
            for p in _children(token, "prep")
            if p.lower_ == "as"
            for g in _children(p, "pobj")
        }
        if lemma == "hold" and (objects | held_as) & {"hostage", "captive"}:
            return "ASSAULT", "abduct"  # holding hostages is an abduction, not a detention
        if lemma in {"withdraw", "pull", "ship", "retreat"} and (
            objects & NON_MILITARY_STAFF or set(_out_of(token)) & WITHDRAWN_FROM
        ):
            # Withdrawing observers, diplomats or peacekeepers, or leaving talks or a body, reduces
            # relations; withdrawing forces from an area is RETREAT (manual, SANCTION `withdraw').
            return "SANCTION", "withdraw"
        if lemma in {"order", "force"} and any(
            x.lemma_.lower() in {"suspend", "close", "stop", "halt", "cease", "shut"}
            and (objects | {w.lemma_.lower() for w in _objects(x)}) & MEDIA_NOUNS
            for x in _children(token, "xcomp")
        ):
            return "COERCE", "censor"  # ordering a newspaper to suspend publication censors it
        if lemma in EXERCISE_NOUNS and category == "MOBILIZE" and self._joint(token):
            return "COOPERATE", None  # joint military games and manoeuvres are mutual cooperation
        if lemma in {"impose", "reimpose"} and objects & {"sanction", "embargo", "tariff", "penalty"}:
            return "SANCTION", "discontinue"
        if lemma == "grant" and objects & {"amnesty", "pardon", "clemency", "autonomy", "concession"}:
            return "CONCEDE", None
        if lemma == "grant" and "access" in objects:
            return "RETREAT", "access"
        if lemma == "block" and objects & {
            "adoption",
            "approval",
            "resolution",
            "bill",
            "proposal",
            "package",
            "decision",
            "nomination",
            "appointment",
            "deal",
            "sale",
        }:
            return "REJECT", None  # blocking a decision refuses it
        if lemma in {"halt", "block"} and "entry" in objects and self._state_actor(token):
            # "halted the entry of all aid trucks": withholding goods from people; halting aid to a
            # country reduces relations (SANCTION, the verb's own category).
            return "COERCE", "withhold"
        if lemma == "agree" and any(
            x.lemma_.lower() in {"halt", "stop", "cease", "end", "suspend"} for x in _children(token, "xcomp")
        ):
            return "CONCEDE", None  # agreeing to stop firing declares a ceasefire
        where = {g.lemma_.lower() for p in _children(token, "prep") for g in _children(p, "pobj")}
        if lemma in {"fire", "launch"} and where & {"sea", "ocean", "water"}:
            return "MOBILIZE", "weapons"  # a missile test into the sea shows force, hits nobody
        preps = {p.lower_ for p in _children(token, "prep")}
        if (
            lemma == "send"
            and objects & MILITARY_NOUNS
            and preps & {"around", "near", "toward", "towards", "off"}
        ):
            return "MOBILIZE", "weapons" if objects & {"aircraft", "warship", "jet", "drone"} else "troops"
        if lemma == "suspend" and objects & {
            "broadcaster",
            "newspaper",
            "channel",
            "station",
            "outlet",
            "website",
            "licence",
            "license",
            "media",
        }:
            return "COERCE", "censor"
        if lemma == "call" and self._labels_negatively(token):
            # "called the ban an attack on democracy", "a ruling his lawyers called politically motivated":
            # a disparaging label is disapproval (the manual: criticise, denigrate).
            return "ACCUSE", "disapprove"
        destinations = {
            g.lemma_.lower()
            for p in _children(token, "prep")
            if p.lower_ == "to"
            for g in _children(p, "pobj")
        }
        if lemma == "send" and objects & MILITARY_NOUNS and destinations & DEPLOYMENT_PLACES:
            # "sent 10,000 troops to the border": a deployment; "across the border to fight alongside" aids.
            return "MOBILIZE", "weapons" if objects & {"aircraft", "warship", "jet", "drone"} else "troops"
        if lemma == "flee":
            # People made to flee: SANCTION `expel' (manual); soldiers fleeing their positions retreat.
            return ("RETREAT", "withdraw") if self._military_subject(token) else ("SANCTION", "expel")
        if lemma == "retaliate" and self._violent(token):
            return "ASSAULT", None
        if lemma == "release" and objects & {"fund", "asset"}:
            return "CONCEDE", None  # releasing frozen funds eases a restriction
        if lemma == "hand" and objects & SUSPECTS and self._to_state(token):
            return "COOPERATE", None  # handing suspects to another state is judicial cooperation
        if lemma == "protest" and token.pos_ == "NOUN" and token.head.lemma_.lower() in PROTEST_LODGED:
            return "ACCUSE", "disapprove"  # "lodged a protest", "drawing a protest from Tokyo": diplomatic
        if lemma == "clash" and token.pos_ == "VERB" and self._civilians_against_police(token):
            return "PROTEST", "riot"  # "his supporters clashed with police outside the court"
        if lemma == "use":
            modes = [WEAPON_MODES[o] for o in objects if o in WEAPON_MODES]
            return "ASSAULT", modes[0] if modes else None
        if lemma == "allow" and objects & ACCESS_GRANTED:
            return "RETREAT", "access"  # letting observers, peacekeepers or aid workers in
        if lemma in {"accept", "meet"} and objects & ACCEPT_CONCESSIONS:
            return "CONCEDE", None  # accepting or meeting demands concedes them
        if lemma == "cut" and objects & {"power", "water", "electricity", "internet"}:
            return "COERCE", "withhold"
        if (
            lemma == "protest"
            and token.pos_ == "VERB"
            and (_children(token, "ccomp") or self._is_cue(token) or self._lone_protester(token))
        ):
            return "ACCUSE", "disapprove"  # a protest in words, not in the street (manual: PROTEST)
        if lemma == "block" and not self._state_actor(token):
            return "PROTEST", "obstruct"  # civilians blocking roads protest; police blocking them coerce
        return category, mode

    def _labour_strike(self, token: Token) -> bool:
        """'an indefinite general strike', 'workers went on strike', 'a strike over wages': a
        labour protest needs a labour modifier, "on strike", or labour words in a calm sentence."""
        if _modifier_lemmas(token) & LABOUR_STRIKE_MODIFIERS:
            return True
        on = token.head
        if (
            token.dep_ == "pobj"
            and on.lower_ == "on"
            and not _children(token, "det")
            and on.head.lemma_.lower() in {"go", "be", "remain", "stay", "come", "walk"}
        ):
            return True  # "went on strike", "have been on strike since March" (not "comment on strikes")
        sentence_words = {t.lemma_.lower() for t in token.sent}
        return bool(sentence_words & LABOUR_STRIKE_WORDS) and not self._violent(token)

    def _military_strike(self, token: Token) -> str | None:
        """The weapon mode ("" when none is named) of a military strike, or None: "air strikes",
        "an Israeli strike", or "the strikes" that refer back to military strikes named earlier."""
        own = _strike_kind(token)
        if own is not None:
            return None if own == "labour" else own
        definite = any(
            c.dep_ == "det" and c.lower_ in {"the", "these", "those", "this", "that"} for c in token.children
        )
        if not definite:
            return None
        for earlier in reversed(self.doc[: token.i]):
            if earlier.pos_ == "NOUN" and earlier.lemma_.lower() in {"strike", "airstrike"}:
                kind = _strike_kind(earlier)
                if kind is not None:
                    return None if kind == "labour" else kind  # "the strike" names it again
        return None

    def _labels_negatively(self, token: Token) -> bool:
        """'X called Y Z' with a disparaging Z; not "called on/for" (a request), "a group called Z" or
        "what she calls real solutions" (naming)."""
        if token.pos_ != "VERB" or _children(token, "prt", "xcomp", "nsubjpass", "auxpass"):
            return False
        if any(p.lower_ in {"for", "on", "upon"} for p in _children(token, "prep")):
            return False
        labels = _children(token, "oprd")
        if not labels or self._subject(token) is None:
            return False
        words = {w.lemma_.lower() for o in labels for w in o.subtree} | {
            w.lower_ for o in labels for w in o.subtree
        }
        return bool(words & DISPARAGING_LABELS)

    def _to_state(self, token: Token) -> bool:
        """'handed over 2,000 fighters to Damascus': the receiver is a state or government."""
        receivers = [
            g for p in _children(token, "prep", "dative") if p.lower_ == "to" for g in _children(p, "pobj")
        ]
        kinds = {self.entities.get(e).type for e in map(self._participant, receivers) if e is not None}
        return bool(kinds & {"GPE", "GOV"})

    def _civilians_against_police(self, token: Token) -> bool:
        """'supporters clashed with police': civilians fighting security forces riot (PROTEST `riot')."""
        subject = self._subject(token)
        against = {
            g.lemma_.lower()
            for p in _children(token, "prep")
            if p.lower_ == "with"
            for g in _children(p, "pobj")
        }
        return (
            subject is not None
            and subject.lemma_.lower() in CIVILIAN_NOUNS | PROTESTING_CIVILIANS
            and bool(against & SECURITY_FORCES)
        )

    def _lone_protester(self, token: Token) -> bool:
        """'..., a human rights group protested', 'the embassy protested': one institution or person
        protesting, with no place to march in, protests in words (PROTEST needs collective action)."""
        subject = token.head if token.dep_ == "acl" else self._subject(token)
        if subject is None or subject.tag_ not in {"NN", "NNP"}:
            return False
        if any(
            p.lower_ in STREET_PREPOSITIONS
            and any(o.ent_type_ not in {"DATE", "TIME"} for o in _children(p, "pobj"))
            for p in _children(token, "prep")
        ):
            return False  # "the union protested outside parliament" (not "on Tuesday")
        entity = self._participant(subject)
        kind = self.entities.get(entity).type if entity is not None else None
        return kind in {"GOV", "GPE", "PERSON"} or subject.lemma_.lower() in SPEAKING_BODIES

    def _joint(self, token: Token) -> bool:
        """'joint drills', 'drills with Belarus', 'French and Egyptian warships launched war games'."""
        if _near(token, frozenset({"joint", "jointly", "together"}), window=8):
            return True
        verb = _governing_verb(token)
        if any(p.lower_ == "with" for n in (token, verb) for p in _children(n, "prep")):
            return True
        subject = self._subject(verb) if verb.i != token.i else None
        return subject is not None and any(
            _children(n, "conj") for n in [subject, *_children(subject, "amod", "compound")]
        )

    def _is_cue(self, token: Token) -> bool:
        return any(start <= token.idx < end for start, end in self.cues)

    def _state_actor(self, token: Token) -> bool:
        subject = self._subject(token)
        if subject is None:
            return True
        if subject.lemma_.lower() in CIVILIAN_NOUNS | PROTESTING_CIVILIANS:
            return False  # "Bolivia's truck drivers": a country's civilians are not the state
        entity = self._participant(subject)
        if entity is not None and self.entities.get(entity).type in {"GOV", "ARMED_GROUP", "GPE"}:
            return True
        return subject.lemma_.lower() in {
            "police",
            "army",
            "authority",
            "government",
            "troop",
            "soldier",
            "force",
        }

    def _violent(self, token: Token) -> bool:
        words = {t.lower_ for t in token.sent} | {t.lemma_.lower() for t in token.sent}
        words.discard(token.lower_)
        words.discard(token.lemma_.lower())
        return bool(words & VIOLENCE_WORDS)

    def _verb_conditions(self, token: Token, lemma: str) -> bool:
        objects = [w.lemma_.lower() for w in _objects(token)]
        required = OBJECT_REQUIRED.get(lemma)
        if required and not set(objects) & required:
            return False
        if lemma == "hit" and _physical_blow(token) is False:
            return True  # "hit out at critics": criticism, whoever the subject is
        if lemma in MILITARY_SUBJECT_REQUIRED and not self._military_subject(token):
            return False
        if lemma == "turn":
            # "turned down an invitation" (not "I've been turned down for the job")
            down = "down" in {c.lower_ for c in token.children if c.dep_ in {"prt", "prep"}}
            return down and bool(_children(token, "dobj"))
        if lemma == "bar":
            return any(p.lower_ == "from" for p in _children(token, "prep"))
        if lemma == "call":
            return (
                bool(_children(token, "prt", "xcomp"))
                or self._labels_negatively(token)
                or any(p.lower_ in {"for", "on"} for p in _children(token, "prep"))
            )
        if lemma in {"ask", "order", "press"}:
            return bool(_children(token, "xcomp")) or any(p.lower_ == "for" for p in _children(token, "prep"))
        if lemma == "back":
            return bool(_children(token, "dobj"))
        if lemma == "talk":
            return any(p.lower_ == "with" for p in _children(token, "prep"))
        if lemma == "agree":
            # "agreed to a truce", "agreed on a deal" commit; "agreed that X" is an opinion.
            return bool(_children(token, "xcomp")) or any(
                p.lower_ in {"on", "to"} for p in _children(token, "prep")
            )
        if lemma == "accept":
            return bool(objects)
        if lemma == "allow":
            # "allowed UN observers into the region"; "decided to allow the candidate to run" eases a
            # restriction on a person (CONCEDE) when someone named allows it, not "the deal allows".
            if set(objects) & (ACCESS_GRANTED | {"return"}):
                return True
            subject = self._subject(token)
            return (
                bool(_children(token, "ccomp", "xcomp"))
                and subject is not None
                and self._participant(subject) is not None
            )
        if lemma == "hold":
            # "holding thousands of civilians as human shields"; not "held talks with protesters".
            held = [w for o in _children(token, "dobj", "nsubjpass") for w in [o, *o.conjuncts]]
            held += [
                g
                for w in held
                for p in _children(w, "prep")
                if p.lower_ == "of"
                for g in _children(p, "pobj")
            ]
            held_as = {
                g.lemma_.lower()
                for p in _children(token, "prep")
                if p.lower_ == "as"
                for g in _children(p, "pobj")
            }
            return bool(
                {w.lemma_.lower() for w in held} & HELD_PEOPLE or held_as & {"hostage", "captive", "shield"}
            )
        if lemma in {"kill", "wound", "injure"}:
            return not set(objects) & INANIMATE_OBJECTS  # "killed the bill"
        particles = {c.lower_ for c in token.children if c.dep_ in {"prt", "prep"}}
        if token.i + 1 < len(token.doc) and token.nbor().lower_ in {"over", "back"}:
            particles.add(token.nbor().lower_)  # "handed over 2,000 fighters": "over" parsed as a quantifier
        if lemma == "hand" and "over" not in particles:
            return False
        if lemma == "pull" and not particles & {"out", "back"}:
            return False
        if lemma in {"force", "ship"}:
            # "forced the agency out of the country", "were shipped out of the enclave"; not "forced
            # out of office" (no expulsion) nor "forced to" (the forced act is the event).
            return "out" in particles and not set(_out_of(token)) & OFFICES
        if lemma == "look" and "into" not in particles:
            return False
        if lemma in {"pressure", "pressurize"}:
            return bool(_children(token, "xcomp"))
        if lemma == "defend":
            return not self._violent(token)  # defending a city is war; defending a policy is support
        if lemma == "meet":
            return not set(objects) & {
                "need",
                "requirement",
                "deadline",
                "target",
                "goal",
                "standard",
                "expectation",
                "criterion",
                "condition",
                "obligation",
            }
        return not (lemma == "fight" and any(c.lower_ == "for" for c in token.children))

    def _military_subject(self, token: Token) -> bool:
        if {w.lemma_.lower() for w in _objects(token)} & MILITARY_NOUNS:
            return True  # "moving several thousand troops"
        subject = self._subject(token)
        if subject is None:
            return False
        entity = self._participant(subject)
        if entity is not None and self.entities.get(entity).type in {"ARMED_GROUP", "GOV"}:
            return True
        return subject.lemma_.lower() in ARMED_GROUP_NOUNS | MILITARY_NOUNS

    def _skip(self, token: Token) -> bool:
        """Trigger words that report no event of their own."""
        if _withholds_identity(token):
            return True  # "who asked not to be named": how a source is quoted, not an act
        if _comparison_class(token):
            return True  # "in one of the deadliest assaults in months": the class the event is put in
        if token.pos_ == "NOUN" and token.dep_ in {"compound", "amod", "nmod"}:
            # "aid workers", "protest leaders": a modifier, not an act; "a mediation mission" is one.
            return not (token.dep_ == "compound" and token.head.lemma_.lower() in ACT_HEADS)
        verb = _governing_verb(token)
        node = verb
        for _ in range(5):
            marks = {m.lower_ for m in node.children if m.dep_ == "mark"}
            if node.dep_ == "advcl" and marks & {"if", "unless", "until", "whether"}:
                return True  # a condition ("if European countries send troops") is not a report
            if node.dep_ not in CLAUSE_LINKS or node.head.i == node.i:
                break  # "..., a senior diplomat warned": a clause on a noun is outside the condition
            node = node.head
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if verb.dep_ in {"xcomp", "advcl"} and infinitive and self._trigger(verb.head) is not None:
            return True  # "sent troops to fight", "met to discuss": the purpose of another event
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"stop", "cease", "quit"}:
            return True
        if token.pos_ == "NOUN" and any(
            a.lower_ in {"since", "anniversary", "eve"} for a in list(token.ancestors)[:4]
        ):
            return True  # "the anniversary of the invasion", "since the war began": history, not news
        return token.lemma_.lower() == "accuse" and token.dep_ == "acl"  # "17 men accused of ...": background

    def _inside_speech_act(self, token: Token) -> bool:
        """'called on X to join and fight', 'threatened to attack': the inner verb is the act's content."""
        head = _governing_verb(token)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        if infinitive and head.dep_ in {"advcl", "xcomp", "acl"} and head.head.i != head.i:
            # "renewed his appeal to Western allies to allow strikes", "a call to lift the siege":
            # the infinitive is what a request noun asks for, not an act.
            owner = head.head
            for noun in [owner, *_children(owner, "dobj")]:
                trigger = self._trigger(noun) if noun.pos_ == "NOUN" and noun.i != token.i else None
                if trigger is not None and trigger[0] in SPEECH_ACTS:
                    return True
        embedded = False  # coordination alone ("condemned X and called for Y") embeds nothing
        for _ in range(3):
            if head.dep_ not in CLAUSE_LINKS or head.head.i == head.i:
                return False
            if embedded and head.dep_ == "conj":
                return False  # "accused X and said it had asked Y": the ask is the saying's content
            if _misattached_conj(head):
                return False  # "demanded that the government set a date, and threatened to ...'
            embedded = embedded or head.dep_ != "conj"
            head = head.head
            trigger = self._trigger(head) if head.i != token.i else None
            if embedded and trigger and trigger[0] in SPEECH_ACTS:
                return True
        return False

    # ---- arguments -----------------------------------------------------------------------------------
    def _subject(self, token: Token) -> Token | None:
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if subjects:
            # "KHARKIV, May 15 (Reuters) - Russian forces shelled": the parser may give two; the nearest acts.
            return min(subjects, key=lambda s: abs(s.i - token.i))
        if _misattached_conj(token):
            return self._subject(token.head.head)
        accused = _accused_of(token)
        if accused is not None:
            return accused
        # "X shelled the town, killing 12": the participle's subject is its head's.
        participle = token.dep_ == "advcl" and token.tag_ == "VBG"
        if (token.dep_ in {"conj", "xcomp"} or participle) and token.head.i != token.i:
            return self._subject(token.head)
        return None

    def _content_speaker(self, position: int) -> str | None:
        inside = [
            a for a in self.attributions
            if a.speaker and a.speaker.entity and a.content.start <= position < a.content.end
        ]  # fmt: skip
        if not inside:
            return None
        innermost = min(inside, key=lambda a: a.content.end - a.content.start)
        return innermost.speaker.entity if innermost.speaker else None

    def _participant(self, token: Token) -> str | None:
        """The entity a subject/object token stands for, creating one for descriptions ("Russian forces")."""
        entity = self.entities.entity_at(token)
        if entity is not None:
            return entity
        lower = token.lower_
        if token.pos_ == "PRON":
            if lower not in GROUP_PRONOUNS | PERSON_PRONOUNS:
                return None
            quote = self._direct_quote_at(token.idx)
            if quote is not None and lower not in FIRST_PERSON_PRONOUNS:
                # '"They bombed the market," he said': in a speaker's own words a third person is
                # someone else, named in the quote or not at all (the speaker would say "we").
                return self._antecedent_in_quote(token, quote)
            return self._content_speaker(token.idx) or self._pronoun_antecedent(token)
        if token.pos_ not in {"NOUN", "PROPN"}:
            return None
        if token.pos_ == "PROPN" and not token.ent_type_:
            # "Moscow accused Kyiv of …": a name the tagger missed here but found elsewhere.
            recognised = self._named_elsewhere(token)
            if recognised is not None:
                return recognised
        lemma = token.lemma_.lower()
        left = [t for t in token.lefts if t.dep_ in {"amod", "compound", "poss", "nmod"} and not t.is_punct]
        named = [self.entities.entity_at(t) for t in left if self.entities.entity_at(t)]
        phrase = self.doc[min([t.left_edge.i for t in left] + [token.i]) : token.i + 1]
        while len(phrase) > 1 and (phrase[0].dep_ == "det" or phrase[0].is_punct):
            phrase = phrase[1:]
        if any(t.tag_ in {"WDT", "WP", "WRB"} for t in phrase):
            return None  # "how many fighters were killed": no one in particular
        mention = Span.of(self.text, phrase.start_char, phrase.end_char)
        owner = next((t for t in left if t.dep_ == "poss" and t.lower_ in {"its", "their", "our"}), None)
        if owner is not None and lemma in ARMED_GROUP_NOUNS:
            # "the group said its forces had repelled the attack": the group's forces are the group.
            return self._content_speaker(owner.idx) or self._pronoun_antecedent(owner)
        if lemma == "group" and token.tag_ == "NN" and len(phrase) == 1:
            # "accused the group of using civilian buildings": the group named before, not one
            # called "Group" (a state's army is never "the group").
            earlier = self.entities.last_mentioned(
                token.idx,
                lambda c: c.type in {"ARMED_GROUP", "ORG"} and not self.entities.state_military(c.id),
            )
            if earlier is not None:
                return earlier
        if lemma in ARMED_GROUP_NOUNS:
            return self.entities.find_or_create("ARMED_GROUP", _title(phrase.text), mention)
        if lemma in GOVERNMENT_NOUNS:
            return self.entities.find_or_create("GOV", _title(phrase.text), mention)
        if lemma in ORGANISATION_NOUNS:
            return self.entities.find_or_create("ORG", _title(phrase.text), mention)
        if lemma in CIVILIAN_NOUNS:
            return self.entities.find_or_create("CIVILIANS", _title(phrase.text), mention)
        if named:
            return named[0]
        return None

    def _named_elsewhere(self, token: Token) -> str | None:
        """The entity of a single-word name, when another mention of it was recognised."""
        if any(c.dep_ == "compound" for c in token.children) or token.dep_ == "compound":
            return None  # part of a longer name
        matches = {
            c.id
            for c in self.entities.clusters
            if c.type in {"GPE", "ORG", "GOV", "ARMED_GROUP", "PERSON"}
            and any(m.text == token.text for m in c.mentions)
        }
        return matches.pop() if len(matches) == 1 else None

    def _direct_quote_at(self, position: int) -> Attribution | None:
        """The innermost direct quotation whose words hold ``position``."""
        quotes = [
            a for a in self.attributions if a.kind == "direct" and a.content.start <= position < a.content.end
        ]
        return min(quotes, key=lambda a: a.content.end - a.content.start) if quotes else None

    def _antecedent_in_quote(self, token: Token, quote: Attribution) -> str | None:
        """A third-person pronoun's referent named earlier in the same quotation, never its speaker."""
        wanted = (
            {"PERSON"} if token.lower_ in PERSON_PRONOUNS else {"ARMED_GROUP", "GOV", "ORG", "GPE", "NORP"}
        )
        speaker = quote.speaker.entity if quote.speaker else None
        return self.entities.last_mentioned(
            token.idx,
            lambda c: (
                c.type in wanted
                and c.id != speaker
                and any(quote.content.start <= m.start and m.end <= token.idx for m in c.mentions)
            ),
        )

    def _pronoun_antecedent(self, token: Token) -> str | None:
        wanted = (
            {"PERSON"} if token.lower_ in PERSON_PRONOUNS else {"ARMED_GROUP", "GOV", "ORG", "GPE", "NORP"}
        )
        return self.entities.last_mentioned(token.idx, lambda c: c.type in wanted)

    def _of_chain_entity(self, token: Token) -> str | None:
        """'bombs of the aviation ... of the Russian Federation': the named owner at the end of the chain."""
        found: str | None = None
        frontier = [token]
        for _ in range(4):
            nxt = []
            for node in frontier:
                for prep in _children(node, "prep"):
                    if prep.lower_ not in {"of", "by", "from"}:
                        continue
                    for obj in _children(prep, "pobj"):
                        found = self.entities.entity_at(obj) or self._participant(obj) or found
                        nxt.append(obj)
                for conj in _children(node, "conj"):
                    nxt.append(conj)
            frontier = nxt
        return found

    def _arguments(self, token: Token, category: str) -> tuple[str | None, str | None]:
        lemma = token.lemma_.lower()
        actor = target = None
        if token.pos_ == "VERB":
            subject = self._subject(token)
            passive_subject = next(iter(_children(token, "nsubjpass")), None)
            agent = next((g for a in _children(token, "agent") for g in _children(a, "pobj")), None)
            obj = next(iter(_children(token, "dobj")), None)
            if obj is None:
                for prep in _children(token, "prep"):
                    if prep.lower_ in {"on", "at", "against", "into"}:
                        obj = next(iter(_children(prep, "pobj")), None)
                        if obj is not None:
                            break
            if lemma == "lose":
                # "the Russian army lost 1,000 soldiers": the loser is the target; the actor is not named.
                return None, self._participant(subject) if subject is not None else None
            if passive_subject is not None:
                target = self._participant(passive_subject)
                actor = self._participant(agent) if agent is not None else None
            else:
                actor = self._participant(subject) if subject is not None else None
                target = self._participant(obj) if obj is not None else None
            if token.idx in {c[0] for c in self.cues}:
                attribution = next(a for c, a in self.cues.items() if c[0] == token.idx)
                if attribution.speaker and attribution.speaker.entity:
                    actor = attribution.speaker.entity
            return actor, target
        # Nouns: "Russian shelling", "Russia's attack", "an attack by X on Y", "fire of the artillery of Z".
        for child in token.children:
            if child.dep_ in {"poss", "amod", "compound"} and self.entities.entity_at(child):
                actor = self.entities.entity_at(child)
            elif child.dep_ == "poss" and child.lower_ in {"his", "her", "its"}:
                # "renewed his appeal": one speaker's; "their joint exercise" may be anyone's pair.
                actor = self._participant(child) or actor
            if child.dep_ == "prep" and child.lower_ in {"on", "against", "at"}:
                obj = next(iter(_children(child, "pobj")), None)
                target = self._participant(obj) if obj is not None else target
            if child.dep_ == "prep" and child.lower_ == "by":
                obj = next(iter(_children(child, "pobj")), None)
                actor = self._participant(obj) if obj is not None else actor
        if actor is None:
            actor = self._of_chain_entity(token)
        return actor, target

    def _flight(self, verb: Token) -> tuple[str | None, str | None]:
        """'Hundreds of Mozambicans fled into Malawi after insurgents attacked villages': people who
        flee are the target of a SANCTION `expel' whose actor is what made them flee (the manual:
        "the causative agent as the actor rather than ... the fleeing party"), named in a clause or
        phrase of cause ("after insurgents attacked", "fled the fighting by M23", "fled the
        rebels"); when the text names none, the actor is unknown, never the people fleeing."""
        subject = self._subject(verb)
        fleeing = None
        if subject is not None:
            fleeing = self._participant(subject) or self._of_chain_entity(subject)
        causes = [c for c in verb.children if c.dep_ == "advcl" and c.pos_ in {"VERB", "AUX"}]
        causes += _children(verb, "dobj")
        causes += [
            g
            for p in _children(verb, "prep")
            if p.lower_ in {"after", "amid", "following", "from"}
            for g in _children(p, "pobj")
        ]
        for cause in causes:
            act = cause.pos_ in {"VERB", "AUX"} or cause.lemma_.lower() in NOUN_TRIGGERS
            if act:
                actor = self._arguments(cause, "ASSAULT")[0]  # "after insurgents attacked villages"
                modifiers = _children(cause, "compound", "amod") if cause.pos_ == "NOUN" else []
                if actor is None and modifiers:  # "after militia attacks"
                    actor = next(filter(None, map(self._participant, modifiers)), None)
            else:
                actor = self._participant(cause)  # "fled the rebels"; not "fled the village"
                if actor is not None and self.entities.get(actor).type not in {"ARMED_GROUP", "GOV"}:
                    actor = None
            if actor is not None and actor != fleeing:
                return actor, fleeing
        return None, fleeing

    # ---- one event -----------------------------------------------------------------------------------
    def _draft(self, token: Token, category: str, mode: str | None) -> _Draft:
        actor, target = self._arguments(token, category)
        if category == "SANCTION" and token.lemma_.lower() == "flee":
            actor, target = self._flight(token)
        actor = self._country_of_people(actor, token)
        draft = _Draft(category, mode, token, actor, target)
        if category == "ASSAULT" and mode is None:
            draft.mode = self._weapon_mode(token)
        sentence = token.sent
        draft.time_text = self._time(token, sentence)
        draft.quantities = self._quantities(token, sentence)
        self._claim(draft)
        draft.modality = self._modality(token, draft.modality)
        self._locate(draft, token)  # after the modality: a promise is placed where it was made
        draft.context = self._context(token)
        verb = _governing_verb(token)
        draft.conditional = self._conditional(verb)
        draft.failed = any(t.lemma_.lower() == "fail" for t in (verb, verb.head) if t.i != token.i)
        return draft

    def _country_of_people(self, entity: str | None, trigger: Token) -> str | None:
        """'a Ukrainian drone attack': a people's adjective as actor is its country's act, when the
        article names that country (the adjective becomes one of its mentions)."""
        if entity is None or self.entities.get(entity).type != "NORP":
            return entity
        people = self.entities.get(entity)
        name = place_name_for(people.name)
        code = country_code(name) if name else None
        if code is None:
            return entity
        country = next(
            (c for c in self.entities.clusters if c.type == "GPE" and c.links.get("iso3166_1") == code), None
        )
        if country is None:
            return entity
        sentence = trigger.sent
        for mention in people.mentions:
            if sentence.start_char <= mention.start < sentence.end_char:
                self.entities.add_mention(country.id, mention)
        return country.id

    def _weapon_mode(self, token: Token) -> str | None:
        sentence = token.sent
        for t in sentence:
            mode = WEAPON_MODES.get(t.lemma_.lower())
            if mode and abs(t.i - token.i) <= 8:
                return mode
        return None

    def _locate(self, draft: _Draft, token: Token) -> None:
        verbal = draft.type in VERBAL_ACTS or (
            draft.modality == "future" and FUTURE_CATEGORY.get(draft.type) in VERBAL_ACTS
        )
        ranked = self._places(token, draft.type, draft.actor, verbal=verbal)
        draft.places = [place for place, _tier in ranked]
        draft.place_tiers = {place.id: tier for place, tier in ranked}

    def _places(
        self, token: Token, category: str, actor: str | None, *, verbal: bool = False
    ) -> list[tuple[Place, int]]:
        """The places of the trigger's sentence that can be where the event happened, each with a
        tier (0 best): 0 where the trigger's own clause puts something ("in", "near", "off" … a place,
        or the place attacked); 1 another place in that clause (the acting country: "Guinea's
        government banned protests"), in a clause on one of its nouns ("who had sheltered in its
        embassy in Managua"), or, for a noun trigger, in its verb's clause; 2 elsewhere in the
        sentence; 3 the dateline. Never a place that names a speaker or is part of a speaker's
        description ("a Washington-based think tank"), of an organisation's name, of an "according
        to" phrase, the broker of talks, an attacker's country, a party spoken to ("accused Kyiv"),
        a partner ("linked to Israel") or a modifier ("EU membership talks"). A verbal act (a
        demand, threat, accusation, promise) is placed only where it was made: its own clause, or
        the clause that reports it ("…, the minister said during a visit to Odesa")."""
        sentence = token.sent
        core, subordinate = self._clause(token)
        verb = _governing_verb(token)
        verb_core, verb_subordinate = self._clause(verb) if verb.i != token.i else (set(), set())
        near = subordinate | verb_core | verb_subordinate
        subject = self._subject(verb)
        acting = {t.i for t in subject.subtree} if subject is not None else set()
        best: dict[str, tuple[Place, int]] = {}

        def offer(place: Place, tier: int) -> None:
            if place.id not in best or tier < best[place.id][1]:
                best[place.id] = (place, tier)

        for place in self.places:
            for mention in place.mentions:
                if not sentence.start_char <= mention.start < sentence.end_char:
                    continue
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                if self._in_dateline(mention.start):
                    offer(place, 3)
                    continue
                role, node = self._place_role(span, category, actor, verbal=verbal)
                where = span.root.i
                if role == "party" and where in acting:
                    where = token.i  # "Ukraine's parliament voted to extend martial law"
                if role == "none" or (role == "party" and where not in core | near):
                    continue
                if verbal and (role != "locative" or _about_another_act(node, {token.i, verb.i})):
                    # "accused Kyiv of targeting civilians in Belgorod", "condemned the attack on
                    # Kharkiv": what a statement is about is not where it was made.
                    continue
                if role == "speaker":
                    tier = 2  # "police in Haiti said they had regained control of the road"
                elif where in core:
                    tier = 0 if role == "locative" else 1
                elif where in near:
                    tier = 1 if role == "locative" else 2
                else:
                    tier = 2
                if any(a.lower_ in {"including", "like"} for a in node.ancestors if a.i in core | near):
                    tier += 1  # "killed 18 people across Gaza, including six in Khan Younis": a part
                offer(place, tier)
        for place, tier in self._places_of_peoples(core, near):
            offer(place, tier)
        if verbal:
            best = {pid: pt for pid, pt in best.items() if pt[1] < 2}
            for place in self._where_said(token):
                offer(place, 1)
        return sorted(best.values(), key=lambda pt: (pt[1], -PRECISION.get(pt[0].resolution, 0)))

    def _where_said(self, token: Token) -> list[Place]:
        """Places the reporting clause puts a statement at: 'Germany will deliver …, the minister
        said during a visit to Odesa'."""
        reports = [
            a
            for a in self.attributions
            if a.cue is not None
            and a.kind in {"direct", "indirect"}
            and (a.content.start <= token.idx < a.content.end or a.cue.start <= token.idx < a.cue.end)
        ]
        if not reports:
            return []
        report = min(reports, key=lambda a: a.content.end - a.content.start)
        assert report.cue is not None
        cue = self.doc.char_span(report.cue.start, report.cue.end, alignment_mode="expand")
        if cue is None:
            return []
        clause, _subordinate = self._clause(cue.root, keep_time=True)
        found = []
        for place in self.places:
            for mention in place.mentions:
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None or span.root.i not in clause or self._in_dateline(mention.start):
                    continue
                if self._place_role(span, "", None, verbal=True)[0] == "locative":
                    found.append(place)
        return found

    def _places_of_peoples(self, core: set[int], near: set[int]) -> list[tuple[Place, int]]:
        """'launched bombs at Ukrainian cities': a people's adjective on a place noun the act is
        aimed at or located in stands for that people's country, when the article names it."""
        found = []
        for index in core | near:
            word = self.doc[index]
            if word.dep_ != "amod" or word.ent_type_ not in {"NORP", "GPE"}:
                continue
            noun = word.head
            if noun.lemma_.lower() not in PLACE_NOUNS or noun.dep_ != "pobj":
                continue
            if noun.head.lower_ not in LOCATIVE_PREPOSITIONS:
                continue
            country = place_name_for(word.text)
            if country is None:
                continue
            place = next(
                (p for p in self.places if p.name == country or any(m.text == country for m in p.mentions)),
                None,
            )
            if place is not None:
                found.append((place, 0 if index in core else 1))
        return found

    def _clause(self, token: Token, *, keep_time: bool = False) -> tuple[set[int], set[int]]:
        """A trigger's own clause, as token indices: its subtree without the reports, clauses and
        time phrases hung under it and without speakers' names; and, apart, the clauses on its
        nouns ("a leader who had sheltered in its embassy in Managua", "a deal mediated in Muscat")."""
        core: set[int] = set()
        subordinate: set[int] = set()
        stack = [(token, False)]
        while stack:
            node, below_noun_clause = stack.pop()
            (subordinate if below_noun_clause else core).add(node.i)
            for child in node.children:
                if child.dep_ in {"ccomp", "parataxis", "csubj"}:
                    continue  # what someone said
                if child.dep_ == "advcl" and child.tag_ != "VBG":
                    continue  # "after clashes near Nasir killed 12" (not "…, killing 12 in Y")
                if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
                    continue  # a second act
                if child.dep_ == "prep" and child.lower_ in TEMPORAL_PREPOSITIONS and not keep_time:
                    continue  # "two days after talks in Doha"
                stack.append((child, below_noun_clause or child.dep_ in {"relcl", "acl"}))
        speakers = self._speaker_tokens()
        return core - speakers, subordinate - speakers

    def _speaker_tokens(self) -> set[int]:
        if self._speaker_indices is None:
            self._speaker_indices = {i for indices in self._speaker_spans().values() for i in indices}
        return self._speaker_indices

    def _speaker_spans(self) -> dict[str, set[int]]:
        """Token indices of each speech's speaker phrase, by attribution id (not stances: their
        "speaker" may be anything, "A missile strike … knocked out power")."""
        spans: dict[str, set[int]] = {}
        for attribution in self.attributions:
            phrase = attribution.speaker.phrase if attribution.speaker else None
            if phrase is None or attribution.kind not in {"direct", "indirect", "according_to"}:
                continue
            span = self.doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
            if span is not None:
                spans[attribution.id] = {t.i for t in span}
        return spans

    def _in_dateline(self, position: int) -> bool:
        return self.dateline is not None and self.dateline[0] <= position < self.dateline[1]

    def _place_role(
        self, span: SpacySpan, category: str, actor: str | None, *, verbal: bool = False
    ) -> tuple[str, Token]:
        """How a place mention stands in its sentence: "locative" (where something is or happens),
        "party" (the country that acts, as subject or owner), "speaker" (where the actor that
        speaks of its own act is: "police in Haiti said"), "other", or "none" (no location)."""
        node = span.root
        if any(t.i in self._speaker_tokens() for t in span):
            speaking = [
                self._attributions_by_id[a]
                for a, indices in self._speaker_spans().items()
                if span.root.i in indices
            ]
            own_words = any(a.speaker is not None and a.speaker.entity == actor for a in speaking)
            preposition = _locative_head(node)
            if actor is not None and own_words and preposition is not None:
                return "speaker", node
            return "none", node  # "The Institute …, a Washington-based think tank, said"
        owner = span.end < len(self.doc) and self.doc[span.end].tag_ == "POS"
        if not owner and self._inside_other_name(span):
            return "none", node  # "the Africa Corps", "the Institute for the Study of War"
        if re.match(r"\s?[-–]\s?based\b", self.text[span.end_char : span.end_char + 9], re.IGNORECASE):
            return "none", node  # "a Britain-based war monitor", "a Washington-based think tank"
        for _ in range(8):
            # Climb out of the name's own phrase: "Gezira state", "the village of Wad al-Noura",
            # "Israel, the United States or Britain".
            if node.dep_ == "compound" and node.head.pos_ == "NOUN" and _names_no_place(node.head):
                return "none", node  # "EU membership talks", "the Gaza ceasefire", "the Ukraine war"
            if node.dep_ in {"compound", "amod", "nmod", "appos", "conj", "nummod"} and node.head.i != node.i:
                node = node.head
            elif (
                node.dep_ == "pobj"
                and node.head.lower_ == "of"
                and node.head.head.pos_ in {"NOUN", "PROPN"}
                and node.head.head.lemma_.lower() in PLACE_NOUNS
            ):
                node = node.head.head
            else:
                break
        if node.dep_ == "pobj":
            preposition = node.head
            word = preposition.lower_
            governor = preposition.head
            if word == "to" and governor.lower_ == "according":
                return "none", node  # "according to the U.S. military"
            if word in PARTY_PREPOSITIONS:
                return "none", node  # "brokered by China", "the border with China", "talks with Iran"
            if word == "to":
                moving = governor.lemma_.lower() in MOVEMENT_WORDS
                return ("locative" if moving else "none"), node  # "deployed troops to X"; "linked to X"
            if word in LOCATIVE_PREPOSITIONS:
                return "locative", node
            return "other", node
        if node.dep_ in {"nsubj", "poss"}:
            if category == "ASSAULT" or verbal:
                # "Russia had launched 900 bombs at Ukrainian cities": an attacker's country is not
                # where its bombs fell, nor a speaker's where its words are about.
                return "none", node
            return "party", node  # "Guinea's government banned protests": at home, if nothing better
        if node.dep_ in {"dobj", "nsubjpass"}:
            governor = node.head
            lemma = governor.lemma_.lower()
            trigger = VERB_TRIGGERS.get(lemma)
            if node is not span.root and node.lemma_.lower() in PLACE_NOUNS:
                return "locative", node  # "fled the village of Oleksandrivka"
            if (trigger is not None and trigger[0] in PLACE_TAKING_ACTS) or lemma in MOVEMENT_WORDS:
                return "locative", node  # "seized Rubaya", "Kharkiv was shelled", "visited Addis Ababa"
            if trigger is not None:
                return "none", node  # "accused Kyiv", "urged Israel": a party spoken to
            return "other", node
        return "other", node

    def _inside_other_name(self, span: SpacySpan) -> bool:
        """Whether the mention is only part of a longer name of something that is not a place."""
        for token in span:
            entity = self.entities.entity_at(token)
            if entity is None:
                continue
            cluster = self.entities.get(entity)
            if cluster.type in {"GPE", "LOC", "FAC"}:
                continue
            for mention in cluster.mentions:
                if (
                    mention.start <= span.start_char
                    and span.end_char <= mention.end
                    and mention.end - mention.start > span.end_char - span.start_char
                ):
                    return True
        return False

    def _time(self, token: Token, sentence: SpacySpan) -> SpacySpan | None:
        """The date expression of the trigger's sentence nearest to it, leaving out what names no
        time ("Um Ahmed, 45,", "in months") and dates that describe a participant ("Sudan's army,
        which has been at war since April 2023, condemned …")."""
        dates = [
            e
            for e in sentence.ents
            if e.label_ in {"DATE", "TIME"} and names_a_time(e.text) and not _describes_another(e, token)
        ]
        if not dates:
            return None
        return min(dates, key=lambda e: abs(e.start - token.i))

    def _quantities(self, token: Token, sentence: SpacySpan) -> list[EventQuantity]:
        found = []
        for quantity in self.quantities:
            if not (sentence.start_char <= quantity.span.start < sentence.end_char):
                continue
            role = self._role(quantity)
            subtree = {t.idx for t in token.subtree}
            if role is None and quantity.span.start not in subtree:
                continue
            found.append(EventQuantity(quantity, role or "other"))
        return found

    def _role(self, quantity: Quantity) -> str | None:
        span = self.doc.char_span(quantity.span.start, quantity.span.end, alignment_mode="expand")
        if span is None:
            return None
        unit = span[-1]
        word = unit
        for _ in range(5):
            role = QUANTITY_ROLES.get(word.lemma_.lower()) or QUANTITY_ROLES.get(word.lower_)
            if role:
                return role
            if word.head.i == word.i:
                break
            word = word.head
        return UNIT_ROLES.get(unit.lemma_.lower())

    def _claim(self, draft: _Draft) -> None:
        position = draft.trigger.idx
        cue = next((a for (start, end), a in self.cues.items() if start <= position < end), None)
        if cue is not None:
            # A speech act ("called on", "accused"): the outlet reports it; it rests on the act's content.
            draft.claims = [c.id for c in self.claims if c.attribution == cue.id]
            outer = self._claims_containing(position)
            draft.claimed_by = outer[0].asserted_by if outer else OUTLET
            draft.modality = "asserted"
            if outer and outer[0].attribution == cue.parent and outer[0].modality in {"denied", "hedged"}:
                # "Rwanda denies supporting the group": the act is what its speaker denies, no fact.
                draft.claims = draft.claims or [outer[0].id]
                draft.modality = outer[0].modality
            return
        containing = self._claims_containing(position)
        if containing:
            innermost = containing[0]
            draft.claims = [innermost.id]
            draft.claimed_by = innermost.asserted_by
            draft.modality = innermost.modality if innermost.modality in {"denied", "hedged"} else "asserted"

    def _claims_containing(self, position: int) -> list[Claim]:
        inside = [
            c
            for c in self.claims
            if c.span.start <= position < c.span.end and not self._cue_across_semicolon(c, position)
        ]
        return sorted(inside, key=lambda c: c.span.end - c.span.start)

    def _cue_across_semicolon(self, claim: Claim, position: int) -> bool:
        """'Moscow accused Kyiv of …; Ukraine does not comment on strikes': the parser may hang the
        first clause under the second's verb, but a statement does not report what a semicolon
        closed before its cue."""
        attribution = next((a for a in self.attributions if a.id == claim.attribution), None)
        if attribution is None or attribution.cue is None or attribution.cue.start <= position:
            return False
        return ";" in self.text[position : attribution.cue.start]

    def _modality(self, token: Token, inherited: Modality) -> Modality:
        # A noun trigger takes its verb's tense and polarity ("will extend the curfew").
        verb = _governing_verb(token)
        if any(c.dep_ == "neg" for c in verb.children):
            return "denied"
        aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        if aux & (FUTURE_WORDS | {"may", "might"}) and self._conditional(verb):
            return "future"  # "may halt mediation if ...": a conditional act, hedged or not, is a threat
        if inherited in {"denied", "hedged"}:
            return inherited
        if self._intended(verb) or _offered(token):
            return "future"
        if aux & FUTURE_WORDS:
            return "future"
        # "will move ... and fight": a bare verb coordinated with a future one is future too.
        head_aux = {c.lower_ for c in token.head.children if c.dep_ == "aux"}
        if token.dep_ == "conj" and token.tag_ == "VB" and head_aux & FUTURE_WORDS:
            return "future"
        return inherited

    def _intended(self, verb: Token) -> bool:
        """'ready to host', 'plans to impose', 'vowed to fight', 'is going to': an intention, not a fact."""
        node = verb
        for _ in range(2):
            infinitive = node.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children
            )
            if (node.dep_ != "xcomp" and not infinitive) or node.head.i == node.i:
                return False
            node = node.head
            if node.lemma_.lower() in INTENT_GOVERNORS | INTENTION_VERBS or node.lower_ in INTENT_GOVERNORS:
                return True
        return False

    def _conditional(self, verb: Token) -> bool:
        """'may halt mediation if cooperation founders', 'unless a ceasefire is arranged'."""
        clauses = [verb, *(c for c in verb.subtree if c.dep_ == "advcl")]
        return any(m.lower_ in {"if", "unless"} for c in clauses for m in c.children if m.dep_ == "mark")

    def _context(self, token: Token) -> list[str]:
        sentence_words = {t.lower_ for t in token.sent}
        return [name for name, words in CONTEXT_WORDS.items() if sentence_words & words]

    # ---- merge and finish ----------------------------------------------------------------------------
    def _merge(self, drafts: list[_Draft]) -> list[_Draft]:
        """One event per real event: same category in one sentence, or the same future act said twice."""
        merged: list[_Draft] = []
        for draft in drafts:
            same = next((m for m in merged if self._same_event(m, draft)), None)
            if same is None:
                merged.append(draft)
                continue
            same.actor = same.actor or draft.actor
            same.target = same.target or draft.target
            _add_places(same, draft)
            same.quantities += [q for q in draft.quantities if q not in same.quantities]
            same.claims += [c for c in draft.claims if c not in same.claims]
            same.time_text = same.time_text or draft.time_text
            same.mode = same.mode or draft.mode
            same.merged_triggers += [draft.trigger, *draft.merged_triggers]
        return merged

    def _fold_casualties(self, drafts: list[_Draft]) -> list[_Draft]:
        """'... attacked an army post, and the army said 11 soldiers had been killed': the deaths are
        that attack's outcome, not a second attack, when nobody is named as their cause."""
        kept: list[_Draft] = []
        for draft in drafts:
            casualty = (
                draft.type == "ASSAULT"
                and draft.actor is None
                and draft.trigger.lemma_.lower() in CASUALTY_VERBS
            )
            paragraph = self._paragraph(draft.trigger)
            attack = next(
                (k for k in reversed(kept) if k.type == "ASSAULT" and self._paragraph(k.trigger) == paragraph
                 and k.modality == draft.modality),
                None,
            )  # fmt: skip
            if casualty and attack is not None:
                attack.target = attack.target or draft.target
                attack.quantities += [q for q in draft.quantities if q not in attack.quantities]
                _add_places(attack, draft)
                attack.time_text = attack.time_text or draft.time_text
                continue
            kept.append(draft)
        return kept

    def _inherit_places(self, drafts: list[_Draft]) -> list[_Draft]:
        """'Thousands marched in Buenos Aires … Police fired rubber bullets at a group that tried to
        reach Congress': an act whose sentence names no place happened where the act before it in
        the paragraph did (a wire paragraph stays on one scene). Statements stay where said."""
        last: dict[int, tuple[Place, int]] = {}
        for draft in drafts:
            paragraph = self._paragraph(draft.trigger)
            if draft.type in VERBAL_ACTS:
                continue
            if draft.places:
                best = min(
                    draft.places,
                    key=lambda p: (draft.place_tiers.get(p.id, 9), -PRECISION.get(p.resolution, 0)),
                )
                last[paragraph] = (best, draft.place_tiers.get(best.id, 9))
            elif paragraph in last:
                place, _tier = last[paragraph]
                draft.places = [place]
                draft.place_tiers = {place.id: 4}
        return drafts

    def _paragraph(self, token: Token) -> int:
        return self.text.count("\n\n", 0, token.idx)

    def _same_event(self, first: _Draft, second: _Draft) -> bool:
        if first.type != second.type or first.modality != second.modality:
            return False
        compatible = all(
            a is None or b is None or a == b
            for a, b in ((first.actor, second.actor), (first.target, second.target))
        )
        if first.trigger.sent == second.trigger.sent:
            # "killed in a strike": one event; "liberated X, and the army lost Y": two. A draft merged
            # already links through any of its triggers ("an attack … had killed two and wounded nine").
            return (first.actor is None or second.actor is None or first.actor == second.actor) and any(
                _linked(one, other) or _linked(other, one)
                for one in [first.trigger, *first.merged_triggers]
                for other in [second.trigger, *second.merged_triggers]
            )
        # "will soon move to other cities" ... "Soon we will move to other cities": one threat, one call.
        repeated = first.modality == "future" or first.type in SPEECH_ACTS
        return (
            repeated
            and compatible
            and first.actor is not None
            and first.actor == second.actor
            and first.trigger.lemma_ == second.trigger.lemma_
        )

    def _assign_quantities(self, drafts: list[_Draft]) -> None:
        """Each number goes to one event: the trigger it hangs under, else the nearest in its sentence."""
        for draft in drafts:
            kept = []
            for eq in draft.quantities:
                rivals = [d for d in drafts if eq in d.quantities]
                if len(rivals) > 1 and self._owner(eq.quantity, rivals) is not draft:
                    continue
                kept.append(eq)
            draft.quantities = kept

    def _owner(self, quantity: Quantity, drafts: list[_Draft]) -> _Draft:
        span = self.doc.char_span(quantity.span.start, quantity.span.end, alignment_mode="expand")
        if span is not None:
            ancestors = list(span[-1].ancestors)
            for ancestor in ancestors:
                for draft in drafts:
                    if draft.trigger.i == ancestor.i:
                        return draft
        return min(drafts, key=lambda d: abs(d.trigger.idx - quantity.span.start))

    def _finish(self, drafts: list[_Draft]) -> list[Event]:
        self._assign_quantities(drafts)
        events: list[Event] = []
        for index, draft in enumerate(drafts, start=1):
            category, mode, modality = draft.type, draft.mode, draft.modality
            if modality == "future" and draft.conditional and category in CONDITIONAL_THREATS:
                # "will withdraw its force unless ...": any act held over someone is a threat.
                category, mode = "THREATEN", THREAT_MODES.get(category, "relations")
            elif modality == "future" and category in FUTURE_CATEGORY:
                category, mode = FUTURE_CATEGORY[category], THREAT_MODES.get(category, mode)
            if category in {"AGREE", "CONSULT", "CONCEDE"} and (modality == "denied" or draft.failed):
                # "will not accept refugees", "failed to reach agreement": a refusal that happened.
                category, mode, modality = "REJECT", None, "asserted"
            places = sorted(
                draft.places, key=lambda p: (draft.place_tiers.get(p.id, 9), -PRECISION.get(p.resolution, 0))
            )
            time = None
            if draft.time_text is not None:
                span = Span.of(self.text, draft.time_text.start_char, draft.time_text.end_char)
                time = time_range(span.text, self.published, span)
            trigger = Span.of(self.text, draft.trigger.idx, draft.trigger.idx + len(draft.trigger.text))
            claimed_by = draft.claimed_by
            if category == "THREATEN" and modality == "asserted":
                modality = "future"  # a threat is about an act to come (the manual: ASSAULT + future)
            perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in draft.trigger.children)
            if (
                category in SPEECH_ACTS
                and claimed_by == draft.actor
                and not perfect
                and modality not in {"denied", "hedged"}
            ):
                # "Hamas said it would release four hostages": the statement is the act (an offer, a
                # threat, a refusal), and the outlet is who reports that it was made; "said it had asked
                # the UN to investigate" reports an earlier act, which the speaker claims.
                claimed_by = OUTLET
            self_reported = claimed_by != OUTLET and claimed_by == draft.actor
            confidence = 0.4 + 0.2 * (draft.actor is not None) + 0.1 * bool(places) + 0.1 * bool(draft.claims)
            confidence += 0.1 * (draft.target is not None)
            events.append(
                Event(
                    id=f"v{index}",
                    type=category,
                    trigger=trigger,
                    mode=mode,
                    context=tuple(draft.context),
                    actor=draft.actor,
                    target=draft.target,
                    place=places[0].id if places else None,
                    places=tuple(p.id for p in places),
                    time=time,
                    quantities=tuple(draft.quantities),
                    claims=tuple(draft.claims),
                    claimed_by=claimed_by,
                    self_reported=self_reported,
                    modality=modality,
                    confidence=round(min(confidence, 0.95), 2),
                )
            )
        return events


def _objects(verb: Token) -> list[Token]:
    """What a verb acts on: its objects, their conjuncts, and the nouns in their "of" phrases
    ("lost a huge amount of equipment and more than a thousand of its soldiers")."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    preps = [c for c in _children(verb, "prep") if c.lower_ not in TEMPORAL_PREPOSITIONS]
    heads += [g for c in preps for g in _children(c, "pobj")]
    found: list[Token] = []
    for head in heads:
        for word in [head, *head.conjuncts]:
            found.append(word)
            found += _children(word, "compound")  # "halted mediation efforts", "suspended aid deliveries"
            found += [g for p in _children(word, "prep") if p.lower_ == "of" for g in _children(p, "pobj")]
            if word.lemma_.lower() in MONEY_UNITS:  # "500 million euros in frozen funds"
                found += [
                    g for p in _children(word, "prep") if p.lower_ == "in" for g in _children(p, "pobj")
                ]
    return found


def _comparison_class(noun: Token) -> bool:
    """'…, in one of the deadliest assaults on civilians in months', '…, the worst attack since
    2014', 'it was the biggest raid this year': a superlative act noun that is no verb's subject or
    object ranks an event told already; it reports no new one ("launched its largest drone attack"
    does)."""
    if noun.pos_ != "NOUN" or not any(
        c.dep_ == "amod" and (c.tag_ in {"JJS", "RBS"} or any(w.tag_ == "RBS" for w in c.children))
        for c in noun.children
    ):
        return False
    if noun.dep_ in {"attr", "appos", "npadvmod", "oprd"}:
        return True  # "it was the deadliest attack in months", "…, the worst attack since 2014"
    of = noun.head
    # "one of the deadliest assaults", "among the heaviest bombardments".
    ranked = of.lower_ == "of" and of.head.lower_ in {"one", "some", "two", "three"}
    return noun.dep_ == "pobj" and (ranked or of.lower_ == "among")


def _describes_another(date: SpacySpan, trigger: Token) -> bool:
    """Whether a date hangs in a relative clause or apposition on some other word than the
    trigger: it dates what describes a participant, not the event ("Sudan's army, which has been at
    war since April 2023, condemned ...", "Um Ahmed, 45, said"). Participle clauses do not count:
    the parser hangs the news day on them ("blocked roads leading to the centre on Sunday")."""
    above_trigger = {trigger.i, *(a.i for a in trigger.ancestors)}
    node = date.root
    while node.head.i != node.i and node.i not in above_trigger:
        if (
            node.dep_ in {"relcl", "appos"}
            and node.head.i != trigger.i
            and node.head.ent_type_ not in {"DATE", "TIME"}  # "on Tuesday, the first day of talks"
        ):
            return True
        node = node.head
    return False


def _physical_blow(verb: Token) -> bool | None:
    """Whether an attacking verb ("hit", "attack", "target", "fire") strikes something physical
    (True: a munition hits, or a building, vehicle or place is hit), attacks in words (False: "hit
    out at critics", "hit back at the opposition"), or cannot tell by its own words (None)."""
    subject = next(iter(_children(verb, "nsubj")), None)
    hit = [w.lemma_.lower() for w in _objects(verb)]
    hit += [g.lemma_.lower() for p in _children(verb, "prep") if p.lower_ == "at" for g in p.children]
    if subject is not None and subject.lemma_.lower() in MUNITION_NOUNS:
        return True  # "the strike hit the second floor", "a missile hit the station"
    if verb.lemma_.lower() != "target" and set(hit) & (PHYSICAL_OBJECTS | PLACE_NOUNS):
        # "hit the second floor of the building"; sanctions also "target" tankers and banks.
        return True
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}}
    if particles & VERBAL_HIT_PARTICLES and not any(
        w.lemma_.lower() in MUNITION_NOUNS | {"weapon"} for w in verb.subtree
    ):
        return False  # "hit out at critics", "hit back at the opposition" (not "hit back with rockets")
    return None


def _accused_of(act: Token) -> Token | None:
    """'accused Kyiv of deliberately targeting civilians', 'Kyiv was accused of targeting': the one
    accused is who did the act the accusation names."""
    preposition = act.head
    if act.dep_ == "amod" and act.tag_ == "VBG" and act.head.dep_ == "pobj":
        # "accused the militia of burning homes", parsed as if "burning homes" were a kind of home.
        act, preposition = act.head, act.head.head
    if act.dep_ not in {"pcomp", "pobj"} or preposition.lower_ != "of" or preposition.dep_ != "prep":
        return None
    accused = preposition.head
    if accused.dep_ in {"dobj", "nsubjpass"} and accused.pos_ in {"NOUN", "PROPN", "PRON"}:
        # "accused the rebels of using drones": the parser may hang the charge on the accused.
        return accused if accused.head.lemma_.lower() in ACCUSING_VERBS else None
    if accused.lemma_.lower() not in ACCUSING_VERBS:
        return None
    return next(iter(_children(accused, "dobj", "nsubjpass")), None)


def _withholds_identity(verb: Token) -> bool:
    """'asked not to be named', 'declined to be identified', 'requested anonymity', 'refused to give
    his name': a source withholding its identity from the reader."""
    if verb.pos_ != "VERB":
        return False
    if {o.lemma_.lower() for o in _children(verb, "dobj")} & IDENTITY_NOUNS:
        return True  # "requested anonymity", "withheld his name"
    for clause in _children(verb, "xcomp", "ccomp"):
        named = [o for o in _children(clause, "dobj")]
        if clause.lemma_.lower() in NAMING_VERBS and (
            _children(clause, "auxpass") or any(o.pos_ == "PRON" for o in named)
        ):
            # "asked not to be named", "declined to be identified", "asked us not to quote him";
            # not "declined to name a new envoy".
            return True
        if {o.lemma_.lower() for o in _children(clause, "dobj")} & IDENTITY_NOUNS:
            return True  # "declined to give his name", "refused to reveal her identity"
    return False


def _about_another_act(node: Token, trigger: set[int]) -> bool:
    """Whether a place hangs under the trigger through another act: a clause ("of deliberately
    targeting civilians in Belgorod") or a material act's noun ("the attack on Kharkiv"); not
    through the statement's own object ("signed a peace agreement in Washington", "a deal mediated
    in Muscat")."""
    for ancestor in node.ancestors:
        if ancestor.i in trigger:
            return False
        if ancestor.pos_ in {"VERB", "AUX"} and ancestor.dep_ != "acl":
            return True
        act = NOUN_TRIGGERS.get(ancestor.lemma_.lower()) if ancestor.pos_ == "NOUN" else None
        if act is not None and act[0] not in VERBAL_ACTS:
            return True
    return False


def _names_no_place(noun: Token) -> bool:
    """A noun a place name modifies without being where it is: an act or an abstraction."""
    lemma = noun.lemma_.lower()
    return lemma not in PLACE_NOUNS and (lemma in NOUN_TRIGGERS or lemma in ABSTRACT_HEADS)


def _locative_head(node: Token) -> Token | None:
    """The locative preposition a place hangs from ("police in Haiti"), through its name's phrase."""
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ in LOCATIVE_PREPOSITIONS:
            return node.head
        if node.dep_ not in {"compound", "amod", "appos", "conj", "pobj"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _add_places(kept: _Draft, other: _Draft) -> None:
    """Merge another draft's places into ``kept``, each at the better of its two tiers."""
    for place in other.places:
        tier = other.place_tiers.get(place.id, 9)
        if place not in kept.places:
            kept.places.append(place)
            kept.place_tiers[place.id] = tier
        else:
            kept.place_tiers[place.id] = min(kept.place_tiers.get(place.id, 9), tier)


def _strike_kind(noun: Token) -> str | None:
    """What a "strike" noun's own words make it: "labour" ("a general strike"), a military strike's
    weapon mode, "" for a military one with none ("an Israeli strike"), or None (not told)."""
    if noun.lemma_.lower() == "airstrike":
        return "aerial"
    modifiers = _modifier_lemmas(noun)
    if modifiers & LABOUR_STRIKE_MODIFIERS:
        return "labour"
    military = modifiers & MILITARY_STRIKE_MODIFIERS
    if military:
        return next((WEAPON_MODES[m] for m in sorted(military) if m in WEAPON_MODES), "")
    if any(c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE"} for c in noun.children):
        return ""  # "an Israeli strike", "Russia's strikes"
    return None


def _modifier_lemmas(noun: Token) -> set[str]:
    """The lemmas of a noun's modifiers, and of the words of a hyphenated one ("48-hour")."""
    return {
        w.lemma_.lower()
        for c in noun.children
        if c.dep_ in {"amod", "compound", "nmod", "npadvmod"}
        for w in c.subtree
        if w.i < noun.i
    }


def _out_of(verb: Token) -> list[str]:
    """What a verb moves someone out of or away from: "pulled out of the talks", "withdrew from the
    treaty", "forced the agency out of the country" (lemmas)."""
    found = []
    for prep in _children(verb, "prep", "prt"):
        if prep.lower_ not in {"out", "from", "of"}:
            continue
        found += [g.lemma_.lower() for g in _children(prep, "pobj")]
        found += [g.lemma_.lower() for p in _children(prep, "prep") for g in _children(p, "pobj")]
    return found


def _linked(upper: Token, lower: Token) -> bool:
    """Whether ``lower`` hangs under ``upper`` without crossing into a coordinated or reported clause."""
    node = lower
    while node.head.i != node.i:
        # Coordinated nouns ("the bombs ... and fire of the artillery") are one event; clauses are not.
        coordinated_nouns = node.dep_ == "conj" and node.pos_ == "NOUN" and node.head.pos_ == "NOUN"
        # "shelled the town, killing 12 and wounding 30": participles tell the same event's outcome.
        participle = node.dep_ in {"advcl", "conj"} and node.tag_ == "VBG"
        # "had killed two people and wounded nine": a toll told by coordinated verbs sharing one subject.
        toll = (
            node.dep_ == "conj"
            and node.lemma_.lower() in CASUALTY_VERBS
            and node.head.lemma_.lower() in CASUALTY_VERBS
            and not _children(node, "nsubj", "nsubjpass")
        )
        if node.dep_ in {"conj", "ccomp", "parataxis", "advcl", "relcl"} and not (
            coordinated_nouns or participle or toll
        ):
            return False
        node = node.head
        if node.i == upper.i:
            return True
    return False


def _title(text: str) -> str:
    return text[:1].upper() + text[1:]


def code_events(
    doc: Doc,
    entities: EntityTable,
    attributions: list[Attribution],
    claims: list[Claim],
    quantities: list[Quantity],
    places: list[Place],
    *,
    published: date | None = None,
    headline: tuple[int, int] | None = None,
    dateline: tuple[int, int] | None = None,
) -> list[Event]:
    """The events of one article, in text order."""
    coder = EventCoder(
        doc,
        entities,
        attributions,
        claims,
        quantities,
        places,
        published=published,
        headline=headline,
        dateline=dateline,
    )
    return coder.code()


def _governing_verb(token: Token) -> Token:
    """A noun trigger's verb ("will extend the curfew", "ready to hold a round of talks"); a verb itself."""
    node = token
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return node
        if node.dep_ not in {
            "dobj",
            "pobj",
            "prep",
            "compound",
            "nsubjpass",
            "nsubj",
            "attr",
            "appos",
            "conj",
        }:
            return node
        node = node.head
    return node


def _conditional_content(verb: Token) -> bool:
    """'warned Eritrea that it could secure access by other means if talks failed': a warning that
    holds a consequence over a condition is a threat, whatever the consequence is called."""
    return any(
        t.dep_ == "mark" and t.lower_ in {"if", "unless"} and t.head.dep_ == "advcl" for t in verb.subtree
    )


def _misattached_conj(verb: Token) -> bool:
    """'demanded that the government set a date, and threatened to ...': a finite verb without a
    subject coordinated with a subjunctive or infinitive one belongs to the clause above it."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in {"VBD", "VBZ"}
        and head.tag_ in {"VB", "VBP"}  # "that parliament raise their pay, and threatened ..."
        and head.dep_ == "ccomp"
        and not _children(verb, "nsubj", "nsubjpass")
    )


def _offered(token: Token) -> bool:
    """'said Tehran was open to indirect negotiations', 'ready for talks': a willingness, not talks."""
    prep = token.head
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and prep.lower_ in {"to", "for"}
        and prep.head.lemma_.lower() in WILLING_ADJECTIVES
    )


def _demanded(token: Token) -> bool:
    """'Iraq must cooperate': the action is demanded, not done (the demand is coded as REQUEST)."""
    verb = token.head if token.pos_ == "NOUN" else token
    return any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in verb.children)
