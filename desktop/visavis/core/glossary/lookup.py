"""``lookup(word_or_term, glossary)``: everything the popup and the CLI show for a word or term.

The entry chosen in context (``context.py``, through the hit) comes first; its senses are
ordered for the sentence: pronominal senses first after « se », auxiliary/obsolete ones
last, then — when the sentence has an English translation — the sense whose words occur
in the confidently aligned English words (or else anywhere in the English sentence) is
put first and marked "used here".  Verb senses read in the French form's person
(« s'élève » -> "rises, amounts to", « a été » -> "been").  Other entries are folded.
"""

from __future__ import annotations

from dataclasses import dataclass

from visavis.core.glossary.dictionary import DictEntry
from visavis.core.glossary.english_forms import inflect_gloss
from visavis.core.glossary.lemmas import lemma
from visavis.core.glossary.normalize import norm_key
from visavis.core.glossary.terms import READER, WORD, Glossary, Hit
from visavis.core.glossary.words import split_words
from visavis.core.translation.types import Translation

MAX_SENSES = 3
MAX_OTHERS = 3
_REFLEXIVE_LABELS = ("reflexive", "pronominal", "takes a reflexive pronoun")
_LATE_LABELS = ("auxiliary", "obsolete", "archaic", "dated", "rare", "historical")


@dataclass(frozen=True)
class OtherEntry:
    """An entry of the same form not chosen here (shown folded)."""

    headword: str
    pos: str
    gender: str
    senses: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"headword": self.headword, "pos": self.pos, "gender": self.gender,
                "senses": list(self.senses)}


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
    here: str = ""  # confidently aligned English in the current sentence
    entry_id: int | None = None  # reader entry id
    used_here: bool = False  # senses[0] occurs in this sentence's English
    others: tuple[OtherEntry, ...] = ()  # other entries of the form, folded

    @property
    def found(self) -> bool:
        return self.source != WORD

    def to_dict(self) -> dict:
        return {"query": self.query, "term": self.term, "lemma": self.lemma,
                "source": self.source, "pos": self.pos, "gender": self.gender,
                "senses": list(self.senses), "english": self.english, "note": self.note,
                "here": self.here, "used_here": self.used_here,
                "others": [o.to_dict() for o in self.others], "found": self.found}


def _has_label(entry: DictEntry, i: int, labels: tuple[str, ...]) -> bool:
    label = entry.label(i).lower()
    return any(word in label for word in labels)


def _explanation(gloss: str) -> bool:
    """A usage note rather than a translation: "Used to form the perfect tense of …"."""
    return gloss.startswith(("Used ", "Forms ", "Contraction of")) or len(gloss.split()) > 12


def ordered_senses(entry: DictEntry, reflexive: bool, auxiliary: bool = False) -> list[int]:
    """Indexes of the entry's senses in the order to show them: pronominal ones first after
    « se », avoir's auxiliary sense first for an auxiliary (« a annoncé »; être keeps "is"),
    rare ones last."""
    def rank(i: int) -> tuple[int, int, int]:
        if auxiliary and entry.key == "avoir" and "auxiliary" in entry.label(i).lower():
            return (-1, 0, i)
        pronominal = _has_label(entry, i, _REFLEXIVE_LABELS)
        first = 0 if pronominal == reflexive else 1
        late = _has_label(entry, i, _LATE_LABELS) or _explanation(entry.senses[i])
        return (first + (2 if late else 0), 0, i)

    return sorted(range(len(entry.senses)), key=rank)


def here_english(sentence: str, translation: Translation, start: int, end: int) -> str:
    """The confidently aligned English of ``sentence[start:end]``, joined by " … " across gaps."""
    from visavis.core.glossary.word_alignment import cached_alignment, english_for

    spans = english_for(cached_alignment(sentence, translation.text), start, end)
    parts: list[str] = []
    previous_end: int | None = None
    for s, e in spans:
        gap = translation.text[previous_end:s] if previous_end is not None else ""
        if parts and not gap.strip():
            parts[-1] += gap + translation.text[s:e]
        else:
            parts.append(translation.text[s:e])
        previous_end = e
    return " … ".join(p.strip() for p in parts if p.strip())


def _english_lemmas(text: str) -> frozenset[str]:
    from visavis.core.glossary.word_alignment import english_words

    return frozenset(w for e in english_words(text) for w in (e.lemma, e.text.lower()))


def _sense_used(entry: DictEntry, order: list[int], english: frozenset[str]) -> int | None:
    from visavis.core.glossary.word_alignment import _gloss_lemmas

    for i in order:
        if _gloss_lemmas(entry.senses[i], False) & english:
            return i
    return None


def resolve_hit(hit: Hit, glossary: Glossary, query: str,
                translation: Translation | None = None, *,
                sentence: str | None = None) -> LookupResult:
    """The full result for a precomputed hit (optionally with the sentence and its translation)."""
    reader = glossary.reader_entry(hit.entry_ref) if hit.source == READER else None
    if hit.entry_ids and glossary.dictionary is not None:
        entries = [glossary.dictionary.entry(i) for i in hit.entry_ids]
    else:
        entries = glossary.dictionary_entries(hit.entry_ref)
    here = ""
    aligned: frozenset[str] = frozenset()
    whole: frozenset[str] = frozenset()
    if translation is not None and sentence is not None and translation.text:
        here = here_english(sentence, translation, hit.start, hit.end)
        aligned = _english_lemmas(here)
        whole = _english_lemmas(translation.text)
    used_here = False
    chosen = entries[0] if entries else None
    order = ordered_senses(chosen, hit.reflexive, hit.auxiliary) if chosen else []
    if entries and aligned:  # the aligned English may point at another entry (été: summer)
        # the chosen entry, or the form's own headword (« été »: summer, not être) — not every
        # verb sharing the form, nor another part of speech of the chosen headword (« a dîné »
        # stays the verb dîner)
        for n, entry in enumerate(entries):
            if n and (entry.key == entries[0].key or entry.key != norm_key(query)):
                continue
            entry_order = ordered_senses(entry, hit.reflexive, hit.auxiliary)
            used = _sense_used(entry, entry_order, aligned)
            if used is not None:
                chosen, order, used_here = entry, [used] + [i for i in entry_order if i != used], True
                entries = [entry] + entries[:n] + entries[n + 1:]
                break
    if chosen is not None and not used_here and whole:
        used = _sense_used(chosen, order, whole)
        if used is not None:
            order, used_here = [used] + [i for i in order if i != used], True
    senses: list[str] = []
    if chosen is not None:
        form = hit.verb_form if chosen.pos in ("v", "vt", "vi") and chosen.id == (
            hit.entry_ids[0] if hit.entry_ids else None) else ""
        for i in order:
            text = inflect_gloss(chosen.senses[i], form)
            label = chosen.label(i)
            shown = f"({label}) {text}" if label and not _has_label(
                chosen, i, _REFLEXIVE_LABELS) else text
            if shown not in senses:
                senses.append(shown)
    others = []
    for entry in entries[1:]:
        if len(others) >= MAX_OTHERS:
            break
        if any(o.headword == entry.headword and o.pos == entry.pos for o in others):
            continue
        others.append(OtherEntry(entry.headword, entry.pos, entry.gender,
                                 entry.labelled_senses()[:2]))
    # A multi-word term's lemma sequence (« jeune pousser ») is a matching key, not a form to
    # show: its dictionary form is the term itself.
    shown_lemma = hit.term if hit.entry_ref and len(hit.lemma.split()) > 1 else hit.lemma
    if chosen is not None and hit.source != READER:
        shown_lemma = chosen.key if len(chosen.key.split()) == 1 else chosen.headword
    return LookupResult(
        query=query, term=reader.term if reader else (chosen.headword if chosen else hit.term),
        lemma=shown_lemma, source=hit.source, pos=chosen.pos if chosen else "",
        gender=chosen.gender if chosen else "", senses=tuple(senses[:MAX_SENSES]),
        english=reader.english if reader else "", note=reader.note if reader else "",
        here=here, entry_id=reader.id if reader else None,
        used_here=used_here and bool(senses), others=tuple(others))


def lookup(word_or_term: str, glossary: Glossary, *, sentence: str | None = None,
           translation: Translation | None = None) -> LookupResult:
    """Look a word or term up; with ``sentence`` apply the context rules of that sentence, and
    with its ``translation`` add "here: …" and the sense used here."""
    text = " ".join(word_or_term.split())
    words = split_words(text)
    if not words:
        return LookupResult(query=word_or_term, term=text, lemma="", source=WORD)
    if sentence is not None:
        position = _find(sentence, text)
        if position is not None:
            hits = glossary.match(sentence)
            end = position + len(text)
            covering = [h for h in hits if h.start < end and position < h.end]
            if covering:
                best = max(covering, key=lambda h: (h.start <= position and h.end >= end,
                                                    h.end - h.start))
                return resolve_hit(best, glossary, word_or_term, translation, sentence=sentence)
    hits = glossary.match(text)
    whole = next((h for h in hits if h.start == words[0].start and h.end == words[-1].end), None)
    if whole is None:
        key = " ".join(lemma(w.text) for w in words)
        whole = Hit(words[0].start, words[-1].end, text, key, None, WORD)
    return resolve_hit(whole, glossary, word_or_term)


def _find(sentence: str, text: str) -> int | None:
    """Offset of ``text`` in ``sentence`` as a whole word (case-insensitive), else anywhere."""
    lower, needle = sentence.lower(), text.lower()
    start = 0
    first = None
    while (position := lower.find(needle, start)) >= 0:
        first = position if first is None else first
        before = lower[position - 1] if position else " "
        after_i = position + len(needle)
        after = lower[after_i] if after_i < len(lower) else " "
        if not before.isalnum() and not after.isalnum():
            return position
        start = position + 1
    return first
