"""Cut sentences that are too long for the model into parts, never dropping text.

A part ends after a comma, semicolon, colon or dash when possible, else between words,
else (one enormous "word") every ``max_tokens`` characters.  Each part is returned
with its offset in the sentence so translations and alignments can be joined back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CLAUSE_END = re.compile(r"[,;:]\s+|\s+[—–-]\s+")
_WORD = re.compile(r"\s*\S+\s*")


def split_long(text: str, count_tokens: Callable[[str], int], max_tokens: int) -> list[tuple[int, str]]:
    """``[(offset, part), ...]`` covering ``text``; each part has at most ``max_tokens`` tokens.

    ``"".join(parts) == text`` (whitespace kept with the part it follows).
    """
    if max_tokens < 1:
        raise ValueError("max_tokens must be positive")
    if count_tokens(text) <= max_tokens:
        return [(0, text)]
    pieces = _cut(text, _CLAUSE_END)
    if len(pieces) == 1:
        pieces = _cut(text, None)
    parts: list[tuple[int, str]] = []
    offset = 0
    current = ""
    for piece in pieces:
        if current and count_tokens(current + piece) > max_tokens:
            parts.append((offset, current))
            offset += len(current)
            current = ""
        current += piece
        if count_tokens(current) > max_tokens:
            for sub_offset, sub in _split_piece(current, count_tokens, max_tokens):
                parts.append((offset + sub_offset, sub))
            offset += len(current)
            current = ""
    if current:
        parts.append((offset, current))
    return parts


def _cut(text: str, pattern: re.Pattern[str] | None) -> list[str]:
    """Pieces of ``text`` ending after each match of ``pattern`` (or after each word)."""
    if pattern is None:
        words = [m.group(0) for m in _WORD.finditer(text)]
        return words if words else [text]
    pieces, start = [], 0
    for m in pattern.finditer(text):
        pieces.append(text[start:m.end()])
        start = m.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _split_piece(piece: str, count_tokens: Callable[[str], int], max_tokens: int) -> list[tuple[int, str]]:
    words = _cut(piece, None)
    if len(words) > 1:
        return split_long(piece, count_tokens, max_tokens)
    # a single over-long word: fixed windows of characters
    window = max(1, max_tokens // 2)  # a piece can cost two tokens ("▁" + one character)
    return [(i, piece[i:i + window]) for i in range(0, len(piece), window)]
