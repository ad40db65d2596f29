"""Normalisation of French word forms into lookup keys.

Shared by the dictionary build script and the runtime lookups so both agree on keys.
"""

from __future__ import annotations

import re
import unicodedata

# Every character readers and web pages use as an apostrophe.
APOSTROPHES = "'’ʼ‘`´′"
HYPHENS = "-‐‑‒–"

_APOSTROPHE_RE = re.compile(f"[{re.escape(APOSTROPHES)}]")
_HYPHEN_RE = re.compile(f"[{re.escape(HYPHENS[1:])}]")
_SPACES_RE = re.compile(r"\s+")


def norm_key(text: str) -> str:
    """Lowercase, accents kept, one kind of apostrophe and hyphen, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _APOSTROPHE_RE.sub("'", text)
    text = _HYPHEN_RE.sub("-", text)
    return _SPACES_RE.sub(" ", text).strip().lower()


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def strip_accents(text: str) -> str:
    """``norm_key`` without diacritics (``élève`` -> ``eleve``); ligatures kept."""
    decomposed = unicodedata.normalize("NFD", norm_key(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def unfold_ligatures(key: str) -> str:
    """``œ`` -> ``oe``, ``æ`` -> ``ae`` (« oeuvre » is how « œuvre » is often typed)."""
    return key.translate(_LIGATURES)


def plain_key(text: str) -> str:
    """The accent-free key: ``strip_accents`` with œ/æ spelt out (``Œuvré`` -> ``oeuvre``)."""
    return unfold_ligatures(strip_accents(text))
