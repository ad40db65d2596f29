"""How a review grade moves a term's word status (the word-knowledge statuses of issue 14).

* **Again** lapses the term to Learning 1 (from any status the review can see);
* **Hard** keeps the status (a New term becomes Learning 1: it is being learned);
* **Good/Easy** raise the status to the level the next interval earns, never lower it:
  under a day → Learning 1, under a week → Learning 2, under ``KNOWN_AFTER_DAYS`` →
  Learning 3, from ``KNOWN_AFTER_DAYS`` on → Known.

Statuses are ``knowledge.TermStatus`` values (compared as integers).
"""

from __future__ import annotations

from fsrs import Rating

from visavis.core.knowledge import TermStatus

UNKNOWN, NEW, KNOWN, IGNORED = TermStatus.UNKNOWN, TermStatus.NEW, TermStatus.KNOWN, TermStatus.IGNORED
LEARNING_1, LEARNING_2, LEARNING_3 = TermStatus.LEARNING_1, TermStatus.LEARNING_2, TermStatus.LEARNING_3
REVIEWED_STATUSES: frozenset[int] = frozenset({NEW, LEARNING_1, LEARNING_2, LEARNING_3})
KNOWN_AFTER_DAYS = 21.0  # Anki's "mature" threshold


def earned_status(scheduled_days: float) -> TermStatus:
    """The status a successful review earns when the next review is ``scheduled_days`` away."""
    if scheduled_days >= KNOWN_AFTER_DAYS:
        return KNOWN
    if scheduled_days >= 7:
        return LEARNING_3
    if scheduled_days >= 1:
        return LEARNING_2
    return LEARNING_1


def status_after(before: int | None, rating: Rating, scheduled_days: float) -> TermStatus:
    """The word status after grading a term whose status was ``before`` (None: never set)."""
    current = TermStatus(before) if before in REVIEWED_STATUSES else None
    if rating == Rating.Again:
        return LEARNING_1
    floor = current if current is not None and current >= LEARNING_1 else LEARNING_1
    if rating == Rating.Hard:
        return floor
    return max(floor, earned_status(scheduled_days))
