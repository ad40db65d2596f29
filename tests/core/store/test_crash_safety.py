"""SIGKILL during writes (issue 18, "keep proving it"): after every kill the library passes
SQLite's integrity check, every write the writer saw committed is there, and the search
index agrees with the truth (articles and notes) — without the repair on open having to fix it.

A forked writer (the imports are already done, so a trial costs milliseconds) adds articles,
saves and deletes annotations with notes, adds glossary entries, corrections, word
statuses and review grades, reporting each write on a pipe once it has returned (committed); the test kills it
at a random moment, then checks.  Every user table that exists is also read back, so tables
added by later migrations are covered by the integrity checks.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from visavis.core.annotations.model import Annotation, Side, quote_target
from visavis.core.annotations.repository import library_annotations
from visavis.core.store.library import Library
from visavis.core.store.table_merge import user_tables

TRIALS = 120
_LETTERS = str.maketrans("0123456789", "abcdefghij")
TEXT = "Le vieux port s'éveille lentement sous la brume du matin."


def _writer(path: Path, fd: int, seed: int) -> None:
    """Runs in the forked child until it is killed."""
    from visavis.core.glossary.reader_glossary import ReaderGlossary
    from visavis.core.knowledge.statuses import TermStatus
    from visavis.core.review.model import ReviewRecord, StoredCard
    from visavis.core.review.store import ReviewStore

    rng = random.Random(seed)
    library = Library.open(path)
    reviews = ReviewStore(library.database)
    annotations = library_annotations(library)
    glossary = ReaderGlossary(library)
    out = os.fdopen(fd, "w", buffering=1)
    articles = [r[0] for r in library.connection.execute("SELECT id FROM articles LIMIT 50")]
    saved: list[str] = []
    out.write("ready\n")
    n = 0
    while True:
        n += 1
        token = f"zq{seed}n{n}"
        kind = rng.choice(("article", "note", "note", "delete", "glossary", "correction",
                           "status", "review"))
        if kind == "article" or not articles:
            article_id = library.articles.add(f"Article {token}", f"{TEXT} Mot {token}.")
            articles.append(article_id)
            out.write(f"article {article_id} {token}\n")
        elif kind == "note":
            ann = Annotation(article_id=rng.choice(articles), side=Side.FRENCH, colour="yellow",
                             note=f"Note {token}", target=quote_target(TEXT, 3, 8))
            annotations.save(ann)
            saved.append(ann.id)
            out.write(f"note {ann.id} {token}\n")
        elif kind == "delete" and saved:
            victim = saved.pop(rng.randrange(len(saved)))
            # announced first: a kill between the delete's commit and its report must not
            # make the (rightly) missing note look like a lost write
            out.write(f"deleting {victim} -\n")
            annotations.delete(victim)
            out.write(f"deleted {victim} -\n")
        elif kind == "glossary":
            term = "terme" + token.translate(_LETTERS)  # a glossary term is made of words
            glossary.add(term, "term", f"note {token}")
            out.write(f"glossary {term} {token}\n")
        elif kind == "correction":
            article_id = rng.choice(articles)
            library.corrections.set(article_id, f"s{token}", TEXT, f"English {token}")
            out.write(f"correction {article_id} s{token}\n")
        elif kind == "status":
            library.word_status.set(f"mot{token}", TermStatus.KNOWN)
            out.write(f"status mot{token} -\n")
        elif kind == "review":
            now = datetime.now(UTC)
            reviews.record(StoredCard.new(f"mot{token}", f"mot{token}", now),
                           ReviewRecord(f"mot{token}", 3, now, 1.0))
            out.write(f"review mot{token} -\n")


def _notes_out_of_step(conn: sqlite3.Connection) -> list[int]:
    truth = dict(conn.execute(
        "SELECT article_id, group_concat(note, char(10) || char(10)) FROM "
        "(SELECT article_id, note FROM annotations WHERE note != '' "
        " ORDER BY article_id, reading_pos, start_offset) GROUP BY article_id"))
    indexed = dict(conn.execute("SELECT article_id, notes FROM search_documents WHERE notes != ''"))
    return [a for a in truth.keys() | indexed.keys()
            if (truth.get(a) or "") != (indexed.get(a) or "")]


def _check_raw(path: Path) -> None:
    """Before the library is opened (so nothing is repaired first)."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO article_search(article_search, rank) "
                     "VALUES ('integrity-check', 1)")
        assert _notes_out_of_step(conn) == []
        for table in user_tables(conn):
            conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()
    finally:
        conn.close()


def _check_reported(library: Library, reported: list[list[str]]) -> int:
    from visavis.core.glossary.reader_glossary import ReaderGlossary
    from visavis.core.knowledge.statuses import TermStatus
    from visavis.core.review.store import ReviewStore

    annotations = library_annotations(library)
    deleted = {key for kind, key, _ in reported if kind in ("deleting", "deleted")}
    for kind, key, token in reported:
        if kind == "article":
            assert library.articles.get(int(key)).title == f"Article {token}"
            assert int(key) in [h.article_id for h in library.search_index.search(token)]
        elif kind == "note" and key not in deleted:
            ann = annotations.get(key)
            assert ann is not None and ann.note == f"Note {token}"
            assert ann.article_id in [h.article_id for h in library.search_index.search(token)]
        elif kind == "deleted":
            assert annotations.get(key) is None
        elif kind == "glossary":
            assert ReaderGlossary(library).find_term(key) is not None
        elif kind == "correction":
            assert library.corrections.get(int(key), token) is not None
        elif kind == "status":
            assert library.word_status.get(key) == TermStatus.KNOWN
        elif kind == "review":
            assert ReviewStore(library.database).get(key) is not None
    return len(reported)


def _trial(path: Path, seed: int, rng: random.Random) -> list[list[str]]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer
        os.close(read_end)
        try:
            _writer(path, write_end, seed)
        finally:
            os._exit(1)
    os.close(write_end)
    buffer = b""
    deadline = time.monotonic() + 20
    while b"ready\n" not in buffer and time.monotonic() < deadline:
        if select.select([read_end], [], [], 1.0)[0]:
            buffer += os.read(read_end, 65536)
    time.sleep(rng.uniform(0.005, 0.3))
    os.kill(pid, signal.SIGKILL)
    _pid, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, \
        "the writer stopped by itself (an error in a write) before it was killed"
    while chunk := os.read(read_end, 65536):
        buffer += chunk
    os.close(read_end)
    lines = buffer.decode().split("\n")
    assert lines[0] == "ready", lines[:3]
    # only complete lines were reported after their write returned
    return [line.split(" ") for line in lines[1:-1] if line.count(" ") == 2]


@pytest.mark.slow
def test_sigkill_during_writes_loses_nothing_committed(tmp_path: Path) -> None:
    from visavis.core.glossary.lemmas import lemma  # warm the lemmatiser before forking

    lemma("terme")
    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    rng = random.Random(18)
    checked = 0
    started = time.monotonic()
    for seed in range(TRIALS):
        reported = _trial(path, seed, rng)
        _check_raw(path)
        with Library.open(path) as library:
            checked += _check_reported(library, reported)
    elapsed = time.monotonic() - started
    print(f"{TRIALS} kills, {checked} committed writes re-checked in {elapsed:.1f} s")
    assert checked > TRIALS  # the kills landed during real work
    assert elapsed < 90
