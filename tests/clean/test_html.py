"""HTML pages: main text and metadata via trafilatura, the shared line rules, related boxes, bad markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.clean import clean, looks_like_html
from claimgraph.clean import html as clean_html_module
from claimgraph.errors import MalformedInput
from claimgraph.model import AnalysedArticle, Article, RawDocument, check_spans

FIXTURES = Path(__file__).parent / "fixtures"
PAGE_URL = "https://www.dailyledger.example/world/2024/03/18/ukraine-drones-belgorod-depot"


@pytest.fixture(scope="module")
def page() -> Article:
    html = (FIXTURES / "wire-report.html").read_bytes()
    return clean(RawDocument(id=None, content=html, is_html=True, url=PAGE_URL))


def test_page_metadata(page: Article) -> None:
    assert page.source_format == "html"
    assert page.headline == "Ukraine says drones hit oil depot in Russia's Belgorod region"
    assert page.byline == "Olena Harmash"
    assert page.published == "2024-03-18"
    assert page.outlet == "Daily Ledger"
    assert page.url == PAGE_URL
    assert page.language == "en"
    assert page.photo_credit == "Anton Vergun/Daily Ledger"  # from the <figcaption>


def test_page_body(page: Article) -> None:
    texts = [p.text for p in page.paragraphs]
    assert len(texts) == 5
    assert texts[0].startswith("KYIV, March 18 (Reuters) - Ukrainian drones struck an oil depot")
    assert texts[2].startswith("Belgorod governor Vyacheslav Gladkov said on Telegram")
    assert texts[-1].startswith("Reuters could not independently verify the reports.")
    # The <h1> repeats the title; it must not also become the first paragraph.
    assert page.text.count("Ukraine says drones hit oil depot") == 1
    assert page.text.startswith(page.headline + "\n\n")
    assert check_spans(AnalysedArticle(page).to_dict()) == []
    assert page.text == "\n\n".join([page.headline, *texts])


def test_page_chrome_is_gone(page: Article) -> None:
    for chrome in (
        "Smoke rises",
        "cookies",
        "Accept all",
        "Subscribe",
        "Business",
        "All rights reserved",
        "Privacy",
        "Morning Briefing",
        "Share on",
        "dataLayer",
        "cookie-banner",
        "Read more",
        "Reporting by",
    ):
        assert chrome not in page.text, chrome


def test_page_dateline(page: Article) -> None:
    assert page.dateline is not None
    assert page.dateline.span.text == "KYIV, March 18 (Reuters) -"
    assert (page.dateline.place, page.dateline.date, page.dateline.agency) == ("KYIV", "March 18", "Reuters")


def test_page_related_links(page: Article) -> None:
    assert [(r.title, r.url) for r in page.related] == [
        (
            "Russian volunteer units claim new raid across Kursk border",
            "https://www.dailyledger.example/world/2024/03/17/kursk-border-raid",
        ),
        (
            "Fire at Russian refinery after drone strike, governor says",
            "https://www.dailyledger.example/world/2024/03/16/refinery-fire",
        ),
        (
            "Missile strike on Odesa kills 14, officials say",
            "https://www.dailyledger.example/world/2024/03/15/odesa-missile",
        ),
    ]


def test_page_debris(page: Article) -> None:
    assert [d.text for d in page.debris] == ["(Reporting by Olena Harmash; Editing by Andrew Heavens)"]
    assert page.flags == ()


def test_html_is_detected_without_the_flag() -> None:
    html = (FIXTURES / "wire-report.html").read_bytes()
    article = clean(RawDocument(id=None, content=html))
    assert article.source_format == "html"
    assert article.headline == "Ukraine says drones hit oil depot in Russia's Belgorod region"


def test_given_outlet_and_date_win_over_page_metadata() -> None:
    html = (FIXTURES / "wire-report.html").read_bytes()
    raw = RawDocument(
        id="p1", content=html, is_html=True, outlet="Ledger Wire", published="2024-03-18T09:41:00Z"
    )
    article = clean(raw)
    assert (article.id, article.outlet, article.published) == ("p1", "Ledger Wire", "2024-03-18T09:41:00Z")


def test_html_flag_on_plain_text_keeps_paragraphs() -> None:
    text = "Metro reopens\n\nKyiv metro stations reopened on Monday.\n\nTrains run every five minutes."
    article = clean(RawDocument(id=None, content=text, is_html=True))
    assert article.source_format == "text"
    assert article.headline == "Metro reopens"
    assert len(article.paragraphs) == 2


def test_unclosed_tags_still_give_text() -> None:
    html = (
        "<html><body><div class='story'><p>Firefighters battled a blaze at a fuel depot in Belgorod "
        "on Monday after a drone attack, the regional governor said.<p>No casualties were reported, "
        "he added, <b>but residents of nearby streets were evacuated as a precaution.</div></span></table>"
    )
    article = clean(RawDocument(id=None, content=html, is_html=True))
    assert [p.text for p in article.paragraphs] == [
        "Firefighters battled a blaze at a fuel depot in Belgorod on Monday after a drone attack, "
        "the regional governor said.",
        "No casualties were reported, he added, but residents of nearby streets were evacuated "
        "as a precaution.",
    ]
    assert article.headline is None


def test_fragment_too_small_for_trafilatura_uses_the_fallback() -> None:
    article = clean(RawDocument(id=None, content="<p>Kyiv metro stations reopened.</p>", is_html=True))
    assert [p.text for p in article.paragraphs] == ["Kyiv metro stations reopened."]


def test_lxml_fallback_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clean_html_module, "_extract", lambda html, url: None)
    html = (
        "<html><head><title>Metro reopens | Daily Ledger</title><script>var x = 'Share this';</script></head>"
        "<body><nav><a href='/'>Home</a></nav><h1>Metro reopens</h1><p>Kyiv metro stations <b>reopened</b> "
        "on Monday.</p><p>Trains run every\n   five minutes.<br>Some stations stay closed.</p>"
        "<footer>All rights reserved</footer></body></html>"
    )
    article = clean(RawDocument(id=None, content=html, is_html=True))
    assert article.headline == "Metro reopens"  # the <h1>, which is also not repeated as a paragraph
    assert [p.text for p in article.paragraphs] == [
        "Kyiv metro stations reopened on Monday.",
        "Trains run every five minutes.",
        "Some stations stay closed.",
    ]


def test_xml_declaration_is_accepted() -> None:
    html = (
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>Kyiv metro stations reopened.</p></body></html>"
    )
    assert clean(RawDocument(id=None, content=html, is_html=True)).paragraphs[0].text == (
        "Kyiv metro stations reopened."
    )


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<html><body><script>var x = 1;</script><style>p { color: red }</style></body></html>",
        "<<<>>> <div <p>",
    ],
)
def test_no_extractable_text_is_malformed(html: str) -> None:
    with pytest.raises(MalformedInput, match="HTML has no extractable main text"):
        clean(RawDocument(id=None, content=html, is_html=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body></body></html>", True),
        ("<!doctype html>\n<title>x</title>", True),
        ("  \n<html lang='en'><body>", True),
        ("<div><p>Kyiv metro stations reopened.</p></div>", True),
        ("<p>One</p>\n<p>Two</p>", True),
        ("Scraped junk\n<div class='a'><p>x</p><p>y</p><p>z</p></div>", True),
        ("The HTML tag <b> makes text bold, the manual says.", False),
        ("Casualties were < 10 and damage was > expected, officials said.", False),
        ("<Reuters> said the strike hit a depot.", False),
        ("Russian rebels: We'll move to other cities in Russia soon.", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected
