"""Spaced repetition of the terms met while reading (issue 15).

Cards come from the reader's New/Learning word statuses and glossary entries, with the
sentences the term was met in (``sources``, ``card_face``); ``Reviewer`` schedules them
with FSRS and moves word statuses (``status_rules``); ``store`` keeps cards and the review
log in the library (migration 0009); ``anki_export`` writes an .apkg Anki imports.
"""

from __future__ import annotations

from visavis.core.review.model import CardFace, MetSentence, ReviewTerm, StoredCard
from visavis.core.review.reviewer import GRADES, DueCounts, GradeResult, Reviewer, ReviewItem

__all__ = ["GRADES", "CardFace", "DueCounts", "GradeResult", "MetSentence", "ReviewItem",
           "ReviewTerm", "Reviewer", "StoredCard"]
