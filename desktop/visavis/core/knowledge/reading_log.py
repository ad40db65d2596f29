"""``library.reading_log``: words read and time spent, per reading session (statistics)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from visavis.core.store.database import Database, utc_now


@dataclass(frozen=True)
class ReadingSession:
    id: int
    article_id: int | None
    started_at: str
    ended_at: str
    words: int
    seconds: int


def local_day(stamp: str) -> str:
    """The reader's local calendar day (YYYY-MM-DD) of a stored UTC timestamp."""
    moment = datetime.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
    return moment.astimezone().date().isoformat()


class ReadingLog:
    def __init__(self, db: Database) -> None:
        self._db = db

    def start(self, article_id: int | None, when: str | None = None) -> int:
        """Open a session for ``article_id``; returns its id for :meth:`add`."""
        stamp = when or utc_now()
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO reading_sessions(article_id, started_at, ended_at) VALUES (?, ?, ?)",
                (article_id, stamp, stamp))
            return int(cur.lastrowid)

    def add(self, session_id: int, words: int, seconds: int = 0, when: str | None = None) -> None:
        """Add words read (and seconds spent) to a session."""
        if words < 0 or seconds < 0:
            raise ValueError("Words read and time spent cannot be negative.")
        with self._db.transaction() as conn:
            conn.execute("UPDATE reading_sessions SET words = words + ?, seconds = seconds + ?, "
                         "ended_at = ? WHERE id = ?", (int(words), int(seconds), when or utc_now(),
                                                       session_id))

    def record(self, article_id: int | None, words: int, seconds: int = 0,
               when: str | None = None) -> int:
        """One finished session at once (tests, imports)."""
        session = self.start(article_id, when)
        self.add(session, words, seconds, when)
        return session

    def sessions(self, since: str | None = None) -> list[ReadingSession]:
        sql = "SELECT id, article_id, started_at, ended_at, words, seconds FROM reading_sessions"
        params: list[str] = []
        if since:
            sql += " WHERE started_at >= ?"
            params.append(since)
        return [ReadingSession(*r) for r in self._db.query(sql + " ORDER BY started_at", params)]

    def words_per_day(self, since: str | None = None) -> dict[str, int]:
        """Local day → words read, days with reading only, in order."""
        days: dict[str, int] = defaultdict(int)
        for session in self.sessions(since):
            if session.words:
                days[local_day(session.started_at)] += session.words
        return dict(sorted(days.items()))

    def streak(self, today: date | None = None) -> int:
        """Consecutive days with reading ending today (or yesterday, if not read yet today)."""
        read = set(self.words_per_day())
        day = today or date.today()
        if day.isoformat() not in read:
            day -= timedelta(days=1)
        count = 0
        while day.isoformat() in read:
            count += 1
            day -= timedelta(days=1)
        return count
