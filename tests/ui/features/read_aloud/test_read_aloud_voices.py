"""Read-aloud voices in the window: install a Piper voice (file or download) in a worker,
choose it, and a clear message when piper-tts is missing."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

from fixtures.speech_fakes import install_fake_piper, write_fake_voice
from visavis.core.speech.piper_engine import PiperEngine
from visavis.core.speech.piper_voices import install_voice_from_file, installed_voices
from visavis.core.speech.sinks import NullSink
from visavis.ui.shell.main_window import MainWindow

FEATURE = "visavis.ui.features.read_aloud"
NAME = "fr_FR-test-low"


@pytest.fixture
def window(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VISAVIS_AUDIO_SINK", "null")
    win = MainWindow(library=None, features=[FEATURE])
    qtbot.addWidget(win)
    win.show()
    yield win
    win.read_aloud.close()
    win.close()


def _entries(feature) -> list[str]:  # type: ignore[no-untyped-def]
    return [feature.voice_box.itemText(i) for i in range(feature.voice_box.count())]


def test_install_from_file_lists_the_voice_and_choosing_it_uses_piper(qtbot, window, tmp_path,
                                                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]
    install_fake_piper(monkeypatch)
    feature = window.read_aloud
    assert _entries(feature) == ["espeak-ng"]
    model = write_fake_voice(tmp_path / "picked")
    with qtbot.waitSignal(feature.voices.installed, timeout=10_000):
        feature.voices.install(lambda ctx: install_voice_from_file(model, progress=ctx.progress))
    assert _entries(feature) == ["espeak-ng", f"Piper: {NAME}"]
    assert f"Voice {NAME} installed." in window.statusBar().currentMessage()
    feature.voice_box.setCurrentIndex(1)
    feature.voice_box.activated.emit(1)
    assert isinstance(feature.engine, PiperEngine) and feature.voice == NAME
    audio = feature.engine.synthesize("un deux trois", "fr", feature.voice)
    assert audio.duration > 0
    feature.set_language("en")  # a French voice is not offered for English
    assert _entries(feature) == ["espeak-ng"] and feature.voice is None


def test_choosing_piper_without_piper_tts_says_how_to_get_it(qtbot, window, tmp_path,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("visavis.ui.features.read_aloud.voices.piper_available", lambda: False)
    install_voice_from_file(write_fake_voice(tmp_path / "picked"))
    feature = window.read_aloud
    feature.voices.refresh()
    feature.voice_box.activated.emit(1)
    assert "visavis[piper]" in window.statusBar().currentMessage()
    assert feature.voice is None and feature.voice_box.currentIndex() == 0


def test_a_bad_voice_file_is_a_clear_message(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    model = write_fake_voice(tmp_path / "picked", onnx=b"not an onnx model, just text")
    feature = window.read_aloud
    feature.voices.install(lambda ctx: install_voice_from_file(model))
    qtbot.waitUntil(lambda: "could not be installed" in window.statusBar().currentMessage(),
                    timeout=10_000)
    assert "not an ONNX model" in window.last_error.text()
    assert installed_voices() == []


class _Files(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
        pass


def test_download_shows_byte_progress(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from visavis.core.speech.piper_voices import download_voice

    served = tmp_path / "served"
    write_fake_voice(served)
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *a, **k: _Files(*a, directory=str(served), **k))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    feature = window.read_aloud
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    url = f"http://127.0.0.1:{server.server_port}/{NAME}.onnx"
    try:
        with qtbot.waitSignal(feature.voices.installed, timeout=10_000):
            feature.voices.install(lambda ctx: download_voice(url, progress=ctx.progress))
    finally:
        server.shutdown()
    assert any(m.startswith("Installing the voice… ") and " / " in m for m in messages)
    assert f"Piper: {NAME}" in _entries(feature)


def test_say_it_with_a_piper_voice_for_french_uses_espeak_for_english(qtbot, window, tmp_path,
                                                                       monkeypatch) -> None:  # type: ignore[no-untyped-def]
    install_fake_piper(monkeypatch)
    install_voice_from_file(write_fake_voice(tmp_path / "picked"))
    feature = window.read_aloud
    feature.voices.refresh()
    feature.voice_box.activated.emit(1)
    feature.sink = NullSink(speed=0)
    window.speak_text("bonjour", "fr")
    window.speak_text("hello", "en")
    qtbot.waitUntil(lambda: len(feature.sink.played) == 2, timeout=10_000)
    rates = sorted(a.sample_rate for a in feature.sink.played)
    assert rates == [16000, 22050]  # the fake Piper voice, then espeak-ng
