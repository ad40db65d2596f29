"""Where audio goes: a player program (PipeWire, PulseAudio, ALSA or SoX), or nowhere.

Playback runs in a separate process, one per sentence: nothing of the audio stack
lives in the app's process, stopping is killing the player, and a player that
hangs is killed by a watchdog (the sentence's length plus a margin).  A machine
without an audio device gets :class:`AudioError` with a clear message.

``VISAVIS_AUDIO_SINK=null`` selects :class:`NullSink` (tests, benchmarks, CI).
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from visavis.core.speech.audio import Audio

SINK_ENV = "VISAVIS_AUDIO_SINK"
# (program, arguments before the file): the first one found on PATH plays
PLAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pw-play", ()),
    ("paplay", ()),
    ("aplay", ("-q",)),
    ("play", ("-q",)),  # SoX
)
NO_PLAYER = ("No audio player was found. Install one of: pipewire-bin (pw-play), "
             "pulseaudio-utils (paplay), alsa-utils (aplay) or sox (play).")
WATCHDOG_MARGIN_S = 5.0
POLL_S = 0.01


class AudioError(Exception):
    """The audio could not be played; the message is for the reader."""


class AudioSink(Protocol):
    def play(self, audio: Audio, interrupt: threading.Event) -> bool:
        """Play ``audio`` to its end (True) or until ``interrupt`` is set (False)."""
        ...


class NullSink:
    """Plays nothing, in ``speed`` x real time (0: at once); records what it was given."""

    def __init__(self, speed: float = 1.0) -> None:
        self.speed = speed
        self.played: list[Audio] = []

    def play(self, audio: Audio, interrupt: threading.Event) -> bool:
        self.played.append(audio)
        return not interrupt.wait(audio.duration * self.speed) if self.speed else \
            not interrupt.is_set()


def find_player(which: Callable[[str], str | None] = shutil.which) -> list[str] | None:
    for program, arguments in PLAYERS:
        path = which(program)
        if path:
            return [path, *arguments]
    return None


def no_device_reason() -> str | None:
    """Why no sound can come out here (no sound card, no sound server), or None."""
    runtime = Path(os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}")
    servers = [runtime / "pulse" / "native", runtime / "pipewire-0"]
    if os.environ.get("PULSE_SERVER") or any(p.exists() for p in servers):
        return None
    snd = Path("/dev/snd")
    if snd.is_dir() and any(p.name.startswith("pcm") for p in snd.iterdir()):
        return None
    return "No audio device was found on this computer (no sound card and no sound server)."


class SubprocessSink:
    """Plays each sentence with a player program; raises AudioError when it cannot."""

    def __init__(self, command: list[str]) -> None:
        self.command = command
        self._folder = Path(tempfile.mkdtemp(prefix="visavis-speech-"))
        self._counter = itertools.count(1)  # thread-safe enough: one step under the GIL

    def play(self, audio: Audio, interrupt: threading.Event) -> bool:
        if interrupt.is_set():
            return False
        path = audio.write_wav(self._folder / f"sentence-{next(self._counter) % 8}.wav")
        try:
            process = subprocess.Popen([*self.command, str(path)], stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        except OSError as exc:
            raise AudioError(f"Could not start the audio player {self.command[0]}: "
                             f"{exc.strerror or exc}") from exc
        deadline = time.monotonic() + audio.duration * 1.5 + WATCHDOG_MARGIN_S
        try:
            while process.poll() is None:
                if interrupt.wait(POLL_S):
                    return False
                if time.monotonic() > deadline:
                    raise AudioError(f"The audio player {Path(self.command[0]).name} did not "
                                     "finish; is the audio device in use or missing?")
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        error = (process.stderr.read() if process.stderr else b"").decode("utf-8", "replace")
        if process.stderr:
            process.stderr.close()
        if process.returncode != 0:
            lines = [line for line in error.strip().splitlines() if line.strip()]
            detail = lines[-1] if lines else f"exit code {process.returncode}"
            raise AudioError(f"No sound could be played ({Path(self.command[0]).name}: "
                             f"{detail}).")
        return True


def default_sink() -> AudioSink:
    """The sink to use here: the null sink when asked for, else the first player found.

    Raises AudioError when there is no player or no audio device.
    """
    if os.environ.get(SINK_ENV, "").lower() == "null":
        return NullSink()
    command = find_player()
    if command is None:
        raise AudioError(NO_PLAYER)
    reason = no_device_reason()
    if reason is not None:
        raise AudioError(reason)
    return SubprocessSink(command)


def close_sink(sink: AudioSink) -> None:
    """Remove what a sink left behind (the subprocess sink's temporary files)."""
    folder = getattr(sink, "_folder", None)
    if isinstance(folder, Path):
        shutil.rmtree(folder, ignore_errors=True)
