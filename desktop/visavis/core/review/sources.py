"""Where review material comes from: the reader's word statuses and glossary, and the
sentences each term was met in (``library.word_occurrences``, the glossary's context).

The word-knowledge part (issue 14) hangs ``word_status`` and ``word_occurrences`` off the
library; a library without them (or a test) still reviews its glossary entries.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any, Protocol

from visavis.core.glossary.reader_glossary import ReaderEntry, ReaderGlossary
from visavis.core.review.model import MetSentence, ReviewTerm
from visavis.core.review.sentence_finder import SentenceFinder
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


def english_of(db: Any, french: str, article_id: int | None = None,
               models: list[str] | None = None) -> str:
    """The English shown for a French sentence: the reader's correction (in its article,
    else anywhere), else the newest cached machine translation of any model ("" if none).
    ``models`` (the translation cache's model ids) saves a query when looking up many."""
    if article_id is not None:
        rows = db.query("SELECT english FROM corrections WHERE article_id = ? AND french_text = ?"
                        " ORDER BY updated_at DESC LIMIT 1", (article_id, french))
        if rows:
            return rows[0][0]
    rows = db.query("SELECT english FROM corrections WHERE french_text = ?"
                    " ORDER BY updated_at DESC LIMIT 1", (french,))
    if rows:
        return rows[0][0]
    if models is None:
        models = translation_models(db)
    if not models:
        return ""
    rows = db.query("SELECT text FROM translations WHERE model_id IN"
                    " (SELECT value FROM json_each(?)) AND source_text = ?"
                    " ORDER BY created_at DESC LIMIT 1", (json.dumps(models), french))
    return rows[0][0] if rows else ""


def translation_models(db: Any) -> list[str]:
    return [r[0] for r in db.query("SELECT DISTINCT model_id FROM translations")]


def article_titles(db: Any, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    return {r[0]: r[1] for r in db.query(
        f"SELECT id, title FROM articles WHERE id IN ({marks})", sorted(ids))}


def _glossary_term(db: Any, entry: ReaderEntry, titles: dict[int, str]) -> ReviewTerm:
    context = None
    if entry.context.strip():
        context = MetSentence(  # its English is looked up when the card is built
            french=entry.context, article_id=entry.article_id,
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


def sentences_of(library: Any, term: ReviewTerm, limit: int = MAX_SENTENCES,
                 finder: SentenceFinder | None = None) -> list[MetSentence]:
    """The sentences the term was met in: the glossary's context first, then those of the
    library's articles (see :class:`SentenceFinder`; pass one to share its parsed
    articles between terms); no repeats."""
    found: list[MetSentence] = []
    if term.context is not None:
        context = term.context
        if not context.english:
            models = finder.models() if finder is not None else None
            context = replace(context, english=english_of(library.database, context.french,
                                                          context.article_id, models))
        found.append(context)
    if len(found) < limit:
        found.extend((finder or SentenceFinder(library)).sentences(term.term_key, limit))
    unique: dict[str, MetSentence] = {}
    for sentence in found:
        key = " ".join(sentence.french.split())
        if key and key not in unique:
            unique[key] = sentence
    return list(unique.values())[:limit]
