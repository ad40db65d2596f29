"""Where review material comes from: the reader's word statuses and glossary, and the
sentences each term was met in (``library.word_occurrences``, the glossary's context).

The word-knowledge part (issue 14) hangs ``word_status`` and ``word_occurrences`` off the
library; a library without them (or a test) still reviews its glossary entries.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from visavis.core.glossary.reader_glossary import ReaderEntry, ReaderGlossary
from visavis.core.review.model import MetSentence, ReviewTerm
from visavis.core.review.status_rules import NEW, REVIEWED_STATUSES, UNKNOWN

MAX_SENTENCES = 5  # sentences that rotate on one term's card


class WordStatuses(Protocol):
    """What review needs of ``library.word_status`` (core/knowledge/word_status.py)."""

    def get_many(self, keys: list[str]) -> dict[str, Any]: ...
    def lemma_statuses(self) -> dict[str, Any]: ...
    def set(self, lemma: str, status: Any, *, form: str | None = None,
            when: str | None = None) -> Any: ...


def word_statuses(library: Any) -> WordStatuses | None:
    return getattr(library, "word_status", None)


def _status_value(status: Any) -> int | None:
    if status is None:
        return None
    return int(getattr(status, "value", status))


def status_of(library: Any, term_keys: list[str]) -> dict[str, int | None]:
    """Stored word status of each term key (None when never set or no word statuses)."""
    statuses = word_statuses(library)
    if statuses is None or not term_keys:
        return dict.fromkeys(term_keys)
    found = statuses.get_many(term_keys)
    return {key: _status_value(found.get(key)) for key in term_keys}


def _status_terms(library: Any, wanted: frozenset[int]) -> dict[str, int]:
    """{lemma key: status} of every term (word or multi-word) whose status is in ``wanted``."""
    statuses = word_statuses(library)
    if statuses is None or not wanted:
        return {}
    return {lemma: value for lemma, status in statuses.lemma_statuses().items()
            if (value := _status_value(status)) in wanted}


def english_of(db: Any, french: str, article_id: int | None = None) -> str:
    """The English shown for a French sentence: the reader's correction, else the newest
    cached machine translation (any model); "" when it was never translated."""
    params: tuple = (french,)
    where = "french_text = ?"
    if article_id is not None:
        where += " ORDER BY article_id = ? DESC, updated_at DESC"
        params = (french, article_id)
    else:
        where += " ORDER BY updated_at DESC"
    rows = db.query(f"SELECT english FROM corrections WHERE {where} LIMIT 1", params)
    if rows:
        return rows[0][0]
    rows = db.query("SELECT text FROM translations WHERE source_text = ?"
                    " ORDER BY created_at DESC LIMIT 1", (french,))
    return rows[0][0] if rows else ""


def article_titles(db: Any, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    return {r[0]: r[1] for r in db.query(
        f"SELECT id, title FROM articles WHERE id IN ({marks})", sorted(ids))}


def _glossary_term(db: Any, entry: ReaderEntry, titles: dict[int, str]) -> ReviewTerm:
    context = None
    if entry.context.strip():
        context = MetSentence(
            french=entry.context, english=english_of(db, entry.context, entry.article_id),
            article_id=entry.article_id,
            article_title=titles.get(entry.article_id, "") if entry.article_id else "")
    return ReviewTerm(term_key=entry.lemma_key, term=entry.term, english=entry.english,
                      note=entry.note, glossary_id=entry.id, context=context)


def review_terms(library: Any,
                 wanted: frozenset[int] = REVIEWED_STATUSES) -> list[ReviewTerm]:
    """Every term whose word status is in ``wanted`` (default New/Learning), and every
    glossary entry whose status is (one never marked counts as New), one per term key,
    glossary entries first."""
    db = library.database
    entries = ReaderGlossary(library).list()
    titles = article_titles(db, {e.article_id for e in entries if e.article_id})
    terms: dict[str, ReviewTerm] = {}
    for entry in entries:
        terms[entry.lemma_key] = _glossary_term(db, entry, titles)
    for key, status in status_of(library, list(terms)).items():
        if status in (None, UNKNOWN) and NEW in wanted:
            continue
        if status not in wanted:
            del terms[key]
        else:
            terms[key] = _with_status(terms[key], status)
    for lemma, status in _status_terms(library, wanted).items():
        if lemma in terms:
            terms[lemma] = _with_status(terms[lemma], status)
        else:
            terms[lemma] = ReviewTerm(term_key=lemma, term=lemma, status=status)
    return list(terms.values())


def _with_status(term: ReviewTerm, status: int) -> ReviewTerm:
    return replace(term, status=status)


def sentences_of(library: Any, term: ReviewTerm, limit: int = MAX_SENTENCES) -> list[MetSentence]:
    """The sentences the term was met in: the glossary's context first, then those the
    word-knowledge part recorded (newest first, as it returns them); no repeats."""
    found: list[MetSentence] = [term.context] if term.context else []
    occurrences = getattr(library, "word_occurrences", None)
    if occurrences is not None and len(found) < limit:
        for met in occurrences.sentences(term.term_key, limit):  # knowledge.word_index.Occurrence
            found.append(MetSentence(
                french=met.french, english=met.english, article_id=met.article_id,
                sentence_id=met.sentence_id, article_title=met.title))
    unique: dict[str, MetSentence] = {}
    for sentence in found:
        key = " ".join(sentence.french.split())
        if key and key not in unique:
            unique[key] = sentence
    return list(unique.values())[:limit]
