"""Name normalisation shared by the gazetteer build and its lookups.

Both sides must fold names identically, or an alias stored at build time can never be found again;
that is why this lives in one small module with no other dependencies.
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["ascii_fold", "normalize_name"]

# Apostrophe look-alikes. Transliterations disagree on the soft sign and the Arabic ayn/hamza
# (Ryl'sk / Ryl’sk / Rylsk, ‘Ajmān / Ajman), so these are dropped rather than unified to one mark.
_APOSTROPHES = (
    "'\u2018\u2019\u201a\u201b\u02b9\u02ba\u02bb\u02bc\u02bd\u02be\u02bf\u0060\u00b4\u2032\u2033\ua78c"
)
# Hyphens and dashes become spaces: "Ivano-Frankivsk" and "Ivano Frankivsk" are the same name.
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"

_TRANSLATE: dict[int, str | None] = {ord(c): None for c in _APOSTROPHES}
_TRANSLATE.update({ord(c): " " for c in _HYPHENS})
_TRANSLATE.update(
    {
        ord("\u00ad"): None,  # soft hyphen: invisible, never a word break in a name
        ord("."): None,  # "St. Louis" = "St Louis", "U.S." = "US"
        ord(","): " ",  # ISO writes "Tatarstan, Respublika"
        ord("\u200c"): None,  # zero-width (non-)joiners appear inside Persian alternate names
        ord("\u200d"): None,
        ord("\ufeff"): None,
    }
)

# Latin letters that have no Unicode decomposition, so NFKD alone would keep them.
_LATIN_EXTRA = {
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "Þ": "Th",
    "æ": "ae",
    "Æ": "Ae",
    "œ": "oe",
    "Œ": "Oe",
    "ı": "i",
    "ħ": "h",
    "Ħ": "H",
    "ŀ": "l",
    "Ŀ": "L",
    "ŧ": "t",
    "Ŧ": "T",
    "ß": "ss",
    "ẞ": "Ss",
}
_LATIN_EXTRA_TABLE = str.maketrans(_LATIN_EXTRA)


def _is_diacritic(ch: str) -> bool:
    # Only the combining blocks used with Latin, Greek and Cyrillic letters: stripping every
    # nonspacing mark would also delete Indic vowel signs and Hebrew/Arabic vowel points,
    # merging names that are really different in those scripts.
    o = ord(ch)
    return (
        0x0300 <= o <= 0x036F
        or 0x1AB0 <= o <= 0x1AFF
        or 0x1DC0 <= o <= 0x1DFF
        or 0x20D0 <= o <= 0x20FF
        or 0xFE20 <= o <= 0xFE2F
    )


def _strip_diacritics(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    kept = "".join(ch for ch in decomposed if not _is_diacritic(ch))
    return unicodedata.normalize("NFC", kept)


@functools.lru_cache(maxsize=1 << 16)  # pure, and called for the same few names again and again
def normalize_name(s: str) -> str:
    """Fold a place name to its lookup key.

    Casefold, strip Latin/Greek/Cyrillic diacritics (Tëtkino → tetkino, Київ → киiв), drop
    apostrophes and periods, turn hyphens/dashes/commas into spaces, and collapse whitespace.
    """
    if s.isascii():
        # Fast path for the ~60% of names that are plain ASCII: nothing to decompose or strip.
        return " ".join(s.lower().translate(_TRANSLATE).split())
    s = unicodedata.normalize("NFKC", s).casefold()
    s = s.translate(_TRANSLATE)
    s = _strip_diacritics(s).translate(_LATIN_EXTRA_TABLE)
    return " ".join(s.split())


def ascii_fold(s: str) -> str:
    """Strip diacritics from Latin letters, keeping case and punctuation ("Tëtkino" → "Tetkino").

    Marks on non-ASCII letters stay (Київ keeps its ї): this is a display helper for the
    ``ascii`` column, not a transliterator, and "Киів" would be a misspelling.
    """
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", s):
        if _is_diacritic(ch) and out and out[-1].isascii():
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).translate(_LATIN_EXTRA_TABLE)
