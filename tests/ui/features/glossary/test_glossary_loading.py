"""When the glossary feature loads its dictionary: on the first article (or Tools → Glossary…),
and only once the translation model has loaded, so the start-up work never competes with the
window's first paint and the model load for the GIL (bench/gui_freeze_bench.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from visavis.core.glossary.dictionary import DictionaryError
from visavis.core.store.library import Library
from visavis.ui.reading.article_session import session_from_text
from visavis.ui.shell.main_window import MainWindow

TEXT = "Les jeunes pousses recrutent des chercheurs.\n\nUne offre de cheval blanc.\n"
FEATURE = "visavis.ui.features.glossary"


@pytest.fixture
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "library.sqlite3")
    yield library
    library.close()


def _window(qtbot, library, loader):  # type: ignore[no-untyped-def]
    window = MainWindow(library=library, loader=loader, features=[FEATURE])
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    return window


def _annotated(window) -> bool:  # type: ignore[no-untyped-def]
    feature = window.glossary_feature
    return (feature.dictionary is not None and feature.article is not None
            and feature.document is window.session.document)


def test_nothing_loads_before_the_first_article(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, library, lambda: None)
    feature = window.glossary_feature
    qtbot.wait(50)
    assert not feature.load_started and feature.dictionary is None
    window.show_session(session_from_text(TEXT, "Test", library))
    assert feature.load_started
    qtbot.waitUntil(lambda: _annotated(window))
    sid = window.session.document.sentences[1].id
    hit = feature.article.hit_at(sid, 14)  # « cheval »
    assert hit.source == "dictionary" and "cheval" in hit.term


def test_the_dictionary_waits_for_the_model_then_loads(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()

    def slow_loader() -> None:
        release.wait()

    window = _window(qtbot, library, slow_loader)
    feature = window.glossary_feature
    window.start()
    assert window.translation.loading
    window.show_session(session_from_text(TEXT, "Test", library))
    qtbot.wait(50)
    assert feature.waiting_for_model and not feature.load_started
    assert feature.dictionary is None and feature.article is None
    with qtbot.waitSignal(window.translation.modelMissing):
        release.set()
    assert feature.load_started and not feature.waiting_for_model
    qtbot.waitUntil(lambda: _annotated(window))


def test_a_model_that_fails_to_load_does_not_keep_the_glossary_waiting(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    def broken_loader() -> None:
        raise RuntimeError("damaged model")

    window = _window(qtbot, library, broken_loader)
    with qtbot.waitSignal(window.translation.failed):
        window.start()
        window.show_session(session_from_text(TEXT, "Test", library))
    qtbot.waitUntil(lambda: _annotated(window))


def test_tools_glossary_before_any_article_loads_the_dictionary(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, library, lambda: None)
    feature = window.glossary_feature
    view = feature.open_view()
    assert view is not None and feature.load_started
    qtbot.waitUntil(lambda: feature.dictionary is not None)
    view.close()


def test_a_missing_dictionary_is_explained_and_the_article_still_annotated(
        qtbot, library, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def missing() -> None:
        raise DictionaryError("The dictionary file is missing (test).")

    monkeypatch.setattr("visavis.ui.features.glossary.feature.default_dictionary", missing)
    window = _window(qtbot, library, lambda: None)
    feature = window.glossary_feature
    window.show_session(session_from_text(TEXT, "Test", library))
    qtbot.waitUntil(lambda: feature.article is not None and not feature.dictionary_pending)
    assert feature.dictionary is None
    assert "dictionary file is missing" in window.statusBar().currentMessage()
    sid = window.session.document.sentences[0].id
    assert feature.article.hit_at(sid, 4).source == "word"  # no entry, but the word is there


def test_building_the_window_imports_neither_simplemma_nor_genanki() -> None:
    """They load in the worker that first needs them (~100 ms less before the window shows)."""
    code = ("import sys, visavis.ui.features.glossary.feature; "
            "print(sorted(m for m in ('simplemma', 'genanki') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]"
