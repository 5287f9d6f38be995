"""Line-level cleaning shared by plain text and HTML: metadata lines, debris, related links, layout.

The output layout is a contract with the later stages: ``Article.text`` is the headline (if any),
then the body paragraphs, all separated by one blank line, each paragraph copied verbatim from the
input (only stripped of surrounding whitespace). Every span is computed while the text is being
assembled, so ``text[span.start:span.end] == span.text`` holds by construction.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from claimgraph.clean import rules
from claimgraph.errors import EmptyDocument
from claimgraph.model import Article, Dateline, Debris, Flag, RawDocument, RelatedLink, Span

HEADLINE_MAX_WORDS = 25
STANDFIRST_MAX_WORDS = 40
# A paragraph shorter than this that ends without punctuation is more likely a label or list item
# ("Key facts about the") than a sentence the scraper cut off.
TRUNCATION_MIN_WORDS = 8
# Hard-wrapped text (wire feeds, e-mail) breaks lines inside paragraphs. Lines at least this long
# that end mid-sentence and continue on the next line are the evidence for it.
_WRAP_MIN_CHARS = 40
_WRAP_MIN_LINES = 3

_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+")
_MARKDOWN_LINK = re.compile(r"\[(?P<title>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)")
_WORDS = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]»]*\s+(?=[\"“‘'(\[«]?[^\W_a-z])")
_LIST_MARKER = re.compile(r"(?:[-*•·▪–—]|\d{1,2}[.)])\s")
_CLOSERS = "\"”’')]}»"
_TIME_IN_DATE = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d|\d{1,2}:\d{2}")


@dataclass(frozen=True, slots=True)
class _Line:
    """A non-blank source line: offsets of its stripped text in the body string."""

    start: int
    end: int
    block: int  # lines in the same block are contiguous and not separated by a blank or removed line


@dataclass(slots=True)
class _Found:
    """What the line rules pulled out of the body, in document order."""

    bylines: list[str] = field(default_factory=list)
    photo_credits: list[str] = field(default_factory=list)
    dates: list[tuple[str, bool, str]] = field(default_factory=list)  # (iso, is_update, line)
    related: list[RelatedLink] = field(default_factory=list)
    debris: list[Debris] = field(default_factory=list)


def clean_text(text: str, raw: RawDocument, *, article_id: str) -> Article:
    """Clean decoded plain text: the first line may be the headline, the rest is scanned line by line."""
    return build_article(text, raw, article_id=article_id, source_format="text", find_headline=True)


def build_article(
    body: str,
    raw: RawDocument,
    *,
    article_id: str,
    source_format: Literal["text", "html"],
    find_headline: bool,
    headline: str | None = None,
    byline: str | None = None,
    published: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    photo_credit: str | None = None,
    related: Sequence[RelatedLink] = (),
    link_urls: Mapping[str, str] | None = None,
    wrapped: bool | None = None,
) -> Article:
    """Turn body text into an ``Article``; metadata passed in (from HTML) wins over metadata lines.

    ``find_headline`` lets the first line become the headline (plain text); HTML passes the page
    title as ``headline`` instead. ``photo_credit`` is a fallback for when no credit line exists.
    ``wrapped`` forces or forbids hard-wrap joining (None: detect).
    """
    lines = _split_lines(body)
    found = _Found()
    kept: list[_Line] = []
    block = 0
    previous_end: int | None = None
    for start, end in lines:
        if previous_end is not None and body.count("\n", previous_end, start) > 1:
            block += 1  # a blank line ends a block
        previous_end = end
        if _take_line(body[start:end], found, link_urls or {}):
            block += 1  # a removed line splits a wrapped paragraph as a blank line would
            continue
        kept.append(_Line(start, end, block))

    if wrapped is None:
        wrapped = _looks_wrapped(body, kept)
    units = _units(kept, wrapped)

    if find_headline and headline is None and len(units) >= 2:
        first = units[0]
        candidate = body[first[0] : first[1]]
        if "\n" not in candidate and _is_headline(candidate):
            headline = candidate
            units = units[1:]
    paragraphs = [body[start:end] for start, end in units]
    if not paragraphs:
        removed = len(found.debris) + len(found.related)
        raise EmptyDocument(f"no article text left after removing {removed} boilerplate line(s)")

    byline = _pick_first(byline, found.bylines, found, "another byline")
    photo_credit = _pick_first(None, found.photo_credits, found, "another image credit") or photo_credit
    published = raw.published or published
    published = _pick_date(published, found)

    return _assemble(
        article_id=article_id,
        headline=headline,
        paragraphs=paragraphs,
        url=raw.url or url,
        outlet=raw.outlet or outlet,
        published=published,
        byline=byline,
        photo_credit=photo_credit,
        related=_dedupe([*found.related, *related]),
        debris=tuple(found.debris),
        source_format=source_format,
    )


def _split_lines(body: str) -> list[tuple[int, int]]:
    """Offsets of every non-blank line, with surrounding whitespace excluded."""
    out = []
    pos = 0
    for raw_line in body.split("\n"):
        stripped = raw_line.strip()
        if stripped:
            start = pos + (len(raw_line) - len(raw_line.lstrip()))
            out.append((start, start + len(stripped)))
        pos += len(raw_line) + 1
    return out


def _take_line(line: str, found: _Found, link_urls: Mapping[str, str]) -> bool:
    """Record ``line`` if a rule claims it, and say whether it leaves the text."""
    words = len(line.split())
    if words > rules.MAX_RULE_WORDS:
        return False
    match = rules.RELATED.matches(line, words)
    if match:
        found.related.append(_related_link(match["title"], link_urls))
        return True
    match = rules.PHOTO.matches(line, words)
    if match:
        credit = match["credit"]
        if len(credit.split()) <= rules.PHOTO_CREDIT_MAX_WORDS:
            found.photo_credits.append(credit)
        else:
            found.debris.append(Debris(line, rules.PHOTO_CAPTION_WHY))
        return True
    for rule in rules.DEBRIS_RULES:
        if rule.matches(line, words):
            found.debris.append(Debris(line, rule.why))
            return True
    byline = _byline(line)
    if byline is not None:
        found.bylines.append(byline)
        return True
    date = _date_line(line)
    if date is not None:
        found.dates.append(date)
        return True
    if rules.TIMESTAMP.matches(line, words):  # after the date rule, which would have used it
        found.debris.append(Debris(line, rules.TIMESTAMP.why))
        return True
    match = rules.PHOTO_BY.matches(line, words)
    if match and _credit_like(match["credit"]):
        found.photo_credits.append(match["credit"])
        return True
    return False


def _byline(line: str) -> str | None:
    """The text after "By" when ``line`` is a byline; None for prose such as "By Tuesday evening"."""
    match = rules.BYLINE.matches(line)
    if match is None:
        return None
    names = match["names"]
    org = match["org"]
    if org is not None and not org[0].isupper():
        return None
    if line.endswith(".") and len(line.rsplit(None, 1)[-1]) > 3:  # "... Jr." is fine, a sentence is not
        return None
    for name in re.split(r"\s*(?:,|&|\band\b)\s*", names):
        tokens = name.split()
        if not tokens or tokens[0].lower() in rules.NOT_NAMES:
            return None
        if len(tokens) < 2 and name not in rules.WIRE_AGENCIES and org is None:
            return None  # a single capitalised word after "By" is usually a place or a weekday
        if any(not (t[0].isupper() or t.lower() in rules.NAME_PARTICLES) for t in tokens):
            return None
    return line[match.start("names") :].strip()


def _credit_like(credit: str) -> bool:
    return credit[:1].isupper() and not credit.rstrip(_CLOSERS).endswith(".")


def _date_line(line: str) -> tuple[str, bool, str] | None:
    match = rules.DATE_LINE.matches(line)
    if match is None:
        return None
    iso = parse_date(match["date"])
    if iso is None:
        return None
    label = (match["label"] or "").lower()
    return iso, "updated" in label, line


def parse_date(value: str) -> str | None:
    """ISO 8601 for an absolute date string: a date, or a date and time when a time was written."""
    import dateparser  # deferred: it is only needed for the rare date line

    parsed = dateparser.parse(value, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        return None
    if _TIME_IN_DATE.search(value):
        return str(parsed.isoformat())
    return str(parsed.date().isoformat())


def _related_link(title: str, link_urls: Mapping[str, str]) -> RelatedLink:
    url: str | None = None
    markdown = _MARKDOWN_LINK.search(title)
    if markdown:
        title, url = markdown["title"], markdown["url"]
    else:
        found = _URL.search(title)
        if found:
            url = found.group().rstrip(".,;:")
            title = title[: found.start()] + title[found.end() :]
    title = title.strip(" \t()[]<>|-–—:")
    if url is None:
        url = link_urls.get(link_key(title))
    return RelatedLink(title=title, url=url)


def link_key(title: str) -> str:
    """How a related-link title is looked up among the page's anchors (case and spacing ignored)."""
    return " ".join(title.split()).casefold()


def _dedupe(links: Sequence[RelatedLink]) -> tuple[RelatedLink, ...]:
    seen: dict[str, RelatedLink] = {}
    for link in links:
        key = link_key(link.title)
        if key not in seen or (seen[key].url is None and link.url is not None):
            seen[key] = link
    return tuple(seen.values())


def _looks_wrapped(body: str, kept: Sequence[_Line]) -> bool:
    """True when lines continue mid-sentence onto the next line, i.e. paragraphs were hard-wrapped."""
    wrapped_lines = inner = 0
    for index, line in enumerate(kept[1:-1], start=1):  # the first line may be a headline
        following = kept[index + 1]
        if following.block != line.block:
            continue
        inner += 1
        text = body[line.start : line.end]
        if len(text) >= _WRAP_MIN_CHARS and text[-1] not in rules.TERMINAL:
            wrapped_lines += 1
    return wrapped_lines >= _WRAP_MIN_LINES and wrapped_lines >= inner / 2


def _units(kept: Sequence[_Line], wrapped: bool) -> list[tuple[int, int]]:
    if not wrapped:
        return [(line.start, line.end) for line in kept]
    units: list[tuple[int, int]] = []
    current_block = None
    for line in kept:
        if line.block == current_block:
            units[-1] = (units[-1][0], line.end)
        else:
            units.append((line.start, line.end))
            current_block = line.block
    return units


# "Poll: Clinton and Trump in dead heat.", "Sanders: Clinton needs to ...": a source, a colon, the words.
_SPEAKER_HEADLINE = re.compile(r"^[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}: [A-Z\"“‘'].{8,}$")


def _is_headline(line: str) -> bool:
    """A first line that reads as a title: short, not a finished sentence, not lowercase, no dateline."""
    if len(line.split()) > HEADLINE_MAX_WORDS:
        return False
    bare = line.rstrip(_CLOSERS)
    # A headline may end in ";" ("Lawmaker urges retaliation on Russia;"), a paragraph does not.
    finished = bare.endswith((".", ",", ":")) and not bare.endswith(("...", "…"))
    if finished and not _title_case(bare) and not _SPEAKER_HEADLINE.match(bare):
        return False  # a finished sentence, unless set in title case or "Speaker: words." form
    first_letter = next((ch for ch in line if ch.isalnum()), "")
    if not first_letter or first_letter.islower():
        return False
    return _dateline_match(line) is None


def _title_case(line: str) -> bool:
    """Most content words capitalised, as headline styles set them."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _pick_first(known: str | None, values: Sequence[str], found: _Found, why: str) -> str | None:
    """Keep the first value (unless one is already known); record the others as debris."""
    chosen = known
    for value in values:
        if chosen is None:
            chosen = value
        else:
            found.debris.append(Debris(value, f"{why} (only the first is kept as metadata)"))
    return chosen


def _pick_date(known: str | None, found: _Found) -> str | None:
    """Prefer a publication date over an "Updated:" one; every date line not used is debris."""
    chosen: int | None = None
    if known is None and found.dates:
        originals = [i for i, (_iso, is_update, _line) in enumerate(found.dates) if not is_update]
        chosen = originals[0] if originals else 0
    for index, (_iso, _is_update, line) in enumerate(found.dates):
        if index != chosen:
            found.debris.append(Debris(line, "date line not used as the publication date"))
    if chosen is None:
        return known
    return found.dates[chosen][0]


def _dateline_match(paragraph: str) -> re.Match[str] | None:
    match = rules.DATELINE.match(paragraph)
    if match is None or not match["city"].isupper() or len(match["city"]) < 2:
        return None
    # A bare "WORD -" is too weak (it could be an acronym starting a sentence); a date, an agency,
    # a region ("KHARKIV, Ukraine") or a typographic dash makes it a dateline.
    if match["date"] or match["agency"] or "," in match["place"] or match["dash"] != "-":
        return match
    return None


def _is_standfirst(paragraph: str) -> bool:
    """A short summary line under the headline ("A veteran mediator on thirty years of ...").

    It has no closing punctuation, which is what tells it apart from a first paragraph; the
    dateline then opens the paragraph after it.
    """
    return len(paragraph.split()) <= STANDFIRST_MAX_WORDS and paragraph[-1] not in rules.TERMINAL


def _truncation(paragraph: str) -> tuple[int, int, str] | None:
    """Offsets of a trailing sentence fragment the scraper cut off, and the word it stops on."""
    if not paragraph or paragraph[-1] in rules.TERMINAL or _LIST_MARKER.match(paragraph):
        return None
    words = _WORDS.findall(paragraph)
    if len(words) < TRUNCATION_MIN_WORDS:
        return None
    last = paragraph[-1]
    if last in ",-–—":
        ending = last
    elif last.isalpha() and words[-1].casefold() in rules.FUNCTION_WORDS:
        ending = words[-1]
    else:
        return None
    return _last_sentence_start(paragraph), len(paragraph), ending


def _last_sentence_start(paragraph: str) -> int:
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[: match.start()].rsplit(None, 1)
        token = before[-1].casefold().strip(_CLOSERS + "(") if before else ""
        if token in rules.ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue  # "Mr. Smith", "Gen. Syrskyi", "John F. Kennedy"
        start = match.end()
    return start


def _assemble(
    *,
    article_id: str,
    headline: str | None,
    paragraphs: Sequence[str],
    url: str | None,
    outlet: str | None,
    published: str | None,
    byline: str | None,
    photo_credit: str | None,
    related: tuple[RelatedLink, ...],
    debris: tuple[Debris, ...],
    source_format: Literal["text", "html"],
) -> Article:
    pieces: list[str] = []
    offset = 0
    headline_span = None
    if headline is not None:
        headline_span = Span(0, len(headline), headline)
        pieces.append(headline)
        offset = len(headline) + 2
    spans: list[Span] = []
    for paragraph in paragraphs:
        spans.append(Span(offset, offset + len(paragraph), paragraph))
        pieces.append(paragraph)
        offset += len(paragraph) + 2
    text = "\n\n".join(pieces)

    dateline = None
    for span in spans:
        match = _dateline_match(span.text)
        if match is not None:
            dateline = Dateline(
                span=Span.of(text, span.start, span.start + match.end()),
                place=match["place"],
                date=match["date"],
                agency=match["agency"],
            )
            break
        if not _is_standfirst(span.text):
            break  # the dateline opens the first real paragraph or there is none

    flags = []
    for span in spans:
        cut = _truncation(span.text)
        if cut is not None:
            start, end, ending = cut
            flags.append(
                Flag(
                    name="truncated_sentence",
                    why=f"paragraph ends mid-sentence on {ending!r} with no closing punctuation; "
                    "the source was probably cut off here",
                    span=Span.of(text, span.start + start, span.start + end),
                )
            )

    return Article(
        id=article_id,
        text=text,
        headline=headline,
        headline_span=headline_span,
        paragraphs=tuple(spans),
        url=url,
        outlet=outlet,
        published=published,
        byline=byline,
        photo_credit=photo_credit,
        dateline=dateline,
        related=related,
        debris=debris,
        flags=tuple(flags),
        source_format=source_format,
    )
