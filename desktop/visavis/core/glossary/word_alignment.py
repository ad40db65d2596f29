"""Word links between a French sentence and an English one, each with a confidence.

``align_words(french, english, attention=None)`` works on any English — the model's, a
reader's correction, a remote engine's:

1. **Dictionary evidence** (wins): an English word whose lemma (simplemma, English) is a
   word of one of the French word's senses, or the same name (« Montréal » / Montreal).
   When several English words qualify, the one nearest the French word's relative place
   is taken; its confidence drops with that distance and with the number of rivals.
2. **Attention** (secondary, optional): ``attention[e][f]`` is the weight of French word
   ``f`` for English word ``e`` (rows: ``english_words(english)``, columns:
   ``french_words(french)``), already shifted as in Shift-Att — the decoder step that
   *consumes* the English word (see ``word_attention``).  An English word left without a
   dictionary link is linked to its argmax French word, with the weight as confidence.

Words with no counterpart of their own — « ne », « se », articles, English "the", "a" —
are never linked.  ``confident(links)`` keeps the links worth showing a reader.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from visavis.core.glossary.dictionary import DictEntry, Dictionary, DictionaryError
from visavis.core.glossary.normalize import plain_key
from visavis.core.glossary.words import Word, split_words


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())

CONFIDENT = 0.6  # links at or above it are shown (popup "here:", word hover link)
ATTENTION_SCALE = 0.8  # an attention-only link needs a weight of 0.75 to be confident

NO_LINK_FR = frozenset({"ne", "n'", "se", "s'", "le", "la", "les", "l'", "un", "une", "des",
                        "du", "au", "aux"})
NO_LINK_EN = frozenset({"the", "a", "an"})
_EN_STOP = _wordset("""
the a an to of one someone something oneself sb sth etc e g i or and used use be being
been is are was were has have had
""")
_EN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_PARENS = re.compile(r"\([^()]*\)|\[[^\]]*\]")
MAX_GLOSS_WORDS = 6  # longer glosses explain usage ("Used before abstract nouns; …")


@dataclass(frozen=True)
class WordLink:
    fr_start: int  # character offsets of the French word in ``french``
    fr_end: int
    en_start: int  # and of the English word in ``english``
    en_end: int
    confidence: float  # 0..1; see CONFIDENT

    @property
    def link(self) -> tuple[int, int, int, int]:
        return (self.fr_start, self.fr_end, self.en_start, self.en_end)


@dataclass(frozen=True)
class EnglishWord:
    start: int
    end: int
    text: str
    lemma: str


@lru_cache(maxsize=65536)
def english_lemma(word: str) -> str:
    from visavis.core.glossary.lemmas import warm_up

    lower = word.lower().replace("’", "'")
    return warm_up()(lower, lang="en").lower()


def english_words(text: str) -> list[EnglishWord]:
    return [EnglishWord(m.start(), m.end(), m.group(), english_lemma(m.group()))
            for m in _EN_WORD.finditer(text)]


def french_words(text: str) -> list[Word]:
    return split_words(text)


@lru_cache(maxsize=16384)
def _gloss_lemmas(gloss: str, keep_function_words: bool) -> frozenset[str]:
    text = _PARENS.sub(" ", gloss)
    out: set[str] = set()
    bare = text.strip()
    if bare in ("to be", "be", "to have", "have"):  # être, avoir: "is", "was", "has" (stop
        return frozenset({bare.removeprefix("to ")})  # words in any longer gloss)
    for part in re.split(r"[,;/]", text):
        words = _EN_WORD.findall(part)
        if not words or len(words) > MAX_GLOSS_WORDS:
            continue
        for w in words:
            lower = w.lower()
            if lower in _EN_STOP and not (keep_function_words and len(words) == 1):
                continue
            out.add(english_lemma(lower))
            out.add(lower)
    return frozenset(out)


def sense_lemmas(entries: Sequence[DictEntry], function_word: bool = False) -> frozenset[str]:
    """English lemmas that the senses of ``entries`` are made of."""
    out: set[str] = set()
    for entry in entries:
        for gloss in entry.senses:
            out |= _gloss_lemmas(gloss, function_word)
    return frozenset(out)


def _default_dictionary() -> Dictionary | None:
    from visavis.core.glossary.dictionary import default_dictionary

    try:
        return default_dictionary()
    except DictionaryError:
        return None


def _french_evidence(french: str, words: list[Word], dictionary: Dictionary | None
                     ) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """For each French word, the English lemmas its own entries allow, and those a
    multi-word term it is part of lends it (« s'élève » -> amount; weaker evidence)."""
    from visavis.core.glossary.terms import FUNCTION_WORDS, Glossary

    if dictionary is None:
        return [frozenset() for _ in words], [frozenset() for _ in words]
    glossary = Glossary(dictionary)
    from visavis.core.glossary.lemmas import lemma

    own: list[frozenset[str]] = []
    for word in words:
        if word.key in NO_LINK_FR:
            own.append(frozenset())
            continue
        # the form's own headword and its likeliest lemma, not every verb sharing the form
        # (« ai » is a form of 23 verbs in the inflection table)
        entries = glossary.candidates(word)
        keys = {word.key, lemma(word.text), entries[0].key if entries else ""}
        own.append(sense_lemmas([e for e in entries if e.key in keys],
                                word.key in FUNCTION_WORDS))
    lent: list[set[str]] = [set() for _ in words]
    for hit in glossary.match(french):
        covered = [i for i, w in enumerate(words) if hit.start <= w.start < hit.end]
        if hit.entry_ids and len(covered) > 1:
            lemmas = sense_lemmas([dictionary.entry(e) for e in hit.entry_ids])
            for i in covered:
                if words[i].key not in NO_LINK_FR:
                    lent[i] |= lemmas
    return own, [frozenset(e) for e in lent]


def _auxiliary(words: list[Word], i: int) -> bool:
    """« a » in « a annoncé », « ont » in « ont été »: no English word of its own (forms of
    être keep their link: « a été élu » -> "was elected")."""
    from visavis.core.glossary.context import (
        AUXILIARIES,
        ETRE_FORMS,
        SKIPPED_ADVERBS,
        is_participle_form,
    )

    if words[i].key not in AUXILIARIES or words[i].key in ETRE_FORMS | {"été", "être", "étant"}:
        return False
    j = i + 1
    while j < len(words) and words[j].key in SKIPPED_ADVERBS:
        j += 1
    return j < len(words) and is_participle_form(words[j].key)


def _same_name(fr: Word, en: EnglishWord) -> bool:
    return (len(fr.text) > 1 and fr.text[:1].isupper() and en.text[:1].isupper()
            and plain_key(fr.text) == plain_key(en.text))


def align_words(french: str, english: str, attention: Sequence[Sequence[float]] | None = None,
                *, dictionary: Dictionary | None = None) -> list[WordLink]:
    """Links between the words of ``french`` and ``english``, sorted by French offset."""
    fr = french_words(french)
    en = english_words(english)
    if not fr or not en:
        return []
    if dictionary is None:
        dictionary = _default_dictionary()
    own, lent = _french_evidence(french, fr, dictionary)
    n_fr, n_en = len(fr), len(en)
    proposals: list[tuple[float, int, int]] = []  # (confidence, fr index, en index)
    for i, word in enumerate(fr):
        if word.key in NO_LINK_FR or _auxiliary(fr, i):
            continue
        for evidence, base in ((own[i], 0.95), (lent[i] - own[i], 0.75)):
            matches = [j for j, e in enumerate(en) if e.text.lower() not in NO_LINK_EN and (
                e.lemma in evidence or e.text.lower() in evidence
                or base > 0.9 and _same_name(word, e))]
            for j in matches:
                distance = abs((i + 0.5) / n_fr - (j + 0.5) / n_en)
                confidence = base - 0.6 * distance - 0.05 * (len(matches) - 1)
                proposals.append((confidence, i, j))
    # one English word per French word (plus adjacent ones that also match), one French
    # word per English word: best proposals first
    proposals.sort(key=lambda p: (-p[0], p[1], p[2]))
    fr_taken: dict[int, list[int]] = {}
    en_taken: set[int] = set()
    links: list[WordLink] = []
    for confidence, i, j in proposals:
        if j in en_taken:
            continue
        if i in fr_taken and all(abs(j - k) > 1 for k in fr_taken[i]):
            continue
        fr_taken.setdefault(i, []).append(j)
        en_taken.add(j)
        links.append(WordLink(fr[i].start, fr[i].end, en[j].start, en[j].end,
                              round(max(0.0, min(1.0, confidence)), 3)))
    if attention is not None:
        for j, row in enumerate(attention[:n_en]):
            if j in en_taken or en[j].text.lower() in NO_LINK_EN or not row:
                continue
            weights = list(row[:n_fr])
            i = max(range(len(weights)), key=weights.__getitem__)
            if fr[i].key in NO_LINK_FR or i in fr_taken or weights[i] <= 0:
                continue
            links.append(WordLink(fr[i].start, fr[i].end, en[j].start, en[j].end,
                                  round(ATTENTION_SCALE * float(weights[i]), 3)))
    return sorted(links, key=lambda link: (link.fr_start, link.en_start))


_CACHE_SIZE = 4096
_cache: dict[tuple[str, str], tuple[WordLink, ...]] = {}
_cache_lock = threading.Lock()


def cached_alignment(french: str, english: str) -> tuple[WordLink, ...]:
    """``align_words(french, english)`` (dictionary evidence), computed once per sentence pair.

    The glossary feature fills this cache in a worker as translations arrive, so hovering
    (popup "here:", word link) only reads it; safe from any thread."""
    key = (french, english)
    with _cache_lock:
        found = _cache.get(key)
    if found is not None:
        return found
    links = tuple(align_words(french, english))
    with _cache_lock:
        if len(_cache) >= _CACHE_SIZE:
            _cache.clear()
        _cache[key] = links
    return links


def has_cached_alignment(french: str, english: str) -> bool:
    with _cache_lock:
        return (french, english) in _cache


def confident(links: Sequence[WordLink], threshold: float = CONFIDENT) -> list[WordLink]:
    return [link for link in links if link.confidence >= threshold]


def english_for(links: Sequence[WordLink], fr_start: int, fr_end: int) -> list[tuple[int, int]]:
    """English spans of the confident links of French words overlapping [fr_start, fr_end)."""
    return sorted({(link.en_start, link.en_end) for link in confident(links)
                   if link.fr_start < fr_end and fr_start < link.fr_end})


def french_for(links: Sequence[WordLink], en_start: int, en_end: int) -> list[tuple[int, int]]:
    """French spans of the confident links of English words overlapping [en_start, en_end)."""
    return sorted({(link.fr_start, link.fr_end) for link in confident(links)
                   if link.en_start < en_end and en_start < link.en_end})


def word_attention(french: str, french_pieces: Sequence[tuple[int, int]], english: str,
                   english_pieces: Sequence[tuple[int, int]],
                   attention: Sequence[Sequence[float]]) -> list[list[float]]:
    """Piece attention -> word attention for ``align_words`` (Shift-Att).

    ``attention[t][s]`` is CTranslate2's attention of the decoder step that *produces*
    target piece ``t`` (what ``return_attention`` gives: one row per target piece, the
    heads averaged as the model was converted).  The step that *consumes* piece ``t`` is
    row ``t + 1`` (Shift-Att); the last piece keeps its own row when no next row exists.
    Rows of a word's pieces are averaged, columns of a word's pieces summed.
    """
    fr = french_words(french)
    en = english_words(english)

    def owner(spans: Sequence[tuple[int, int]], words: Sequence[tuple[int, int]]) -> list[int]:
        out = []
        for start, end in spans:
            idx = next((k for k, (ws, we) in enumerate(words)
                        if ws < max(end, start + 1) and start < we), -1)
            out.append(idx)
        return out

    src_owner = owner(french_pieces, [(w.start, w.end) for w in fr])
    tgt_owner = owner(english_pieces, [(w.start, w.end) for w in en])
    matrix = [[0.0] * len(fr) for _ in en]
    counts = [0] * len(en)
    for t, e in enumerate(tgt_owner):
        if e < 0:
            continue
        row = attention[t + 1] if t + 1 < len(attention) else (
            attention[t] if t < len(attention) else None)
        if row is None:
            continue
        counts[e] += 1
        for s, f in enumerate(src_owner[:len(row)]):
            if f >= 0:
                matrix[e][f] += float(row[s])
    return [[v / counts[e] if counts[e] else 0.0 for v in matrix[e]] for e in range(len(en))]
