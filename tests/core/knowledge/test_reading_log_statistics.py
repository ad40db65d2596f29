from __future__ import annotations

from datetime import date

import pytest

from visavis.core.knowledge import statistics
from visavis.core.knowledge.statuses import TermStatus
from visavis.core.store.library import Library


def test_words_per_day_and_streak(library: Library) -> None:
    log = library.reading_log
    log.record(None, 100, when="2026-03-01T12:00:00.000000Z")
    log.record(None, 50, when="2026-03-02T12:00:00.000000Z")
    session = log.start(None, when="2026-03-03T12:00:00.000000Z")
    log.add(session, 30, 60, when="2026-03-03T12:10:00.000000Z")
    log.add(session, 20, 60, when="2026-03-03T12:20:00.000000Z")
    assert log.words_per_day() == {"2026-03-01": 100, "2026-03-02": 50, "2026-03-03": 50}
    assert log.streak(date(2026, 3, 3)) == 3
    assert log.streak(date(2026, 3, 4)) == 3  # not read yet today: the streak still holds
    assert log.streak(date(2026, 3, 6)) == 0
    with pytest.raises(ValueError):
        log.add(session, -1)


def test_known_over_time(library: Library) -> None:
    ws = library.word_status
    ws.set("chat", TermStatus.KNOWN, when="2026-03-01T12:00:00.000000Z")
    ws.set("chien", TermStatus.KNOWN, when="2026-03-01T13:00:00.000000Z")
    ws.set("chien", TermStatus.LEARNING_1, when="2026-03-02T12:00:00.000000Z")
    ws.set("loup", TermStatus.KNOWN, when="2026-03-03T12:00:00.000000Z")
    ws.set("loup", TermStatus.KNOWN, form="loups", when="2026-03-03T12:30:00.000000Z")
    assert statistics.known_over_time(ws.history()) == [("2026-03-01", 2), ("2026-03-02", 1),
                                                        ("2026-03-03", 2)]
    stats = statistics.gather(library)
    assert stats.distribution[TermStatus.KNOWN] == 2 and stats.streak == 0
