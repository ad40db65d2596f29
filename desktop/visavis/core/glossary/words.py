"""Split a French sentence into word spans.

Elided articles and pronouns (``l'``, ``qu'``, ``jusqu'`` ...) become their own word,
whatever apostrophe the text uses; hyphenated compounds stay one word (the lookup
tries the whole compound, then its parts); numbers, punctuation and emoji are not
words; tokens longer than ``MAX_WORD_LENGTH`` (URLs, hashes, run-on garbage) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from visavis.core.glossary.normalize import APOSTROPHES, HYPHENS, norm_key

MAX_WORD_LENGTH = 40

ELISIONS = frozenset({"l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu",
                      "puisqu", "quoiqu", "presqu"})

_LETTERS = r"[^\W\d_]"
_JOINERS = f"[{re.escape(APOSTROPHES + HYPHENS)}]"
_TOKEN_RE = re.compile(rf"\w+(?:{_JOINERS}\w+)*(?:[{re.escape(APOSTROPHES)}](?!\w))?")
_PART_RE = re.compile(rf"{_LETTERS}+(?:[{re.escape(HYPHENS)}]{_LETTERS}+)*")
_ELISION_RE = re.compile(rf"({_LETTERS}+)[{re.escape(APOSTROPHES)}]")


@dataclass(frozen=True)
class Word:
    start: int  # character offsets into the sentence
    end: int
    text: str  # as written
    key: str  # norm_key(text): lowercase, one apostrophe

    @property
    def is_elision(self) -> bool:
        return self.key.endswith("'")


def split_words(text: str) -> list[Word]:
    """Word spans of ``text`` in order; elisions split off, non-words left out."""
    words: list[Word] = []
    for token in _TOKEN_RE.finditer(text):
        _split_token(text, token.start(), token.end(), words)
    return words


def _split_token(text: str, start: int, end: int, out: list[Word]) -> None:
    # peel elisions off the front: "jusqu'à", "qu'l'..." and "l’homme"
    while True:
        match = _ELISION_RE.match(text, start, end)
        if not match or match.group(1).lower() not in ELISIONS:
            break
        _add(text, start, match.end(), out)
        start = match.end()
    if start >= end or end - start > MAX_WORD_LENGTH:
        return
    if any(c.isdigit() or c == "_" for c in text[start:end]):
        # "COVID-19", "1er": keep only the letter parts that do not touch a digit
        for part in _PART_RE.finditer(text, start, end):
            if not _touches_digit(text, part.start(), part.end()):
                _add(text, part.start(), part.end(), out)
        return
    _add(text, start, end, out)


def _touches_digit(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return before.isdigit() or after.isdigit()


def _add(text: str, start: int, end: int, out: list[Word]) -> None:
    while end > start and text[end - 1] in APOSTROPHES and text[start:end - 1].lower() not in ELISIONS:
        end -= 1  # a closing quote glued to a word is not part of it
    if end > start and any(c.isalpha() for c in text[start:end]):
        out.append(Word(start, end, text[start:end], norm_key(text[start:end])))
