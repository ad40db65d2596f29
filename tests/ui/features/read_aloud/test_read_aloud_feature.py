"""Read aloud on a real MainWindow with a null audio sink: the controls drive the lit sentence."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSlider

from fixtures.engines import RewritingEngine
from fixtures.speech_fakes import ToneEngine
from visavis.core.speech.audio import Audio
from visavis.core.speech.controller import PAUSED, PLAYING, STOPPED
from visavis.core.speech.sinks import AudioError, NullSink
from visavis.ui.shell.main_window import MainWindow

FEATURE = "visavis.ui.features.read_aloud"


def Engine() -> RewritingEngine:  # noqa: N802 - the window's loader
    return RewritingEngine()


class GatedSink:
    """Each sentence plays until the test releases it (or it is interrupted)."""

    def __init__(self) -> None:
        self.started: list[Audio] = []
        self.release = threading.Semaphore(0)

    def play(self, audio: Audio, interrupt: threading.Event) -> bool:
        self.started.append(audio)
        while not interrupt.is_set():
            if self.release.acquire(timeout=0.005):
                return True
        return False


@pytest.fixture
def window(qtbot, tmp_path: Path, helpers, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VISAVIS_AUDIO_SINK", "null")
    win = MainWindow(library=None, loader=Engine, features=[FEATURE])
    qtbot.addWidget(win)
    win.resize(1000, 500)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    path = tmp_path / "village.fr.md"
    path.write_text(helpers.article_source(), encoding="utf-8")
    helpers.open_and_translate(qtbot, win, path)
    yield win
    win.read_aloud.close()
    win.close()


def _text(pane, span: tuple[int, int]) -> str:
    cursor = pane.textCursor()
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], cursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def _lit(window) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    feature = window.read_aloud
    fr, en = feature.lit_ranges("fr"), feature.lit_ranges("en")
    return (_text(window.reading.french, fr[0]) if fr else "",
            _text(window.reading.english, en[0]) if en else "")


def test_controls_drive_the_sentence_lit_in_both_panes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature, sink = window.read_aloud, GatedSink()
    feature.engine, feature.sink = ToneEngine(), sink
    sentences = window.reading.document.sentences
    assert window.menus["view"].findChild(type(feature.menu)) is not None
    feature.play_action.trigger()  # F5
    qtbot.waitUntil(lambda: feature.current == sentences[0].id, timeout=5000)
    assert feature.toolbar.isVisible() and feature.controller.state == PLAYING
    assert feature.play_action.text().replace("&", "") == "Pause"
    assert _lit(window) == (sentences[0].text, "In English: " + sentences[0].text.lower())
    sink.release.release()  # the first sentence ends: the next one is lit
    qtbot.waitUntil(lambda: feature.current == sentences[1].id, timeout=5000)
    assert _lit(window)[0] == sentences[1].text
    feature.next_action.trigger()
    qtbot.waitUntil(lambda: feature.current == sentences[2].id, timeout=5000)
    feature.previous_action.trigger()
    qtbot.waitUntil(lambda: feature.current == sentences[1].id, timeout=5000)
    feature.play_action.trigger()  # pause
    qtbot.waitUntil(lambda: feature.controller.state == PAUSED, timeout=5000)
    assert _lit(window)[0] == sentences[1].text  # paused: still lit
    feature.stop_action.trigger()
    qtbot.waitUntil(lambda: feature.current is None, timeout=5000)
    assert feature.lit_ranges("fr") == [] and feature.lit_ranges("en") == []
    assert feature.controller.state == STOPPED


def test_reading_the_english_starts_at_the_first_visible_sentence(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature, sink = window.read_aloud, GatedSink()
    feature.engine, feature.sink = ToneEngine(), sink
    bar = window.reading.french.verticalScrollBar()

    def scrolled() -> bool:  # the window may still restore the reading position once
        bar.setValue(bar.maximum() // 2)
        qtbot.wait(20)
        return bar.value() > 0

    qtbot.waitUntil(scrolled, timeout=5000)
    expected = feature.start_sentence()
    first = window.reading.document.sentences[0].id
    assert expected is not None and expected != first
    feature.language_box.setCurrentIndex(1)
    assert feature.english_action.isChecked()
    feature.play()
    qtbot.waitUntil(lambda: len(sink.started) == 1 and feature.current is not None,
                    timeout=5000)
    assert feature.current in (feature.start_sentence(), expected)
    assert feature.engine.calls[0][1] == "en"
    assert feature.engine.calls[0][0].startswith("In English: ")


def test_clicking_a_sentence_while_playing_jumps_there(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature, sink = window.read_aloud, GatedSink()
    feature.engine, feature.sink = ToneEngine(), sink
    feature.play()
    first = window.reading.document.sentences[0].id
    qtbot.waitUntil(lambda: feature.current == first, timeout=5000)
    pane = window.reading.french
    target = window.reading.document.sentences[3]
    rect = pane.sentence_rect(target.id)
    point = rect.center() + QPoint(4, 0)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: feature.current == target.id, timeout=5000)
    assert _lit(window)[0] == target.text


def test_the_lit_sentence_is_kept_on_screen_unless_the_reader_scrolls(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature, sink = window.read_aloud, GatedSink()
    feature.engine, feature.sink = ToneEngine(), sink
    pane = window.reading.french
    feature.play()
    sentences = window.reading.document.sentences
    qtbot.waitUntil(lambda: feature.current == sentences[0].id, timeout=5000)
    far = sentences[-3]
    feature.jump(far.id)
    qtbot.waitUntil(lambda: feature.current == far.id, timeout=5000)
    rect = pane.sentence_rect(far.id)
    assert 0 <= rect.top() < pane.viewport().height()  # followed
    # the reader scrolls back to the top: following holds off for a while
    bar = pane.verticalScrollBar()
    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)
    assert feature.follower.holding()
    feature.jump(sentences[-2].id)
    qtbot.waitUntil(lambda: feature.current == sentences[-2].id, timeout=5000)
    assert bar.value() == 0
    feature.follower.manual_at = time.monotonic() - 60  # the hold is over
    feature.jump(sentences[-1].id)
    qtbot.waitUntil(lambda: feature.current == sentences[-1].id, timeout=5000)
    assert bar.value() > 0


def test_a_whole_article_with_espeak_and_the_null_sink(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = window.read_aloud
    feature.sink = NullSink(speed=0)
    seen: list[str] = []
    feature._bridge.sentence.connect(lambda sid: seen.append(sid))
    bar = window.reading.french.verticalScrollBar()
    bar.setValue(0)
    feature.play()
    qtbot.waitUntil(lambda: feature.controller.state == STOPPED and seen and seen[-1] is None,
                    timeout=60_000)
    assert seen[:-1] == [s.id for s in window.reading.document.sentences]
    assert all(a.duration > 0.3 for a in feature.sink.played)


def test_no_audio_device_is_a_message_not_a_hang(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    feature = window.read_aloud
    feature.sink = None

    def no_device():  # type: ignore[no-untyped-def]
        raise AudioError("No audio device was found on this computer.")

    monkeypatch.setattr("visavis.ui.features.read_aloud.feature.default_sink", no_device)
    started = time.monotonic()
    feature.play()
    assert time.monotonic() - started < 1
    assert "No audio device" in window.statusBar().currentMessage()
    assert feature.controller is None


def test_export_audio_writes_wav_and_timings(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    feature = window.read_aloud
    feature.engine = ToneEngine()
    out = tmp_path / "village.wav"
    with qtbot.waitSignal(feature.exportFinished, timeout=30_000):
        feature.export_audio(out, "both")
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    sentences = window.reading.document.sentences
    assert [(s["id"], s["lang"]) for s in data["sentences"]] == [
        (s.id, lang) for s in sentences for lang in ("fr", "en")]
    assert data["sentences"][-1]["end"] == data["duration"]
    assert "exported" in window.statusBar().currentMessage()


def test_say_it_hook_for_the_glossary_popup(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = window.read_aloud
    feature.engine, feature.sink = ToneEngine(), NullSink(speed=0)
    window.speak_text("jeune pousse", "fr")
    qtbot.waitUntil(lambda: len(feature.sink.played) == 1, timeout=5000)
    assert feature.engine.calls == [("jeune pousse", "fr", None, 1.0)]


def test_toolbar_widgets_have_accessible_names(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    feature = window.read_aloud
    feature.show_action.trigger()
    qtbot.waitUntil(feature.toolbar.isVisible, timeout=5000)
    unnamed = [w for w in feature.toolbar.findChildren(QWidget)
               if w.isVisible() and type(w) is not QWidget and not w.accessibleName()]
    assert unnamed == [] and feature.show_action.isChecked()
    names = {w.accessibleName() for w in feature.toolbar.findChildren(QWidget)}
    assert {"Play", "Stop", "Previous sentence", "Next sentence", "Speed", "Language read",
            "Voice"} <= names
