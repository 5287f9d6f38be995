"""Find the reported quantities in a parsed English document.

``iter_quantities(doc)`` yields one :class:`~claimgraph.model.Quantity` per counted amount, in text
order, with a span covering the whole phrase from qualifier to unit ("more than a thousand of its
soldiers").

Conventions (the fields of ``Quantity``):

``value``
    The number the text states. For a range it is the lower end; for a vague plural ("dozens",
    "hundreds of thousands") it is the smallest amount the phrase can mean, i.e. two of the unit
    (dozens -> 24, scores -> 40, hundreds -> 200, tens of thousands -> 20,000). So ``value`` never
    claims more than the source committed to.
``low`` / ``high``
    Bounds the *text* states, nothing inferred: both ends of a range; ``low`` for "more than" /
    "at least" and for vague plurals; ``high`` for "up to" / "less than" / "nearly". A plain
    number ("12 drones") or an "about" number has neither.
``qualifier``
    ``None`` or one of :data:`QUALIFIERS`: a hedge normalised to :data:`BOUND_QUALIFIERS` (see
    :data:`QUALIFIER_PHRASES` for what maps where), ``"between"`` for every range, or for a vague
    plural its leading word (:data:`VAGUE_QUALIFIERS`; "tens of thousands" -> ``"tens"``, "several
    hundred" -> ``"hundreds"``). An explicit hedge wins over the vague word.
``unit``
    The counted noun as written, lower-cased, with the noun compounds directly before it but not
    adjectives ("12 Russian air defence systems" -> ``"air defence systems"``); a partitive "of
    (its/the/...)" is looked through ("a thousand of its soldiers" -> ``"soldiers"``). Percentages
    are ``"percent"``; money is the ISO 4217 code (``"USD"``, ``"EUR"``, ...), whether written as a
    symbol ("$1.2 billion") or a word ("1.2bn dollars"). ``None`` when no noun is counted.

What is deliberately *not* a quantity: calendar dates and years, clock times, ordinals, ages,
identifiers, phone numbers and scores, numbers inside names ("Route 66", "Su-34", "Leopard 2"), the
pronoun "one" and "one of ...", proportions ("one in four"), relative time windows ("two years ago",
"the past 24 hours"), calibres ("155mm"). Kept: durations not anchored to the calendar ("sentenced
to 15 years"), measures glued to a noun ("a 72-hour ceasefire" -> 72 "hour"), "minus 10 degrees"
(value -10), and "100m" away (value 100, unit "m": "m" is million only for money or a counted noun,
as in "$3m" or "3m people"). "from 10 to 15" is two quantities, since it usually reports a change.

The detector is lexical first (a small number grammar over tokens, not spaCy's NER, which labels
ranges as DATE and misses some cardinals) and uses the dependency parse for the unit and to
decide whether an ambiguous word such as "over" or "about" is a hedge or a preposition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Final

from spacy.tokens import Doc, Token

from claimgraph.analyse.nlp import doc_text
from claimgraph.model import Quantity, Span

__all__ = [
    "BOUND_QUALIFIERS",
    "QUALIFIERS",
    "QUALIFIER_PHRASES",
    "VAGUE_QUALIFIERS",
    "iter_quantities",
    "parse_number_words",
]

# ---------------------------------------------------------------------------------------------------
# Closed vocabularies
# ---------------------------------------------------------------------------------------------------

#: Hedges a number can carry, after normalisation.
BOUND_QUALIFIERS: Final = frozenset({"more than", "at least", "about", "nearly", "up to", "less than"})

#: Leading words of vague plurals ("dozens of", "tens of thousands"); also used as the qualifier.
VAGUE_QUALIFIERS: Final = frozenset(
    {"dozens", "scores", "tens", "hundreds", "thousands", "millions", "billions"}
)

#: Every value ``Quantity.qualifier`` can take besides ``None``.
QUALIFIERS: Final = BOUND_QUALIFIERS | VAGUE_QUALIFIERS | {"between"}

#: Surface hedge (lower-case token sequence) -> normalised qualifier. Matched longest first and only
#: when the phrase ends right before the number (or its currency symbol).
QUALIFIER_PHRASES: Final[dict[tuple[str, ...], str]] = {
    ("more", "than"): "more than",
    ("greater", "than"): "more than",
    ("over",): "more than",
    ("just", "over"): "more than",
    ("well", "over"): "more than",
    ("above",): "more than",
    ("in", "excess", "of"): "more than",
    ("upwards", "of"): "more than",
    ("at", "least"): "at least",
    ("no", "fewer", "than"): "at least",
    ("no", "less", "than"): "at least",
    ("not", "less", "than"): "at least",
    ("a", "minimum", "of"): "at least",
    ("about",): "about",
    ("around",): "about",
    ("approximately",): "about",
    ("roughly",): "about",
    ("some",): "about",
    ("an", "estimated"): "about",
    ("estimated",): "about",
    ("circa",): "about",
    ("nearly",): "nearly",
    ("almost",): "nearly",
    ("close", "to"): "nearly",
    ("just", "under"): "nearly",
    ("up", "to"): "up to",
    ("as", "many", "as"): "up to",
    ("as", "much", "as"): "up to",
    ("at", "most"): "up to",
    ("no", "more", "than"): "up to",
    ("not", "more", "than"): "up to",
    ("a", "maximum", "of"): "up to",
    ("fewer", "than"): "less than",
    ("less", "than"): "less than",
    ("under",): "less than",
    ("below",): "less than",
}

_PHRASES_LONGEST_FIRST: Final = sorted(QUALIFIER_PHRASES, key=len, reverse=True)

# Single words that are also ordinary prepositions/determiners ("fought over two days", "some of");
# they count as a hedge only when the parser attaches them to the number as a modifier.
_AMBIGUOUS_HEDGES: Final = frozenset(
    {"over", "above", "about", "around", "some", "under", "below", "estimated"}
)
_HEDGE_DEPS: Final = frozenset({"quantmod", "advmod", "amod", "det", "nmod"})

_LOWER_BOUND: Final = frozenset({"more than", "at least"})
_UPPER_BOUND: Final = frozenset({"up to", "less than", "nearly"})

_UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
_TEENS: Final = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_SCALES: Final = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12,
}  # fmt: skip
_ABBREVIATED_SCALES: Final = frozenset({"k", "m", "mn", "mln", "bn", "bln", "tn"})
_NUMBER_WORDS: Final = frozenset(_UNITS) | frozenset(_TEENS) | frozenset(_TENS) | {"hundred", "dozen"}

# Vague plural -> the unit it multiplies; "tens" and "scores" need a following "of" to be numeric
# ("test scores", "tens" alone are not amounts).
_VAGUE: Final = {
    "dozens": 12.0, "scores": 20.0, "tens": 10.0, "hundreds": 100.0, "thousands": 1e3,
    "millions": 1e6, "billions": 1e9,
}  # fmt: skip
_VAGUE_NEED_OF: Final = frozenset({"scores", "tens"})
# "several hundred", "a few thousand": a vague plural in disguise.
_VAGUE_SINGULAR: Final = {
    "dozen": "dozens", "hundred": "hundreds", "thousand": "thousands", "million": "millions",
    "billion": "billions",
}  # fmt: skip

_DIGITS_RE: Final = re.compile(r"(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,6}|0)(?:\.\d+)?")
_SUFFIXED_RE: Final = re.compile(rf"({_DIGITS_RE.pattern})(bn|bln|mn|mln|tn|k|m)", re.IGNORECASE)
_RANGE_TOKEN_RE: Final = re.compile(rf"({_DIGITS_RE.pattern})[-–—]({_DIGITS_RE.pattern})")
_DASHES: Final = frozenset({"-", "–", "—"})

_CURRENCY_SYMBOLS: Final = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "₴": "UAH", "uah": "UAH", "₽": "RUB", "rub": "RUB", "¥": "JPY",
}  # fmt: skip
_CURRENCY_WORDS: Final = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "hryvnia": "UAH",
    "hryvnias": "UAH", "hryvnas": "UAH", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "usd": "USD", "eur": "EUR", "gbp": "GBP", "uah": "UAH", "rub": "RUB",
}  # fmt: skip
_PERCENT_WORDS: Final = frozenset({"%", "percent", "pct"})

_MONTHS: Final = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    }
)  # fmt: skip
_WEEKDAYS: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_TIME_UNITS: Final = frozenset(
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights",
        "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
    }
)  # fmt: skip
_CLOCK_WORDS: Final = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc"})
_AGE_WORDS: Final = frozenset({"aged", "age", "ages"})
_RELATIVE_TIME: Final = frozenset({"past", "last", "next", "previous", "coming", "first", "final"})
_ID_MARKERS: Final = frozenset({"no.", "no", "#", "nos.", "number", "num."})
_CALIBRES: Final = frozenset({"mm", "cm", "-mm", "calibre", "caliber"})
_PARTITIVE_DETS: Final = frozenset(
    {"the", "its", "their", "his", "her", "our", "your", "these", "those", "my", "whose"}
)
# NER labels for numbers; a number inside any other entity (PRODUCT, FAC, LAW...) is part of a name.
_NUMERIC_LABELS: Final = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"})
_NOT_ONE: Final = frozenset({"no", "the", "any", "every", "each", "this", "that", "which", "someone"})
# Dependencies a word between a number and its noun may have ("12 Russian air defence systems").
_MODIFIER_DEPS: Final = frozenset(
    {"amod", "compound", "nmod", "nummod", "advmod", "npadvmod", "punct", "hmod"}
)


# ---------------------------------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------------------------------


def parse_number_words(words: Sequence[str]) -> float | None:
    """Value of a number written in words, digits or both; ``None`` if the sequence is not one number.

    Accepts "twenty-five", "one hundred and twenty", "a thousand", "half a million", "two dozen",
    "3.5 million", "1,200", "12 thousand", "1.2bn". Rejects sequences that are two numbers
    ("two three", "12 15") or dangle ("a", "hundred and").
    """
    tokens: list[str] = []
    for word in words:
        lowered = word.lower()
        if lowered.endswith(".") and _scale_abbreviation(lowered):
            lowered = lowered.rstrip(".")
        suffixed = _SUFFIXED_RE.fullmatch(lowered)
        if suffixed:  # "1.2bn" is two words glued together
            tokens.extend((suffixed.group(1), suffixed.group(2)))
        elif "-" in lowered and lowered != "-":  # "twenty-five"
            tokens.extend(part for part in lowered.split("-") if part)
        else:
            tokens.append(lowered)
    if not tokens:
        return None

    total = 0.0
    current = 0.0
    last = "start"  # the class of the previous token: drives which token may come next
    last_scale = float("inf")
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token in ("a", "an"):
            # Only as the "one" in "a thousand"/"a dozen"/"half a million".
            if last not in ("start", "half") or following not in ({"hundred", "dozen"} | set(_SCALES)):
                return None
            current = 0.5 if last == "half" else 1.0
            last = "a"
        elif token == "half":
            if last != "start" or following not in ("a", "an"):
                return None
            last = "half"
        elif token == "and":
            # "one hundred and twenty": joins a hundred/scale to what is below a hundred.
            if last not in ("hundred", "scale") or following not in (
                _UNITS.keys() | _TEENS.keys() | _TENS.keys()
            ):
                return None
            last = "and"
        elif _DIGITS_RE.fullmatch(token):
            if last not in ("start",):
                return None
            current = float(token.replace(",", ""))
            last = "digits"
        elif token in _UNITS or token in _TEENS:
            value = _UNITS.get(token, _TEENS.get(token, 0))
            after_tens = last == "tens" and token in _UNITS and token != "zero"  # "twenty five"
            if after_tens or last in ("start", "and", "hundred", "scale"):
                current += value
            else:
                return None
            last = "unit" if token in _UNITS else "teen"
        elif token in _TENS:
            if last not in ("start", "and", "hundred", "scale"):
                return None
            current += _TENS[token]
            last = "tens"
        elif token == "hundred":
            # "hundred" needs a multiplier ("a", "two", "3"); alone it is not how amounts are written.
            if last not in ("a", "unit", "teen", "digits") or current >= 100:
                return None
            current = (current or 1.0) * 100
            last = "hundred"
        elif token == "dozen":
            if last not in ("a", "unit", "digits"):
                return None
            current = (current or 1.0) * 12
            last = "dozen"
        elif token in _SCALES:
            scale = _SCALES[token]
            if last in ("start", "and", "scale") or scale >= last_scale:
                return None
            if token in _ABBREVIATED_SCALES and last != "digits":  # "bn" only after digits
                return None
            total += (current or 1.0) * scale
            current = 0.0
            last_scale = scale
            last = "scale"
        else:
            return None
    if last in ("start", "a", "half", "and"):
        return None
    return total + current


# ---------------------------------------------------------------------------------------------------
# Token-level reading
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Number:
    """A number found in the doc: tokens ``start`` .. ``end - 1``."""

    start: int
    end: int
    value: float
    vague: str | None = None  # the vague plural's qualifier ("dozens"), if this is one
    scale: float | None = None  # the last scale word (for "2 to 3 million")


def _glued(left: Token, right: Token) -> bool:
    """True when no whitespace separates the two tokens ("twenty-five", "US$1.2bn")."""
    return not left.whitespace_ and left.i + 1 == right.i


def _is_digits(token: Token) -> bool:
    return bool(_DIGITS_RE.fullmatch(token.text) or _SUFFIXED_RE.fullmatch(token.text))


def _is_word_number(token: Token) -> bool:
    return token.lower_ in _NUMBER_WORDS or (
        token.lower_ in _SCALES and token.lower_ not in _ABBREVIATED_SCALES
    )


def _scale_abbreviation(text: str) -> bool:
    """ "bn", "m"; also "m." where the tokenizer kept a sentence-final full stop on it ("£300m.")."""
    return text.lower().rstrip(".") in _ABBREVIATED_SCALES


def _end_char(token: Token) -> int:
    """Where a span ending at ``token`` ends: not on the full stop of "£300m."."""
    if token.text.endswith(".") and _scale_abbreviation(token.text):
        return int(token.idx) + len(token.text) - 1
    return int(token.idx) + len(token.text)


def _candidate_tokens(doc: Doc, i: int) -> list[Token]:
    """The longest run from ``i`` that could belong to one written number; the grammar trims it."""
    run: list[Token] = []
    j = i
    while j < len(doc):
        token = doc[j]
        low = token.lower_
        if not run:
            ok = _is_digits(token) or _is_word_number(token) or low in ("a", "an", "half")
        elif low in _DASHES:
            # "twenty-five": a dash glued between two number words; "10-15" is a range, not a number.
            ok = (
                j + 1 < len(doc)
                and _glued(doc[j - 1], token)
                and _glued(token, doc[j + 1])
                and _is_word_number(doc[j - 1])
                and doc[j + 1].lower_ in _UNITS
            )
            if ok:
                j += 1  # the dash carries no value; keep it in the span only
                continue
        elif _scale_abbreviation(low):
            ok = _glued(doc[j - 1], token) and _is_digits(doc[j - 1])  # "€3m", "5 k" is not a scale
        else:
            ok = _is_word_number(token) or low in ("a", "an", "and")
        if not ok:
            break
        run.append(token)
        j += 1
    return run


def _read_vague(doc: Doc, i: int) -> _Number | None:
    """ "dozens", "tens of thousands", "several hundred", "a few thousand" starting at token ``i``."""
    token = doc[i]
    low = token.lower_
    if low in _VAGUE and token.pos_ in ("NOUN", "NUM", "PROPN"):
        has_of = i + 1 < len(doc) and doc[i + 1].lower_ == "of"
        if low in _VAGUE_NEED_OF and not has_of:
            return None
        base = _VAGUE[low]
        end = i + 1
        # "tens of thousands of", "hundreds of millions": the multiplier chains.
        while end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in _VAGUE:
            if _VAGUE[doc[end + 1].lower_] < 1e3:
                break
            base *= _VAGUE[doc[end + 1].lower_]
            end += 2
        if low == "tens" and end == i + 1:  # "tens of people" is too rare a usage to guess at
            return None
        return _Number(i, end, 2 * base, vague=low)
    # "several hundred", "a few thousand", "a few dozen"
    if low == "several" or (low == "a" and i + 1 < len(doc) and doc[i + 1].lower_ == "few"):
        k = i + 1 if low == "several" else i + 2
        if k < len(doc) and doc[k].lower_ in _VAGUE_SINGULAR:
            vague = _VAGUE_SINGULAR[doc[k].lower_]
            base = _VAGUE[vague]
            end = k + 1
            while end < len(doc) and doc[end].lower_ in ("thousand", "million", "billion"):
                base *= _SCALES[doc[end].lower_]
                end += 1
            return _Number(i, end, 2 * base, vague=vague)
    return None


def _read_number(doc: Doc, i: int) -> _Number | None:
    """The number (exact or vague) that starts at token ``i``, if any."""
    vague = _read_vague(doc, i)
    if vague is not None:
        return vague
    run = _candidate_tokens(doc, i)
    # The longest prefix that is one well-formed number.
    for size in range(len(run), 0, -1):
        words = [t.lower_ for t in run[:size]]
        if size < len(run) and run[size].lower_ != "and" and "and" in words:
            # "between a hundred and two hundred": "a hundred and two" parses, but the run goes on
            # with another number word, so the "and" joined two numbers; cut before it.
            size = len(words) - words[::-1].index("and") - 1
            words = words[:size]
        value = parse_number_words(words) if words else None
        if value is None:
            continue
        suffixed = _SUFFIXED_RE.fullmatch(words[-1])
        scale_word = suffixed.group(2) if suffixed else words[-1].rstrip(".")
        scale = 100.0 if scale_word == "hundred" else _SCALES.get(scale_word)
        return _Number(i, run[size - 1].i + 1, value, scale=scale)
    return None


# ---------------------------------------------------------------------------------------------------
# Context: what surrounds a number decides whether it is an amount and of what
# ---------------------------------------------------------------------------------------------------


def _currency_before(doc: Doc, start: int) -> int | None:
    """Index of a currency symbol/code right before the number ("$", "US$", "USD 5m")."""
    if start > 0 and doc[start - 1].lower_ in _CURRENCY_SYMBOLS:
        return start - 1
    return None


def _qualifier_before(doc: Doc, start: int, floor: int, number: _Number) -> tuple[int, str] | None:
    """The hedge that ends right before token ``start`` (and not before ``floor``).

    ``start`` is the first token of the amount: the number or the currency symbol before it.
    """
    for phrase in _PHRASES_LONGEST_FIRST:
        begin = start - len(phrase)
        if begin < floor:
            continue
        if tuple(t.lower_ for t in doc[begin:start]) != phrase:
            continue
        if len(phrase) == 1 and phrase[0] in _AMBIGUOUS_HEDGES:
            hedge = doc[begin]
            # Accept "over 1,000 people" but not "fought over 12 villages": the hedge must modify
            # the number (or, for "some"/"an estimated", the noun the number counts).
            attached = start <= hedge.head.i < number.end or hedge.head.i == _outer_head(doc, number)
            if hedge.dep_ not in _HEDGE_DEPS or not attached:
                continue
        return begin, QUALIFIER_PHRASES[phrase]
    return None


def _outer_head(doc: Doc, number: _Number) -> int | None:
    """Head (outside the number) of the number's tokens, e.g. the noun it counts."""
    for token in doc[number.start : number.end]:
        if not (number.start <= token.head.i < number.end):
            return int(token.head.i)
    return None


def _is_noun(token: Token) -> bool:
    # PROPN covers demonyms ("two Ukrainians") and headline case ("12 Drones"); "500 Russian ones"
    # names no unit of its own.
    if token.lower_ in ("one", "ones"):
        return False
    return (token.pos_ in ("NOUN", "PROPN") and token.text.isalpha()) or token.text == "%"


def _unit_text(doc: Doc, first: int, head: Token) -> tuple[str, int]:
    """Head noun plus the noun compounds directly before it (not before ``first``)."""
    begin = head.i
    k = head.i - 1
    while k >= first:
        token = doc[k]
        # Only plain-word compounds: "M777 howitzers" counts howitzers, like "Shahed drones".
        compound = token.dep_ == "compound" and token.pos_ == "NOUN" and token.text.isalpha()
        if not compound or not (k < token.head.i <= head.i):
            break
        # "1,000 155mm shells": a measurement glued to another number is a calibre, not a compound.
        if k - 1 >= first and doc[k - 1].pos_ == "NUM":
            break
        begin = k
        k -= 1
    return doc_text(doc)[doc[begin].idx : head.idx + len(head.text)].lower(), head.i


def _unit_after(doc: Doc, number: _Number, after: int) -> tuple[str | None, int | None, bool]:
    """The unit following the number whose last token is ``after - 1``.

    Returns ``(unit, last token index, is_partitive_one)``; the flag marks "one of the ..." which
    is a selection, not an amount.
    """
    n = len(doc)
    if after < n:
        low = doc[after].lower_
        if low in _PERCENT_WORDS:
            return "percent", after, False
        if low == "per" and after + 1 < n and doc[after + 1].lower_ == "cent":
            return "percent", after + 1, False
        if low in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[low], after, False
        if low in ("us", "u.s.") and after + 1 < n and doc[after + 1].lower_ in ("dollars", "dollar"):
            return "USD", after + 1, False
        if low == "pounds" and after + 1 < n and doc[after + 1].lower_ == "sterling":
            return "GBP", after + 1, False
        if low == "of":
            return _partitive_unit(doc, number, after)
        # "a 72-hour ceasefire", "a 40-mile convoy": the unit is glued on with a dash.
        if (
            low in _DASHES
            and after + 1 < n
            and _glued(doc[after - 1], doc[after])
            and _glued(doc[after], doc[after + 1])
            and doc[after + 1].pos_ == "NOUN"
            and doc[after + 1].text.isalpha()
        ):
            return doc[after + 1].lower_, after + 1, False

    head_i = _outer_head(doc, number)
    if head_i is not None and head_i >= after:
        head = doc[head_i]
        between = doc[after:head_i]
        if _is_noun(head) and all(
            t.dep_ in _MODIFIER_DEPS and t.pos_ not in ("AUX", "ADP", "CCONJ") and t.text != ","
            for t in between
        ):
            unit, last = _unit_text(doc, after, head)
            return unit, last, False
    # The parser sometimes leaves a plain "12 drones" unattached; a plural noun right after is enough.
    if after < n and doc[after].tag_ in ("NNS", "NNPS") and doc[after].text.isalpha():
        return doc[after].lower_, after, False
    return None, None, False


def _partitive_unit(doc: Doc, number: _Number, of: int) -> tuple[str | None, int | None, bool]:
    """ "a thousand of its soldiers", "dozens of civilians", "millions of dollars"."""
    is_one = number.end - number.start == 1 and doc[number.start].lower_ == "one"
    objects = [c.i for c in doc[of].children if c.dep_ == "pobj" and c.i > of]
    if objects:
        k = objects[0]
    else:  # unparsed: walk past determiners, adjectives and compounds to the noun
        k = of + 1
        while k < len(doc) and (doc[k].lower_ in _PARTITIVE_DETS or doc[k].pos_ in ("ADJ", "ADV")):
            k += 1
        while k + 1 < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].dep_ == "compound":
            k += 1
    if k >= len(doc) or not _is_noun(doc[k]):
        return None, None, is_one
    # "12 of 20 drones": a second number means the "of" is a ratio, not a partitive.
    if any(_is_digits(t) or t.like_num for t in doc[of + 1 : k]):
        return None, None, is_one
    head = doc[k]
    low = head.lower_
    if low in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[low], k, is_one
    unit, last = _unit_text(doc, of + 1, head)
    return unit, last, is_one


def _in_name(doc: Doc, number: _Number) -> bool:
    """True for the number in "Route 66", "Leopard 2 tanks", "Resolution 2231", "No. 5"."""
    first = doc[number.start]
    if first.ent_type_ and first.ent_type_ not in _NUMERIC_LABELS:
        return True
    if number.start == 0:
        return False
    prev = doc[number.start - 1]
    if (prev.lower_ in _ID_MARKERS and prev.text[0].isupper()) or prev.text == "#":
        return True
    if prev.text == "." and number.start >= 2 and doc[number.start - 2].lower_ in ("no", "nos"):
        return _glued(doc[number.start - 2], prev)  # "No. 5" (the tokenizer splits off the dot)
    if _glued(prev, first) and (prev.text[-1].isalpha() or prev.text in _DASHES):
        return True  # "Su-34" style glued to a word (spaCy keeps most of these as one token anyway)
    capitalised = prev.text[:1].isupper() and prev.text.isalpha() and prev.pos_ in ("PROPN", "NOUN")
    if capitalised and prev.lower_ not in _MONTHS | _WEEKDAYS:
        # A capitalised word right before is a name only if it belongs with the number; a headline
        # "Russia Launches 12 Drones" has capitals everywhere.
        same_entity = prev.ent_type_ and prev.ent_type_ not in _NUMERIC_LABELS and first.ent_iob_ == "I"
        linked = first.head.i == prev.i or prev.head.i == first.i
        return bool(same_entity or linked)
    return False


def _is_year(doc: Doc, number: _Number, unit: str | None) -> bool:
    """ "in 2024", "the 2022 invasion", "2022-2024"; but "2000 troops" is a count."""
    first = doc[number.start]
    text = doc[number.start : number.end].text
    if not text[:1].isdigit() or not re.search(r"(?<![\d,.])(1\d{3}|20\d{2})(?![\d,.])", text):
        return False  # a year is four plain digits: "2,000" and "two thousand" are counts
    if number.value != int(number.value) or not 1000 <= number.value <= 2100:
        return False
    counted = unit is not None and unit not in _TIME_UNITS and unit.endswith("s")
    return not counted or first.ent_type_ == "DATE"


def _is_calendar_or_clock(doc: Doc, number: _Number) -> bool:
    n = len(doc)
    before = doc[number.start - 1] if number.start > 0 else None
    after = doc[number.end] if number.end < n else None
    if before is not None and before.lower_ in _MONTHS and before.text[0].isupper():
        return True  # "March 12"
    if after is not None and after.lower_ in _MONTHS and after.text[0].isupper():
        return True  # "12 March"
    return after is not None and after.lower_ in _CLOCK_WORDS  # "5 p.m.", "5pm"


def _is_age(doc: Doc, number: _Number) -> bool:
    n = len(doc)
    if number.start > 0 and doc[number.start - 1].lower_ in _AGE_WORDS:
        return True  # "aged 45"
    if number.start > 1 and doc[number.start - 1].lower_ == "of" and doc[number.start - 2].lower_ == "age":
        return True  # "at the age of 45"
    # "45-year-old", "45 years old", "six-month-old"
    words = [t.lower_ for t in doc[number.end : min(n, number.end + 4)] if t.lower_ not in _DASHES]
    return len(words) >= 2 and words[0] in _TIME_UNITS and words[1] == "old"


def _is_identifier(doc: Doc, number: _Number) -> bool:
    """Phone numbers, codes, scores: digits chained to more digits ("44 123 4567", "0800-123-456")."""
    first, last = doc[number.start], doc[number.end - 1]
    if not _is_digits(first):
        return False
    if number.start > 0:
        prev = doc[number.start - 1]
        if prev.like_num and not prev.is_alpha and prev.lower_ not in _SCALES:
            return True
        if prev.text.startswith("+") or (prev.text in ("/", ":") and _glued(prev, first)):
            return True
    if number.end < len(doc):
        nxt = doc[number.end]
        if nxt.text.startswith("+") or (nxt.text in ("/", ":") and _glued(last, nxt)):
            return True  # "+380 ...", "24/7", "1/3"
        if _is_digits(nxt) and not _is_calibre(doc, _Number(nxt.i, nxt.i + 1, 0.0)):
            return True  # "44 123 4567"; but "1,000 155mm shells" is a count of shells
        if (
            nxt.text in _DASHES
            and _glued(last, nxt)
            and number.end + 1 < len(doc)
            and _glued(nxt, doc[number.end + 1])
            and _is_digits(doc[number.end + 1])
        ):
            return True  # "0800-123-456", "2-1": digit-dash-digit that did not read as a range
    return False


def _is_relative_time(doc: Doc, number: _Number, unit: str | None, last: int | None) -> bool:
    """ "two years ago", "the past 24 hours": a point or window in time, not an amount."""
    if unit not in _TIME_UNITS or last is None:
        return False
    if last + 1 < len(doc) and doc[last + 1].lower_ in ("ago", "later", "earlier"):
        return True
    return number.start > 0 and doc[number.start - 1].lower_ in _RELATIVE_TIME


def _is_calibre(doc: Doc, number: _Number) -> bool:
    """ "155mm shells", "a 155-mm howitzer"."""
    k = number.end
    if k < len(doc) and doc[k].text in _DASHES:
        k += 1
    return k + 1 < len(doc) and doc[k].lower_ in _CALIBRES and doc[k + 1].pos_ in ("NOUN", "PROPN")


def _is_pronoun_one(doc: Doc, number: _Number) -> bool:
    """The "one" in "no one", "the one who", "one another", "one by one", "one day"."""
    token = doc[number.start]
    if number.end - number.start != 1 or token.lower_ != "one":
        return False
    if token.pos_ != "NUM" or token.ent_type_ in ("DATE", "TIME"):
        return True
    if number.start > 0 and doc[number.start - 1].lower_ in _NOT_ONE:
        return True
    nxt = doc[number.end].lower_ if number.end < len(doc) else ""
    return nxt in ("another", "by", "or")


# ---------------------------------------------------------------------------------------------------
# Ranges
# ---------------------------------------------------------------------------------------------------


def _read_range(doc: Doc, first: _Number, between: bool) -> _Number | None:
    """The upper end of "10-15", "10 to 15", "two or three", "between 10 and 15" after ``first``.

    A currency symbol repeated before it ("between $1 and $2 billion") is read through.
    """
    k = first.end
    if k >= len(doc) or first.vague:
        return None
    joiner = doc[k].lower_
    if joiner in _DASHES:
        if not (_is_digits(doc[k - 1]) and _glued(doc[k - 1], doc[k])):
            return None
    elif joiner == "and":
        if not between:
            return None
    elif joiner not in ("to", "or"):
        return None
    k += 1
    if k < len(doc) and doc[k].lower_ in _CURRENCY_SYMBOLS:
        k += 1
    if k >= len(doc):
        return None
    second = _read_number(doc, k)
    if second is None or second.vague:
        return None
    return second


def _scaled_low(first: _Number, second: _Number) -> float:
    """ "2 to 3 million" means 2 million: the scale written once applies to both ends."""
    if first.scale is None and second.scale is not None and first.value * second.scale <= second.value:
        return first.value * second.scale
    return first.value


# ---------------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------------


def iter_quantities(doc: Doc) -> Iterator[Quantity]:
    """Every reported quantity in ``doc``, in text order; spans are offsets into ``doc.text``."""
    i = 0
    floor = 0  # tokens before this belong to an earlier quantity (no hedge may reach back into it)
    n = len(doc)
    while i < n:
        found = _quantity_at(doc, i, floor)
        if found is None:
            i += 1
            continue
        quantity, next_i = found
        if quantity is not None:
            yield quantity
            floor = next_i
        i = max(next_i, i + 1)


def _ratio_end(doc: Doc, number: _Number) -> int | None:
    """Where "one in four" ends, if the number starts such a proportion."""
    k = number.end
    if k + 1 >= len(doc) or doc[k].lower_ != "in":
        return None
    second = _read_number(doc, k + 1)
    if second is None or second.vague or _is_year(doc, second, None):  # "12 in 2024" is a count
        return None
    return second.end


def _single_token_range(doc: Doc, i: int) -> tuple[_Number, _Number] | None:
    """ "10–15" kept as one token by the tokenizer (en dash)."""
    match = _RANGE_TOKEN_RE.fullmatch(doc[i].text)
    if not match:
        return None
    low, high = (float(match.group(g).replace(",", "")) for g in (1, 2))
    return _Number(i, i + 1, low), _Number(i, i + 1, high)


def _quantity_at(doc: Doc, i: int, floor: int) -> tuple[Quantity | None, int] | None:
    """Read a quantity starting at token ``i``.

    ``None`` when no number starts here; ``(None, next)`` when one does but it is not an amount
    (a year, a name...), so its tokens are skipped as a whole.
    """
    token_range = _single_token_range(doc, i)
    if token_range is not None:
        number, upper = token_range
        if number.value >= upper.value:
            return None, i + 1  # "2–1" is a score, "15–10" nothing we can read
    else:
        read = _read_number(doc, i)
        if read is None:
            return None
        number, upper = read, None
    symbol: int | None = _currency_before(doc, number.start)
    start_tok = symbol if symbol is not None else number.start

    # A hedge first: it decides whether "and" joins a range ("between 10 and 15").
    between = start_tok > floor and doc[start_tok - 1].lower_ == "between"
    from_ = start_tok > floor and doc[start_tok - 1].lower_ == "from"
    last_number = number
    if upper is None and not from_:  # "rose from 10 to 15" is a change, two quantities
        candidate = _read_range(doc, number, between)
        if candidate is not None:
            low_value = _scaled_low(number, candidate)
            if low_value < candidate.value:
                upper = candidate
                number = _Number(number.start, number.end, low_value, scale=number.scale)
                last_number = candidate
    span_number = _Number(number.start, last_number.end, number.value, number.vague, last_number.scale)

    ratio = _ratio_end(doc, span_number)
    if ratio is not None:
        return None, ratio  # "one in four residents" is a proportion, not a count of either

    if any(
        check(doc, span_number)
        for check in (_in_name, _is_calendar_or_clock, _is_age, _is_identifier, _is_calibre, _is_pronoun_one)
    ):
        return None, span_number.end

    unit: str | None
    last: int | None
    if symbol is not None:
        unit, last = _CURRENCY_SYMBOLS[doc[symbol].lower_], None
        # "$5 million dollars" is still one amount; take nothing more.
    else:
        unit, last, partitive_one = _unit_after(doc, span_number, span_number.end)
        if partitive_one:
            return None, span_number.end  # "one of the soldiers"
    if _means_metres(doc, span_number, unit, symbol):
        # "100m from the school": "m" means million only for money or a counted noun.
        unit = "m"
        number = _Number(number.start, number.end, number.value / 1e6)
        if upper is not None:
            upper = _Number(upper.start, upper.end, upper.value / 1e6)
    if _is_year(doc, span_number, unit) or (upper is not None and _is_year(doc, upper, unit)):
        return None, span_number.end
    if upper is not None and _is_year(doc, span_number, None) and _is_year(doc, upper, None):
        return None, span_number.end  # "2022-2023 figures": a span of years whatever follows
    if _is_relative_time(doc, span_number, unit, last):
        return None, span_number.end

    if upper is None and start_tok > floor and doc[start_tok - 1].lower_ == "minus":  # "minus 10 degrees"
        start_tok -= 1
        number = _Number(number.start, number.end, -number.value)

    qualifier: str | None = None
    low: float | None = None
    high: float | None = None
    if upper is not None:
        qualifier, low, high = "between", number.value, upper.value
        if between:
            start_tok -= 1
    else:
        hedge = _qualifier_before(doc, start_tok, floor, span_number)
        if hedge is not None:
            start_tok, qualifier = hedge
            if qualifier in _LOWER_BOUND:
                low = number.value
            elif qualifier in _UPPER_BOUND:
                high = number.value
        if number.vague is not None:
            if qualifier is None:
                qualifier = number.vague
            if high is None:
                low = number.value

    end_tok = last if last is not None else span_number.end - 1
    start_char = doc[start_tok].idx
    end_char = _end_char(doc[end_tok])
    quantity = Quantity(
        value=number.value,
        span=Span.of(doc_text(doc), start_char, end_char),
        qualifier=qualifier,
        unit=unit,
        low=low,
        high=high,
    )
    return quantity, end_tok + 1


def _means_metres(doc: Doc, number: _Number, unit: str | None, symbol: int | None) -> bool:
    """True when the "m" closing the number is metres: no currency and no counted noun."""
    last = doc[number.end - 1]
    suffixed = _SUFFIXED_RE.fullmatch(last.text)
    uses_m = last.lower_.rstrip(".") == "m" or (suffixed is not None and suffixed.group(2).lower() == "m")
    if not uses_m:
        return False
    return symbol is None and unit is None
