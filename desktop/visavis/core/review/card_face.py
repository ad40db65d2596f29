"""Build what a review card shows, and render it as HTML (the window and Anki notes).

Front: the French sentence with the term in bold, or blanked (cloze) — the reader's choice.
Back: the English sentence with the aligned words highlighted, the reader's English and
note, dictionary senses, the article the sentence comes from.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import Any

from visavis.core.glossary.lemmas import lookup_keys, match_keys
from visavis.core.glossary.words import split_words
from visavis.core.review.english_links import english_spans
from visavis.core.review.model import CardFace, MetSentence, ReviewTerm, Span

BLANK = "[…]"
# senses(term, sentence shown, the term's span in it) -> senses to show
Senses = Callable[[ReviewTerm, MetSentence | None, Span | None], Sequence[str]]


def term_spans(french: str, term_key: str, term: str = "") -> tuple[Span, ...]:
    """Where the term occurs in ``french``: every run of words whose forms or lemmas match
    the term's lemmas (« recrutées » for recruter); else the term as written."""
    keys = term_key.split()
    words = split_words(french)
    spans: list[Span] = []
    i = 0
    while keys and i + len(keys) <= len(words):
        run = words[i:i + len(keys)]
        if all(key in match_keys(w.text) for key, w in zip(keys, run, strict=True)):
            spans.append((run[0].start, run[-1].end))
            i += len(keys)
        else:
            i += 1
    if not spans and term:
        spans = [m.span() for m in re.finditer(re.escape(term), french, re.IGNORECASE)]
    return tuple(spans)


def dictionary_senses(dictionary: Any, limit: int = 3) -> Senses:
    """Senses of a term from a dictionary with ``find(keys)``, whatever the sentence."""
    def senses(term: ReviewTerm, _sentence: MetSentence | None = None,
               _span: Span | None = None) -> list[str]:
        if dictionary is None:
            return []
        keys = lookup_keys(term.term) if " " not in term.term else (term.term, term.term_key)
        found: list[str] = []
        for entry in dictionary.find(keys):
            found.extend(s for s in entry.senses if s not in found)
        return found[:limit]
    return senses


def context_senses(dictionary: Any, limit: int = 3) -> Senses:
    """The senses the hover popup shows for the term *in this sentence* (glossary lookup with
    its context rules, the sense used in the English first): « été » in « a été élu » is
    "been", not "summer"."""
    from visavis.core.glossary.lookup import lookup
    from visavis.core.glossary.terms import Glossary
    from visavis.core.translation.types import Translation

    matcher = Glossary(dictionary)

    def senses(term: ReviewTerm, sentence: MetSentence | None = None,
               span: Span | None = None) -> list[str]:
        if sentence is not None and span is not None:
            english = Translation(sentence.english) if sentence.english else None
            found = lookup(sentence.french[span[0]:span[1]], matcher, sentence=sentence.french,
                           translation=english)
        else:
            found = lookup(term.term, matcher)
        return list(found.senses[:limit])
    return senses


def default_senses(limit: int = 3) -> Senses:
    """Senses in context from the bundled dictionary, loaded on first use (none if missing)."""
    made: list[Senses] = []

    def senses(term: ReviewTerm, sentence: MetSentence | None = None,
               span: Span | None = None) -> list[str]:
        if not made:
            from visavis.core.glossary.dictionary import DictionaryError, default_dictionary

            try:
                made.append(context_senses(default_dictionary(), limit))
            except DictionaryError:
                made.append(dictionary_senses(None))
        return list(made[0](term, sentence, span))
    return senses


def build_face(db: Any, term: ReviewTerm, sentences: Sequence[MetSentence], rotation: int = 0,
               senses: Senses | None = None) -> CardFace:
    """The face of ``term``'s card; ``rotation`` picks the sentence (they take turns)."""
    met = sentences[rotation % len(sentences)] if sentences else None
    sentence = met or MetSentence(french=term.term)
    fr_spans = term_spans(sentence.french, term.term_key, term.term)
    return CardFace(
        term_key=term.term_key, term=term.term, french=sentence.french, french_spans=fr_spans,
        english=sentence.english,
        english_spans=english_spans(db, sentence.french, sentence.english, fr_spans),
        senses=tuple(senses(term, met, fr_spans[0] if met and fr_spans else None))
        if senses else (), reader_english=term.english,
        note=term.note, article_title=sentence.article_title, article_id=sentence.article_id,
        sentence_id=sentence.sentence_id, sentence_count=len(sentences))


def mark_spans(text: str, spans: Sequence[Span], opening: str = "<b>", closing: str = "</b>",
               replace_with: str | None = None) -> str:
    """HTML of ``text`` with ``spans`` wrapped (or replaced by ``replace_with``), escaped."""
    out: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if start < position or end > len(text):
            continue
        out.append(html.escape(text[position:start]))
        inner = replace_with if replace_with is not None else html.escape(text[start:end])
        out.append(opening + inner + closing)
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


def front_html(face: CardFace, cloze: bool = False) -> str:
    """The French sentence, term in bold (or blanked when ``cloze``)."""
    if cloze:
        return mark_spans(face.french, face.french_spans, '<span class="cloze">', "</span>",
                          replace_with=html.escape(BLANK))
    return mark_spans(face.french, face.french_spans, '<b class="term">', "</b>")


def english_html(face: CardFace) -> str:
    return mark_spans(face.english, face.english_spans, '<b class="aligned">', "</b>")


def cloze_text(face: CardFace) -> str:
    """The French sentence with the term as an Anki cloze deletion (``{{c1::…}}``)."""
    return mark_spans(face.french, face.french_spans, "{{c1::", "}}")
