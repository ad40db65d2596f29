"""Match words and multi-word terms of a sentence against the dictionary and the reader's glossary.

A term matches a run of words when each of its words shares a key (form or lemma) with
the word of the text at the same place, so « jeunes pousses » matches the term
« jeune pousse » and « a mis sur pied » contains « mettre sur pied ».  At each place the
reader's terms are tried first, then the longest dictionary term; words left over are
looked up one by one (hyphenated compounds: whole, then parts).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from visavis.core.glossary.dictionary import DictEntry, Dictionary
from visavis.core.glossary.lemmas import compound_parts, lemma, lookup_keys, match_keys
from visavis.core.glossary.normalize import norm_key
from visavis.core.glossary.reader_glossary import ReaderEntry
from visavis.core.glossary.words import Word, split_words

READER, DICTIONARY, WORD = "reader", "dictionary", "word"


@dataclass(frozen=True)
class Hit:
    """A word or term of a sentence: ``sentence.text[start:end]``."""

    start: int
    end: int
    term: str  # the entry's term/headword, or the word itself when nothing was found
    lemma: str  # lemma of the word, or lemma sequence of a multi-word term
    entry_ref: str | None  # "reader:<id>" or "dict:<key>"; None when nothing was found
    source: str  # "reader" | "dictionary" | "word" (no entry)


@dataclass(frozen=True)
class _Term:
    keys: tuple[frozenset[str], ...]
    term: str
    ref: str
    source: str


def _term_keys(text: str) -> tuple[frozenset[str], ...]:
    return tuple(match_keys(w.text) for w in split_words(text))


@lru_cache(maxsize=4)
def _dictionary_terms(dictionary: Dictionary) -> tuple[_Term, ...]:
    """Multi-word terms of a dictionary (lemmatised once per dictionary object)."""
    terms = []
    for entry in dictionary.multiword_entries():
        keys = _term_keys(entry.headword)
        if len(keys) > 1:
            terms.append(_Term(keys, entry.headword, f"dict:{norm_key(entry.headword)}",
                               DICTIONARY))
    return tuple(terms)


class Glossary:
    """The dictionary plus a snapshot of the reader's glossary, ready for matching."""

    def __init__(self, dictionary: Dictionary | None,
                 reader_entries: Iterable[ReaderEntry] = ()) -> None:
        self.dictionary = dictionary
        self.reader_entries: dict[int, ReaderEntry] = {}
        self._reader_single: dict[str, ReaderEntry] = {}
        self._terms: dict[str, list[_Term]] = defaultdict(list)
        for entry in reader_entries:
            self.reader_entries[entry.id] = entry
            keys = _term_keys(entry.term)
            if len(keys) == 1:
                self._reader_single[entry.lemma_key] = entry
                for key in sorted(keys[0]):  # its form and lemma: "pousse" ~ "pousses"
                    self._reader_single.setdefault(key, entry)
            elif keys:
                self._index(_Term(keys, entry.term, f"reader:{entry.id}", READER))
        for term in _dictionary_terms(dictionary) if dictionary else ():
            self._index(term)
        for terms in self._terms.values():
            terms.sort(key=lambda t: (t.source != READER, -len(t.keys), t.term))

    def _index(self, term: _Term) -> None:
        for key in term.keys[0]:
            self._terms[key].append(term)

    # -- entries -----------------------------------------------------------------------------
    def reader_entry(self, ref: str | None) -> ReaderEntry | None:
        if ref and ref.startswith("reader:"):
            return self.reader_entries.get(int(ref.removeprefix("reader:")))
        return None

    def dictionary_entries(self, ref: str | None) -> list[DictEntry]:
        if not self.dictionary or not ref:
            return []
        if ref.startswith("dict:"):
            return self.dictionary.find([ref.removeprefix("dict:")])
        entry = self.reader_entry(ref)
        return self.dictionary.find(lookup_keys(entry.term)) if entry else []

    # -- matching ----------------------------------------------------------------------------
    def match(self, text: str) -> list[Hit]:
        """Hits for every word of ``text`` (terms first), sorted by start offset."""
        words = split_words(text)
        hits: list[Hit] = []
        i = 0
        while i < len(words):
            term_hit, used = self._match_term(words, i)
            if term_hit is not None:
                hits.append(term_hit)
                i += used
                continue
            hits.extend(self._match_word(words[i]))
            i += 1
        return hits

    def _match_term(self, words: list[Word], i: int) -> tuple[Hit | None, int]:
        candidates: dict[int, _Term] = {}
        for key in match_keys(words[i].text):
            for term in self._terms.get(key, ()):
                candidates[id(term)] = term
        ordered = sorted(candidates.values(),
                         key=lambda t: (t.source != READER, -len(t.keys), t.term))
        for term in ordered:
            n = len(term.keys)
            if i + n > len(words):
                continue
            if all(term.keys[j] & match_keys(words[i + j].text) for j in range(1, n)):
                run = words[i:i + n]
                key = " ".join(lemma(w.text) for w in run)
                return Hit(run[0].start, run[-1].end, term.term, key, term.ref, term.source), n
        return None, 0

    def _match_word(self, word: Word) -> list[Hit]:
        found = self.lookup_word(word.text)
        if found is not None or not compound_parts(word.text):
            return [found_at(found, word) if found else
                    Hit(word.start, word.end, word.text, lemma(word.text), None, WORD)]
        hits: list[Hit] = []
        offset = word.start
        for part in compound_parts(word.text):
            offset = word.text.index(part, offset - word.start) + word.start
            part_word = Word(offset, offset + len(part), part, norm_key(part))
            found = self.lookup_word(part)
            hits.append(found_at(found, part_word) if found else
                        Hit(part_word.start, part_word.end, part, lemma(part), None, WORD))
            offset += len(part)
        return hits

    def lookup_word(self, form: str) -> Hit | None:
        """The entry of one word form (reader first, then dictionary), at offsets 0..len."""
        reader = next((self._reader_single[k] for k in (lemma(form), norm_key(form),
                                                          *sorted(match_keys(form)))
                       if k in self._reader_single), None)
        if reader is not None:
            return Hit(0, len(form), reader.term, lemma(form), f"reader:{reader.id}", READER)
        if self.dictionary is None:
            return None
        entries = self.dictionary.find(lookup_keys(form))
        if not entries:
            return None
        return Hit(0, len(form), entries[0].headword, lemma(form),
                   f"dict:{norm_key(entries[0].headword)}", DICTIONARY)


def found_at(hit: Hit, word: Word) -> Hit:
    return Hit(word.start, word.end, hit.term, hit.lemma, hit.entry_ref, hit.source)
