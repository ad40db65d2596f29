"""Re-anchoring: find where an annotation's quote is in a (possibly edited) text.

The approach of Hypothesis' text-quote + text-position selectors, with
``diff-match-patch``:

1. *position* — the quote is still at its old offsets with its context around it;
2. *candidates* — every exact occurrence of the quote (nearest and best-surrounded
   first) and the places ``diff-match-patch``'s bitap search (``match_main``) finds
   for the quote's head and tail, the prefix's tail and the suffix's head near the
   expected position;
3. each candidate is aligned with ``prefix + quote + suffix`` (``diff_main``) and the
   quote's ends are mapped through that alignment, so a whole-sentence highlight keeps
   its final « . » and never overshoots into the next sentence;
4. a candidate is accepted only with enough evidence: few quote errors (at most a
   quarter of the quote, none under four characters) and a context that matches —
   the shorter the quote, the more of its prefix/suffix must still surround it;
5. otherwise *orphan*: the annotation keeps its old target and is never deleted.
   A short quote whose context no longer matches becomes an orphan, never a silent
   move to another « est » elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from diff_match_patch import diff_match_patch

from visavis.core.annotations.model import AnchorStatus, Annotation, Side, TextTarget

LONG_QUOTE = 40  # characters: an exact quote this long is specific enough on its own
_SEARCH_WINDOW = 3000  # characters either side of the expected position searched by bitap
_MAX_EXACT_CANDIDATES = 12
_BITAP_CHARS = 32  # diff-match-patch's Match_MaxBits
_CONTEXT_SLACK = 16  # characters beyond the stored context compared (inserted words)

_EQUAL, _DELETE, _INSERT = diff_match_patch.DIFF_EQUAL, diff_match_patch.DIFF_DELETE, \
    diff_match_patch.DIFF_INSERT


def _dmp() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # regions are small: always the exact (deterministic) diff
    dmp.Match_Threshold = 0.4
    dmp.Match_Distance = 2000  # a match 800 characters away counts as 0.4 errors per char
    return dmp


@dataclass(frozen=True)
class AnchorResult:
    status: AnchorStatus
    start: int
    end: int
    score: float = 1.0


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    quote_errors: int
    prefix_sim: float | None  # None: no stored prefix (the quote was at the text's start)
    suffix_sim: float | None
    score: float


def _levenshtein(dmp: diff_match_patch, a: str, b: str) -> int:
    if a == b:
        return 0
    if not a or not b:
        return max(len(a), len(b))
    return dmp.diff_levenshtein(dmp.diff_main(a, b, False))


def _similarity(dmp: diff_match_patch, a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return 1.0 - _levenshtein(dmp, a, b) / max(len(a), len(b))


def _context_similarity(dmp: diff_match_patch, stored: str, window: str,
                        far_end_first: bool) -> float:
    """How much of ``stored`` (a prefix or suffix) still borders the candidate.

    ``window`` is the text on that side, longer than ``stored``; text of the window beyond
    the stored context's far end is free, so a word inserted right at the quote costs only
    its own length (a plain same-length comparison would count every shifted character)."""
    if not stored or (window.endswith(stored) if far_end_first else window.startswith(stored)):
        return 1.0
    diffs = dmp.diff_main(stored, window, False)
    if far_end_first:
        diffs = diffs[::-1]
    # Edits are counted as diff_levenshtein does (max of insertions and deletions between
    # two equalities), except that insertions after the last equality — the window's text
    # beyond the stored context's far end — are free.
    errors = inserted = deleted = 0
    for op, chunk in diffs:
        if op == _INSERT:
            inserted += len(chunk)
        elif op == _DELETE:
            deleted += len(chunk)
        else:
            errors += max(inserted, deleted)
            inserted = deleted = 0
    errors += deleted
    return max(0.0, 1.0 - errors / len(stored))


def _map_start(diffs: list[tuple[int, str]], loc: int) -> int:
    """Where position ``loc`` of the pattern is in the text; text inserted right at ``loc``
    is left before the mapped position (it is not part of the quote)."""
    c1 = c2 = 0
    for op, chunk in diffs:
        n = len(chunk)
        if op == _INSERT:
            c2 += n
            continue
        if loc < c1 + n:
            return c2 + (loc - c1) if op == _EQUAL else c2
        c1 += n
        if op == _EQUAL:
            c2 += n
    return c2


def _map_end(diffs: list[tuple[int, str]], loc: int) -> int:
    """Where the end position ``loc`` of the pattern is in the text.  Text inserted right
    after an unchanged quote end is left out; text replacing the quote's last characters
    (a delete followed by an insert) is kept in."""
    c1 = c2 = 0
    previous = _EQUAL
    for op, chunk in diffs:
        n = len(chunk)
        if op == _INSERT:
            if c1 == loc and previous != _DELETE:
                return c2
            c2 += n
            previous = op
            continue
        if c1 >= loc:
            return c2
        if loc <= c1 + n:
            if op == _EQUAL:
                return c2 + (loc - c1)
            c1 += n
            previous = op
            continue
        c1 += n
        if op == _EQUAL:
            c2 += n
        previous = op
    return c2


def _allowed_errors(length: int, context: float | None) -> int:
    """Edits tolerated inside the quote: none under four characters, then a quarter of
    it — half of it when the context on both sides is nearly intact."""
    if length < 4:
        return 0
    if context is not None and context >= 0.8 and length >= 8:
        return length // 2
    return max(1, length // 4)


def _accepted(length: int, errors: int, prefix_sim: float | None,
              suffix_sim: float | None) -> bool:
    """Whether a candidate has enough evidence: the shorter the quote, the more of its
    context must still surround it (``None``: that side has no context to compare)."""
    sides = [s for s in (prefix_sim, suffix_sim) if s is not None]
    both = min(sides) if len(sides) == 2 else None
    if errors > _allowed_errors(length, both):
        return False
    if not sides:  # the quote is (nearly) its whole paragraph
        return errors <= length // 5 and length >= 8
    context = sum(sides) / len(sides)
    if length < 8:  # « est », « La », « dans »: both sides must still match
        if len(sides) == 1:
            return sides[0] >= (0.9 if errors == 0 else 0.95)
        if errors == 0:
            return context >= 0.75 and min(sides) >= 0.5
        return context >= 0.85 and min(sides) >= 0.6
    if length < LONG_QUOTE:
        if errors == 0:
            return context >= 0.55 or max(sides) >= 0.85
        return context >= 0.65 or max(sides) >= 0.9
    return errors == 0 or context >= 0.35 or max(sides) >= 0.6


def _within_paragraph(prefix: str, suffix: str) -> tuple[str, str]:
    """The stored context cut at paragraph breaks, the break kept: what comes before a
    paragraph is not evidence (paragraphs get moved, deleted, inserted)."""
    cut = prefix.rfind("\n\n")
    if cut != -1:
        prefix = prefix[cut:]
    cut = suffix.find("\n\n")
    if cut != -1:
        suffix = suffix[:cut + 2]
    return prefix, suffix


def _evidence(context: str) -> bool:
    """Six characters of context (a paragraph break counts as one) say something."""
    return len(context.replace("\n\n", "\n")) >= 6


def _splits_word(text: str, pos: int) -> bool:
    return 0 < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum()


class _Anchorer:
    def __init__(self, text: str, target: TextTarget) -> None:
        self.text = text
        self.target = target
        self.dmp = _dmp()
        self.prefix, self.suffix = _within_paragraph(target.prefix, target.suffix)
        self.pattern = target.prefix + target.exact + target.suffix
        # a quote selected on word boundaries is never re-anchored inside a word
        self.whole_start = not (target.prefix[-1:].isalnum() and target.exact[:1].isalnum())
        self.whole_end = not (target.exact[-1:].isalnum() and target.suffix[:1].isalnum())

    def respects_words(self, start: int, end: int) -> bool:
        return not (self.whole_start and _splits_word(self.text, start)) and \
            not (self.whole_end and _splits_word(self.text, end))

    def refine(self, start: int, end: int) -> tuple[int, int]:
        """A span whose end splits a word (the quote was selected on word boundaries) moved,
        at most 3 characters, to the boundaries where the quote differs least."""
        if self.respects_words(start, end):
            return start, end
        exact = self.target.exact
        starts = [s for s in range(max(0, start - 3), start + 4)
                  if not (self.whole_start and _splits_word(self.text, s))] or [start]
        ends = [e for e in range(end - 3, min(len(self.text), end + 3) + 1)
                if not (self.whole_end and _splits_word(self.text, e))] or [end]
        options = [(s, e) for s in starts for e in ends if s < e]
        if not options:
            return start, end
        return min(options, key=lambda se: (
            _levenshtein(self.dmp, exact, self.text[se[0]:se[1]]),
            abs(se[0] - start) + abs(se[1] - end)))

    def context(self, start: int, end: int) -> tuple[float | None, float | None]:
        """Similarity of the stored prefix/suffix with the text around ``start:end``
        (``None`` for a side with too little context to be evidence, see _evidence)."""
        p, s, text = self.prefix, self.suffix, self.text
        reach = len(p) + _CONTEXT_SLACK
        before = text[max(0, start - reach):start]
        if start < reach and p.startswith("\n\n"):
            before = "\n\n" + before  # the text's start counts as a paragraph break
        reach = len(s) + _CONTEXT_SLACK
        after = text[end:end + reach]
        if end + reach > len(text) and s.endswith("\n\n"):
            after += "\n\n"
        prefix_sim = _context_similarity(self.dmp, p, before, True) if _evidence(p) else None
        suffix_sim = _context_similarity(self.dmp, s, after, False) if _evidence(s) else None
        return prefix_sim, suffix_sim

    def evaluate(self, start: int, end: int) -> _Candidate | None:
        if not 0 <= start < end <= len(self.text) or not self.respects_words(start, end):
            return None
        target = self.target
        n = len(target.exact)
        errors = _levenshtein(self.dmp, target.exact, self.text[start:end])
        prefix_sim, suffix_sim = self.context(start, end)
        if not _accepted(n, errors, prefix_sim, suffix_sim):
            return None
        # Hypothesis' weights: quote 50, prefix 20, suffix 20, position 2.
        distance = abs(start - target.start) / max(len(self.text), 1)
        score = (50 * (1 - errors / n) + 20 * (1.0 if prefix_sim is None else prefix_sim)
                 + 20 * (1.0 if suffix_sim is None else suffix_sim) + 2 * (1 - distance)) / 92
        return _Candidate(start, end, errors, prefix_sim, suffix_sim, score)

    def align(self, approx_start: int) -> tuple[int, int] | None:
        """The quote's span near ``approx_start``, its ends mapped through an alignment of
        ``prefix + quote + suffix`` with the text there."""
        n = len(self.target.exact)
        slack = max(24, n // 2)
        lo = max(0, approx_start - len(self.target.prefix) - slack)
        hi = min(len(self.text), approx_start + n + len(self.target.suffix) + slack)
        if lo >= hi:
            return None
        diffs = self.dmp.diff_main(self.pattern, self.text[lo:hi], False)
        start = lo + _map_start(diffs, len(target_prefix := self.target.prefix))
        end = lo + _map_end(diffs, len(target_prefix) + n)
        return self.refine(start, end) if start < end else None

    def exact_candidates(self) -> list[int]:
        exact, text = self.target.exact, self.text
        found, pos = [], text.find(exact)
        while pos != -1:
            found.append(pos)
            pos = text.find(exact, pos + 1)
        if len(found) <= _MAX_EXACT_CANDIDATES:
            return found
        # Many copies (« de », « la »): keep the nearest and the best-surrounded ones.
        p, s, n = self.prefix[-8:], self.suffix[:8], len(exact)

        def adjacency(i: int) -> int:
            before = text[max(0, i - len(p)):i]
            after = text[i + n:i + n + len(s)]
            return (len(p) > 0 and before == p) + (len(s) > 0 and after == s)

        half = _MAX_EXACT_CANDIDATES // 2
        nearest = sorted(found, key=lambda i: abs(i - self.target.start))[:half]
        surrounded = sorted(found, key=lambda i: (-adjacency(i), abs(i - self.target.start)))
        return list(dict.fromkeys(nearest + surrounded[:half]))

    def bitap_candidates(self) -> list[int]:
        """Approximate starts of the quote found by bitap near the expected position."""
        target, text, n = self.target, self.text, len(self.target.exact)
        lo = max(0, target.start - _SEARCH_WINDOW)
        hi = min(len(text), target.start + n + _SEARCH_WINDOW)
        window = text[lo:hi]
        expected = target.start - lo
        probes: list[tuple[str, int, int]] = []  # (pattern, expected loc, offset to quote start)
        head = target.exact[:_BITAP_CHARS]
        probes.append((head, expected, 0))
        if n > _BITAP_CHARS:
            probes.append((target.exact[-_BITAP_CHARS:], expected + n - _BITAP_CHARS,
                           -(n - _BITAP_CHARS)))
        if len(self.prefix) >= 8:
            tail = self.prefix[-_BITAP_CHARS:]
            probes.append((tail, expected - len(tail), len(tail)))
        if len(self.suffix) >= 8:
            probes.append((self.suffix[:_BITAP_CHARS], expected + n, -n))
        starts = []
        for pattern, loc, offset in probes:
            if len(pattern) < 4:
                continue
            found = self.dmp.match_main(window, pattern, max(0, min(len(window), loc)))
            if found != -1:
                starts.append(lo + found + offset)
        return starts

    def best_of(self, spans: Iterable[tuple[int, int]]) -> _Candidate | None:
        best: _Candidate | None = None
        hint = self.target.start
        for start, end in dict.fromkeys(spans):
            candidate = self.evaluate(start, end)
            if candidate is not None and (best is None or (
                    candidate.score, -abs(candidate.start - hint)) > (best.score,
                                                                      -abs(best.start - hint))):
                best = candidate
        return best

    def run(self) -> AnchorResult:
        target, n = self.target, len(self.target.exact)
        if self.text[target.start:target.end] == target.exact:
            here = self.evaluate(target.start, target.end)
            if here is not None and min(
                    s for s in (here.prefix_sim, here.suffix_sim, 1.0) if s is not None) >= 0.8:
                return AnchorResult(AnchorStatus.ANCHORED, target.start, target.end, here.score)
        best = self.best_of((s, s + n) for s in self.exact_candidates())
        if best is None or min(s for s in (best.prefix_sim, best.suffix_sim, 1.0)
                               if s is not None) < 0.9:
            # not found as it was: look for an edited quote (bitap, then alignment)
            aligned = (self.align(approx) for approx in self.bitap_candidates())
            fuzzy = self.best_of(span for span in aligned if span is not None)
            if fuzzy is not None and (best is None or fuzzy.score > best.score):
                best = fuzzy
        if best is None:
            return AnchorResult(AnchorStatus.ORPHAN, target.start, target.end, 0.0)
        status = AnchorStatus.ANCHORED if best.quote_errors == 0 else AnchorStatus.FUZZY
        return AnchorResult(status, best.start, best.end, best.score)


def anchor(text: str, target: TextTarget) -> AnchorResult:
    """Locate ``target`` in ``text`` (see the module docstring for the order of attempts)."""
    if not target.exact or not text:
        return AnchorResult(AnchorStatus.ORPHAN, target.start, target.end, 0.0)
    return _Anchorer(text, target).run()


def map_sentences(old: Mapping[str, str], new: Mapping[str, str],
                  min_similarity: float = 0.6) -> dict[str, str]:
    """Old sentence id -> new sentence id, for sentences whose French text changed.

    ``old`` and ``new`` map sentence ids to their French text, in reading order.  Ids in
    both are kept as they are; every other old sentence is matched with the most similar
    new sentence not otherwise taken (at least ``min_similarity``), searched near its
    position first.
    """
    mapping = {sid: sid for sid in old if sid in new}
    free = [sid for sid in new if sid not in old]
    old_order, new_order = list(old), list(new)
    taken: set[str] = set()
    for i, sid in enumerate(old_order):
        if sid in mapping:
            continue
        expected = i / max(len(old_order), 1) * len(new_order)
        best, best_key = None, None
        for candidate in free:
            if candidate in taken:
                continue
            sim = SequenceMatcher(None, old[sid], new[candidate], autojunk=False).ratio()
            if sim < min_similarity:
                continue
            key = (sim, -abs(new_order.index(candidate) - expected))
            if best_key is None or key > best_key:
                best, best_key = candidate, key
        if best is not None:
            mapping[sid] = best
            taken.add(best)
    return mapping


def _english_elsewhere(annotation: Annotation, english: Mapping[str, str],
                       starts: Mapping[str, int]) -> tuple[str, AnchorResult] | None:
    """The English annotation's quote found in the English of a sentence near its old one
    (its French sentence was edited, so its id changed)."""
    if not starts:
        return None
    nearby = sorted((sid for sid in english if sid in starts and english[sid]),
                    key=lambda sid: abs(starts[sid] - annotation.reading_pos))[:6]
    best: tuple[str, AnchorResult] | None = None
    for sid in nearby:
        found = anchor(english[sid], annotation.target)
        if found.status != AnchorStatus.ORPHAN and (best is None or found.score > best[1].score):
            best = (sid, found)
    return best


def reanchor(annotation: Annotation, french_plain: str, english: dict[str, str],
             sentence_plain_start: dict[str, int] | None = None,
             sentence_map: Mapping[str, str] | None = None,
             english_pending: bool = False) -> Annotation:
    """Return ``annotation`` anchored on the current texts.

    ``english`` maps sentence ids to their current English (missing or empty: not
    translated); ``sentence_plain_start`` maps sentence ids to their offset in the
    French plain text, used for the reading order of English annotations and to find an
    English annotation whose French sentence was edited (its id changed) among the
    sentences near its old place; ``sentence_map`` (old id -> new id, see
    :func:`map_sentences`) says where edited sentences went when it is known.  With
    ``english_pending`` (the English is still arriving, as in the window) an English
    annotation whose sentence is there but not translated yet keeps its status (and moves
    to the mapped sentence when its French was edited); otherwise it is an orphan.
    The stored quote is kept: a fuzzy match stays fuzzy until the reader re-selects.
    """
    target = annotation.target
    starts = sentence_plain_start or {}
    if annotation.side == Side.FRENCH:
        result = anchor(french_plain, target)
        new_target = target if result.status == AnchorStatus.ORPHAN else \
            replace(target, start=result.start, end=result.end)
        reading_pos = result.start if result.status != AnchorStatus.ORPHAN \
            else annotation.reading_pos
    else:
        sentence_id = target.sentence_id or ""
        if sentence_map and sentence_id in sentence_map:
            sentence_id = sentence_map[sentence_id]
        sentence_text = english.get(sentence_id, "")
        if not sentence_text and english_pending and sentence_id in starts:
            # its (possibly edited) sentence is there, not translated yet: no verdict now
            moved = replace(target, sentence_id=sentence_id)
            if moved == target and starts[sentence_id] == annotation.reading_pos:
                return annotation
            return replace(annotation, target=moved, reading_pos=starts[sentence_id])
        result = anchor(sentence_text, target) if sentence_text else \
            AnchorResult(AnchorStatus.ORPHAN, target.start, target.end, 0.0)
        if result.status == AnchorStatus.ORPHAN and sentence_id not in starts:
            elsewhere = _english_elsewhere(annotation, english, starts)
            if elsewhere is not None:
                sentence_id, result = elsewhere
        if result.status == AnchorStatus.ORPHAN:
            new_target = target
            reading_pos = starts.get(target.sentence_id or "", annotation.reading_pos)
        else:
            new_target = replace(target, start=result.start, end=result.end,
                                 sentence_id=sentence_id)
            reading_pos = starts.get(sentence_id, annotation.reading_pos)
    if new_target == target and result.status == annotation.status \
            and reading_pos == annotation.reading_pos:
        return annotation
    return replace(annotation, target=new_target, status=result.status, reading_pos=reading_pos)
