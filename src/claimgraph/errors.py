"""The exception tree, written down once.

ClaimgraphError
 ├─ InputError            bad input: exit code 2 in single mode, an ``error`` line in batch mode
 │   ├─ EmptyDocument
 │   ├─ BinaryInput
 │   ├─ TooLarge
 │   ├─ BadEncoding
 │   ├─ UnsupportedLanguage
 │   └─ MalformedInput    (bad JSONL line, HTML with no extractable text, ...)
 ├─ ModelMissing          no English spaCy pipeline installed; the message gives the install line
 └─ GazetteerMissing      no (or an outdated) gazetteer index; the message says to run
                          `claimgraph gazetteer build`
"""

from __future__ import annotations


class ClaimgraphError(Exception):
    """Base class: every error claimgraph raises on purpose."""

    exit_code = 1


class InputError(ClaimgraphError):
    """The input cannot be analysed; the reason is the message (one line)."""

    exit_code = 2


class EmptyDocument(InputError):
    pass


class BinaryInput(InputError):
    pass


class TooLarge(InputError):
    pass


class BadEncoding(InputError):
    pass


class UnsupportedLanguage(InputError):
    def __init__(self, message: str, language: str | None = None) -> None:
        super().__init__(message)
        self.language = language


class MalformedInput(InputError):
    pass


class ModelMissing(ClaimgraphError):
    pass


class GazetteerMissing(ClaimgraphError):
    """The gazetteer index is absent or was built by an incompatible version.

    Raised only when building it on the spot was not allowed (``Gazetteer.open(build=False)``),
    so the message always tells the user the one command that fixes it.
    """
