"""Per-article precomputed hits, so hovering a word is a bisect in a list (never blocks)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from visavis.core.document import Document
from visavis.core.glossary.terms import READER, Glossary, Hit
from visavis.core.translation.types import TranslationCancelled


@dataclass
class ArticleGlossary:
    """Hits of every sentence of one article, keyed by sentence id."""

    hits_by_sentence: dict[str, list[Hit]] = field(default_factory=dict)
    _starts: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def add(self, sentence_id: str, hits: list[Hit]) -> None:
        hits = sorted(hits, key=lambda h: h.start)
        self.hits_by_sentence[sentence_id] = hits
        self._starts[sentence_id] = [h.start for h in hits]

    def hits(self, sentence_id: str) -> list[Hit]:
        return self.hits_by_sentence.get(sentence_id, [])

    def hit_at(self, sentence_id: str, offset: int) -> Hit | None:
        """The hit covering character ``offset`` of the sentence, if any."""
        starts = self._starts.get(sentence_id)
        if not starts:
            return None
        i = bisect_right(starts, offset) - 1
        if i >= 0:
            hit = self.hits_by_sentence[sentence_id][i]
            if hit.start <= offset < hit.end:
                return hit
        return None

    def noted_ranges(self) -> dict[str, list[tuple[int, int]]]:
        """Spans of the reader's glossary terms per sentence (for underlining)."""
        return {sid: [(h.start, h.end) for h in hits if h.source == READER]
                for sid, hits in self.hits_by_sentence.items()
                if any(h.source == READER for h in hits)}


def annotate_document(doc: Document, glossary: Glossary, *,
                      progress: Callable[[int, int], None] | None = None,
                      cancel: Callable[[], bool] | None = None) -> ArticleGlossary:
    """Match every sentence of ``doc``; raises TranslationCancelled if ``cancel()``.

    Sentences of blocks not in French (``Block.language``) get no hits: « the » in an
    English paragraph is not « thé ».
    """
    sentences = doc.sentences
    foreign = {b.index for b in doc.blocks if b.language != "fr"}  # never glossed
    result = ArticleGlossary()
    cache: dict[str, list[Hit]] = {}
    for done, sentence in enumerate(sentences, start=1):
        if cancel is not None and cancel():
            raise TranslationCancelled()
        if sentence.block in foreign:
            result.add(sentence.id, [])
        else:
            if sentence.text not in cache:
                cache[sentence.text] = glossary.match(sentence.text)
            result.add(sentence.id, cache[sentence.text])
        if progress is not None:
            progress(done, len(sentences))
    return result
