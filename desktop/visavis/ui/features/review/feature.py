"""Review feature: Tools → Review…, the due count in the status bar, export to Anki.

Everything that reads or writes the library runs in the window's task runner: the queue
(terms, sentences, alignment, dictionary senses) with ``tasks.run``, each grade with
``tasks.write`` (the one writer thread).  The count refreshes after an article opens,
after each grade and every few minutes (cards fall due as time passes).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QPushButton

from visavis.core.review.anki_export import export_anki
from visavis.core.review.card_face import default_senses
from visavis.core.review.reviewer import DueCounts, Reviewer, ReviewItem
from visavis.ui.features.review.review_window import ReviewWindow, interval_text

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

REFRESH_MS = 5 * 60 * 1000
FIRST_COUNT_DELAY_MS = 1500  # after the window's first paint and the model load have started
LEARN_AHEAD = timedelta(minutes=20)  # Anki's default: finish a session's learning steps
CLOZE_KEY = "review/cloze"
BATCH = 10  # cards whose faces are built at a time (each looks up its sentences)


class ReviewFeature(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        library = getattr(window, "library", None)
        self.reviewer = Reviewer(library, senses=default_senses()) if library is not None else None
        self.dialog: ReviewWindow | None = None
        self.queue: list[ReviewItem] = []
        self.counts: DueCounts | None = None
        self.action = QAction(translate("ReviewFeature", "&Review…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.triggered.connect(lambda _c=False: self.open_window())
        window.menus["tools"].addAction(self.action)
        self._status_button: QPushButton | None = None
        if self.reviewer is None:
            self.action.setEnabled(False)
            self.action.setToolTip(translate("ReviewFeature", "No library is open"))
            return
        window.articleOpened.connect(lambda _session: self.refresh_counts())
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_counts)
        self.timer.start()
        QTimer.singleShot(FIRST_COUNT_DELAY_MS, self.refresh_counts)

    # -- the count -------------------------------------------------------------------------
    @property
    def status_button(self) -> QPushButton:
        """The status bar's "Review: N due" button (made when there is first a count)."""
        if self._status_button is None:
            button = QPushButton()
            button.setObjectName("reviewDueButton")
            button.setFlat(True)
            button.setToolTip(translate("ReviewFeature", "Open the review (Tools → Review…)"))
            button.clicked.connect(self.open_window)
            button.hide()
            self.window.statusBar().addPermanentWidget(button)
            self._status_button = button
        return self._status_button

    def refresh_counts(self) -> None:
        if self.reviewer is None or self.window.tasks.closed:
            return
        reviewer = self.reviewer
        self.window.tasks.run(lambda _ctx: reviewer.counts(), on_done=self.show_counts,
                              on_error=self._count_failed, key="review-counts")

    def show_counts(self, counts: DueCounts) -> None:
        self.counts = counts
        if counts.to_review:
            text = translate("ReviewFeature", "Review: {n} due").format(n=counts.to_review)
            self.status_button.setText(text)
            self.status_button.setAccessibleName(text)
            self.status_button.show()
        elif self._status_button is not None:
            self._status_button.hide()
        if self.dialog is not None:
            self.dialog.set_counts(counts.due, counts.new)

    def _count_failed(self, exc: BaseException) -> None:
        log.warning("review counts failed: %s", exc)
        if self._status_button is not None:
            self._status_button.hide()

    # -- the window ------------------------------------------------------------------------
    def open_window(self) -> ReviewWindow | None:
        if self.reviewer is None:
            return None
        if self.dialog is None:
            cloze = bool(self.window.settings.number(CLOZE_KEY, 0))
            self.dialog = ReviewWindow(self.window, cloze=cloze)
            self.dialog.graded.connect(self.grade)
            self.dialog.clozeChanged.connect(
                lambda on: self.window.settings.set_number(CLOZE_KEY, 1 if on else 0))
            self.dialog.exportRequested.connect(self.ask_export)
            self.dialog.finished.connect(lambda _r: self.refresh_counts())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.load_queue()
        return self.dialog

    def load_queue(self, ahead: timedelta = timedelta(0)) -> None:
        reviewer = self.reviewer
        assert reviewer is not None and self.dialog is not None
        self.dialog.show_message(translate("ReviewWindow", "Loading the cards…"))

        def work(_ctx: Any) -> tuple[list[ReviewItem], DueCounts, Any]:
            queue = (reviewer.queue(BATCH, ahead=ahead)
                     or reviewer.queue(BATCH, ahead=LEARN_AHEAD))
            return queue, reviewer.counts(), None if queue else reviewer.next_due()

        self.window.tasks.run(work, on_done=self._queue_ready, on_error=self._failed,
                              key="review-queue")

    def _queue_ready(self, result: tuple[list[ReviewItem], DueCounts, Any]) -> None:
        queue, counts, next_due = result
        self.queue = list(queue)
        self.show_counts(counts)
        self.show_next(next_due)

    def show_next(self, next_due: Any = None) -> None:
        if self.dialog is None or self.reviewer is None:
            return
        if not self.queue:
            if self.counts is not None and self.counts.total_terms == 0:
                text = translate("ReviewWindow", "Nothing to review yet. Mark words as New or "
                                 "Learning, or add terms to your glossary, while you read.")
            elif next_due is not None:
                wait = max(timedelta(0), next_due - self.reviewer.now())
                text = translate("ReviewWindow", "All done for now. The next card is due in "
                                 "{interval}.").format(interval=interval_text(wait))
            else:
                text = translate("ReviewWindow", "All done for today.")
            self.dialog.show_message(text)
            return
        item = self.queue[0]
        intervals = {int(r): d for r, d in self.reviewer.preview(item).items()}
        self.dialog.show_item(item, intervals)

    def grade(self, item: ReviewItem, grade: int) -> None:
        reviewer = self.reviewer
        assert reviewer is not None
        if self.queue and self.queue[0] is item:
            self.queue.pop(0)

        def done(_result: Any) -> None:
            if self.queue:
                self.show_next()
                self.refresh_counts()
            else:
                self.load_queue()

        self.window.tasks.write(lambda _ctx: reviewer.grade(item, grade), on_done=done,
                                on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        log.error("review failed: %s", exc)
        if self.dialog is not None:
            self.dialog.show_message(translate("ReviewWindow", "The review could not continue: "
                                               "{error}").format(error=exc))

    # -- Anki ------------------------------------------------------------------------------
    def ask_export(self) -> None:
        parent = self.dialog or self.window
        chosen, _ = QFileDialog.getSaveFileName(
            parent, translate("ReviewWindow", "Export review cards to Anki"),
            str(Path.home() / "visavis-review.apkg"),
            translate("ReviewWindow", "Anki deck (*.apkg)"))
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() != ".apkg":
            path = path.with_name(path.name + ".apkg")
        library, senses = self.window.library, default_senses()

        def done(count: int) -> None:
            self.window.status_message(
                translate("ReviewFeature", "Exported {count} cards to {path}.").format(
                    count=count, path=path) if count else
                translate("ReviewFeature", "No New or Learning terms to export."))

        def failed(exc: BaseException) -> None:
            reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
            self.window.status_message(translate(
                "ReviewFeature", "The Anki export to {path} failed: {error}").format(
                    path=path, error=reason))

        self.window.status_message(translate("ReviewFeature", "Exporting review cards…"))
        self.window.tasks.run(
            lambda ctx: export_anki(library, path, senses=senses, progress=ctx.progress,
                                    cancel=ctx.cancel),
            on_done=done, on_error=failed, key="review-export")


def install(window: Any) -> None:
    window.review_feature = ReviewFeature(window)
