"""Quotation regions: which stretches of the article text are inside quotation marks.

Pairs straight and typographic double quotes and guillemets inside each paragraph. A quote may run
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

    def inner(self, text: str) -> Span:
        start, end = self.open + 1, self.close - 1
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


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, 'open'|'close') for each double quotation mark in text[start:end]."""
    found: list[tuple[int, str]] = []
    for i in range(start, end):
        ch = text[i]
        if ch in OPENING and not (
            ch == "“" and found and found[-1][1] == "open" and text[found[-1][0]] == "„"
        ):
            found.append((i, "open"))
        elif ch in CLOSING:
            found.append((i, "close"))
        elif ch == STRAIGHT:
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            if before.isspace() or before in "([{—–-/:" or i == start:
                found.append((i, "open"))
            elif after.isspace() or after in ".,;:!?)]}—–-" or i + 1 == end:
                found.append((i, "close"))
            else:
                # A mark glued on both sides: decide by what is open already.
                kind = "close" if found and found[-1][1] == "open" else "open"
                found.append((i, kind))
    return found


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[Quote], list[Span]]:
    """Quote regions in text order, and the paragraphs whose marks could not be paired."""
    quotes: list[Quote] = []
    unpaired: list[Span] = []
    carry: int | None = None  # opening offset of a quote continuing from the previous paragraph
    for p_start, p_end in paragraphs:
        marks = _marks(text, p_start, p_end)
        if carry is not None and not (marks and marks[0][1] == "open" and marks[0][0] - p_start <= 1):
            carry = None  # the previous paragraph's quote was not continued: leave it unpaired
        open_at: int | None = carry
        continued = carry is not None
        ok = True
        local: list[Quote] = []
        for index, (offset, kind) in enumerate(marks):
            if kind == "open":
                if continued and index == 0:
                    continue  # the re-opening mark of a continued quote
                if open_at is not None:
                    ok = False
                    break
                open_at = offset
            else:
                if open_at is None:
                    ok = False
                    break
                local.append(Quote(open_at, offset + 1))
                open_at = None
            continued = False
        if not ok:
            unpaired.append(Span.of(text, p_start, p_end))
            carry = None
            continue
        quotes.extend(local)
        carry = open_at
    return quotes, unpaired
