"""Turn what the reader types into a safe FTS5 MATCH expression.

Supported: words (accent-insensitive thanks to the tokenizer), ``"exact phrases"``,
``word*`` prefixes, ``-word`` exclusions, and an automatic prefix on the last word while
typing.  Every term is quoted, so FTS5 syntax characters (``" * - : ( ) ^ +``) and keywords
(``NEAR``, ``AND``, ``OR``, ``NOT``) are searched as text and never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
# Words in nearly every French article: ANDing them adds cost but no selectivity, so they are
# dropped from a query that has other words (never inside "quoted phrases").
STOP_WORDS = frozenset({
    "a", "à", "au", "aux", "ce", "ces", "d", "de", "des", "du", "en", "et", "il", "la", "le",
    "les", "l", "n", "ne", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "s", "se",
    "sa", "son", "ses", "sur", "un", "une", "y", "est", "sont", "the", "of", "and", "to", "in",
})
_WORDISH = re.compile(r"\w")


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False
    prefix: bool = False
    negated: bool = False

    def fts(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + ("*" if self.prefix else "")


def parse_terms(query: str, auto_prefix: bool = True) -> list[Term]:
    terms: list[Term] = []
    for match in _TOKEN.finditer(query):
        if match.group(2) is not None:
            text = " ".join(match.group(2).split())
            if _WORDISH.search(text):
                terms.append(Term(text, phrase=True, negated=bool(match.group(1))))
            continue
        word = match.group(3)
        negated = word.startswith("-") and len(word) > 1
        word = word.lstrip("-+")
        prefix = word.endswith("*")
        word = word.rstrip("*").replace('"', "")
        if _WORDISH.search(word):
            terms.append(Term(word, prefix=prefix, negated=negated))
    if (auto_prefix and terms and not query.endswith((" ", '"')) and not terms[-1].phrase
            and not terms[-1].negated):
        terms[-1] = Term(terms[-1].text, prefix=True)
    return terms


def _fold(text: str) -> str:
    return text.casefold().replace("’", "'")


def essential_terms(terms: list[Term]) -> list[Term]:
    """Drop stop words and one-letter prefixes (a word being typed) when other words remain."""
    def weak(t: Term) -> bool:
        return not t.phrase and not t.negated and (
            _fold(t.text) in STOP_WORDS or (t.prefix and len(t.text) < 2))

    if any(not t.negated and not weak(t) for t in terms):
        return [t for t in terms if not weak(t)]
    if len(terms) == 1 and terms[0].prefix and len(terms[0].text) < 2:
        return [Term(terms[0].text)]  # a lone letter: the word itself, not every word with it
    return terms


def to_match(query: str, auto_prefix: bool = True) -> str | None:
    """FTS5 expression for ``query``, or None when nothing searchable was typed."""
    terms = essential_terms(parse_terms(query, auto_prefix))
    positive = [t.fts() for t in terms if not t.negated]
    if not positive:
        return None
    expression = " AND ".join(positive)
    negative = [t.fts() for t in terms if t.negated]
    if negative:
        expression = f"({expression}) NOT ({' OR '.join(negative)})"
    return expression
