"""The HTML of a review card in the window: front (French), back (English and the rest)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from visavis.core.review.card_face import english_html, front_html
from visavis.core.review.model import CardFace

translate = QCoreApplication.translate


def _style(palette: QPalette) -> str:
    accent = palette.color(QPalette.ColorRole.Link).name()
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    return (f"<style>.fr{{font-size:22pt}} .en{{font-size:15pt}} b.term,b.aligned,"
            f".cloze{{color:{accent}}} .muted{{color:{muted};font-size:10pt}}"
            f" .senses{{font-size:12pt}} .note{{font-style:italic;font-size:12pt}}</style>")


def front(face: CardFace, palette: QPalette, cloze: bool) -> str:
    """The French sentence; blanked (cloze), the English sentence is the clue below it."""
    text = _style(palette) + '<p align="center" class="fr">' + front_html(face, cloze) + "</p>"
    if cloze and face.english:
        text += '<p align="center" class="en">' + english_html(face) + "</p>"
    return text


def back(face: CardFace, palette: QPalette, cloze: bool) -> str:
    parts = [_style(palette), '<p align="center" class="fr">', front_html(face, False), "</p>"]
    if face.english:
        parts += ['<p align="center" class="en">', english_html(face), "</p>"]
    else:
        parts.append('<p align="center" class="muted">' + html.escape(translate(
            "ReviewWindow", "(This sentence has no English yet: open its article to translate it.)"))
            + "</p>")
    parts.append("<hr>")
    heading = "<b>" + html.escape(face.term) + "</b>"
    if face.term_key and face.term_key != face.term.lower():
        heading += ' <span class="muted">(' + html.escape(face.term_key) + ")</span>"
    if face.reader_english:
        heading += " — " + html.escape(face.reader_english)
    parts.append('<p align="center">' + heading + "</p>")
    senses = [s for s in face.senses if s != face.reader_english]
    if senses:
        parts.append('<p align="center" class="senses">' + html.escape("; ".join(senses)) + "</p>")
    if face.note:
        parts.append('<p align="center" class="note">' + html.escape(face.note) + "</p>")
    if face.article_title:
        source = translate("ReviewWindow", "From « {title} »").format(title=face.article_title)
        parts.append('<p align="center" class="muted">' + html.escape(source) + "</p>")
    return "".join(parts)
