"""Word alignment from the decoder's attention over the source pieces.

CTranslate2 returns, for every target piece, its attention over the source pieces.
Pieces are grouped into words (letters/digits, with inner hyphens and a trailing
elision apostrophe: ``l’``, ``porte-parole``), the attention is summed per word pair,
and each French word is linked to the English word that attends to it most; each
English word is also linked to the French word it attends to most (union of both
directions).  Links are character spans: ``(src_start, src_end, tgt_start, tgt_end)``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from visavis.core.translation.types import AlignmentLink

Span = tuple[int, int]

WORD = re.compile(r"\w+(?:[-‐]\w+)*['’]?")


def word_spans(text: str) -> list[Span]:
    """Character spans of the words of ``text`` (punctuation is not a word)."""
    return [m.span() for m in WORD.finditer(text)]


def _piece_words(piece_spans: Sequence[Span], words: Sequence[Span]) -> list[int | None]:
    """Index of the word each piece belongs to (first overlapping word), or None."""
    owner: list[int | None] = []
    w = 0
    for start, end in piece_spans:
        while w < len(words) and words[w][1] <= start:
            w += 1
        hit = w < len(words) and words[w][0] < max(end, start + 1)
        owner.append(w if hit else None)
    return owner


def align_words(
    src_text: str,
    src_piece_spans: Sequence[Span],
    tgt_text: str,
    tgt_piece_spans: Sequence[Span],
    attention: Sequence[Sequence[float]],
    *,
    symmetric: bool = True,
) -> tuple[AlignmentLink, ...]:
    """Links between the words of ``src_text`` and ``tgt_text``.

    ``attention[t][s]`` is the weight of source piece ``s`` for target piece ``t``.
    Every source word gets at least one link when the target has a word.
    """
    src_words, tgt_words = word_spans(src_text), word_spans(tgt_text)
    if not src_words or not tgt_words:
        return ()
    src_owner = _piece_words(src_piece_spans, src_words)
    tgt_owner = _piece_words(tgt_piece_spans, tgt_words)
    weights = [[0.0] * len(src_words) for _ in tgt_words]
    for t, row in enumerate(attention[: len(tgt_owner)]):
        tw = tgt_owner[t]
        if tw is None:
            continue
        target_row = weights[tw]
        for s, value in enumerate(row[: len(src_owner)]):
            sw = src_owner[s]
            if sw is not None:
                target_row[sw] += value
    pairs: set[tuple[int, int]] = set()
    n_src, n_tgt = len(src_words), len(tgt_words)
    for sw in range(n_src):
        column = [weights[tw][sw] for tw in range(n_tgt)]
        best = max(range(n_tgt), key=column.__getitem__)
        if column[best] <= 0.0:  # never attended: fall back on the relative position
            best = min(n_tgt - 1, round(sw * n_tgt / n_src))
        pairs.add((sw, best))
    if symmetric:
        for tw in range(n_tgt):
            row = weights[tw]
            best = max(range(n_src), key=row.__getitem__)
            if row[best] > 0.0:
                pairs.add((best, tw))
    return tuple(sorted(
        (src_words[sw][0], src_words[sw][1], tgt_words[tw][0], tgt_words[tw][1])
        for sw, tw in pairs
    ))


def identity_links(text: str) -> tuple[AlignmentLink, ...]:
    """Each word linked to itself: the alignment of a segment copied unchanged."""
    return tuple((a, b, a, b) for a, b in word_spans(text))


def shift_links(
    links: Sequence[AlignmentLink], src_offset: int, tgt_offset: int
) -> tuple[AlignmentLink, ...]:
    """Move links of a sentence part to the coordinates of the whole sentence."""
    return tuple((a + src_offset, b + src_offset, c + tgt_offset, d + tgt_offset)
                 for a, b, c, d in links)
