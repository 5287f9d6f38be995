"""Claims: each attribution's content as a claim of its speaker, and narration as the outlet's.

Modality follows the cue first (deny → denied, warn/vow → future, ask → question) and then the
content's own words (modals and "reportedly" hedge, "will" makes it future). A claim is never
reported as more certain than the text makes it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimgraph.analyse.lexicon import (
    ALL_CUES,
    CLAIM_NOUNS,
    FALSITY_WORDS,
    FUTURE_WORDS,
    HEDGE_WORDS,
    INTENTION_VERBS,
    UNSOURCED_CUES,
)
from claimgraph.analyse.nlp import doc_text
from claimgraph.model import OUTLET, Attribution, Claim, Modality, Quantity, Span


def _cue_modality(doc: Doc, cue: Span | None) -> Modality | None:
    if cue is None:
        return None
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None:
        return None
    lemma = span[0].lemma_.lower()
    negated = any(child.dep_ == "neg" for child in span[0].children)
    if negated and ALL_CUES.get(lemma) in {"denied"}:
        return "asserted"
    if negated:
        return "denied"
    # "might recall", "would vote for": the speaker's act itself is hedged or still to come.
    modals = {c.lower_ for c in span[0].children if c.dep_ == "aux" and c.tag_ == "MD"}
    if modals & {"will", "shall", "'ll", "wo"}:
        return "future"
    if modals & {"would", "could", "might", "may", "should"}:
        return "hedged"
    if lemma == "call":
        return _call_modality(span[0])
    if lemma == "ask" and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in span[0].children
    ):
        return "future"  # "asked that her name not be used": a request, not a question
    value = ALL_CUES.get(lemma)
    return value if value in {"denied", "future", "question", "hedged"} else None  # type: ignore[return-value]


_ALIAS_CUE = re.compile(r"(?:.*\s)?(?:known as|dubbed|nicknamed)", re.IGNORECASE)
# "the TTP", "Islamic State", "the Wagner Group": a name, every word capitalised after "the".
_PROPER_NAME = re.compile(r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*")


def _alias(attribution: Attribution) -> bool:
    """ "The Pakistani Taliban, known as the TTP": a name given on no one's word is no claim."""
    cue = attribution.cue
    return (
        attribution.kind == "unsourced"
        and cue is not None
        and _ALIAS_CUE.fullmatch(cue.text) is not None
        and _PROPER_NAME.fullmatch(attribution.content.text.strip()) is not None
    )


_OPEN_QUESTION = re.compile(r"(?:how|why|when|where|whether|if|who|whom|what|which)\b", re.IGNORECASE)


def _withheld(doc: Doc, attribution: Attribution) -> bool:
    """ "did not say how he was killed", "would not confirm whether": the speaker withheld an
    answer; an open question is no claim of theirs, denied or not."""
    cue = attribution.cue
    if cue is None or not _OPEN_QUESTION.match(attribution.content.text):
        return False
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "neg" for c in span[0].children)


def _call_modality(verb: Token) -> Modality | None:
    """ "called on X to …", "called for talks": a demand, future; "called the claim
    'disinformation'", "called it a lie": a verdict that what was said is false, a denial; any
    other "called X Y" is a label, whose modality the content's own words give."""
    demands = any(c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "for", "upon"} for c in verb.children)
    if demands or any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return "future"
    # (the parser may make the label the object and the claim its modifier: "the claim
    # 'disinformation'")
    after = [
        t for c in verb.children if c.dep_ in {"dobj", "oprd", "ccomp"} and c.i > verb.i for t in c.subtree
    ]
    said = any(t.lemma_.lower() in CLAIM_NOUNS or t.lower_ in {"it", "this", "that", "them"} for t in after)
    if said and any(t.lower_ in FALSITY_WORDS or t.lemma_.lower() in FALSITY_WORDS for t in after):
        return "denied"
    return None


# Words that say a source itself is not vouched for ("unconfirmed reports", "unverified accounts").
UNVERIFIED_WORDS = frozenset({"unverified", "unconfirmed", "unsubstantiated", "uncorroborated"})


def _unverified_source(attribution: Attribution) -> bool:
    speaker = attribution.speaker
    phrase = speaker.phrase or speaker.mention if speaker is not None else None
    return phrase is not None and bool(UNVERIFIED_WORDS & set(phrase.text.lower().split()))


def _unsourced_modality(doc: Doc, cue: Span | None) -> Modality:
    """'is expected to' → future, 'seemed to' / 'it was reported that' → hedged: no one vouches for it."""
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand") if cue is not None else None
    if span is None:
        return "hedged"
    value = UNSOURCED_CUES.get(span[0].lemma_.lower(), "hedged")
    return "hedged" if value == "asserted" else value  # type: ignore[return-value]


def content_modality(doc: Doc, content: Span, nested: tuple[Span, ...] = ()) -> Modality:
    """Modality from the content's own words, leaving out contents nested in it (they have their own)."""
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "asserted"
    tokens = [t for t in span if not any(n.start <= t.idx < n.end for n in nested)]
    one_sentence = not any(t.is_sent_start for t in span[1:] if not t.is_space)
    if content.text.rstrip("\"”»’' ").endswith("?") and one_sentence:
        return "question"
    # Modal hedges count only as modals ("may have died", not "since May").
    hedges = {
        t.lower_
        for t in tokens
        if t.lower_ in HEDGE_WORDS and (t.tag_ == "MD" or t.lower_ not in {"may", "might"})
    }
    # "could still pass" hedges; "could not double" states an inability.
    hedges |= {
        "could" for t in tokens if t.lower_ == "could" and not any(c.dep_ == "neg" for c in t.head.children)
    }
    if hedges:
        return "hedged"
    root = span.root
    root_aux = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
    # "would have raised" is a counterfactual past, not a future.
    future_aux = [
        a for a in root_aux if a.lower_ in FUTURE_WORDS and not any(b.lower_ == "have" for b in root_aux)
    ]
    if future_aux or root.lemma_.lower() in INTENTION_VERBS:
        return "future"
    return "asserted"


def build_claims(
    doc: Doc,
    attributions: list[Attribution],
    quantities: list[Quantity],
    paragraphs: list[tuple[int, int]],
    headline: tuple[int, int] | None,
) -> list[Claim]:
    claims: list[Claim] = []
    text = doc_text(doc)
    covered: list[tuple[int, int]] = []
    seen_cues: set[tuple[int, int]] = set()
    for attribution in attributions:
        # A quote that goes on after its cue shares the cue, but not the cue's mood ("asked").
        cue = attribution.cue
        shared_cue = cue is not None and (cue.start, cue.end) in seen_cues
        if cue is not None:
            seen_cues.add((cue.start, cue.end))
        if attribution.kind == "stance":
            # "X backs Y" states no proposition of X's: the sentence stays the outlet's narration.
            continue
        covered.append((attribution.content.start, attribution.content.end))
        if attribution.cue is not None:
            covered.append((attribution.cue.start, attribution.cue.end))
        if attribution.kind == "scare_quote" or _withheld(doc, attribution) or _alias(attribution):
            continue
        nested = tuple(
            other.content
            for other in attributions
            if other is not attribution
            and attribution.content.contains(other.content)
            and other.content != attribution.content
        )
        cue_modality = None if shared_cue else _cue_modality(doc, attribution.cue)
        if attribution.kind == "unsourced" and cue_modality in {None, "asserted"}:
            cue_modality = _unsourced_modality(doc, attribution.cue)
        modality = cue_modality or content_modality(doc, attribution.content, nested)
        if modality == "asserted" and _unverified_source(attribution):
            modality = "hedged"  # "according to unverified reports": no one vouches for it
        speaker = attribution.speaker.entity if attribution.speaker and attribution.speaker.entity else OUTLET
        claims.append(
            Claim(
                f"c{len(claims) + 1}",
                attribution.content,
                attribution.id,
                speaker,
                modality,
                about=attribution.about,
            )
        )
    blocks = ([headline] if headline else []) + paragraphs
    for sentence in doc.sents:
        start, end = sentence.start_char, sentence.end_char
        if not any(b_start <= start < b_end for b_start, b_end in blocks):
            continue
        if any(c_start < end and start < c_end for c_start, c_end in covered):
            continue
        stripped = text[start:end].strip()
        if len(re.findall(r"\w+", stripped)) < 4:
            continue
        start += len(text[start:end]) - len(text[start:end].lstrip())
        span = Span.of(text, start, start + len(stripped))
        claims.append(Claim(f"c{len(claims) + 1}", span, None, OUTLET, content_modality(doc, span)))
    claims.sort(key=lambda c: c.span.start)
    renumbered: list[Claim] = []
    for index, claim in enumerate(claims, start=1):
        inside = tuple(
            q for q in quantities if claim.span.start <= q.span.start and q.span.end <= claim.span.end
        )
        renumbered.append(
            Claim(
                f"c{index}",
                claim.span,
                claim.attribution,
                claim.asserted_by,
                claim.modality,
                inside,
                claim.about,
            )
        )
    return renumbered
