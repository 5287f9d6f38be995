"""Tests for ``claimgraph.analyse.quantities``.

Expected values are written from the sentences and the conventions in the module docstring
(value = lower bound for ranges and vague plurals; low/high only where the text states a bound;
currency as ISO 4217 code; unit = counted noun as written, lower-cased).

The ``nlp`` fixture is the session-scoped production pipeline from ``tests/conftest.py``, so the
model is loaded once per session and the rules are tested on the parse the pipeline really sees.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from claimgraph.analyse.quantities import QUALIFIERS, iter_quantities, parse_number_words
from claimgraph.model import Quantity

SEED = (
    "Volunteers stated that in a few days, they liberated two settlements from the Russian regime, "
    'and the Russian army lost "a huge amount" of equipment and more than a thousand of its soldiers, '
    "who were thrown in panic under the guns of the rebels."
)

# (span text, value, qualifier, unit, low, high)
Expected = tuple[str, float, str | None, str | None, float | None, float | None]


def _quantities(nlp: Language, text: str) -> list[Quantity]:
    doc = nlp(text)
    found = list(iter_quantities(doc))
    for q in found:
        # The span invariant the whole output relies on.
        assert q.span.text == doc.text[q.span.start : q.span.end]
        assert q.qualifier is None or q.qualifier in QUALIFIERS
    return found


def _as_tuples(found: list[Quantity]) -> list[Expected]:
    return [(q.span.text, q.value, q.qualifier, q.unit, q.low, q.high) for q in found]


def _approx(expected: list[Expected]) -> list[object]:
    return [
        (
            text,
            pytest.approx(value),
            qualifier,
            unit,
            None if low is None else pytest.approx(low),
            None if high is None else pytest.approx(high),
        )
        for text, value, qualifier, unit, low, high in expected
    ]


POSITIVE: list[tuple[str, list[Expected]]] = [
    # The seed sentence: "a few days" and "a huge amount" carry no number.
    (
        SEED,
        [
            ("two settlements", 2, None, "settlements", None, None),
            ("more than a thousand of its soldiers", 1000, "more than", "soldiers", 1000, None),
        ],
    ),
    # Digits, separators, decimals, scale words and suffixes.
    ("The army deployed 1,200 troops near the border.", [("1,200 troops", 1200, None, "troops", None, None)]),
    ("Russia launched 12 drones overnight.", [("12 drones", 12, None, "drones", None, None)]),
    (
        "About 3.5 million people have fled the country.",
        [("About 3.5 million people", 3_500_000, "about", "people", None, None)],
    ),
    ("The fund received 1.2bn dollars.", [("1.2bn dollars", 1.2e9, None, "USD", None, None)]),
    ("The IMF approved $1.2 billion in aid.", [("$1.2 billion", 1.2e9, None, "USD", None, None)]),
    ("The EU pledged €50bn for reconstruction.", [("€50bn", 5e10, None, "EUR", None, None)]),
    ("They received 5 million US dollars.", [("5 million US dollars", 5e6, None, "USD", None, None)]),
    ("It cost 300 million hryvnias.", [("300 million hryvnias", 3e8, None, "UAH", None, None)]),
    # Percentages in all three spellings.
    ("Turnout was 40% in the east.", [("40%", 40, None, "percent", None, None)]),
    ("Turnout was 40 percent in the east.", [("40 percent", 40, None, "percent", None, None)]),
    ("Support fell to 30 per cent.", [("30 per cent", 30, None, "percent", None, None)]),
    ("Prices rose 3.2 percent in June.", [("3.2 percent", 3.2, None, "percent", None, None)]),
    # Number words.
    ("Twenty-five soldiers were wounded.", [("Twenty-five soldiers", 25, None, "soldiers", None, None)]),
    (
        "One hundred and twenty civilians were evacuated.",
        [("One hundred and twenty civilians", 120, None, "civilians", None, None)],
    ),
    ("A dozen tanks were destroyed.", [("A dozen tanks", 12, None, "tanks", None, None)]),
    ("Half a million people fled.", [("Half a million people", 500_000, None, "people", None, None)]),
    ("Only one soldier survived.", [("one soldier", 1, None, "soldier", None, None)]),
    ("Two Ukrainians were killed.", [("Two Ukrainians", 2, None, "ukrainians", None, None)]),
    # Vague plurals: value = low = two of the unit, qualifier = the plural word.
    ("Dozens of civilians were killed.", [("Dozens of civilians", 24, "dozens", "civilians", 24, None)]),
    ("Hundreds of homes were destroyed.", [("Hundreds of homes", 200, "hundreds", "homes", 200, None)]),
    ("Scores of villages were shelled.", [("Scores of villages", 40, "scores", "villages", 40, None)]),
    (
        "Tens of thousands of people marched.",
        [("Tens of thousands of people", 20_000, "tens", "people", 20_000, None)],
    ),
    (
        "Hundreds of thousands of refugees crossed the border.",
        [("Hundreds of thousands of refugees", 200_000, "hundreds", "refugees", 200_000, None)],
    ),
    (
        "Several hundred soldiers surrendered.",
        [("Several hundred soldiers", 200, "hundreds", "soldiers", 200, None)],
    ),
    ("Millions of dollars were spent.", [("Millions of dollars", 2e6, "millions", "USD", 2e6, None)]),
    # "of them" names no unit, and the span stops at the number.
    ("Thousands of them fled.", [("Thousands", 2000, "thousands", None, 2000, None)]),
    # Ranges: value = low, qualifier "between", both bounds filled.
    (
        "Between 10 and 15 people were injured.",
        [("Between 10 and 15 people", 10, "between", "people", 10, 15)],
    ),
    ("10-15 people were evacuated.", [("10-15 people", 10, "between", "people", 10, 15)]),
    ("Officials said 10 to 15 people are missing.", [("10 to 15 people", 10, "between", "people", 10, 15)]),
    ("Two or three villages were hit.", [("Two or three villages", 2, "between", "villages", 2, 3)]),
    (
        "Between 2 and 3 million people fled.",
        [("Between 2 and 3 million people", 2e6, "between", "people", 2e6, 3e6)],
    ),
    (
        "Losses were estimated at between 20,000 and 30,000 troops.",
        [("between 20,000 and 30,000 troops", 20_000, "between", "troops", 20_000, 30_000)],
    ),
    # "from ... to" is a change, not a range: two quantities.
    (
        "The toll rose from 10 to 15 people.",
        [("10", 10, None, None, None, None), ("15 people", 15, None, "people", None, None)],
    ),
    # Qualifiers and the bound each implies.
    ("Over 1,000 people fled the city.", [("Over 1,000 people", 1000, "more than", "people", 1000, None)]),
    (
        "At least 10,000 civilians have been killed.",
        [("At least 10,000 civilians", 10_000, "at least", "civilians", 10_000, None)],
    ),
    (
        "No fewer than 20 soldiers deserted.",
        [("No fewer than 20 soldiers", 20, "at least", "soldiers", 20, None)],
    ),
    ("Nearly 2,000 homes lost power.", [("Nearly 2,000 homes", 2000, "nearly", "homes", None, 2000)]),
    ("Almost 300 buildings were damaged.", [("Almost 300 buildings", 300, "nearly", "buildings", None, 300)]),
    ("Up to 15 people were hurt.", [("Up to 15 people", 15, "up to", "people", None, 15)]),
    (
        "As many as 500 prisoners were exchanged.",
        [("As many as 500 prisoners", 500, "up to", "prisoners", None, 500)],
    ),
    ("At most 3 drones reached the city.", [("At most 3 drones", 3, "up to", "drones", None, 3)]),
    (
        "Fewer than 10 tanks remain operational.",
        [("Fewer than 10 tanks", 10, "less than", "tanks", None, 10)],
    ),
    ("Less than 5% of the budget was spent.", [("Less than 5%", 5, "less than", "percent", None, 5)]),
    ("An estimated 5,000 people fled.", [("An estimated 5,000 people", 5000, "about", "people", None, None)]),
    (
        "Roughly 40 percent of voters stayed home.",
        [("Roughly 40 percent", 40, "about", "percent", None, None)],
    ),
    ("Some 300 people gathered in the square.", [("Some 300 people", 300, "about", "people", None, None)]),
    (
        "Approximately 300 civilians were evacuated.",
        [("Approximately 300 civilians", 300, "about", "civilians", None, None)],
    ),
    # "over" as a preposition is not a hedge; an unanchored duration is a quantity.
    ("Fighting raged over two days.", [("two days", 2, None, "days", None, None)]),
    # Units: compounds kept, adjectives and names in between dropped, calibre skipped.
    (
        "Ukraine destroyed 12 Russian air defence systems.",
        [("12 Russian air defence systems", 12, None, "air defence systems", None, None)],
    ),
    ("Germany sent 14 Leopard 2 tanks.", [("14 Leopard 2 tanks", 14, None, "tanks", None, None)]),
    ("They delivered 1,000 155mm shells.", [("1,000 155mm shells", 1000, None, "shells", None, None)]),
    ("A 72-hour ceasefire began.", [("72-hour", 72, None, "hour", None, None)]),
    ("Temperatures fell to minus 10 degrees.", [("minus 10 degrees", -10, None, "degrees", None, None)]),
    # Several quantities come out in text order.
    (
        "Russia fired 40 missiles and 30 drones, of which 35 were shot down.",
        [
            ("40 missiles", 40, None, "missiles", None, None),
            ("30 drones", 30, None, "drones", None, None),
            ("35", 35, None, None, None, None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE, ids=[text[:50] for text, _ in POSITIVE])
def test_quantities(nlp: Language, text: str, expected: list[Expected]) -> None:
    assert _as_tuples(_quantities(nlp, text)) == _approx(expected)


NEGATIVE = [
    "The attack happened on March 12, 2024.",
    "Elections were held in 2024.",
    "The offensive began on 12 March.",
    "The strike hit at 5 p.m. local time.",
    "Talks resumed at 05:30.",
    "It was the second day of fighting.",
    "The 3rd brigade advanced.",
    "No one was hurt.",
    "The one who left never returned.",
    "One of the soldiers was wounded.",
    "Su-34 bombers struck the town.",
    "F-16 jets arrived from Denmark.",
    "G7 leaders met in Italy.",
    "Traffic on Route 66 was blocked.",
    "In a few days, the situation changed.",
    "The army lost a huge amount of equipment.",
    "A 45-year-old man was injured.",
    "A woman aged 45 was hurt.",
    "He is 45 years old.",
    "Call +380 44 123 4567 for details.",
    "The 2022 invasion changed everything.",
    "Two years ago, the town fell.",
    "In the past 24 hours, the shelling continued.",
    "The alliance invoked Article 5.",
    "Several villages were shelled.",
    "Roughly one in four residents is displaced.",
    "The score was 2-1 after extra time.",
    "Shelling continued 24/7 for a week.",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[text[:40] for text in NEGATIVE])
def test_not_quantities(nlp: Language, text: str) -> None:
    assert _quantities(nlp, text) == []


def test_spans_are_offsets_into_the_doc_text(nlp: Language) -> None:
    text = "Intro paragraph.\n\n" + SEED
    found = _quantities(nlp, text)
    assert [q.span.text for q in found] == ["two settlements", "more than a thousand of its soldiers"]
    assert found[0].span.start == text.index("two settlements")
    assert [q.span.start for q in found] == sorted(q.span.start for q in found)


def test_to_dict_keeps_whole_numbers_integral(nlp: Language) -> None:
    (quantity,) = _quantities(nlp, "Russia launched 12 drones overnight.")
    assert quantity.to_dict()["value"] == 12
    assert isinstance(quantity.to_dict()["value"], int)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["two"], 2),
        (["twenty-five"], 25),
        (["twenty", "five"], 25),
        (["one", "hundred", "and", "twenty"], 120),
        (["a", "thousand"], 1000),
        (["a", "dozen"], 12),
        (["two", "dozen"], 24),
        (["half", "a", "million"], 500_000),
        (["3.5", "million"], 3_500_000),
        (["1,200"], 1200),
        (["12", "thousand"], 12_000),
        (["1.2bn"], 1.2e9),
        (["5k"], 5000),
        (["two", "hundred", "and", "fifty", "thousand"], 250_000),
        (["one", "million", "two", "hundred", "thousand"], 1_200_000),
        (["nineteen"], 19),
        (["zero"], 0),
    ],
)
def test_parse_number_words(words: list[str], value: float) -> None:
    assert parse_number_words(words) == pytest.approx(value)


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["a"],
        ["hundred"],
        ["two", "three"],
        ["12", "15"],
        ["hundred", "and"],
        ["twenty", "thirty"],
        ["thousand", "million"],
        ["a", "few"],
        ["second"],
        ["bn"],
        ["two", "bn"],
    ],
)
def test_parse_number_words_rejects(words: list[str]) -> None:
    assert parse_number_words(words) is None
