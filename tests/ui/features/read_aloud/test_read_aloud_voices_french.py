"""A voice install in a French window shows its progress in French sizes (« 1,5 Mo »)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from visavis.core.speech.piper_voices import PackageCancelled
from visavis.ui.common.i18n import install_translator
from visavis.ui.shell.main_window import MainWindow

N = "\u00a0"


@pytest.fixture
def window(qtbot, qapp, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VISAVIS_AUDIO_SINK", "null")
    QLocale.setDefault(QLocale("en_US"))  # an English system: the interface language decides
    install_translator(qapp, "fr")
    win = MainWindow(library=None, features=["visavis.ui.features.read_aloud"])
    qtbot.addWidget(win)
    win.show()
    yield win
    win.read_aloud.close()
    win.close()
    install_translator(qapp, "en")


def test_voice_install_progress_is_in_french_sizes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)

    def work(ctx):  # type: ignore[no-untyped-def]
        ctx.progress(1536 * 1024, 60 * 1024 * 1024)
        raise PackageCancelled("stopped by the test")

    window.read_aloud.voices.install(work)
    qtbot.waitUntil(lambda: any("/" in m for m in messages), timeout=10_000)
    assert f"Installation de la voix… 1,5{N}Mo / 60{N}Mo" in messages


def test_speed_choices_use_the_decimal_comma(window) -> None:  # type: ignore[no-untyped-def]
    box = window.read_aloud.speed_box
    assert [box.itemText(i) for i in range(box.count())] == ["0,5×", "0,75×", "1×", "1,25×", "1,5×"]
