"""Undo/redo for annotation edits: each edit is a reversible (before, after) pair.

``before is None`` means the command created the annotation, ``after is None`` that it
deleted it.  Undo writes ``before`` back, redo writes ``after``; both go through the
repository so the library always holds the visible state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from visavis.core.annotations.model import COLOURS, Annotation
from visavis.core.annotations.repository import AnnotationRepository

MAX_UNDO = 200


@dataclass(frozen=True)
class AnnotationCommand:
    label: str  # "Add highlight", "Delete highlight", "Change colour", "Edit note"
    before: Annotation | None
    after: Annotation | None

    @property
    def article_id(self) -> int:
        ann = self.after or self.before
        assert ann is not None
        return ann.article_id


class AnnotationHistory:
    def __init__(self, repository: AnnotationRepository,
                 on_change: Callable[[Annotation | None, Annotation | None], None] | None = None
                 ) -> None:
        self.repository = repository
        self.on_change = on_change  # (old, new) after every do/undo/redo
        self._undo: list[AnnotationCommand] = []
        self._redo: list[AnnotationCommand] = []

    # -- edits -------------------------------------------------------------------
    def add(self, annotation: Annotation) -> Annotation:
        self._do(AnnotationCommand("Add highlight", None, annotation))
        return annotation

    def delete(self, annotation_id: str) -> None:
        existing = self._require(annotation_id)
        self._do(AnnotationCommand("Delete highlight", existing, None))

    def change_colour(self, annotation_id: str, colour: str) -> Annotation:
        if colour not in COLOURS:
            raise ValueError(f"unknown highlight colour {colour!r}")
        existing = self._require(annotation_id)
        changed = existing.with_changes(colour=colour)
        self._do(AnnotationCommand("Change colour", existing, changed))
        return changed

    def edit_note(self, annotation_id: str, note: str) -> Annotation:
        existing = self._require(annotation_id)
        changed = existing.with_changes(note=note)
        self._do(AnnotationCommand("Edit note", existing, changed))
        return changed

    # -- undo / redo -------------------------------------------------------------
    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def undo(self) -> bool:
        if not self._undo:
            return False
        command = self._undo.pop()
        self._write(command.after, command.before)
        self._redo.append(command)
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        command = self._redo.pop()
        self._write(command.before, command.after)
        self._undo.append(command)
        return True

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()

    # -- internals ---------------------------------------------------------------
    def _require(self, annotation_id: str) -> Annotation:
        existing = self.repository.get(annotation_id)
        if existing is None:
            raise KeyError(f"no annotation {annotation_id}")
        return existing

    def _do(self, command: AnnotationCommand) -> None:
        self._write(command.before, command.after)
        self._undo.append(command)
        del self._undo[:-MAX_UNDO]
        self._redo.clear()

    def _write(self, old: Annotation | None, new: Annotation | None) -> None:
        if new is None:
            assert old is not None
            self.repository.delete(old.id)
        else:
            self.repository.save(new)
        if self.on_change is not None:
            self.on_change(old, new)
