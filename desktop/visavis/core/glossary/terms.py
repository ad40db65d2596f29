"""Match words and multi-word terms of a sentence against the dictionary and the reader's glossary.

A dictionary term matches a run of words when the run, each word replaced by its form,
lemma or the headword its form belongs to, spells the term's key: « jeunes pousses »
matches « jeune pousse », « a mis sur pied » contains « mettre sur pied », « s'élève »
the pronominal « s'élever », « mise en oeuvre » « mise en œuvre ».  The search walks the
dictionary's sorted keys by prefix, so nothing is loaded beforehand.  Rules:

* a function word (article, preposition, pronoun, conjunction) only matches itself, and so
  does the word after it: « des nouveaux » and « de nouvelles » are not « de nouveau »;
* a term made only of function words (and auxiliaries) is compositional, not a term
  (« de la », « de le », « m'a »),
  and so is « de » + one word used as an adjective (« de cheval »: "strong");
* the longest term at a place wins, and when a term as long starts inside it and goes
  further, that one wins (« venu de nouveau »: « de nouveau », not « venir de »);
* the reader's terms are tried first.

Words left over are looked up one by one (hyphenated compounds: whole, then parts), and
their entries ranked by the context rules of ``context.py``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from visavis.core.glossary.context import (
    AUXILIARIES,
    FREQUENT_VERBS,
    FUNCTION_WORDS,
    REFLEXIVES,
    VERBISH,
    is_auxiliary,
    rank_entries,
    verb_form,
)
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
    entry_ids: tuple[int, ...] = ()  # dictionary entries, the one chosen in context first
    verb_form: str = ""  # how its English verb reads here: "3sg", "pp", "base" or ""
    reflexive: bool = False  # a verb after « se », « s' », « me »…: pronominal senses first
    auxiliary: bool = False  # « a » in « a annoncé »: the auxiliary sense first


@dataclass(frozen=True)
class _Term:
    keys: tuple[frozenset[str], ...]
    term: str
    ref: str
    source: str


def _term_keys(text: str) -> tuple[frozenset[str], ...]:
    return tuple(match_keys(w.text) for w in split_words(text))


MAX_TERM_WORDS = 8
__all__ = ["DICTIONARY", "FUNCTION_WORDS", "READER", "WORD", "Glossary", "Hit"]


def _joiner(key: str) -> str:
    return "" if key.endswith("'") else " "


def _alternatives(dictionary: Dictionary, word: Word) -> tuple[str, ...]:
    """Keys a word can stand for inside a dictionary term, its own form first."""
    key = word.key
    if key in REFLEXIVES:
        return (key, "se", "s'")
    if key in FUNCTION_WORDS:
        return (key,)
    out = list(dictionary.variants(key))
    out.append(lemma(word.text))
    out.extend(h for h in dictionary.headwords_of_form(key) if " " not in h)
    return tuple(dict.fromkeys(k for k in out if k))


def _compositional(key: str) -> bool:
    """Only function words and auxiliaries: « de la », « l'a », « m'a » are read word by word."""
    return all(w.key in FUNCTION_WORDS or w.key in AUXILIARIES for w in split_words(key))


def _adjectival_de(dictionary: Dictionary, key: str) -> bool:
    """« de cheval », « de poids »: de + noun read as an adjective is, in running text,
    nearly always the plain complement (« une offre de cheval »), not the idiom."""
    if not key.startswith(("de ", "d'")):
        return False
    return all(e.pos == "adj" for e in dictionary.entries_for_key(key))


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
        best = [self._best_term(words, i) for i in range(len(words))]
        hits: list[Hit] = []
        i = 0
        while i < len(words):
            term_hit, used = best[i]
            overtaken = any(best[k][1] >= used and k + best[k][1] > i + used
                            for k in range(i + 1, min(len(words), i + used)))
            if term_hit is not None and not overtaken:
                hits.append(term_hit)
                i += used
                continue
            hits.extend(self._match_word(words, i))
            i += 1
        return hits

    def _best_term(self, words: list[Word], i: int) -> tuple[Hit | None, int]:
        reader_hit, used = self._match_reader_term(words, i)
        if reader_hit is not None:
            return reader_hit, used
        return self._match_dictionary_term(words, i)

    def _match_reader_term(self, words: list[Word], i: int) -> tuple[Hit | None, int]:
        candidates: dict[int, _Term] = {}
        for key in match_keys(words[i].text):
            for term in self._terms.get(key, ()):
                candidates[id(term)] = term
        ordered = sorted(candidates.values(), key=lambda t: (-len(t.keys), t.term))
        for term in ordered:
            n = len(term.keys)
            if i + n > len(words):
                continue
            if all(term.keys[j] & match_keys(words[i + j].text) for j in range(1, n)):
                run = words[i:i + n]
                key = " ".join(lemma(w.text) for w in run)
                return Hit(run[0].start, run[-1].end, term.term, key, term.ref, term.source), n
        return None, 0

    def _match_dictionary_term(self, words: list[Word], i: int) -> tuple[Hit | None, int]:
        dictionary = self.dictionary
        if dictionary is None or i + 1 >= len(words):
            return None, 0
        found: list[tuple[int, int, str]] = []  # (words, -alternative rank, key)

        def walk(j: int, prefix: str, rank: int) -> None:
            if j >= len(words) or j - i >= MAX_TERM_WORDS:
                return
            alternatives = _alternatives(dictionary, words[j])
            if j > i and words[j - 1].key in FUNCTION_WORDS - REFLEXIVES:
                # after « de », « à »… a word keeps its own form: « de nouvelles voies » is not
                # « de nouveau », but « mettre sur pied » still matches « a mis sur pied »
                alternatives = dictionary.variants(words[j].key)
            for n, alt in enumerate(alternatives):
                key = prefix + alt
                if j > i and dictionary.has_key(key) and not _compositional(key) and not (
                        j == i + 1 and _adjectival_de(dictionary, key)):
                    found.append((j - i + 1, -(rank + n), key))
                if j + 1 < len(words) and dictionary.has_prefix(key + _joiner(alt)):
                    walk(j + 1, key + _joiner(alt), rank + n)

        walk(i, "", 0)
        if not found:
            return None, 0
        n, _, key = max(found)
        entries = dictionary.entries_for_key(key)
        run = words[i:i + n]
        reflexive = run[0].key in REFLEXIVES
        ranked = sorted(entries, key=lambda e: e.pos not in VERBISH) if reflexive else entries
        form = verb_form(words, i + n - 1, ranked[0]) if n == 2 and reflexive else ""
        return Hit(run[0].start, run[-1].end, ranked[0].headword,
                   " ".join(lemma(w.text) for w in run), f"dict:{key}", DICTIONARY,
                   tuple(e.id for e in ranked), form, reflexive), n

    def candidates(self, word: Word) -> list[DictEntry]:
        """Every dictionary entry a word form can be: its own headword, then the headwords
        its form belongs to, else its lemma's or its accent-free key's."""
        dictionary = self.dictionary
        if dictionary is None:
            return []
        keys: list[str] = []
        for variant in dictionary.variants(word.key):
            if dictionary.has_key(variant):
                keys.append(variant)
        if word.key not in FUNCTION_WORDS:  # « de » is not a form of « souvenir »
            guess = lemma(word.text)
            heads = [h for h in dictionary.headwords_of_form(word.key) if " " not in h]
            keys.extend(sorted(heads, key=lambda h: (h != guess, h not in FREQUENT_VERBS)))
        if not keys:
            found = dictionary.find(lookup_keys(word.text))
            return found
        out: list[DictEntry] = []
        for key in dict.fromkeys(keys):
            out.extend(dictionary.entries_for_key(key))
        return out

    def _match_word(self, words: list[Word], i: int) -> list[Hit]:
        word = words[i]
        found = self._context_hit(words, i)
        if found is not None or not compound_parts(word.text):
            return [found if found else
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

    def _reader_single_entry(self, form: str) -> ReaderEntry | None:
        return next((self._reader_single[k] for k in (lemma(form), norm_key(form),
                                                        *sorted(match_keys(form)))
                     if k in self._reader_single), None)

    def _context_hit(self, words: list[Word], i: int) -> Hit | None:
        word = words[i]
        reader = self._reader_single_entry(word.text)
        entries = self.candidates(word)
        reflexive = i > 0 and words[i - 1].key in REFLEXIVES and any(
            e.pos in VERBISH for e in entries)
        ranked = rank_entries(words, i, entries)
        if reflexive:
            ranked = sorted(ranked, key=lambda e: e.pos not in VERBISH)
        ids = tuple(e.id for e in ranked)
        if reader is not None:
            return Hit(word.start, word.end, reader.term, lemma(word.text),
                       f"reader:{reader.id}", READER, ids)
        if not ranked:
            return None
        first = ranked[0]
        return Hit(word.start, word.end, first.headword, first.key, f"dict:{first.key}",
                   DICTIONARY, ids, verb_form(words, i, first), reflexive,
                   is_auxiliary(words, i))

    def lookup_word(self, form: str) -> Hit | None:
        """The entry of one word form out of context (reader first, then dictionary)."""
        words = split_words(form)
        if len(words) != 1:
            return None
        hit = self._context_hit(words, 0)
        if hit is None:
            return None
        return Hit(0, len(form), hit.term, hit.lemma, hit.entry_ref, hit.source, hit.entry_ids,
                   hit.verb_form, hit.reflexive, hit.auxiliary)


def found_at(hit: Hit, word: Word) -> Hit:
    return Hit(word.start, word.end, hit.term, hit.lemma, hit.entry_ref, hit.source,
               hit.entry_ids, hit.verb_form, hit.reflexive, hit.auxiliary)
