"""Bytes (or text) in, normalised text out, or a one-line reason why the input is not text.

Order matters: the size check runs before anything reads the whole input, and binary signatures
are checked before charset detection, because charset_normalizer will happily "decode" a PNG.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from claimgraph.errors import BadEncoding, BinaryInput, EmptyDocument, TooLarge

# (signature, description, offset). Formats a scraper or a user is likely to hand us by mistake.
MAGIC_NUMBERS: tuple[tuple[bytes, str, int], ...] = (
    (b"%PDF-", "a PDF document", 0),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", 0),
    (b"\xff\xd8\xff", "a JPEG image", 0),
    (b"GIF87a", "a GIF image", 0),
    (b"GIF89a", "a GIF image", 0),
    (b"II*\x00", "a TIFF image", 0),
    (b"MM\x00*", "a TIFF image", 0),
    (b"RIFF", "a RIFF media file (WebP image, WAV audio or AVI video)", 0),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB, which are ZIP files)", 0),
    (b"PK\x05\x06", "an empty ZIP archive", 0),
    (b"\x1f\x8b", "a GZIP-compressed file", 0),
    (b"BZh", "a BZIP2-compressed file", 0),
    (b"\xfd7zXZ\x00", "an XZ-compressed file", 0),
    (b"(\xb5/\xfd", "a Zstandard-compressed file", 0),
    (b"7z\xbc\xaf'\x1c", "a 7-Zip archive", 0),
    (b"Rar!\x1a\x07", "a RAR archive", 0),
    (b"\x7fELF", "an ELF executable", 0),
    (b"MZ", "a Windows executable", 0),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable", 0),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office file (DOC/XLS/PPT)", 0),
    (b"SQLite format 3\x00", "an SQLite database", 0),
    (b"\x00asm", "a WebAssembly module", 0),
    (b"ID3", "an MP3 audio file", 0),
    (b"OggS", "an Ogg media file", 0),
    (b"ftyp", "an MP4/MOV media file", 4),
)
# Short signatures can also begin ordinary text ("MZ" is a surname, "RIFF" a word), so they only
# count with a confirming byte pattern after them.
_WEAK_MAGIC: dict[bytes, re.Pattern[bytes]] = {
    b"MZ": re.compile(rb"MZ.{0,62}\x00", re.DOTALL),
    b"RIFF": re.compile(rb"RIFF.{4}(?:WEBP|WAVE|AVI )", re.DOTALL),
    b"BZh": re.compile(rb"BZh[1-9]1AY&SY"),
    b"ID3": re.compile(rb"ID3[\x02-\x04]\x00"),
    b"\x1f\x8b": re.compile(rb"\x1f\x8b\x08"),
}

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Invisible characters that scrapers leave inside words and that break tokenisation and matching.
# U+00AD (soft hyphen) is included: it is only a hyphenation hint and renders as nothing.
# No-break spaces become ordinary spaces so that line rules and word splitting see them as spaces.
# (str.replace per character: several times faster than str.translate on multi-megabyte input.)
_REPLACEMENTS = (
    *((ch, "") for ch in "\u200b\u200c\u200d\u2060\ufeff\u180e\u00ad"),
    *((ch, " ") for ch in "\u00a0\u202f\u2007"),
)
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029]")

_CONTROL_SAMPLE = 65_536
_MAX_CONTROL_RATIO = 0.05
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def decode(content: bytes | str, *, max_bytes: int) -> str:
    """Return ``content`` as normalised text; raise an ``InputError`` subclass when it is not usable text.

    Normalisation: newlines become ``\\n``, zero-width characters are removed, no-break spaces become
    spaces. Nothing else inside the text changes, so offsets computed later stay meaningful.
    """
    _check_size(content, max_bytes)
    if isinstance(content, str):
        _check_binary_text(content)
        text = content
    else:
        text = _decode_bytes(content)
    text = normalise(text)
    if not text.strip():
        raise EmptyDocument("input has no text (it is empty or only whitespace)")
    return text


def normalise(text: str) -> str:
    """Apply the decode-time normalisations (also used on text that arrives already decoded)."""
    text = _NEWLINES.sub("\n", text) if "\r" in text or "\u2028" in text or "\u2029" in text else text
    for char, replacement in _REPLACEMENTS:
        if char in text:
            text = text.replace(char, replacement)
    return text


def _check_size(content: bytes | str, max_bytes: int) -> None:
    # A character is one to four UTF-8 bytes, so most strings need no encoding to be measured.
    if isinstance(content, bytes) or len(content) > max_bytes:
        size = len(content)
    elif 4 * len(content) <= max_bytes:
        return
    else:
        size = len(content.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        got, limit = _human_size(size), _human_size(max_bytes)
        if got == limit:  # "5.0 MB, over the 5.0 MB limit" reads like a bug; show exact bytes
            got, limit = f"{size:,} bytes", f"{max_bytes:,}-byte"
        raise TooLarge(f"input is {got}, over the {limit} limit (--max-bytes)")


def _human_size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB"
    return f"{n} bytes"


def _decode_bytes(data: bytes) -> str:
    if not data:
        raise EmptyDocument("input is empty (0 bytes)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                name = encoding.upper()
                raise BadEncoding(
                    f"input starts with a {name} byte-order mark but is not valid {name} "
                    f"(bad byte at offset {exc.start + len(bom)})"
                ) from None
            _check_binary_text(text)
            return text
    kind = _sniff_binary(data)
    if kind is not None:
        raise BinaryInput(f"input looks like {kind}, not text")
    utf16 = _sniff_utf16(data)
    if utf16 is not None:
        _check_binary_text(utf16)
        return utf16
    if b"\x00" in data[:_CONTROL_SAMPLE]:
        raise BinaryInput("input contains NUL bytes, so it is binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise BadEncoding("input is not valid UTF-8 and no other text encoding fits it") from None
        text = str(best)
    _check_binary_text(text)
    return text


def _sniff_binary(data: bytes) -> str | None:
    for signature, description, offset in MAGIC_NUMBERS:
        if data[offset : offset + len(signature)] != signature:
            continue
        confirm = _WEAK_MAGIC.get(signature)
        if confirm is None or confirm.match(data):
            return description
    return None


def _sniff_utf16(data: bytes) -> str | None:
    """Decode BOM-less UTF-16, which is mostly ASCII with a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.05 * len(other):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _check_binary_text(text: str) -> None:
    sample = text[:_CONTROL_SAMPLE]
    if "\x00" in sample:
        raise BinaryInput("input contains NUL characters, so it is binary data, not text")
    head = sample[:32].encode("latin-1", "replace")
    kind = _sniff_binary(head)
    if kind is not None:
        raise BinaryInput(f"input looks like {kind}, not text")
    if not sample:
        return
    controls = sum(1 for ch in sample if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc")
    if controls / len(sample) > _MAX_CONTROL_RATIO:
        raise BinaryInput(
            f"{controls / len(sample):.0%} of the input's characters are control characters, "
            "so it is binary data, not text"
        )
