"""The hover popup of the glossary: term, lemma, grammar, "here: …", senses and the reader's note.

The entry chosen in context comes first, its sense used in this sentence marked "used
here"; the word's other entries are folded into one grey "also:" line.

It is a frameless tool-tip window that never takes focus while it follows the pointer.
``pin()`` turns it into a small tool window the reader can click into to select and
copy text; Esc closes it.  ``popup_position`` places it below the hovered word, or above
when there is no room below, always inside the screen's available geometry and never
over the word itself.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

from visavis.core.glossary.lookup import LookupResult

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

GAP = 4  # pixels between the word and the popup
MAX_WIDTH = 380

_POS = {"n": QT_TRANSLATE_NOOP("GlossaryPopup", "noun"), "v": QT_TRANSLATE_NOOP("GlossaryPopup", "verb"),
        "vt": QT_TRANSLATE_NOOP("GlossaryPopup", "verb (trans.)"),
        "vi": QT_TRANSLATE_NOOP("GlossaryPopup", "verb (intrans.)"),
        "adj": QT_TRANSLATE_NOOP("GlossaryPopup", "adjective"),
        "adv": QT_TRANSLATE_NOOP("GlossaryPopup", "adverb"),
        "prep": QT_TRANSLATE_NOOP("GlossaryPopup", "preposition"),
        "pron": QT_TRANSLATE_NOOP("GlossaryPopup", "pronoun"),
        "conj": QT_TRANSLATE_NOOP("GlossaryPopup", "conjunction"),
        "art": QT_TRANSLATE_NOOP("GlossaryPopup", "article"),
        "num": QT_TRANSLATE_NOOP("GlossaryPopup", "number"),
        "int": QT_TRANSLATE_NOOP("GlossaryPopup", "interjection"),
        "det": QT_TRANSLATE_NOOP("GlossaryPopup", "determiner"),
        "name": QT_TRANSLATE_NOOP("GlossaryPopup", "proper noun"),
        "phrase": QT_TRANSLATE_NOOP("GlossaryPopup", "phrase"),
        "abbr": QT_TRANSLATE_NOOP("GlossaryPopup", "abbreviation")}
_GENDER = {"m": QT_TRANSLATE_NOOP("GlossaryPopup", "masculine"),
           "f": QT_TRANSLATE_NOOP("GlossaryPopup", "feminine")}


def grammar_text(pos: str, gender: str) -> str:
    parts = [translate("GlossaryPopup", _POS[pos]) if pos in _POS else pos] if pos else []
    if gender:
        parts.append(translate("GlossaryPopup", _GENDER[gender]) if gender in _GENDER else gender)
    return ", ".join(parts)


def popup_html(result: LookupResult) -> str:
    """Rich text of the popup for one lookup result."""
    e = html.escape
    head = f"<b style='font-size:115%'>{e(result.term)}</b>"
    query = " ".join(result.query.split())
    if query and query.lower() != result.term.lower():
        head = f"<span style='color:gray'>{e(query)} →</span> " + head
    grammar = grammar_text(result.pos, result.gender)
    if grammar:
        head += f" <i style='color:gray'>{e(grammar)}</i>"
    rows = [head]
    labels = {"lemma:": translate("GlossaryPopup", "lemma:"),
              "here:": translate("GlossaryPopup", "here:"),
              "your English:": translate("GlossaryPopup", "your English:"),
              "not in the dictionary": translate("GlossaryPopup", "not in the dictionary")}
    if result.lemma and result.lemma.lower() not in (result.term.lower(), query.lower()):
        rows.append(f"<span style='color:gray'>{e(labels['lemma:'])}</span> "
                    f"{e(result.lemma)}")
    if result.here:
        rows.append(f"<span style='color:gray'>{e(labels['here:'])}</span> "
                    f"<b>{e(result.here)}</b>")
    if result.english:
        rows.append(f"<span style='color:gray'>{e(labels['your English:'])}"
                    f"</span> {e(result.english)}")
    used = translate("GlossaryPopup", "used here")
    for n, sense in enumerate(result.senses, start=1):
        mark = (f" <span style='color:#2e7d32'>✓ {e(used)}</span>"
                if n == 1 and result.used_here else "")
        rows.append(f"{n}. {e(sense)}{mark}")
    if result.others:
        others = " · ".join(
            f"{e(o.headword)}" + (f" <i>{e(grammar_text(o.pos, o.gender))}</i>" if o.pos else "")
            + (f" {e(o.senses[0])}" if o.senses else "") for o in result.others)
        rows.append(f"<span style='color:gray;font-size:90%'>"
                    f"{e(translate('GlossaryPopup', 'also:'))} {others}</span>")
    if not result.found:
        rows.append(f"<i style='color:gray'>{e(labels['not in the dictionary'])}"
                    "</i>")
    if result.note:
        rows.append(f"<span style='background:#fff2a8;color:black'>✎ {e(result.note)}</span>")
    return "<br>".join(rows)


def popup_position(size: QSize, word: QRect, available: QRect, gap: int = GAP) -> QPoint:
    """Top-left of a popup of ``size`` near ``word`` (global coordinates).

    Below the word if it fits on the screen, else above; horizontally aligned with the
    word's left edge and clamped to ``available``.  Never overlaps the word unless the
    screen is too small for both.
    """
    x = min(max(word.left(), available.left()), available.right() - size.width() + 1)
    x = max(x, available.left())
    below = word.bottom() + 1 + gap
    above = word.top() - gap - size.height()
    if below + size.height() - 1 <= available.bottom():
        y = below
    elif above >= available.top():
        y = above
    else:  # neither fits: the side with more room, clamped
        room_below = available.bottom() - word.bottom()
        room_above = word.top() - available.top()
        y = below if room_below >= room_above else above
        y = min(max(y, available.top()), available.bottom() - size.height() + 1)
    return QPoint(x, y)


class GlossaryPopup(QFrame):
    """Frameless popup showing a LookupResult; never steals focus until pinned."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("glossaryPopup")
        self.setStyleSheet("#glossaryPopup { background: palette(tool-tip-base);"
                           " border: 1px solid palette(mid); border-radius: 4px; }")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setMaximumWidth(MAX_WIDTH)
        self.label.setAccessibleName(translate("GlossaryPopup", "Word details"))
        self.hint = QLabel(translate("GlossaryPopup", "P: pin to copy · Esc: close"))
        self.hint.setStyleSheet("color: gray; font-size: 80%;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        # "Say it": shown when the window can speak (the read-aloud feature sets
        # ``window.speak_text(text, lang)``); the glossary never imports that feature.
        self.say_button = QToolButton()
        # a themed icon, not an emoji: many desktops have no colour-emoji font (a box is drawn)
        self.say_button.setText(translate("GlossaryPopup", "Say it"))
        self.say_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume))
        self.say_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.say_button.setAutoRaise(True)
        self.say_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.say_button.clicked.connect(self.say)
        self.say_button.hide()
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self.hint, 1)
        footer.addWidget(self.say_button)
        layout.addLayout(footer)
        self.result: LookupResult | None = None
        self.word_rect = QRect()
        self.pinned = False

    def show_result(self, result: LookupResult, word_rect: QRect) -> None:
        """Show ``result`` next to ``word_rect`` (global coordinates); ignored while pinned."""
        if self.pinned:
            return
        self.result = result
        self.word_rect = QRect(word_rect)
        self.label.setText(popup_html(result))
        self.say_button.setVisible(self._speaker() is not None)
        # the word status row: added by the word-status feature through the window
        # (``window.word_status_provider.attach_to_popup(popup, result)``), never imported here
        provider = getattr(self.parentWidget(), "word_status_provider", None)
        if provider is not None:
            provider.attach_to_popup(self, result)
        self.hint.setText(translate("GlossaryPopup", "P: pin to copy · Esc: close"))
        self.adjustSize()
        self.move(popup_position(self.sizeHint(), word_rect, self._available(word_rect)))
        self.show()

    def _speaker(self):  # type: ignore[no-untyped-def]
        speak = getattr(self.parentWidget(), "speak_text", None)
        return speak if callable(speak) else None

    def say(self) -> None:
        """Say the word or term as it appears in the text, through the window's speaker."""
        speak = self._speaker()
        if speak is not None and self.result is not None:
            speak(self.result.query or self.result.term, "fr")

    def _available(self, word_rect: QRect) -> QRect:
        screen = QGuiApplication.screenAt(word_rect.center()) or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def pin(self) -> None:
        """Keep the popup open and let the reader select and copy its text."""
        if not self.isVisible() or self.pinned:
            return
        self.pinned = True
        position = self.pos()
        self.setWindowFlags(Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                            | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hint.setText(translate("GlossaryPopup", "Pinned — select text to copy · Esc: close"))
        self.move(position)
        self.show()
        self.activateWindow()
        self.label.setFocus()

    def dismiss(self) -> None:
        """Hide and return to the unpinned hover mode."""
        was_visible = self.isVisible()
        self.hide()
        if self.pinned:
            self.pinned = False
            self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if was_visible:
            self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    def plain_text(self) -> str:
        """The popup's text as the reader would copy it."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.label.text())
        return doc.toPlainText()
