""""Mark the rest as known" (LingQ's page turn): what it changes, so it can be undone."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from visavis.core.knowledge.statuses import TermStatus
from visavis.core.knowledge.tokens import Token, effective_status


def rest_to_mark(tokens: Iterable[Token], lemma_status: Mapping[str, TermStatus],
                 form_status: Mapping[tuple[str, str], TermStatus] | None = None,
                 *, include_new: bool = True) -> list[str]:
    """Lemmas of ``tokens`` still unknown (and new, with ``include_new``), in text order.

    Learning and ignored words are left as they are: the reader chose them.
    """
    wanted = {TermStatus.UNKNOWN} | ({TermStatus.NEW} if include_new else set())
    found: dict[str, None] = {}
    for token in tokens:
        if effective_status(token, lemma_status, form_status) in wanted:
            found.setdefault(token.lemma, None)
    return list(found)


def mark_rest_known(library, tokens: Iterable[Token], *, include_new: bool = True,  # type: ignore[no-untyped-def]
                    when: str | None = None):  # -> list[PreviousStatus]
    """Mark the unknown (and new) words of ``tokens`` known in one transaction.

    Returns what was replaced: ``library.word_status.restore(result)`` undoes it.
    """
    tokens = list(tokens)
    statuses = library.word_status.get_many({t.lemma for t in tokens})
    forms = library.word_status.get_many({(t.lemma, t.form) for t in tokens})
    form_status = {k: v for k, v in forms.items() if v != statuses.get(k[0])}
    lemmas = rest_to_mark(tokens, statuses, form_status, include_new=include_new)
    return library.word_status.set_many(((lemma, TermStatus.KNOWN) for lemma in lemmas), when=when)
