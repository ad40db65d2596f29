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


def strip_accents(text: str) -> str:
    """``norm_key`` without diacritics (``élève`` -> ``eleve``); ligatures kept."""
    decomposed = unicodedata.normalize("NFD", norm_key(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
