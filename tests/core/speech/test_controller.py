"""Playback controller: the controls drive which sentence is spoken (and lit)."""

from __future__ import annotations

import threading
import time

import pytest

from fixtures.speech_fakes import ToneEngine
from visavis.core.speech.audio import Audio
from visavis.core.speech.controller import (
    PAUSED,
    PLAYING,
    STOPPED,
    ReadAloudController,
    SpeechItem,
)
from visavis.core.speech.sinks import AudioError, NullSink

ITEMS = [SpeechItem(f"s{i}", f"Phrase numéro {i} du texte.", "fr") for i in range(6)]


class Recorder:
    def __init__(self) -> None:
        self.sentences: list[str | None] = []
        self.states: list[str] = []
        self.errors: list[str] = []
        self.done = threading.Event()

    def on_sentence(self, sentence_id: str | None) -> None:
        self.sentences.append(sentence_id)

    def on_state(self, state: str) -> None:
        self.states.append(state)
        if state == STOPPED:
            self.done.set()


def _controller(engine, sink, recorder: Recorder, **kwargs) -> ReadAloudController:
    controller = ReadAloudController(engine, sink, on_sentence=recorder.on_sentence,
                                     on_state=recorder.on_state,
                                     on_error=recorder.errors.append, **kwargs)
    controller.set_items(ITEMS)
    recorder.states.clear()
    recorder.done.clear()
    return controller


def _wait(predicate, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


class GatedSink:
    """Plays a sentence only when the test lets it (or when interrupted)."""

    def __init__(self) -> None:
        self.started: list[Audio] = []
        self.release = threading.Semaphore(0)

    def play(self, audio: Audio, interrupt: threading.Event) -> bool:
        self.started.append(audio)
        while not interrupt.is_set():
            if self.release.acquire(timeout=0.005):
                return True
        return False


def test_plays_every_sentence_in_order_then_stops(tone_engine: ToneEngine) -> None:
    recorder, sink = Recorder(), NullSink(speed=0)
    controller = _controller(tone_engine, sink, recorder)
    controller.play()
    assert recorder.done.wait(5)
    assert recorder.sentences == [i.sentence_id for i in ITEMS] + [None]
    assert recorder.states == [PLAYING, STOPPED]
    assert len(sink.played) == len(ITEMS)
    stats = controller.stats
    assert len(stats.starts) == len(ITEMS) and stats.first_audio() is not None
    assert all(b >= a for a, b in zip(stats.starts, stats.starts[1:], strict=False))
    controller.close()


def test_starts_at_the_given_sentence(tone_engine: ToneEngine) -> None:
    recorder = Recorder()
    controller = _controller(tone_engine, NullSink(speed=0), recorder)
    controller.play("s4")
    assert recorder.done.wait(5)
    assert recorder.sentences == ["s4", "s5", None]
    controller.close()


def test_next_sentence_is_synthesised_while_one_plays(tone_engine: ToneEngine) -> None:
    recorder, sink = Recorder(), GatedSink()
    controller = _controller(tone_engine, sink, recorder)
    controller.play()
    _wait(lambda: len(sink.started) == 1)
    _wait(lambda: len(tone_engine.calls) == 2)  # s1 made before s0 finished
    assert tone_engine.calls[1][0] == ITEMS[1].text
    controller.close()


def test_next_previous_and_jump_move_the_lit_sentence(tone_engine: ToneEngine) -> None:
    recorder, sink = Recorder(), GatedSink()
    controller = _controller(tone_engine, sink, recorder)
    controller.play()
    _wait(lambda: recorder.sentences[-1:] == ["s0"])
    controller.next()
    _wait(lambda: len(sink.started) == 2)
    controller.next()
    _wait(lambda: len(sink.started) == 3)
    controller.previous()
    _wait(lambda: len(sink.started) == 4)
    controller.jump("s5")
    _wait(lambda: len(sink.started) == 5)
    assert controller.current_id == "s5"
    sink.release.release()  # s5 ends: the end of the article
    assert recorder.done.wait(5)
    spoken = [s for s in recorder.sentences if s is not None]
    assert spoken[-1] == "s5" and "s2" in spoken and "s1" in spoken
    assert recorder.sentences[-1] is None
    controller.close()


def test_pause_then_play_restarts_the_same_sentence(tone_engine: ToneEngine) -> None:
    recorder, sink = Recorder(), GatedSink()
    controller = _controller(tone_engine, sink, recorder)
    controller.play("s2")
    _wait(lambda: len(sink.started) == 1)
    controller.pause()
    assert controller.state == PAUSED
    time.sleep(0.05)
    assert len(sink.started) == 1  # nothing plays while paused
    controller.toggle()
    _wait(lambda: len(sink.started) == 2)
    assert controller.current_id == "s2" and sink.started[0] == sink.started[1]
    controller.stop()
    assert controller.state == STOPPED and recorder.sentences[-1] is None
    controller.close()


def test_speed_is_used_for_the_sentences_after_the_change(tone_engine: ToneEngine) -> None:
    recorder, sink = Recorder(), GatedSink()
    controller = _controller(tone_engine, sink, recorder)
    controller.play()
    _wait(lambda: len(sink.started) == 1)
    controller.set_rate(1.5)
    controller.next()
    _wait(lambda: len(sink.started) == 2)
    assert sink.started[1].duration < sink.started[0].duration
    assert tone_engine.calls[-1][3] == 1.5 or any(c[3] == 1.5 for c in tone_engine.calls)
    controller.set_rate(7)
    assert controller.rate == 1.5
    controller.close()


def test_a_synthesis_error_stops_with_its_message() -> None:
    recorder = Recorder()
    controller = _controller(ToneEngine(fail_on="numéro 1 "), NullSink(speed=0), recorder)
    controller.play()
    assert recorder.done.wait(5)
    assert recorder.errors == ["cannot say 'Phrase numéro 1 du texte.'"]
    assert controller.state == STOPPED
    controller.close()


def test_no_audio_device_is_a_message_not_a_hang(tone_engine: ToneEngine) -> None:
    class NoDevice:
        def play(self, audio: Audio, interrupt: threading.Event) -> bool:
            raise AudioError("No audio device was found on this computer.")

    recorder = Recorder()
    controller = _controller(tone_engine, NoDevice(), recorder)
    controller.play()
    assert recorder.done.wait(5)
    assert recorder.errors == ["No audio device was found on this computer."]
    controller.close()


def test_new_items_stop_playback_and_empty_sentences_are_skipped(
        tone_engine: ToneEngine) -> None:
    recorder, sink = Recorder(), GatedSink()
    controller = _controller(tone_engine, sink, recorder)
    controller.play()
    _wait(lambda: len(sink.started) == 1)
    controller.set_items([SpeechItem("a", "  ", "en"), SpeechItem("b", "Hello there.", "en")])
    assert controller.state == STOPPED
    assert [i.sentence_id for i in controller.items] == ["b"]
    controller.close()


@pytest.mark.parametrize("command", ["play", "pause", "stop", "next", "previous"])
def test_commands_on_an_empty_script_do_nothing(tone_engine: ToneEngine, command: str) -> None:
    controller = ReadAloudController(tone_engine, NullSink(speed=0))
    getattr(controller, command)()
    assert controller.state == STOPPED and controller.current_id is None
    controller.close()


def test_update_items_keeps_reading_and_uses_the_new_texts(tone_engine: ToneEngine) -> None:
    recorder, sink = Recorder(), GatedSink()
    controller = ReadAloudController(tone_engine, sink, on_sentence=recorder.on_sentence)
    controller.set_items(ITEMS[:2])  # the English of s2.. has not arrived yet
    controller.play("s1")
    _wait(lambda: len(sink.started) == 1)
    controller.update_items(ITEMS[:2] + [SpeechItem("s2", "A longer new text here.", "en")])
    assert controller.state == PLAYING and controller.current_id == "s1"
    sink.release.release()  # s1 ends: s2 follows, from the new text
    _wait(lambda: len(sink.started) == 2)
    assert controller.current_id == "s2"
    assert tone_engine.calls[-1][0] == "A longer new text here."
    controller.close()
