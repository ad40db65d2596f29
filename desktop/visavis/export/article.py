"""What an export needs: the parsed article, its English, annotations and glossary notes.

Pure Python (shared by the PDF, Markdown and JSON-LD exporters).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from visavis.core.annotations.model import AnchorStatus, Annotation, Side
from visavis.core.document import Document

UNTRANSLATED_MARKER = "(not translated yet)"


@dataclass(frozen=True)
class GlossaryNote:
    term: str
    english: str
    note: str


@dataclass
class ExportArticle:
    document: Document
    english: Mapping[str, str]  # sentence id -> English; missing or empty: not translated yet
    annotations: Sequence[Annotation] = ()
    article_id: int | None = None
    origin: str = ""  # URL or file the article came from
    date: str = ""  # shown in the header (import or export date)
    glossary: Sequence[GlossaryNote] = ()
    _numbers: dict[str, int] = field(default_factory=dict, init=False, repr=False)

    @property
    def title(self) -> str:
        return self.document.title or "Untitled article"

    def link(self) -> str:
        """Where the article can be found again: its origin URL, else a visavis:// link."""
        if self.origin.startswith(("http://", "https://")):
            return self.origin
        if self.article_id is not None:
            return f"visavis://article/{self.article_id}"
        return self.origin

    def english_of(self, sentence_id: str) -> str:
        return (self.english.get(sentence_id) or "").strip()

    def untranslated_count(self) -> int:
        return sum(1 for s in self.document.sentences if not self.english_of(s.id))

    def anchored(self) -> list[Annotation]:
        """Annotations that point into the current text, in reading order."""
        return sorted((a for a in self.annotations if a.status != AnchorStatus.ORPHAN),
                      key=_reading_key)

    def orphans(self) -> list[Annotation]:
        return sorted((a for a in self.annotations if a.status == AnchorStatus.ORPHAN),
                      key=_reading_key)

    def note_numbers(self) -> dict[str, int]:
        """Annotation id -> note number (1, 2, …) for anchored annotations with a note."""
        if not self._numbers:
            notes = [a for a in self.anchored() if a.note.strip()]
            self._numbers.update({a.id: i for i, a in enumerate(notes, 1)})
        return self._numbers


def _reading_key(a: Annotation) -> tuple[int, int, int]:
    return (a.reading_pos, 0 if a.side == Side.FRENCH else 1, a.target.start)


def glossary_notes(rows: Sequence[tuple[str, str, str]]) -> list[GlossaryNote]:
    """Glossary rows ``(term, english, note)`` that carry a reader note."""
    return [GlossaryNote(t, e, n) for t, e, n in rows if (n or "").strip()]
