"""Exact and near-duplicate detection for the corpus.

Identity: two articles are the same article when their *normalised* texts are equal (case, Unicode
compatibility forms, punctuation and whitespace ignored), so a re-scraped page with different quote
marks or line wrapping is not stored twice. ``content_hash`` is that identity.

Near-duplicates (syndicated copies with a new headline or a credit line, lightly edited wire copy):
MinHash signatures over word 3-shingles, indexed with MinHash LSH (datasketch). The LSH returns
candidates whose Jaccard similarity is probably above the threshold; each candidate is then checked
against its stored signature, because LSH alone lets through false positives near the threshold.

Signatures are plain ``uint64`` arrays, so the store can persist them (``signature_bytes``) and a
later run rebuilds the index from the database (``NearDuplicateIndex.add_signature``) — re-runs and
resumed runs see every article stored before.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

__all__ = [
    "DedupParams",
    "NearDuplicateIndex",
    "content_hash",
    "identity_text",
    "shingles",
]

_WORD = re.compile(r"\w+")
# datasketch ≥ 2.0 names its hashing scheme; persisted signatures are only comparable within one.
_SCHEME = "affine32"


@dataclass(frozen=True, slots=True)
class DedupParams:
    """Settings that persisted signatures depend on; the store records them and refuses a mismatch."""

    num_perm: int = 128
    threshold: float = 0.7  # estimated Jaccard of 3-shingle sets at or above which two texts are copies
    shingle_size: int = 3
    seed: int = 1

    def key(self) -> str:
        return f"minhash:{_SCHEME}:perm={self.num_perm}:k={self.shingle_size}:seed={self.seed}"


def identity_text(text: str) -> str:
    """The text as compared for identity: NFKC, case-folded, words only, single-spaced."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def content_hash(text: str) -> str:
    """SHA-256 of ``identity_text``: equal for texts that differ only in case, punctuation or spacing."""
    return hashlib.sha256(identity_text(text).encode("utf-8", "surrogatepass")).hexdigest()


def shingles(text: str, k: int = 3) -> set[bytes]:
    """Contiguous word k-grams of the identity text; a text shorter than k words is one shingle."""
    words = identity_text(text).split()
    if len(words) < k:
        return {" ".join(words).encode("utf-8", "surrogatepass")} if words else set()
    return {" ".join(words[i : i + k]).encode("utf-8", "surrogatepass") for i in range(len(words) - k + 1)}


@dataclass(frozen=True, slots=True)
class Match:
    key: str
    similarity: float


class NearDuplicateIndex:
    """MinHash LSH over the originals seen so far (stored ones and those of the current run)."""

    def __init__(self, params: DedupParams = DedupParams()) -> None:
        self.params = params
        self._lsh = MinHashLSH(threshold=params.threshold, num_perm=params.num_perm)
        self._signatures: dict[str, np.ndarray] = {}
        # Permutations are drawn once: building them per document costs more than hashing it.
        self._template = MinHash(num_perm=params.num_perm, seed=params.seed, scheme=_SCHEME)

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: str) -> bool:
        return key in self._signatures

    def signature(self, text: str) -> np.ndarray:
        """The MinHash signature of ``text`` (``num_perm`` uint64 values)."""
        mh = MinHash(
            num_perm=self.params.num_perm,
            seed=self.params.seed,
            permutations=self._template.permutations,
            scheme=_SCHEME,
        )
        mh.update_batch(list(shingles(text, self.params.shingle_size)))
        values: np.ndarray = mh.hashvalues.astype(np.uint64)
        return values

    def query(self, signature: np.ndarray) -> Match | None:
        """The most similar indexed original at or above the threshold, if any."""
        candidates = self._lsh.query(self._lean(signature))
        best: Match | None = None
        for key in candidates:
            similarity = float(np.count_nonzero(self._signatures[key] == signature)) / len(signature)
            if similarity >= self.params.threshold and (
                best is None or (similarity, key) > (best.similarity, best.key)
            ):
                best = Match(str(key), similarity)
        return best

    def add_signature(self, key: str, signature: np.ndarray) -> None:
        if key in self._signatures:
            return
        self._lsh.insert(key, self._lean(signature))
        self._signatures[key] = signature

    def add_signatures(self, items: Iterable[tuple[str, bytes]]) -> int:
        """Load persisted ``(key, signature_bytes)`` pairs; returns how many were added."""
        before = len(self)
        with self._lsh.insertion_session() as session:
            for key, blob in items:
                if key in self._signatures:
                    continue
                signature = signature_from_bytes(blob, self.params.num_perm)
                session.insert(key, self._lean(signature))
                self._signatures[key] = signature
        return len(self) - before

    def remove(self, key: str) -> None:
        if key in self._signatures:
            self._lsh.remove(key)
            del self._signatures[key]

    def _lean(self, signature: np.ndarray) -> LeanMinHash:
        return LeanMinHash(seed=self.params.seed, hashvalues=signature, scheme=_SCHEME)


def signature_bytes(signature: np.ndarray) -> bytes:
    """Little-endian uint64s: the same bytes on every platform and backend."""
    return signature.astype("<u8").tobytes()


def signature_from_bytes(blob: bytes, num_perm: int) -> np.ndarray:
    values = np.frombuffer(blob, dtype="<u8").astype(np.uint64)
    if len(values) != num_perm:
        raise ValueError(f"stored MinHash signature has {len(values)} values, expected {num_perm}")
    return values
