"""``lookup(word_or_term, glossary)``: everything the popup and the CLI show for a word or term."""

from __future__ import annotations

from dataclasses import dataclass

from visavis.core.glossary.alignment import aligned_text
from visavis.core.glossary.lemmas import lemma
from visavis.core.glossary.terms import READER, WORD, Glossary, Hit
from visavis.core.glossary.words import split_words
from visavis.core.translation.types import Translation

MAX_SENSES = 3


@dataclass(frozen=True)
class LookupResult:
    query: str  # the text as it appears (or was typed)
    term: str  # headword or reader term; the query when nothing was found
    lemma: str
    source: str  # "reader" | "dictionary" | "word" (nothing found)
    pos: str = ""
    gender: str = ""
    senses: tuple[str, ...] = ()
    english: str = ""  # the reader's preferred English
    note: str = ""  # the reader's note
    here: str = ""  # aligned English in the current sentence
    entry_id: int | None = None  # reader entry id

    @property
    def found(self) -> bool:
        return self.source != WORD

    def to_dict(self) -> dict:
        return {"query": self.query, "term": self.term, "lemma": self.lemma,
                "source": self.source, "pos": self.pos, "gender": self.gender,
                "senses": list(self.senses), "english": self.english, "note": self.note,
                "here": self.here, "found": self.found}


def resolve_hit(hit: Hit, glossary: Glossary, query: str,
                translation: Translation | None = None) -> LookupResult:
    """The full result for a precomputed hit (optionally with the sentence's translation)."""
    reader = glossary.reader_entry(hit.entry_ref) if hit.source == READER else None
    entries = glossary.dictionary_entries(hit.entry_ref)
    senses: list[str] = []
    for entry in entries:
        senses.extend(s for s in entry.senses if s not in senses)
    first = entries[0] if entries else None
    here = aligned_text(translation, hit.start, hit.end) if translation is not None else ""
    # A multi-word term's lemma sequence (« jeune pousser ») is a matching key, not a form to
    # show: its dictionary form is the term itself.
    shown_lemma = hit.term if hit.entry_ref and len(hit.lemma.split()) > 1 else hit.lemma
    return LookupResult(
        query=query, term=reader.term if reader else hit.term, lemma=shown_lemma,
        source=hit.source, pos=first.pos if first else "", gender=first.gender if first else "",
        senses=tuple(senses[:MAX_SENSES]), english=reader.english if reader else "",
        note=reader.note if reader else "", here=here,
        entry_id=reader.id if reader else None)


def lookup(word_or_term: str, glossary: Glossary, *, sentence: str | None = None,
           translation: Translation | None = None) -> LookupResult:
    """Look a word or term up; with ``sentence`` and its ``translation`` add "here: …"."""
    text = " ".join(word_or_term.split())
    words = split_words(text)
    if not words:
        return LookupResult(query=word_or_term, term=text, lemma="", source=WORD)
    hits = glossary.match(text)
    whole = next((h for h in hits if h.start == words[0].start and h.end == words[-1].end), None)
    if whole is None:
        key = " ".join(lemma(w.text) for w in words)
        whole = Hit(words[0].start, words[-1].end, text, key, None, WORD)
    if sentence is not None and translation is not None:
        position = _find(sentence, text)
        if position is not None:
            whole = Hit(position, position + len(text), whole.term, whole.lemma,
                        whole.entry_ref, whole.source)
        else:
            translation = None
    else:
        translation = None
    return resolve_hit(whole, glossary, word_or_term, translation)


def _find(sentence: str, text: str) -> int | None:
    position = sentence.lower().find(text.lower())
    return None if position < 0 else position
