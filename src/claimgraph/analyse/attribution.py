"""Attribution: who says what, found with rules over the dependency parse and the quote regions.

Kinds found here: ``direct`` (a quotation with a speaker; it may run over several sentences and
paragraphs), ``indirect`` (a cue verb with a clausal complement, cue before or after the content),
``according_to``, ``headline`` ("Russian rebels: We'll move ..."), and ``scare_quote`` (quoted
words no speaker is given for).

Speakers are resolved to one entity across their referring expressions ("Opposition volunteer
formations", "The units", "They", "the statement") by salience: the most recent compatible
referent, in the spirit of Lappin & Leass (1994), with gender agreement for he/she and class
agreement (armed group, government body, organisation, person, collective) for descriptions.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimgraph.analyse.entities import ENTITY_LABELS, EntityCluster, EntityTable
from claimgraph.analyse.lexicon import (
    ADDRESSEE_CUES,
    ADJECTIVE_CUES,
    ALL_CUES,
    ARMED_GROUP_NOUNS,
    AS_PREDICATE_CUES,
    CHANNEL_NOUNS,
    CLAIM_NOUNS,
    CLAUSE_CUES,
    COLLECTIVE_PERSON_NOUNS,
    CUE_LEMMA_FIXES,
    CUE_PREPOSITIONS,
    DECISION_CUES,
    DENIED_FACT_NOUNS,
    DISCLOSURE_CUES,
    DOCUMENT_NOUNS,
    EXPERIENCER_VERBS,
    FACT_OBJECT_CUES,
    FEMALE_WORDS,
    FINDING_SUBJECTS,
    GENERIC_PERSON_ROLES,
    GOVERNMENT_NOUNS,
    HEADLINE_CUES,
    HOPE_FORMS,
    INFINITIVE_STANCE_VERBS,
    INTENTION_CUES,
    LIGHT_VERBS,
    MALE_WORDS,
    MEMBER_NOUNS,
    MODAL_AUXILIARIES,
    NAMING_PARTICIPLES,
    NEGATIVE_SUBJECTS,
    NO_OBJECT_SPEECH_CUES,
    NON_STATE_ARMED_NOUNS,
    OBJECT_STANCE_CUES,
    ORGANISATION_NOUNS,
    PARTICLE_CUES,
    PASSIVE_VERDICT_CUES,
    PERSON_ROLE_NOUNS,
    POLL_NOUNS,
    PREPOSITIONAL_STANCE_NOUNS,
    PREPOSITIONAL_STANCE_VERBS,
    PRIVATE_STATE_CUES,
    RAISING_VERBS,
    READABLE_NOUNS,
    RECEIVED_STANCE_NOUNS,
    RECEIVING_VERBS,
    SHOWING_NOUNS,
    SPEECH_CUES,
    STANCE_CUES,
    STATEMENT_NOUNS,
    UNSOURCED_CUES,
)
from claimgraph.analyse.nlp import doc_text
from claimgraph.analyse.quotes import Quote, find_quotes
from claimgraph.geo.demonyms import place_name_for
from claimgraph.model import UNIDENTIFIED_SPEAKERS, Attribution, AttributionKind, Span, Speaker

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
QUOTE_CHARS = '"“”«»„'
PRONOUNS = {
    "he": "male",
    "him": "male",
    "she": "female",
    "her": "female",
    "they": "group",
    "them": "group",
    "it": "thing",
    "i": "person",
    "we": "group",
    # possessives own a stance as their pronouns would ("his attack on Clinton")
    "his": "male",
    "their": "group",
    "its": "thing",
    "our": "group",
}
# "put / placed / estimated the number at 10,000": a count someone gives.
ESTIMATE_VERBS = frozenset({"put", "place", "estimate", "peg"})
COUNT_NOUNS = frozenset(
    {"number", "figure", "toll", "count", "total", "tally", "cost", "estimate", "turnout"}
)
# Nouns that name what was said before them as a claim, in an apposition a writer answers or
# weighs it with ("…, a charge the government denies", "…, a figure that could not be verified").
ANSWERED_NOUNS = CLAIM_NOUNS | {"figure", "estimate", "toll", "version", "characterization"}
# Words that stand for more people of a kind just named, as a subject ("Others said …"), with the
# word that names them with that kind ("Other residents").
SOME_OF_THEM = {
    "others": "Other",
    "another": "Another",
    "many": "Many",
    "some": "Some",
    "most": "Most",
    "several": "Several",
}
# Words for a share of a group that speaks for it ("31 percent of Republicans say").
SHARE_WORDS = frozenset(
    {"percent", "%", "half", "third", "quarter", "majority", "minority", "share", *SOME_OF_THEM}
)
# Pronouns that stand for one thing or person named elsewhere, relative ones included.
PERSONAL_PRONOUNS = frozenset(PRONOUNS) | {"you", "who", "which", "that"}
CLASS_TYPES = {
    "armed": "ARMED_GROUP",
    "gov": "GOV",
    "org": "ORG",
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
INSTITUTION_CLASSES = ("armed", "gov", "org")
# Words for a state's armed forces that headlines and bodies use for one another.
ARMY_WORDS = frozenset({"army", "military"})
# Kinds of state body that never name one another ("the junta" is not "the General staff").
DISTINCT_BODY_NOUNS = frozenset(
    {"junta", "ministry", "police", "parliament", "court", "council", "commission", "agency", "office",
     "staff", "committee", "presidency", "cabinet", "embassy", "mission", "senate", "assembly"}
)  # fmt: skip
# The nouns a country is described by ("Kyiv … the government", "the country", "the regime").
GPE_DESCRIPTIONS = frozenset(
    {"government", "country", "state", "nation", "kingdom", "regime", "republic", "administration",
     "authority", "capital", "city", "town", "emirate", "federation", "union", "junta", "leadership"}
)  # fmt: skip
# Words before an institution's noun that do not tell one institution from another ("the main
# opposition party" may be the party that spoke as "the opposition party").
GENERIC_MODIFIERS = frozenset(
    {"main", "top", "senior", "new", "former", "same", "current", "whole", "entire", "own", "official"}
)
MAX_SCARE_QUOTE_WORDS = 8
# What may close a quotation that a cue then follows: '"...," she said' / '"...?" he asked'.
QUOTE_BEFORE_CUE_ENDINGS = (",", "!", "?", "—", "–", "-", "…")
# One-word objects of speech verbs that are greetings, not something said about the world.
FORMULAIC_OBJECTS = {"goodbye", "hello", "hi", "thanks", "yes", "no", "sorry", "farewell", "grace", "amen"}
SPEAKER_LINE_CUES = {":", "―", "—", "–"}
# Prepositions that make a gerund an adjunct or complement of the verb they hang on, whose
# subject does what the gerund says ("began by announcing", "despite criticizing the mayor, she",
# "since accepting the nomination", "pivoted to arguing").
GERUND_PREPOSITIONS = {
    "by", "after", "before", "in", "while", "without", "for", "despite", "besides", "since", "upon", "to"
}  # fmt: skip
# Verbs of phase: with an infinitive they mark the act as going on, starting or stopping.
ASPECTUAL_VERBS = {"continue", "keep", "begin", "start", "resume", "cease", "stop"}
# Verbs that name or label their object ("called Trump a liar", "branded the plan a fraud").
# One-word answers that stand for a whole statement ("said yes", "said so").
ANSWER_WORDS = {"yes", "no", "so"}
# An adverbial clause right after a closing quotation mark ('"...," when asked about it').
QUOTE_THEN_ADJUNCT = re.compile(r"\s*,?\s*(?:when|while|after|before|during|upon)\b", re.IGNORECASE)
# Words that open a clause of time or reason ('," he said as the crowd booed').
ADVERBIAL_OPENERS = {"as", "while", "when", "after", "before", "because", "since", "until", "whilst"}
# Capitalised words after an inverted cue that are no name ('," said Sunday', '," said Rep. X').
INVERSION_WORDS = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "today",
                   "yesterday", "later", "earlier", "then", "again", "also", "rep", "sen", "gov"}  # fmt: skip
# What stands for a statement made before in "said the same", "say the opposite about her".
SAME_STATEMENT_WORDS = {"same", "opposite", "reverse"}
# The plain verbs of saying: what they report is a statement of its own wherever it stands.
PLAIN_SPEECH_CUES = {"say", "tell", "add", "ask", "write", "report"}
# Verbs that charge someone with something ("accused X of lying", "blamed X for the loss"): the
# charge is the object with its of/for phrase.
ACCUSING_CUES = {"accuse", "blame", "charge", "condemn", "criticize", "criticise"}
# Verbs whose passive subject is the one charged ("accused of killing 100", "suspected of fraud").
CHARGING_CUES = ACCUSING_CUES | {"suspect"}
# What may stand before a record noun in its phrase ("Federal Election Commission records", "the
# campaign's own records"): the phrase is the source of "records show".
RECORD_MODIFIER_DEPS = {"compound", "amod", "det", "nmod", "nummod", "poss", "case"}
NAMING_CUES = {"call", "name", "label", "brand", "dub", "term", "deem", "declare", "pronounce", "consider"}
# Running labels before a headline's own words ("The Latest: ...", "WATCH: ...").
HEADLINE_LABEL = re.compile(
    r"(?:The Latest|WATCH|BREAKING|EXCLUSIVE|UPDATE|LIVE|VIDEO|FACT CHECK):\s+"
    # Exclamations and page furniture set before a clickbait headline ("Wow: ...", "BUSTED: ...").
    r"|(?i:breaking|wow|boom|busted|bombshell|revealed|look|just leaked|byline|paid notice):\s+"
)
WH_WORDS = {"when", "whether", "how", "why", "where", "what"}  # not "if" (a condition), nor "who"
# Adverbs that report on someone else's word without naming them.
REPORTING_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "ostensibly"}
EDITORIAL_LABELS = {
    "CLARIFICATION", "CORRECTION", "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "WATCH",
    "READ", "READ MORE", "RELATED", "PHOTOS", "VIDEO", "ADVERTISEMENT", "BREAKING", "EXCLUSIVE", "ANALYSIS",
    "OPINION", "FACT CHECK", "SOURCE", "SOURCES", "CREDIT", "PHOTO",
}  # fmt: skip
# A paragraph that opens with its speaker: "WALLACE: ...", '"PENCE: ...', 'Carla Sanchez ― "...'.
SPEAKER_LINE = re.compile(
    r"[\"“]?(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})"
    r" ?(?P<cue>[:―—–]) ?(?=\S)"
)
# A quotation signed at its end: '… our greatest shame." ― Sonya Herridge'.
# What a light verb's noun is about ("raised questions about", "took issue with", "expressed
# confidence in").
LIGHT_VERB_PREPOSITIONS = {"on", "about", "of", "for", "against", "at", "to", "behind", "over", "toward",
                           "towards", "with", "in"}  # fmt: skip
SIGNED_QUOTE = re.compile(r"[\"”“]\s*(?P<cue>[―—–])\s*(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})\s*$")
NAME_SUFFIXES = {"Jr", "Sr", "Esq", "Ph.D"}
FINITE_VERB_TAGS = {"VBZ", "VBP", "VBD", "MD"}
# A first line this short, set apart from the body, reads as a headline.
LEAD_LINE_MAX_WORDS = 16
HEADLINE_SUBJECT_POS = {"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"}
# Words before a headline's verb that belong to the verb group ("Is Now Calling", "to sue").
HEADLINE_AUXILIARIES = {
    "is", "are", "was", "were", "will", "would", "wo", "can", "ca", "could", "may", "might", "must",
    "should", "to", "has", "have", "had", "does", "do", "did",
}  # fmt: skip
HEADLINE_TIME_ADVERBS = {"just", "now"}  # "Just Dismissed", "Now Backs"
HEADLINE_VERB_ADVERBS = {
    "now", "just", "actually", "not", "n't", "n’t", "also", "still", "quietly", "again", "finally", "already",
    "reportedly", "openly", "publicly", "really", "even",
}  # fmt: skip
# Nouns of what something is called ("known by its Arabic acronym JNIM", "known by the name X").
NAMING_NOUNS = {"acronym", "name", "initials", "nickname", "moniker", "abbreviation", "alias", "title"}
# What makes an "attack" one with weapons ("a drone attack", "a deadly attack").
ARMED_ATTACK_MODIFIERS = {
    "drone", "missile", "rocket", "mortar", "artillery", "air", "aerial", "bomb", "suicide", "terror",
    "terrorist", "chemical", "gas", "knife", "gun", "grenade", "tank", "sniper", "ground", "armed",
    "deadly", "militant", "jihadist", "insurgent", "rebel", "military", "naval", "airstrike", "shelling",
    "cross-border", "arson", "cyber", "ransomware", "car", "truck", "vehicle", "firebomb", "nuclear",
}  # fmt: skip
# Verbs whose subject did physical harm ("the attack killed two people").
HARM_VERBS = {"kill", "wound", "injure", "destroy", "damage", "hit", "leave", "claim", "target", "level"}
ANONYMITY = re.compile(
    r"^(not to be (named|identified)|anonymity|to be (named|identified)"
    r"|to (give|provide|disclose|reveal) (his|her|their) (full |last |first |real )?names?)",
    re.IGNORECASE,
)


@dataclass
class _Found:
    kind: AttributionKind
    speaker: SpacySpan | None
    cue: Span | None
    content: Span
    entity: str | None = None
    continues: _Found | None = None  # a quote that goes on after its cue: same speaker, same cue
    about: Span | None = None  # what a relative pronoun before the speaker stands for
    # a verb the parser joined to what was reported, whose speaker is the reporter (`_reporter_by_possessive`)
    lifted: bool = False


@dataclass
class _Salience:
    """Speakers seen so far, in text order: (entity id, class, head lemmas), and where they spoke."""

    speakers: list[tuple[str, str, set[str]]] = field(default_factory=list)
    events: list[tuple[str, int]] = field(default_factory=list)  # (entity, paragraph index)

    def note(self, entity: str, klass: str, lemma: str | None, paragraph: int = 0) -> None:
        self.events.append((entity, paragraph))
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

    def weight(self, entity: str, paragraph: int) -> float:
        """How present a speaker is here: each time it spoke counts, less the further back it was."""
        return sum(1 / (1 + max(0, paragraph - p)) for e, p in self.events if e == entity)


def _prep_object(prep: Token) -> Token | None:
    """What a preposition takes: its object or clause ("about [the plan]", "for [raising taxes]")."""
    return next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), None)


def _subtree_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def cue_lemma(token: Token) -> str:
    """The token's lemma, corrected where the model lemmatizes a cue wrongly ("hopes" → "hop")."""
    lemma = token.lemma_.lower()
    fixed = CUE_LEMMA_FIXES.get(lemma)
    return fixed if fixed and (token.lower_.startswith(fixed) or token.lower_ in HOPE_FORMS) else lemma


def _is_cue(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and (
        cue_lemma(token) in ALL_CUES or _particle_cue(token) or _as_put_it(token) is not None
    )


def _as_put_it(token: Token) -> Token | None:
    """The "it" of "as the senator put it": a way of saying, only in an "as" clause ("put it into
    play", "put it this way" say nothing of their own)."""
    if token.lemma_.lower() != "put" or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in token.children
    ):
        return None
    it = next(
        (c for c in token.children if c.dep_ == "dobj" and c.lower_ == "it" and c.i == token.i + 1), None
    )
    if it is None or any(
        c.dep_ in {"prep", "advmod", "npadvmod", "oprd"} and c.i == it.i + 1 for c in token.children
    ):
        return None
    return it


def _as_put_it_object(cue: Token) -> Token | None:
    """'As Smith, a professor, put it, "..."' parsed with the name as the object of "as": the name,
    who speaks (otherwise the "it" right after the verb is taken for the speaker)."""
    if _as_put_it(cue) is None:
        return None
    mark = next(c for c in cue.children if c.dep_ == "mark" and c.lower_ == "as")
    return next((c for c in mark.children if c.dep_ == "pobj" and c.i < cue.i), None)


def _describes_speaker(subject: Token, quote: Quote) -> bool:
    """Whether the quotation lies inside the speaker's own noun phrase (an apposition naming a book
    or a show they wrote): words of its description, not what they said."""
    start = subject.left_edge.idx
    end = subject.right_edge.idx + len(subject.right_edge.text)
    return start < quote.open and quote.close <= end + 1


def _dateline_place(subject: Token, verb: Token) -> bool:
    """'HELENA, Mont. - Smith tried ...': a capitalised place set off by a dash before the verb."""
    doc = subject.doc
    return (
        subject.text.isupper()
        and len(subject.text) > 1
        and any(t.text in {"-", "—", "–"} for t in doc[subject.i + 1 : verb.i])
    )


def _reads(token: Token) -> bool:
    """'"…," the letter read' / 'read the email': a text's words, quoted; only next to a quote, as
    elsewhere "read" is someone reading ("the judge read the ruling")."""
    return (
        token.lemma_.lower() == "read"
        and token.pos_ == "VERB"
        and all(c.lemma_.lower() in READABLE_NOUNS for c in token.children if c.dep_ == "dobj")
    )


def _particle_cue(token: Token) -> bool:
    """A verb that states or judges only with its particle ("laid out a plan", "singled out X"):
    "laid off workers" and "lay the groundwork" report nothing."""
    particles = PARTICLE_CUES.get(token.lemma_.lower())
    # The parser often takes a particle right after its verb for an adverb ("shot back").
    return particles is not None and any(
        c.lower_ in particles and (c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == token.i + 1))
        for c in token.children
    )


def _reports_clause(cue: Token) -> bool:
    """A cue verb that reports something ("suggest that X", "say X"), not one that only names an
    act ("appears to have declined 3 percent", where "decline" is no refusal)."""
    return any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in cue.children)


def _personal(subject: Token) -> bool:
    """A noun, or a pronoun that stands for one ("she", "which"); not an indefinite or a question
    word ("some of them are poised", "what has become known as"), which names no one thing."""
    return subject.pos_ != "PRON" or subject.lower_ in PERSONAL_PRONOUNS


def _lifted_to_reporter(cue: Token) -> bool:
    if cue.dep_ != "conj" or cue.head.pos_ not in {"VERB", "AUX"} or _repeated_cue(cue) is not None:
        return False
    return _reporter_by_possessive(cue, _cue_subject(cue.head)) is not None


def _reporter_by_possessive(cue: Token, shared: Token | None) -> Token | None:
    """ "Zelensky said Russia had launched 900 bombs, and renewed his appeal to allies": the parser
    joins "renewed" to what was reported, but a country does not renew "his" appeal; the person
    who reported it does."""
    if shared is None or cue.head.dep_ != "ccomp":
        return None
    owners = {
        g.lower_ for c in cue.children if c.dep_ in {"dobj", "attr"} for g in c.children if g.dep_ == "poss"
    }
    personal = owners & {"his", "her"} and shared.ent_type_ in {"GPE", "ORG", "NORP", "LOC"}
    # "He said the gang was believed to be behind the killings and urged authorities to act": a
    # passive report and an act in the reporting verb's own tense ("had investigated … and denied"
    # stays the ministry's: "had" may govern both).
    passive = any(c.dep_ == "auxpass" for c in cue.head.children)
    same_tense = cue.tag_ == "VBD" and cue.head.head.tag_ == "VBD" and passive
    if not (personal or same_tense):
        return None
    reporter = _cue_subject(cue.head.head) if cue.head.head.pos_ == "VERB" else None
    if reporter is None or not (reporter.ent_type_ == "PERSON" or reporter.lower_ in {"he", "she"}):
        return None
    return reporter


def _cue_subject(cue: Token) -> Token | None:
    subjects = [child for child in cue.children if child.dep_ in SUBJECT_DEPS]
    if subjects:
        # "KHARTOUM, March 4 (Reuters) - Sudan's army said": the parser may give two; the nearest speaks.
        subject = min(subjects, key=lambda s: abs(s.i - cue.i))
        if subject.pos_ == "ADP":
            # "Of Dawson, Levine said, …": the parser made the fronted preposition the subject; the
            # speaker is the name after the comma that closes the topic.
            doc = cue.doc
            comma = next((t for t in doc[subject.i : cue.i] if t.text == ","), None)
            after = doc[comma.i + 1] if comma is not None and comma.i + 1 < cue.i else None
            if after is not None and after.pos_ in {"PROPN", "NOUN", "PRON"}:
                while after.dep_ == "compound" and after.head.i < cue.i and after.head.i > after.i:
                    after = after.head
                return after
        return subject  # (a name the tagger took for a preposition: "Al From said")
    named_after_as = _as_put_it_object(cue)
    if named_after_as is not None:
        return named_after_as
    clause = _subject_clause(cue)
    if clause is not None:
        return next(c for c in clause.children if c.dep_ == "nsubj")
    participle = _participle_subject(cue)
    if participle is not None:
        return participle
    # "said ... and added", "flew to Iowa and said": the second verb shares the first one's subject.
    if cue.dep_ == "conj" and cue.head.pos_ in {"VERB", "AUX"}:
        repeated = _repeated_cue(cue)
        shared = _cue_subject(repeated if repeated is not None else cue.head)
        reporter = _reporter_by_possessive(cue, shared)
        return reporter if reporter is not None else shared
    quoted = _quoted_as(cue)
    if quoted is not None:
        passive = [c for c in quoted.children if c.dep_ == "nsubjpass"]
        # (a dateline's place may be parsed as a second subject: the nearest speaks)
        return max(passive, key=lambda t: t.i) if passive else _cue_subject(quoted)
    # "went on to discuss", "appeared to suggest", "began by announcing": the governing verb's subject.
    infinitive = cue.dep_ in {"xcomp", "advcl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in cue.children
    )
    by_gerund = cue.dep_ == "pcomp" and cue.head.dep_ == "prep" and cue.head.lower_ in GERUND_PREPOSITIONS
    adjective = cue.head
    if infinitive and adjective.pos_ == "ADJ" and adjective.dep_ == "acomp" and adjective.i < cue.i:
        # "is likely to stress that", "was quick to point out": the infinitive completes an adjective
        # said of the copula's subject, who speaks; not "it is hard to say" (an empty subject).
        copula_subjects = [c for c in adjective.head.children if c.dep_ == "nsubj" and c.lower_ != "it"]
        return copula_subjects[0] if copula_subjects else None
    if infinitive or by_gerund:
        governor = cue.head.head if by_gerund else cue.head
        # "refused to call the attack terrorism": the infinitive is the governing cue's content. An
        # aspectual governor ("continued to question whether") only says the act goes on: it is no
        # cue of its own there ('"...," he continued' is), and the infinitive is the cue.
        reports_infinitive = _is_cue(governor) and governor.lemma_.lower() not in ASPECTUAL_VERBS
        if governor.pos_ in {"VERB", "AUX"} and not (infinitive and reports_infinitive):
            controller = _infinitive_controller(cue, governor) if infinitive else None
            if controller is not None:
                return controller
            active = [c for c in governor.children if c.dep_ == "nsubj"]
            if active:
                # (a dateline's place the cleaner did not take for one, under a subheading, may be
                # parsed as a second subject: the place, in capitals before a dash, does not speak)
                speakers = [s for s in active if not _dateline_place(s, governor)]
                return (speakers or active)[0]
            if not any(c.dep_ == "nsubjpass" for c in governor.children):
                return _cue_subject(governor)  # "had decided to go on to say"
    appositive = _appositive_subject(cue) or _preceding_subject(cue) or _verbless_subject(cue)
    if appositive is not None:
        return appositive
    put_out = _put_out_by(cue)
    if put_out is not None:
        return _cue_subject(put_out)
    # "an outside group backing Rubio", "those supporting the bill": a participle on a noun for
    # people or a body says what they do; they, not the clause's subject, hold the stance.
    if cue.tag_ == "VBG" and cue.dep_ == "acl" and cue.head.i < cue.i and _agentive(cue.head):
        return cue.head
    # "..., saying that" / "adding that": the participle's subject is its clause's subject.
    if cue.tag_ == "VBG" and cue.dep_ in {"advcl", "xcomp", "conj", "acl"}:
        head = cue.head
        # a plain report: up to the nearest verb with a subject of its own ('he used stronger
        # language, saying'; 'Trump ratcheted up his attacks, saying'), not the main verb above it
        plain = cue_lemma(cue) in PLAIN_SPEECH_CUES
        while (
            head.dep_ not in {"ROOT"}
            and not _is_cue(head)
            and not (plain and head.pos_ in {"VERB", "AUX"} and _named_subject(head))
        ):
            head = head.head
        return _cue_subject(head) if head.i != cue.i else None
    return None


# Verbs that take a side "in favor of" something ("voted in favor of the bill", "spoke out in
# favor of gun control"); not "ruled in favor of" (a verdict on parties) nor "is in favor of".
IN_FAVOR_VERBS = frozenset({"vote", "speak", "argue", "come", "testify", "campaign", "lobby", "advocate"})


def _in_favor_of(verb: Token) -> Token | None:
    """The "of" of an "in favor of" phrase on the verb, or None."""
    for inside in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        noun = _prep_object(inside)
        if noun is not None and noun.lower_ in {"favor", "favour"}:
            return next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    return None


def _feeling(cue: Token) -> Token | None:
    """'workers felt betrayed', 'voters who feel trapped': how the subject feels (an adjective or a
    participle after "feel") is what it holds; not "feel free to"."""
    if cue_lemma(cue) != "feel":
        return None
    state = next((c for c in cue.children if c.dep_ == "acomp" and c.i > cue.i), None)
    if state is None or state.tag_ not in {"VBN", "JJ"} or state.lower_ == "free":
        return None
    return state


EMPTY_SUBJECTS = frozenset({"it", "that", "this"})


def _empty_copula_subject(cue: Token) -> Token | None:
    """'It's easy to see why …', 'it is hard to say whether', 'It means admitting that', 'it's
    worth pointing out that', "That's not to suggest that": an infinitive or a gerund on a copula
    (or "mean") whose subject is an empty or referring pronoun reports what no one in the text
    says; that pronoun, which the content is found from, is no speaker."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    if not (infinitive or cue.tag_ == "VBG") or cue.dep_ not in {"xcomp", "advcl", "ccomp"}:
        return None
    governor = cue.head
    adjective = governor if governor.pos_ == "ADJ" and governor.dep_ == "acomp" else None
    if adjective is not None:
        governor = adjective.head  # "it is hard to say": the infinitive on the adjective
    else:
        adjective = next((c for c in governor.children if c.dep_ == "acomp" and c.i < cue.i), None)
    if governor.i > cue.i:
        return None
    if governor.lemma_.lower() == "be":
        # a verdict on doing it ("easy to see", "worth noting") or a disclaimer ("not to suggest");
        # not "before it was to report" (what it was going to do) nor a participle on a clause
        negated = any(c.dep_ == "neg" for c in cue.children)
        verdict = adjective is not None and (infinitive or adjective.lower_ == "worth")
        if not (verdict or (negated and infinitive)):
            return None
    elif governor.lemma_.lower() != "mean":
        return None
    return next(
        (c for c in governor.children if c.dep_ in {"nsubj", "expl"} and c.lower_ in EMPTY_SUBJECTS),
        None,
    )


def _noun_that_clause(noun: Token) -> Token | None:
    """The that-clause a noun holds ("the claim that …", "in the hope that …"), or None."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in {"acl", "ccomp"}
            and c.i > noun.i
            and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        ),
        None,
    )


def _put_out_by(participle: Token) -> Token | None:
    """The verb that put out a text whose words a participle gives, when the parser hung the
    participle on that verb past a time ("released a statement Wednesday saying") or on the
    addressee ("sent a text message to supporters saying"): the verb's subject speaks."""
    if participle.tag_ != "VBG":
        return None
    verb = participle.head
    if participle.dep_ == "acl" and verb.dep_ == "pobj" and verb.head.dep_ in {"dative", "prep"}:
        verb = verb.head.head  # "... to supporters saying"
    elif participle.dep_ not in {"advcl", "xcomp"}:
        return None
    if verb.pos_ not in {"VERB", "AUX"} or verb.i > participle.i:
        return None
    texts = [c for c in verb.children if c.dep_ == "dobj" and c.i < participle.i]
    if not texts or texts[0].lemma_.lower() not in READABLE_NOUNS - {"it"}:
        return None
    return verb


def _quoted_as(cue: Token) -> Token | None:
    """'Officials were quoted as saying that …': the passive "quoted" whose subject speaks."""
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() == "quote":
        return cue.head.head
    return None


def _infinitive_controller(cue: Token, governor: Token) -> Token | None:
    """'The win led her to declare that …', 'prompting them to focus on', 'forced Smith to
    announce': the governing verb's object, a person or a body, does what the infinitive says; not
    'used the speech to argue' (a thing used: the subject argues)."""
    if cue.dep_ != "xcomp":
        return None
    obj = next((c for c in governor.children if c.dep_ == "dobj" and c.i < cue.i), None)
    if obj is None or not (_agentive(obj) or obj.lower_ in OBJECT_PRONOUNS):
        return None
    return obj


OBJECT_PRONOUNS = frozenset({"me", "you", "him", "her", "us", "them"})


def _named_subject(verb: Token) -> bool:
    """The verb has an active subject that is no relative pronoun ("postings that included one
    saying X": the postings' clause does not say who speaks), and heads no clause reported by a cue
    ("The group denied that the notice was invalid, saying": the group says it)."""
    # ("insisted it was premature to back her while adding, ...": a reported clause with no "that")
    marked = any(m.dep_ == "mark" and m.lower_ in {"that", "whether", "if"} for m in verb.children)
    reported = _is_cue(verb.head) and (verb.dep_ == "ccomp" or marked)
    # "rejected the idea that the rival would lose, saying": a that-clause on a noun is what the
    # noun holds, not a clause of its own whose subject the participle could share
    reported = reported or (marked and verb.dep_ in {"acl", "ccomp"} and verb.head.pos_ in {"NOUN", "PROPN"})
    return not reported and any(c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} for c in verb.children)


# Words for people that name no one in particular but can hold a stance ("those backing Clinton").
AGENTIVE_PRONOUNS = {"those", "many", "some", "others", "most", "all"}
AGENTIVE_NOUNS = {"voter", "donor", "supporter", "activist", "delegate", "resident", "protester", "pac"}


def _agentive(noun: Token) -> bool:
    """A person, a group of people or a body, which can back or attack something; not a statement,
    an ad or an event ("a statement saying", "ads attacking rivals": their maker speaks)."""
    lemma = noun.lemma_.lower()
    return (
        noun.ent_type_ in {"PERSON", "ORG", "NORP"}
        or lemma in PERSON_ROLE_NOUNS
        or lemma in COLLECTIVE_PERSON_NOUNS
        or lemma in ORGANISATION_NOUNS
        or lemma in GOVERNMENT_NOUNS
        or lemma in AGENTIVE_NOUNS
        or noun.lower_ in AGENTIVE_PRONOUNS
    )


def _participle_subject(cue: Token) -> Token | None:
    """'Durbin, noting the size of his list, said, "..."' and 'Voters going to the polls said they…':
    the small parser hangs the speaker on the participle, which it makes the main verb (the cue
    hanging on it as parataxis), the cue's clausal subject or an adverbial clause before the cue."""
    if cue.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if cue.dep_ == "parataxis" and cue.head.tag_ == "VBG" and cue.head.i < cue.i:
        participle: Token | None = cue.head
    else:
        before = (c for c in cue.children if c.i < cue.i and c.tag_ == "VBG")
        participle = next((c for c in before if c.dep_ in {"csubj", "advcl"}), None)
    if participle is None:
        return None
    return next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)


# What may stand between a subject's trailing clause and the verb: "..., also said", "..., last week said".
BETWEEN_SUBJECT_AND_VERB = {"punct", "advmod", "npadvmod", "amod", "det", "aux", "neg"}


def _subject_clause(cue: Token) -> Token | None:
    """'Mr. Slinker, whose start-up uses big data, said ...', 'Beck, who supported Cruz, last week
    said ...', 'He criticized the record said she ...': a clause in or after the subject made the
    parser take the subject's words for a clause reported by the verb, which is left with no
    subject. That clause, opening with its own subject, before a finite verb with none: its subject
    is the verb's."""
    finite = cue.tag_ in {"VBD", "VBZ", "VBP"} or (
        cue.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children)
    )
    if (
        not finite
        or cue.pos_ != "VERB"
        or any(c.dep_ in SUBJECT_DEPS | {"expl", "csubj"} for c in cue.children)
    ):
        return None
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.right_edge.i < cue.i), None)
    if clause is None or any(
        t.dep_ not in BETWEEN_SUBJECT_AND_VERB for t in cue.doc[clause.right_edge.i + 1 : cue.i]
    ):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.left_edge.i != clause.left_edge.i
        or subject.pos_ not in {"NOUN", "PROPN", "PRON"}
    ):
        return None
    # '"We won," said Smith' / 'X, said the chief executive': the speaker comes after the verb.
    addressed = ADDRESSEE_CUES if cue_lemma(cue) in ADDRESSEE_CUES else set()
    after = [
        c
        for c in cue.children
        if c.i > cue.i
        and c.pos_ in {"NOUN", "PROPN"}
        and c.dep_ in {"dobj", "nsubj", "advmod", "npadvmod", "attr"}
        and not (addressed and c.dep_ == "dobj")
    ]
    return None if after else clause


def _said_deps(cue: Token) -> set[str]:
    """The dependents that hold what a cue says: its clause, and its object unless the object is the
    one addressed ("told reporters", "asked him")."""
    return {"ccomp", "xcomp"} if cue_lemma(cue) in ADDRESSEE_CUES else {"ccomp", "xcomp", "dobj"}


def _in_reported(position: int, found: Iterable[_Found]) -> bool:
    """Inside what a named speaker is reported to say: that speaker's words, not the writer's."""
    return any(f.content.start <= position < f.content.end for f in found if f.speaker is not None)


def _appositive_subject(cue: Token) -> Token | None:
    """'At the rally in Reno, the campaign manager, John Roe, suggested that ...': the parser made
    the subject an apposition to the last noun of the opening phrase and left the finite main verb
    without one. A noun phrase that ends right before such a verb (a comma between at most) is
    its subject."""
    if cue.dep_ != "ROOT" or cue.tag_ not in {"VBD", "VBZ", "VBP"} or cue.i < 2:
        return None
    doc = cue.doc
    last = doc[cue.i - 2] if doc[cue.i - 1].text == "," else doc[cue.i - 1]
    if last.pos_ not in {"NOUN", "PROPN"} or last.dep_ not in {"appos", "compound"}:
        return None
    top = last.head if last.dep_ == "compound" else last
    while top.dep_ == "appos" and top.head.dep_ == "appos" and top.head.i < top.i:
        top = top.head
    opener = top.head
    if top.dep_ != "appos" or opener.i > top.i or top.right_edge.i < last.i:
        return None
    # set off from the opening phrase by a comma, as an introductory phrase is
    return top if any(t.text == "," for t in doc[opener.i : top.left_edge.i]) else None


def _verbless_subject(cue: Token) -> Token | None:
    """A finite verb the parser read as a participle on the noun before it, leaving that noun no
    verb: 'Roe, a Scott ally, called the plan "weak."' (a name set off by its apposition, in a
    sentence with no other verb), 'Sanders' campaign called the report a "rush to judgment"', 'A
    poll found last week that …' (with an object or a clause after it, and no agent). The noun is
    the verb's subject."""
    head = cue.head
    if cue.dep_ != "acl" or cue.tag_ not in {"VBN", "VBD"} or head.i > cue.i:
        return None
    set_off = (
        head.dep_ == "ROOT"
        and head.pos_ == "PROPN"
        and cue.i >= 1
        and cue.doc[cue.i - 1].text == ","
        and any(c.dep_ == "appos" and head.i < c.i < cue.i for c in head.children)
    )
    if set_off:
        verbs = [t for t in cue.sent if t.pos_ in {"VERB", "AUX"} and t != cue and not t.is_ancestor(cue)]
        if all(cue.is_ancestor(v) for v in verbs):
            return head
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if head.dep_ == "nsubj" and head.head.pos_ in {"VERB", "AUX"}:
        return None  # "A group called Black Votes Matter is trying …": a name given, not a report
    if head.dep_ not in {"nsubj", "ROOT"} or any(c.dep_ == "agent" for c in cue.children):
        return None
    if not any(c.dep_ in {"dobj", "oprd", "ccomp"} and c.i > cue.i for c in cue.children):
        return None
    return head


# How the words of a name or a noun phrase hang on its head, its apposition and a list of names
# included ("Jane Roe, 52", "two senators, Ann Lee and Bo Diaz").
NAME_PART_DEPS = {"compound", "appos", "conj", "flat", "nummod"}


def _phrase_head(token: Token, cue: Token) -> Token:
    """The head of the noun phrase that ends with the token, before the cue: up through compounds,
    lists, appositions ("Jane Roe, 52") and an apposition's modifiers ("a spokeswoman in Kabul"),
    never onto a word of an opening phrase set off by a comma ("Friday, Texas", "In Reno, Jane Roe")."""
    doc = token.doc
    while True:
        head = token.head
        if head.i >= cue.i or head.i == token.i:
            return token
        if (
            token.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.head.dep_ == "appos"
            and head.head.i < head.i
        ):
            token = head.head
            continue
        if token.dep_ not in NAME_PART_DEPS or head.pos_ not in {"NOUN", "PROPN"}:
            return token
        opening = head.dep_ in {"pobj", "npadvmod"} or head.ent_type_ in {"DATE", "TIME"}
        between = doc[head.i : token.left_edge.i]
        set_off = any(t.text == "," for t in between) and not any(t.dep_ == "cc" for t in between)
        if token.dep_ in {"appos", "conj"} and opening and set_off:
            return token  # (a list the parser made of the opening's place and the speaker)
        token = head


def _preceding_subject(cue: Token) -> Token | None:
    """'In a meeting with the board of the Ledger Smith said that ...', 'As part of his plea, John
    Roe, 44, said ...', 'Friday, Texas, leading a coalition of states, asked ...': the parser hung the
    speaker inside the opening phrase and left the finite main verb with no subject. The noun
    phrase that ends right before the verb (or its auxiliaries, an aside set off by commas between
    at most) is its subject."""
    finite = cue.tag_ in {"VBD", "VBZ", "VBP"} or (
        cue.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children)
    )
    if (
        cue.dep_ != "ROOT"
        or not finite
        or cue_lemma(cue) not in PLAIN_SPEECH_CUES
        or any(c.dep_ in SUBJECT_DEPS | {"expl", "csubj"} for c in cue.children)
    ):
        return None
    doc = cue.doc
    first = cue.i
    while (
        first > cue.sent.start
        and doc[first - 1].head == cue
        and doc[first - 1].dep_ in {"aux", "neg", "advmod"}
    ):
        first -= 1
    last = first - 1
    for _ in range(2):
        if last > cue.sent.start and doc[last].text == ",":
            last -= 1
        if last <= cue.sent.start:
            return None
        token = doc[last]
        if token.pos_ not in {"NOUN", "PROPN", "NUM"}:
            return None
        token = _phrase_head(token, cue)
        prep = token.head
        if token.dep_ == "pobj" and prep.i > cue.sent.start and doc[prep.i - 1].text == ",":
            last = prep.i - 1  # "Roe, in a green jumpsuit, said": an aside; the speaker is before it
            continue
        # the chain up to the verb: through an aside's verb ("Texas, leading a coalition of states,")
        # the noun phrase is the aside's, and the speaker stands before it
        ancestor, aside = token.head, None
        while ancestor.i != cue.i and ancestor.head.i != ancestor.i:
            if ancestor.pos_ in {"VERB", "AUX"}:
                aside = ancestor
            ancestor = ancestor.head
        if ancestor.i != cue.i:
            return None
        if aside is None:
            return token if token.pos_ in {"NOUN", "PROPN"} and token.right_edge.i >= last else None
        while aside.head.i != cue.i:
            aside = aside.head
        last = aside.left_edge.i - 1
        if doc[last].text != ",":
            return None
    return None


def _apposition_end(last: Token) -> int | None:
    """'According to the Syrian Observatory for Human Rights, a Britain-based war monitor, at
    least 40 …': where an apposition set off by commas after a source ends (its last word), when
    the parser did not hang it on the source; None when there is none."""
    doc = last.doc
    first = last.i + 2
    if first >= len(doc) or doc[last.i + 1].text != "," or doc[first].lower_ not in {"a", "an", "the"}:
        return None
    for token in doc[first : min(first + 12, last.sent.end)]:
        if token.text == ",":
            return token.i - 1 if token.i > first + 1 else None
        if (token.pos_ in {"VERB", "AUX"} and token.tag_ != "VBN") or token.dep_ in {"ROOT", "ccomp"}:
            return None  # a clause, not a noun phrase
    return None


def _repeated_cue(cue: Token) -> Token | None:
    """The cue a subjectless "and said" repeats when the parser hung it on a verb of the first
    one's content ("Podesta said Gates was not working for them and said Manafort was not
    involved": Podesta says both). Only the same verb: in "said the minister resigned and
    announced a probe" the minister announces."""
    # ("but did not confirm": do-support makes the bare verb finite)
    done = cue.tag_ == "VB" and any(c.dep_ == "aux" and c.lemma_ == "do" for c in cue.children)
    if cue.dep_ != "conj" or (cue.tag_ not in {"VBD", "VBZ", "VBP", "VBG"} and not done):
        return None
    inner = cue.head
    ancestor = inner
    reported = False  # the verb it hangs on is in a clause the cue above reports, not a list of acts
    while ancestor.dep_ in {"ccomp", "conj", "xcomp", "advcl"} and ancestor.head.i != ancestor.i:
        reported = reported or ancestor.dep_ in {"ccomp", "xcomp"}
        ancestor = ancestor.head
        if _is_cue(ancestor):
            if ancestor.lemma_ == cue.lemma_ and not _is_cue(inner) and cue.tag_ != "VBG":
                return ancestor
            return ancestor if reported and _second_report(cue, inner, ancestor) else None
    return None


# Entity types of bodies a spokesperson can speak for.
INSTITUTION_TYPES = frozenset({"ORG", "GOV", "ARMED_GROUP", "GPE", "NORP"})

# Those who speak for the body that has them ("the ministry's spokesperson", "Iran's envoy").
SPOKESPERSON_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "envoy"})

# Verbs whose infinitive is the claim ("claimed to have killed 80 fighters", "purports to show").
INFINITIVE_CLAIM_CUES = frozenset({"claim", "profess", "purport"})

# Conjunctions that open a contrast the writer adds, not a clause someone said.
CONTRAST_MARKS = frozenset({"though", "although", "whereas", "while"})

# A second report hung on the first one's content that is always the reporter's; and what a
# reporter, negated, says it does not know or tell.
AFTERTHOUGHT_CUES = frozenset({"add"})
WITHHELD_CUES = frozenset({"confirm", "say", "specify", "elaborate", "disclose", "identify", "comment"})


def _second_report(cue: Token, inner: Token, outer: Token) -> bool:
    """'He says he respects her and calls her brilliant', 'She said the plan would cost jobs and
    called it reckless', 'saying he had been fair and calling him a friend': the second verb is the
    outer speaker's second act of speech, not the reported clause's (the parser hung it there), when
    that clause's subject is the speaker again (a pronoun), or a thing that says nothing, or when
    the second verb repeats the outer verb's form and not the inner one's. Not a private state ("said
    she was tired and wanted a change"): PolNeAR keeps that inside what was said."""
    lemma = cue_lemma(cue)
    speech_act = lemma in SPEECH_CUES or lemma in STANCE_CUES or lemma in CLAUSE_CUES
    inner_subject = next((c for c in inner.children if c.dep_ == "nsubj"), None)
    if not speech_act or lemma in PRIVATE_STATE_CUES:
        return False
    negated = any(c.dep_ == "neg" for c in cue.children)
    if lemma in AFTERTHOUGHT_CUES or (negated and lemma in WITHHELD_CUES):
        # "said two soldiers were wounded and added that …", "said a fire broke out but did not
        # confirm the cause": who adds, or withholds, is the one reporting
        return True
    if inner_subject is None:
        return False
    if cue.tag_ == outer.tag_ and cue.tag_ != _finite_tag(inner):
        return True
    outer_subject = next((c for c in outer.children if c.dep_ == "nsubj"), None)
    if outer_subject is None:
        return False
    if inner_subject.pos_ == "PRON":
        same = inner_subject.lower_ == outer_subject.lower_
        # ("Kyiv said it had nothing to do with it and accused Moscow …": a body is "it" or "they")
        return same or (
            outer_subject.pos_ in {"PROPN", "NOUN"} and inner_subject.lower_ in {"he", "she", "it", "they"}
        )
    return inner_subject.pos_ in {"NOUN", "PROPN"} and not _agentive(inner_subject)


def _inverted_aside(cue: Token) -> tuple[Token, tuple[int, int]] | None:
    """'The deal, said Ann Lee, an adviser to the firm, would fail': an inverted cue set off inside
    its content. The parser takes the noun phrase before the cue for its subject, and the speaker
    after it for a second subject or for the subject of the clause that goes on after the aside.
    The speaker is the phrase after the cue; the content the phrase before it with that clause
    (the evaluation leaves the source and cue out of it). Returns the speaker and the content's
    token bounds."""
    doc = cue.doc
    if cue_lemma(cue) not in PLAIN_SPEECH_CUES or cue.tag_ not in FINITE_VERB_TAGS or cue.i < 2:
        return None
    if doc[cue.i - 1].text != ",":
        return None
    fronted = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if fronted is None or fronted.right_edge.i not in {cue.i - 2, cue.i - 1}:
        return None
    # no aside of its own ("Smith, a lawyer, said the firm, which ..., would fail": Smith speaks)
    if any(t.text == "," for t in doc[fronted.left_edge.i : cue.i - 1]):
        return None
    # the phrase before the cue opens its sentence (a conjunction may come first: "And Lee, said ...")
    if any(t.dep_ not in {"cc", "punct", "advmod"} for t in doc[cue.sent.start : fronted.left_edge.i]):
        return None
    for clause in cue.children:
        if clause.dep_ != "ccomp" or clause.i < cue.i:
            continue
        # the speaker: the clause's subject as the parser has it, or the cue's second subject
        speaker = next(
            (
                c
                for c in (*clause.children, *cue.children)
                if c.dep_ == "nsubj" and c.left_edge.i == cue.i + 1
            ),
            None,
        )
        if speaker is None or speaker.pos_ not in {"NOUN", "PROPN"} or clause.i < speaker.right_edge.i:
            continue
        # the aside closes with a comma before the clause's verb group goes on
        end = speaker.right_edge.i
        if doc[end].text != "," and not (end + 1 < len(doc) and doc[end + 1].text == ","):
            continue
        return speaker, (fronted.left_edge.i, clause.right_edge.i + 1)
    return None


def _asks_after_question(verb: Token, clause: Token) -> bool:
    """'Will the ceasefire hold? the president asked': the parser hung the cue that closes a
    question on the question's verb; the verb reports nothing, the cue reports the question."""
    return (
        clause.i > verb.i
        and _is_cue(clause)
        and any(c.text == "?" and verb.i < c.i < clause.left_edge.i for c in verb.children)
    )


def _relative_subject_clause(cue: Token, subject: Token) -> tuple[int, int] | None:
    """'the drawdown, which they say left a vacuum': the relative pronoun is the subject of the
    clause the cue reports, but the parser makes it a second subject of the cue and the clause a
    complement. Content: the pronoun and that clause (the evaluation leaves source and cue out)."""
    if cue.dep_ != "relcl" or subject.i > cue.i:
        return None
    pronoun = next(
        (c for c in cue.children if c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} and c.i < subject.i), None
    )
    clause = next(
        (c for c in cue.children if c.dep_ in {"ccomp", "xcomp"} and c.left_edge.i == cue.i + 1), None
    )
    if pronoun is None or clause is None or _finite_tag(clause) not in FINITE_VERB_TAGS:
        return None
    return pronoun.i, clause.right_edge.i + 1


def _mistagged_name(token: Token) -> bool:
    """A capitalised word the tagger took for an adverb or adjective, not a sentence's first word
    nor a word that is capitalised anyway ("Brennock" tagged RB after '," said')."""
    return (
        token.text[:1].isupper()
        and token.text.isalpha()
        and token.i > token.sent.start
        and token.pos_ in {"ADV", "ADJ", "VERB"}
        and token.lower_ not in INVERSION_WORDS
    )


def _finite_tag(verb: Token) -> str:
    """The tag of the verb group's finite word: its first auxiliary ("had shared": VBD), or itself."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    return min(auxiliaries, key=lambda a: a.i).tag_ if auxiliaries else verb.tag_


def _free_relative_what(cue: Token) -> Token | None:
    """The "what" opening a free relative in which the cue's own subject speaks ("what the mayor
    said was reckless", "what analysts described as a tactic"): right before that subject."""
    # the nearest: the parser may make "what" a second subject ("what she said is")
    subject = max(
        (c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), key=lambda c: c.i, default=None
    )
    if subject is None or subject.left_edge.i == 0:
        return None
    doc = cue.doc
    what = doc[subject.left_edge.i - 1]
    if what.lower_ != "what" or what.tag_ != "WP" or cue.i + 1 >= len(doc):
        return None
    # and what is said of it right after the cue: a verb ("said [was]"), an as-phrase ("described
    # [as]"); not "what voters are saying," nor "what his parents told him"
    after = doc[cue.i + 1]
    predicate = after.pos_ in {"AUX", "VERB"} and after.tag_ in {"VBZ", "VBD", "VBP", "MD"}
    return what if predicate or after.lower_ == "as" else None


# What sets off an "as" clause commenting on the clause around it ("-- as Rubio has said --").
AS_CLAUSE_SEPARATORS = {",", "--", "—", "–", "-"}
# What is told rather than who is told ("told the story of", "told a different tale").
TOLD_NOUNS = {"story", "tale", "anecdote", "parable"}
# How a verb hangs when it heads an adjunct between a cue and its that-clause ("following",
# "before attending", "before he spoke", "where he is"), and the auxiliaries of such verbs.
ADJUNCT_VERB_DEPS = {"advcl", "pcomp", "relcl", "acl", "prep", "aux", "auxpass"}
# Where a raising verb reports an impression: a main or coordinated clause, and also an adverbial
# or relative one ("while the plan appears to have failed", "which seemed to help him").
IMPRESSION_DEPS = {"ROOT", "conj", "ccomp", "advcl", "relcl", "pcomp", "acl"}
# Verbs that take a that-clause of their own: one after them is theirs, not the cue's.
THAT_CLAUSE_VERBS = {
    "know", "learn", "find", "show", "realize", "realise", "hear", "read", "see", "mean", "ensure",
    "prove", "understand", "decide", "notice", "discover", "feel", "hope", "fear", "suggest", "indicate",
}  # fmt: skip


def _open_ending(inner: str) -> bool:
    """A quotation that ends as a cue may follow: '"...," she said', also when a quotation within it
    closes first ('"... she asked, \'What can we do?\'" he said')."""
    return inner.rstrip().rstrip("'’‘").rstrip().endswith(QUOTE_BEFORE_CUE_ENDINGS)


def _contracted_has(cue: Token, subject: Token) -> bool:
    """'He's said he would run': a contracted "has" the parser read as a passive "is", betrayed by
    the clause the verb reports ("is said" takes an infinitive, "it's said" is impersonal)."""
    passive = [c for c in cue.children if c.dep_ == "auxpass"]
    return (
        cue.tag_ in {"VBN", "VBD"}
        and cue_lemma(cue) in PLAIN_SPEECH_CUES
        and len(passive) == 1
        and passive[0].lower_ in {"'s", "’s"}
        and subject.lower_ != "it"
        and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)
        and not any(c.dep_ in {"xcomp", "agent"} for c in cue.children)
    )


def _is_negative(subject: Token) -> bool:
    phrase = " ".join(t.lower_ for t in subject.subtree if not t.is_punct)
    return any(phrase == neg or phrase.startswith(neg + " ") for neg in NEGATIVE_SUBJECTS)


def _entity_span(token: Token) -> SpacySpan | None:
    """The named entity the token is part of, from its IOB tags (``doc.ents`` builds every span of
    the document on each access)."""
    if token.ent_type_ not in ENTITY_LABELS:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return SpacySpan(doc, start, end, label=token.ent_type_)


def _headline_cue(token: Token, window: SpacySpan) -> Token | None:
    """The last word of the cue a headline word starts ("Blasts", "Goes After", "votes" before
    "to"), or None: a third-person form of a cue verb, or the base form after a plural subject
    ("Lawmakers Rip"); a word the model reads as a noun while a later word is a finite verb is the
    subject's noun ("Paris attacks test", "New emails raise")."""
    word = token.lower_
    bases = [word[:-3] + "y"] if word.endswith("ies") else []
    if word.endswith("s"):
        bases += [word[:-1], word[:-2]]
    previous = token.doc[token.i - 1]
    # A title-case plural is often tagged a singular name ("Lawmakers"/NNP); not "Curious", "Congress".
    plural = previous.lower_.endswith("s") and not previous.lower_.endswith(("ss", "us", "is"))
    # "Stadium skywriters blast": the model may read a lower-case plural as a verb.
    agentive = previous.is_lower and previous.lower_.endswith(("ers", "ors", "ists", "ians", "ants", "ents"))
    plural_pos = {"NOUN", "PROPN", "VERB"} if agentive else {"NOUN", "PROPN"}
    if previous.tag_ in {"NNS", "NNPS"} or (
        plural and previous.pos_ in plural_pos and previous.lower_ not in ALL_CUES
    ):
        bases.append(word)
    elif token.tag_ == "VBP":
        bases.append(word)  # "Pastors vow to ...": the model read the present plural itself
    later = [t for t in window if t.i > token.i]
    if token.pos_ == "NOUN" and any(t.tag_ in FINITE_VERB_TAGS and not t.ent_type_ for t in later):
        return None
    following = later[0].lower_ if later else ""
    for base in bases:
        if base in HEADLINE_CUES:
            particles = HEADLINE_CUES[base]
            if not particles:  # not "Storms Rip Through Town"
                return None if later and later[0].pos_ in {"ADP", "PART"} else token
            return later[0] if following in particles else None
        particles = PARTICLE_CUES.get(base, frozenset()) | PREPOSITIONAL_STANCE_VERBS.get(base, frozenset())
        if following in particles:
            return later[0]  # "Weighs In", "Speaks Out"
        if base in ALL_CUES or (base in INFINITIVE_STANCE_VERBS and following == "to"):
            return token
    return None


def _headline_verb(token: Token, window: SpacySpan) -> tuple[Token, Token] | None:
    """The first and last word of the verb group a headline word starts, or None: a cue verb in
    the third person or after a plural (``_headline_cue``), one after an auxiliary or a future "to"
    ("Is Now Calling", "Will Slam", "to sue"), or one in the past after "Just"/"Now" or before its
    object ("Just Dismissed", "Endorsed Governor Diaz"; not "Accused Of", a passive)."""
    later = [t for t in window if t.i > token.i]
    word = token.lower_
    if word in HEADLINE_AUXILIARIES or word in HEADLINE_TIME_ADVERBS:
        skipped = HEADLINE_VERB_ADVERBS | (HEADLINE_AUXILIARIES if word in HEADLINE_AUXILIARIES else set())
        rest = list(itertools.dropwhile(lambda t: t.lower_ in skipped, later))
        if not rest or (word in HEADLINE_TIME_ADVERBS and not rest[0].lower_.endswith(("ed", "s"))):
            return None
        verb = rest[0]
        if word in HEADLINE_AUXILIARIES:
            # "Is Now Calling": a form of "be" goes with a verb in -ing; a modal or a future "to"
            # with a base form, and only after a name ("Senator Cole to Back", not "Things to Know").
            if word in {"is", "are", "was", "were"}:
                if not verb.lower_.endswith("ing"):
                    return None
            elif token.doc[token.i - 1].ent_type_ not in ENTITY_LABELS:
                return None  # (not after a number either: "Five Songs to Hear")
            end = _headline_verb_end(verb, window, _verb_bases(verb.lower_))
            return (token, end) if end is not None else None
        if word in HEADLINE_TIME_ADVERBS:
            found = _headline_verb(verb, window)
            return (token, found[1]) if found is not None else None
        return None
    if word.endswith("ed"):
        if later and later[0].pos_ not in {"ADP", "PART", "PUNCT"} and later[0].lower_ not in {"by", "as"}:
            end = _headline_verb_end(token, window, _past_bases(word))
            if end is not None:
                return token, end
        return None
    end = _headline_cue(token, window)
    return (token, end) if end is not None else None


def _opens_adverbial(word: Token) -> bool:
    """A headline's first word that opens an adverbial phrase ("In a two-front war, …", "Amid …")."""
    return word.pos_ in {"ADP", "SCONJ"} or word.lower_ in {"amid", "as", "after", "with"}


def _ends_headline_clause(token: Token, window: SpacySpan) -> bool:
    """A dash, a semicolon, or a full stop with more of the headline after it."""
    return token.text in {"–", "—", "--", ";"} or (token.text in {".", "?", "!"} and token.i < window.end - 1)


def _verb_bases(word: str) -> list[str]:
    """The base forms a verb word may have: itself, and without "-ing", "-ed" or "-s"."""
    bases = [word]
    if word.endswith("ing"):
        bases += [word[:-3], word[:-3] + "e", word[:-4]]
    if word.endswith("ed"):
        bases += _past_bases(word)
    if word.endswith("s"):
        bases += [word[:-1], word[:-2]]
    return bases


def _past_bases(word: str) -> list[str]:
    """ "dismissed" → dismiss, "announced" → announce, "slammed" → slam, "denied" → deny."""
    stem = word[:-2]
    return [stem, stem + "e", stem[:-1], stem[:-1] + "y"]


def _headline_verb_end(verb: Token, window: SpacySpan, bases: list[str]) -> Token | None:
    """The last word of a headline verb whose base form is among ``bases`` (its particle when it
    takes one: "Goes After"), or None when none of them is a cue verb."""
    later = [t for t in window if t.i > verb.i]
    following = later[0].lower_ if later else ""
    for base in bases:
        if base in HEADLINE_CUES:
            particles = HEADLINE_CUES[base]
            if not particles:
                return verb
            return later[0] if following in particles else None
        particles = PARTICLE_CUES.get(base, frozenset()) | PREPOSITIONAL_STANCE_VERBS.get(base, frozenset())
        if following in particles:
            return later[0]
        if base in ALL_CUES:
            return verb
    return None


def _by_paragraph(quote: Quote, blocks: list[tuple[int, int]], text: str) -> list[Quote]:
    """A quotation running over several paragraphs as one quote per paragraph."""
    pieces: list[Quote] = []
    spanned = [(start, end) for start, end in blocks if start < quote.close and quote.open < end]
    if len(spanned) > 1:
        for index, (start, end) in enumerate(spanned):
            first, last = index == 0, index == len(spanned) - 1
            opening, opening_width = quote.open, quote.open_width
            if not first:  # the re-opening mark at the paragraph's start (find_quotes checked it)
                opening = start if not text[start].isspace() else start + 1
                opening_width = 2 if text.startswith("''", opening) else 1
            closing, closing_width = (quote.close, quote.close_width) if last else (end, 0)
            pieces.append(Quote(opening, closing, opening_width, closing_width))
    return pieces or [quote]


class AttributionFinder:
    """Finds attributions in one parsed article and resolves their speakers into ``entities``."""

    def __init__(
        self,
        doc: Doc,
        entities: EntityTable,
        paragraphs: list[tuple[int, int]],
        headline: tuple[int, int] | None,
        dateline: tuple[int, int] | None = None,
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.entities = entities
        self.headline = headline
        self.dateline = dateline
        blocks = ([headline] if headline else []) + paragraphs
        self.quotes, self.unpaired = find_quotes(self.text, blocks)
        self.paragraphs = blocks
        self.body = paragraphs  # the paragraphs without the headline
        self.salience = _Salience()
        self.genders: dict[str, str] = {}
        self._current_paragraph = 0
        self._quote_cache: dict[int, Quote | None] = {}
        self._resolved: list[_Found] = []  # speakers resolved so far, in text order

    # ---- helpers -------------------------------------------------------------------------------------
    def _quote_at(self, position: int) -> Quote | None:
        # Asked again and again for the same tokens; the quotes are fixed once found.
        if position not in self._quote_cache:
            self._quote_cache[position] = next((q for q in self.quotes if q.contains(position)), None)
        return self._quote_cache[position]

    def _in_quote(self, token: Token) -> bool:
        return self._quote_at(token.idx) is not None

    def _paragraph_of(self, position: int) -> int:
        return _paragraph_index(self.paragraphs, position)

    def _cue_span(self, cue: Token) -> Span:
        end_token = _as_put_it(cue) or cue  # "as she put it"
        for child in cue.children:
            if child.dep_ == "prt" and child.i == cue.i + 1:
                end_token = child  # "pointed out", "called on"
        return Span.of(self.text, cue.idx, end_token.idx + len(end_token.text))

    def cue_phrase(self, cue: Span) -> Span:
        """The verb group a cue word heads, contiguous (PolNeAR's "single contiguous cue rule"):
        auxiliaries, negation and adverbs before it ("has not", "also", "repeatedly"); after it a
        particle, the preposition of a prepositional cue ("called for", "referring to"), the
        channel ("said in a statement"), a bare day ("said Tuesday") and an introducing colon."""
        span = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if span is None or span[0].pos_ not in {"VERB", "AUX"}:
            return cue
        doc, head = self.doc, span[0]

        def group_start(verb: Token, first: int | None = None) -> int:
            first = verb.i if first is None else first
            while first > 0:
                before = doc[first - 1]
                on_chain = before.head == verb or before.head.head == verb
                adverb = before.dep_ == "advmod" and before.pos_ == "ADV" and before.tag_ != "WRB"
                if not on_chain or not (adverb or before.dep_ in {"aux", "auxpass", "neg"}):
                    break
                first -= 1
            # Whatever stands between an auxiliary and its verb is inside the verb group ("has since
            # said", "have both said", "does not, however, require"), as the cue is contiguous; never
            # a subject ("did the senator say": the source is no part of the cue).
            auxiliaries = [
                c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and first - 4 <= c.i < first
            ]
            gap = doc[min(auxiliaries, default=first) : first]
            if auxiliaries and not any(t.dep_ in SUBJECT_DEPS | {"expl", "csubj"} for t in gap):
                return group_start(verb, min(auxiliaries))
            return first

        first = group_start(head)
        governor = head.head
        between = doc[governor.i + 1 : first]
        raising = head.dep_ == "xcomp" and governor.lemma_.lower() in RAISING_VERBS
        # A verb whose subject is the infinitive cue's own subject ("tried to argue", "has had to
        # concede", "is struggling to explain", "went on to say", which the parser also makes an
        # adverbial clause) is one verb group with it: PolNeAR's cue runs from that verb. Not when
        # the verb is a cue of its own ("refused to say": its content is the infinitive) or has an
        # object in between ("urged voters to reject", "visited the court to view").
        controlled = (
            head.dep_ in {"xcomp", "advcl"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
            and governor.pos_ in {"VERB", "AUX"}
            and not _is_cue(governor)
        )
        if (
            (raising or controlled)
            and governor.i < head.i
            and all(t.dep_ in {"prt", "aux", "advmod", "neg"} for t in between)
        ):
            first = group_start(governor)  # "appeared to suggest", "went on to say"
        # "issued a statement saying", "released an ad calling": the participle says what the
        # object the speaker put out says; PolNeAR's cue is the whole verb phrase, verb to participle.
        quoted = _quoted_as(head)
        if quoted is not None and quoted.i < head.i:
            first = group_start(quoted)  # "were quoted as saying": one verb group
        thing = head.head
        if (
            head.tag_ == "VBG"
            and head.dep_ == "acl"
            and thing.dep_ == "dobj"
            and thing.i < head.i
            and thing.head.pos_ in {"VERB", "AUX"}
            and thing.head.i < thing.i
        ):
            first = group_start(thing.head)
        # "released a statement Wednesday saying", "sent a text message to supporters saying"
        put_out = _put_out_by(head)
        if put_out is not None:
            first = group_start(put_out)
        last = span[-1].i
        lemma = cue_lemma(head)
        prepositions = PREPOSITIONAL_STANCE_VERBS.get(lemma, frozenset()) | CUE_PREPOSITIONS.get(
            lemma, frozenset()
        )
        while last + 1 < len(doc):
            after = doc[last + 1]
            if after.head.i == head.i and after.dep_ == "prt":
                last += 1
            elif (
                after.head.i == head.i
                and after.dep_ == "dobj"
                and after.lower_.endswith(("self", "selves"))
                and last + 2 < len(doc)
                and doc[last + 2].dep_ == "prep"
                and doc[last + 2].lower_ in prepositions
                and doc[last + 2].head.i == head.i
            ):
                last += 2  # "distanced himself from": the reflexive is inside the cue
                break
            elif (
                after.dep_ in {"prep", "mark"}
                and after.lower_ in prepositions
                and head
                in {
                    after.head,
                    after.head.head,
                }
            ):
                last += 1  # "called for", and "called for" in "called for X to go" (a mark there)
                break
            elif after.head.i == head.i and after.dep_ == "prep" and after.lower_ in {"in", "during"}:
                channel = [
                    t for t in after.children if t.dep_ == "pobj" and t.lemma_.lower() in CHANNEL_NOUNS
                ]
                if not channel or channel[0].i - after.i > 3:
                    break
                last = channel[0].i
            elif (
                after.head.i == head.i
                and after.dep_ == "advmod"
                and after.pos_ == "ADV"
                and after.tag_ != "WRB"
                and after.lower_ not in {"so", "however", "thus", "therefore"}
                and not any(after.children)
                and not _mistagged_name(after)
            ):
                # A lone manner or time adverb right after the verb belongs to its group, as one
                # before it does ("said repeatedly", "wrote sarcastically", "said recently"). Not "so"
                # (it stands for the content: "said so"), nor a sentence connective ("said, however").
                last += 1
            elif after.head.i == head.i and after.dep_ == "npadvmod" and after.ent_type_ == "DATE":
                last = after.right_edge.i
            elif after.text == ":" and after.head.i == head.i:
                last += 1
                break
            elif (
                after.head.i == head.i
                and after.dep_ == "prep"
                and after.lower_ == "as"
                and any(c.dep_ == "auxpass" for c in head.children)
            ):
                last += 1  # "is seen as", "was described as": the passive verdict's "as"
                break
            else:
                break
        end = doc[last]
        return Span.of(self.text, doc[first].idx, end.idx + len(end.text))

    def _mention(self, subject: Token) -> SpacySpan:
        """The speaker mention: a name alone (no title), else the noun phrase up to its head."""
        doc = self.doc
        ent = _entity_span(subject)
        if ent is not None:
            return ent
        institution = subject.lemma_.lower() in GOVERNMENT_NOUNS | ORGANISATION_NOUNS | ARMED_GROUP_NOUNS
        for child in subject.children:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                named = _entity_span(child)
                if named is not None:
                    return named
        if subject.lemma_.lower() in PERSON_ROLE_NOUNS | SPOKESPERSON_NOUNS:
            # "A spokesman for the group, Yahya Saree,": the parser hangs the name on "group".
            for token in subject.subtree:
                closes = token.right_edge.i >= subject.right_edge.i - 1
                if token.dep_ == "appos" and closes and token.ent_type_ == "PERSON" and token.i > subject.i:
                    named = _entity_span(token)
                    if named is not None:
                        return named
        if institution:
            # "The U.N. agency for Palestinian refugees, UNRWA,": the name that closes the phrase
            # (the parser may hang it on the last noun before it).
            for token in subject.subtree:
                closes = token.right_edge.i >= subject.right_edge.i - 1
                if token.dep_ == "appos" and closes and token.ent_type_ in {"ORG", "GOV", "ARMED_GROUP"}:
                    named = _entity_span(token)
                    if named is not None:
                        return named
        left = subject.left_edge.i
        if self.dateline and self.dateline[0] <= doc[left].idx < self.dateline[1]:
            left = next((t.i for t in doc[left : subject.i + 1] if t.idx >= self.dateline[1]), subject.i)
        for i in range(subject.i - 1, left - 1, -1):
            token = doc[i]
            if token.text in {"—", "–", ")", ":", ";"} or (token.text == "-" and doc[i - 1].whitespace_):
                left = i + 1
                break
        while left < subject.i and (doc[left].is_punct or doc[left].is_space):
            left += 1
        return doc[left : subject.i + 1]

    def _char_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of doc[start:end] without edge punctuation, spaces and a leading 'that'."""
        doc = self.doc
        while start < end and (
            (doc[start].is_punct and doc[start].text not in QUOTE_CHARS)
            or doc[start].is_space
            # (a complementizer the parser may label as an adverb: tagged IN, it is no "that plan")
            or (doc[start].lower_ == "that" and (doc[start].dep_ == "mark" or doc[start].tag_ == "IN"))
            # ("told state media that talks … were under way": the parser made it a second subject)
            or (
                doc[start].lower_ == "that"
                and doc[start].dep_ == "nsubj"
                and any(c.dep_ in SUBJECT_DEPS and c.i > start for c in doc[start].head.children)
            )
        ):
            start += 1
        while end > start and (
            (doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CHARS + "?!")
            or doc[end - 1].is_space
            or doc[end - 1].dep_ == "cc"
        ):
            end -= 1
        if start >= end:
            return doc[start].idx, doc[start].idx
        char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        if self.dateline and char_start < self.dateline[1] <= char_end:
            char_start = self.dateline[1]
            while char_start < char_end and self.text[char_start] in " -—–":
                char_start += 1
        return self._balance_quotes(char_start, char_end)

    def _balance_quotes(self, start: int, end: int) -> tuple[int, int]:
        """Take in a closing quote mark left just outside the content ('had "waited long enough"')."""
        inner = self.text[start:end]
        opened = inner.count("“") + inner.count("«")
        closed = inner.count("”") + inner.count("»")
        straight = inner.count('"')
        unbalanced = opened > closed or straight % 2 == 1
        if unbalanced and end < len(self.text) and self.text[end] in '”»"':
            return start, end + 1
        if (
            unbalanced
            and self.text[end : end + 1] in {".", ",", "!", "?"}
            and self.text[end + 1 : end + 2]
            in {
                "”",
                "»",
                '"',
            }
        ):
            return start, end + 2  # 'called the plan "a disaster."': the quote closes after the period
        if straight % 2 == 1 and inner.endswith('"') and not inner.startswith('"'):
            return start, end - 1
        return start, end

    # ---- finders -------------------------------------------------------------------------------------
    def find(self) -> list[_Found]:
        used_cues: set[int] = set()
        used_quotes: set[Quote] = set()
        self._split_cued_runs()
        found = self._direct(used_cues, used_quotes)
        found += self._reported(used_cues, used_quotes)
        found += self._according_to()
        found += self._in_view()
        found += self._to_whom()
        found += self._in_hope()
        found += self._in_poll()
        found += self._records_show()
        found += self._estimates(used_cues)
        found += self._prepositional(used_cues)
        found += self._light_verb(used_cues)
        found += self._received_stance(used_cues)
        found += self._adjectival(used_cues)
        found += self._passive_with_agent(used_cues)
        found += self._experiencer(used_cues)
        found += self._speaker_lines(used_quotes)
        found += self._colon_quotes(used_quotes)
        found += self._unsourced(used_cues, found)
        found += self._colon_paragraphs(used_cues, found)
        found += self._continued_quotes(found, used_quotes)
        found += self._headline(found)
        found += self._scare_quotes(found, used_quotes)
        found += self._answered_claims(found)
        found = [f for f in found if not self._anonymity_purpose(f) and not _across_semicolon(f, self.text)]
        _end_before_contrast(found, self.text)
        _end_before_own_act(found, self.text)
        found.sort(key=lambda f: (f.content.start, f.cue.start if f.cue else 0))
        return found

    def _anonymity_purpose(self, found: _Found) -> bool:
        """ "spoke on the condition of anonymity to discuss internal deliberations": why a source
        may not be named, not something it said."""
        if found.cue is None:
            return False
        span = self.doc.char_span(found.cue.start, found.cue.end, alignment_mode="expand")
        if span is None:
            return False
        cue = next((t for t in span if t.pos_ in {"VERB", "AUX"} and t.lower_ != "to"), span.root)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
        if not infinitive or cue.dep_ not in {"advcl", "xcomp", "acl"}:
            return False
        governor = cue.head
        return any(t.lower_ == "anonymity" for t in governor.subtree if t.i < cue.i and t.i > governor.i)

    def _answered_claims(self, found: list[_Found]) -> list[_Found]:
        """'X said the vote was rigged, a charge the government denies': the apposition names what
        came before it a claim, and its clause is a second speaker's answer to that claim. The first
        report ends before the apposition; the answer ("denies") takes the claimed words as its
        content, not the word "charge" (or the "that" standing for it)."""
        doc, text = self.doc, self.text
        added: list[_Found] = []
        for noun in doc:
            if noun.lemma_.lower() not in ANSWERED_NOUNS:
                continue
            misparsed = self._subject_answer(noun)
            # (the parser hangs such an apposition on the clause or a noun in it, as it can)
            if noun.dep_ not in {"appos", "npadvmod", "dobj"} and misparsed is None:
                continue
            comma = noun.left_edge.i - 1
            if comma < 1 or doc[comma].text != "," or doc[comma].sent.start > comma - 1:
                continue
            if self._in_quote(noun):
                continue  # inside a quotation the apposition is the speaker's own
            if misparsed is None and not any(
                c.dep_ in {"relcl", "acl"} and c.i > noun.i for c in noun.children
            ):
                continue
            answer, speaker = misparsed or self._answer(noun)
            cue = self._cue_span(answer) if answer is not None else None
            claim_end = doc[comma - 1].idx + len(doc[comma - 1])
            outer = [f for f in found if f.content.start < claim_end <= f.content.end and f.cue != cue]
            for f in outer:
                # ", a figure that could not be verified" is the writer's, not the speaker's
                f.content = Span.of(text, f.content.start, claim_end)
            if answer is None or cue is None or speaker is None:
                continue
            claim_start = outer[0].content.start if outer else doc[comma].sent.start_char
            if claim_start >= claim_end:
                continue
            claim = Span.of(text, claim_start, claim_end)
            mine = [f for f in found if f.cue == cue]
            for f in mine:
                f.content, f.kind = claim, "indirect"
                if misparsed is not None:
                    f.speaker, f.entity = self._mention(speaker), None
            if not mine:
                added.append(_Found("indirect", self._mention(speaker), cue, claim))
        return added

    @staticmethod
    def _subject_answer(noun: Token) -> tuple[Token, Token] | None:
        """ ", an accusation Kigali has denied": with no "that", the parser may make the claim noun
        the answering verb's subject and the answerer its apposition."""
        if noun.dep_ != "nsubj" or noun.head.i < noun.i or not _is_cue(noun.head):
            return None
        named = next((c for c in noun.children if c.dep_ == "appos" and c.i == noun.i + 1), None)
        if named is None or named.pos_ != "PROPN":
            return None
        return noun.head, named

    @staticmethod
    def _answer(noun: Token) -> tuple[Token | None, Token | None]:
        """The cue of a clause on a claim noun and who answers: "a charge (that) the government
        denies", "a claim disputed by Moscow"."""
        for clause in noun.children:
            if clause.i < noun.i or not _is_cue(clause):
                continue
            if clause.dep_ == "relcl":
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.tag_ not in {"WDT", "WP"}:
                    return clause, subject
            if clause.dep_ == "acl" and clause.tag_ == "VBN":
                agent = next((c for c in clause.children if c.dep_ == "agent"), None)
                named = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                if named is not None:
                    return clause, named
        return None, None

    def _estimates(self, used_cues: set[int]) -> list[_Found]:
        """'police put the number at 10,000', 'officials placed the death toll at 45': an estimate
        of a count; the verb, its object and "at" are the cue (as PolNeAR marks "puts the figure
        at"), the amount is what is claimed."""
        results: list[_Found] = []
        for verb in self.doc:
            if verb.lemma_.lower() not in ESTIMATE_VERBS or verb.i in used_cues or self._in_quote(verb):
                continue
            counted = next((c for c in verb.children if c.dep_ == "dobj"), None)
            at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if counted is None or at is None or subject is None:
                continue
            amount = next((c for c in at.children if c.dep_ == "pobj"), None)
            # ("put the number of detainees at 100": what is counted may follow the count noun)
            if (
                counted.lemma_.lower() not in COUNT_NOUNS
                or amount is None
                or at.i != counted.right_edge.i + 1
            ):
                continue
            cue = Span.of(self.text, verb.idx, at.idx + len(at.text))
            content = Span.of(self.text, *self._char_bounds(amount.left_edge.i, amount.right_edge.i + 1))
            used_cues.add(verb.i)
            results.append(_Found("indirect", self._mention(subject), cue, content))
        return results

    def _split_cued_runs(self) -> None:
        """A quotation running over paragraphs whose first paragraph has a cue of its own ('he said:
        "A …' / '"A," he said. "B …') and whose last has one after it ('"C," he said.'): two quotes
        told apart by the writer, each paragraph's words going with that paragraph's cue (as PolNeAR
        pairs them). A run with one cue (an interview's long answer) stays one quote."""
        split: list[Quote] = []
        for quote in self.quotes:
            pieces = _by_paragraph(quote, self.paragraphs, self.text)
            if len(pieces) > 1 and self._cue_after(pieces[-1]) is not None and self._cued_opening(pieces[0]):
                split.extend(pieces)
            else:
                split.append(quote)
        if len(split) != len(self.quotes):
            self.quotes = split
            self._quote_cache.clear()

    def _cued_opening(self, piece: Quote) -> bool:
        """Whether a quote's opening piece has a cue in its paragraph: one right before it, or the
        cue after a quote just before it in the same paragraph ('"A," he said. "B …')."""
        if self._cue_before(piece) is not None:
            return True
        paragraph = self._paragraph_of(piece.open)
        earlier = [
            q for q in self.quotes if q.close <= piece.open and self._paragraph_of(q.open) == paragraph
        ]
        return bool(earlier) and self._cue_after(earlier[-1]) is not None

    def _speaker_ok(self, cue: Token, subject: Token | None) -> bool:
        if subject is None or self._in_quote(subject):
            return False
        # "No one knows what the field will look like", "few believe it": a view held by no one or
        # few is still told; "no one can claim that ..." tells of no claim.
        modal = any(c.dep_ == "aux" and c.lower_ in MODAL_AUXILIARIES for c in cue.children)
        if modal and _is_negative(subject):
            return False
        # "Who ordered the strike?": a question word asks who; it names no speaker.
        if subject.tag_ == "WP" and any(c.text == "?" for c in cue.children):
            return False
        # "That said, ...", "This being said, ...": a connective opening the sentence, no report.
        doc = self.doc
        if (
            subject.lower_ in {"that", "this"}
            and cue_lemma(cue) == "say"
            and subject.i == subject.sent.start
            and cue.i - subject.i <= 2
            and cue.i + 1 < len(doc)
            and doc[cue.i + 1].text == ","
        ):
            return False
        # "it was reported", "people are asked to": not the speaker; but "He's said he would" is
        # "he has said", which the parser takes for "he is said".
        # "Trump was forced into damage control and said that …": the passive subject of the first
        # verb is the active subject of the second.
        shared = (
            cue.dep_ == "conj"
            and subject.head != cue
            and subject.lower_ != "it"
            and not any(c.dep_ == "auxpass" for c in cue.children)
        )
        return (
            subject.dep_ != "nsubjpass"
            or shared
            or _contracted_has(cue, subject)
            or _quoted_as(cue) is not None
        )

    def _direct(self, used_cues: set[int], used_quotes: set[Quote]) -> list[_Found]:
        """Quotes with a cue right after them ('," the statement said') or right before ('said: "')."""
        results: list[_Found] = []
        for quote in self.quotes:
            cue = self._cue_after(quote)
            if cue is not None and self._reports_what_follows(cue, quote):
                cue = None  # 'on "Meet the Press," Smith said the plan was dead': his words follow
            cue = cue or self._cue_before(quote)
            if cue is None or cue.i in used_cues:
                continue
            if cue.idx < quote.open and self._named_before_colon(cue, quote):
                # the name's words, which ``_colon_quotes`` reads; the verb reports nothing of them
                used_cues.add(cue.i)
                continue
            subject = _cue_subject(cue)
            if subject is None or quote.contains(subject.idx):
                # The parser lost the speaker ('," Flynn, a top surrogate, said' / 'Said Ellis: "')
                # or took one from the quote itself ('"We were wrong," Ramos, 58, told AFP' with
                # "told" hung on "were"): the name between the quote and its cue, or right after
                # an inverted cue.
                after = cue.idx > quote.close
                between = (quote.close, cue.idx) if after else (cue.idx + len(cue.text), quote.open)
                if not after and cue_lemma(cue) in ADDRESSEE_CUES:
                    # 'She riffed on it, telling the crowd, "..."': the name between is the one
                    # told; the speaker is the subject of the clause the participle hangs on.
                    subject = self._clause_speaker(cue)
                else:
                    subject = self._name_between(*between)
                if subject is None and after:
                    subject = self._inverted_speaker(cue)
            if not self._speaker_ok(cue, subject):
                continue
            assert subject is not None
            if cue.idx > quote.close and _describes_speaker(subject, quote):
                continue  # 'Reed, the author of "Lost Budgets," said': a title in the speaker's phrase
            used_cues.add(cue.i)
            used_quotes.add(quote)
            content = quote.inner(self.text)
            if cue.i > 0 and self.doc[cue.i].idx > quote.close:
                content = self._lead_in(quote) or content
            results.append(_Found("direct", self._mention(subject), self._cue_span(cue), content))
        return results

    def _reports_what_follows(self, cue: Token, quote: Quote) -> bool:
        """A cue after a quotation that has a complement of its own after it: a participle ('called
        it "fantastic," telling reporters that ...'), a clause not in quotation marks ('citing "the
        magic of Trump," Roe said the race was open') or an answer ('Asked if X is "fit," 70
        percent said yes'). The quotation before it is no content of its: a title, a phrase of
        another report, or what the question asked. A quotation right after the cue goes on with
        the one before it ('"X," she said, "and Y."')."""
        if cue.tag_ == "VBG" and cue.dep_ in {"advcl", "conj", "xcomp"}:
            return True
        # '"...," said Rob Lee, half joking': an inverted cue, whose speaker the parser may have
        # hung on a clause after it, reports the quotation before it.
        subject = _cue_subject(cue)
        if subject is None or subject.i > cue.i or quote.contains(subject.idx):
            return False
        if subject.idx < quote.open and cue_lemma(cue) in PLAIN_SPEECH_CUES:
            # 'Roe, the co-author of "Open Secrets," said the days ... are gone': the quotation is in
            # the speaker's phrase (a title, a phrase of another's), the words come after the cue
            return True
        for child in cue.children:
            if child.i <= cue.i:
                continue
            first = child.left_edge
            # ('," he said as the crowd booed': a clause of time the parser made a complement)
            adverbial = first.lower_ in ADVERBIAL_OPENERS and first.dep_ in {"mark", "advmod"}
            # ('," Lee said, adding of the plan, "..."', '," Lee said in an interview aired Monday'):
            # a verb with no subject of its own (a participle, often mistagged) is no clause the cue
            # reports; nor one whose "subject" is a participle after a comma ('said, mentioning ...')
            reported = any(
                c.dep_ in SUBJECT_DEPS | {"expl", "mark"} or (c.dep_ == "csubj" and c.tag_ != "VBG")
                for c in child.children
            )
            if (
                child.dep_ == "ccomp"
                and not first.is_punct
                and not self._in_quote(first)
                and not adverbial
                and reported
            ):
                return True
            if child.i == cue.i + 1 and child.lower_ in ANSWER_WORDS and not any(child.children):
                return True
        return False

    def _clause_speaker(self, cue: Token) -> Token | None:
        """The subject of the clause before a participial cue set off by a comma ('Lee seemed
        unmoved, telling reporters, "..."'), which the parser often hangs on the quotation: the first
        verb of the sentence, before the cue and outside quotation marks, that has one."""
        if cue.tag_ != "VBG" or cue.i == 0 or self.doc[cue.i - 1].text != ",":
            return None
        for verb in self.doc[cue.sent.start : cue.i]:
            if verb.pos_ not in {"VERB", "AUX"} or self._in_quote(verb):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
            if subject is not None and not self._in_quote(subject):
                return subject
        return None

    def _name_between(self, start: int, end: int) -> Token | None:
        window = self.doc.char_span(start, end, alignment_mode="contract")
        if window is None:
            return None
        # (not a day: 'Said Wednesday, "…"')
        names = [
            t
            for t in window
            if (t.pos_ in {"PROPN", "NOUN"} and not (t.pos_ == "PROPN" and t.ent_type_ in {"DATE", "TIME"}))
            or (t.pos_ == "PRON" and t.lower_ in PRONOUNS)
        ]
        if not names:
            return None
        token = names[0]
        while token.head != token and window.start <= token.head.i < window.end and token.dep_ == "compound":
            token = token.head  # "Tulsa police Chief Chuck Jordan": the name's head
        return token

    def _inverted_speaker(self, cue: Token) -> Token | None:
        """'"...," added a South Carolina Democrat' with the speaker parsed as the verb's object: the
        noun phrase right after the verb, up to a comma or the end of the sentence."""
        end = cue.i + 1
        while end < cue.sent.end and end - cue.i <= 8 and self.doc[end].text not in {",", ".", ";", "?", "!"}:
            end += 1
        if end == cue.i + 1:
            return None
        window = self.doc[cue.i + 1 : end]
        if end == cue.i + 2 and _mistagged_name(window[0]):
            return window[0]  # '," said Brennock, explaining ...' with the name tagged an adverb
        first = self.doc[cue.i + 1]
        if (first.pos_ not in {"DET", "PROPN", "NOUN", "ADJ", "NUM"} and not self._attributive(first)) or any(
            self._in_quote(t) for t in window
        ):
            return None  # 'said in a statement', 'said on Monday': no name there
        # the name ends where what is said of its bearer begins: 'wrote a reader who signs as
        # Paul', 'tweeted a user from Hanover going by the handle X'
        clause = next(
            (
                t
                for t in window
                if (t.pos_ in {"VERB", "AUX", "ADP"} and not self._attributive(t)) or t.tag_ in {"WP", "WDT"}
            ),
            None,
        )
        if clause is not None:
            window = self.doc[cue.i + 1 : clause.i]
            if not window or window[-1].pos_ not in {"NOUN", "PROPN"}:
                return None
        return self._name_between(window.start_char, window.end_char)

    def _as_predicate(self, cue: Token, obj: Token) -> Token | None:
        """'see their party as insufficiently committed', 'see her as most likely to win': an "as"
        right after the object that the parser made an adverb of the predicate, which it hung on
        the verb; the predicate, whose subtree ends the view."""
        after = obj.right_edge.i + 1
        if after + 1 >= len(self.doc) or self.doc[after].lower_ != "as" or self.doc[after].dep_ != "advmod":
            return None
        if self.doc[after + 1].lower_ in {"soon", "long", "well", "far", "much", "many", "though", "if"}:
            return None  # "saw the problem as soon as …": a conjunction, no view
        predicate = self.doc[after].head
        return predicate if predicate.head == cue and predicate.i > after else None

    def _attributive(self, word: Token) -> bool:
        """A participle describing the noun right after it ('said retired surgeon Ada Okonjo'),
        which the tagger may take for a verb."""
        following = self.doc[word.i + 1] if word.i + 1 < len(self.doc) else word
        return word.tag_ in {"VBN", "VBD"} and word.is_lower and following.pos_ in {"NOUN", "PROPN"}

    def _lead_in(self, quote: Quote) -> Span | None:
        """'This is "roughly the same advantage she has held all month," the pollster said': the words
        before the quote in its sentence belong to what the speaker said (a mixed quote)."""
        opening = self.doc.char_span(quote.open, quote.open + quote.open_width, alignment_mode="expand")
        if opening is None:
            return None
        sentence = opening[0].sent
        lead = [t for t in self.doc[sentence.start : opening.start] if not (t.is_space or t.is_punct)]
        if not lead or len(lead) > 12 or self.text[sentence.start_char : quote.open].count("\n"):
            return None
        if any(_is_cue(t) or self._in_quote(t) for t in lead):
            return None  # 'He said it was "a disgrace," she added': another attribution's words
        start = lead[0].idx
        return Span.of(self.text, start, quote.close)

    def _cue_after(self, quote: Quote) -> Token | None:
        inner = self.text[quote.open + quote.open_width : quote.close - quote.close_width].rstrip()
        if not _open_ending(inner):
            # '"...end." The ministry warned': the sentence ended inside the quote. Unless the next
            # sentence is nothing but its speaker and cue ('"... missing." Trump said in a call.').
            return self._cue_sentence(quote.close)
        window = self.doc.char_span(
            quote.close, min(len(self.text), quote.close + 120), alignment_mode="expand"
        )
        if window is None:
            return None
        words = 0
        coordinated = False
        for token in window:
            if (token.is_space and "\n" in token.text) or self._in_quote(token):
                return None
            if token.is_punct:
                if token.text in {".", "!", "?", ";", ":"}:
                    return None
                if token.text == "," and words:
                    aside = self._cue_after_aside(token)
                    if aside is not None:
                        return aside
                continue
            if not words and token.lower_ in {"and", "but", "or"}:
                # 'talks about "spoiling the party," and voters cheer': a clause goes on, and only a
                # plain report of speech in it ('"…," and he added') can still be the quote's cue.
                coordinated = True
                continue
            if _is_cue(token) or _reads(token):
                return token if not coordinated or cue_lemma(token) in PLAIN_SPEECH_CUES else None
            words += 1
            # A verb ends the search, unless the parser only mistagged a word of the speaker's name
            # ("Tulsa police Chief ..." with "Tulsa" a VERB in apposition).
            following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else token
            name_word = token.text[:1].isupper() and following.pos_ in {"PROPN", "NOUN"}
            clause_verb = (
                token.pos_ in {"VERB", "AUX"}
                and token.dep_ not in {"appos", "compound", "amod", "nmod"}
                and not name_word
            )
            if clause_verb or words > 7:
                return None
        return None

    def _cue_after_aside(self, comma: Token) -> Token | None:
        """'"...," Tom Ames, now 81 and retired in Maine, said': the cue right after an aside set off
        by commas after the speaker's name, however many words and verbs the aside holds."""
        doc = self.doc
        if comma.i == 0 or comma.i + 1 >= len(doc):
            return None
        # a name, or a description with a relative clause ('an intelligence source, who was not
        # authorized to speak, told Fox News')
        relative = doc[comma.i - 1].pos_ == "NOUN" and doc[comma.i + 1].lower_ in {"who", "whose"}
        if doc[comma.i - 1].pos_ != "PROPN" and not relative:
            return None
        for token in doc[comma.i + 1 : min(len(doc), comma.i + 30)]:
            if (token.is_space and "\n" in token.text) or token.text in {".", "!", "?", ";", ":"}:
                return None
            quote = self._quote_at(token.idx)
            if quote is not None and len(quote.inner(self.text).text.split()) > 4:
                return None  # (a name in quotation marks may stand in the aside: 'wearing "Cruz" pins')
            if token.text == ",":
                after = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if after is not None and _is_cue(after) and cue_lemma(after) in PLAIN_SPEECH_CUES:
                    return after
                return None
        return None

    def _cue_sentence(self, position: int) -> Token | None:
        """'"... the wheel." Sexton said in a phone interview.' / 'Rep. Jane Doe (D-Vt.) said.': a
        sentence that is only a speaker, a verb of saying and when, where or to whom it was said
        reports the quote before it."""
        start = self.doc.char_span(position, min(len(self.text), position + 3), alignment_mode="expand")
        first = next((t for t in start or () if not (t.is_space or t.is_punct)), None)
        if first is None:
            return None
        sentence = first.sent
        root = sentence.root
        # (the paragraph break after the sentence belongs to its last token, not to its words)
        end = next((t.idx + len(t) for t in reversed(sentence) if not t.is_space), sentence.end_char)
        if (
            sentence.start_char < position - 1
            or end - position > 120
            or "\n" in self.text[position:end]
            or not _is_cue(root)
            or cue_lemma(root) not in PLAIN_SPEECH_CUES - {"report"}
        ):
            return None
        said = _said_deps(root) | {"csubj", "advcl"}
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
        if any(c.dep_ in said for c in root.children) or subject is None or subject.left_edge.i != first.i:
            return None
        spoken = set(subject.subtree) | {root}
        # ("said in a statement that the victims were civilians": a copula is a clause's verb too)
        verbs = [
            t for t in sentence if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ not in {"aux", "auxpass"})
        ]
        if any(t not in spoken for t in verbs):
            return None  # a clause of its own: more than a tag on the quote
        return root

    def _cue_before(self, quote: Quote) -> Token | None:
        head = self.text[max(0, quote.open - 160) : quote.open].rstrip()
        if not head or head[-1] not in ",:—–":
            return None
        window = self.doc.char_span(max(0, quote.open - 160), quote.open, alignment_mode="contract")
        if window is None:
            return None
        # "Reporter Jomana Karadsheh says:" ending one paragraph, the quote opening the next.
        colon_before_break = head.endswith(":") and "\n" in self.text[max(0, quote.open - 160) : quote.open]
        for token in reversed(list(window)):
            if token.is_space and "\n" in token.text:
                if colon_before_break and token.idx + len(token.text) >= quote.open - 1:
                    continue  # the break between the colon and the quote
                break
            if self._in_quote(token) or token.text in {".", "!", "?"}:
                break
            if _is_cue(token) or _reads(token):
                if cue_lemma(token) == "ask" and self._adverbial_participle(token):
                    # 'Asked which county he liked, he demurred: "..."', 'who told Congress when asked
                    # about it: "..."': the answer's verb, before the question or after it
                    continue
                gap = self.text[token.idx + len(token.text) : quote.open].strip()
                return token if len(gap) <= 60 else None
        return self._introducing_sentence(quote) if head.endswith(":") else None

    def _named_before_colon(self, cue: Token, quote: Quote) -> bool:
        """'Pollsters agree - Ann Lee: "..."', 'The dip does not surprise analyst Bo Diaz: "..."': a
        name right before the colon, after a verb that is not its own and does not report speech to
        it (not 'Lee told Diaz: "..."'), introduces the quotation as that name's words."""
        colon_at = self._colon_before(quote)
        if colon_at is None:
            return False
        colon = self.doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
        if colon is None or colon[0].i == 0:
            return False
        name = self.doc[colon[0].i - 1]
        if name.i <= cue.i or name.pos_ != "PROPN" or name.ent_type_ not in {"PERSON", "ORG"}:
            return False
        subject = _cue_subject(cue)
        if subject is not None and subject.left_edge.i <= name.i <= subject.right_edge.i:
            return False  # '"Lee, the group's founder:' is the cue's own speaker
        # set off from the clause before by a dash ('Pollsters agree - Ann Lee:'), or the object of
        # a verb that is not one of saying ('does not surprise pollster Bo Diaz:'; not 'quotes X:')
        dashed = any(t.text in {"-", "—", "–"} for t in self.doc[cue.i + 1 : name.i])
        affected = name.dep_ == "dobj" and name.head == cue and cue_lemma(cue) not in SPEECH_CUES
        return dashed or affected

    def _colon_before(self, quote: Quote, *, across_lines: bool = True) -> int | None:
        """The offset of a colon that is the last thing before a quote's opening mark, with only
        whitespace between (only spaces when not ``across_lines``); None when there is none."""
        at = quote.open - 1
        while at > 0 and (self.text[at].isspace() if across_lines else self.text[at] == " "):
            at -= 1
        return at if at >= 0 and self.text[at] == ":" else None

    def _introducing_sentence(self, quote: Quote) -> Token | None:
        """'President Clinton released the following statement:' / 'He then listed the qualities …:'
        with the quote after the colon: the introducing sentence's verb is the cue, whatever it is."""
        colon_at = self._colon_before(quote)
        colon = (
            self.doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
            if colon_at is not None
            else None
        )
        if colon is None:
            return None
        root = colon[0].sent.root
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.lower_ not in {"it", "this", "that"}]
        if root.pos_ != "VERB" or not subjects or self._in_quote(root) or root.i > colon[0].i:
            return None
        return root

    def _complement(self, cue: Token, subject: Token) -> tuple[int, int] | None:
        """Token bounds of the reported content for a cue verb, or None if it has none."""
        lemma = cue_lemma(cue)
        free_relative = self._free_relative(cue, subject)
        if free_relative is not None:
            return free_relative
        subject_clause = _subject_clause(cue)  # the subject's own words, not what is reported
        clauses = [c for c in cue.children if c.dep_ == "ccomp" and c != subject_clause]
        # "At least 12 were killed, officials said, though the toll could rise": the parser may hang
        # the writer's contrast on the verb as a second clause; it is no part of what was said.
        contrasts = [
            c
            for c in clauses
            if c.i > cue.i and any(m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS for m in c.children)
        ]
        if contrasts and len(contrasts) < len(clauses):
            clauses = [c for c in clauses if c not in contrasts]
        if any(_asks_after_question(cue, clause) for clause in clauses):
            return None
        if lemma in {"assess", "judge"} and any(
            m.dep_ == "mark" and m.lower_ in {"whether", "if"} for c in clauses for m in c.children
        ):
            return None  # "where they assess whether claims are credible": a task, not a finding
        if (
            len(clauses) > 1
            and clauses[0].i < cue.i < clauses[-1].i
            and any(t.text == ";" for t in self.doc[clauses[0].right_edge.i : subject.left_edge.i])
        ):
            # "6 in 10 said X; 46 percent said Y": a semicolon ends a sentence's worth, so the clause
            # before it is no content of the verb after it (the parser hung it there).
            clauses = clauses[1:]
        elif (
            clauses
            and clauses[0].i < subject.i < cue.i
            and any(c.dep_ in _said_deps(cue) and c.i > cue.i and c not in contrasts for c in cue.children)
        ):
            # "In a statement released after the vote, Cruz said he was certain ...", "The club made
            # money - he reported earning $1 million": the parser hung the clause before the speaker
            # on the verb too; what follows the verb is what it reports.
            clauses = [c for c in clauses if c.i > cue.i]
        state = _feeling(cue)
        objects_after = (
            any(c.dep_ in {"ccomp", "dobj", "xcomp", "oprd"} and c.i > cue.i for c in cue.children)
            or state is not None
        )
        relative = _relative_subject_clause(cue, subject)
        if relative is not None:
            return relative
        if cue.dep_ == "relcl" and not objects_after:
            # "the plan, which the mayor described as reckless": what is said is the relative pronoun
            # standing for the noun; a clause without one ("an accusation Kigali has denied", "the
            # day she said") is too often no report at all.
            relative = self._relative_object(cue, subject)
            if relative is None and subject.tag_ not in {"WDT", "WP"}:
                # "Most voters dislike the plan, the poll found.": the parser made the closing cue a
                # relative clause on the last noun; a comma before its subject and the sentence's end
                # right after it say it reports the sentence.
                return self._sentence_final_cue(cue, subject)
            return relative
        if lemma in ACCUSING_CUES:
            # "accused Moscow of executing three soldiers": what the accusation says is in the of/for phrase.
            # The one accused comes with it ("accused Moscow of executing ...", "blamed Bush for the
            # bust"): the charge is about them.
            accused = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
            charges = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}]
            # ("accused the U.N. agency for Palestinian refugees, UNRWA, of allowing …": the parser may
            # hang the object's own "for" on the verb; "of" is the charge)
            charges.sort(key=lambda c: c.lower_ != "of")
            for prep in charges:
                for comp in (g for g in prep.children if g.dep_ in {"pcomp", "pobj"}):
                    start, end = _subtree_bounds(comp)
                    if accused is not None and accused.i < prep.i:
                        start = accused.left_edge.i
                    return start, end
        if (
            not clauses
            and cue.dep_ == "conj"
            and subject.head.i == cue.i
            and cue.head.i < subject.i < cue.i
            and not objects_after
        ):
            # "M23 rebels have captured the town, a U.N. report seen by Reuters said": the parser
            # joined the closing cue to the verb it reports.
            closing = self._sentence_final_cue(cue, subject, adjuncts_after=True)
            if closing is not None and closing[1] > cue.head.i:  # (the reported verb is before the comma)
                return closing
        if clauses:
            clause = clauses[0]
            start, end = _subtree_bounds(clause)
            if clause.i > cue.i:
                if start < cue.i:
                    # "an attack that residents say left 20 soldiers dead": the relative pronoun
                    # stands before the speaker; what they say is what follows their verb.
                    start = cue.i + 1
                # "stated that X, and the army lost Y" / "say that X, Russians see Y": one content.
                for child in cue.children:
                    if child.dep_ in {"conj", "ccomp"} and child.i > clause.i and not _is_cue(child):
                        end = max(end, _subtree_bounds(child)[1])
            else:
                # Cue after the content: all up to the cue's subject ("X, if not Y, the mediator said").
                end = min(subject.left_edge.i, cue.i) if subject.i > clause.i else cue.i
            return start, self._cut_at_nested_cue(start, end)
        that_clause = self._that_clause(cue)
        if that_clause is not None:
            return that_clause
        if lemma in SPEECH_CUES:
            # "have not said when they would vote", "did not say whether": a wh-clause the parser
            # hung on as an adverbial.
            for clause in cue.children:
                right_after = cue.i < clause.left_edge.i <= cue.i + 2
                if clause.dep_ == "advcl" and right_after and clause.left_edge.lower_ in WH_WORDS:
                    return clause.left_edge.i, clause.right_edge.i + 1
            if lemma == "ask":
                question = self._asked_question(cue)
                if question is not None:
                    return question
                # "asked the frontrunner about the fight": what the question was about (the parser
                # often hangs the phrase on the one asked).
                asked = [c for c in cue.children if c.dep_ in {"dobj", "dative"} and c.i > cue.i]
                about = next(
                    (
                        c
                        for c in (*cue.children, *(g for a in asked for g in a.children))
                        if c.dep_ == "prep" and c.lower_ == "about" and c.i > cue.i
                    ),
                    None,
                )
                if about is not None and _prep_object(about) is not None:
                    return about.i, about.right_edge.i + 1
            # "said legalizing it could put thousands to work", "say taxing consumption encourages
            # savings": no one says an act, so a gerund right after the verb opens its clause (the
            # parser hung the clause on the gerund); "reported raising $9 million" reports the act.
            gerund = next(
                (
                    c
                    for c in cue.children
                    if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.left_edge.i == cue.i + 1
                ),
                None,
            )
            if gerund is not None and lemma not in ADDRESSEE_CUES:
                return _subtree_bounds(gerund)
            # "46 percent said yes", "after half said so": the answer stands for the whole statement.
            answer = next((c for c in cue.children if c.i == cue.i + 1 and c.lower_ in ANSWER_WORDS), None)
            if (
                answer is not None
                and answer.dep_ in {"intj", "advmod", "dobj", "ccomp"}
                and not any(answer.children)
            ):
                return answer.i, answer.i + 1
            same = self._said_the_same(cue)
            if same is not None:
                return same
        final = self._sentence_final_cue(cue, subject)
        if final is not None:
            return final
        if lemma in INFINITIVE_CLAIM_CUES:
            # "The rebels claimed to have killed 80 fighters": what is claimed is the infinitive.
            infinitive = next(
                (
                    c
                    for c in cue.children
                    if c.dep_ == "xcomp"
                    and c.i > cue.i
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                ),
                None,
            )
            if infinitive is not None:
                return _subtree_bounds(infinitive)
        # ("would like to shrink the department", "'d love to see": a wish, as "wants to")
        wish = lemma in {"like", "love"} and any(
            c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in cue.children
        )
        if lemma in INTENTION_CUES or lemma in DECISION_CUES or wish:
            # "wants to end the war", "refused to sign": the intention is the infinitive.
            infinitives = [c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i]
            if infinitives:
                first = min(
                    [infinitives[0].left_edge.i]
                    + [o.left_edge.i for o in cue.children if o.dep_ == "dobj" and o.i < infinitives[0].i]
                )
                return first, infinitives[0].right_edge.i + 1
        objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
        if state is not None and not objects and subject.lower_ != "it":
            # "voters who feel squeezed and ignored": the state with what hangs on it ("it felt so
            # universal": a thing, no one holds a view there)
            return _subtree_bounds(state)
        if not objects and (lemma in STANCE_CUES or lemma in OBJECT_STANCE_CUES):
            # "supports banning the imports", "favors temporarily raising the wage": the act the
            # stance is about, which the parser makes a gerund complement rather than an object.
            gerund = next((c for c in cue.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
            if gerund is not None and gerund.left_edge.i == cue.i + 1:
                return _subtree_bounds(gerund)
        # The "as" phrase hangs on the verb, or on its object ("see the plan as unfair").
        as_phrase = next(
            (
                c
                for c in (*cue.children, *(objects[0].children if objects else ()))
                if c.dep_ == "prep" and c.lower_ == "as"
            ),
            None,
        )
        if (
            objects
            and as_phrase is not None
            and lemma in AS_PREDICATE_CUES
            and as_phrase.i > objects[0].i
            # "sees Clinton as the stronger candidate", "see the campaign as unfair" (an adjective
            # the parser hangs on "as" as a modifier)
            and (_prep_object(as_phrase) is not None or any(g.pos_ == "ADJ" for g in as_phrase.children))
        ):
            # "sees Clinton as the stronger candidate": the view is the object with its "as" phrase;
            # "saw the film" states no view.
            return objects[0].left_edge.i, as_phrase.right_edge.i + 1
        predicate = self._as_predicate(cue, objects[0]) if objects and lemma in AS_PREDICATE_CUES else None
        if predicate is not None:
            return objects[0].left_edge.i, predicate.right_edge.i + 1
        takes_object = (
            lemma in STANCE_CUES or lemma in OBJECT_STANCE_CUES or lemma in SPEECH_CUES or _particle_cue(cue)
        )
        # "Obama has sought Republican suggestions", "Rubio offered an emotional evaluation": what is
        # sought or offered, in a main clause; in a subordinate one ("a request seeking comment",
        # "donors who seek access") it is too often an act told, not a position taken.
        takes_object = takes_object or (lemma in {"seek", "offer"} and cue.dep_ == "ROOT")
        if (
            lemma == "find"
            and objects
            and subject.lemma_.lower() not in FINDING_SUBJECTS
            and not any(c.dep_ in {"oprd", "xcomp", "acomp"} for c in cue.children)
        ):
            # "found a way to", "found himself in trouble": only a study, poll or inquiry reports
            # what it found in an object alone; a person does with a verdict ("found him guilty").
            return None
        # "protesting election results" is a demonstration (an event), not a statement about them.
        # "told the story of his first campaign", "told a different tale": what is told, not to whom
        addressed = lemma in ADDRESSEE_CUES and not (objects and objects[0].lemma_.lower() in TOLD_NOUNS)
        if objects and takes_object and not addressed and lemma != "protest":
            # "backs Clinton", "announced his resignation", "called Trump 'unhinged'", "described
            # the plan as a failure": the object, with what the cue predicates of it.
            obj = objects[0]
            end = max(t.i for t in obj.subtree) + 1
            for complement in cue.children:
                # "described the plan as a failure", "thanked Obama for taking these steps", "show
                # Clinton with a lead in the low single digits": what the cue says of its object,
                # up to a comma; not when or where the speaker said it ("on Tuesday").
                if complement.i <= obj.i or complement.dep_ not in {
                    "prep",
                    "oprd",
                    "xcomp",
                    "ccomp",
                    "acomp",
                }:
                    continue
                if any(t.text in {",", ";", "—", ":"} for t in self.doc[end : complement.i]):
                    break
                objects = [g for g in complement.children if g.dep_ in {"pobj", "pcomp"}]
                setting = complement.dep_ == "prep" and (
                    any(g.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"} for g in objects)
                    or complement.lower_
                    in {"during", "after", "before", "at", "since", "amid", "according", "via"}
                )
                if not setting:
                    end = max(end, complement.right_edge.i + 1)
            return obj.left_edge.i, end
        predicates = [c for c in cue.children if c.dep_ == "oprd" and c.i > cue.i]
        if predicates and not objects and lemma in NAMING_CUES:
            # "called Trump a pathological liar" with the object parsed into the predicate.
            return min(p.left_edge.i for p in predicates), max(p.right_edge.i for p in predicates) + 1
        for clause in cue.children:
            # "has called for the governor to resign": the parser makes "for X to V" a clause.
            marks = [
                m for m in clause.children if m.dep_ == "mark" and m.lower_ == "for" and m.i == cue.i + 1
            ]
            if clause.dep_ == "advcl" and marks and lemma in PREPOSITIONAL_STANCE_VERBS:
                return marks[0].i + 1, clause.right_edge.i + 1
        if lemma in {"call", "appeal"} or lemma in ADDRESSEE_CUES:
            # "called on compatriots to join their ranks", "urged residents to leave".
            xcomps = [c for c in cue.subtree if c.dep_ == "xcomp" and c.head in (cue, *cue.children)]
            objects = [
                c for c in cue.subtree if c.dep_ in {"pobj", "dobj"} and c.head in (cue, *cue.children)
            ]
            if xcomps:
                first = min(
                    [x.left_edge.i for x in xcomps] + [o.left_edge.i for o in objects if o.i < xcomps[0].i]
                )
                return first, max(x.right_edge.i for x in xcomps) + 1
        if lemma in {"deny", "reject", "dismiss", "refute", "dispute"}:
            for obj in (c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS):
                inner = [
                    c
                    for c in obj.children
                    if c.dep_ in {"acl", "ccomp", "relcl"}
                    and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
                ]
                return _subtree_bounds(inner[0]) if inner else _subtree_bounds(obj)
        # "Climate change, Mr. Obama often says, is the greatest threat": a parenthetical cue inside
        # its content. The content is the whole clause around it (the cue and speaker lie inside).
        words = [t.i for t in cue.subtree if not t.is_punct]
        left, right = min(words), max(words)
        head = cue.head
        # "The hashtag #X, Mr. Abboud said, accompanied ...", "Proposals to raise taxes, he added,
        # amount to ...": the parser hung the cue on a noun of the clause around it (taking the verb
        # for a noun). The clause is that noun's, or the word above it whose phrase spans the cue.
        steps = 0
        while (
            cue.dep_ == "parataxis"
            and head.pos_ not in {"VERB", "AUX"}
            and not (head.left_edge.i < left - 1 and head.right_edge.i > right + 1)
            and head.head.i != head.i
            and steps < 2
        ):
            head, steps = head.head, steps + 1
        nominal = head.pos_ in {"NOUN", "PROPN"} and head.dep_ in {"ROOT", "nsubj", "nsubjpass"}
        # "The plan, an aide told reporters, is dead": the object of "told" is the one addressed, so
        # the cue still reports the clause around it; "X, he said the minister, Y" has no such reading.
        if (
            cue.dep_ == "parataxis"
            and not any(c.dep_ in _said_deps(cue) for c in cue.children)
            and (head.pos_ in {"VERB", "AUX"} or nominal)
            and left > 0
            and self.doc[left - 1].text == ","
            and right + 1 < len(self.doc)
            and self.doc[right + 1].text in {",", ";"}
            and head.left_edge.i < left - 1
            and head.right_edge.i > right + 1
            # "X, he said, is Y"; after its verb the clause has ended ("X did Y, he said, Z-ing")
            and (cue.i < head.i or nominal)
        ):
            return head.left_edge.i, head.right_edge.i + 1
        # "At times last year, people close to him said, the mere mention of her could make him
        # fume": the parser hung the clause's opening phrase on the parenthetical cue, the rest of
        # the clause comes after it. The content is both.
        lead = [
            c
            for c in cue.children
            if c.i < subject.left_edge.i and c.dep_ in {"prep", "npadvmod", "advcl", "advmod"}
        ]
        # ("Instead, the senator told reporters, the bill would wait": the parser may make the aside
        # an adverbial or a clause of the verb after it; without "that" no clause reports that verb)
        aside = cue.dep_ == "parataxis" or (
            cue.dep_ in {"advcl", "ccomp"}
            and cue.i < head.i
            and lemma in PLAIN_SPEECH_CUES
            and not any(c.dep_ == "mark" for c in cue.children)
        )
        if (
            aside
            and lead
            and subject.i < cue.i
            and self.doc[subject.left_edge.i - 1].text == ","
            and not any(c.dep_ in _said_deps(cue) for c in cue.children)
            and head.pos_ in {"VERB", "AUX"}
            and right + 1 < len(self.doc)
            and self.doc[right + 1].text == ","
            and all(c.left_edge.i >= right + 1 for c in head.children if c != cue)
        ):
            return min(c.left_edge.i for c in lead), head.right_edge.i + 1
        # "Ten people died, police said": the cue hangs off the content's verb.
        adverbial = {m.lower_ for m in cue.children if m.dep_ == "mark"} - {"as"}
        hangs_off_content = cue.dep_ in {"parataxis", "advcl"} and cue.i > cue.head.i and not adverbial
        if (
            hangs_off_content
            and cue.head.pos_ in {"VERB", "AUX"}
            and any(t.text == "," for t in self.doc[cue.head.i : cue.i])
        ):
            return cue.head.left_edge.i, min(cue.left_edge.i, subject.left_edge.i)
        # "As Breitbart News reported, the White House was refusing ...": an "as" clause before it.
        marks = [m for m in cue.children if m.dep_ == "mark"]
        words = [t.i for t in cue.subtree if not t.is_punct]
        if (
            cue.dep_ == "advcl"
            and [m.lower_ for m in marks] == ["as"]
            and marks[0].i == min(words)
            and cue.head.i > max(words)
            and cue.head.pos_ in {"VERB", "AUX"}
            and max(words) + 1 < len(self.doc)
            and self.doc[max(words) + 1].text == ","
        ):
            return max(words) + 2, cue.head.right_edge.i + 1
        # "He has small hands - as Rubio has said - and ...", "X, as the Times noted on Monday.": an
        # as-clause set off inside or after the clause it comments on
        return self._as_clause_content(cue)

    def _said_the_same(self, cue: Token) -> tuple[int, int] | None:
        """'Last month, 26 percent said the same', 'say the opposite about Lee': like "so", the
        phrase stands for a statement made before; the parser makes it an object or a second
        subject, so it is read off the surface. With what it is said about, if that follows."""
        doc = self.doc
        if cue.i + 2 >= len(doc) or doc[cue.i + 1].lower_ != "the":
            return None
        same = doc[cue.i + 2]
        if same.lower_ not in SAME_STATEMENT_WORDS or same.head not in {cue, doc[cue.i + 1]}:
            return None
        end = same.i + 1
        about = doc[end] if end < len(doc) else None
        if about is not None and about.lower_ in {"about", "of", "for"} and about.head in {cue, same}:
            end = about.right_edge.i + 1
        return cue.i + 1, end

    def _free_relative(self, cue: Token, subject: Token) -> tuple[int, int] | None:
        """'adapting to what she said is rising demand', 'what the senators said were the failures
        of the plan', 'what analysts described as a stalling tactic': a "what" before the speaker
        stands for the thing the speaker names; what they say of it follows the cue (a verb for
        "said", an as-phrase for "described"). Content: "what" and that predicate, or the
        as-phrase's object."""
        doc = self.doc
        what = _free_relative_what(cue)
        if what is None or subject.dep_ != "nsubj" or not what.i < subject.i < cue.i:
            return None
        lemma = cue_lemma(cue)
        if lemma in AS_PREDICATE_CUES and lemma in SPEECH_CUES and what.dep_ == "dobj":
            as_phrase = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            if as_phrase is not None and as_phrase.i == cue.i + 1 and _prep_object(as_phrase) is not None:
                return as_phrase.i + 1, as_phrase.right_edge.i + 1
            return None
        verb = doc[cue.i + 1]  # the predicate of "what": "said [is] rising demand"
        # (``_free_relative_what`` found a finite verb or "as" after the cue; "as" is for "described")
        if lemma not in PLAIN_SPEECH_CUES or verb.lower_ == "as":
            return None
        if verb.dep_ in {"aux", "auxpass"} and verb.head.i > verb.i:
            verb = verb.head  # "said [is growing] demand": the auxiliary's verb is the predicate
        if verb.head == cue:
            return what.i, verb.right_edge.i + 1
        if verb.head == cue.head and cue.head.pos_ == "ADP":
            # "to what she said is rising demand": the parser made both verbs the preposition's
            return what.i, cue.head.right_edge.i + 1
        return None

    def _relative_object(self, cue: Token, subject: Token) -> tuple[int, int] | None:
        if cue.head.i > cue.i or subject.tag_ in {"WDT", "WP"}:
            return None  # "a candidate who thinks so": the gap is the subject, not what is said
        pronoun = next((c for c in cue.children if c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"}), None)
        if pronoun is None:
            return None
        # "whom he described as 'peaceful'": the pronoun and the "as" phrase said of it (the speaker
        # and the cue in between are scored apart). (An object predicate after the verb, "which he
        # called reckless", never gets here: the caller leaves clauses with one to other rules.)
        predicate = next(
            (
                c
                for c in cue.children
                if c.i > cue.i and c.dep_ == "prep" and c.lower_ == "as" and any(c.children)
            ),
            None,
        )
        return (pronoun.i, predicate.right_edge.i + 1 if predicate is not None else pronoun.i + 1)

    def _asked_question(self, cue: Token) -> tuple[int, int] | None:
        """'asked the students if they were serious', 'asked Obama what he thought of it', 'Asked
        whether he would run, ...': the question right after the cue and the one asked, wherever
        the parser hung it (often not on the cue)."""
        doc = self.doc
        first = cue.i + 1
        asked = next(
            (c for c in cue.children if c.dep_ in {"dobj", "dative"} and c.left_edge.i == first), None
        )
        if asked is not None and asked.tag_ not in {"WDT", "WP", "WRB"}:
            first = asked.right_edge.i + 1  # the one asked: "the students"
        # when or where it was asked, before the question: "Asked on Fox News who leads", "asked
        # in May if he would", "asked specifically what"
        for adjunct in sorted(cue.children, key=lambda c: c.i):
            if adjunct.left_edge.i == first and adjunct.dep_ in {"prep", "advmod", "npadvmod"}:
                if adjunct.lower_ in WH_WORDS | {"if", "whether", "why", "about", "for", "of"}:
                    break  # (what was asked about or for is the question itself)
                first = adjunct.right_edge.i + 1
        if first >= len(doc):
            return None
        word = doc[first]
        clause = word.head
        if word.tag_ == "WDT" and word.dep_ == "det" and clause.head.i > clause.i:
            clause = clause.head  # "which county [was] his favorite": the question word's noun's verb
        if clause.i <= word.i or clause.pos_ not in {"VERB", "AUX"} or clause.sent != cue.sent:
            return None
        if word.lower_ in {"if", "whether"} and word.dep_ == "mark":
            return first + 1, clause.right_edge.i + 1
        if word.tag_ in {"WDT", "WP", "WRB"} and word.lower_ != "that":
            return first, clause.right_edge.i + 1
        return None

    def _sentence_final_cue(
        self, cue: Token, subject: Token, *, adjuncts_after: bool = False
    ) -> tuple[int, int] | None:
        """'…, and air defences destroyed 41 of the drones, Ukraine's air force said.': the parser lost
        the link, the surface keeps it. The cue closes its sentence; a comma sets its subject off."""
        sentence = cue.sent
        # "..., he told reporters.": the object of "told" is the one addressed, not what was said.
        if any(c.dep_ in _said_deps(cue) for c in cue.children):
            return None
        if subject.tag_ in {"WDT", "WP"}:
            return None  # ("…, which will hold the first primary": a relative clause says nothing)
        # "..., said the company's chief executive, John Doe.": the speaker after the cue.
        inverted = subject.i > cue.i
        after = subject.right_edge.i if inverted else cue.i
        # ("…, a U.N. report said on Tuesday, as fighting intensified.": when, and the writer's aside,
        # where the parser joined the cue to the verb it reports; elsewhere too loose a test)
        adjuncts = {
            t.i
            for c in cue.children
            if adjuncts_after
            and c.i > after
            and (
                (
                    c.dep_ == "advcl"
                    and self.doc[c.left_edge.i - 1].text == ","
                    and any(m.dep_ == "mark" or m.lower_ == "as" for m in c.children)
                )
                or (c.dep_ == "prep" and _names_a_time(c))
                or (c.dep_ == "npadvmod" and c.ent_type_ in {"DATE", "TIME"})
            )
            for t in c.subtree
        }
        rest = [
            t
            for t in self.doc[after + 1 : sentence.end]
            if not (t.is_punct or t.is_space) and t.i not in adjuncts
        ]
        if len(rest) > 4 or any(t.pos_ in {"VERB", "AUX"} for t in rest):
            return None
        comma = cue.i - 1 if inverted else subject.left_edge.i - 1
        if comma <= sentence.start or self.doc[comma].text not in {",", "?"}:
            return None
        # "Will the ceasefire hold? the president asked.": the question mark is the question's.
        return sentence.start, comma + (self.doc[comma].text == "?")

    def _that_clause(self, cue: Token) -> tuple[int, int] | None:
        """'said in a statement that X', 'denied that X': the parser hung the that-clause elsewhere.

        The words between the cue and "that" may only be adjuncts (no verb, no sentence end); the
        content runs to the end of the sentence or to a coordinated cue ("..., and insisted that").
        """
        sentence = cue.sent
        that = None
        # A plain report may have a longer adjunct, with a verb of its own, before its that-clause:
        # "said before attending the meeting that X", "told the Post before he spoke that X", "said
        # on CNN, where he is a contributor, that X".
        plain = cue_lemma(cue) in PLAIN_SPEECH_CUES
        # 'dismissed as "lies" reports that civilians were killed': the verdict comes first.
        verdict = (
            {t.i for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
            if ALL_CUES.get(cue_lemma(cue)) == "denied"
            else set()
        )
        for token in self.doc[cue.i + 1 : min(sentence.end, cue.i + (25 if plain else 10))]:
            # "tweeted in the early hours that Machado was ...": a complementizer, even when the parser
            # made the clause a relative one (its verb has a subject of its own).
            if token.lower_ == "that" and (
                token.dep_ == "mark"
                or (
                    token.dep_ == "advmod"
                    and any(c.dep_ in SUBJECT_DEPS and c.i > token.i for c in token.head.children)
                )
            ):
                that = token
                break
            adjunct_verb = (
                plain
                and token.dep_ in ADJUNCT_VERB_DEPS
                and not _is_cue(token)
                and token.lemma_.lower() not in THAT_CLAUSE_VERBS
            ) or (
                # "claimed in a message posted on its channels that …": where the words were put
                token.dep_ == "acl"
                and token.tag_ == "VBN"
                and token.head.pos_ == "NOUN"
                and token.head.i > cue.i
            )
            if (
                (token.pos_ in {"VERB", "AUX"} and not adjunct_verb)
                or token.text in {".", ";", ":", "!", "?"}
                or (self._in_quote(token) and token.i not in verdict)
            ):
                return None
        if that is None:
            return None
        end = sentence.end
        for child in cue.children:
            if child.dep_ == "conj" and child.i > that.i and _is_cue(child):
                end = min(
                    end, min(t.i for t in child.subtree if t.i > cue.i and t.dep_ in {"cc", "punct", "conj"})
                )
        return that.i + 1, self._cut_at_nested_cue(that.i + 1, end)

    def _cut_at_nested_cue(self, start: int, end: int) -> int:
        """End the content before a participial cue of its own (", saying ...", ", adding that ..."),
        or before a dash or semicolon that opens an aside or a clause with a speaker of its own
        ("… -- meddling the congressman said is designed to …", "6 in 10 said X; 46 percent said Y")."""
        for token in self.doc[start:end]:
            if (
                token.tag_ == "VBG"
                and _is_cue(token)
                and token.i > start
                and self.doc[token.i - 1].text == ","
            ):
                return token.i - 1
            if token.i > start + 1 and self.doc[token.i - 1].lower_ in {"and", "but"}:
                # ("but did not confirm": the auxiliary opens the verb's group)
                verb = token.head if token.dep_ in {"aux", "neg"} and token.head.i > token.i else token
                repeated = _repeated_cue(verb)
                if repeated is not None and not start <= repeated.i < end:
                    # "… not working for them and said Manafort …": the second report is its own
                    cut = token.i - 1
                    return cut - 1 if self.doc[cut - 1].text == "," else cut
            # (not a dateline's dash: "BOGOTÁ, Jan 22 — ELN guerrillas attacked ...")
            clause_before = any(t.pos_ in {"VERB", "AUX"} for t in self.doc[start : token.i])
            if token.text in {"--", "—", "–", ";"} and token.i > start and clause_before:
                aside = self.doc[token.i + 1 : end]
                if any(_is_cue(t) and any(c.dep_ == "nsubj" for c in t.children) for t in aside):
                    return token.i
        return end

    def _reported(self, used_cues: set[int], used_quotes: set[Quote]) -> list[_Found]:
        results: list[_Found] = []
        for cue in self.doc:
            if not _is_cue(cue) or cue.i in used_cues or self._in_quote(cue):
                continue
            empty = _empty_copula_subject(cue)
            subject = empty or _cue_subject(cue)
            if subject is not None and self._in_quote(subject):
                # ', saying he is "weak, you know that."': the parser hung the clause before the
                # participle on a verb of the quotation
                subject = self._clause_speaker(cue) or subject
            if subject is not None and _reduced_passive(cue, subject):
                # "Sudan's RSF accused of killing 100": the one accused, by no one named
                start, end = self._char_bounds(subject.left_edge.i, cue.right_edge.i + 1)
                used_cues.add(cue.i)
                results.append(_Found("unsourced", None, self._cue_span(cue), Span.of(self.text, start, end)))
                continue
            if not self._speaker_ok(cue, subject):
                continue
            assert subject is not None
            inverted = _inverted_aside(cue)
            if inverted is not None:
                subject, bounds = inverted
            else:
                found_bounds = self._complement(cue, subject)
                if found_bounds is None:
                    continue
                bounds = found_bounds
            if cue.tag_ == "VBG" and bounds[0] < cue.i:
                continue  # a participle ("..., saying X") reports what follows it, never what precedes
            if bounds[0] > cue.i:
                bounds = _after_when_said(cue, bounds[0]), self._cut_at_nested_cue(*bounds)
            start, end = self._char_bounds(*bounds)
            lemma = cue_lemma(cue)
            # An object that is no claim ("announced his resignation") states a position, not a
            # proposition: a stance, like "backs Clinton" (where one word is enough).
            # ("accused Moscow of lying" states what Moscow did: a report, though it opens on the object)
            on_object = any(c.dep_ == "dobj" and c.left_edge.i == bounds[0] for c in cue.children) and not (
                lemma in ACCUSING_CUES and lemma not in STANCE_CUES
            )
            words = self.text[start:end].split()
            # "said goodbye (to its fans)": a greeting, not something said about the world
            formula = any(c.dep_ == "dobj" and c.lower_ in FORMULAIC_OBJECTS for c in cue.children)
            answer = len(words) == 1 and words[0].lower() in ANSWER_WORDS and bounds[0] == cue.i + 1
            state = _feeling(cue)
            feeling = state is not None and state.i == bounds[0]  # "felt betrayed": one word is enough
            if (
                formula
                or len(words) < (1 if on_object or answer or feeling else 2)
                or ANONYMITY.match(self.text[start:end])
            ):
                continue
            if any(q.open <= start and end <= q.close for q in used_quotes):
                continue  # that quote already has its speaker
            content = Span.of(self.text, start, end)
            # A decision or refusal ("refused to recognise the vote") is a stance, not a statement.
            decision = lemma in DECISION_CUES
            clausal = any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and not decision) for c in cue.children)
            denial = ALL_CUES.get(lemma) == "denied" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS | DENIED_FACT_NOUNS for c in cue.children
            )  # "denied the reports" disputes a claim; "rejected the levy" takes a position
            naming = lemma in NAMING_CUES and any(c.dep_ == "oprd" for c in cue.children)
            # (a clause cue that also judges a thing, "lamented the state of the race", keeps it)
            object_only = (
                lemma in CLAUSE_CUES and lemma not in OBJECT_STANCE_CUES and not _particle_cue(cue)
            ) or lemma in NO_OBJECT_SPEECH_CUES  # ("ruled out further strikes" is a position)
            if on_object and not clausal and object_only:
                continue  # "held talks", "maintains a lead": no report without a clause
            # (a pronoun, "confirmed it", and a negation, "did not confirm the deaths", tell no fact)
            told = (
                lemma in FACT_OBJECT_CUES
                and any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in cue.children)
                and not any(c.dep_ == "neg" for c in cue.children)
            )
            stance = lemma in STANCE_CUES or decision or naming or (on_object and not denial and not told)
            kind: AttributionKind = "stance" if stance and not clausal else "indirect"
            quote = self._quote_at(start)
            if quote and quote.open <= start and end <= quote.close:
                # (a quoted object of a stance verb is no speech of the subject's: it stays a stance)
                content = quote.inner(self.text)
                kind = "stance" if kind == "stance" else "direct"
            elif (
                quote
                and start <= quote.open + quote.open_width
                and QUOTE_THEN_ADJUNCT.match(self.text, quote.close)
            ):
                # 'said, "We'll see," when asked whether ...': the parser hung the adverbial clause
                # on the quotation's verb; it tells when the words were said, it is none of them
                kind, content = "direct", quote.inner(self.text)
            used_cues.add(cue.i)
            if empty is not None:
                results.append(_Found("unsourced", None, self._cue_span(cue), content))
                continue
            results.append(
                _Found(
                    kind,
                    self._mention(subject),
                    self._cue_span(cue),
                    content,
                    about=self._about(cue, subject, bounds),
                    lifted=_lifted_to_reporter(cue),
                )
            )
        return results

    def _about(self, cue: Token, subject: Token, bounds: tuple[int, int]) -> Span | None:
        """ "an attack on a camp that residents say left 20 soldiers dead": the noun the relative
        pronoun stands for, when the content starts after the speaker's verb."""
        noun = cue.head
        if cue.dep_ != "relcl" or noun.pos_ not in {"NOUN", "PROPN"} or noun.i > subject.i:
            return None
        if self.doc[bounds[0]].tag_ in {"WDT", "WP"} and bounds[0] < cue.i:
            # "war crimes, which they deny", "the plan, which the mayor described as reckless": the
            # content opens on the pronoun (as PolNeAR marks it); what it stands for is the noun.
            start = self.doc[noun.left_edge.i]
            return Span.of(self.text, start.idx, noun.idx + len(noun.text))
        if bounds[0] <= cue.i:
            return None
        if not any(
            t.tag_ in {"WDT", "WP"} and noun.i < t.i < subject.i for t in self.doc[noun.i : subject.i]
        ):
            return None
        start = self.doc[noun.left_edge.i]
        return Span.of(self.text, start.idx, noun.idx + len(noun.text))

    def _light_verb(self, used_cues: set[int]) -> list[_Found]:
        """A light verb and a statement noun as one cue: "made the case for X", "raised questions
        about X", "took a swipe at X", "expressed concern that X". Content: the noun's that-clause
        (a claim) or what the preposition names (a stance)."""
        results: list[_Found] = []
        for verb in self.doc:
            if verb.pos_ != "VERB" or cue_lemma(verb) not in LIGHT_VERBS or verb.i in used_cues:
                continue
            if self._in_quote(verb):
                continue
            made_clear = self._made_clear(verb)
            if made_clear is not None:
                subject = _cue_subject(verb)
                if self._speaker_ok(verb, subject):
                    assert subject is not None
                    clear, bounds = made_clear
                    start, end = self._char_bounds(*bounds)
                    used_cues.add(verb.i)
                    cue = Span.of(self.text, verb.idx, clear.idx + len(clear.text))
                    content = Span.of(self.text, start, end)
                    results.append(_Found("indirect", self._mention(subject), cue, content))
                continue
            # A fronted object ("what issues it would raise") is no statement the verb makes.
            nouns = [
                c
                for c in verb.children
                if c.dep_ == "dobj" and c.i > verb.i and c.lemma_.lower() in STATEMENT_NOUNS
            ]
            if not nouns:
                continue
            noun = nouns[0]
            subject = _cue_subject(verb)
            if not self._speaker_ok(verb, subject):
                continue
            assert subject is not None
            clause = next(
                (
                    c
                    for c in noun.children
                    if c.dep_ in {"acl", "ccomp", "relcl"}
                    and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
                ),
                None,
            )
            clause = clause or next((c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i), None)
            preps = [
                c
                for c in (*noun.children, *verb.children)
                if c.dep_ == "prep" and c.lower_ in LIGHT_VERB_PREPOSITIONS
            ]
            preps = [c for c in preps if c.i > noun.i and _prep_object(c) is not None]
            infinitive = next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.i > noun.i), None)
            cue_end = noun
            if clause is not None:
                bounds = clause.left_edge.i, clause.right_edge.i + 1
                kind: AttributionKind = "indirect"
            elif preps:
                target = _prep_object(preps[0])
                assert target is not None
                bounds = target.left_edge.i, target.right_edge.i + 1
                kind = "stance"
                if preps[0].i == noun.i + 1:
                    cue_end = preps[0]  # "made several statements on"
            elif infinitive is not None and any(c.lower_ == "to" for c in infinitive.children):
                bounds = infinitive.left_edge.i, infinitive.right_edge.i + 1
                kind = "stance"
            else:
                continue
            start, end = self._char_bounds(*bounds)
            if end <= start:
                continue
            used_cues.add(verb.i)
            cue = Span.of(self.text, verb.idx, cue_end.idx + len(cue_end.text))
            results.append(
                _Found(
                    kind,
                    self._mention(subject),
                    cue,
                    Span.of(self.text, start, end),
                    lifted=_lifted_to_reporter(verb),
                )
            )
        return results

    def _received_stance(self, used_cues: set[int]) -> list[_Found]:
        """A stance the subject receives: "the bill drew criticism from unions", "Cruz won the
        backing of two senators", "she came under heavy criticism". The giver (after "from", "of" or
        "among") speaks, or no one named; the subject is what the stance is about. The cue runs
        from the verb to the noun, as PolNeAR marks it ("has drawn harsh criticism")."""
        results: list[_Found] = []
        for noun in self.doc:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in RECEIVED_STANCE_NOUNS:
                continue
            verb = noun.head
            if noun.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_.lower() == "come":
                verb = verb.head  # "came under fire"
            elif noun.dep_ != "dobj" or verb.lemma_.lower() not in RECEIVING_VERBS:
                continue
            if verb.pos_ != "VERB" or verb.i in used_cues or verb.i > noun.i or self._in_quote(verb):
                continue
            subject = _cue_subject(verb)
            if subject is None or self._in_quote(subject) or subject.dep_ == "nsubjpass":
                continue
            agent = next(
                (
                    p
                    for p in (*noun.children, *verb.children)
                    if p.dep_ == "prep" and p.lower_ in {"from", "of", "among"} and p.i > noun.i
                ),
                None,
            )
            giver = _prep_object(agent) if agent is not None else None
            if giver is not None and giver.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
                giver = None
            start, end = self._char_bounds(subject.left_edge.i, subject.right_edge.i + 1)
            if end <= start:
                continue
            used_cues.add(verb.i)
            cue = Span.of(self.text, verb.idx, noun.idx + len(noun.text))
            speaker = self._mention(giver) if giver is not None else None
            kind: AttributionKind = "stance" if speaker is not None else "unsourced"
            results.append(_Found(kind, speaker, cue, Span.of(self.text, start, end)))
        return results

    def _made_clear(self, verb: Token) -> tuple[Token, tuple[int, int]] | None:
        """'made (it) clear (that) X': the adjective carries the statement, the clause after it is
        what was stated. Only with "clear" right after the verb or after "it" ("made the rules clear
        to the staff" states nothing)."""
        if cue_lemma(verb) != "make":
            return None
        doc = self.doc
        clear = next(
            (
                c
                for c in verb.children
                if c.lower_ == "clear"
                and c.dep_ in {"ccomp", "oprd", "acomp"}
                and (c.i == verb.i + 1 or (c.i == verb.i + 2 and doc[verb.i + 1].lower_ == "it"))
            ),
            None,
        )
        if clear is None:
            return None
        clause = next(
            (
                c
                for c in (*clear.children, *verb.children)
                if c.i > clear.i and c.pos_ in {"VERB", "AUX"} and c.dep_ in {"advcl", "ccomp", "csubj"}
            ),
            None,
        )
        if clause is None or any(t.text in {".", ";", ":"} for t in doc[clear.i : clause.left_edge.i]):
            return None
        start = clause.left_edge.i
        if doc[start].lower_ == "that" and doc[start].dep_ == "mark":
            start += 1
        if start >= clause.right_edge.i:
            return None
        return clear, (start, self._cut_at_nested_cue(start, clause.right_edge.i + 1))

    def _unsourced(self, used_cues: set[int], found: list[_Found]) -> list[_Found]:
        """Reports with no source in the text: "It was reported that X", "X is expected to Y", "X
        seemed to Y", "X was asked about Y", "Asked whether X, ...". The speaker stays null."""
        results: list[_Found] = []
        for cue in self.doc:
            lemma = cue_lemma(cue)
            raising_verb = lemma in {"seem", "appear"}
            # "He seemed rattled by the attacks", "Democrats appeared headed for a long contest": the
            # parser makes the raising verb an auxiliary of the participle; it is the same impression
            # as "seemed to be rattled".
            # (The model leaves such an auxiliary unlemmatized: "seemed".)
            as_auxiliary = cue.lower_ in {"seem", "seems", "seemed", "appear", "appears", "appeared"}
            auxiliary = as_auxiliary and cue.dep_ in {"aux", "auxpass"} and cue.head.i > cue.i
            if auxiliary and cue.i not in used_cues and not self._in_quote(cue):
                participle = cue.head
                subjects = [
                    c for c in (*cue.children, *participle.children) if c.dep_ in SUBJECT_DEPS and c.i < cue.i
                ]
                inside = _in_reported(cue.idx, found)
                if subjects and participle.pos_ == "VERB" and not _is_cue(participle) and not inside:
                    start, end = self._char_bounds(subjects[0].left_edge.i, participle.right_edge.i + 1)
                    used_cues.add(cue.i)
                    content = Span.of(self.text, start, end)
                    results.append(_Found("unsourced", None, self._cue_span(cue), content))
                continue
            if lemma not in UNSOURCED_CUES and lemma not in DISCLOSURE_CUES:
                continue
            if cue.pos_ != "VERB" or cue.i in used_cues or self._in_quote(cue):
                continue
            if any(c.dep_ in {"nsubj", "agent"} for c in cue.children) and not raising_verb:
                continue  # a source is named: the other finders handle it
            if _in_reported(cue.idx, found):
                continue  # "X were believed to be behind it, an official said": the official's claim
            passive = [c for c in cue.children if c.dep_ == "nsubjpass"]
            raising = [c for c in cue.children if c.dep_ == "nsubj"] if lemma in {"seem", "appear"} else []
            clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
            complements = [
                c for c in cue.children if c.dep_ in {"xcomp", "oprd", "attr", "acomp"} and c.i > cue.i
            ] + [
                c
                for c in cue.children
                if c.dep_ == "prep"
                and (c.lower_ in {"as", "about", "for"} or (raising_verb and c.lower_ == "like"))
                and c.i > cue.i
            ]  # "seems like a turning point" is "seems to be a turning point"
            infinitive = [
                c for c in complements if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
            ]
            bounds: tuple[int, int] | None = None
            if (
                passive
                and lemma in DISCLOSURE_CUES
                and cue.tag_ == "VBN"
                and not clauses
                and not complements
                and passive[0].i < cue.i
                and _personal(passive[0])
                # what may yet be made known is not ("might be released"); what is released is a
                # document ("the memo was released"), not people set free ("the sailors were released")
                and not any(c.tag_ == "MD" for c in cue.children)
                and (lemma != "release" or passive[0].lemma_.lower() in DOCUMENT_NOUNS)
            ):
                bounds = _subtree_bounds(passive[0])  # "the fundraising deal was announced on Monday"
            elif lemma not in UNSOURCED_CUES:
                continue  # ("the hostages were released as part of a deal": no report)
            elif passive and passive[0].lower_ == "it" and clauses:
                bounds = _subtree_bounds(clauses[0])  # "It was reported that ..."
            elif passive and _personal(passive[0]) and complements and (lemma != "ask" or infinitive):
                # "X is expected to Y", "which is expected to Y", "she was asked to name one": a
                # relative or personal pronoun is the subject as much as a noun is.
                bounds = passive[0].left_edge.i, complements[-1].right_edge.i + 1
            elif passive and lemma == "ask" and (questions := self._questions(clauses, complements)):
                target = questions[0]  # "X was asked about Y": Y is what was asked
                bounds = target.left_edge.i, target.right_edge.i + 1
            elif (
                lemma in {"seem", "appear"}
                and clauses
                and any(c.lower_ == "it" and c.dep_ in {"nsubj", "expl"} for c in cue.children)
            ):
                bounds = _subtree_bounds(clauses[0])  # "It appears that the deal is dead"
            elif lemma in {"seem", "appear"} and cue.dep_ in IMPRESSION_DEPS and complements:
                if any(m.dep_ == "mark" and m.lower_ in {"as", "than", "if"} for m in cue.children):
                    continue  # "steeper than it appears", "even if it seems": a comparison or a condition
                subjects = [c for c in cue.children if c.dep_ == "nsubj"] or raising
                if not subjects or any(_is_cue(c) and _reports_clause(c) for c in complements):
                    continue  # "seemed to suggest that": the suggestion is the attribution
                bounds = subjects[0].left_edge.i, complements[-1].right_edge.i + 1
            elif (
                lemma == "ask"
                and cue.tag_ in {"VBN", "VBD"}
                and cue.dep_ == "advcl"
                and (questions := self._questions(clauses, complements))
            ):
                target = questions[0]  # "Asked whether he would run, Smith said ..."
                bounds = target.left_edge.i, target.right_edge.i + 1
            elif lemma == "ask" and (passive or self._adverbial_participle(cue)):
                # "was asked if she had ever ...", "Asked if he was ever bullied, X said no"
                bounds = self._asked_question(cue) or self._asked_what(cue, participle=not passive)
            if bounds is None:
                continue
            start, end = self._char_bounds(*bounds)
            if len(self.text[start:end].split()) < 2:
                continue
            used_cues.add(cue.i)
            results.append(_Found("unsourced", None, self._cue_span(cue), Span.of(self.text, start, end)))
        results += self._naming_participles(used_cues, found)
        results += self._passive_verdicts(used_cues, found)
        for adverb in self.doc:
            # "The group is reportedly spending $1.5 million": the clause, on no one's word. The
            # adverb lies inside the content (the evaluation scores the fragments around it).
            if adverb.lower_ not in REPORTING_ADVERBS or adverb.dep_ != "advmod" or self._in_quote(adverb):
                continue
            clause = adverb.head
            if clause.pos_ not in {"VERB", "AUX"}:
                continue
            if _in_reported(adverb.idx, found + results):
                continue
            start, end = self._char_bounds(clause.left_edge.i, clause.right_edge.i + 1)
            if len(self.text[start:end].split()) < 3:
                continue
            word = Span.of(self.text, adverb.idx, adverb.idx + len(adverb.text))
            results.append(_Found("unsourced", None, word, Span.of(self.text, start, end)))
        return results

    def _passive_verdicts(self, used_cues: set[int], found: list[_Found]) -> list[_Found]:
        """A verdict on the subject with no one named as giving it: "Smith was declared the winner",
        "Roof is accused of the massacre". Content: the subject and the verdict; the
        preposition belongs to the cue, as PolNeAR marks it ("is accused of")."""
        results: list[_Found] = []
        for cue in self.doc:
            verdicts = PASSIVE_VERDICT_CUES.get(cue.lemma_.lower())
            if verdicts is None or cue.tag_ != "VBN" or cue.i in used_cues or self._in_quote(cue):
                continue
            subjects = [c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i]
            if not subjects or not _personal(subjects[0]) or any(c.dep_ == "agent" for c in cue.children):
                continue
            negated = subjects[0].left_edge.lower_ in {"neither", "no", "none", "nobody"}
            if negated or _is_negative(subjects[0]) or any(c.dep_ == "neg" for c in cue.children):
                continue  # "has never been charged with", "neither of them was accused": no verdict
            verdict = next(
                (
                    c
                    for c in cue.children
                    if c.i > cue.i
                    and (c.dep_ in verdicts or (c.dep_ == "prep" and c.lower_ in verdicts))
                    and (c.dep_ != "prep" or _prep_object(c) is not None)
                ),
                None,
            )
            if verdict is None or _in_reported(cue.idx, found + results):
                continue
            start, end = self._char_bounds(subjects[0].left_edge.i, verdict.right_edge.i + 1)
            if end <= start:
                continue
            last = verdict if verdict.dep_ == "prep" else cue
            used_cues.add(cue.i)
            cue_span = Span.of(self.text, cue.idx, last.idx + len(last.text))
            results.append(_Found("unsourced", None, cue_span, Span.of(self.text, start, end)))
        return results

    def _naming_participles(self, used_cues: set[int], found: list[_Found]) -> list[_Found]:
        """A name given on no one's word in the text: "the contests known as Super Tuesday", "a
        thriller titled 'X'". Content: the thing named and its name; after a comma (an apposition, "the
        Islamic State, also known as ISIS") the name alone."""
        results: list[_Found] = []
        for cue in self.doc:
            if cue.tag_ != "VBN" or cue.dep_ != "acl" or cue.lemma_.lower() not in NAMING_PARTICIPLES:
                continue
            if cue.i in used_cues or self._in_quote(cue) or cue.head.i > cue.i:
                continue
            names = [
                c
                for c in cue.children
                if c.i > cue.i and (c.dep_ in {"oprd", "xcomp"} or (c.dep_ == "prep" and c.lower_ == "as"))
            ]
            if not names or _in_reported(cue.idx, found):
                continue
            name = names[0]
            if name.dep_ == "prep" and _prep_object(name) is None:
                continue
            named = cue.head
            apposition = any(t.text in {",", "(", "—", "–"} for t in self.doc[named.i : cue.i])
            first = name.i + 1 if name.dep_ == "prep" else name.left_edge.i
            start, end = self._char_bounds(first if apposition else named.left_edge.i, name.right_edge.i + 1)
            if end <= start:
                continue
            last = name if name.dep_ == "prep" else cue  # PolNeAR's cue is "known as"
            used_cues.add(cue.i)
            cue_span = Span.of(self.text, cue.idx, last.idx + len(last.text))
            results.append(_Found("unsourced", None, cue_span, Span.of(self.text, start, end)))
        return results

    @staticmethod
    def _participle(cue: Token) -> bool:
        """A past participle, also one the tagger took for a past tense opening its sentence with no
        subject ("Asked a question about it, she said")."""
        if cue.tag_ == "VBN":
            return True
        return (
            cue.tag_ == "VBD"
            and cue.i == cue.sent.start
            and not any(c.dep_ in SUBJECT_DEPS for c in cue.children)
        )

    def _adverbial_participle(self, cue: Token) -> bool:
        """'Asked about it, she said', and after the clause: 'McCain said, asked about the plan'
        (which the parser makes the verb's complement)."""
        if cue.dep_ == "advcl":
            return self._participle(cue)
        if cue.dep_ == "relcl" and cue.tag_ == "VBN":
            # "Trump, when asked about his errors, steamrolls on": set off after the subject
            return any(c.dep_ == "advmod" and c.lower_ in {"when", "if", "once"} for c in cue.children)
        after_comma = cue.i > 0 and self.doc[cue.i - 1].text == ","
        if (
            not after_comma
            or cue.tag_ not in {"VBN", "VBD"}
            or any(c.dep_ in SUBJECT_DEPS for c in cue.children)
        ):
            return False
        # (or the root, the report before it hung on it as parataxis)
        report = any(c.dep_ == "parataxis" and c.i < cue.i and _is_cue(c) for c in cue.children)
        return (cue.dep_ == "xcomp" and cue.head.i < cue.i) or (cue.dep_ == "ROOT" and report)

    def _asked_what(self, cue: Token, *, participle: bool) -> tuple[int, int] | None:
        """What someone was asked, by no one named: "was asked a tough question about X" (the
        question), "When asked for his position" (what was asked for), "Asked at a briefing on
        Monday about the merger" (the about-phrase, wherever the parser hung it) and, for an
        adverbial participle, "When asked to confirm it" (the request)."""
        question = next(
            (c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and c.lemma_.lower() == "question"),
            None,
        )
        if question is not None:
            return question.left_edge.i, question.right_edge.i + 1
        infinitive = next(
            (
                c
                for c in cue.children
                if c.dep_ == "xcomp" and c.i > cue.i and any(a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if participle and infinitive is not None:
            return infinitive.left_edge.i, infinitive.right_edge.i + 1
        for prep in cue.children:
            target = _prep_object(prep) if prep.dep_ == "prep" and prep.i > cue.i else None
            if target is not None and prep.lower_ == "for":
                return target.left_edge.i, target.right_edge.i + 1
        # "about" within the few words after the cue, on the cue or on a noun of its adjuncts
        for token in cue.subtree:
            about = token.lower_ == "about" and token.dep_ == "prep" and 0 < token.i - cue.i <= 10
            if about and _prep_object(token) is not None:
                return token.i, token.right_edge.i + 1
        return None

    @staticmethod
    def _questions(clauses: list[Token], complements: list[Token]) -> list[Token]:
        """What was asked: a whether/if clause or an "about" phrase ("asked to leave" is a request)."""

        def asks(clause: Token) -> bool:  # "whether/if …", or "what/who/how … " first
            marked = any(m.lower_ in {"whether", "if"} for m in clause.children if m.dep_ == "mark")
            return marked or clause.left_edge.tag_ in {"WDT", "WP", "WP$", "WRB"}

        return [c for c in clauses if asks(c)] + [
            c for c in complements if c.dep_ == "prep" and c.lower_ == "about"
        ]

    def _adjectival(self, used_cues: set[int]) -> list[_Found]:
        """A copula and a belief or stance adjective: "was critical of the plan", "is confident that
        the bill will pass", "were eager to leave". The cue runs from the copula to the preposition."""
        results: list[_Found] = []
        for adjective in self.doc:
            if (
                adjective.lemma_.lower() not in ADJECTIVE_CUES
                or adjective.dep_ != "acomp"
                or self._in_quote(adjective)
            ):
                continue
            copula = adjective.head
            if copula.lemma_ != "be" or copula.i in used_cues:
                continue
            subject = _cue_subject(copula)
            if (
                subject is None
                or not self._speaker_ok(copula, subject)
                or subject.lower_ in {"it", "this", "that"}
            ):
                continue
            clause = next(
                (c for c in adjective.children if c.dep_ in {"ccomp", "xcomp"} and c.i > adjective.i), None
            )
            preps = [
                c
                for c in adjective.children
                if c.dep_ == "prep" and c.i > adjective.i and _prep_object(c) is not None
            ]
            cue_end = adjective
            if clause is not None:
                bounds = clause.left_edge.i, clause.right_edge.i + 1
                kind: AttributionKind = "indirect" if clause.dep_ == "ccomp" else "stance"
            elif preps:
                target = _prep_object(preps[0])
                assert target is not None
                bounds = target.left_edge.i, target.right_edge.i + 1
                kind = "stance"
                cue_end = preps[0] if preps[0].i == adjective.i + 1 else adjective
            else:
                continue
            start, end = self._char_bounds(*bounds)
            if end <= start:
                continue
            used_cues.add(copula.i)
            cue = Span.of(self.text, copula.idx, cue_end.idx + len(cue_end.text))
            results.append(_Found(kind, self._mention(subject), cue, Span.of(self.text, start, end)))
        return results

    def _passive_with_agent(self, used_cues: set[int]) -> list[_Found]:
        """'The story was first reported by MSNBC', 'a plan promoted by the governor': the agent
        is the source; what the passive subject names is the content (a stance unless a clause)."""
        results: list[_Found] = []
        for cue in self.doc:
            if not _is_cue(cue) or cue.i in used_cues or self._in_quote(cue):
                continue
            agents = [g for a in cue.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            if not agents or _is_negative(agents[0]):
                continue
            if any(c.lower_ == "as" and any(_quoted_as(g) for g in c.children) for c in cue.children):
                continue  # "was quoted by Tass as saying X": the one quoted speaks, not the paper
            if cue_lemma(cue) == "know" and any(
                t.lemma_.lower() in NAMING_NOUNS for a in agents for t in (a, *a.children)
            ):
                continue  # "known by its Arabic acronym JNIM": a name, not something anyone knows
            clauses = [c for c in cue.children if c.dep_ == "ccomp"]
            subjects = [c for c in cue.children if c.dep_ == "nsubjpass" and c.lower_ != "it"]
            # "Asked by the host whether he would run, ...", "Asked by Dobbs to respond, ...": the
            # one who asked, and the question or the request.
            asked = [
                c
                for c in cue.children
                if c.i > cue.i
                and (
                    c.dep_ == "xcomp"
                    or (
                        c.dep_ in {"ccomp", "advcl"}
                        and any(m.lower_ in {"if", "whether"} for m in c.children)
                    )
                    or (c.dep_ == "prep" and c.lower_ == "about")
                )
            ]
            if cue_lemma(cue) == "ask" and cue.dep_ == "advcl" and not subjects and asked:
                start, end = self._char_bounds(*_subtree_bounds(asked[0]))
                if end > start:
                    used_cues.add(cue.i)
                    content = Span.of(self.text, start, end)
                    results.append(_Found("indirect", self._mention(agents[0]), self._cue_span(cue), content))
                continue
            around = self._as_clause_content(cue) if not subjects else None
            if around is not None:
                # "As reported by the Ledger, the mayor signed it": what the agent reported is the
                # clause the "as" clause comments on, as in "As the Ledger reported, ...".
                start, end = self._char_bounds(*around)
                if len(self.text[start:end].split()) >= 2:
                    used_cues.add(cue.i)
                    content = Span.of(self.text, start, end)
                    results.append(_Found("indirect", self._mention(agents[0]), self._cue_span(cue), content))
                continue
            if cue.dep_ in {"acl", "relcl"} and cue.head.pos_ in {"NOUN", "PROPN"} and not subjects:
                target = cue.head  # "a plan promoted by the governor"
                bounds = target.left_edge.i, cue.i
            elif subjects:
                bounds = _subtree_bounds(subjects[0])
            elif clauses:
                bounds = _subtree_bounds(clauses[0])
            else:
                continue
            start, end = self._char_bounds(*bounds)
            first = self.doc[bounds[0]]
            # ("he was backed by X": not a pronoun; but "a Democrat who has been endorsed by the
            # unions": the relative pronoun stands for the one endorsed, as PolNeAR marks it)
            relative = cue.dep_ == "relcl" and first.tag_ in {"WDT", "WP"} and first.dep_ == "nsubjpass"
            if end <= start or (first.pos_ == "PRON" and not relative):
                continue
            used_cues.add(cue.i)
            kind: AttributionKind = "indirect" if clauses and not subjects else "stance"
            content = Span.of(self.text, start, end)
            results.append(_Found(kind, self._mention(agents[0]), self._cue_span(cue), content))
        return results

    def _as_clause_content(self, cue: Token) -> tuple[int, int] | None:
        """Token bounds of the clause an "as" clause headed by the cue comments on, set off from it
        by a comma: "As reported by X, <clause>" or "<clause>, as first reported by X"."""
        doc = self.doc
        marks = [m for m in cue.children if m.dep_ == "mark"]
        head = cue.head
        if (
            cue.dep_ != "advcl"
            or [m.lower_ for m in marks] != ["as"]
            or cue_lemma(cue) not in PLAIN_SPEECH_CUES | {"describe", "note", "state"}
            or head.pos_ not in {"VERB", "AUX"}
            or cue_lemma(head) in SPEECH_CUES  # '"...," Carson noted, as reported by X': a report's report
        ):
            return None
        words = [t.i for t in cue.subtree if not t.is_punct]
        first, last = min(words), max(words)
        if marks[0].i != first:
            return None
        before = first > 0 and doc[first - 1].text in AS_CLAUSE_SEPARATORS
        after = last + 1 < len(doc) and doc[last + 1].text in AS_CLAUSE_SEPARATORS
        others = [c for c in head.children if c != cue and not c.is_punct]
        if before and after and any(c.i < first for c in others) and any(c.i > last for c in others):
            # "Spicer -- as the campaign noted this week -- even promoted Sanders": the clause
            # around it (the evaluation takes the words around the speaker and cue)
            return head.left_edge.i, head.right_edge.i + 1
        if head.i > last and after:
            return last + 2, head.right_edge.i + 1
        if head.i < first and before:
            return head.left_edge.i, first - 1
        return None

    def _experiencer(self, used_cues: set[int]) -> list[_Found]:
        """Feelings caused by something: "the remark angered Republicans" and "Republicans were
        angered by the remark" are the Republicans' stance on the remark (the one who feels speaks
        for PolNeAR); "the vote was upset" or "the storm troubled the crops" name no one who feels."""
        results: list[_Found] = []
        for verb in self.doc:
            if (
                verb.pos_ != "VERB"
                or verb.lemma_.lower() not in EXPERIENCER_VERBS
                or verb.i in used_cues
                or self._in_quote(verb)
            ):
                continue
            active = [c for c in verb.children if c.dep_ == "nsubj"]
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
            passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
            agents = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            if active and objects:
                feeler, cause = objects[0], active[0]
            elif passive and agents:
                feeler, cause = passive[0], agents[0]
            else:
                continue
            if not _personal(feeler) or feeler.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT"}:
                continue
            if cause.lower_ == "it" or self._in_quote(feeler) or _is_negative(feeler):
                continue
            start, end = self._char_bounds(*_subtree_bounds(cause))
            if end <= start:
                continue
            used_cues.add(verb.i)
            content = Span.of(self.text, start, end)
            results.append(_Found("stance", self._mention(feeler), self._cue_span(verb), content))
        return results

    def _prepositional(self, used_cues: set[int]) -> list[_Found]:
        """Stances whose object comes with a preposition: "voted against the bill", "spoke about
        the border", "Trump's support for the wall", "criticism of the plan by the governor"."""
        results: list[_Found] = []
        for token in self.doc:
            if token.i in used_cues or self._in_quote(token):
                continue
            lemma = cue_lemma(token)
            if token.pos_ == "VERB" and lemma in PREPOSITIONAL_STANCE_VERBS:
                subject = _cue_subject(token)
                if not self._speaker_ok(token, subject):
                    continue
                assert subject is not None
                speaker = self._mention(subject)
                allowed = PREPOSITIONAL_STANCE_VERBS[lemma]
            elif token.pos_ == "NOUN" and lemma in PREPOSITIONAL_STANCE_NOUNS and not _armed_attack(token):
                owner = next((c for c in token.children if c.dep_ == "poss"), None)
                if owner is None:
                    # "criticism of the plan by the governor", "support from Republicans"
                    agent = next(
                        (p for p in token.children if p.dep_ == "prep" and p.lower_ in {"by", "from"}), None
                    )
                    owner = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
                if owner is None:
                    # "Republican criticism of", "GOP support for": a named group modifying the noun
                    owner = next(
                        (
                            c
                            for c in token.children
                            if c.dep_ in {"compound", "amod"}
                            and c.ent_type_ in {"NORP", "ORG", "GPE", "PERSON"}
                        ),
                        None,
                    )
                if owner is None:
                    continue
                speaker = self._mention(owner)
                allowed = frozenset({"for", "of", "on", "about", "against", "to", "over"})
                clause = _noun_that_clause(token)
                if clause is not None and token.lemma_.lower() in CLAIM_NOUNS | PREPOSITIONAL_STANCE_NOUNS:
                    # "Trump's claim that there were thousands of shootings": what the claim says.
                    start, end = self._char_bounds(clause.left_edge.i, clause.right_edge.i + 1)
                    if end > start:
                        used_cues.add(token.i)
                        cue = Span.of(self.text, token.idx, token.idx + len(token.text))
                        results.append(_Found("indirect", speaker, cue, Span.of(self.text, start, end)))
                    continue
            else:
                continue
            prep = next((p for p in token.children if p.dep_ == "prep" and p.lower_ in allowed), None)
            favoring = prep is None and token.pos_ == "VERB" and lemma in IN_FAVOR_VERBS
            if favoring:
                prep = _in_favor_of(token)  # "voted in favor of the bill": the "of" names it
            target = _prep_object(prep) if prep is not None else None
            infinitive = next(
                (
                    c
                    for c in token.children
                    if c.dep_ in {"acl", "relcl"}
                    and c.i > token.i
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                ),
                None,
            )
            if token.pos_ == "NOUN" and prep is None and infinitive is not None:
                # "the mayor's refusal to release the records", "her promise not to run": what was
                # refused or promised, with its "to" as PolNeAR marks it.
                start, end = self._char_bounds(infinitive.left_edge.i, infinitive.right_edge.i + 1)
                if end > start:
                    used_cues.add(token.i)
                    cue = Span.of(self.text, token.idx, token.idx + len(token.text))
                    results.append(_Found("stance", speaker, cue, Span.of(self.text, start, end)))
                continue
            if prep is None and lemma in INFINITIVE_STANCE_VERBS and token.pos_ == "VERB":
                # "voted to repeal the law", "pushed the party to reject the deal": the course urged or
                # chosen, with whoever is pushed to it.
                pushed = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
                course = next(
                    (
                        c
                        for c in token.children
                        if c.i > token.i
                        and any(a.lower_ == "to" for a in c.children)
                        # the parser may take "pushed the party to reject" for a purpose clause
                        and (
                            c.dep_ == "xcomp"
                            or (
                                c.dep_ == "advcl" and any(o.right_edge.i + 1 == c.left_edge.i for o in pushed)
                            )
                        )
                    ),
                    None,
                )
                if course is not None:
                    first = min([course.left_edge.i, *(p.left_edge.i for p in pushed if p.i < course.i)])
                    start, end = self._char_bounds(first, course.right_edge.i + 1)
                    if end > start:
                        used_cues.add(token.i)
                        cue = Span.of(self.text, token.idx, token.idx + len(token.text))
                        results.append(_Found("stance", speaker, cue, Span.of(self.text, start, end)))
                continue
            if prep is None or target is None or target.ent_type_ in {"DATE", "TIME"}:
                continue  # "spoke on Monday" says when, not about what
            start, end = self._char_bounds(target.left_edge.i, target.right_edge.i + 1)
            if end <= start:
                continue
            cue_end = prep if prep.i == token.i + 1 or (favoring and prep.i - token.i <= 4) else token
            cue = Span.of(self.text, token.idx, cue_end.idx + len(cue_end.text))
            used_cues.add(token.i)
            results.append(_Found("stance", speaker, cue, Span.of(self.text, start, end)))
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
            source_end = _apposition_end(source.right_edge) or source.right_edge.i
            content = self._framed(token.sent, token.i, source_end, min_words=2)
            if content is None:
                continue
            if _splits_its_clause(token.sent, token.i, source.right_edge.i):
                # "The militants, according to witnesses, opened fire": the whole clause is what
                # the witnesses say (as with "X, he said, is Y").
                content = Span.of(self.text, *self._char_bounds(token.sent.start, token.sent.end))
            cue = Span.of(self.text, token.idx, to.idx + len(to.text))
            results.append(_Found("according_to", self._mention(source), cue, content))
        return results

    def _framed(self, sentence: SpacySpan, first: int, last: int, *, min_words: int) -> Span | None:
        """What a framing phrase from token ``first`` to ``last`` frames ("according to X", "in X's
        view", "in a poll"): the longer rest of its sentence, if it has ``min_words`` words."""
        start, end = self._char_bounds(*_longer_side(sentence, first, last))
        if len(self.text[start:end].split()) < min_words:
            return None
        return Span.of(self.text, start, end)

    def _in_view(self) -> list[_Found]:
        """'In Ash's view, the change would help insiders', 'it is a failure, in their view': an
        owned view framing its clause, like "according to". The owner speaks; the cue is the
        noun with its possessive ending, as PolNeAR marks it; the content is the rest of the
        sentence on the longer side of the phrase."""
        results: list[_Found] = []
        for noun in self.doc:
            if noun.lemma_.lower() not in {"view", "opinion", "estimation"} or noun.dep_ != "pobj":
                continue
            if noun.head.lower_ != "in" or self._in_quote(noun):
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in {"its"}), None)
            if owner is None or owner.pos_ not in {"PRON", "PROPN", "NOUN"}:
                continue
            marker = next((c for c in owner.children if c.dep_ == "case" and c.i == noun.i - 1), None)
            phrase = noun.head
            content = self._framed(noun.sent, phrase.left_edge.i, phrase.right_edge.i, min_words=3)
            if content is None:
                continue
            first = marker if marker is not None else noun
            cue = Span.of(self.text, first.idx, noun.idx + len(noun.text))
            results.append(_Found("according_to", self._mention(owner), cue, content))
        return results

    def _to_whom(self) -> list[_Found]:
        """'To Lee, the vote marked a turning point', 'To many, he is a provocateur': a person or
        people to whom the clause after the comma seems true hold the view it states; "To" is the
        cue, as PolNeAR marks it. Not a purpose ("To win, they need ...") nor a thing ("To date,")."""
        results: list[_Found] = []
        doc = self.doc
        for prep in doc:
            if prep.lower_ != "to" or prep.dep_ != "prep" or self._in_quote(prep):
                continue
            opening = doc[prep.sent.start : prep.i]
            if any(t.dep_ not in {"cc", "punct"} for t in opening):
                continue
            holder = next((c for c in prep.children if c.dep_ == "pobj"), None)
            last = prep.right_edge.i
            if holder is None or last + 1 >= len(doc) or doc[last + 1].text != ",":
                continue
            # (people named by a pronoun: "To them, …"; "To many, …" is agentive)
            people = holder.lower_ in OBJECT_PRONOUNS - {"you"}
            if not (people or (_agentive(holder) and holder.ent_type_ != "ORG")):
                continue
            content = self._framed(prep.sent, prep.i, last, min_words=3)
            if content is None:
                continue
            cue = Span.of(self.text, prep.idx, prep.idx + len(prep.text))
            results.append(_Found("according_to", self._mention(holder), cue, content))
        return results

    def _in_hope(self) -> list[_Found]:
        """'barnstorming the state in hopes of upsetting his rival', 'sent the case back in the hope
        that the sides could settle': what the subject of the verb hopes for, "in (the) hope(s) (of)"
        the cue, as PolNeAR marks it."""
        results: list[_Found] = []
        for hope in self.doc:
            if hope.lemma_.lower() != "hope" or hope.dep_ != "pobj" or self._in_quote(hope):
                continue
            prep = hope.head
            verb = prep.head
            while verb.dep_ == "advmod" and verb.head.i != verb.i:
                verb = verb.head  # "sent the case back in the hope": the parser hangs it on "back"
            if prep.lower_ != "in" or verb.pos_ not in {"VERB", "AUX"} or prep.i < verb.i:
                continue
            subject = _cue_subject(verb)
            if not self._speaker_ok(verb, subject):
                continue
            assert subject is not None
            of = next((c for c in hope.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            wish = _prep_object(of) if of is not None else None
            clause = _noun_that_clause(hope)
            target = wish if wish is not None and wish.pos_ in {"VERB", "NOUN", "PROPN"} else clause
            if target is None:
                continue
            start, end = self._char_bounds(*_subtree_bounds(target))
            if len(self.text[start:end].split()) < 2:
                continue
            last = of if of is not None and target is wish else hope
            cue = Span.of(self.text, prep.idx, last.idx + len(last.text))
            kind: AttributionKind = "indirect" if target is clause else "stance"
            results.append(_Found(kind, self._mention(subject), cue, Span.of(self.text, start, end)))
        return results

    def _in_poll(self) -> list[_Found]:
        """'In a poll released Monday, 52 percent backed the plan': a poll opening the clause it frames
        speaks for it, "in" the cue, as PolNeAR marks it. (Mid-clause, "she rose in the polls" is
        mostly left unmarked there.)"""
        results: list[_Found] = []
        for noun in self.doc:
            if noun.lemma_.lower() not in POLL_NOUNS or noun.dep_ != "pobj" or self._in_quote(noun):
                continue
            prep = noun.head
            last = prep.right_edge.i  # "In a poll last month, ...": the parser may hang the date on "in"
            # (a fronted phrase on the sentence's root noun: "In one survey, 71 percent of them ...")
            if prep.lower_ != "in":
                continue
            fronted = prep.i < prep.head.i and (prep.head.pos_ in {"VERB", "AUX"} or prep.head.dep_ == "ROOT")
            if fronted and last + 1 < len(self.doc) and self.doc[last + 1].text == ",":
                if _is_cue(prep.head) and any(
                    c.dep_ == "nsubj" and c.ent_type_ in {"PERSON", "ORG"} for c in prep.head.children
                ):
                    continue  # "In a poll of 800 voters, Acme Research found that ...": the pollster speaks
                content = self._framed(noun.sent, prep.i, last, min_words=3)
            else:
                content = self._measured_in_poll(noun)
            if content is None:
                continue
            cue = Span.of(self.text, prep.idx, prep.idx + len(prep.text))
            results.append(_Found("according_to", self._mention(noun), cue, content))
        return results

    def _records_show(self) -> list[_Found]:
        """'The firm paid $5,000 to the PAC, campaign finance records show.': a plural noun of record
        before "show" makes the small tagger read a noun ("records show" as "a records show"), so no
        verb reports the clause. Only set off by a comma or after "as" and closing its clause, where
        "show" can be nothing but the verb."""
        results: list[_Found] = []
        doc = self.doc
        for show in doc:
            if show.lower_ != "show" or show.i == 0 or self._in_quote(show):
                continue
            if show.pos_ in {"VERB", "AUX"} and any(c.dep_ in SUBJECT_DEPS for c in show.children):
                continue  # read as the verb it is, with its subject: a plain report
            record = doc[show.i - 1]
            if record.tag_ != "NNS" or record.lemma_.lower() not in SHOWING_NOUNS:
                continue
            sentence = show.sent
            after = show.i + 1
            if after >= sentence.end or doc[after].text not in {",", ".", ")", ";"}:
                continue
            # The source: the noun phrase ending in the record noun ("Federal Election Commission records").
            first = record.i
            while first - 1 > sentence.start and doc[first - 1].dep_ in RECORD_MODIFIER_DEPS:
                first -= 1
            before = doc[first - 1] if first > sentence.start else None
            if before is None or before.text not in {",", "as"}:
                continue
            if before.lower_ == "as":
                # "(as the results show, X may not be out of reach)": what follows, up to a closing bracket
                end = next((t.i for t in doc[after : sentence.end] if t.text in {")", ";"}), sentence.end)
                content = self._framed(doc[after:end], after, after, min_words=3)
            elif doc[after].text == ",":
                content = self._framed(sentence, first - 1, after, min_words=3)
            else:
                start, end = self._char_bounds(sentence.start, first - 1)
                content = Span.of(self.text, start, end) if len(self.text[start:end].split()) >= 3 else None
            if content is None:
                continue
            cue = Span.of(self.text, show.idx, show.idx + len(show.text))
            results.append(_Found("indirect", doc[first : record.i + 1], cue, content))
        return results

    def _measured_in_poll(self, noun: Token) -> Span | None:
        """'Marta Diaz led by nine points in the Harlow poll': one poll (no "the polls") measuring the
        clause it ends; the content runs from the clause's subject up to "in"."""
        prep = noun.head
        verb = prep.head
        if noun.tag_ not in {"NN", "NNP"} or noun.lemma_.lower() == "polling":
            return None
        if prep.i < verb.i or verb.pos_ not in {"VERB", "AUX"} or _is_cue(verb):
            return None
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.i > prep.i:
            return None
        start, end = self._char_bounds(subject.left_edge.i, prep.i)
        if len(self.text[start:end].split()) < 3:
            return None
        return Span.of(self.text, start, end)

    def _signed_quote(self, start: int, end: int, used_quotes: set[Quote]) -> list[_Found]:
        """'"Mr. Trump embodies the lasting legacy of racism …" ― Sonya Herridge': a paragraph that is
        a quotation signed with a dash and a name (reader and vox-pop lists)."""
        match = SIGNED_QUOTE.search(self.text, start, end)
        if match is None or self.text[start] not in QUOTE_CHARS:
            return []
        name_end = match.end("name")
        last_word = self.text[match.start("name") : name_end].split()[-1].rstrip(".")
        if self.text[name_end - 1] == "." and len(last_word) > 2 and last_word not in NAME_SUFFIXES:
            name_end -= 1  # "― Carla Sanchez.": the paragraph's full stop, not an abbreviation's
        name = self.doc.char_span(match.start("name"), name_end, alignment_mode="contract")
        if name is None or not (any(t.ent_type_ == "PERSON" for t in name) or _looks_like_a_name(name)):
            return []
        quote = self._quote_at(start)
        if quote is not None:
            if quote in used_quotes:
                return []
            used_quotes.add(quote)
        content_start, content_end = start, match.start()
        while content_start < content_end and (
            self.text[content_start] in QUOTE_CHARS or self.text[content_start].isspace()
        ):
            content_start += 1
        while content_end > content_start and (
            self.text[content_end - 1] in QUOTE_CHARS or self.text[content_end - 1].isspace()
        ):
            content_end -= 1
        if len(self.text[content_start:content_end].split()) < 3:
            return []
        cue = Span.of(self.text, match.start("cue"), match.end("cue"))
        return [_Found("direct", name, cue, Span.of(self.text, content_start, content_end))]

    def _speaker_lines(self, used_quotes: set[Quote]) -> list[_Found]:
        """Paragraphs that open with their speaker: transcripts ('PENCE: Well, look, ...') and
        vox-pop lists ('Carla Sanchez ― "Trump must stop ..."'). The colon or dash is the cue."""
        results: list[_Found] = []
        lines: list[tuple[int, int]] = []
        for block_start, block_end in self.body:  # a list may come one entry per line, not per paragraph
            position = block_start
            for line in self.text[block_start:block_end].split("\n"):
                if line.strip():
                    lines.append((position, position + len(line)))
                position += len(line) + 1
        for start, end in lines:
            match = SPEAKER_LINE.match(self.text, start, end)
            if match is None:
                results += self._signed_quote(start, end, used_quotes)
                continue
            name_start, name_end = match.span("name")
            name = self.doc.char_span(name_start, name_end, alignment_mode="contract")
            if name is None or len(name) == 0:
                continue
            if name.text.upper() in EDITORIAL_LABELS:
                continue  # "CLARIFICATION: ...", "UPDATE: ...": the outlet's own notes
            capitals = name.text.replace(".", "").replace(" ", "").isupper()
            if not capitals and not any(t.ent_type_ == "PERSON" for t in name):
                continue  # "Note: ...", "Update — ...": only a name or a transcript label speaks
            cue = Span.of(self.text, match.start("cue"), match.end("cue"))
            if match.group("cue") != ":" and self.text[match.end()] not in '"“':
                continue  # a dash speaks only when a quotation follows it
            if match.group("cue") == ":":
                content_start = match.end()
                content_end = end
                while content_end > content_start and self.text[content_end - 1] in ' "”\n':
                    content_end -= 1
                if content_end - content_start < 2:
                    continue
                said = self.text[content_start:content_end]
                if not any(ch.isalpha() for ch in said):
                    continue  # "Ann Lee: 1,204.": a row of a table (a tally, a score), no words
                if not capitals and len(said.split()) < 4 and not said.endswith("?"):
                    continue  # "Lee: A long shot.": a subhead over what follows on a name, not a line
                content = Span.of(self.text, content_start, content_end)
            else:
                quote = self._quote_at(match.end())
                if quote is None or quote in used_quotes:
                    continue
                used_quotes.add(quote)
                content = quote.inner(self.text)
            results.append(_Found("direct", name, cue, content))
        return results

    def _colon_quotes(self, used_quotes: set[Quote]) -> list[_Found]:
        """'Pollsters agree - Dana Ruiz: "…"', 'The dip does not surprise analyst Ken Obi: "…"': a
        quotation opened right after a colon, no cue verb claiming it, is the words of the name or
        noun phrase that ends before the colon; the colon is the cue."""
        results: list[_Found] = []
        for quote in self.quotes:
            colon_at = self._colon_before(quote, across_lines=False)
            if quote in used_quotes or colon_at is None:
                continue
            colon = self.doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
            if colon is None or colon[0].i == 0:
                continue
            last = self.doc[colon[0].i - 1]
            if last.text == ")":  # "Rep. Ann Dole (R-Ky.):"
                window = self.doc[max(0, last.i - 8) : last.i]
                opening = next((t for t in reversed(window) if t.text == "("), None)
                last = self.doc[opening.i - 1] if opening is not None and opening.i > 0 else last
            head = last
            while head.dep_ == "conj" and head.head.i < head.i:  # "Ann Dole and Raj Obi:"
                head = head.head
            speaks = _agentive(last) or last.lemma_.lower() in DOCUMENT_NOUNS
            if last.pos_ not in {"PROPN", "NOUN"} or not speaks:
                continue
            first = head.left_edge.i
            for token in self.doc[first : head.i]:
                if token.text in {"-", "—", "–", ":"}:
                    first = token.i + 1  # "Pollsters agree - Dana Ruiz:": the name after the dash
            while first < head.i and (self.doc[first].is_punct or self.doc[first].is_space):
                first += 1
            content = quote.inner(self.text)
            if len(content.text.split()) < 3:
                continue
            used_quotes.add(quote)
            speaker = self.doc[first : colon[0].i]
            results.append(_Found("direct", speaker, Span.of(self.text, colon_at, colon_at + 1), content))
        return results

    def _colon_paragraphs(self, used_cues: set[int], found: list[_Found]) -> list[_Found]:
        """'The governor added:' closing a paragraph, the words in the next one (quoted or set as a
        block): the next paragraph is what the speaker said."""
        results: list[_Found] = []
        for (start, end), (next_start, next_end) in itertools.pairwise(self.body):
            if not self.text[start:end].rstrip().endswith(":"):
                continue
            colon_at = self.text.rstrip().rfind(":", start, end)
            colon = self.doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
            if colon is None:
                continue
            root = colon[0].sent.root
            if not _is_cue(root) or root.i in used_cues or self._in_quote(root):
                continue
            subject = _cue_subject(root)
            # (a report made within that paragraph, "She knows nothing", is part of what is said)
            speech = [
                f
                for f in found + results
                if f.kind in {"direct", "indirect", "according_to"}
                and not (f.cue is not None and next_start <= f.cue.start < next_end)
            ]
            if not self._speaker_ok(root, subject) or any(
                f.content.start < next_end and next_start < f.content.end for f in speech
            ):
                continue  # that paragraph is someone's words already
            assert subject is not None
            content_start, content_end = next_start, next_end
            while content_start < content_end and self.text[content_start] in QUOTE_CHARS + " ":
                content_start += 1
            while content_end > content_start and self.text[content_end - 1] in QUOTE_CHARS + " \n":
                content_end -= 1
            if len(self.text[content_start:content_end].split()) < 3:
                continue
            used_cues.add(root.i)
            content = Span.of(self.text, content_start, content_end)
            results.append(_Found("direct", self._mention(subject), self._cue_span(root), content))
        return results

    def _headline(self, found: list[_Found]) -> list[_Found]:
        """'SPEAKER: content' headlines (other headline forms are found like any sentence)."""
        if not self.headline:
            unmarked = self._unmarked_headline(found)
            if unmarked:
                return unmarked
            lead = self._lead_line()
            return self._title_case_headline(found, *lead) if lead else []
        h_start, h_end = self.headline
        label = HEADLINE_LABEL.match(self.text, h_start, h_end)
        if label is not None:
            h_start = label.end()  # "The Latest: Sanders declares ...": the rest is the headline
        match = re.match(r"^([^:\n]{2,60}?):\s+(\S.*)$", self.text[h_start:h_end])
        if (
            not match
            or len(match.group(1).split()) > 6
            or any(c.isdigit() for c in match.group(1))
            or self._clause_before_colon(h_start, h_start + len(match.group(1)))
        ):
            return self._title_case_headline(found, h_start, h_end)
        speaker = self._colon_speaker(h_start, h_start + len(match.group(1)))
        if speaker is None:
            return []
        content = Span.of(self.text, h_start + match.start(2), h_end)
        colon = h_start + len(match.group(1))
        return [_Found("headline", speaker, Span.of(self.text, colon, colon + 1), content)]

    def _colon_speaker(self, start: int, colon: int) -> SpacySpan | None:
        """The speaker of a 'SPEAKER: words' headline: the words before the colon, without a label
        before a dash ("EXCLUSIVE – Ann Cole") or the addressee or topic after "to"/"on" ("Cole to
        voters", "Cole on the budget")."""
        dash = re.match(r"[A-Z]+\s+[–—-]\s+", self.text[start:colon])
        if dash is not None:
            start += dash.end()
        addressee = re.search(r"\s(?:to|on|To|On)\s", self.text[start:colon])
        if addressee is not None and addressee.start() > 0:
            colon = start + addressee.start()
        return self.doc.char_span(start, colon, alignment_mode="contract")

    def _clause_before_colon(self, start: int, colon: int) -> bool:
        """'Bill is back: ...', 'On Taxes, Voters Have A Point: ...': words before a headline's colon
        that make a clause or a phrase set off by a comma, not a speaker's name."""
        words = self.doc.char_span(start, colon, alignment_mode="contract")
        if words is None:
            return False
        return any(t.text == "," for t in words) or any(
            t.tag_ in FINITE_VERB_TAGS and t.pos_ in {"VERB", "AUX"} for t in words
        )

    def _lead_line(self) -> tuple[int, int] | None:
        """A first paragraph of one short line before the body, not set as a headline (it ends in a
        full stop and is not in title case: "Mayor slams council over budget."), read as one: its
        clipped style ("Clinton blasts Trump") defeats the parser as a title-case headline does."""
        if len(self.body) < 2:
            return None
        start, end = self.body[0]
        line = self.text[start:end]
        if "\n" in line.strip() or len(line.split()) > LEAD_LINE_MAX_WORDS:
            return None
        return start, end

    def _unmarked_headline(self, found: list[_Found]) -> list[_Found]:
        """'City council at hearing: Budget plan fails the poor.': a first line the cleaner kept as a
        paragraph (a finished sentence, lower-case words) that reads as a 'SPEAKER: words' headline."""
        if not self.body or self.body[0][0] != 0:
            return []
        start, end = self.body[0]
        label = HEADLINE_LABEL.match(self.text, start, end)
        if label is not None:
            start = label.end()  # "The Latest: 3 towns vote first": a running label, not a speaker
        line = self.text[start:end]
        match = re.match(r"^([A-Z][^:\n\"“‘']{1,60}?):\s+(\S.*)$", line)
        if not match or len(line.split()) > LEAD_LINE_MAX_WORDS or len(match.group(1).split()) > 6:
            return []
        colon = start + len(match.group(1))
        if any(f.cue is not None and start <= f.cue.start < colon for f in found):
            return []  # "Comic heckles fans: ...": the line has a cue verb of its own
        if self._clause_before_colon(start, colon):
            return []
        reports = [f.cue.start for f in found if f.cue is not None and f.kind in {"direct", "indirect"}]
        if any(start <= at < end and self._quote_at(at) is None for at in reports):
            return []  # "Friends again: Cruz endorses Trump, who says he is honored": a report, no speaker
        speaker = self._colon_speaker(start, colon)
        if speaker is None:
            return []
        content = Span.of(self.text, start + match.start(2), end)
        return [_Found("headline", speaker, Span.of(self.text, colon, colon + 1), content)]

    def _title_case_headline(self, found: list[_Found], h_start: int, h_end: int) -> list[_Found]:
        """'Conservative Icon Morton Blackwell Endorses Ted Cruz.': the model tags a title-case verb as
        a name, or takes a clipped headline's verb for a noun, so the cue is the first word whose
        form is a cue verb in the third person ("Endorses", "blasts") or, after a plural, in the
        base form ("Lawmakers Rip"), with names before it and words after it."""
        read = [f.cue.start for f in found if f.cue is not None and h_start <= f.content.start < h_end]
        window = self.doc.char_span(h_start, h_end, alignment_mode="contract")
        if window is None or len(window) < 3:
            return []
        label = HEADLINE_LABEL.match(self.text, h_start, h_end)
        if label is not None:
            window = self.doc.char_span(label.end(), h_end, alignment_mode="contract")
            if window is None or len(window) < 3:
                return []
        for token in window[1:]:
            if any(start <= token.idx for start in read):
                return []  # the parser already read this headline up to here
            if token.doc[token.i - 1].tag_ == "POS":
                continue  # "Cole's Attacks On ...": a word after a possessive is a noun
            verb = _headline_verb(token, window)
            if verb is None:
                continue
            cue_end = verb[1]
            cue = Span.of(self.text, token.idx, cue_end.idx + len(cue_end.text))
            if any(cue.start <= start < cue.end for start in read):
                return []  # the parser read this verb group already ("Is Now Calling")
            words = [t for t in window if t.i < token.i]
            # "Smith Just Revealed His Pick – It May Surprise You": what the verb governs ends at a
            # dash, a semicolon or the end of the headline's first sentence.
            stop = next(
                (t.i for t in window if t.i > cue_end.i and _ends_headline_clause(t, window)), window.end
            )
            after = [
                t for t in window if cue_end.i < t.i < stop and not (t.is_punct and t.text not in QUOTE_CHARS)
            ]
            inverted = self._inverted_headline(words, after, cue)
            if inverted is not None:
                return [inverted]
            before = self._headline_subject(words)
            # "Lawmaker urges retaliation": in a lower-case headline the model reads "urges" as a
            # plural noun; the words before it must then be a noun phrase of their own.
            named = (
                all(t.text[:1].isupper() or t.tag_ == "POS" for t in before)
                if token.text[:1].isupper()
                # (a plural right before the verb may be tagged a verb: "skywriters blast")
                else all(
                    t.pos_ in HEADLINE_SUBJECT_POS or (t.i == token.i - 1 and t.tag_ == "VBZ") for t in before
                )
            )
            if not before or not after or not named:
                return []
            if any(t.pos_ in {"ADP", "SCONJ"} and t.lower_ != "of" for t in before):
                return []  # "Party Boosts Spending In Swing States": the verb was further back
            if not any(t.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} or t.ent_type_ for t in before):
                return []  # "Ready to back X, Y works ...": no noun to speak
            # "Smith Finally Endorses Jones": the adverb before the verb belongs to the cue.
            while len(before) > 1 and before[-1].i == token.i - 1 and before[-1].pos_ == "ADV":
                token = before.pop()
            cue = Span.of(self.text, token.idx, cue_end.idx + len(cue_end.text))
            speaker = self.doc[before[0].i : before[-1].i + 1]
            # "Ally Backs Smith And Denounces Jones": two verbs of one subject, two attributions.
            for i, word in enumerate(after[1:-2], start=1):
                second = _headline_verb(after[i + 1], window) if word.lower_ == "and" else None
                if second is not None and second[1].i < after[-1].i:
                    return [
                        _Found("headline", speaker, cue, self._words_span(after[:i])),
                        _Found(
                            "headline",
                            speaker,
                            self._words_span([second[0], second[1]]),
                            self._words_span([t for t in after if t.i > second[1].i]),
                        ),
                    ]
            return [_Found("headline", speaker, cue, self._words_span(after))]
        return []

    def _words_span(self, words: list[Token]) -> Span:
        """The text from the first of the words to the end of the last."""
        return Span.of(self.text, words[0].idx, words[-1].idx + len(words[-1].text))

    def _inverted_headline(self, words: list[Token], after: list[Token], cue: Span) -> _Found | None:
        """'Budget will pass, mayor says.': a headline's words, a comma, then the speaker and a verb
        of saying at the end (with at most an addressee after it)."""
        if after and not ("tell" in _verb_bases(cue.text.lower()) and len(after) <= 3):
            return None
        if words and _opens_adverbial(words[0]):
            return None
        commas = [i for i, t in enumerate(words) if t.text == ","]
        if not commas or commas[-1] < 2 or commas[-1] == len(words) - 1:
            return None
        said = [t for t in words[: commas[-1]] if not (t.is_punct and t.text not in QUOTE_CHARS + "’'")]
        speaker = [t for t in words[commas[-1] + 1 :] if not t.is_punct]
        if len(said) < 3 or not speaker or len(speaker) > 5:
            return None
        return _Found("headline", self.doc[speaker[0].i : speaker[-1].i + 1], cue, self._words_span(said))

    @staticmethod
    def _headline_subject(words: list[Token]) -> list[Token]:
        """The subject among a headline's words before its verb: after an opening adverbial set off
        by a comma ("In a two-front war, Cole targets"), before an aside ("Cole, on tour, rips")."""
        # (an opening participle too: "Touring The North, Okafor Blasts Rival")
        opening = _opens_adverbial(words[0]) or words[0].tag_ == "VBG"
        if any(t.text == "," for t in words):
            commas = [i for i, t in enumerate(words) if t.text == ","]
            if opening:
                words = words[commas[-1] + 1 :]
            elif commas[0] > 0:
                words = words[: commas[0]]
        elif words and words[0].lower_ in {"why", "how"}:
            words = words[1:]  # "Why Voters Back Smith": the question word is no part of the subject
        else:
            # "Right After This Senator Endorsed Smith": the subject of the clause the cue is in.
            lead = next((i for i, t in enumerate(words[:2]) if t.pos_ in {"ADP", "SCONJ"}), None)
            if lead is not None and (lead == 0 or words[0].pos_ == "ADV"):
                words = words[lead + 1 :]
        return [t for t in words if not t.is_punct]

    def _continued_quotes(self, found: list[_Found], used_quotes: set[Quote]) -> list[_Found]:
        """A full-sentence quote with no cue, right after a direct quote, goes on with its speaker and cue."""
        results: list[_Found] = []
        direct = sorted((f for f in found if f.kind == "direct"), key=lambda f: f.content.start)
        for quote in self.quotes:
            if quote in used_quotes:
                continue
            inner = quote.inner(self.text)
            words = inner.text.split()
            # A whole sentence in quotes ("I want to assure our community.") is speech, however short.
            sentence = (
                len(words) >= 3
                and inner.text[:1].isupper()
                and inner.text.rstrip("'’").endswith((".", "!", "?"))
            )
            # A quote region overlapping words already attributed (a transcript's unclosed marks,
            # '"PENCE: …' paragraph after paragraph) is no continuation of anyone's quote.
            overlapping = any(
                f.cue is not None
                and f.cue.text in SPEAKER_LINE_CUES
                and f.content.start < inner.end
                and inner.start < f.content.end
                for f in found
            )
            if overlapping or any(f.content.contains(inner) for f in found):
                continue
            resumed = self._resumed_after_cue(quote, direct)
            if resumed is not None:
                # '"It is over," Petrenko said, "and we won."': the same sentence of the same speaker,
                # however short.
                used_quotes.add(quote)
                results.append(_Found("direct", resumed.speaker, resumed.cue, inner, continues=resumed))
                continue
            if len(words) <= MAX_SCARE_QUOTE_WORDS and not sentence:
                continue
            paragraph = self._paragraph_of(quote.open)
            previous = [
                f
                for f in direct + results
                if f.content.end <= quote.open and paragraph - self._paragraph_of(f.content.start) <= 1
            ]
            if not previous:
                continue
            used_quotes.add(quote)
            before = max(previous, key=lambda f: f.content.end)
            results.append(_Found("direct", before.speaker, before.cue, inner, continues=before))
        return results

    def _resumed_after_cue(self, quote: Quote, direct: list[_Found]) -> _Found | None:
        """The direct quote whose cue and speaker stand right before this quote, set off by a comma
        ('"A," she said, "B."', '"A," said Ames, 58, "B."'): the quote resumes after its tag."""
        for f in direct:
            if f.cue is None or f.speaker is None or f.content.end > f.cue.start:
                continue
            tag_end = max(f.cue.end, f.speaker.end_char)
            if not f.content.end <= tag_end <= quote.open:
                continue
            gap = self.text[tag_end : quote.open]
            aside = not any(c in gap for c in '.!?;:\n"“”') and len(gap.split()) <= 4
            if aside and gap.rstrip().endswith(","):
                return f
        return None

    def _scare_quotes(self, found: list[_Found], used_quotes: set[Quote]) -> list[_Found]:
        results: list[_Found] = []
        for quote in self.quotes:
            if quote in used_quotes:
                continue
            inner = quote.inner(self.text)
            if not inner.text or len(inner.text.split()) > MAX_SCARE_QUOTE_WORDS:
                continue
            if any(f.content.contains(inner) and f.kind != "stance" for f in found):
                continue  # a partial quote inside reported content: the speaker's own words
            results.append(_Found("scare_quote", None, None, inner))
        return results

    # ---- speakers ------------------------------------------------------------------------------------
    def resolve(self, found: list[_Found]) -> None:
        """Give each speaker an entity id, in text order (salience needs it); headlines last."""

        def position(f: _Found) -> int:
            return f.speaker.start_char if f.speaker is not None else f.content.start

        in_headline = [f for f in found if f.speaker is not None and self._in_headline(f.speaker.start_char)]
        quoted_first_person: list[tuple[_Found, _Found]] = []
        for f in sorted(found, key=position):
            if f.speaker is None or f.continues is not None or f in in_headline:
                continue
            outer = self._quoting(f, found)
            if outer is not None:
                quoted_first_person.append((f, outer))  # resolved with its quotation's speaker below
                continue
            if f.kind == "stance":
                # Taking a position is not speaking: a later "the statement" is not the stance-taker's.
                saved = (
                    [(e, k, set(lemmas)) for e, k, lemmas in self.salience.speakers],
                    list(self.salience.events),
                )
                f.entity = self._resolve_mention(f.speaker)
                self.salience.speakers, self.salience.events = saved
            else:
                f.entity = self._resolve_mention(f.speaker)
            self._resolved.append(f)
        for f in in_headline:
            assert f.speaker is not None
            f.entity = self._resolve_headline_speaker(f.speaker)
        for f in found:
            if f.continues is not None:
                f.entity = f.continues.entity
        for f, outer in quoted_first_person:
            assert f.speaker is not None
            f.entity = outer.entity
            if outer.entity is not None:
                self.entities.add_mention(
                    outer.entity, Span.of(self.text, f.speaker.start_char, f.speaker.end_char)
                )

    @staticmethod
    def _quoting(f: _Found, found: list[_Found]) -> _Found | None:
        """The direct quotation an "I" speaker stands in: '"… I cannot believe …" ― Jacklyn Ashley'
        (its speaker may be named only after it)."""
        if f.speaker is None or f.speaker.text.lower() not in {"i", "me", "my"}:
            return None
        start = f.speaker.start_char
        outer = [
            o for o in found if o.kind == "direct" and o is not f and o.content.start <= start < o.content.end
        ]
        return min(outer, key=lambda o: o.content.end - o.content.start) if outer else None

    def _class_of(self, head: Token) -> str:
        lemma = head.lemma_.lower()
        if lemma in ARMED_GROUP_NOUNS:
            return "armed"
        if lemma in GOVERNMENT_NOUNS:
            return "gov"
        if lemma in ORGANISATION_NOUNS:
            return "org"
        if lemma in DOCUMENT_NOUNS:
            return "document"
        if lemma in COLLECTIVE_PERSON_NOUNS and head.tag_ in {"NNS", "NNPS"}:
            return "collective"
        if lemma in PERSON_ROLE_NOUNS and head.tag_ in {"NNS", "NNPS"}:
            # "Her aides said she …": several people are a group, never the "she" who follows.
            return "collective"
        if lemma in PERSON_ROLE_NOUNS:
            return "person"
        return "other"

    def _note(self, entity: str, klass: str | None = None, lemma: str | None = None) -> str:
        klass = klass or ENTITY_CLASSES.get(self.entities.get(entity).type, "other")
        self.salience.note(entity, klass, lemma, self._current_paragraph)
        return entity

    def _resolve_mention(self, mention: SpacySpan) -> str:
        head = mention.root
        if (
            head.tag_ in {"WP", "WDT"}
            and head.head.dep_ == "relcl"
            and head.head.head.pos_ in {"NOUN", "PROPN"}
        ):
            # "cities that support the rules", "Clinton, who said ...": the relative pronoun is the
            # mention PolNeAR marks; the speaker is the noun it stands for ("Fatima, a mother of
            # three who asked …": the named one that noun describes).
            noun = head.head.head
            named = self.entities.entity_at(noun.head) if noun.dep_ == "appos" else None
            if named is not None and self.entities.get(named).type == "PERSON":
                self.entities.add_mention(named, Span.of(self.text, mention.start_char, mention.end_char))
                return self._note(named)
            return self._resolve_mention(self._mention(noun))
        self._current_paragraph = self._paragraph_of(mention.start_char)
        span = Span.of(self.text, mention.start_char, mention.end_char)
        entity = self.entities.entity_at(head)
        if entity is not None:
            self.entities.add_mention(entity, span)
            self._note(entity)
            # "security firm Ambrey", "Ambrey, a British security firm,": later "the firm".
            described = [c for c in head.children if c.dep_ in {"compound", "appos"}]
            if head.dep_ == "appos":
                described.append(head.head)
            if self.entities.get(entity).type in {"ORG", "GOV", "ARMED_GROUP"}:
                for noun in described:
                    if (
                        noun.pos_ == "NOUN"
                        and self.entities.entity_at(noun) is None
                        and self._class_of(noun) in INSTITUTION_CLASSES
                    ):
                        self._note(entity, lemma=noun.lemma_.lower())
            return entity
        lower = head.lower_
        if lower in PRONOUNS and head.pos_ == "PRON":
            return self._resolve_pronoun(head, span)
        if lower in SOME_OF_THEM and not any(c.dep_ == "prep" for c in head.children):
            return self._others(head, span)
        group = self._share_of(head)
        if group is not None:
            # "31 percent of Republicans", "Half of the residents": a share of a group speaks.
            return self._note(self.entities.new_entity("GROUP", group, span), "collective")
        klass = self._class_of(head)
        lemma = head.lemma_.lower()
        if klass == "person":
            # "The ministry's spokesperson" speaks for the ministry, "a police spokesman" for the police.
            owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)
            if owner is None and lemma in SPOKESPERSON_NOUNS:
                owner = next(
                    (
                        c
                        for c in head.children
                        if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} and c.ent_type_ != "PERSON"
                    ),
                    None,
                )
            if owner is not None:
                owner_entity = self._resolve_mention(self.doc[owner.left_edge.i : owner.i + 1])
                # ("Israel's prime minister" is a person in office, not Israel; its spokesman
                # speaks for it)
                office = self.entities.get(owner_entity).type == "GPE" and lemma not in SPOKESPERSON_NOUNS
                if self._salience_class(owner_entity) in INSTITUTION_CLASSES and not office:
                    self.entities.add_mention(owner_entity, span)
                    return self._note(owner_entity)
            # "a spokesman for the MNDAA" speaks for the MNDAA, as its spokesman would.
            body = self._spoken_for(head) if lemma in SPOKESPERSON_NOUNS else None
            if body is not None:
                self.entities.add_mention(body, span)
                return self._note(body)
        if klass == "document":
            return self._resolve_document(mention, head, span)
        antecedent = self._antecedent(mention, head, klass, lemma)
        if antecedent is not None:
            self.entities.add_mention(antecedent, span)
            self._maybe_rename(antecedent, mention, head)
            return self._note(antecedent, klass if klass != "other" else None, lemma)
        if head.pos_ == "PROPN" and klass == "other":
            klass = "org"  # (a proper noun of a known kind keeps it: "Ukraine's foreign ministry")
        return self._new_speaker(mention, head, klass)

    def _spoken_for(self, head: Token) -> str | None:
        """The named body a spokesperson is "for" ("a spokesman for the Red Cross"), or None."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"):
            for named in (t for t in prep.subtree if t.dep_ == "pobj"):
                entity = self.entities.entity_at(named)
                if entity is not None and self.entities.get(entity).type in INSTITUTION_TYPES:
                    return entity
        return None

    def _resolve_document(self, mention: SpacySpan, head: Token, span: Span) -> str:
        """'a UN report' is the UN's; 'the statement' is the last speaker's."""
        # "a statement from the Red Cross", "a report by the UN", "the report, published by Human
        # Rights Watch," are the Red Cross's, the UN's and Human Rights Watch's.
        by = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}]
        by += [
            a
            for c in head.children
            if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in c.children
            if a.dep_ == "agent"
        ]
        issuers = [t for prep in by for t in prep.subtree]
        inner = [self.entities.entity_at(t) for t in [*mention, *issuers] if t.i != head.i]
        for entity in inner:
            if entity and self.entities.get(entity).type in {"ORG", "GOV", "ARMED_GROUP", "PERSON", "GPE"}:
                self.entities.add_mention(entity, span)
                return self._note(entity)
        # "a statement from the miners' federation": an issuer no model named is still the issuer.
        for prep in by:
            issuer = _prep_object(prep)
            if issuer is not None and self._class_of(issuer) in {
                *INSTITUTION_CLASSES,
                "person",
                "collective",
            }:
                entity = self._resolve_mention(self._mention(issuer))
                self.entities.add_mention(entity, span)
                return entity
        definite = mention[0].lower_ in {"the", "this", "that", "their", "its", "his", "her"}
        antecedent = self.salience.most_recent(
            ["armed", "gov", "org", "person", "group", "collective", "other"]
        )
        if antecedent is not None and definite:
            self.entities.add_mention(antecedent, span)
            return antecedent
        if all(t.dep_ == "det" for t in mention if t.i != head.i):
            # "A statement said …" with no issuer anywhere: a source nobody named, not "Statement".
            return self._note(self.entities.new_entity("ORG", UNIDENTIFIED_SPEAKERS["other"], span), "other")
        return self._new_speaker(mention, head, "other")

    def _resolve_pronoun(self, head: Token, span: Span) -> str:
        kind = PRONOUNS[head.lower_]
        owner = _relative_clause_owner(head)
        if owner is not None:
            # "Both sides have been accused of war crimes, which they deny": the accused deny it.
            entity = self._resolve_mention(self._mention(owner))
            self.entities.add_mention(entity, span)
            return entity
        if kind in {"male", "female", "person"}:
            antecedent = self._recent_person(head.idx, kind)
            antecedent = self._reporter_of(antecedent, head, kind) or antecedent
        elif head.lower_ == "they" and (people := self._people_before(head)) is not None:
            return self._resolve_mention(self._mention(people))
        else:
            antecedent = self.salience.most_recent(["armed", "gov", "org", "group", "collective", "other"])
            antecedent = antecedent or self._recent_entity(
                head.idx, ["armed", "gov", "org", "group", "collective"]
            )
        if antecedent is None:
            # An entity still, so that the "he" of the next paragraph joins it; its name says it is
            # nobody we could identify, not "He" (which a corpus would add up across articles).
            klass = {"group": "collective", "thing": "other"}.get(kind, "person")
            entity = self.entities.new_entity(CLASS_TYPES[klass], UNIDENTIFIED_SPEAKERS[klass], span)
            return self._note(entity, klass, head.lower_)
        if kind in {"male", "female"}:
            self.genders.setdefault(antecedent, kind)
        self.entities.add_mention(antecedent, span)
        return self._note(antecedent)

    def _reporter_of(self, person: str | None, pronoun: Token, gender: str) -> str | None:
        """The person who last spoke, in this paragraph or the one before, when the person named
        last is named only inside what they said: in "Abdallah said troops had cleared the area
        around the Halfaya bridge. He did not say …" and 'Schumer called the vote "a gift to
        Vladimir Putin" … "History will judge this," he said', the pronoun goes on reporting."""
        if person is None:
            return None
        here = self._paragraph_of(pronoun.idx)
        recent = [
            f
            for f in self._resolved
            if f.entity is not None
            and f.content.end <= pronoun.idx
            and self._paragraph_of(f.content.start) >= here - 1
            and not any(
                g.content.start <= f.content.start < g.content.end for g in self._resolved if g is not f
            )
        ]  # (a report inside another's words is not who spoke: "A said B had ordered it")
        if not recent:
            return None
        reporter = recent[-1].entity
        assert reporter is not None
        if reporter == person or self.entities.get(reporter).type != "PERSON":
            return None
        known = self._gender(reporter)
        if gender in {"male", "female"} and known not in {None, gender}:
            return None
        named_last = max(m.start for m in self.entities.get(person).mentions if m.end <= pronoun.idx)
        said = [f.content for f in recent if f.entity == reporter]
        return reporter if any(c.start <= named_last < c.end for c in said) else None

    def _share_of(self, head: Token) -> str | None:
        """The name of a share of a group ("31 percent of Republicans"), or None."""
        if head.lemma_.lower() not in SHARE_WORDS:
            return None
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = _prep_object(of) if of is not None else None
        if group is None or group.pos_ not in {"NOUN", "PROPN"}:
            return None
        start = head.left_edge.i + (head.left_edge.dep_ == "det")
        name = self.doc[start : group.right_edge.i + 1].text
        return name[:1].upper() + name[1:]

    def _others(self, head: Token, span: Span) -> str:
        """ "Some residents said … Others said …", "One soldier said … Another said …": more people of
        the kind the last speaker was, never that speaker; named for the kind ("Other residents")."""
        here = self._paragraph_of(head.idx)
        kind = next(
            (
                f.speaker.root
                for f in reversed(self._resolved)
                if f.speaker is not None
                and f.speaker.root.pos_ == "NOUN"
                and f.speaker.end_char <= head.idx
                and self._paragraph_of(f.speaker.start_char) >= here - 1
            ),
            None,
        )
        plural = head.lower_ != "another"
        klass = "collective" if plural else "person"
        if kind is None or (kind.tag_ == "NNS") != plural:
            name = UNIDENTIFIED_SPEAKERS[klass]
        else:
            klass = self._class_of(kind)
            name = f"{SOME_OF_THEM[head.lower_]} {kind.text.lower()}"
        entity = self.entities.new_entity(CLASS_TYPES.get(klass, "ORG"), name, span)
        return self._note(entity, klass, kind.lemma_.lower() if kind is not None else None)

    def _people_before(self, pronoun: Token) -> Token | None:
        """The plural subject of the sentence just before, in the same paragraph, when it names
        people: "Ukrainian officials were more cautious. They said …" (they are the officials, not
        the last speaker)."""
        sentence = pronoun.sent
        if sentence.start == 0 or pronoun.i != sentence.start:
            return None
        before = self.doc[sentence.start - 1].sent
        if self._paragraph_of(before.start_char) != self._paragraph_of(pronoun.idx):
            return None
        subject = next((c for c in before.root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.tag_ not in {"NNS", "NNPS"}:
            return None
        lemma = subject.lemma_.lower()
        people = PERSON_ROLE_NOUNS | COLLECTIVE_PERSON_NOUNS | ARMED_GROUP_NOUNS
        return subject if lemma in people or subject.ent_type_ == "NORP" else None

    def _gender(self, entity: str) -> str | None:
        if entity in self.genders:
            return self.genders[entity]
        cluster = self.entities.get(entity)
        for mention in cluster.mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            before = {t.lower_.rstrip(".") for t in self.doc[max(0, span.start - 3) : span.start]}
            sentence = span.sent
            persons = {self.entities.entity_at(t) for t in sentence if t.ent_type_ == "PERSON"}
            after = [
                t.lower_ for t in self.doc[span.end : sentence.end] if t.pos_ == "PRON" or t.tag_ == "PRP$"
            ]
            # A title, or the only person in the sentence taking "her"/"his" after being named.
            if before & FEMALE_WORDS or (len(persons) == 1 and after and after[0] in FEMALE_WORDS):
                self.genders[entity] = "female"
                return "female"
            if before & MALE_WORDS or (len(persons) == 1 and after and after[0] in MALE_WORDS):
                self.genders[entity] = "male"
                return "male"
        return None

    def _recent_person(self, position: int, gender: str) -> str | None:
        """The person mentioned last before ``position`` whose gender does not clash with the pronoun."""

        def agrees(cluster: EntityCluster) -> bool:
            known = self._gender(cluster.id) if cluster.type == "PERSON" else None
            return cluster.type == "PERSON" and not (
                gender in {"male", "female"} and known not in {None, gender}
            )

        return self.entities.last_mentioned(position, agrees)

    def _salience_class(self, entity: str) -> str:
        for eid, klass, _ in self.salience.speakers:
            if eid == entity:
                return klass
        return ENTITY_CLASSES.get(self.entities.get(entity).type, "other")

    def _recent_entity(self, position: int, classes: list[str]) -> str | None:
        """The last named entity of these classes mentioned before ``position``."""
        return self.entities.last_mentioned(
            position, lambda c: ENTITY_CLASSES.get(c.type, "other") in classes
        )

    def _modifiers(self, mention: SpacySpan) -> set[str]:
        # (a demonym counts as its country: "Ukrainian troops" are "Ukraine's troops")
        return {
            (place_name_for(t.text) or t.text).lower().rstrip("s")
            for t in mention
            if t.ent_type_ in {"NORP", "GPE"} and t.dep_ in {"amod", "compound", "poss"}
        }

    def _antecedent(self, mention: SpacySpan, head: Token, klass: str, lemma: str) -> str | None:
        if klass in INSTITUTION_CLASSES:
            return self._institution_antecedent(mention, head, klass, lemma)
        if klass == "person":
            if mention[0].lower_ not in {"the", "this", "that"}:
                return None
            # "A UN peacekeeping official ... the official": the speaker already described so.
            for entity, other_class, lemmas in reversed(self.salience.speakers):
                if other_class == "person" and lemma in lemmas:
                    return entity
            for cluster in reversed(self.entities.clusters):
                if cluster.type == "PERSON" and self._has_role(cluster.id, lemma):
                    return cluster.id
            if self._modifiers(mention):
                return None  # "the Ukrainian minister" is not whoever spoke last
            for entity, other_class, lemmas in reversed(self.salience.speakers):
                if other_class != "person":
                    continue
                roles = lemmas & PERSON_ROLE_NOUNS
                if roles and lemma not in roles and lemma not in GENERIC_PERSON_ROLES:
                    # "the mayor" is not the governor who spoke before, nor "the president" the
                    # "White House official" ("the official" may be the governor)
                    continue
                return entity
            return None
        if klass == "collective":
            for entity, other_class, lemmas in reversed(self.salience.speakers):
                if other_class == "collective" and lemma in lemmas:
                    return entity
        return None

    def _institution_antecedent(self, mention: SpacySpan, head: Token, klass: str, lemma: str) -> str | None:
        if mention[0].lower_ in {"a", "an"}:
            return None  # "a local rights group said": one not named before
        # "The Emergency Lawyers group": a name of its own, which only a body so named can bear.
        proper = {
            t.lower_
            for t in mention
            if t.i < head.i and t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ == "compound"
        }
        if proper:
            return next(
                (e for e, _, _ in reversed(self.salience.speakers) if proper <= self.entities.name_words(e)),
                None,
            )
        mine = self._modifiers(mention)
        # The most present speaker of the same class ("the group": the organisation that spoke most,
        # most recently); a description used before for one speaker goes to it first.
        here = self._paragraph_of(mention.start_char)

        def named_so(entity: str) -> bool:  # "Sudan's foreign ministry" ... "the ministry"
            return lemma in self.entities.get(entity).name.lower().split()

        ordered = sorted(
            (
                e
                for e in self.salience.speakers
                if e[1] == klass
                or (e[1] in INSTITUTION_CLASSES and named_so(e[0]))
                or (lemma == "group" and e[1] == "armed" and not self.entities.state_military(e[0]))
            ),
            # ("the group" in conflict news is the armed group as much as a body with Group in its name)
            # (and of two such groups the one mentioned last: "The M23 … Its spokesman said the group")
            key=lambda e: (
                (tier := lemma in e[2] or named_so(e[0]) or (lemma == "group" and e[1] == "armed")),
                self._last_mention(e[0], head.idx) if lemma == "group" and tier else 0,
                self.salience.weight(e[0], here),
            ),
            reverse=True,
        )
        if klass == "org" and not ordered:
            # "Hezbollah fired rockets, the Israeli military said. The group said …": with no
            # organisation among the speakers, "the group" is the one just named, not the army.
            named = self._named_just_before(head, {"ORG", "ARMED_GROUP"})
            if named is not None:
                return named
        if klass == "org":
            ordered += [
                e for e in reversed(self.salience.speakers) if e[1] in INSTITUTION_CLASSES and e[1] != "org"
            ]
        described = self._named_in_apposition(head, lemma)
        if described is not None:
            # "the U.N. agency for Palestinian refugees, UNRWA, … the agency": the name given with it.
            return described
        if ordered and lemma not in ordered[0][2] and not self._name_ends_with(ordered[0][0], lemma):
            # "The MNDAA, one of three groups in the Three Brotherhood Alliance, said … The alliance
            # has said": the body whose name ends in the noun, not the army with it inside its name.
            headed = self.entities.last_mentioned(
                head.idx,
                lambda c: c.type in {"ORG", "GOV", "ARMED_GROUP"} and self._name_ends_with(c.id, lemma),
            )
            if headed is not None:
                return headed
        kinds = self._kind_words(mention, head)
        # "Unions at two mines" with no determiner: new bodies, unless so called before.
        bare_plural = head.tag_ == "NNS" and not any(t.dep_ in {"det", "poss"} for t in head.children)
        for entity, entity_class, lemmas in ordered:
            if entity_class == "armed" and self._other_side(entity, lemma):
                continue  # "The RSF said … The army denied the claim": the army is not the RSF
            same_kind = kinds <= self.entities.name_words(entity) and (lemma in lemmas or named_so(entity))
            if (kinds or bare_plural) and not same_kind:
                continue  # "the port authority" is not the regional administration that spoke
            theirs = {
                m
                for mn in self.entities.get(entity).mentions
                for m in self._modifiers(
                    self.doc.char_span(mn.start, mn.end, alignment_mode="expand") or mention
                )
            }
            if mine and theirs and not (mine & theirs):
                continue  # "Ukrainian troops" are not "Russian troops"
            if self._other_body(entity, lemma):
                continue  # "The junta … has denied": not the general staff that spoke before
            if self.entities.get(entity).type == "GPE" and (
                lemma not in GPE_DESCRIPTIONS  # "Israel has accused UNRWA …, a charge the agency denies"
                or self._specific(mention, head)  # "the Chinese foreign ministry" is a body of China
            ):
                continue
            return entity
        if mention[0].lower_ not in {"the", "this", "that", "its", "their"}:
            return None
        # "The ministry" after "the Ministry of Labour and Employment" / "Congo's defence ministry".
        named = self._named_with_head(head, lemma)
        if (
            named is not None
            and kinds <= self.entities.name_words(named)
            and not self._other_side(named, lemma)
        ):
            return named
        return self._earlier_description(head, lemma, klass, kinds)

    def _kind_words(self, mention: SpacySpan, head: Token) -> set[str]:
        """The words before an institution's head noun that say which one it is ("port" in "the port
        authority", "health" in "the health ministry", "miners" in "the miners' federation");
        nationalities and generic words do not."""
        return {
            t.lower_
            for t in mention
            if t.i < head.i
            and (t.dep_ in {"compound", "amod"} or (t.dep_ == "poss" and t.pos_ == "NOUN"))
            and t.pos_ in {"NOUN", "ADJ"}
            and not t.ent_type_
            and t.lower_ not in GENERIC_MODIFIERS
        }

    def _named_just_before(self, head: Token, types: set[str]) -> str | None:
        """The entity of these types named last, in this sentence or the one before, that has not
        spoken yet (a speaker of another kind is no "group")."""
        sentence = head.sent
        start = self.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
        speakers = {e for e, _, _ in self.salience.speakers}
        entity = self.entities.last_mentioned(head.idx, lambda c: c.type in types and c.id not in speakers)
        if entity is None:
            return None
        mentions = [m.start for m in self.entities.get(entity).mentions if m.start < head.idx]
        return entity if mentions and max(mentions) >= start else None

    def _specific(self, mention: SpacySpan, head: Token) -> bool:
        return any(t.dep_ in {"amod", "compound", "poss", "nmod"} and t.i < head.i for t in mention)

    def _other_side(self, entity: str, lemma: str) -> bool:
        """A state's army described as rebels, or an armed group that fights a state described as
        its army ("The Karen National Liberation Army said … The army denied")."""
        if self.entities.get(entity).type != "ARMED_GROUP":
            return False
        return (lemma in ARMY_WORDS and not self.entities.state_military(entity)) or (
            lemma in NON_STATE_ARMED_NOUNS and self.entities.state_military(entity)
        )

    def _named_in_apposition(self, head: Token, lemma: str) -> str | None:
        """The entity named beside an earlier noun of this kind, in this sentence or the one before:
        "the U.N. agency for Palestinian refugees, UNRWA," is what "the agency" then names."""
        sentence = head.sent
        start = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        for token in reversed(self.doc[start : head.i]):
            if token.lemma_.lower() != lemma or token.pos_ != "NOUN":
                continue
            # (the parser may hang the name on a noun of the phrase's own prepositional phrase)
            for named in self.doc[token.i + 1 : min(token.i + 9, head.i)]:
                if named.pos_ in {"VERB", "AUX"} or named.text in {";", ":", "."}:
                    break
                if named.dep_ == "appos" and self.doc[named.left_edge.i - 1].text == ",":
                    entity = self.entities.entity_at(named)
                    if entity is not None and self.entities.get(entity).type in {"ORG", "GOV", "ARMED_GROUP"}:
                        return entity
            return None
        return None

    def _other_body(self, entity: str, lemma: str) -> bool:
        """A body of one kind is never described as a body of another kind of the same state: "the
        junta" is not its general staff, "the ministry" not its police."""
        if lemma not in DISTINCT_BODY_NOUNS:
            return False
        own = self._name_head(entity)
        return own in DISTINCT_BODY_NOUNS and own != lemma

    def _last_mention(self, entity: str, before: int) -> int:
        return max((m.start for m in self.entities.get(entity).mentions if m.end <= before), default=-1)

    def _name_head(self, entity: str) -> str:
        """The last word of an entity's name, singular ("staff", "alliance"); "" for none."""
        words = self.entities.get(entity).name.lower().split()
        return words[-1].removesuffix("s") if words else ""

    def _name_ends_with(self, entity: str, lemma: str) -> bool:
        return self._name_head(entity) == lemma

    def _named_with_head(self, head: Token, lemma: str) -> str | None:
        return self.entities.last_mentioned(
            head.idx, lambda c: c.type in {"ORG", "GOV", "ARMED_GROUP"} and lemma in c.name.lower()
        )

    def _earlier_description(self, head: Token, lemma: str, klass: str, kinds: set[str]) -> str | None:
        for token in reversed(self.doc[: head.i]):
            if token.lemma_.lower() != lemma or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            described = self.doc[token.left_edge.i : token.i + 1]
            if len([t for t in described if t.dep_ != "det"]) < 2:
                continue
            if not kinds <= {t.lower_ for t in described}:
                continue  # "Gaza's health ministry" does not describe "the defence ministry"
            if any(t.dep_ == "nummod" or t.like_num for t in described):
                continue  # "40 rebels were killed … the rebels dispute": a count, not the side
            named = self.entities.entity_at(token)
            if named is not None and self._other_side(named, lemma):
                continue  # the "Army" in "the Karen National Liberation Army" is no state's army
            return self._new_speaker(described, token, klass)
        return None

    def _resolve_headline_speaker(self, mention: SpacySpan) -> str:
        """Headlines come first but are written last: match them to the body's speakers."""
        head = mention.root
        words = {t.lemma_.lower() for t in mention if t.is_alpha and not t.is_stop}
        lemma = head.lemma_.lower()
        best: tuple[tuple[bool, int], str] | None = None
        speakers = {e for e, _, _ in self.salience.speakers}
        for cluster in self.entities.clusters:
            if not any(m.start > mention.end_char for m in cluster.mentions):
                continue
            name_words = self.entities.name_words(cluster.id)
            # ("Sudan's army" in the headline is "Sudan's military" of the body)
            same_head = {lemma, lemma.rstrip("s")} | (ARMY_WORDS if lemma in ARMY_WORDS else set())
            if same_head & name_words or (words and words <= name_words):
                score = (cluster.id in speakers, len(words & name_words))
                if best is None or score > best[0]:
                    best = (score, cluster.id)
        if best is not None:
            self.entities.add_mention(best[1], Span.of(self.text, mention.start_char, mention.end_char))
            return best[1]
        klass = self._class_of(head)
        if klass in INSTITUTION_CLASSES:
            speaker = next((e for e, c, _ in self.salience.speakers if c == klass), None)
            if speaker is not None:
                self.entities.add_mention(speaker, Span.of(self.text, mention.start_char, mention.end_char))
                return speaker
        return self._resolve_mention(mention)

    def _has_role(self, entity: str, role: str) -> bool:
        """Whether a person is introduced with this role: "Foreign Minister X", "X, the foreign minister"."""
        before = re.compile(rf"\b{re.escape(role)}\b(?:\s+[\w.'’-]+){{0,4}},?\s+$", re.IGNORECASE)
        after = re.compile(
            rf"^,\s+(?:(?:the|a|an|its|his|her)\s+)?(?:[\w'’-]+\s+){{0,3}}{re.escape(role)}\b", re.I
        )
        for mention in self.entities.get(entity).mentions:
            if before.search(self.text[max(0, mention.start - 40) : mention.start]):
                return True
            if after.search(self.text[mention.end : mention.end + 60]):
                return True
        return False

    def _maybe_rename(self, entity: str, mention: SpacySpan, head: Token) -> None:
        cluster = self.entities.get(entity)
        if cluster.fixed_name is None:
            return
        name = self._nominal_name(mention, head)
        if self._in_headline(mention.start_char):
            return
        if cluster.fixed_name in UNIDENTIFIED_SPEAKERS.values() or len(name.split()) > len(
            cluster.fixed_name.split()
        ):
            cluster.fixed_name = name

    def _in_headline(self, position: int) -> bool:
        return self.headline is not None and self.headline[0] <= position < self.headline[1]

    def _nominal_name(self, mention: SpacySpan, head: Token) -> str:
        start = mention.start
        while start < head.i and (self.doc[start].dep_ == "det" or self.doc[start].is_punct):
            start += 1
        name = self.doc[start : head.i + 1].text or head.text
        owner = self._possessor(self.doc[start]) if start < head.i else None
        if owner is not None:
            # "Her aides" is named for whose aides they are: "Elena Vasquez's aides".
            return f"{self.entities.get(owner).name}'s {self.doc[start + 1 : head.i + 1].text}"
        return name[0].upper() + name[1:]

    def _possessor(self, token: Token) -> str | None:
        """The person a possessive "his"/"her" before a speaker description stands for."""
        kind = {"his": "male", "her": "female"}.get(token.lower_)
        if token.tag_ != "PRP$" or kind is None:
            return None
        return self._recent_person(token.idx, kind)

    def _new_speaker(self, mention: SpacySpan, head: Token, klass: str) -> str:
        span = Span.of(self.text, mention.start_char, mention.end_char)
        if klass == "armed" and head.lemma_.lower() in MEMBER_NOUNS:
            # "Houthi rebels", "Yemen's Houthi rebels", "Hamas fighters": the named group itself.
            for token in mention:
                named = (
                    self.entities.entity_at(token) if token.i < head.i and token.dep_ == "compound" else None
                )
                if named is not None and self.entities.get(named).type == "ARMED_GROUP":
                    self.entities.add_mention(named, span)
                    return self._note(named, klass, head.lemma_.lower())
        entity = self.entities.new_entity(
            CLASS_TYPES.get(klass, "ORG"), self._nominal_name(mention, head), span
        )
        return self._note(entity, klass, head.lemma_.lower())


_CONTRAST = re.compile(r",\s+(?:while|whereas|though|although|but)\s+$", re.IGNORECASE)


def _paragraph_index(paragraphs: list[tuple[int, int]], position: int) -> int:
    """Which paragraph a character offset is in (-1: none)."""
    return next((i for i, (start, end) in enumerate(paragraphs) if start <= position <= end), -1)


def _relative_clause_owner(pronoun: Token) -> Token | None:
    """The subject a relative clause's pronoun subject stands for: in "X have been accused of war
    crimes, which they deny" / "Y was charged with fraud, which he denies" the relative clause on
    the charge is said by the one charged (a plural pronoun needs a plural subject)."""
    relative = pronoun.head
    if (
        pronoun.dep_ != "nsubj"
        or relative.dep_ != "relcl"
        or pronoun.lower_ not in {"they", "he", "she", "it"}
    ):
        return None
    if not any(c.tag_ in {"WDT", "WP"} and c.dep_ in {"dobj", "nsubj"} for c in relative.children):
        return None
    governor = relative.head
    while governor.dep_ in {"pobj", "prep", "conj", "compound"}:
        governor = governor.head
    if governor.pos_ not in {"VERB", "AUX"} or cue_lemma(governor) not in CHARGING_CUES:
        return None
    subject = next(
        (c for c in governor.children if c.dep_ in {"nsubjpass", "dobj"} and c.i < relative.i), None
    )
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    if (pronoun.lower_ == "they") != (subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in {"both", "sides"}):
        return None
    return subject


def _reduced_passive(cue: Token, subject: Token) -> bool:
    """A headline's passive without its auxiliary: "Sudan's RSF accused of killing 100", "Mayor
    charged with fraud", "Army blamed for blast" (the parser reads the participle as a past tense)."""
    if cue_lemma(cue) not in CHARGING_CUES or cue.tag_ not in {"VBD", "VBN"}:
        return False
    if subject.i > cue.i or any(c.dep_ in {"aux", "auxpass", "dobj"} for c in cue.children):
        return False
    after = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    return after is not None and after.lower_ in {"of", "for", "with", "over"}


def _armed_attack(noun: Token) -> bool:
    """ "a Ukrainian drone attack on the city", "the attack killed two people": an attack with
    weapons, not words against someone."""
    if noun.lemma_.lower() not in {"attack", "assault", "strike", "threat"}:
        return False
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}}
    if modifiers & ARMED_ATTACK_MODIFIERS:
        return True
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in HARM_VERBS


def _across_semicolon(found: _Found, text: str) -> bool:
    """ "Moscow accused Kyiv of targeting civilians; Ukraine does not comment on strikes": a clause
    before a semicolon is never what the speaker after it reported (the parser may hang it there)."""
    if found.kind == "direct" or found.cue is None or found.content.end > found.cue.start:
        return False
    after = found.cue.start
    if found.speaker is not None and found.content.end <= found.speaker.start_char < after:
        after = found.speaker.start_char
    return ";" in text[found.content.end : after]


def _end_before_own_act(found: list[_Found], text: str) -> None:
    """ "Zelensky said Russia had launched 900 bombs, and renewed his appeal to allies": what the
    speaker did next, with that speaker's own cue, ends what was said before it."""
    for f in found:
        if f.kind == "direct" or f.speaker is None or f.cue is None or f.cue.start > f.content.start:
            continue
        for other in found:
            if other is f or other.speaker is None or other.cue is None:
                continue
            if not other.lifted or other.speaker.start_char != f.speaker.start_char:
                continue
            if not f.content.start < other.cue.start < f.content.end:
                continue
            joint = _JOINT.search(text, f.content.start, other.cue.start)
            if joint is not None and joint.end() == other.cue.start:
                f.content = Span.of(text, f.content.start, joint.start())


_JOINT = re.compile(r",?\s+and\s+(?:then\s+|also\s+|later\s+)?$")


def _end_before_contrast(found: list[_Found], text: str) -> None:
    """'Officials warned that the dam could collapse, while residents said they had no orders': the
    contrast is the writer's, so what the officials warned ends before it (the parser often hangs
    the contrasting clause inside the reported one)."""
    for f in found:
        if f.kind == "direct" or f.cue is None or f.cue.start > f.content.start:
            continue  # ("A, but B, they said": the cue after both says both)
        for other in found:
            if other is f or other.speaker is None or other.cue is None:
                continue
            # (the speaker's whole noun phrase: "while the Tigray People's Liberation Front said")
            starts = {
                other.speaker.start_char,
                other.speaker.root.left_edge.idx,
                other.speaker[0].left_edge.idx,
            }
            for start in sorted(starts):
                if not (f.content.start < start and other.cue.end <= f.content.end):
                    continue
                contrast = _CONTRAST.search(text, f.content.start, start)
                if contrast is not None and contrast.end() == start:
                    f.content = Span.of(text, f.content.start, contrast.start())
                    break


def _names_a_time(prep: Token) -> bool:
    """Whether a prepositional phrase names only a time ("on Sunday", "in March")."""
    nouns = [t for t in prep.subtree if t.pos_ in {"NOUN", "PROPN", "NUM"}]
    return bool(nouns) and all(t.ent_type_ in {"DATE", "TIME"} for t in nouns)


def _after_when_said(cue: Token, first: int) -> int:
    """Where a reported clause right after its cue starts past a date the parser hung on the clause
    ("said on Sunday it had retaken the bridge"): the day is when the words were said."""
    doc = cue.doc
    prep = doc[first]
    if first != cue.i + 1 or prep.dep_ != "prep" or prep.head.i <= prep.right_edge.i:
        return first
    if not _names_a_time(prep):
        return first
    after = prep.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    subject = next((c for c in prep.head.children if c.dep_ in SUBJECT_DEPS), None)
    return after if subject is not None and subject.left_edge.i == after else first


def _before_cue(span: Span, cue: Span, text: str) -> Span:
    """The part of a speaker span before the cue, when the span runs into it."""
    if not span.start < cue.start < span.end:
        return span
    end = cue.start
    while end > span.start and not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        end -= 1
    return Span.of(text, span.start, end) if end > span.start else span


def _phrase(mention: SpacySpan, text: str, cue: Span | None = None) -> Span:
    """The whole noun phrase a speaker mention stands in, titles and appositions included; never the
    clause that holds the cue ("cities [that support the rules]": the speaker is "cities")."""
    root = mention.root
    # "The ministry's spokesperson, Maria Zakharova"; not a word of an opening phrase the parser
    # hung the speaker on ("As part of his plea, John Roe, 44, said", "Friday, Texas, asked").
    opening = root.head.dep_ in {"pobj", "npadvmod"} and root.head.i < root.i and cue is not None
    if opening and cue is not None and not cue.text.lower().startswith("accord"):
        opening = any(t.text == "," for t in root.doc[root.head.i : root.left_edge.i])
    if root.dep_ == "appos" and opening:
        # "The U.N. agency for Palestinian refugees, UNRWA,": no opening phrase when the chain of
        # prepositions leads up to the subject, whose phrase it is (the parser hung the name on the
        # last noun).
        top = root.head
        while top.dep_ in {"pobj", "prep"} and top.head.i < top.i:
            top = top.head
        if top.dep_ in SUBJECT_DEPS and top.pos_ in {"NOUN", "PROPN"}:
            opening, root = False, top
    misparsed_answer = root.head.lemma_.lower() in ANSWERED_NOUNS and root.i == root.head.i + 1
    if root.dep_ == "appos" and not opening and not misparsed_answer:
        # (", an accusation Kigali has denied": the answerer is no apposition of the claim noun)
        root = root.head
    if root.pos_ not in {"NOUN", "PROPN", "PRON"} or root.i < mention.start - 8:
        return Span.of(text, mention.start_char, mention.end_char)
    holding_cue = [
        c
        for c in root.children
        if cue is not None
        and c.i > root.i
        and c.left_edge.idx <= cue.start < c.right_edge.idx + len(c.right_edge)
    ]
    # ", who emphasized that …", ", speaking to a veterans group": a clause of its own after a comma
    # is what the speaker did, not who the speaker is.
    asides = [
        c
        for c in root.children
        if c.i > root.i
        and c.dep_ in {"relcl", "acl", "advcl"}
        and (_is_cue(c) or c.tag_ == "VBG")
        and c.left_edge.i > 0
        and c.doc[c.left_edge.i - 1].text == ","
    ]
    # "Officials in Berlin on Monday rejected": the day they spoke is not who they are ("a poll
    # in February", "a study from 2011" keep theirs: that is which poll or study).
    when = [
        c
        for c in root.children
        if c.i > root.i and c.dep_ == "prep" and c.lower_ == "on" and _names_a_time(c)
    ]
    cut = min((c.left_edge.i for c in holding_cue + asides + when), default=len(mention.doc))
    tokens = [t for t in root.subtree if not t.is_space and t.i < cut]
    start, end = min(t.i for t in tokens), max(t.i for t in tokens)
    doc = mention.doc
    while end > start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    start, end = min(start, mention.start), max(end, mention.end - 1)
    # Never across a quotation mark or a colon: '…our military," Flynn, a top surrogate, said';
    # nor back across a dateline's dash ("RENO, Nev. (AP) — Republican hopeful Donald Trump").
    for i in range(mention.start - 1, start - 1, -1):
        if (
            doc[i].text in QUOTE_CHARS
            or doc[i].text in {":", "—", "–"}
            or (doc[i].text == "-" and doc[i].whitespace_)
        ):
            start = i + 1
            break
    for i in range(mention.end, end + 1):
        if doc[i].text in QUOTE_CHARS or doc[i].text == ":":
            end = i - 1
            break
    while end > start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    while start < mention.start and (doc[start].is_punct or doc[start].is_space):
        start += 1
    # PolNeAR keeps a closing parenthesis ("Sen. Lindsey Graham (R-S.C.)") and the comma that closes
    # an apposition ("Brian Fallon, the campaign's press secretary,").
    after = doc[end + 1] if end + 1 < len(doc) else None
    inside = doc[start : end + 1].text
    closes_bracket = after is not None and after.text == ")" and inside.count("(") > inside.count(")")
    closes_apposition = (
        after is not None and after.text == "," and any(t.dep_ == "appos" for t in doc[start : end + 1])
    )
    # "Sen. Jane Doe (D-Vt.)": the abbreviation's period stands before the closing parenthesis.
    abbreviation_closes = (
        after is not None
        and after.text == "."
        and end + 2 < len(doc)
        and doc[end + 2].text == ")"
        and inside.count("(") > inside.count(")")
    )
    if abbreviation_closes:
        end += 2
    elif closes_bracket or closes_apposition:
        end += 1
    return Span.of(text, doc[start].idx, doc[end].idx + len(doc[end].text))


def _splits_its_clause(sentence: SpacySpan, first: int, last: int) -> bool:
    """Whether a framing phrase from ``first`` to ``last``, set off by commas, stands between the
    subject before it and the verb after it ("The militants, according to witnesses, opened fire")."""
    doc = sentence.doc
    if first - 1 <= sentence.start or last + 1 >= sentence.end - 1:
        return False
    if doc[first - 1].text != "," or doc[last + 1].text != ",":
        return False
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    return root.i > last and subject is not None and sentence.start <= subject.i < first - 1


def _longer_side(sentence: SpacySpan, first: int, last: int) -> tuple[int, int]:
    """Token bounds of the longer part of the sentence before or after the framing phrase that runs
    from token ``first`` to ``last`` ("according to X", "in X's view"): what the phrase frames."""
    before = (sentence.start, first)
    after = (last + 1, sentence.end)
    return before if before[1] - before[0] >= after[1] - after[0] else after


def _looks_like_a_name(span: SpacySpan) -> bool:
    """'― Nell Carden Grey': under a signed quotation, two to four capitalised proper nouns are a
    person's name even where the small NER model misses it (it tags rare names as ORG or nothing)."""
    words = [t for t in span if not t.is_punct]
    return (
        2 <= len(words) <= 4
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
        and words[0].lower_ not in {"the", "a", "an"}
    )


def _aside_report(doc: Doc, attribution: Attribution) -> bool:
    """A plain report of speech ("said", "told", "asked") whose verb heads a clause of its own inside
    another's content, not the complement of a word there: a relative clause ("the plan, which he
    said would fail"), an adverbial or coordinated clause ("..., while others said Y"), a
    parenthetical. The writer reports it alongside the outer attribution, not as part of it."""
    if attribution.cue is None or attribution.speaker is None:
        return False
    span = doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
    if span is None:
        return False
    cue = span[0]
    lemma = cue_lemma(cue)
    # "amounting to what the senators said was gerrymandering", "what analysts described as a
    # tactic": a free relative naming its own speaker, whatever the parser hung it on. (Not a
    # label: "what he called a breach" is the outer speaker's words.)
    if lemma in PLAIN_SPEECH_CUES | {"describe"} and _free_relative_what(cue) is not None:
        return True
    return lemma in PLAIN_SPEECH_CUES and cue.dep_ not in {"ccomp", "xcomp", "pcomp", "csubj"}


def _transcript_line(doc: Doc, attribution: Attribution) -> bool:
    """'A: I think the bill is dead.': an interview's transcript line, its label and colon the cue.
    What the speaker reports in it ("I think") is told as plainly as in an article of their own, so
    it stands alone, not as part of the line (a quotation's inner reports stay inside it)."""
    cue, content = attribution.cue, attribution.content
    if cue is None or cue.text != ":" or attribution.kind != "direct":
        return False
    # ('"PENCE: Well, look, ..."': a transcript quoted whole is a quotation, its reports inside it)
    text = doc_text(doc)
    mention = attribution.speaker.mention if attribution.speaker is not None else None
    label = mention.start if mention is not None else cue.start
    line_start = text.rfind("\n", 0, label) + 1
    opening = text[line_start:label] + text[cue.end : content.start]
    return not any(mark in opening for mark in QUOTE_CHARS)


def _nest(attributions: list[Attribution], doc: Doc | None = None) -> list[Attribution]:
    """Link an attribution whose cue lies inside another's content to that outer attribution."""
    linked: list[Attribution] = []
    for a in attributions:
        parent = None
        aside = doc is not None and _aside_report(doc, a)
        if a.cue is not None:
            outers = [
                o
                for o in attributions
                if o is not a
                and o.content.contains(a.cue)
                and o.kind != "scare_quote"
                and not (doc is not None and _transcript_line(doc, o))
                # "according to" and a headline's colon frame all they hold as the source's words
                and not (aside and o.kind not in {"according_to", "headline"})
            ]
            if outers:
                parent = min(outers, key=lambda o: o.content.end - o.content.start).id
        linked.append(replace(a, parent=parent))
    return linked


def find_attributions(
    doc: Doc,
    entities: EntityTable,
    paragraphs: list[tuple[int, int]],
    headline: tuple[int, int] | None = None,
    dateline: tuple[int, int] | None = None,
) -> tuple[list[Attribution], list[Span]]:
    """Attributions of one article in text order, and the paragraphs whose quotes would not pair."""
    finder = AttributionFinder(doc, entities, paragraphs, headline, dateline)
    found = finder.find()
    finder.resolve(found)
    text = doc.text
    attributions: list[Attribution] = []
    for index, f in enumerate(found, start=1):
        cue_phrase = finder.cue_phrase(f.cue) if f.cue is not None and f.kind != "headline" else None
        speaker = None
        if f.speaker is not None:
            mention = Span.of(text, f.speaker.start_char, f.speaker.end_char)
            # A headline's or a transcript line's speaker is the name before the colon, nothing more.
            labelled = f.kind == "headline" or (f.cue is not None and f.cue.text in SPEAKER_LINE_CUES)
            phrase = mention if labelled else _phrase(f.speaker, text, f.cue)
            cue = cue_phrase or f.cue
            if cue is not None:
                # "Cole Says She Never ...": a title-case name run the model carried over the cue;
                # the speaker ends where the cue begins.
                mention, phrase = _before_cue(mention, cue, text), _before_cue(phrase, cue, text)
            speaker = Speaker(f.entity, mention, phrase)
        attributions.append(
            Attribution(
                f"a{index}", f.kind, speaker, f.cue, f.content, cue_phrase=cue_phrase or f.cue, about=f.about
            )
        )
    return _link_answers(_nest(attributions, doc), text, paragraphs), finder.unpaired


# "the charge", "these claims", "the reports of a strike": a content that only names a claim.
_NAMED_CLAIM = re.compile(
    r"(?:the|this|that|these|those|such)\s+(?:\w+\s+){0,2}?(?:" + "|".join(sorted(CLAIM_NOUNS)) + r")s?",
    re.IGNORECASE,
)


def _link_answers(
    attributions: list[Attribution], text: str, paragraphs: list[tuple[int, int]]
) -> list[Attribution]:
    """Point an attribution whose content only names a claim ("New Delhi denied the charge") at
    the report of that claim by another speaker just before it, in the same or the previous
    paragraph: what was denied is what that report says."""

    linked: list[Attribution] = []
    for a in attributions:
        answered = None
        if (
            a.speaker is not None
            and a.kind != "scare_quote"
            and _NAMED_CLAIM.fullmatch(a.content.text.strip())
        ):
            here = _paragraph_index(paragraphs, a.content.start)
            earlier = [
                b
                for b in attributions
                if b.kind in {"direct", "indirect", "according_to", "unsourced", "headline"}
                and b.content.end <= (a.cue or a.content).start
                and (b.speaker is None or b.speaker.entity != a.speaker.entity)
                and 0 <= here - _paragraph_index(paragraphs, b.content.start) <= 1
            ]
            if earlier:
                answered = max(earlier, key=lambda b: b.content.end).id
        linked.append(replace(a, answers=answered) if answered else a)
    return linked
