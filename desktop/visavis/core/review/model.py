"""What review works on: the stored card of a term, a log row, a sentence met, a card face."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from fsrs import Card, State


def to_iso(moment: datetime) -> str:
    """UTC, second precision, fixed width: sorts as text (``2026-12-01T10:00:00Z``)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


@dataclass(frozen=True)
class StoredCard:
    """One term's FSRS card as the library holds it (``id`` is None until first saved)."""

    term_key: str
    term: str
    state: State = State.Learning
    step: int | None = 0
    stability: float | None = None
    difficulty: float | None = None
    due: datetime = field(default_factory=lambda: datetime.now(UTC))
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0
    id: int | None = None

    @classmethod
    def new(cls, term_key: str, term: str, now: datetime) -> StoredCard:
        return cls(term_key=term_key, term=term, due=now)

    def to_fsrs(self) -> Card:
        return Card(card_id=self.id or 0, state=self.state, step=self.step,
                    stability=self.stability, difficulty=self.difficulty, due=self.due,
                    last_review=self.last_review)

    def with_fsrs(self, card: Card, *, lapsed: bool) -> StoredCard:
        return replace(self, state=card.state, step=card.step, stability=card.stability,
                       difficulty=card.difficulty, due=card.due, last_review=card.last_review,
                       reps=self.reps + 1, lapses=self.lapses + int(lapsed))


@dataclass(frozen=True)
class ReviewRecord:
    """One grade given, as stored in ``review_log``."""

    term_key: str
    rating: int
    reviewed_at: datetime
    scheduled_days: float
    status_before: int | None = None
    status_after: int | None = None
    duration_ms: int | None = None
    article_id: int | None = None
    sentence_id: str | None = None
    french: str = ""


@dataclass(frozen=True)
class MetSentence:
    """A sentence where the term was met, with its English (possibly empty)."""

    french: str
    english: str = ""
    article_id: int | None = None
    sentence_id: str | None = None
    article_title: str = ""


@dataclass(frozen=True)
class ReviewTerm:
    """A term to review: from a word status, a glossary entry, or both."""

    term_key: str
    term: str
    status: int | None = None  # word status (knowledge.TermStatus value), None if never set
    english: str = ""  # the reader's own English (glossary entry)
    note: str = ""
    glossary_id: int | None = None
    context: MetSentence | None = None  # the glossary entry's sentence


Span = tuple[int, int]


@dataclass(frozen=True)
class CardFace:
    """Everything a review card shows, ready for the window or an Anki note."""

    term_key: str
    term: str
    french: str
    french_spans: tuple[Span, ...]
    english: str
    english_spans: tuple[Span, ...]
    senses: tuple[str, ...] = ()
    reader_english: str = ""
    note: str = ""
    article_title: str = ""
    article_id: int | None = None
    sentence_id: str | None = None
    sentence_count: int = 1  # sentences looked up for this card (0: none met, the term alone)
