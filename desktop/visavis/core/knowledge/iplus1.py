"""i+1 sentences: sentences of the library whose words are all known except one.

Articles are visited best-known first (from the per-article figures), so the first results
come quickly; a worker runs this with ``progress``/``cancel``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from visavis.core.knowledge.statuses import TermStatus
from visavis.core.knowledge.tokens import Token, document_tokens, effective_status
from visavis.core.knowledge.word_index import load_document

MIN_WORDS = 4  # shorter sentences (titles, captions) teach little


@dataclass(frozen=True)
class IPlusOneSentence:
    article_id: int
    title: str
    sentence_id: str
    french: str
    english: str
    word: str  # the one word not known, as written
    lemma: str
    start: int  # its offsets in ``french``
    end: int


def the_one_new_word(tokens: list[Token], lemma_status, form_status=None) -> Token | None:  # type: ignore[no-untyped-def]
    """The only token not known (ignored words left out), or None."""
    counted = 0
    unknown: Token | None = None
    for token in tokens:
        status = effective_status(token, lemma_status, form_status)
        if status == TermStatus.IGNORED:
            continue
        counted += 1
        if status != TermStatus.KNOWN:
            if unknown is not None:
                return None  # two words not known (even the same one twice)
            unknown = token
    return unknown if counted >= MIN_WORDS else None


def find_sentences(library, *, limit: int = 200, per_article: int = 5,  # type: ignore[no-untyped-def]
                   progress: Callable[[int, int], None] | None = None,
                   cancel: Callable[[], bool] | None = None) -> list[IPlusOneSentence]:
    """Up to ``limit`` i+1 sentences (at most ``per_article`` per article), with their English."""
    lemma_status = library.word_status.lemma_statuses()
    form_status = library.word_status.form_statuses()
    figures = library.article_figures.figures()
    live = set(library.articles.ids())
    order = sorted((a for a in figures if a in live), key=lambda a: -figures[a].known_share)
    found: list[IPlusOneSentence] = []
    for done, article_id in enumerate(order, start=1):
        if cancel is not None and cancel():
            break
        if progress is not None:
            progress(done, len(order))
        if figures[article_id].known_tokens == 0:
            continue
        loaded = load_document(library.database, article_id)
        if loaded is None:
            continue
        doc = loaded[0]
        in_article = 0
        for sentence_id, tokens in document_tokens(doc).items():
            token = the_one_new_word(tokens, lemma_status, form_status)
            if token is None:
                continue
            sentence = doc.sentence(sentence_id)
            found.append(IPlusOneSentence(article_id, doc.title, sentence_id, sentence.text, "",
                                          token.text, token.lemma, token.start, token.end))
            in_article += 1
            if in_article >= per_article or len(found) >= limit:
                break
        if len(found) >= limit:
            break
    english = library.word_occurrences.english_for([(s.article_id, s.sentence_id, s.french)
                                                    for s in found])
    return [IPlusOneSentence(s.article_id, s.title, s.sentence_id, s.french,
                             english.get((s.article_id, s.sentence_id), ""), s.word, s.lemma,
                             s.start, s.end) for s in found]
