"""Which engine speaks a voice name: an installed Piper voice, else an espeak-ng voice."""

from __future__ import annotations

from visavis.core.speech.engine import SpeechEngine, SpeechError
from visavis.core.speech.espeak import EspeakEngine, list_voices
from visavis.core.speech.piper_engine import INSTALL_HINT, PiperEngine, piper_available
from visavis.core.speech.piper_voices import find_voice

PIPER_PREFIX = "piper:"


def resolve_voice(voice: str | None, lang: str) -> tuple[SpeechEngine, str | None]:
    """(engine, engine voice) for a voice name the reader gave; None: espeak-ng's default."""
    if not voice:
        return EspeakEngine(), None
    name = voice.removeprefix(PIPER_PREFIX)
    if voice.startswith(PIPER_PREFIX) or find_voice(name) is not None:
        if find_voice(name) is None:
            raise SpeechError(f"No Piper voice {name!r} is installed.")
        if not piper_available():
            raise SpeechError(INSTALL_HINT)
        return PiperEngine(), name
    known = list_voices(lang)
    if known and voice not in known:
        raise SpeechError(f"Unknown voice {voice!r} for {lang}: espeak-ng has "
                          f"{', '.join(known[::2][:8])}…; Piper voices are installed with "
                          "Tools → Voices or a file.")
    return EspeakEngine(), voice
