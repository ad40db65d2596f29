"""What is read aloud: an article's sentences in French, English or both, in reading order."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from visavis.core.document import Document
from visavis.core.speech.controller import SpeechItem

READ_LANGUAGES = ("fr", "en", "both")


@dataclass(frozen=True)
class ScriptItem:
    item: SpeechItem
    block: int  # paragraph index: the export pauses longer when it changes


def script_for(document: Document, lang: str, english: Mapping[str, str] | None = None
               ) -> list[ScriptItem]:
    """One item per sentence in ``lang`` ("both": the French, then its English).

    Sentences without English are left out of the English reading.
    """
    if lang not in READ_LANGUAGES:
        raise ValueError(f"unknown reading language {lang!r}")
    english = english or {}
    script = []
    for sentence in document.sentences:
        if lang in ("fr", "both") and sentence.text.strip():
            script.append(ScriptItem(SpeechItem(sentence.id, sentence.text, "fr"),
                                     sentence.block))
        translated = (english.get(sentence.id) or "").strip()
        if lang in ("en", "both") and translated:
            script.append(ScriptItem(SpeechItem(sentence.id, translated, "en"), sentence.block))
    return script


def missing_english(document: Document, english: Mapping[str, str] | None) -> int:
    english = english or {}
    return sum(1 for s in document.sentences if not (english.get(s.id) or "").strip())
