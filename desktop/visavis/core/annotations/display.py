"""Where the reading panes paint annotations and which annotation sits at a position.

Pure Python: offsets and RGB colours; the UI turns them into Qt selections.
French ranges are in ``Document.plain`` split per block; English ranges are
``(sentence_id, start, end)`` in that sentence's current English.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from visavis.core.annotations.anchoring import anchor
from visavis.core.annotations.model import AnchorStatus, Annotation, Side, colour_rgb
from visavis.core.document import Document

RGB = tuple[int, int, int]
EnglishOf = Callable[[str], str]  # sentence id -> current English ("" when not translated)


@dataclass
class PaintPlan:
    french: list[tuple[int, int, RGB]] = field(default_factory=list)
    english: list[tuple[str, int, int, RGB]] = field(default_factory=list)
    tints: list[tuple[str, int, int, RGB]] = field(default_factory=list)  # aligned English
    current_french: list[tuple[int, int]] = field(default_factory=list)
    current_english: list[tuple[str, int, int]] = field(default_factory=list)


def english_span(annotation: Annotation, english_of: EnglishOf) -> tuple[int, int] | None:
    """Offsets of an English annotation in its sentence's current English, if still there."""
    text = english_of(annotation.target.sentence_id or "")
    if not text:
        return None
    found = anchor(text, annotation.target)
    return None if found.status == AnchorStatus.ORPHAN else (found.start, found.end)


def paint_plan(annotations: Sequence[Annotation], document: Document, english_of: EnglishOf,
               current_id: str | None = None) -> PaintPlan:
    plan = PaintPlan()
    for ann in annotations:
        rgb = colour_rgb(ann.colour)
        if ann.side == Side.ENGLISH:
            span = english_span(ann, english_of)
            if span is not None:
                plan.english.append((ann.target.sentence_id or "", *span, rgb))
                if ann.id == current_id:
                    plan.current_english.append((ann.target.sentence_id or "", *span))
            continue
        if ann.status == AnchorStatus.ORPHAN:
            continue
        for block in document.blocks:
            start = max(ann.target.start, block.plain_start)
            end = min(ann.target.end, block.plain_start + len(block.text))
            if start >= end:
                continue
            plan.french.append((start, end, rgb))
            if ann.id == current_id:
                plan.current_french.append((start, end))
            for s in block.sentences:
                english = english_of(s.id)
                if english and block.plain_start + s.block_start < end \
                        and start < block.plain_start + s.block_end:
                    plan.tints.append((s.id, 0, len(english), rgb))
    return plan


def smallest(hits: Sequence[Annotation]) -> Annotation | None:
    return min(hits, key=lambda a: a.target.end - a.target.start, default=None)


def french_annotation_at(annotations: Sequence[Annotation], plain_offset: int) -> Annotation | None:
    return smallest([a for a in annotations if a.side == Side.FRENCH
                     and a.status != AnchorStatus.ORPHAN
                     and a.target.start <= plain_offset < a.target.end])


def english_annotation_at(annotations: Sequence[Annotation], sentence_id: str, offset: int,
                          english_of: EnglishOf) -> Annotation | None:
    hits = []
    for a in annotations:
        if a.side == Side.ENGLISH and a.target.sentence_id == sentence_id:
            span = english_span(a, english_of)
            if span and span[0] <= offset < span[1]:
                hits.append(a)
    return smallest(hits)


@dataclass
class NoteMarks:
    """Where the highlights that carry a note are marked (and their note shown on hover)."""

    french: list[tuple[int, int, str]] = field(default_factory=list)  # Document.plain, per block
    english: list[tuple[str, int, int, str]] = field(default_factory=list)  # in the sentence


def note_marks(annotations: Sequence[Annotation], document: Document,
               english_of: EnglishOf) -> NoteMarks:
    marks = NoteMarks()
    for ann in annotations:
        note = ann.note.strip()
        if not note:
            continue
        if ann.side == Side.ENGLISH:
            span = english_span(ann, english_of)
            if span is not None:
                marks.english.append((ann.target.sentence_id or "", *span, note))
            continue
        if ann.status == AnchorStatus.ORPHAN:
            continue
        for block in document.blocks:
            start = max(ann.target.start, block.plain_start)
            end = min(ann.target.end, block.plain_start + len(block.text))
            if start < end:
                marks.french.append((start, end, note))
    return marks
