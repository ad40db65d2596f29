"""Figures for Tools → Statistics, computed from the status history and reading sessions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from visavis.core.knowledge.reading_log import local_day
from visavis.core.knowledge.statuses import TermStatus
from visavis.core.knowledge.word_status import StatusChange


def known_over_time(history: Sequence[StatusChange]) -> list[tuple[str, int]]:
    """(local day, number of known terms at the end of that day), for each day with a change.

    Replays the history in order; form-level statuses are left out (terms only).
    """
    current: dict[str, TermStatus | None] = {}
    known = 0
    points: dict[str, int] = {}
    for change in history:
        if change.form:
            continue
        was = current.get(change.lemma)
        now = change.new_status
        known += (now == TermStatus.KNOWN) - (was == TermStatus.KNOWN)
        current[change.lemma] = now
        points[local_day(change.changed_at)] = known
    return sorted(points.items())


@dataclass(frozen=True)
class Statistics:
    known_over_time: list[tuple[str, int]]
    words_per_day: dict[str, int]
    streak: int
    distribution: dict[TermStatus, int]

    @property
    def words_read(self) -> int:
        return sum(self.words_per_day.values())


def gather(library) -> Statistics:  # type: ignore[no-untyped-def]
    """Everything the statistics window shows (a worker's job; reads only)."""
    return Statistics(known_over_time(library.word_status.history()),
                      library.reading_log.words_per_day(), library.reading_log.streak(),
                      library.word_status.counts())
