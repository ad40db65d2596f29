"""Highlight / note counts in the library list, with and without the annotations table."""

from __future__ import annotations

from pathlib import Path

import pytest

from visavis.core.store import migrations
from visavis.core.store.database import Database, connect
from visavis.core.store.library import Library
from visavis.core.store.listing import annotation_counts, list_articles


def test_list_works_before_the_annotations_migration(tmp_path: Path) -> None:
    conn = connect(tmp_path / "old.sqlite3")
    migrations.migrate(conn, up_to=2)
    db = Database(tmp_path / "old.sqlite3", conn)
    conn.execute("INSERT INTO articles(title, source, source_hash, created_at, updated_at)"
                 " VALUES ('Ancien', 'texte', 'h', 'a', 'a')")
    assert not db.has_table("annotations")
    rows = list_articles(db)
    assert [(r.title, r.highlight_count, r.note_count) for r in rows] == [("Ancien", 0, 0)]
    db.close()


def test_counts_come_from_the_annotations_table(library: Library) -> None:
    if not library.database.has_table("annotations"):
        pytest.skip("migration 0004 (annotations) is not in this checkout")
    a = library.articles.add("Avec notes", "Une phrase. Une autre.")
    b = library.articles.add("Sans notes", "Rien.")
    for n, note in enumerate(["", "Important !", "  "]):
        library.connection.execute(
            "INSERT INTO annotations(id, article_id, side, colour, note, start_offset, end_offset,"
            " exact, created_at, updated_at) VALUES (?, ?, 'fr', 'yellow', ?, 0, 3, 'Une', 'x', 'x')",
            (f"ann-{n}", a, note))
    rows = {r.id: (r.highlight_count, r.note_count) for r in library.articles.list()}
    assert rows == {a: (3, 1), b: (0, 0)}
    assert annotation_counts(library.database, [b]) == {}
    library.trash.delete([a])
    library.trash.empty()  # the annotations go with the article
    assert annotation_counts(library.database) == {}
