"""Language identification with py3langid, loaded once and only when first needed.

Loading the model takes about half a second, so ``import claimgraph.clean`` must not pay for it;
a cached factory defers the load to the first article and shares it afterwards.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from claimgraph.errors import UnsupportedLanguage

# Below this probability the detector is guessing, and claimgraph would rather analyse the text
# as English than refuse it (short or mixed-language texts give flat distributions).
CONFIDENT = 0.9
SAMPLE_CHARS = 20_000

_WORD = re.compile(r"\w+")
_LANGUAGE_NAMES = {"en": "English"}


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    # norm_probs gives a probability in [0, 1] that can be compared with a threshold;
    # the raw scores are log-likelihoods that depend on the text length.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """Return the most likely ISO 639-1 code for ``text`` and its normalised probability.

    Only the first ``SAMPLE_CHARS`` characters are read: a few pages settle the language, and the
    detector is linear in the input, which matters for multi-megabyte documents.
    """
    language, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return str(language), float(probability)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def check_language(text: str, languages: tuple[str, ...], min_words: int) -> str:
    """Return the language to record for ``text``; raise ``UnsupportedLanguage`` when it is clearly another.

    Texts shorter than ``min_words`` are assumed to be in the first supported language: the detector
    is unreliable on a headline and two sentences, and refusing them would lose real articles.
    """
    assumed = languages[0] if languages else "en"
    if word_count(text) < min_words:
        return assumed
    language, probability = detect_language(text)
    if probability < CONFIDENT:
        return assumed
    if language in languages:
        return language
    if languages == ("en",):
        supported = "claimgraph analyses English"
    else:
        supported = "supported: " + ", ".join(_LANGUAGE_NAMES.get(code, code) for code in languages)
    raise UnsupportedLanguage(
        f"language {language!r} is not supported ({supported}); detected with probability {probability:.2f}",
        language=language,
    )
