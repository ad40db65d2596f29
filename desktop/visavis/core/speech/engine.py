"""The one small interface every speech engine implements.

``synthesize(text, lang, voice, rate) -> Audio`` turns one sentence into PCM audio
(``Audio.wav_bytes()`` and ``Audio.duration`` give the WAV and its length).  ``lang``
is "fr" or "en"; ``voice`` is engine-specific (None: the engine's voice for ``lang``);
``rate`` is the speed, 0.5 (half) to 1.5 (one and a half times) the voice's normal pace.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from visavis.core.speech.audio import Audio

MIN_RATE = 0.5
MAX_RATE = 1.5
LANGUAGES = ("fr", "en")


class SpeechError(Exception):
    """Synthesis failed; the message is for the reader."""


@runtime_checkable
class SpeechEngine(Protocol):
    name: str

    def synthesize(self, text: str, lang: str, voice: str | None = None,
                   rate: float = 1.0) -> Audio: ...


def clamp_rate(rate: float) -> float:
    return min(MAX_RATE, max(MIN_RATE, float(rate)))
