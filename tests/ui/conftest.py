"""Fixtures of the reading-window tests: windows with an isolated library, fake and tiny engines."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

_TESTS_DIR = str(Path(__file__).resolve().parents[1])
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

from fixtures.tiny_model import installed_tiny_model, tiny_argosmodel  # noqa: E402
from visavis.core.store.library import Library  # noqa: E402
from visavis.core.translation.types import Translation, TranslationCancelled  # noqa: E402
from visavis.ui.shell.launch import protect_against_emit_refcount_bug  # noqa: E402

protect_against_emit_refcount_bug()  # PySide6 6.12.0 + Python 3.11, see its docstring

__all__ = ["installed_tiny_model", "tiny_argosmodel"]

# Our own French test article (headings, emphasis, a list, a quote; long enough to scroll).
_PARAGRAPHS = [
    "Le matin, la rivière est calme et les pêcheurs arrivent un par un. "
    "Ils installent leurs cannes sans un mot.",
    "Le marché ouvre à huit heures. Les marchands crient les prix des légumes, "
    "et les clients comparent les tomates avec une attention **très sérieuse**.",
    "Une petite école se trouve au bout de la rue. Les enfants y apprennent à lire, "
    "à compter et à *chanter* des chansons anciennes.",
    "La bibliothèque municipale a prolongé ses horaires. Elle reste ouverte le samedi soir.",
    "Le boulanger prépare le pain depuis quatre heures du matin. Il dit que la farine "
    "du moulin voisin donne une croûte plus dorée. Ses croissants partent avant neuf heures.",
    "Un nouveau parc a été aménagé près de la gare. On y trouve des bancs, des arbres "
    "fruitiers et une fontaine.",
]


def article_source(repeat: int = 3) -> str:
    parts = ["# Une journée au village", "*Chronique d'une petite ville tranquille.*"]
    for r in range(repeat):
        parts.append(f"## Partie {r + 1}")
        parts.extend(_PARAGRAPHS)
        parts.append("- Première chose à retenir.\n- Deuxième chose, un peu plus longue que la première.")
        parts.append("> Nous aimons ce village, dit une habitante. Il change lentement.")
    return "\n\n".join(parts) + "\n"


class FakeEngine:
    """A Translator that records its calls; ``gate`` (an Event) holds each call until set."""

    def __init__(self, model_id: str = "fake@1", gate: threading.Event | None = None) -> None:
        self.model_id = model_id
        self.gate = gate
        self.calls: list[list[str]] = []
        self.started = threading.Event()
        self._lock = threading.Lock()

    @staticmethod
    def english(text: str) -> str:
        # longer or shorter than the French, so alignment padding works on both sides
        if len(text) % 2:
            return f"EN {text} ({len(text)} characters, and a much longer English rendering of it)"
        return "EN " + text.split()[0]

    def translate(self, sentences: Sequence[str], *, on_result=None, cancel=None) -> list[Translation]:  # type: ignore[no-untyped-def]
        with self._lock:
            self.calls.append(list(sentences))
        self.started.set()
        if self.gate is not None:
            while not self.gate.wait(0.01):
                if cancel is not None and cancel():
                    raise TranslationCancelled()
        results = []
        for i, text in enumerate(sentences):
            if cancel is not None and cancel():
                raise TranslationCancelled()
            translation = Translation(self.english(text))
            if on_result is not None:
                on_result(i, translation)
            results.append(translation)
        return results

    @property
    def sentences_translated(self) -> list[str]:
        return [s for call in self.calls for s in call]


def wait_until(qtbot, predicate: Callable[[], bool]) -> None:  # type: ignore[no-untyped-def]
    """Process events until ``predicate()`` is true.

    The 120 s guard is not a performance limit: it turns a hang into a failure.
    """
    qtbot.waitUntil(lambda: bool(predicate()), timeout=120_000)


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "village.fr.md"
    path.write_text(article_source(), encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


@pytest.fixture
def make_window(qtbot, library):  # type: ignore[no-untyped-def]
    """Factory: ``make_window(loader=..., library=..., features=[])`` -> shown MainWindow."""
    from visavis.ui.reading.translation_controller import load_default_translator
    from visavis.ui.shell.main_window import MainWindow

    windows = []

    def make(loader=load_default_translator, library=library, features=None, size=(1000, 600)):  # type: ignore[no-untyped-def]
        window = MainWindow(library, loader=loader, features=[] if features is None else features)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.start()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def main_window(make_window, installed_tiny_model):  # type: ignore[no-untyped-def]
    """The real window with an isolated library and the tiny model installed."""
    return make_window()


@pytest.fixture
def no_model_window(make_window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The real window with an isolated library and no model installed."""
    empty = tmp_path / "no-packages"
    empty.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(empty))
    import argostranslate.settings as argos_settings

    monkeypatch.setattr(argos_settings, "package_data_dir", empty)
    monkeypatch.setattr(argos_settings, "package_dirs", [empty])
    return make_window()


def open_and_translate(qtbot, window, path) -> None:  # type: ignore[no-untyped-def]
    """Open ``path`` and wait until every paragraph is translated."""
    with qtbot.waitSignal(window.articleOpened, timeout=None):
        window.open_file(path)
    wait_until(qtbot, lambda: window.reading.translated_blocks() == len(window.session.document.blocks))


@pytest.fixture
def helpers():  # type: ignore[no-untyped-def]
    class Helpers:
        FakeEngine = FakeEngine
        wait_until = staticmethod(wait_until)
        open_and_translate = staticmethod(open_and_translate)
        article_source = staticmethod(article_source)

    return Helpers
