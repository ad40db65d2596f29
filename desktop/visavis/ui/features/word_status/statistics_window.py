"""Tools → Statistics: known words over time, words read per day, streak, status distribution.

Charts are pyqtgraph's (imported when the window first opens: ~0.3 s, never at start-up).
The figures come from ``core.knowledge.statistics.gather`` in a worker.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from visavis.core.knowledge.statistics import Statistics, gather
from visavis.core.knowledge.statuses import TermStatus
from visavis.ui.common.locale_format import interface_locale, takes_singular
from visavis.ui.features.word_status.colours import chart_colour

translate = QCoreApplication.translate


def _timestamp(day: str) -> float:
    return datetime.combine(date.fromisoformat(day), time(12)).timestamp()


def _count(n: int, one: str, many: str) -> str:
    """``one`` (n == 1) or ``many``, with ``{n}`` written the interface's way."""
    return (one if takes_singular(n) else many).format(n=interface_locale().toString(n))


# pyqtgraph's date formats that name or order days and months, as QLocale formats
_QT_DATE_FORMATS = {"%b": "MMM", "%a %d": "ddd d", "%d": "d"}


def _locale_axes(pg: Any) -> tuple[type, type]:
    """pyqtgraph axes whose numbers and dates follow the interface language (« 0,5 »,
    « 2 mars ») instead of Python's English ``%g`` and ``strftime``."""
    from pyqtgraph.graphicsItems import DateAxisItem as date_axis

    def localised(texts: list[str]) -> list[str]:
        point = interface_locale().decimalPoint()
        return [text.replace(".", point) for text in texts]

    class LocaleAxis(pg.AxisItem):  # type: ignore[misc, name-defined]
        def tickStrings(self, values, scale, spacing):  # type: ignore[no-untyped-def]  # noqa: N802
            return localised(super().tickStrings(values, scale, spacing))

    class LocaleDateAxis(pg.DateAxisItem):  # type: ignore[misc, name-defined]
        def tickStrings(self, values, scale, spacing):  # type: ignore[no-untyped-def]  # noqa: N802
            specs = self.zoomLevel.tickSpecs if self.zoomLevel is not None else []
            spec = next((s for s in specs if s.spacing == spacing), None)
            qt_format = _QT_DATE_FORMATS.get(spec.format) if spec is not None else None
            if qt_format is None:
                return localised(super().tickStrings(values, scale, spacing))
            locale = interface_locale()
            texts = []
            for value in values:
                moment = date_axis.utcfromtimestamp(
                    date_axis.adjustTimestampToPreferredUtcOffset(value, self.utcOffset))
                texts.append(locale.toString(QDate(moment.year, moment.month, moment.day),
                                             qt_format))
            return texts

    return LocaleAxis, LocaleDateAxis


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
        number_axis, date_axis = _locale_axes(pg)
        axes = {"left": number_axis(orientation="left")}
        if dates:
            axes["bottom"] = date_axis(orientation="bottom")
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
        import shiboken6

        if not shiboken6.isValid(self.read_plot):  # closed before its figures came back
            return
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
        self.summary.setText(" · ".join((
            _count(known_now, translate("StatisticsWindow", "<b>{n}</b> known word"),
                   translate("StatisticsWindow", "<b>{n}</b> known words")),
            _count(stats.words_read, translate("StatisticsWindow", "<b>{n}</b> word read"),
                   translate("StatisticsWindow", "<b>{n}</b> words read")),
            _count(stats.streak, translate("StatisticsWindow", "streak: <b>{n}</b> day"),
                   translate("StatisticsWindow", "streak: <b>{n}</b> days")))))
