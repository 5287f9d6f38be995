"""Line rules for scraped article text, kept as data so each removal can say why it happened.

Every rule here is *anchored on the whole line*: a line is only removed when the entire line is
the boilerplate (a call to action, a cookie notice, a "Read also:" teaser...). Real paragraphs
that merely mention the same words ("Protesters shared photos on Telegram...") never match,
because the patterns start at the beginning of the line, end at its end, and are capped in
length. When in doubt a line stays in the text: losing a sentence of reporting is worse than
keeping a stray "Advertisement".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FLAGS = re.IGNORECASE

# Social networks and messaging apps that outlets ask readers to follow.
PLATFORMS = (
    r"(?:X\s*\(\s*(?:formerly\s+)?Twitter\s*\)|X|Twitter|Facebook|Telegram|Instagram|TikTok|YouTube|"
    r"LinkedIn|WhatsApp|Threads|Bluesky|Mastodon|Viber|Signal|Google\s+News|Flipboard|"
    r"social\s+media|social\s+networks?)"
)

# One share button: "Share", "Share this article", "Share on Facebook", "Email", "Copy link".
_SHARE_ITEM = (
    r"(?:share|tweet|e-?mail|print|copy\s+link)(?:\s+(?:this|the)\s+(?:article|story|post|page))?"
    r"(?:\s+(?:on|via|to|with)\s+(?:" + PLATFORMS + r"|e-?mail|friends))?"
)

# Attribution verbs: a line containing one is reported speech ("Join us," the commander said),
# which is article content even when it opens like a call to action.
REPORTING = re.compile(
    r"\b(?:said|says|told|tells|according\s+to|stated|states|added|announced|reported|wrote|urged|"
    r"asked|claimed|insisted|warned)\b",
    _FLAGS,
)


@dataclass(frozen=True, slots=True)
class LineRule:
    """A whole-line pattern, the reason it is boilerplate, and a length cap.

    ``max_words`` keeps a pattern from swallowing a long paragraph that happens to start the same
    way; ``allow_reporting`` is False for rules whose wording could also open a quotation.
    """

    name: str
    pattern: re.Pattern[str]
    why: str
    max_words: int = 25
    allow_reporting: bool = False

    def matches(self, line: str, words: int | None = None) -> re.Match[str] | None:
        """Match the whole line; ``words`` is its word count when the caller already has it."""
        if (len(line.split()) if words is None else words) > self.max_words:
            return None
        if not self.allow_reporting and REPORTING.search(line):
            return None
        return self.pattern.fullmatch(line)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _rule(
    name: str, pattern: str, why: str, max_words: int = 25, *, allow_reporting: bool = False
) -> LineRule:
    return LineRule(name, re.compile(pattern, _FLAGS), why, max_words, allow_reporting)


# "Read more", "Related stories": the heading of a box of links, with no title of its own.
RELATED_HEADING = _rule(
    "related_heading",
    r"(?:read\s+(?:also|more)|see\s+also|also\s+read|related(?:\s+(?:articles?|stories|news|"
    r"coverage|content|reading))?|more\s+on\s+this(?:\s+(?:story|topic))?|recommended(?:\s+for\s+you)?|"
    r"you\s+may\s+also\s+like)\s*:?",
    "related-articles heading with no title of its own, not article text",
    max_words=6,
)

DEBRIS_RULES: tuple[LineRule, ...] = (
    _rule(
        "social_stay_updated",
        r"(?:stay|keep)\s+(?:up\s+to\s+date|updated|tuned|informed|connected|in\s+touch)\b.*?"
        r"\b(?:follow(?:ing)?|subscrib(?:e|ing)|join(?:ing)?|like)\s+(?:us|our)\b.*",
        "social-media call to action (a 'stay updated, follow us' prompt), not article text",
    ),
    _rule(
        "social_follow_us",
        r"(?:please\s+)?(?:follow|like|find|join|add|watch|connect\s+with|subscribe\s+to)\s+us\s+"
        r"(?:on|at|in|via)\s+" + PLATFORMS + r"\b.*",
        "social-media call to action (a 'follow us on ...' prompt), not article text",
        max_words=20,
    ),
    _rule(
        "social_join_channel",
        r"(?:please\s+)?(?:follow|join|like|visit|subscribe\s+to)\s+our\s+(?:official\s+)?"
        r"(?:" + PLATFORMS + r"(?:\s+(?:channel|page|account|group|chat|community|feed))?"
        r"|(?:channel|page|account|group|chat|community|feed)s?)\b.*",
        "social-media call to action (a 'join/subscribe to our channel' prompt), not article text",
        max_words=20,
    ),
    _rule(
        "newsletter",
        r"(?:sign\s+up|subscribe|register)\b.{0,80}?\bnewsletters?\b.*",
        "newsletter sign-up prompt, not article text",
        max_words=30,
    ),
    _rule(
        "newsletter_inbox",
        r"(?:get|receive)\b.{0,80}?\b(?:in|to)\s+your\s+inbox\b.*",
        "newsletter sign-up prompt, not article text",
        max_words=30,
    ),
    _rule(
        "share",
        _SHARE_ITEM + r"(?:\s*[:|/,·]?\s*(?:" + _SHARE_ITEM + "|" + PLATFORMS + r"))*\s*[:.!]?",
        "share-button text, not article text",
        max_words=12,
        allow_reporting=True,
    ),
    _rule(
        "cookie_notice",
        r"(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies\b.*",
        "cookie-consent notice, not article text",
        max_words=60,
    ),
    _rule(
        "cookie_button",
        r"(?:(?:accept|reject|allow|decline|manage|refuse)(?:\s+all)?\s+cookies|"
        r"cookie\s+(?:settings|preferences|policy)|(?:accept|reject|manage)\s+(?:all|preferences))\s*[.!]?",
        "cookie-consent button text, not article text",
        max_words=6,
    ),
    _rule(
        "advertisement",
        r"(?:advertisement|advertising|advert|ad|sponsored(?:\s+content)?|paid\s+content|"
        r"scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?|"
        r"story\s+continues\s+below(?:\s+(?:this\s+)?advertisement)?|continue\s+reading\s+below)"
        r"\s*[:.]?",
        "advertisement placeholder, not article text",
        max_words=8,
        allow_reporting=True,
    ),
    _rule(
        "navigation",
        r"(?:skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|leave\s+a\s+comment|home|menu|search|"
        r"sign\s+in|log\s+in|subscribe(?:\s+now)?|"
        r"(?:show|view|load)\s+(?:all\s+|more\s+)?comments(?:\s+\(\d+\))?|\d+\s+comments?)\s*[.!]?",
        "page navigation or comment-widget text, not article text",
        max_words=6,
    ),
    _rule(
        "wire_credits",
        r"\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b[^()]*\)"
        r"|(?:additional\s+)?(?:reporting|writing)\s+by\b[^;]+;\s*"
        r"(?:additional\s+reporting|writing|editing)\s+by\b.*",
        "wire-service staff credits (reporting/editing by), not article text",
        max_words=40,
        allow_reporting=True,
    ),
    RELATED_HEADING,
)

# "Read also: TITLE" teasers: removed from the text, kept as a RelatedLink. A separator after the
# cue is required, so "Read also the statement by the ministry, ..." is prose and stays.
RELATED = _rule(
    "related_link",
    r"(?:read\s+(?:also|more)|see\s+also|also\s+read|related(?:\s+(?:article|story|stories|news|coverage))?|"
    r"more\s+on\s+this(?:\s+story)?|recommended)\s*(?::|\||>>|»|\s[-–—])\s*(?P<title>\S.*)",
    "related-article teaser, kept as a related link",
    max_words=40,
    allow_reporting=True,  # titles are headlines, and headlines use "says" all the time
)

# Image credits and captions: "Photo: NAME /", "(Photo: Reuters)", "Photo credit: ...", "Image: ...".
# A short remainder is a credit; a long one is a caption. Either way no prose starts "Photo:".
_PHOTO_WORD = r"\(?\s*(?:photo(?:graph)?s?|images?|pictures?|pic|foto)(?:\s+credits?)?"
_CREDIT = r"(?P<credit>[^\s/].*?)\s*/?\s*\)?\s*"
PHOTO = _rule(
    "photo_credit",
    _PHOTO_WORD + r"\s*:\s*" + _CREDIT,
    "image credit line, not article text",
    max_words=60,
    allow_reporting=True,
)
# "Photo by NAME" has no colon, so prose can start the same way ("Photos by residents show ...");
# the code additionally requires the credit to start with a capital and not end a sentence.
PHOTO_BY = _rule(
    "photo_credit_by",
    _PHOTO_WORD + r"\s+by\s+" + _CREDIT,
    "image credit line, not article text",
    max_words=10,
)
PHOTO_CREDIT_MAX_WORDS = 12
PHOTO_CAPTION_WHY = "image caption, not article text"

# Bylines: "By NAME", "By NAME and NAME", "By NAME, Reuters". Names are checked for capitals in code
# (Python's re has no Unicode uppercase class), which also rejects "By Tuesday evening".
BYLINE = _rule(
    "byline",
    r"(?:written\s+)?by\s*:?\s+(?P<names>[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-]+){0,4}"
    r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-]+){0,4})*)"
    r"(?:\s*(?:,|\||·|-|–|—|\bfor\b|\bin\b)\s*(?P<org>[^\W\d_][\w.&'’ \-]{0,40}))?\s*",
    "byline",
    max_words=16,
    allow_reporting=True,
)
NAME_PARTICLES = _words(
    "de da das do dos del della di du van von der den ter al el bin ibn bint le la ben abu"
)
# Words that follow "By" in prose ("By Tuesday evening, ...") but never start a name.
NOT_NAMES = _words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
        july august september october november december noon midnight then now early late last next this
        that these those the its his her their our my your some most all many several late dawn dusk
        night morning evening afternoon contrast comparison law order far way christmas easter new year
        midday nightfall sunrise sunset"""
)
WIRE_AGENCIES = (
    "Reuters",
    "AP",
    "The Associated Press",
    "Associated Press",
    "AFP",
    "Agence France-Presse",
    "Bloomberg",
    "dpa",
    "DPA",
    "Xinhua",
    "UPI",
    "Interfax",
    "TASS",
    "Ukrinform",
    "PTI",
    "ANI",
    "Kyodo",
    "Yonhap",
    "Anadolu",
    "EFE",
    "ANSA",
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
_TIME = (
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?[A-Z]{2,5}(?:[+\-]\d{1,2}(?::?\d{2})?)?\)?)?"  # "GMT", "(EET)", "UTC+2"
)
_DATE_CORE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}"
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4})"
)

# A line that is only a date, optionally labelled: "Published: 18 March 2024, 14:05", "March 18, 2024".
# A year is required so the date does not depend on when the cleaner runs.
DATE_LINE = _rule(
    "date_line",
    r"(?P<label>published|updated|last\s+updated|posted|first\s+published|date)?\s*(?:on\s*)?[:\-–—]?\s*"
    r"(?P<date>(?:" + _WEEKDAY + r"\s+)?" + _DATE_CORE + r"(?:\s*(?:,|at|-|–|\||·)?\s*" + _TIME + r")?)"
    r"\s*[.]?",
    "date line",
    max_words=12,
    allow_reporting=True,
)

# A labelled timestamp that DATE_LINE could not turn into an absolute date ("Updated: 2 hours ago",
# "Published: 14:05"). The label makes it page furniture, but there is no date to keep.
TIMESTAMP = _rule(
    "timestamp",
    r"(?:published|updated|last\s+updated|posted|first\s+published)(?:\s+on)?\s*:\s*\S.*"
    r"|(?:published|updated|posted)\s+(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\.?",
    "timestamp line without an absolute date, not article text",
    max_words=10,
    allow_reporting=True,
)

# Wire datelines at the start of the first paragraph: "KYIV, March 18 (Reuters) - ",
# "WASHINGTON (AP) — ", "GAZA CITY, Jan 3 (AFP) – ", "GOMA, Democratic Republic of Congo — ".
# Place names may be non-ASCII ("BOGOTÁ"); Python's re has no uppercase class, so letters here are
# "any letter but a-z" and the code checks that the place is in capitals.
_CAP = r"[^\W\d_a-z]"
_NAME_WORD = _CAP + r"(?:[^\W\d_]|['’.\-])*"
_DATELINE_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# ", Ukraine" / ", Democratic Republic of Congo" after the city, but not ", March 18".
_REGION = (
    r"(?:,\s+(?!" + _DATELINE_MONTH + r"\s+\d)" + _NAME_WORD
    + r"(?:\s(?:(?:of|and|the|de|del|da|do|la|el|al)\s)?" + _NAME_WORD + r"){0,3})"
)  # fmt: skip
_DATELINE_DATE = (
    r"(?:" + _DATELINE_MONTH + r"\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+" + _DATELINE_MONTH + r"(?:\s+\d{4})?)"
)
DATELINE = re.compile(
    r"(?P<place>(?P<city>" + _NAME_WORD + r"(?:[ /]" + _NAME_WORD + r")*)" + _REGION + r"?)"
    r"(?:,\s+(?P<date>" + _DATELINE_DATE + r"))?"
    r"(?:\s*\((?P<agency>[A-Z][A-Za-z.&'’\- ]{0,30})\))?"
    r"\s*(?P<dash>--|[-–—])(?=\s)"
)

# Sentence-final punctuation, including closing quotes and brackets that end a quoted sentence.
TERMINAL = frozenset(".!?…:;\"”’'»)]}")
# Words a sentence cannot end on: a paragraph ending in one was cut off by the scraper.
FUNCTION_WORDS = _words(
    """a an the and or but nor so yet that which who whom whose whether if because while although though
        since until unless when where as than of to in on at by for from with about into onto over under
        between through during after before against without within among amongst toward towards upon
        across behind near via per like including despite amid amidst beyond around along is are was were
        be been being has have had will would shall should can could may might must do does did not his
        her their its our my your this these those such very also both either neither"""
)
# Abbreviations whose period does not end a sentence (for finding the last sentence of a paragraph).
ABBREVIATIONS = _words(
    """mr mrs ms dr prof st gen col lt sgt capt cmdr adm gov sen rep rev hon jr sr no vs etc inc ltd co
        corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e approx est dept"""
)

# Longest line any rule can match: longer lines are prose and skip the rules altogether.
MAX_RULE_WORDS = max(
    rule.max_words for rule in (*DEBRIS_RULES, RELATED, PHOTO, PHOTO_BY, BYLINE, DATE_LINE, TIMESTAMP)
)
