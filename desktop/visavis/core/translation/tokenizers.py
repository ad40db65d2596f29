"""Tokenizers of Argos packages, with the character span of every piece.

``encode(text)`` returns the model pieces and, for each, its ``(start, end)`` character
span in ``text``; ``decode(pieces)`` returns the text and the span of each piece in it.
The spans feed the word alignment.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Protocol

Span = tuple[int, int]


class PieceTokenizer(Protocol):
    def encode(self, text: str) -> tuple[list[str], list[Span]]: ...

    def decode(self, pieces: list[str]) -> tuple[str, list[Span]]: ...

    def count(self, text: str) -> int: ...


def _byte_to_char(text: str) -> list[int]:
    """``table[b]`` = index of the character holding UTF-8 byte ``b`` (plus the end)."""
    table: list[int] = []
    for i, ch in enumerate(text):
        table.extend([i] * len(ch.encode("utf-8")))
    table.append(len(text))
    return table


class SentencePieceTokenizer:
    def __init__(self, model_file: Path) -> None:
        import sentencepiece as spm

        self._sp = spm.SentencePieceProcessor(model_file=str(model_file))

    def count(self, text: str) -> int:
        return len(self._sp.encode(text))

    def encode(self, text: str) -> tuple[list[str], list[Span]]:
        proto = self._sp.encode(text, return_type="proto")
        table = _byte_to_char(text)
        pieces = [p.piece for p in proto.pieces]
        spans = [(table[min(p.begin, len(table) - 1)], table[min(p.end, len(table) - 1)])
                 for p in proto.pieces]
        return pieces, spans

    def decode(self, pieces: list[str]) -> tuple[str, list[Span]]:
        ids = [self._sp.piece_to_id(p) for p in pieces]
        proto = self._sp.decode(ids, return_type="proto")
        text = proto.text
        table = _byte_to_char(text)
        spans = [(table[min(p.begin, len(table) - 1)], table[min(p.end, len(table) - 1)])
                 for p in proto.pieces]
        if len(spans) != len(pieces):  # should not happen; keep one span per piece
            spans = (spans + [(len(text), len(text))] * len(pieces))[: len(pieces)]
        return text, spans


class BpeTokenizer:
    """Moses + subword-nmt BPE (older Argos packages), through argostranslate's class."""

    def __init__(self, model_file: Path, from_code: str, to_code: str) -> None:
        from argostranslate.tokenizer import BPETokenizer

        self._bpe = BPETokenizer(model_file, from_code, to_code)

    def count(self, text: str) -> int:
        return len(self._bpe.encode(text))

    def encode(self, text: str) -> tuple[list[str], list[Span]]:
        pieces = list(self._bpe.encode(text))
        return pieces, _locate(text, [p.removesuffix("@@") for p in pieces])

    def decode(self, pieces: list[str]) -> tuple[str, list[Span]]:
        text = self._bpe.decode(pieces)
        if text.endswith("@@"):  # the model stopped inside a word
            text = text[:-2]
        return text, _locate(text, [p.removesuffix("@@") for p in pieces])


def _locate(text: str, surfaces: list[str]) -> list[Span]:
    """Spans of ``surfaces`` found one after the other in ``text`` (empty span if not found)."""
    spans: list[Span] = []
    pos = 0
    for surface in surfaces:
        needle = html.unescape(surface)
        found = text.find(needle, pos) if needle else -1
        if found < 0 or found - pos > 10:
            spans.append((pos, pos))
            continue
        spans.append((found, found + len(needle)))
        pos = found + len(needle)
    return spans
