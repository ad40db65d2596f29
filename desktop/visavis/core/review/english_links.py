"""Which English words of a sentence translate the term: highlighted on the card's back.

First choice: the glossary's word aligner (``core/glossary/word_alignment``: dictionary
evidence, works on any English, only its confident links).  When it links none of the
term's words, the engine's alignment cached with the machine translation of the sentence
(``core/glossary/alignment.aligned_english``), when the English shown is that translation.
"""

from __future__ import annotations

import re
from typing import Any

from visavis.core.glossary.alignment import aligned_english
from visavis.core.glossary.word_alignment import cached_alignment, english_for
from visavis.core.review.model import Span
from visavis.core.store.translations import alignment_from_json
from visavis.core.translation.types import Translation

_JOINERS = " \t-‐‑'’"


def _merge(spans: list[Span], text: str = "") -> tuple[Span, ...]:
    """Sorted spans; overlapping ones, or ones only spaces or a hyphen apart in ``text``
    (« start-ups », "young shoots"), joined."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        gap = text[merged[-1][1]:start] if merged and text else None
        if merged and (start <= merged[-1][1] or (gap is not None and not gap.strip(_JOINERS))):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return tuple(merged)


_WORD = re.compile(r"\w+(?:[-‐‑'’]\w+)*")


def whole_words(spans: tuple[Span, ...], text: str) -> tuple[Span, ...]:
    """Each span widened to the whole hyphenated word it touches: the aligner links word
    pieces ("start" of "start-ups"), the card highlights words."""
    tokens = [m.span() for m in _WORD.finditer(text)]
    widened = []
    for start, end in spans:
        touching = [t for t in tokens if t[0] < end and start < t[1]]
        if touching:
            start, end = min(start, touching[0][0]), max(end, touching[-1][1])
        widened.append((start, end))
    return _merge(widened, text)


def _aligner_spans(french: str, english: str, fr_spans: tuple[Span, ...]) -> tuple[Span, ...]:
    links = cached_alignment(french, english)  # shared with the hover popup's cache
    return _merge([span for start, end in fr_spans for span in english_for(links, start, end)],
                  english)


def _cached_alignment(db: Any, french: str, english: str) -> tuple | None:
    rows = db.query("SELECT alignment FROM translations WHERE source_text = ? AND text = ?"
                    " ORDER BY created_at DESC LIMIT 1", (french, english))
    return alignment_from_json(rows[0][0]) if rows else None


def english_spans(db: Any, french: str, english: str,
                  fr_spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Character spans of ``english`` aligned to the French ``fr_spans`` (may be empty)."""
    if not english or not fr_spans:
        return ()
    found = _aligner_spans(french, english, fr_spans)
    if found:
        return whole_words(found, english)
    alignment = _cached_alignment(db, french, english) if db is not None else None
    if not alignment:
        return ()
    translation = Translation(english, alignment)
    spans: list[Span] = []
    for start, end in fr_spans:
        spans.extend(aligned_english(translation, start, end))
    return whole_words(_merge(spans, english), english)
