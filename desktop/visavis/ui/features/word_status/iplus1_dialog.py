"""Tools → Sentences with one new word: i+1 sentences of the whole library, with English.

Each sentence links to its article (opened there, the sentence at the top).  Found in a
worker (``core.knowledge.iplus1.find_sentences``); closing the window cancels the search.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from visavis.core.knowledge.iplus1 import IPlusOneSentence, find_sentences

translate = QCoreApplication.translate
TASK_KEY = "word-status-iplus1"


def sentences_html(found: list[IPlusOneSentence]) -> str:
    e = html.escape
    rows = []
    for s in found:
        french = (e(s.french[:s.start]) + f"<b><u>{e(s.french[s.start:s.end])}</u></b>"
                  + e(s.french[s.end:]))
        english = e(s.english) if s.english else \
            "<i>" + e(translate("IPlusOneDialog", "(no English yet: open the article)")) + "</i>"
        link = f"visavis:open/{s.article_id}/{s.sentence_id}"
        rows.append(f"<p style='margin-bottom:12px'>{french}<br>"
                    f"<span style='color:gray'>{english}</span><br>"
                    f"<a href='{link}'>{e(s.title)}</a></p>")
    return "".join(rows)


class IPlusOneDialog(QDialog):
    def __init__(self, window: Any, feature: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.feature = feature
        self.found: list[IPlusOneSentence] = []
        self.setObjectName("iplus1Dialog")
        self.setWindowTitle(translate("IPlusOneDialog", "Sentences with one new word"))
        self.resize(720, 560)
        self.summary = QLabel(translate("IPlusOneDialog", "Looking through your library…"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open)
        self.browser.setAccessibleName(translate("IPlusOneDialog", "Sentences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def load(self) -> None:
        library = self.window.library
        if library is None:
            return
        self.window.tasks.run(lambda ctx: find_sentences(library, progress=ctx.progress, cancel=ctx.cancel),
                              on_done=self.show_sentences, on_error=self._failed, key=TASK_KEY)

    def show_sentences(self, found: list[IPlusOneSentence]) -> None:
        self.found = found
        if found:
            self.summary.setText(translate(
                "IPlusOneDialog", "{count} sentences where you know every word but one:").format(count=len(found)))
        else:
            self.summary.setText(translate(
                "IPlusOneDialog", "No sentence has exactly one new word yet: mark the words you know as you read."))
        self.browser.setHtml(sentences_html(found))

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(translate("IPlusOneDialog", "The search failed: {error}").format(error=exc))

    def _open(self, url: QUrl) -> None:
        parts = url.toString().removeprefix("visavis:open/").split("/", 1)
        if len(parts) == 2 and parts[0].isdigit():
            self.feature.open_sentence(int(parts[0]), parts[1])

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.window.tasks.cancel(TASK_KEY)
        super().closeEvent(event)
