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


def to_match(query: str, auto_prefix: bool = True) -> str | None:
    """FTS5 expression for ``query``, or None when nothing searchable was typed."""
    terms = parse_terms(query, auto_prefix)
    positive = [t.fts() for t in terms if not t.negated]
    if not positive:
        return None
    expression = " AND ".join(positive)
    negative = [t.fts() for t in terms if t.negated]
    if negative:
        expression = f"({expression}) NOT ({' OR '.join(negative)})"
    return expression
