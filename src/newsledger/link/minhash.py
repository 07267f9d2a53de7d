"""Near-duplicate detection: MinHash signatures over word shingles, with LSH bands kept in the store.

A syndicated wire story reprinted by ten outlets differs only in a headline, a
byline or a trailing paragraph. Its copies share most word 5-grams, so the
estimated Jaccard similarity of their shingle sets stays high. The signature is
cut into ``BANDS`` bands of ``ROWS`` rows; two documents that agree on any whole
band are candidates (with 16 x 8 the chance of being a candidate is 1/2 at a
similarity of about 0.7 and over 0.99 at 0.9), and a candidate is a copy when the
estimated similarity of the full signatures reaches ``COPY_THRESHOLD``. Bands
are stored as rows (``minhash_bands``), so looking up candidates is an indexed
query on either backend and survives restarts.
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from collections.abc import Sequence

import numpy as np
from datasketch import MinHash

__all__ = ["BANDS", "COPY_THRESHOLD", "NUM_PERM", "ROWS", "band_hashes", "from_bytes", "signature",
           "similarity", "to_bytes"]

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
COPY_THRESHOLD = 0.8
_SEED = 1  # fixed: signatures stored by one run must be comparable with the next run's

_WORD = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str) -> list[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE:
        return [" ".join(words).encode("utf-8")]
    return [" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)]


def _hash32(data: bytes) -> int:
    # CRC-32 as the base hash: MinHash's random permutations supply the independence, so this only
    # needs to be stable across processes and fast (several times faster than datasketch's SHA-1).
    return zlib.crc32(data)


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # Drawing the permutations costs more than hashing an article; draw them once per process.
    perms: tuple[np.ndarray, np.ndarray] = MinHash(num_perm=NUM_PERM, seed=_SEED).permutations
    return perms


def signature(text: str) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` unsigned 64-bit values) of ``text``'s word 5-grams."""
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=_hash32, permutations=_permutations())
    mh.update_batch(_shingles(text))
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8")


def band_hashes(sig: np.ndarray) -> list[int]:
    """One signed 64-bit hash per band (fits a BIGINT column on both backends)."""
    raw = to_bytes(sig)
    width = ROWS * 8
    return [int.from_bytes(hashlib.blake2b(bytes([b]) + raw[b * width:(b + 1) * width], digest_size=8).digest(),
                           "little", signed=True) for b in range(BANDS)]


def similarity(a: np.ndarray | bytes, b: np.ndarray | bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    sa = from_bytes(a) if isinstance(a, bytes) else a
    sb = from_bytes(b) if isinstance(b, bytes) else b
    return float(np.count_nonzero(sa == sb)) / float(len(sa))


def best_copy(sig: np.ndarray, candidates: Sequence[tuple[int, bytes]]) -> tuple[int, float] | None:
    """The earliest candidate (lowest key) whose similarity reaches ``COPY_THRESHOLD``, with it."""
    for key, other in sorted(candidates):
        sim = similarity(sig, other)
        if sim >= COPY_THRESHOLD:
            return key, sim
    return None
