"""``library.word_occurrences``: which article holds which lemma, and sentences showing a word.

Indexing an article stores its lemma counts as one ``article_word_index`` row of packed arrays
(lemma ids of ``article_lemmas``; see :mod:`.lemma_matrix`), from which the library list's
per-article figures are computed (:mod:`.figures`).  The index is derived data: backups skip
it and :meth:`WordOccurrences.index_missing` rebuilds what is missing.
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
        from visavis.core.knowledge.lemma_matrix import pack, unpack

        article_id = counted.article_id
        keys = list(counted.counts)
        tokens = sum(c for c, _ in counted.counts.values())
        with self._db.transaction() as conn:
            row = conn.execute("SELECT source_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None or row[0] != counted.source_hash:
                return False
            old = conn.execute("SELECT lemma_ids, counts, ignored FROM article_word_index "
                               "WHERE article_id = ?", (article_id,)).fetchone()
            if old is not None:  # the library-wide counts lose the old text's
                old_ids, old_counts, _ = unpack(*old)
                conn.executemany("UPDATE article_lemmas SET count = count - ? WHERE id = ?",
                                 zip(old_counts.tolist(), old_ids.tolist(), strict=True))
            conn.executemany("INSERT OR IGNORE INTO article_lemmas(lemma) VALUES (?)",
                             [(k,) for k in keys])
            ids = dict(conn.execute("SELECT lemma, id FROM article_lemmas WHERE lemma IN "
                                    "(SELECT value FROM json_each(?))", (json.dumps(keys),)).fetchall())
            conn.executemany("UPDATE article_lemmas SET count = count + ? WHERE id = ?",
                             [(counted.counts[k][0], ids[k]) for k in keys])
            blobs = pack([ids[k] for k in keys], [counted.counts[k][0] for k in keys],
                         [counted.counts[k][1] for k in keys])
            conn.execute(
                "INSERT OR REPLACE INTO article_word_index(article_id, source_hash, tokenizer, tokens,"
                " lemma_ids, counts, ignored, indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, counted.source_hash, TOKENIZER_VERSION, tokens, *blobs, utc_now()))
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

    def lemma_id(self, lemma: str) -> int | None:
        rows = self._db.query("SELECT id FROM article_lemmas WHERE lemma = ?", (norm_key(lemma),))
        return rows[0][0] if rows else None

    def articles_with(self, lemma: str, limit: int | None = None) -> list[int]:
        """Live articles holding ``lemma``, most occurrences first."""
        from visavis.core.knowledge.lemma_matrix import load_matrix

        lemma_id = self.lemma_id(lemma)
        if lemma_id is None:
            return []
        matrix = load_matrix(self._db)
        hits = (matrix.lemma_ids == lemma_id).nonzero()[0]
        if not len(hits):
            return []
        live = {r[0] for r in self._db.query("SELECT id FROM articles WHERE deleted_at IS NULL")}
        found = sorted((-int(matrix.counts[i]), int(matrix.article_ids[matrix.rows[i]])) for i in hits)
        result = [article for _neg, article in found if article in live]
        return result[:limit] if limit is not None else result

    def lemma_counts(self, article_id: int) -> dict[str, int]:
        """lemma -> tokens of one indexed article ({} if it is not indexed)."""
        from visavis.core.knowledge.lemma_matrix import unpack

        rows = self._db.query("SELECT lemma_ids, counts, ignored FROM article_word_index "
                              "WHERE article_id = ?", (article_id,))
        if not rows:
            return {}
        ids, counts, _ignored = unpack(*rows[0])
        keys = dict(self._db.query("SELECT id, lemma FROM article_lemmas WHERE id IN "
                                   "(SELECT value FROM json_each(?))", (json.dumps(ids.tolist()),)))
        return {keys[i]: int(c) for i, c in zip(ids.tolist(), counts.tolist(), strict=True)}

    def library_counts(self, limit: int | None = None) -> list[tuple[str, int]]:
        """(lemma, tokens over the indexed library), most frequent first."""
        sql = "SELECT lemma, count FROM article_lemmas WHERE count > 0 ORDER BY count DESC, lemma"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [(r[0], r[1]) for r in self._db.query(sql)]

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
