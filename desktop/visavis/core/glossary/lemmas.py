"""French lemmas and the ordered lookup keys of a word form.

The lemma of a form comes from the dictionary's inflection table (426k forms) first:
simplemma's guess is kept when the table agrees with it or knows nothing, else the
table's headword wins (« faufilent » -> faufiler, « données » stays a headword).
Lookup order for a form: exact form, lowercase, lemma, accent-stripped.
Elided forms map to their full word (``l'`` -> ``le``, ``qu'`` -> ``que``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from visavis.core.glossary.normalize import HYPHENS, norm_key, strip_accents

ELIDED_FULL = {
    "l'": "le", "d'": "de", "qu'": "que", "j'": "je", "n'": "ne", "s'": "se", "c'": "ce",
    "m'": "me", "t'": "te", "jusqu'": "jusque", "lorsqu'": "lorsque", "puisqu'": "puisque",
    "quoiqu'": "quoique", "presqu'": "presque",
}

# simplemma maps a few frequent forms to a less useful lemma for a reader
_OVERRIDES = {"s": "se", "des": "de", "du": "de", "aux": "à", "au": "à", "il": "il", "ils": "il",
              "elle": "elle", "elles": "elle", "on": "on"}


_warm_lock = threading.Lock()
_lemmatize: Callable[..., str] | None = None  # simplemma.lemmatize once its data is loaded


def warm_up() -> Callable[..., str]:
    """Import simplemma (~40 ms) and load its French data (~0.2-0.4 s of Python), once.

    Done by the first lemmatisation (in a worker), never when the window is built.
    simplemma caches its data without a lock: two threads lemmatising at the same time
    both decode it, doubling the work that competes with the GUI for the GIL.  Every
    lemmatisation goes through here first, so the data is decoded exactly once.
    Returns ``simplemma.lemmatize``.
    """
    global _lemmatize
    if _lemmatize is None:
        with _warm_lock:
            if _lemmatize is None:
                import simplemma

                simplemma.lemmatize("être", lang="fr")
                _lemmatize = simplemma.lemmatize
    return _lemmatize


def _inflection_table() -> Any:
    """The bundled dictionary (its ``headwords_of_form``), or None when it cannot be opened."""
    global _table, _table_failed
    if _table is None and not _table_failed:
        from visavis.core.glossary.dictionary import DictionaryError, default_dictionary

        try:
            _table = default_dictionary()
        except DictionaryError:
            _table_failed = True
    return _table


_table: Any = None
_table_failed = False


def simple_lemma(form: str) -> str:
    """simplemma's lemma alone (lowercase)."""
    key = norm_key(form)
    if not key or not any(c.isalpha() for c in key):
        return key
    lemmatize = warm_up()
    result = lemmatize(key, lang="fr")
    if result == key and form != key:
        result = lemmatize(form, lang="fr")  # proper nouns keep their capital
    return norm_key(result)


@lru_cache(maxsize=65536)
def lemma(form: str) -> str:
    """The lowercase lemma of a single word form (``Recrutées`` -> ``recruter``)."""
    key = norm_key(form)
    if key in ELIDED_FULL:
        return ELIDED_FULL[key]
    if key in _OVERRIDES:
        return _OVERRIDES[key]
    if not key or not any(c.isalpha() for c in key):
        return key
    guess = simple_lemma(form)
    table = _inflection_table()
    heads = table.headwords_of_form(key) if table is not None else ()
    if not heads or guess in heads:
        return guess
    if guess == key and table.has_key(key):
        return key  # a headword in its own right (« données »)
    others = [h for h in heads if h != key and " " not in h]
    return others[0] if others else guess


@lru_cache(maxsize=65536)
def lookup_keys(form: str) -> tuple[str, ...]:
    """Keys to try in a dictionary, best first, without duplicates.

    exact form, lowercase, lemma, accent-stripped (of the form and of the lemma).
    """
    exact = form.strip()
    lower = norm_key(form)
    full = ELIDED_FULL.get(lower)
    candidates = [exact, lower] + ([full] if full else []) + [lemma(form)]
    candidates += [strip_accents(lower), strip_accents(lemma(form))]
    seen: dict[str, None] = {}
    for candidate in candidates:
        if candidate and candidate not in seen:
            seen[candidate] = None
    return tuple(seen)


def compound_parts(form: str) -> list[str]:
    """The parts of a hyphenated compound (``porte-parole`` -> ``porte``, ``parole``)."""
    parts = [form]
    for hyphen in HYPHENS:
        parts = [p for chunk in parts for p in chunk.split(hyphen)]
    return [p for p in parts if p] if len(parts) > 1 else []


@lru_cache(maxsize=65536)
def match_keys(form: str) -> frozenset[str]:
    """Keys under which a word can take part in a multi-word term: its form and lemma."""
    lower = norm_key(form)
    return frozenset({lower, lemma(form), ELIDED_FULL.get(lower, lower)})
