"""Re-anchoring: find where an annotation's quote is in a (possibly edited) text.

Order of attempts, first success wins:

1. *position* — the quote is still at its old offsets;
2. *exact quote* — every occurrence of the quote is scored on how well its
   surroundings match the stored prefix/suffix and on its distance to the old
   position (so duplicates elsewhere are disambiguated);
3. *fuzzy* — a similar passage near a seed (the longest common run with the quote,
   the stored prefix or suffix) scored on quote similarity, prefix, suffix and
   distance; accepted above a threshold;
4. otherwise *orphan*: the annotation keeps its old target and is never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from visavis.core.annotations.model import AnchorStatus, Annotation, Side, TextTarget

FUZZY_MIN_QUOTE_SIMILARITY = 0.6
FUZZY_MIN_SCORE = 0.7
MIN_CONTEXT = 0.5  # below this, a match elsewhere is trusted only for a long quote
LONG_QUOTE = 24  # characters: a quote this long is specific enough on its own
_SEARCH_WINDOW = 4000  # characters either side of the old position searched by the fuzzy step


@dataclass(frozen=True)
class AnchorResult:
    status: AnchorStatus
    start: int
    end: int
    score: float = 1.0


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> float:
    """1.0 when the text around ``start:end`` equals the stored prefix and suffix."""
    scores = []
    if prefix:
        scores.append(_similarity(prefix, text[max(0, start - len(prefix)):start]))
    if suffix:
        scores.append(_similarity(suffix, text[end:end + len(suffix)]))
    return sum(scores) / len(scores) if scores else 1.0


def _distance_score(pos: int, hint: int, length: int) -> float:
    return 1.0 - min(1.0, abs(pos - hint) / max(length, 1))


def _exact_occurrences(text: str, exact: str) -> list[int]:
    found, pos = [], text.find(exact)
    while pos != -1:
        found.append(pos)
        pos = text.find(exact, pos + 1)
    return found


def _best_exact(text: str, target: TextTarget) -> AnchorResult | None:
    starts = _exact_occurrences(text, target.exact)
    if not starts:
        return None
    n = len(target.exact)

    def score(s: int) -> float:
        return 0.8 * _context_score(text, s, s + n, target.prefix, target.suffix) + \
            0.2 * _distance_score(s, target.start, len(text))

    best = max(starts, key=score)
    context = _context_score(text, best, best + n, target.prefix, target.suffix)
    if context < MIN_CONTEXT and not (n >= LONG_QUOTE and len(starts) == 1):
        return None
    return AnchorResult(AnchorStatus.ANCHORED, best, best + n, score(best))


def _fuzzy_span(text: str, exact: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of ``text[lo:hi]`` covered by the runs it shares with ``exact``."""
    region = text[lo:hi]
    blocks = [b for b in SequenceMatcher(None, exact, region, autojunk=False).get_matching_blocks()
              if b.size >= 2 or (b.size and len(exact) < 8)]
    if not blocks:
        return None
    return lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size


def _refine_span(text: str, exact: str, start: int, end: int) -> tuple[int, int]:
    """Move the span's ends to the word boundaries that make it most similar to ``exact``."""
    n = len(exact)
    ends = [e for e in range(max(start + 1, end - n // 2), min(len(text), end + 8) + 1)
            if e == len(text) or (text[e - 1].isalnum() and not text[e].isalnum())] or [end]
    end = max(ends, key=lambda e: (_similarity(exact, text[start:e]), -abs(e - end)))
    starts = [s for s in range(max(0, start - 8), min(end - 1, start + n // 2) + 1)
              if s == 0 or (text[s].isalnum() and not text[s - 1].isalnum())] or [start]
    start = max(starts, key=lambda s: (_similarity(exact, text[s:end]), -abs(s - start)))
    return start, end


def _fuzzy_seeds(text: str, target: TextTarget) -> list[int]:
    """Likely start positions of the edited quote near the old position."""
    n = len(target.exact)
    lo = max(0, target.start - _SEARCH_WINDOW)
    hi = min(len(text), target.start + n + _SEARCH_WINDOW)
    window = text[lo:hi]
    seeds = []
    longest = SequenceMatcher(None, target.exact, window, autojunk=False).find_longest_match(
        0, n, 0, len(window))
    if longest.size >= min(4, n):
        seeds.append(lo + longest.b - longest.a)
    if len(target.prefix) >= 8:
        p = window.find(target.prefix)
        if p != -1:
            seeds.append(lo + p + len(target.prefix))
    if len(target.suffix) >= 8:
        s = window.find(target.suffix)
        if s != -1:
            seeds.append(lo + s - n)
    return seeds


def _best_fuzzy(text: str, target: TextTarget) -> AnchorResult | None:
    n = len(target.exact)
    slack = n // 2 + 8
    best: AnchorResult | None = None
    for seed in _fuzzy_seeds(text, target):
        span = _fuzzy_span(text, target.exact, max(0, seed - slack), min(len(text), seed + n + slack))
        if span is None:
            continue
        start, end = _refine_span(text, target.exact, *span)
        quote_sim = _similarity(target.exact, text[start:end])
        if quote_sim < FUZZY_MIN_QUOTE_SIMILARITY:
            continue
        context = _context_score(text, start, end, target.prefix, target.suffix)
        if context < MIN_CONTEXT and n < LONG_QUOTE:
            continue
        score = 0.6 * quote_sim + 0.3 * context + 0.1 * _distance_score(start, target.start, len(text))
        if score >= FUZZY_MIN_SCORE and (best is None or score > best.score):
            best = AnchorResult(AnchorStatus.FUZZY, start, end, score)
    return best


def anchor(text: str, target: TextTarget) -> AnchorResult:
    """Locate ``target`` in ``text`` (see the module docstring for the order of attempts)."""
    if target.exact and text[target.start:target.end] == target.exact:
        return AnchorResult(AnchorStatus.ANCHORED, target.start, target.end)
    if not target.exact:
        return AnchorResult(AnchorStatus.ORPHAN, target.start, target.end, 0.0)
    return (_best_exact(text, target) or _best_fuzzy(text, target)
            or AnchorResult(AnchorStatus.ORPHAN, target.start, target.end, 0.0))


def reanchor(annotation: Annotation, french_plain: str, english: dict[str, str],
             sentence_plain_start: dict[str, int] | None = None) -> Annotation:
    """Return ``annotation`` anchored on the current texts.

    ``english`` maps sentence ids to their current English (missing or empty: not
    translated); ``sentence_plain_start`` maps sentence ids to their offset in the
    French plain text, used for the reading order of English annotations.
    The stored quote is kept: a fuzzy match stays fuzzy until the reader re-selects.
    """
    target = annotation.target
    if annotation.side == Side.FRENCH:
        result = anchor(french_plain, target)
        reading_pos = result.start
    else:
        sentence_text = english.get(target.sentence_id or "", "")
        result = anchor(sentence_text, target) if sentence_text else \
            AnchorResult(AnchorStatus.ORPHAN, target.start, target.end, 0.0)
        reading_pos = (sentence_plain_start or {}).get(target.sentence_id or "",
                                                       annotation.reading_pos)
    new_target = target if result.status == AnchorStatus.ORPHAN else \
        replace(target, start=result.start, end=result.end)
    if new_target == target and result.status == annotation.status \
            and reading_pos == annotation.reading_pos:
        return annotation
    return replace(annotation, target=new_target, status=result.status, reading_pos=reading_pos)
