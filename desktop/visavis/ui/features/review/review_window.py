"""Tools → Review…: one card at a time — the French sentence, Show answer, then a grade.

Keys: Space or Enter shows the answer, 1–4 grade (Again, Hard, Good, Easy).  The window
only displays; loading cards and recording grades are done by the feature in workers.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from visavis.core.review.reviewer import ReviewItem
from visavis.ui.common.locale_format import short_decimal
from visavis.ui.features.review import card_html

translate = QCoreApplication.translate

GRADE_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def grade_label(grade: int) -> str:
    return {1: translate("ReviewWindow", "Again"), 2: translate("ReviewWindow", "Hard"),
            3: translate("ReviewWindow", "Good"), 4: translate("ReviewWindow", "Easy")}[grade]


def interval_text(delta: timedelta) -> str:
    """A short interval, as Anki shows it on its buttons: 1 min, 10 min, 3 h, 4 d, 2 mo, 1.5 y."""
    minutes = delta.total_seconds() / 60
    if minutes < 60:
        return translate("ReviewWindow", "{n} min").format(n=max(1, round(minutes)))
    hours = minutes / 60
    if hours < 24:
        return translate("ReviewWindow", "{n} h").format(n=round(hours))
    days = hours / 24
    if days < 30:
        return translate("ReviewWindow", "{n} d").format(n=round(days))
    if days < 365:
        return translate("ReviewWindow", "{n} mo").format(n=short_decimal(days / 30))
    return translate("ReviewWindow", "{n} y").format(n=short_decimal(days / 365))


class ReviewWindow(QDialog):
    graded = Signal(object, int)  # ReviewItem, grade 1..4
    clozeChanged = Signal(bool)
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None, cloze: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("reviewWindow")
        self.setWindowTitle(translate("ReviewWindow", "Review"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(720, 480)
        self.item: ReviewItem | None = None
        self.answer_shown = False
        self.intervals: dict[int, timedelta] = {}

        self.counts = QLabel()
        self.counts.setObjectName("reviewCounts")
        self.cloze_box = QCheckBox(translate("ReviewWindow", "&Blank the term"))
        self.cloze_box.setToolTip(translate(
            "ReviewWindow", "Hide the term on the front (cloze) instead of showing it in bold"))
        self.cloze_box.setChecked(cloze)
        self.cloze_box.toggled.connect(self._cloze_toggled)
        self.export_button = QPushButton(translate("ReviewWindow", "Export to &Anki…"))
        self.export_button.clicked.connect(self.exportRequested)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.cloze_box)
        top.addWidget(self.export_button)

        self.card = QTextBrowser()
        self.card.setObjectName("reviewCard")
        self.card.setOpenLinks(False)
        self.card.setAccessibleName(translate("ReviewWindow", "Review card"))

        self.show_button = QPushButton(translate("ReviewWindow", "&Show answer"))
        self.show_button.setToolTip(translate("ReviewWindow", "Space or Enter"))
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(self.show_answer)
        self.grade_buttons: dict[int, QPushButton] = {}
        grades = QWidget()
        grade_row = QHBoxLayout(grades)
        grade_row.setContentsMargins(0, 0, 0, 0)
        for grade in (1, 2, 3, 4):
            button = QPushButton()
            button.setObjectName(f"grade{GRADE_NAMES[grade]}")
            button.setAutoDefault(False)
            button.setToolTip(translate("ReviewWindow", "Key {key}").format(key=grade))
            button.clicked.connect(lambda _c=False, g=grade: self.grade(g))
            grade_row.addWidget(button)
            self.grade_buttons[grade] = button
        self.buttons = QStackedWidget()
        self.buttons.addWidget(self.show_button)
        self.buttons.addWidget(grades)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.buttons)

        for keys in ("Space", "Return", "Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.advance)
        for grade in (1, 2, 3, 4):
            QShortcut(QKeySequence(str(grade)), self, activated=lambda g=grade: self.grade(g))
        self.show_message(translate("ReviewWindow", "Loading the cards…"))

    # -- what the feature tells it -------------------------------------------------------
    def set_counts(self, due: int, new: int) -> None:
        self.counts.setText(translate("ReviewWindow", "{due} due · {new} new").format(
            due=due, new=new))

    def show_item(self, item: ReviewItem, intervals: dict[int, timedelta]) -> None:
        self.item, self.intervals, self.answer_shown = item, intervals, False
        for grade, button in self.grade_buttons.items():
            button.setText(f"{grade_label(grade)}\n{interval_text(intervals[grade])}")
            button.setEnabled(True)
        self.card.setHtml(card_html.front(item.face, self.palette(), self.cloze_box.isChecked()))
        self.buttons.setCurrentWidget(self.show_button)
        self.show_button.setFocus()

    def show_message(self, text: str) -> None:
        self.item, self.answer_shown = None, False
        self.card.clear()
        self.message.setText(text)
        self.buttons.setCurrentWidget(self.message)

    # -- the reader's actions ------------------------------------------------------------
    def show_answer(self) -> None:
        if self.item is None or self.answer_shown:
            return
        self.answer_shown = True
        self.card.setHtml(card_html.back(self.item.face, self.palette(), self.cloze_box.isChecked()))
        self.buttons.setCurrentIndex(1)
        self.grade_buttons[3].setFocus()

    def advance(self) -> None:
        """Space/Enter, as in Anki: show the answer, then grade Good."""
        if self.answer_shown:
            self.grade(3)
        else:
            self.show_answer()

    def grade(self, grade: int) -> None:
        if self.item is None or not self.answer_shown:
            return
        item = self.item
        for button in self.grade_buttons.values():
            button.setEnabled(False)  # until the feature shows the next card
        self.item = None
        self.graded.emit(item, grade)

    def _cloze_toggled(self, cloze: bool) -> None:
        self.clozeChanged.emit(cloze)
        if self.item is not None:
            render = card_html.back if self.answer_shown else card_html.front
            self.card.setHtml(render(self.item.face, self.palette(), cloze))
