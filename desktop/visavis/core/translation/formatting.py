"""Carry the French inline formatting (bold, italic, code, links) over to the English.

Which English words render which French words: the glossary's word alignment
(``core/glossary/word_alignment``, confident links only) when it has already been computed
for this sentence pair (its cache is filled in a worker; nothing is computed here, on the
GUI thread), else the engine's own alignment (``Translation.alignment``, from the model's
attention).  A French span is carried over only when that is clear: it covers its whole
sentence, or the English words aligned to it form one run (only spaces between them) no
longer than the French span allows.  Otherwise the English stays plain — a wrong bold word
is worse than a missing one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from visavis.core.glossary.alignment import aligned_english
from visavis.core.glossary.word_alignment import cached_alignment, english_for, has_cached_alignment
from visavis.core.translation.types import Translation

T = TypeVar("T")

__all__ = ["carried_spans"]


def carried_spans(spans: Sequence[tuple[int, int, T]], sentence: tuple[int, int],
                  translation: Translation | None, english: str,
                  french: str | None = None) -> list[tuple[int, int, T]]:
    """English spans ``(start, end, payload)`` (offsets in ``english``) for the French spans
    ``(start, end, payload)`` (block offsets) that overlap ``sentence`` = (start, end) in the
    block, given the sentence's ``translation`` (None for a reader's correction) and its
    French text (to find the glossary's word alignment)."""
    s_start, s_end = sentence
    out: list[tuple[int, int, T]] = []
    for start, end, payload in spans:
        start, end = max(start, s_start), min(end, s_end)
        if start >= end:
            continue
        if start <= s_start and end >= s_end - 1:  # the whole sentence (but its final stop)
            out.append((0, len(english), payload))
            continue
        fr_start, fr_end = start - s_start, end - s_start
        if french is not None and has_cached_alignment(french, english):
            aligned = english_for(cached_alignment(french, english), fr_start, fr_end)
        elif translation is not None and translation.alignment and translation.text == english:
            aligned = aligned_english(translation, fr_start, fr_end)
        else:
            continue
        run = _one_run(aligned, english)
        if run is not None and run[1] - run[0] <= 2 * (end - start) + 12:
            out.append((run[0], run[1], payload))
    return out


def _one_run(spans: list[tuple[int, int]], text: str) -> tuple[int, int] | None:
    if not spans:
        return None
    for (_s, previous_end), (start, _e) in zip(spans, spans[1:], strict=False):
        if text[previous_end:start].strip():
            return None  # other words in between: not one rendering
    return spans[0][0], spans[-1][1]
