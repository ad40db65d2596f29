"""A library opened read-only (locked, full disk, read-only folder) works in the window —
articles open, highlights show and can be made — and its file is never written."""

from __future__ import annotations

import hashlib
from pathlib import Path

from visavis.core.annotations.model import Annotation, Side, quote_target
from visavis.core.annotations.repository import library_annotations
from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.store.library import Library

SOURCE = "# Titre\n\nLe chat dort sur le tapis rouge. Il fait beau ce matin.\n"


def test_a_read_only_library_opens_articles_and_never_writes(qtbot, make_window, helpers,
                                                            tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ro" / "library.sqlite3"
    with Library.open(path) as lib:
        article_id = lib.articles.add("Titre", SOURCE)
        plain = parse_markdown(SOURCE).plain
        start = plain.index("chat")
        library_annotations(lib).save(Annotation(
            article_id=article_id, side=Side.FRENCH, colour="yellow", note="un chat",
            target=quote_target(plain, start, start + 4), reading_pos=start))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    library = Library.open(path, read_only=True)
    try:
        window = make_window(loader=lambda: helpers.FakeEngine(), library=library,
                             features=["visavis.ui.features.annotations"])
        errors: list[str] = []
        window.status_message = lambda message, *a, **k: errors.append(str(message))
        with qtbot.waitSignal(window.articleOpened, timeout=10000):
            window.open_article(article_id)
        helpers.wait_until(qtbot, lambda: len(window.annotations.annotations) == 1)
        assert window.annotations.annotations[0].target.exact == "chat"
        assert not [e for e in errors if "readonly" in e or "read-only" in e], errors
    finally:
        library.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
