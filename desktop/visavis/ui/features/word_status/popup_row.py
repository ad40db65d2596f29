"""The status row the glossary popup shows under a word: its status and one button per status.

The popup belongs to the glossary feature; it asks ``window.word_status_provider`` (this
feature) for the row with ``attach_to_popup(popup, result)``, so neither feature imports the
other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from visavis.core.knowledge.statuses import TermStatus
from visavis.ui.features.word_status.colours import swatch

translate = QCoreApplication.translate

BUTTONS = ((TermStatus.NEW, QT_TRANSLATE_NOOP("WordStatusRow", "New")), (TermStatus.LEARNING_1, "1"),
           (TermStatus.LEARNING_2, "2"), (TermStatus.LEARNING_3, "3"),
           (TermStatus.KNOWN, QT_TRANSLATE_NOOP("WordStatusRow", "Known")),
           (TermStatus.IGNORED, QT_TRANSLATE_NOOP("WordStatusRow", "Ignore")))
# the labels of core.knowledge.statuses.LABELS, for pyside6-lupdate (translated at run time)
STATUS_LABELS = (QT_TRANSLATE_NOOP("TermStatus", "Unknown"), QT_TRANSLATE_NOOP("TermStatus", "New"),
                 QT_TRANSLATE_NOOP("TermStatus", "Learning 1"), QT_TRANSLATE_NOOP("TermStatus", "Learning 2"),
                 QT_TRANSLATE_NOOP("TermStatus", "Learning 3"), QT_TRANSLATE_NOOP("TermStatus", "Known"),
                 QT_TRANSLATE_NOOP("TermStatus", "Ignored"))


def status_label(status: TermStatus) -> str:
    return translate("TermStatus", status.label)


class StatusRow(QWidget):
    """"Status: Learning 2" and a button per status; ``chosen(status, form_only)``."""

    def __init__(self, on_choose: Callable[[TermStatus, bool], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordStatusRow")
        self.on_choose = on_choose
        self.label = QLabel()
        self.label.setStyleSheet("color: gray;")
        self.buttons: dict[TermStatus, QToolButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        for status, text in BUTTONS:
            button = QToolButton()
            button.setText(translate("WordStatusRow", text) if not text.isdigit() else text)
            button.setToolTip(status_label(status))
            button.setAccessibleName(status_label(status))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _c=False, s=status: self._choose(s))
            self.buttons[status] = button
            row.addWidget(button)
        row.addStretch(1)
        self.form_only = QCheckBox(translate("WordStatusRow", "this form only"))
        self.form_only.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.form_only)
        self.status = TermStatus.UNKNOWN

    def show_status(self, status: TermStatus, key: str, form: str, automatic: bool) -> None:
        self.status = status
        text = translate("WordStatusRow", "Status of « {key} »: {status}").format(
            key=key, status=status_label(status))
        if automatic and status == TermStatus.IGNORED:
            text += " " + translate("WordStatusRow", "(automatically)")
        self.label.setText(text)
        for s, button in self.buttons.items():
            button.setChecked(s == status)
            colour = swatch(self.palette(), s).name()
            button.setStyleSheet(f"QToolButton:checked {{ background: {colour}; font-weight: bold; }}")
        self.form_only.setVisible(bool(form) and form != key)
        self.form_only.setText(translate("WordStatusRow", "only « {form} »").format(form=form))

    def _choose(self, status: TermStatus) -> None:
        self.on_choose(status, self.form_only.isVisible() and self.form_only.isChecked())
