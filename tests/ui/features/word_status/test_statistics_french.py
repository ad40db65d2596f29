"""Tools → Statistics in a French window: singular/plural, French numbers and dates on the axes."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from visavis.core.knowledge.statistics import Statistics
from visavis.core.knowledge.statuses import TermStatus
from visavis.ui.common.i18n import install_translator
from visavis.ui.features.word_status.statistics_window import StatisticsWindow

N = "\u00a0"


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("en_US"))  # an English system: the interface language decides
    install_translator(qapp, "fr")
    yield qapp
    install_translator(qapp, "en")


@pytest.fixture
def statistics(qtbot):  # type: ignore[no-untyped-def]
    def make() -> StatisticsWindow:
        parent = QWidget()
        qtbot.addWidget(parent)
        window = StatisticsWindow(parent)
        window.show_statistics(Statistics(
            known_over_time=[("2026-03-01", 1), ("2026-03-02", 1)],
            words_per_day={"2026-03-02": 1250}, streak=1,
            distribution={TermStatus.KNOWN: 1, TermStatus.LEARNING_1: 1}))
        return window
    return make


def test_summary_agrees_with_its_numbers_in_french(french, statistics) -> None:  # type: ignore[no-untyped-def]
    text = statistics().summary.text()
    assert text.startswith("<b>1</b> mot connu · <b>1")
    assert "</b> mots lus · " in text and text.endswith(f"série{N}: <b>1</b> jour")
    assert "1\u202f250" in text or f"1{N}250" in text  # French digit grouping


def test_zero_takes_the_singular_in_french(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    window = StatisticsWindow(parent)
    window.show_statistics(Statistics(known_over_time=[], words_per_day={}, streak=0,
                                      distribution={}))
    assert window.summary.text() == f"<b>0</b> mot connu · <b>0</b> mot lu · série{N}: <b>0</b> jour"


def test_summary_in_english_says_1_day(statistics) -> None:  # type: ignore[no-untyped-def]
    assert statistics().summary.text() == (
        "<b>1</b> known word · <b>1,250</b> words read · streak: <b>1</b> day")


def test_axes_write_decimals_and_dates_in_french(french, statistics) -> None:  # type: ignore[no-untyped-def]
    window = statistics()
    left = window.status_plot.getAxis("left")
    assert left.tickStrings([0.2, 0.4], 1.0, 0.2) == ["0,2", "0,4"]
    bottom = window.read_plot.getAxis("bottom")
    noon = datetime.combine(datetime(2026, 3, 2).date(), time(12)).timestamp()  # a Monday

    def ticks(strftime_format: str) -> list[str]:
        level = next(level for level in bottom.zoomLevels.values()
                     if any(spec.format == strftime_format for spec in level.tickSpecs))
        bottom.zoomLevel = level
        spec = next(spec for spec in level.tickSpecs if spec.format == strftime_format)
        return bottom.tickStrings([noon], 1.0, spec.spacing)

    assert ticks("%b") == ["mars"]
    assert ticks("%a %d") == ["lun. 2"]
    assert ticks("%d") == ["2"]


def test_closing_statistics_before_its_figures_arrive_is_quiet(qtbot, make_window, helpers,  # type: ignore[no-untyped-def]
                                                                monkeypatch, caplog) -> None:
    import shiboken6

    import visavis.ui.features.word_status.statistics_window as module

    real_gather = module.gather

    def slow_gather(library):  # type: ignore[no-untyped-def]
        import time
        time.sleep(0.8)  # the reader closes the window meanwhile
        return real_gather(library)

    monkeypatch.setattr(module, "gather", slow_gather)
    window = make_window(loader=lambda: helpers.FakeEngine(),
                         features=["visavis.ui.features.word_status"])
    window.library.reading_log.record(None, 250, 600, when="2026-03-02T12:00:00.000000Z")
    stats_window = window.word_status_feature.open_statistics()
    plot = stats_window.read_plot
    stats_window.close()  # deleted on close, while gather() still runs in the worker
    qtbot.waitUntil(lambda: not shiboken6.isValid(plot))
    qtbot.wait(1500)  # the figures arrive: no "Internal C++ object already deleted"
    assert "task callback failed" not in caplog.text
