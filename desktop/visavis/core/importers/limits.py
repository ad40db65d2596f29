"""How much text an article may hold, in words — a limit a reader understands — checked
before the expensive work (Markdown parsing keeps ~140 bytes per character), so an
oversized text is refused at once with a message instead of exhausting memory."""

from __future__ import annotations

from visavis.core.importers.model import ImportFailed

MAX_WORDS = 600_000  # about 2,000 pages: War and Peace fits; the largest input measured in bench
WORDS_PER_PAGE = 300
_SLICE = 1 << 20


def count_words(text: str) -> int:
    """Whitespace-separated words of ``text``, counted slice by slice (bounded memory; a
    word cut by a slice boundary counts twice, which does not matter for a limit)."""
    return sum(len(text[i:i + _SLICE].split()) for i in range(0, len(text), _SLICE))


def too_many_words(words: int, what: str = "This text") -> ImportFailed:
    return ImportFailed(
        "{what} has about {words} words (some {pages} pages); Vis-à-vis opens texts of up "
        "to {limit} words (about {limit_pages} pages). Split it and import the parts one "
        "by one.", what=what, words=words, pages=max(1, words // WORDS_PER_PAGE),
        limit=MAX_WORDS, limit_pages=MAX_WORDS // WORDS_PER_PAGE)


def check_words(text: str, what: str = "This text") -> int:
    """The number of words of ``text``; raises ImportFailed over :data:`MAX_WORDS`."""
    words = count_words(text)
    if words > MAX_WORDS:
        raise too_many_words(words, what)
    return words
