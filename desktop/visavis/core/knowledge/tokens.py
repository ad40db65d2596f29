"""The words of an article as the word-status features see them: form, lemma, auto-ignore.

Tokens come from :func:`visavis.core.glossary.words.split_words` and their lemma from
:func:`visavis.core.glossary.lemmas.lemma`.  Words are *ignored automatically* (the reader can
still give them a status) when they are a proper noun (capitalised inside a sentence, or
capitalised at its start when the article also has them capitalised inside a sentence, or
written in capitals), part of a URL or e-mail address, or in a block whose language is not
French.  Numbers are not words at all (split_words leaves them out).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from visavis.core.document import Block, Document
from visavis.core.glossary.lemmas import lemma
from visavis.core.glossary.words import Word, split_words
from visavis.core.knowledge.statuses import TermStatus

TOKENIZER_VERSION = 1  # bump when tokens or auto-ignore rules change: articles are re-indexed

_URL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+\.(?:fr|com|org|net|ca|be|ch|io)\b\S*",
                     re.IGNORECASE)


@dataclass(frozen=True)
class Token:
    sentence_id: str
    start: int  # offsets into the sentence text
    end: int
    text: str  # as written
    form: str  # norm_key(text)
    lemma: str
    auto_ignored: bool


def block_language(block: Block) -> str:
    """The language of a block (``Block.language`` when the model has it, else French)."""
    return getattr(block, "language", "fr") or "fr"


def _url_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _URL_RE.finditer(text)]


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def sentence_tokens(sentence_id: str, text: str, *, french: bool = True,
                    proper_forms: frozenset[str] = frozenset(),
                    words: list[Word] | None = None) -> list[Token]:
    """Tokens of one sentence.  ``proper_forms``: forms seen capitalised mid-sentence elsewhere
    in the article; ``words``: ``split_words(text)`` when the caller has it."""
    urls = _url_spans(text) if ("." in text or "@" in text) else []
    if words is None:
        words = split_words(text)
    tokens: list[Token] = []
    for i, word in enumerate(words):
        ignored = not french
        if not ignored and urls:
            ignored = any(s <= word.start < e for s, e in urls)
        key = lemma(word.text)
        proper = (not word.is_elision and word.text[0].isupper()
                  and (_is_acronym(word.text) or not _starts_sentence(text, words, i)
                       or word.key in proper_forms))
        if proper and not ignored:
            ignored = True
            key = word.key  # a name is its own key: « Paris » is not « pari »
        tokens.append(Token(sentence_id, word.start, word.end, word.text, word.key, key, ignored))
    return tokens


def _starts_sentence(text: str, words: list[Word], i: int) -> bool:
    """First word of the sentence (after an elision too), or of a quotation / after a colon:
    its capital says nothing about it being a name."""
    if i == 0 or (i == 1 and words[0].is_elision):
        return True
    before = text[:words[i].start].rstrip()
    return bool(before) and before[-1] in "«“\"(:—–-"


def document_tokens(doc: Document) -> dict[str, list[Token]]:
    """Tokens of every sentence of ``doc`` keyed by sentence id (in reading order)."""
    split = {s.id: split_words(s.text) for s in doc.sentences}
    proper = frozenset(
        word.key for s in doc.sentences for i, word in enumerate(split[s.id])
        if word.text[0].isupper() and not word.is_elision
        and not _starts_sentence(s.text, split[s.id], i))
    result: dict[str, list[Token]] = {}
    for block in doc.blocks:
        french = block_language(block).lower().startswith("fr")
        for sentence in block.sentences:
            result[sentence.id] = sentence_tokens(sentence.id, sentence.text, french=french,
                                                  proper_forms=proper, words=split[sentence.id])
    return result


def iter_tokens(by_sentence: Mapping[str, list[Token]]) -> Iterator[Token]:
    for tokens in by_sentence.values():
        yield from tokens


def lemma_counts(tokens: Iterable[Token]) -> dict[str, tuple[int, bool]]:
    """lemma → (token count, every occurrence ignored automatically)."""
    counts: dict[str, list] = {}
    for token in tokens:
        entry = counts.setdefault(token.lemma, [0, True])
        entry[0] += 1
        entry[1] = entry[1] and token.auto_ignored
    return {k: (v[0], v[1]) for k, v in counts.items()}


def effective_status(token: Token, lemma_status: Mapping[str, TermStatus],
                     form_status: Mapping[tuple[str, str], TermStatus] | None = None) -> TermStatus:
    """The status a token shows: its form's own status, else its lemma's, else automatic."""
    if form_status:
        found = form_status.get((token.lemma, token.form))
        if found is not None:
            return found
    found = lemma_status.get(token.lemma)
    if found is not None:
        return found
    return TermStatus.IGNORED if token.auto_ignored else TermStatus.UNKNOWN
