"""Quotation regions: which stretches of the article text are inside quotation marks.

Pairs straight and typographic double quotes, guillemets and the doubled apostrophes of wire and
archive text (''like this'') inside each paragraph. A quote may run
over several paragraphs when a paragraph opens a quote without closing it and the next paragraph
opens again (the English convention for long quotes). A paragraph whose marks cannot be paired is
left alone rather than paired by guesswork, and reported back so the caller can flag it.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.model import Span

OPENING = {"“": "”", "«": "»", "„": "“"}
CLOSING = {"”", "»"}
STRAIGHT = '"'


@dataclass(frozen=True, slots=True)
class Quote:
    """Offsets of the marks: ``open`` is the opening mark, ``close`` the closing one (exclusive end)."""

    open: int
    close: int
    open_width: int = 1  # 2 for a doubled apostrophe ('')
    close_width: int = 1

    def inner(self, text: str) -> Span:
        start, end = self.open + self.open_width, self.close - self.close_width
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        return Span.of(text, start, end)

    @property
    def outer(self) -> tuple[int, int]:
        return self.open, self.close

    def contains(self, position: int) -> bool:
        return self.open <= position < self.close


def _straight_kind(
    text: str, i: int, width: int, start: int, end: int, found: list[tuple[int, str, int]]
) -> str:
    """Whether a straight mark (" or '') at text[i : i + width] opens or closes, from its neighbours."""
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < end else " "
    if before.isspace() or before in "([{—–-/:" or i == start:
        return "open"
    if after.isspace() or after in ".,;:!?)]}—–-" or i + width == end:
        return "close"
    # A mark glued on both sides: decide by what is open already.
    return "close" if found and found[-1][1] == "open" else "open"


def _marks(text: str, start: int, end: int) -> list[tuple[int, str, int]]:
    """(offset, 'open'|'close', width) for each double quotation mark in text[start:end]."""
    found: list[tuple[int, str, int]] = []
    skip = -1
    for i in range(start, end):
        if i == skip:
            continue
        ch = text[i]
        if ch == "'" and text[i + 1 : i + 2] == "'" and i + 1 < end:
            # ''Archive-style quotes,'' with doubled apostrophes: a straight double quote, two wide.
            skip = i + 1
            found.append((i, _straight_kind(text, i, 2, start, end, found), 2))
        elif ch in OPENING and not (
            ch == "“" and found and found[-1][1] == "open" and text[found[-1][0]] == "„"
        ):
            found.append((i, "open", 1))
        elif ch in CLOSING:
            found.append((i, "close", 1))
        elif ch == STRAIGHT:
            found.append((i, _straight_kind(text, i, 1, start, end, found), 1))
    return found


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[Quote], list[Span]]:
    """Quote regions in text order, and the paragraphs whose marks could not be paired."""
    quotes: list[Quote] = []
    unpaired: list[Span] = []
    carry: int | None = None  # opening offset of a quote continuing from the previous paragraph
    carry_width = 1
    for p_start, p_end in paragraphs:
        marks = _marks(text, p_start, p_end)
        if carry is not None and not (marks and marks[0][1] == "open" and marks[0][0] - p_start <= 1):
            carry = None  # the previous paragraph's quote was not continued: leave it unpaired
        open_at: int | None = carry
        open_width = carry_width
        continued = carry is not None
        ok = True
        local: list[Quote] = []
        for index, (offset, kind, width) in enumerate(marks):
            if kind == "open":
                if continued and index == 0:
                    continue  # the re-opening mark of a continued quote
                if open_at is not None:
                    ok = False
                    break
                open_at, open_width = offset, width
            else:
                if open_at is None:
                    ok = False
                    break
                local.append(Quote(open_at, offset + width, open_width, width))
                open_at = None
            continued = False
        if not ok:
            unpaired.append(Span.of(text, p_start, p_end))
            carry = None
            continue
        quotes.extend(local)
        carry, carry_width = open_at, open_width
    return quotes, unpaired
