"""Tools → Statistics: known words over time, words read per day, streak, status distribution.

Charts are pyqtgraph's (imported when the window first opens: ~0.3 s, never at start-up).
The figures come from ``core.knowledge.statistics.gather`` in a worker.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from visavis.core.knowledge.statistics import Statistics, gather
from visavis.core.knowledge.statuses import TermStatus
from visavis.ui.features.word_status.colours import chart_colour

translate = QCoreApplication.translate


def _timestamp(day: str) -> float:
    return datetime.combine(date.fromisoformat(day), time(12)).timestamp()


class StatisticsWindow(QWidget):
    def __init__(self, window: Any) -> None:
        super().__init__(window, Qt.WindowType.Window)
        import pyqtgraph as pg

        self.pg = pg
        self.window = window
        self.stats: Statistics | None = None
        self.setObjectName("statisticsWindow")
        self.setWindowTitle(translate("StatisticsWindow", "Statistics"))
        self.resize(900, 640)
        palette = self.palette()
        pg.setConfigOptions(antialias=True, background=palette.color(QPalette.ColorRole.Base),
                            foreground=palette.color(QPalette.ColorRole.Text))
        self.summary = QLabel(translate("StatisticsWindow", "Reading your history…"))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.known_plot = self._plot(translate("StatisticsWindow", "Known words over time"), dates=True)
        self.read_plot = self._plot(translate("StatisticsWindow", "Words read per day"), dates=True)
        self.status_plot = self._plot(translate("StatisticsWindow", "Words by status"))
        layout = QGridLayout(self)
        layout.addWidget(self.summary, 0, 0, 1, 2)
        layout.addWidget(self.known_plot, 1, 0)
        layout.addWidget(self.read_plot, 1, 1)
        layout.addWidget(self.status_plot, 2, 0, 1, 2)

    def _plot(self, title: str, dates: bool = False) -> Any:
        pg = self.pg
        axes = {"bottom": pg.DateAxisItem(orientation="bottom")} if dates else {}
        plot = pg.PlotWidget(title=title, axisItems=axes)
        plot.showGrid(x=False, y=True, alpha=0.2)
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        return plot

    def load(self) -> None:
        library = self.window.library
        if library is None:
            return
        self.window.tasks.run(lambda _ctx: gather(library), on_done=self.show_statistics,
                              on_error=lambda exc: self.summary.setText(str(exc)))

    def show_statistics(self, stats: Statistics) -> None:
        self.stats = stats
        pg = self.pg
        accent = chart_colour(TermStatus.UNKNOWN)
        known = stats.known_over_time
        self.known_plot.clear()
        if known:
            xs = [_timestamp(d) for d, _n in known]
            ys = [n for _d, n in known]
            if len(xs) == 1:
                xs, ys = [xs[0] - 86400, xs[0]], [0, ys[0]]
            self.known_plot.plot(xs, ys, pen=pg.mkPen(accent, width=2), symbol="o", symbolSize=5,
                                 symbolBrush=accent)
        self.read_plot.clear()
        per_day = stats.words_per_day
        if per_day:
            xs = [_timestamp(d) for d in per_day]
            self.read_plot.addItem(pg.BarGraphItem(x=xs, height=list(per_day.values()), width=86400 * 0.8,
                                                   brush=chart_colour(TermStatus.KNOWN), pen=None))
        self.status_plot.clear()
        shown = [s for s in TermStatus if s != TermStatus.UNKNOWN]
        heights = [stats.distribution.get(s, 0) for s in shown]
        brushes = [chart_colour(s) for s in shown]
        self.status_plot.addItem(pg.BarGraphItem(x=list(range(len(shown))), height=heights, width=0.6,
                                                 brushes=brushes, pen=None))
        axis = self.status_plot.getAxis("bottom")
        axis.setTicks([[(i, translate("TermStatus", s.label)) for i, s in enumerate(shown)]])
        known_now = stats.distribution.get(TermStatus.KNOWN, 0)
        self.summary.setText(translate(
            "StatisticsWindow",
            "<b>{known}</b> known words · <b>{read}</b> words read · streak: <b>{streak}</b> days").format(
                known=known_now, read=stats.words_read, streak=stats.streak))
