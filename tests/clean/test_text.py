"""Plain-text cleaning: the seed article, wire copy, lookalike lines that must stay, the layout contract."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimgraph.clean import CleanOptions, clean
from claimgraph.errors import EmptyDocument
from claimgraph.model import AnalysedArticle, Article, RawDocument, check_spans

SEED = Path(__file__).parents[2] / "examples" / "seed-article.txt"
FIXTURES = Path(__file__).parent / "fixtures"

SEED_HEADLINE = "Russian rebels: We'll move to other cities in Russia soon. Compatriots, join us"
STAY_UPDATED = "Stay updated with the latest news by following us on X (Twitter)"


def _clean_text(text: str) -> Article:
    return clean(RawDocument(id=None, content=text))


def _assert_layout(article: Article) -> None:
    """The contract later stages rely on: headline, blank line, paragraphs, and exact spans."""
    assert check_spans(AnalysedArticle(article).to_dict()) == []
    pieces = [p.text for p in article.paragraphs]
    if article.headline is not None:
        assert article.headline_span is not None
        assert article.headline_span.start == 0
        assert article.text[: article.headline_span.end] == article.headline
        pieces.insert(0, article.headline)
    assert article.text == "\n\n".join(pieces)
    for span in article.paragraphs:
        assert article.text[span.start : span.end] == span.text
        assert span.text == span.text.strip()
        assert "\n\n" not in span.text
    for flag in article.flags:
        assert flag.span is not None
        assert article.text[flag.span.start : flag.span.end] == flag.span.text
    if article.dateline is not None:
        span = article.dateline.span
        assert article.text[span.start : span.end] == span.text


@pytest.fixture(scope="module")
def seed() -> Article:
    return clean(RawDocument(id=None, content=SEED.read_bytes()))


# --- the seed article -------------------------------------------------------------------------


def test_seed_headline_and_photo_credit(seed: Article) -> None:
    assert seed.headline == SEED_HEADLINE
    assert seed.headline_span is not None
    assert (seed.headline_span.start, seed.headline_span.end) == (0, len(SEED_HEADLINE))
    assert seed.photo_credit == "Valentyna Polishchuk"
    assert "Photo:" not in seed.text


def test_seed_debris_is_the_call_to_action(seed: Article) -> None:
    assert [d.text for d in seed.debris] == [STAY_UPDATED]
    why = seed.debris[0].why.lower()
    assert "social" in why and "call to action" in why
    assert "Stay updated" not in seed.text


def test_seed_related_link(seed: Article) -> None:
    assert len(seed.related) == 1
    link = seed.related[0]
    assert link.title.startswith("Free Russia Legion claims it foiled")
    assert link.title.endswith("by raiding border areas")
    assert link.url is None
    assert "Read also" not in seed.text
    assert "Free Russia Legion" not in seed.text


def test_seed_paragraphs(seed: Article) -> None:
    assert len(seed.paragraphs) == 9
    assert seed.paragraphs[0].text.startswith("Opposition volunteer formations")
    # The trailing no-break space of the first paragraph became a space and was stripped.
    assert seed.paragraphs[0].text.endswith("to join their ranks.")
    assert seed.paragraphs[1].text.endswith("reported by a journalist from")
    assert seed.paragraphs[2].text.startswith('"Together with our allies')
    assert seed.paragraphs[-1].text.endswith("the formations stated.")
    _assert_layout(seed)


def test_seed_truncated_sentence_flag(seed: Article) -> None:
    assert [f.name for f in seed.flags] == ["truncated_sentence"]
    flag = seed.flags[0]
    assert flag.span is not None
    assert flag.span.text.endswith("reported by a journalist from")
    assert seed.paragraphs[1].contains(flag.span)
    assert "'from'" in flag.why


def test_seed_no_line_lost(seed: Article) -> None:
    """Every non-blank input line is either in the text or accounted for on the article."""
    source = SEED.read_text(encoding="utf-8").replace("\u00a0", " ")
    accounted = {p.text for p in seed.paragraphs} | {d.text for d in seed.debris} | {SEED_HEADLINE}
    for line in (ln.strip() for ln in source.splitlines()):
        if not line:
            continue
        if line.startswith("Photo:"):
            assert seed.photo_credit is not None and seed.photo_credit in line
        elif line.startswith("Read also:"):
            assert seed.related[0].title in line
        else:
            assert line in accounted, line


def test_seed_metadata_and_id(seed: Article) -> None:
    assert seed.source_format == "text"
    assert seed.language == "en"
    assert seed.dateline is None
    assert seed.byline is None
    assert re.fullmatch(r"sha256:[0-9a-f]{16}", seed.id)


def test_id_comes_from_normalised_text_and_raw_id_wins() -> None:
    data = SEED.read_bytes()
    crlf = data.replace(b"\n", b"\r\n")
    first, second = clean(RawDocument(None, data)), clean(RawDocument(None, crlf))
    assert first.id == second.id
    assert first.text == second.text
    assert clean(RawDocument("article-7", data)).id == "article-7"


def test_seed_with_single_newlines_gives_the_same_paragraphs(seed: Article) -> None:
    squeezed = re.sub(r"\n\s*\n", "\n", SEED.read_text(encoding="utf-8"))
    article = _clean_text(squeezed)
    assert article.headline == seed.headline
    assert [p.text for p in article.paragraphs] == [p.text for p in seed.paragraphs]
    assert article.text == seed.text


def test_raw_metadata_is_copied() -> None:
    article = clean(
        RawDocument(
            id="x1",
            content=SEED.read_bytes(),
            url="https://www.pravda.com.ua/eng/news/2024/03/18/7447153/",
            published="2024-03-18T12:05:00+02:00",
            outlet="Ukrainska Pravda",
        )
    )
    assert article.url == "https://www.pravda.com.ua/eng/news/2024/03/18/7447153/"
    assert article.published == "2024-03-18T12:05:00+02:00"
    assert article.outlet == "Ukrainska Pravda"


# --- wire copy ------------------------------------------------------------------------------------


def test_wire_report_with_byline_date_and_dateline() -> None:
    article = clean(RawDocument(None, (FIXTURES / "wire-report.txt").read_bytes()))
    assert article.headline == "Ukraine says it downed 35 drones as fire breaks out at Belgorod fuel depot"
    assert article.byline == "Tom Balmforth and Olena Harmash, Reuters"
    assert article.published == "2024-03-18T09:41:00+00:00"
    assert article.dateline is not None
    assert article.dateline.span.text == "KYIV, March 18 (Reuters) -"
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (
        "KYIV",
        "March 18",
        "Reuters",
    )
    # The dateline stays in the text, at the start of the first paragraph.
    assert article.paragraphs[0].text.startswith("KYIV, March 18 (Reuters) - Ukraine's air force")
    assert article.dateline.span.start == article.paragraphs[0].start
    assert len(article.paragraphs) == 4
    assert [d.text for d in article.debris] == [
        "Share this article",
        "Advertisement",
        "Follow us on Telegram",
        "(Reporting by Tom Balmforth; Editing by Andrew Heavens)",
    ]
    assert "share" in article.debris[0].why
    assert "advertisement" in article.debris[1].why
    assert article.flags == ()
    assert "By Tom" not in article.text and "Published" not in article.text
    _assert_layout(article)


def test_raw_published_wins_over_a_date_line() -> None:
    article = clean(
        RawDocument(None, (FIXTURES / "wire-report.txt").read_bytes(), published="2024-03-18T10:00:00Z")
    )
    assert article.published == "2024-03-18T10:00:00Z"
    assert "Published: March 18, 2024 09:41 GMT" in [d.text for d in article.debris]


def test_hard_wrapped_paragraphs_are_kept_whole() -> None:
    article = clean(RawDocument(None, (FIXTURES / "wrapped-report.txt").read_bytes()))
    assert article.headline == "Flooding forces hundreds from homes in southern Ukraine"
    assert article.byline == "Dasha Litvinova"
    assert len(article.paragraphs) == 3
    first = article.paragraphs[0].text
    assert first.startswith("KHERSON, Ukraine (AP) — Hundreds of residents")
    assert first.endswith("regional officials said.")
    assert "\nvillages along the Dnipro River" in first  # verbatim: the wrap is not rewritten
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("KHERSON, Ukraine", "AP")
    assert article.dateline.span.text == "KHERSON, Ukraine (AP) —"
    assert article.flags == ()
    _assert_layout(article)


@pytest.mark.parametrize(
    ("opening", "span", "place", "date", "agency"),
    [
        ("WASHINGTON (AP) — ", "WASHINGTON (AP) —", "WASHINGTON", None, "AP"),
        ("GAZA CITY, Jan 3 (AFP) – ", "GAZA CITY, Jan 3 (AFP) –", "GAZA CITY", "Jan 3", "AFP"),
        ("BEIRUT/JERUSALEM, March 18 (Reuters) - ", None, "BEIRUT/JERUSALEM", "March 18", "Reuters"),
        ("LONDON — ", "LONDON —", "LONDON", None, None),
        ("BOGOTÁ — ", "BOGOTÁ —", "BOGOTÁ", None, None),
        (
            "GOMA, Democratic Republic of Congo — ",
            None,
            "GOMA, Democratic Republic of Congo",
            None,
            None,
        ),
        ("SÃO PAULO, Brazil (Reuters) - ", None, "SÃO PAULO, Brazil", None, "Reuters"),
    ],
)
def test_dateline_forms(
    opening: str, span: str | None, place: str, date: str | None, agency: str | None
) -> None:
    body = "Officials said ceasefire talks would resume on Thursday after a week-long pause in the fighting."
    article = _clean_text(f"Talks to resume on Thursday\n\n{opening}{body}\n\nNo date was set for a summit.")
    assert article.dateline is not None
    assert article.dateline.span.text == (span or opening.strip())
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (place, date, agency)
    assert article.paragraphs[0].text.startswith(opening.strip())


def test_dateline_after_a_standfirst() -> None:
    article = _clean_text(
        "Ingrid Solheim: 'A ceasefire is a promise you renew every morning'\n"
        "A veteran mediator on thirty years of talking to Colombia's guerrillas\n\n"
        "By Tomás Ferreira\n\n"
        "BOGOTÁ — Ingrid Solheim has spent most of her adult life in rooms where people talk.\n\n"
        "She is blunt about the guerrillas themselves."
    )
    assert article.byline == "Tomás Ferreira"
    assert article.paragraphs[0].text.startswith("A veteran mediator")  # kept as text
    assert article.dateline is not None
    assert article.dateline.span.text == "BOGOTÁ —"
    assert article.dateline.span.start == article.paragraphs[1].start


def test_dateline_only_near_the_top() -> None:
    article = _clean_text(
        "Talks to resume\n\nOfficials said talks would resume on Thursday.\n\n"
        "LONDON — Britain said it would send a delegation."
    )
    assert article.dateline is None


def test_acronym_with_hyphen_is_not_a_dateline() -> None:
    article = _clean_text(
        "Alliance meets\n\nNATO - the alliance said on Monday - would send more air defence."
    )
    assert article.dateline is None


# --- debris and lookalikes ----------------------------------------------------------------------

HEAD = "Evacuation ordered in frontline town\n\n"
LEAD = "Authorities ordered the evacuation of families with children from the town on Monday.\n\n"
TAIL = "\n\nThe order affects about 2,000 people, officials said."


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to follow us on the evacuation route, the mayor said.",
        "Protesters shared photos of the rally on Telegram, where the group has 200,000 followers.",
        "Read also the statement by the ministry, which said troops had withdrawn.",
        "The army said it would subscribe to the ceasefire terms.",
        "Share prices fell 3% after the announcement.",
        "Advertisement revenue at the state broadcaster fell by a third, the report said.",
        "Investigators said the hackers used cookies stolen from the ministry's website to log in.",
        '"Join us," the commander shouted to the crowd, "and we will win."',
        "Follow us to safety, the soldier told the families at the checkpoint.",
        "Join our group, the commander told the recruits.",
        "Related reports from the front line could not be independently verified.",
        "Sign up deadlines for reservists were extended to April, the ministry said.",
        "Stay updated on the evacuation by listening to local radio, officials urged residents.",
        "By Tuesday evening, the troops had withdrawn from the town.",
        "By Russian standards, the raid was small.",
        "Photos by residents show the damage to the school.",
        "Print media in the region have been shut down since 2022.",
        "March 18 was the deadline for the evacuation, officials said.",
        "See also the appendix of the report, which lists the damaged buildings.",
    ],
)
def test_lookalike_lines_stay(line: str) -> None:
    article = _clean_text(HEAD + LEAD + line + TAIL)
    assert [p.text for p in article.paragraphs] == [LEAD.strip(), line, TAIL.strip()]
    assert article.debris == ()
    assert article.related == ()
    assert article.byline is None and article.photo_credit is None and article.published is None


@pytest.mark.parametrize(
    ("line", "why_word"),
    [
        (STAY_UPDATED, "social"),
        ("Follow us on Telegram", "social"),
        ("Follow us on Facebook and Instagram", "social"),
        ("Join our Telegram channel", "social"),
        ("Subscribe to our channel", "social"),
        ("Sign up for our newsletter to get the latest news from Ukraine", "newsletter"),
        ("Share this article", "share"),
        ("Share on Facebook Share on X", "share"),
        ("We use cookies to improve your experience on our site.", "cookie"),
        ("Accept all cookies", "cookie"),
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Related:", "related"),
        ("(Reporting by Tom Balmforth; Editing by Andrew Heavens)", "credits"),
        ("Updated: 2 hours ago", "timestamp"),
        ("Published 3 hours ago", "timestamp"),
    ],
)
def test_debris_lines_are_removed_with_a_reason(line: str, why_word: str) -> None:
    article = _clean_text(HEAD + LEAD + line + TAIL)
    assert [p.text for p in article.paragraphs] == [LEAD.strip(), TAIL.strip()]
    assert [d.text for d in article.debris] == [line]
    assert why_word in article.debris[0].why.lower()
    assert line not in article.text


@pytest.mark.parametrize(
    ("line", "title", "url"),
    [
        ("Read also: Russia strikes Odesa port overnight", "Russia strikes Odesa port overnight", None),
        ("READ MORE: Russia strikes Odesa port overnight", "Russia strikes Odesa port overnight", None),
        (
            "Read more: Russia strikes Odesa port overnight https://example.org/odesa-port",
            "Russia strikes Odesa port overnight",
            "https://example.org/odesa-port",
        ),
        (
            "See also: [Russia strikes Odesa port overnight](https://example.org/odesa-port)",
            "Russia strikes Odesa port overnight",
            "https://example.org/odesa-port",
        ),
        (
            "Related: Zelensky says air defence is the priority",
            "Zelensky says air defence is the priority",
            None,
        ),
    ],
)
def test_related_lines_become_links(line: str, title: str, url: str | None) -> None:
    article = _clean_text(HEAD + LEAD + line + TAIL)
    assert [(r.title, r.url) for r in article.related] == [(title, url)]
    assert title not in article.text
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photo: Valentyna Polishchuk /", "Valentyna Polishchuk"),
        ("(Photo: Reuters)", "Reuters"),
        ("Photo credit: AP Photo/Efrem Lukatsky", "AP Photo/Efrem Lukatsky"),
        ("Image: Getty Images", "Getty Images"),
        ("Photo by John Moore/Getty Images", "John Moore/Getty Images"),
    ],
)
def test_photo_credit_forms(line: str, credit: str) -> None:
    article = _clean_text(HEAD + line + "\n" + LEAD + TAIL)
    assert article.photo_credit == credit
    assert line not in article.text
    assert article.debris == ()


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By John Smith", "John Smith"),
        ("By Olena Harmash, Reuters", "Olena Harmash, Reuters"),
        ("By Reuters", "Reuters"),
        ("BY MARIA DE LA CRUZ", "MARIA DE LA CRUZ"),
    ],
)
def test_byline_forms(line: str, byline: str) -> None:
    article = _clean_text(HEAD + line + "\n" + LEAD + TAIL)
    assert article.byline == byline
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("March 18, 2024", "2024-03-18"),
        ("Published: March 18, 2024 14:05 GMT", "2024-03-18T14:05:00+00:00"),
        ("Monday, 18 March 2024, 10:15", "2024-03-18T10:15:00"),
        ("Updated: 2024-03-18T14:05:00+02:00", "2024-03-18T14:05:00+02:00"),
    ],
)
def test_date_lines(line: str, iso: str) -> None:
    article = _clean_text(HEAD + line + "\n" + LEAD + TAIL)
    assert article.published == iso
    assert line not in article.text


def test_publication_date_preferred_over_update() -> None:
    article = _clean_text(HEAD + "Updated: 19 March 2024\nPublished: 18 March 2024\n" + LEAD + TAIL)
    assert article.published == "2024-03-18"
    assert [d.text for d in article.debris] == ["Updated: 19 March 2024"]


# --- headline and truncation -----------------------------------------------------------------------


def test_no_headline_when_first_line_is_a_sentence() -> None:
    article = _clean_text(LEAD + "The order affects about 2,000 people, officials said.")
    assert article.headline is None and article.headline_span is None
    assert len(article.paragraphs) == 2
    assert article.text.startswith("Authorities ordered")
    _assert_layout(article)


def test_single_line_is_a_paragraph_not_a_headline() -> None:
    article = _clean_text("Drone debris fell on a residential district of Kyiv overnight")
    assert article.headline is None
    assert [p.text for p in article.paragraphs] == [
        "Drone debris fell on a residential district of Kyiv overnight"
    ]


def test_question_headline() -> None:
    article = _clean_text("Is the ceasefire holding?\n\n" + LEAD)
    assert article.headline == "Is the ceasefire holding?"


@pytest.mark.parametrize(
    "ending",
    [
        "The governor said the strike damaged a school and that the children were moved to",
        "Officials said the attack, which began at dawn, had damaged the power station,",
        'The statement said the ministry "will not tolerate" attacks. Ukraine has denied the',
    ],
)
def test_truncated_paragraph_is_flagged(ending: str) -> None:
    article = _clean_text(HEAD + LEAD + ending + TAIL)
    assert [f.name for f in article.flags] == ["truncated_sentence"]
    flag = article.flags[0]
    assert flag.span is not None and ending.endswith(flag.span.text)
    assert article.paragraphs[1].text == ending  # flagged, never removed or rewritten
    _assert_layout(article)


def test_truncation_span_is_the_last_sentence() -> None:
    ending = "Mr. Gladkov said the fire was out. Ukraine has not commented on the"
    article = _clean_text(HEAD + LEAD + ending + TAIL)
    assert article.flags[0].span is not None
    assert article.flags[0].span.text == "Ukraine has not commented on the"


@pytest.mark.parametrize(
    "line",
    [
        'The commander said in a video: "We will not give up a single metre of our land"',
        "Key facts about the",
        "- Rescue teams worked through the night in the",
        "The ministry said 12 people were killed in the strike on Kharkiv",
        'He described the attack as "a crime against the people of the city"',
    ],
)
def test_no_truncation_flag(line: str) -> None:
    article = _clean_text(HEAD + LEAD + line + TAIL)
    assert article.flags == ()


def test_headline_is_never_flagged() -> None:
    article = _clean_text("Russia says it will respond to the\n\n" + LEAD)
    assert article.headline == "Russia says it will respond to the"
    assert article.flags == ()


# --- whole documents ----------------------------------------------------------------------------------


def test_only_debris_is_an_empty_document() -> None:
    with pytest.raises(EmptyDocument, match="no article text left"):
        _clean_text("Advertisement\n\nShare this article\n\nFollow us on Telegram\n")


def test_zero_width_and_nbsp_inside_paragraphs_are_normalised() -> None:
    article = _clean_text(HEAD + "Officials\u00a0said the\u200b bridge was closed on Monday." + TAIL)
    assert article.paragraphs[0].text == "Officials said the bridge was closed on Monday."


def test_languages_option_is_respected() -> None:
    options = CleanOptions(languages=("en", "fr"))
    assert clean(RawDocument(None, SEED.read_bytes()), options).language == "en"


@pytest.mark.parametrize(
    ("first_line", "is_headline"),
    [
        (
            "Senator Says Populist Anger Appeals to ‘Bad Angels Of Our Nature.’",
            True,
        ),  # title case, final period
        ("Port Reopens After Three-Day Strike.", True),
        ("The port reopened on Monday after a three-day strike by dock workers.", False),  # a sentence
    ],
)
def test_title_case_first_line_is_a_headline_even_with_a_period(first_line: str, is_headline: bool) -> None:
    body = "The harbour master said ships began unloading grain at dawn, the first since the strike began."
    article = _clean_text(first_line + "\n\n" + body)
    assert (article.headline == first_line) is is_headline
    _assert_layout(article)
