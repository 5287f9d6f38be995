"""Decoding: size, emptiness, binary signatures, encodings, normalisation, and language refusal."""

from __future__ import annotations

import codecs

import pytest

from claimgraph.clean import CleanOptions, clean, decode, detect_language
from claimgraph.errors import (
    BadEncoding,
    BinaryInput,
    EmptyDocument,
    InputError,
    TooLarge,
    UnsupportedLanguage,
)
from claimgraph.model import RawDocument

LIMIT = 5_000_000

RUSSIAN = (
    "Добровольческие формирования, выступающие против правящего режима в России, объявили, что они "
    "«скоро двинутся в другие города» страны, и призвали соотечественников присоединиться к их рядам. "
    "Подразделения заявили, что жители Курской и Белгородской областей проигнорировали псевдовыборы, и "
    "теперь никто не может утверждать, что Путин был избран законно. По словам добровольцев, за несколько "
    "дней они освободили два населённых пункта, а российская армия потеряла много техники."
)
FRENCH = (
    "Les formations de volontaires opposées au régime en place en Russie ont annoncé qu'elles allaient "
    "« bientôt se déplacer vers d'autres villes » du pays et ont appelé leurs compatriotes à rejoindre "
    "leurs rangs. Les unités ont déclaré que les habitants des régions de Koursk et de Belgorod avaient "
    "ignoré les pseudo-élections et que personne ne pouvait désormais affirmer que Poutine avait été élu "
    "légalement, selon une déclaration commune lue lors d'une conférence de presse à Kyiv."
)


def _one_line(error: InputError) -> str:
    message = str(error)
    assert message and "\n" not in message
    return message


# --- size and emptiness -----------------------------------------------------------------------------


def test_over_the_limit_is_too_large() -> None:
    with pytest.raises(TooLarge) as caught:
        decode(b"a" * 6_200_000, max_bytes=LIMIT)
    assert _one_line(caught.value) == "input is 6.2 MB, over the 5.0 MB limit (--max-bytes)"


def test_size_is_checked_in_utf8_bytes_for_text() -> None:
    with pytest.raises(TooLarge, match=r"input is 3\.0 MB, over the 2\.0 MB limit"):
        decode("é" * 1_500_000, max_bytes=2_000_000)  # 1.5 M characters, 3 MB


def test_one_byte_over_shows_exact_sizes() -> None:
    with pytest.raises(TooLarge, match="5,000,001 bytes"):
        decode(b"a" * 5_000_001, max_bytes=LIMIT)


def test_size_is_checked_before_anything_else() -> None:
    with pytest.raises(TooLarge):
        decode(b"%PDF-1.7" + b"\x00" * 200, max_bytes=100)


def test_max_bytes_option_reaches_decode() -> None:
    with pytest.raises(TooLarge, match=r"input is 1\.2 kB, over the 1\.0 kB limit"):
        clean(RawDocument(None, b"word " * 240), CleanOptions(max_bytes=1_000))


@pytest.mark.parametrize("content", [b"", b" \n\t\r\n  ", "   \n", "\u200b\u00a0\n"])
def test_empty_or_whitespace_is_empty(content: bytes | str) -> None:
    with pytest.raises(EmptyDocument) as caught:
        decode(content, max_bytes=LIMIT)
    _one_line(caught.value)


def test_zero_bytes_message() -> None:
    with pytest.raises(EmptyDocument, match=r"input is empty \(0 bytes\)"):
        decode(b"", max_bytes=LIMIT)


# --- binary input ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "GZIP"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00", "ELF"),
    ],
)
def test_magic_numbers_are_binary(data: bytes, kind: str) -> None:
    with pytest.raises(BinaryInput) as caught:
        decode(data, max_bytes=LIMIT)
    assert kind in _one_line(caught.value)


def test_pdf_read_as_text_is_still_binary() -> None:
    with pytest.raises(BinaryInput, match="PDF"):
        decode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj", max_bytes=LIMIT)


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(BinaryInput, match="NUL"):
        decode(b"Kyiv\x00\x00\x01\x00metro", max_bytes=LIMIT)


def test_control_characters_are_binary() -> None:
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20]) * 10 + b"some text"
    with pytest.raises(BinaryInput, match="control characters"):
        decode(data, max_bytes=LIMIT)


def test_text_that_starts_like_a_short_signature_is_text() -> None:
    assert decode(b"MZ Lee said the talks had failed.", max_bytes=LIMIT).startswith("MZ Lee")


def test_undecodable_bytes_are_bad_encoding() -> None:
    with pytest.raises(BadEncoding) as caught:
        decode(bytes(range(128, 256)) * 4, max_bytes=LIMIT)
    _one_line(caught.value)


def test_bom_that_lies_is_bad_encoding() -> None:
    with pytest.raises(BadEncoding, match="UTF-16-LE"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", max_bytes=LIMIT)


# --- encodings ---------------------------------------------------------------------------------------------


def test_cp1251_russian() -> None:
    assert decode(RUSSIAN.encode("cp1251"), max_bytes=LIMIT) == RUSSIAN


def test_latin1_french() -> None:
    text = "Les unités ont déclaré que la ville était calme, a indiqué le ministère à Kyiv."
    assert decode(text.encode("latin-1"), max_bytes=LIMIT) == text


def test_utf8_with_bom() -> None:
    assert decode(codecs.BOM_UTF8 + "Kyiv — a city".encode(), max_bytes=LIMIT) == "Kyiv — a city"


def test_utf16_with_bom() -> None:
    data = codecs.BOM_UTF16_LE + "Kyiv — a city".encode("utf-16-le")
    assert decode(data, max_bytes=LIMIT) == "Kyiv — a city"


def test_utf16_without_bom() -> None:
    text = "Kyiv metro stations reopened on Monday morning."
    assert decode(text.encode("utf-16-le"), max_bytes=LIMIT) == text


def test_normalisation() -> None:
    raw = "Read also:\u00a0Title\u200b here\r\nnext\rline\u2028end\ufeff"
    assert decode(raw, max_bytes=LIMIT) == "Read also: Title here\nnext\nline\nend"


def test_other_text_is_untouched() -> None:
    text = "«Quotes», “curly” — dashes – and\ttabs… stay."
    assert decode(text.encode(), max_bytes=LIMIT) == text


# --- language --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "code"), [(RUSSIAN, "ru"), (FRENCH, "fr")])
def test_foreign_articles_are_refused(text: str, code: str) -> None:
    assert len(text.split()) >= 40
    with pytest.raises(UnsupportedLanguage) as caught:
        clean(RawDocument(None, text.encode("utf-8")))
    assert caught.value.language == code
    message = _one_line(caught.value)
    assert message.startswith(f"language '{code}' is not supported (claimgraph analyses English); ")
    assert "detected with probability" in message


def test_cp1251_russian_article_is_refused_as_russian() -> None:
    with pytest.raises(UnsupportedLanguage) as caught:
        clean(RawDocument(None, RUSSIAN.encode("cp1251")))
    assert caught.value.language == "ru"


def test_short_foreign_text_is_assumed_english() -> None:
    article = clean(RawDocument(None, "Путин был избран незаконно, заявили добровольцы."))
    assert article.language == "en"


def test_extra_language_can_be_allowed() -> None:
    article = clean(RawDocument(None, FRENCH), CleanOptions(languages=("en", "fr")))
    assert article.language == "fr"


def test_detect_language() -> None:
    language, probability = detect_language(FRENCH)
    assert language == "fr" and probability > 0.9
    language, probability = detect_language("Troops withdrew from the town on Tuesday, officials said.")
    assert language == "en" and 0.0 <= probability <= 1.0
