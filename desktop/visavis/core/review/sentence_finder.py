"""Find the sentences a term was met in, parsing each article once for many terms.

Same answer as ``library.word_occurrences.sentences`` (core/knowledge/word_index.py): up
to ``limit`` sentences containing the lemma key, the first one of each article, articles
where the lemma is most frequent first, with their English.  That call parses and
tokenises every candidate article again for each term (~80 ms an article); a review batch
or an Anki export asks for hundreds of terms over the same articles, so this finder keeps
the lemmas of the last ``cache_size`` articles it read (checked against the article's
source hash, so an edited article is read again).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from visavis.core.glossary.normalize import norm_key
from visavis.core.knowledge.tokens import document_tokens
from visavis.core.knowledge.word_index import load_document
from visavis.core.review.model import MetSentence

CANDIDATES = 20  # articles looked at per term (as word_occurrences.sentences)


@dataclass(frozen=True)
class _Article:
    digest: str
    title: str
    sentences: tuple[tuple[str, str, tuple[str, ...]], ...]  # (sentence id, text, lemmas)


class SentenceFinder:
    def __init__(self, library: Any, cache_size: int = 256) -> None:
        self.library = library
        self.cache_size = cache_size
        self._cache: OrderedDict[int, _Article] = OrderedDict()
        self.parsed = 0  # articles parsed (for the benchmark and tests)
        self._models: list[str] | None = None

    def models(self) -> list[str]:
        """Model ids of the translation cache (read once per finder)."""
        if self._models is None:
            self._models = [r[0] for r in self.library.database.query(
                "SELECT DISTINCT model_id FROM translations")]
        return self._models

    def _article(self, article_id: int) -> _Article | None:
        db = self.library.database
        rows = db.query("SELECT source_hash FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        cached = self._cache.get(article_id)
        if cached is not None and cached.digest == rows[0][0]:
            self._cache.move_to_end(article_id)
            return cached
        loaded = load_document(db, article_id)
        if loaded is None:
            return None
        doc, digest = loaded
        self.parsed += 1
        tokens = document_tokens(doc)
        article = _Article(digest, doc.title or "", tuple(
            (sentence.id, sentence.text, tuple(t.lemma for t in tokens.get(sentence.id, ())))
            for sentence in doc.sentences))
        self._cache[article_id] = article
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return article

    def sentences(self, term_key: str, limit: int) -> list[MetSentence]:
        occurrences = getattr(self.library, "word_occurrences", None)
        if occurrences is None or limit <= 0:
            return []
        parts = tuple(norm_key(term_key).split(" "))
        found: list[tuple[int, str, str, str]] = []
        for article_id in occurrences.articles_with(parts[0], limit=max(CANDIDATES, limit * 4)):
            article = self._article(article_id)
            if article is None:
                continue
            for sentence_id, text, lemmas in article.sentences:
                if any(lemmas[i:i + len(parts)] == parts for i in range(len(lemmas))):
                    found.append((article_id, sentence_id, text, article.title))
                    break  # one sentence per article
            if len(found) >= limit:
                break
        english = occurrences.english_for([(a, s, t) for a, s, t, _ in found])
        return [MetSentence(french=text, english=english.get((a, s), ""), article_id=a,
                            sentence_id=s, article_title=title) for a, s, text, title in found]
