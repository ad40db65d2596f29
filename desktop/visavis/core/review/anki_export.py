"""Export review cards as an Anki deck (.apkg) that Anki imports and later updates.

One note per term, of our cloze note type « Vis-à-vis reading card »: fields Cloze (the
French sentence with the term as ``{{c1::…}}``), French sentence (term in bold), English
sentence (aligned words in bold), Term, Lemma, Senses, Note, Article title.  The card
front shows the sentence with the term blanked and the English as the clue; the back
reveals the term with its senses, the reader's note and the article.

Note GUIDs come from the term key, and the note type and deck ids are fixed, so importing
a re-export updates the notes (Anki keeps their review history) instead of adding copies.
Packages are written by the glossary export's ``write_package`` (genanki).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visavis.core.glossary.glossary_export import write_package
from visavis.core.review.card_face import Senses, build_face, cloze_text, english_html, front_html
from visavis.core.review.model import CardFace
from visavis.core.review.sentence_finder import SentenceFinder
from visavis.core.review.sources import review_terms, sentences_of
from visavis.core.review.status_rules import (
    KNOWN,
    LEARNING_1,
    LEARNING_2,
    LEARNING_3,
    NEW,
    UNKNOWN,
)

if TYPE_CHECKING:
    import genanki

MODEL_ID = 1_733_050_915  # fixed forever: Anki recognises the note type on re-import
DECK_ID = 1_733_050_916
DECK_NAME = "Vis-à-vis reading"
GUID_PREFIX = "visavis-review"
FIELDS = ["Cloze", "French sentence", "English sentence", "Term", "Lemma", "Senses", "Note",
          "Article title"]
STATUS_NAMES: dict[str, frozenset[int]] = {
    "new": frozenset({UNKNOWN, NEW}),
    "learning": frozenset({LEARNING_1, LEARNING_2, LEARNING_3}),
    "known": frozenset({KNOWN}),
}

_FRONT = ('<div class="fr">{{cloze:Cloze}}</div>'
          '{{#English sentence}}<div class="en">{{English sentence}}</div>{{/English sentence}}')
_BACK = (_FRONT + '<hr id="answer"><div class="term">{{Term}}'
         '{{#Lemma}} <span class="lemma">({{Lemma}})</span>{{/Lemma}}</div>'
         '{{#Senses}}<div class="senses">{{Senses}}</div>{{/Senses}}'
         '{{#Note}}<div class="note">{{Note}}</div>{{/Note}}'
         '{{#Article title}}<div class="source">{{Article title}}</div>{{/Article title}}')
_CSS = (".card{font-family:sans-serif;font-size:22px;text-align:center;line-height:1.4}"
        ".en{font-size:17px;color:#555;margin-top:.8em}.en b{color:#1a5fb4}"
        ".cloze{font-weight:bold;color:#1a5fb4}.term{font-weight:bold}.lemma{color:#777}"
        ".senses{font-size:16px;color:#444}.note{font-style:italic;font-size:16px}"
        ".source{font-size:13px;color:#888;margin-top:.8em}")


class StatusFilterError(ValueError):
    """The --status list names an unknown status; the message is for the reader."""


def parse_statuses(text: str) -> frozenset[int]:
    """``"new,learning"`` -> the status values those names cover."""
    wanted: set[int] = set()
    for name in (part.strip().lower() for part in text.split(",")):
        if not name:
            continue
        if name not in STATUS_NAMES:
            raise StatusFilterError(
                f"unknown status « {name} »; use any of {', '.join(STATUS_NAMES)} (comma-separated)")
        wanted |= STATUS_NAMES[name]
    if not wanted:
        raise StatusFilterError("give at least one status: " + ", ".join(STATUS_NAMES))
    return frozenset(wanted)


@cache
def review_model() -> genanki.Model:
    import genanki

    return genanki.Model(
        MODEL_ID, "Vis-à-vis reading card", fields=[{"name": n} for n in FIELDS],
        templates=[{"name": "Sentence cloze", "qfmt": _FRONT, "afmt": _BACK}],
        css=_CSS, model_type=genanki.Model.CLOZE)


def note_fields(face: CardFace) -> list[str]:
    senses = [face.reader_english] if face.reader_english else []
    senses += [s for s in face.senses if s != face.reader_english]
    if face.sentence_count and face.french_spans:
        cloze = cloze_text(face)
    else:  # no sentence met (or the term not found in it): the blank's hint is its English
        hint = _cloze_safe(senses[0]) if senses else ""
        cloze = "{{c1::" + html.escape(_cloze_safe(face.term)) + (
            "::" + html.escape(hint) if hint else "") + "}}"
        if face.sentence_count:
            cloze = html.escape(face.french) + " — " + cloze
    lemma = face.term_key if face.term_key != face.term.lower() else ""
    return [cloze, front_html(face), english_html(face), html.escape(face.term),
            html.escape(lemma), "; ".join(html.escape(s) for s in senses),
            html.escape(face.note), html.escape(face.article_title)]


def _cloze_safe(text: str) -> str:
    return text.replace("::", ":").replace("}}", "} }")


def anki_note(face: CardFace) -> genanki.Note:
    import genanki

    return genanki.Note(model=review_model(), fields=note_fields(face),
                        guid=genanki.guid_for(GUID_PREFIX, face.term_key))


def export_faces(faces: Sequence[CardFace], path: Path, timestamp: float | None = None,
                 deck_name: str = DECK_NAME) -> int:
    """Write one note per face; returns the note count."""
    return write_package([anki_note(face) for face in faces], Path(path), DECK_ID, deck_name,
                         timestamp)


def collect_faces(library: Any, wanted: frozenset[int], senses: Senses | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancel: Callable[[], bool] | None = None) -> list[CardFace]:
    """The face of every term whose status is in ``wanted`` (first sentence met: the glossary's
    context, else the library's sentence; articles are parsed once for all terms)."""
    terms = review_terms(library, wanted)
    finder = SentenceFinder(library)
    faces: list[CardFace] = []
    for done, term in enumerate(terms, 1):
        if cancel is not None and cancel():
            raise InterruptedError("cancelled")
        sentences = sentences_of(library, term, 1, finder)  # a note holds the first sentence
        faces.append(build_face(library.database, term, sentences, 0, senses))
        if progress is not None:
            progress(done, len(terms))
    return faces


def export_anki(library: Any, path: Path, wanted: Iterable[int] = STATUS_NAMES["new"]
                | STATUS_NAMES["learning"], *, senses: Senses | None = None,
                timestamp: float | None = None, progress: Callable[[int, int], None] | None = None,
                cancel: Callable[[], bool] | None = None) -> int:
    """Export the library's review terms with status in ``wanted``; returns the note count
    (0: nothing to export, and no file is written)."""
    faces = collect_faces(library, frozenset(wanted), senses, progress, cancel)
    return export_faces(faces, path, timestamp) if faces else 0
