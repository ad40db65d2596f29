"""The review session: which cards are due, grading with FSRS, statuses that follow.

``Reviewer(library, clock=..., scheduler=...)``: the clock (``() -> aware datetime``) and
the ``fsrs.Scheduler`` are injectable so tests are deterministic (a fixed clock and
``enable_fuzzing=False``).  A term is reviewed once it has a New/Learning status or a
glossary entry; its card is stored on its first grade.  At most ``new_per_day`` new terms
are introduced a day (UTC day); due cards come first, the most overdue first.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import copy
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fsrs import Rating, Scheduler

from visavis.core.knowledge import TermStatus
from visavis.core.review.card_face import Senses, build_face
from visavis.core.review.model import CardFace, ReviewRecord, ReviewTerm, StoredCard
from visavis.core.review.sentence_finder import SentenceFinder
from visavis.core.review.sources import (
    MAX_SENTENCES,
    review_terms,
    sentences_of,
    status_of,
    word_statuses,
)
from visavis.core.review.status_rules import status_after
from visavis.core.review.store import ReviewStore

Clock = Callable[[], datetime]
NEW_PER_DAY = 20
GRADES = {1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy}


def utc_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class DueCounts:
    due: int  # cards already reviewed that are due now
    new: int  # terms never reviewed that can be introduced today
    total_terms: int  # every term under review

    @property
    def to_review(self) -> int:
        return self.due + self.new


@dataclass(frozen=True)
class ReviewItem:
    """A card to show: the term, its stored card (None if new) and its face."""

    term: ReviewTerm
    card: StoredCard | None
    face: CardFace


@dataclass(frozen=True)
class GradeResult:
    card: StoredCard
    rating: Rating
    scheduled_days: float
    status_before: int | None
    status_after: int | None


def to_stamp(moment: datetime) -> str:
    """The library's timestamp format (``database.utc_now``) for a clock time."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def start_of_day(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


class Reviewer:
    def __init__(self, library: Any, *, clock: Clock = utc_clock,
                 scheduler: Scheduler | None = None, senses: Senses | None = None,
                 new_per_day: int = NEW_PER_DAY) -> None:
        self.library = library
        self.store = ReviewStore(library.database)
        self.clock = clock
        self.scheduler = scheduler or Scheduler()
        self.senses = senses
        self.new_per_day = new_per_day
        self.finder = SentenceFinder(library)

    def now(self) -> datetime:
        moment = self.clock()
        if moment.tzinfo is None:
            raise ValueError("the review clock must give timezone-aware times")
        return moment.astimezone(UTC)

    # -- what is due -----------------------------------------------------------------------
    def _plan(self, ahead: timedelta = timedelta(0)
              ) -> tuple[list[tuple[ReviewTerm, StoredCard]], list[ReviewTerm], int]:
        now = self.now()
        terms = review_terms(self.library)
        cards = self.store.get_many(t.term_key for t in terms)
        due = sorted(((t, cards[t.term_key]) for t in terms
                      if t.term_key in cards and cards[t.term_key].due <= now + ahead),
                     key=lambda pair: (pair[1].due, pair[1].id or 0))
        fresh = [t for t in terms if t.term_key not in cards]
        room = max(0, self.new_per_day - self.store.first_reviewed_since(start_of_day(now)))
        return due, fresh[:room], len(terms)

    def counts(self) -> DueCounts:
        due, fresh, total = self._plan()
        return DueCounts(due=len(due), new=len(fresh), total_terms=total)

    def queue(self, limit: int | None = None, ahead: timedelta = timedelta(0)) -> list[ReviewItem]:
        """Cards to review now, due ones first, each with its face (sentence rotated).

        ``ahead`` also takes cards due that soon (Anki's "learn ahead": the last cards of a
        session come back after a few minutes instead of ending it).
        """
        due, fresh, _ = self._plan(ahead)
        pairs: list[tuple[ReviewTerm, StoredCard | None]] = [*due, *((t, None) for t in fresh)]
        if limit is not None:
            pairs = pairs[:limit]
        return [self.item(term, card) for term, card in pairs]

    def item(self, term: ReviewTerm, card: StoredCard | None = None) -> ReviewItem:
        """The card of ``term`` with its sentence of the day: the sentences met take turns,
        review after review (up to ``MAX_SENTENCES``), so only as many are looked up as
        the turn needs (one for a new card)."""
        turn = (card.reps if card is not None else 0) % MAX_SENTENCES
        sentences = sentences_of(self.library, term, turn + 1, self.finder)
        index = turn if len(sentences) > turn else turn % max(1, len(sentences))
        return ReviewItem(term, card, build_face(self.library.database, term, sentences,
                                                 index, self.senses))

    def next_due(self) -> datetime | None:
        """When the next stored card of a reviewed term falls due (None: no card)."""
        terms = review_terms(self.library)
        cards = self.store.get_many(t.term_key for t in terms)
        return min((card.due for card in cards.values()), default=None)

    # -- grading ---------------------------------------------------------------------------
    def preview(self, item: ReviewItem) -> dict[Rating, timedelta]:
        """The interval each grade would give the card now, before fuzz, as Anki shows it on
        its buttons (nothing is stored)."""
        now = self.now()
        card = (item.card or StoredCard.new(item.term.term_key, item.term.term, now)).to_fsrs()
        plain = copy(self.scheduler)
        plain.enable_fuzzing = False
        return {rating: plain.review_card(card, rating, now)[0].due - now for rating in Rating}

    def grade(self, item: ReviewItem, rating: Rating | int,
              duration_ms: int | None = None) -> GradeResult:
        """Grade the card shown; store card, log and the term's new word status."""
        rating = GRADES[int(rating)] if not isinstance(rating, Rating) else rating
        now = self.now()
        term = item.term
        stored = self.store.get(term.term_key) or StoredCard.new(term.term_key, term.term, now)
        fsrs_card, _log = self.scheduler.review_card(stored.to_fsrs(), rating, now, duration_ms)
        lapsed = rating == Rating.Again and stored.reps > 0
        updated = stored.with_fsrs(fsrs_card, lapsed=lapsed)
        scheduled = max(0.0, (fsrs_card.due - now) / timedelta(days=1))
        before = status_of(self.library, [term.term_key])[term.term_key]
        statuses = word_statuses(self.library)
        after = status_after(before, rating, scheduled) if statuses is not None else None
        record = ReviewRecord(
            term_key=term.term_key, rating=int(rating), reviewed_at=now,
            scheduled_days=round(scheduled, 4), status_before=before, status_after=after,
            duration_ms=duration_ms, article_id=item.face.article_id,
            sentence_id=item.face.sentence_id, french=item.face.french)
        with self.library.database.transaction():  # card, log and status: all or nothing
            saved = self.store.record(updated, record)
            if statuses is not None and after is not None and after != before:
                statuses.set(term.term_key, TermStatus(after), when=to_stamp(now))
        return GradeResult(saved, rating, scheduled, before, after)
