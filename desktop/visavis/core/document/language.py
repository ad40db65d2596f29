"""Which language a block of text is in: py3langid, restricted to a few languages.

py3langid (a maintained port of langid.py: a naive Bayes model over byte n-grams, no
network, ~1 s to load once) is restricted to the languages a French reader meets in
French documents, which makes it much more reliable on short texts than the open set.

Per block: a block with enough letters is classified on its own and only counts as not
French when the identifier is sure (``SURE``).  Short blocks (a heading, a table cell,
« Oui ») say too little; they follow their neighbours: a short block between two blocks
of the same language (or at an end, next to one) takes that language; at a change of
language (« Privacy policy » between French and English paragraphs) it takes its own
guess when that is one of its neighbours' and likely (``SHORT_LIKELY``), else French.  So the English half of a bilingual policy is English,
headings included, and a French article quoting one English word stays French.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

LANGUAGES = ("fr", "en", "de", "es", "it", "pt", "nl")
NAMES = {"fr": "French", "en": "English", "es": "Spanish", "de": "German", "it": "Italian",
         "pt": "Portuguese", "nl": "Dutch"}
SURE = 0.9  # normalised probability needed to call a block "not French"
SHORT_LIKELY = 0.6  # a short block at a change of language: its own guess, this likely
MIN_LETTERS = 30  # fewer letters: a short block, decided by its neighbours
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_SAMPLE = 4000
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    with _LOCK:
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(LANGUAGES))
    return identifier


def warm_up() -> None:
    """Load the model now (it takes about a second), e.g. on a worker thread."""
    _identifier()


def classify(text: str) -> tuple[str, float]:
    """``(language, probability)`` of ``text`` among :data:`LANGUAGES`; ``("und", 0)`` if empty."""
    if not _LETTER.search(text):
        return "und", 0.0
    lang, prob = _identifier().classify(text[:_SAMPLE])
    return str(lang), float(prob)


def _letters(text: str) -> int:
    return len(_LETTER.findall(text[:_SAMPLE]))


def block_languages(texts: Sequence[str], short: Sequence[bool] | None = None) -> list[str]:
    """The language of each block (``"fr"`` unless clearly another one).

    ``short[i]`` forces block ``i`` to be decided by its neighbours (table cells).
    """
    sure: list[str | None] = []
    for i, text in enumerate(texts):
        if (short is not None and short[i]) or _letters(text) < MIN_LETTERS:
            sure.append(None)
            continue
        lang, prob = classify(text)
        sure.append(lang if lang != "fr" and prob >= SURE else "fr")
    befores: list[str | None] = []  # the nearest decided block before each one (O(n))
    last: str | None = None
    for lang in sure:
        befores.append(last)
        last = lang if lang is not None else last
    afters: list[str | None] = [None] * len(sure)
    last = None
    for i in range(len(sure) - 1, -1, -1):
        afters[i] = last
        last = sure[i] if sure[i] is not None else last
    result: list[str] = []
    for i, lang in enumerate(sure):
        if lang is not None:
            result.append(lang)
            continue
        before, after = befores[i], afters[i]
        around = {x for x in (before, after) if x is not None}
        if len(around) == 1:
            result.append(around.pop())  # inside a run of one language
            continue
        own, prob = classify(texts[i])  # at a change of language: its own guess, if likely
        result.append(own if own in around and own != "fr" and prob >= SHORT_LIKELY else "fr")
    return result


def document_language(texts: Sequence[str]) -> tuple[str, float]:
    """The language of most of the text (by letters), and the share of it in that language."""
    totals: dict[str, int] = {}
    for text, lang in zip(texts, block_languages(texts), strict=True):
        totals[lang] = totals.get(lang, 0) + _letters(text)
    letters = sum(totals.values())
    if not letters:
        return "und", 0.0
    best = max(totals, key=lambda k: totals[k])
    return best, totals[best] / letters
