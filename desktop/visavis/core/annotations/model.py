"""Annotation model: a coloured highlight with an optional note, anchored on a text.

French annotations anchor on ``Document.plain`` with a W3C-style
TextQuoteSelector (``exact`` + ~32 characters of ``prefix``/``suffix``) and a
TextPositionSelector (``start``/``end``).  English annotations anchor inside one
sentence's English translation: the sentence id plus offsets and quote in that
English text.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum

CONTEXT_CHARS = 32

# name -> (RGB, label shown to the reader); the order is the order of the 1-5 keys.
COLOURS: dict[str, tuple[tuple[int, int, int], str]] = {
    "yellow": ((255, 221, 51), "Yellow"),
    "green": ((124, 214, 120), "Green"),
    "blue": ((110, 180, 255), "Blue"),
    "pink": ((255, 140, 190), "Pink"),
    "orange": ((255, 170, 70), "Orange"),
}
COLOUR_NAMES: tuple[str, ...] = tuple(COLOURS)


def colour_rgb(name: str) -> tuple[int, int, int]:
    return COLOURS[name][0]


def colour_label(name: str) -> str:
    return COLOURS[name][1]


class Side(StrEnum):
    FRENCH = "fr"
    ENGLISH = "en"


class AnchorStatus(StrEnum):
    ANCHORED = "anchored"  # the quote is in the text (possibly moved)
    FUZZY = "fuzzy"  # a similar passage was found; the text changed
    ORPHAN = "orphan"  # nothing close enough: kept, listed apart, never deleted


@dataclass(frozen=True)
class TextTarget:
    """Where an annotation points.

    ``sentence_id`` is ``None`` for French targets (offsets into Document.plain)
    and the sentence id for English targets (offsets into that sentence's English).
    """

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    sentence_id: str | None = None


def quote_target(text: str, start: int, end: int, sentence_id: str | None = None) -> TextTarget:
    """Build a target for ``text[start:end]`` with its surrounding context."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"empty or out-of-range selection {start}:{end} (text length {len(text)})")
    return TextTarget(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS):start],
        suffix=text[end:end + CONTEXT_CHARS],
        sentence_id=sentence_id,
    )


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Annotation:
    article_id: int
    side: Side
    colour: str
    target: TextTarget
    note: str = ""
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created: str = field(default_factory=now_iso)
    updated: str = ""
    status: AnchorStatus = AnchorStatus.ANCHORED
    # position in reading order: Document.plain offset of the start (English: of its sentence)
    reading_pos: int = 0

    def __post_init__(self) -> None:
        if self.colour not in COLOURS:
            raise ValueError(f"unknown highlight colour {self.colour!r}")
        if (self.side == Side.ENGLISH) != (self.target.sentence_id is not None):
            raise ValueError("English annotations need a sentence id, French ones must not have one")
        if not self.updated:
            object.__setattr__(self, "updated", self.created)

    def with_changes(self, **changes: object) -> Annotation:
        """A copy with ``changes`` applied and ``updated`` set to now."""
        changes.setdefault("updated", now_iso())
        return replace(self, **changes)  # type: ignore[arg-type]
