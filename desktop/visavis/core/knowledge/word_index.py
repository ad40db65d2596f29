"""``library.word_occurrences``: which article holds which lemma, and sentences showing a word.

Indexing an article stores its lemma counts (``article_lemmas``); the library's triggers keep
``article_status_counts`` (tokens per status per article) current from then on, so the
library list's figures are a read of a few rows per article.  The index is derived data:
backups skip it and :meth:`WordOccurrences.index_missing` rebuilds what is missing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from visavis.core.glossary.normalize import norm_key
from visavis.core.store.database import Database, utc_now

if TYPE_CHECKING:
    from visavis.core.document import Document

# The tokenizer and the Markdown parser are imported when first needed: opening the library
# (every CLI command) must not pay for them.
TOKENIZER_VERSION = 1  # = tokens.TOKENIZER_VERSION (checked by a test)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class ArticleCounts:
    """An article's lemma counts, made by :meth:`WordOccurrences.count_article`."""

    article_id: int
    source_hash: str  # of the text they were counted from
    counts: dict[str, tuple[int, bool]]  # lemma -> (tokens, every one ignored automatically)


@dataclass(frozen=True)
class Occurrence:
    article_id: int
    sentence_id: str
    french: str
    english: str  # the reader's correction, else a cached machine translation, else ''
    title: str = ""


def load_document(db: Database, article_id: int) -> tuple[Document, str] | None:
    """The parsed article and its source hash, or None if it is gone."""
    rows = db.query("SELECT title, source, source_hash FROM articles WHERE id = ?", (article_id,))
    if not rows:
        return None
    title, source, digest = rows[0]
    from visavis.core.document.markdown_parser import parse_markdown

    return parse_markdown(source, title=title), digest  # as the reading view parses it


class WordOccurrences:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- the index ----------------------------------------------------------------------------
    def index_article(self, article_id: int, document: Document | None = None) -> bool:
        """(Re)count the lemmas of one article if its text or the tokenizer changed.

        Returns True when the index was written.  ``document``: the parsed article when the
        caller has it (saves parsing it again).
        """
        counted = self.count_article(article_id, document)
        return counted is not None and self.store_counts(counted)

    def count_article(self, article_id: int, document: Document | None = None) -> ArticleCounts | None:
        """Reads only (any worker): the article's lemma counts, or None if they are up to date
        or the article is gone.  :meth:`store_counts` writes them."""
        rows = self._db.query("SELECT source_hash FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        digest = rows[0][0]
        done = self._db.query("SELECT source_hash, tokenizer FROM article_word_index "
                              "WHERE article_id = ?", (article_id,))
        if done and done[0][0] == digest and done[0][1] == TOKENIZER_VERSION:
            return None
        if document is None:
            loaded = load_document(self._db, article_id)
            if loaded is None:
                return None
            document, digest = loaded
        from visavis.core.knowledge.tokens import document_tokens, iter_tokens, lemma_counts

        return ArticleCounts(article_id, digest, lemma_counts(iter_tokens(document_tokens(document))))

    def store_counts(self, counted: ArticleCounts) -> bool:
        """One short write (the writer thread); skipped if the article changed since it was
        counted (it stays unindexed and is counted again)."""
        article_id = counted.article_id
        tokens = sum(c for c, _ in counted.counts.values())
        with self._db.transaction() as conn:
            row = conn.execute("SELECT source_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None or row[0] != counted.source_hash:
                return False
            conn.execute("DELETE FROM article_lemmas WHERE article_id = ?", (article_id,))
            conn.executemany(
                "INSERT INTO article_lemmas(article_id, lemma, count, auto_ignored) VALUES (?, ?, ?, ?)",
                [(article_id, k, c, int(ign)) for k, (c, ign) in counted.counts.items()])
            conn.execute("DELETE FROM article_status_counts WHERE article_id = ? AND lemmas = 0",
                         (article_id,))
            conn.execute(
                "INSERT OR REPLACE INTO article_word_index(article_id, source_hash, tokenizer, tokens,"
                " indexed_at) VALUES (?, ?, ?, ?, ?)",
                (article_id, counted.source_hash, TOKENIZER_VERSION, tokens, utc_now()))
        return True

    def unindexed_ids(self) -> list[int]:
        """Live articles whose words are not counted (or counted from an older text)."""
        return [r[0] for r in self._db.query(
            "SELECT a.id FROM articles a LEFT JOIN article_word_index w ON w.article_id = a.id "
            "WHERE a.deleted_at IS NULL AND (w.article_id IS NULL OR w.source_hash <> a.source_hash"
            " OR w.tokenizer <> ?) ORDER BY a.id", (TOKENIZER_VERSION,))]

    def index_missing(self, progress: Progress | None = None, cancel: Cancel | None = None) -> int:
        """Index every article that needs it (a worker's job: ~5 ms per article)."""
        todo = self.unindexed_ids()
        for done, article_id in enumerate(todo, start=1):
            if cancel is not None and cancel():
                return done - 1
            self.index_article(article_id)
            if progress is not None:
                progress(done, len(todo))
        return len(todo)

    def articles_with(self, lemma: str, limit: int | None = None) -> list[int]:
        sql = ("SELECT al.article_id FROM article_lemmas al JOIN articles a ON a.id = al.article_id "
               "WHERE al.lemma = ? AND a.deleted_at IS NULL ORDER BY al.count DESC, al.article_id")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self._db.query(sql, (norm_key(lemma),))]

    def lemma_counts(self, article_id: int) -> dict[str, int]:
        return {r[0]: r[1] for r in self._db.query(
            "SELECT lemma, count FROM article_lemmas WHERE article_id = ?", (article_id,))}

    # -- sentences for review cards -----------------------------------------------------------
    def sentences(self, lemma: str, limit: int = 3, *, exclude_article: int | None = None
                  ) -> list[Occurrence]:
        """Up to ``limit`` sentences of the library containing ``lemma`` (a multi-word key
        too), with their English, from as many different articles as possible."""
        from visavis.core.knowledge.tokens import document_tokens

        key = norm_key(lemma)
        parts = key.split(" ")
        candidates = self.articles_with(parts[0], limit=max(20, limit * 4))
        found: list[Occurrence] = []
        for article_id in candidates:
            if article_id == exclude_article:
                continue
            loaded = load_document(self._db, article_id)
            if loaded is None:
                continue
            doc = loaded[0]
            for sid, tokens in document_tokens(doc).items():
                lemmas = [t.lemma for t in tokens]
                if any(lemmas[i:i + len(parts)] == parts for i in range(len(lemmas))):
                    sentence = doc.sentence(sid)
                    found.append(Occurrence(article_id, sid, sentence.text, "", doc.title))
                    break  # one per article first
            if len(found) >= limit:
                break
        english = self.english_for([(o.article_id, o.sentence_id, o.french) for o in found])
        return [Occurrence(o.article_id, o.sentence_id, o.french,
                           english.get((o.article_id, o.sentence_id), ""), o.title) for o in found]

    def english_for(self, sentences: list[tuple[int, str, str]]) -> dict[tuple[int, str], str]:
        """English of (article_id, sentence_id, french): correction, else newest cached one."""
        if not sentences:
            return {}
        result: dict[tuple[int, str], str] = {}
        for article_id, sentence_id, _text in sentences:
            rows = self._db.query("SELECT english FROM corrections WHERE article_id = ? AND sentence_id = ?",
                                  (article_id, sentence_id))
            if rows:
                result[(article_id, sentence_id)] = rows[0][0]
        models = [r[0] for r in self._db.query("SELECT DISTINCT model_id FROM translations")]
        missing = [(a, s, t) for a, s, t in sentences if (a, s) not in result]
        if models and missing:
            texts = sorted({t for _, _, t in missing})
            rows = self._db.query(
                "SELECT source_text, text FROM translations WHERE model_id IN "
                "(SELECT value FROM json_each(?)) AND source_text IN (SELECT value FROM json_each(?)) "
                "ORDER BY created_at", (json.dumps(models), json.dumps(texts)))
            by_text = {r[0]: r[1] for r in rows}  # newest last wins
            for a, s, t in missing:
                if t in by_text:
                    result[(a, s)] = by_text[t]
        return result
