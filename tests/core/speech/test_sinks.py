"""Audio sinks: the player program is chosen by what exists; failures are messages, not hangs."""

from __future__ import annotations

import threading
import time

import pytest

from visavis.core.speech import sinks
from visavis.core.speech.audio import Audio
from visavis.core.speech.sinks import (
    AudioError,
    NullSink,
    SubprocessSink,
    default_sink,
    find_player,
)

HALF_SECOND = Audio(b"\0\0" * 4000, 8000)


def _script(tmp_path, body: str):
    path = tmp_path / "player"
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)
    return [str(path)]


def test_the_first_player_found_is_used() -> None:
    found = {"aplay": "/usr/bin/aplay", "play": "/usr/bin/play"}
    assert find_player(found.get) == ["/usr/bin/aplay", "-q"]
    assert find_player({"pw-play": "/x/pw-play", "aplay": "/a"}.get) == ["/x/pw-play"]
    assert find_player(lambda name: None) is None


def test_a_player_that_fails_gives_its_reason(tmp_path) -> None:
    sink = SubprocessSink(_script(tmp_path, "echo 'no default audio device configured' >&2; "
                                            "exit 1"))
    with pytest.raises(AudioError, match="no default audio device"):
        sink.play(HALF_SECOND, threading.Event())


def test_a_player_that_plays_returns_true_and_got_a_wav(tmp_path) -> None:
    copy = tmp_path / "got.wav"
    sink = SubprocessSink(_script(tmp_path, f'cp "$1" {copy}'))
    assert sink.play(HALF_SECOND, threading.Event()) is True
    assert copy.read_bytes()[:4] == b"RIFF"
    sinks.close_sink(sink)


def test_interrupt_kills_the_player_at_once(tmp_path) -> None:
    sink = SubprocessSink(_script(tmp_path, "exec sleep 30"))
    interrupt = threading.Event()
    threading.Timer(0.1, interrupt.set).start()
    started = time.monotonic()
    assert sink.play(HALF_SECOND, interrupt) is False
    assert time.monotonic() - started < 2


def test_a_hanging_player_is_killed_by_the_watchdog(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sinks, "WATCHDOG_MARGIN_S", 0.2)
    sink = SubprocessSink(_script(tmp_path, "exec sleep 30"))
    started = time.monotonic()
    with pytest.raises(AudioError, match="did not finish"):
        sink.play(Audio(b"\0\0" * 80, 8000), threading.Event())
    assert time.monotonic() - started < 3


def test_default_sink_null_when_asked(monkeypatch) -> None:
    monkeypatch.setenv("VISAVIS_AUDIO_SINK", "null")
    assert isinstance(default_sink(), NullSink)


def test_default_sink_without_player_or_device_is_a_message(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("VISAVIS_AUDIO_SINK", raising=False)
    monkeypatch.setattr(sinks, "find_player", lambda: None)
    with pytest.raises(AudioError, match="No audio player"):
        default_sink()
    monkeypatch.setattr(sinks, "find_player", lambda: ["/usr/bin/aplay"])
    monkeypatch.setattr(sinks, "no_device_reason", lambda: "No audio device was found.")
    with pytest.raises(AudioError, match="No audio device"):
        default_sink()


def test_no_device_reason_sees_a_sound_server(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setattr(sinks, "Path", sinks.Path)
    (tmp_path / "pipewire-0").touch()
    assert sinks.no_device_reason() is None


def test_null_sink_interrupt() -> None:
    interrupt = threading.Event()
    interrupt.set()
    assert NullSink(speed=1).play(HALF_SECOND, interrupt) is False
    assert NullSink(speed=0).play(HALF_SECOND, threading.Event()) is True
