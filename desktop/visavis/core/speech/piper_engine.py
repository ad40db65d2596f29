"""Piper neural voices (optional: ``pip install 'visavis[piper]'``), detected at run time.

``piper-tts`` provides the ``piper`` module with ``PiperVoice``; a voice is loaded once
(ONNX Runtime session) and kept.  Speed maps to Piper's ``length_scale`` (1 / rate).
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import threading
import wave
from typing import Any

from visavis.core.speech.audio import Audio, AudioFormatError, from_wav_bytes
from visavis.core.speech.engine import SpeechError, clamp_rate
from visavis.core.speech.piper_voices import PiperVoiceFiles, find_voice, installed_voices

INSTALL_HINT = "Piper voices need the piper-tts package: pip install 'visavis[piper]'"


def piper_module() -> Any | None:
    """The ``piper`` module of piper-tts, or None (not installed, or another ``piper``)."""
    if importlib.util.find_spec("piper") is None:
        return None
    try:
        module = importlib.import_module("piper")
    except Exception:  # noqa: BLE001 - a broken optional install must not break the app
        return None
    return module if hasattr(module, "PiperVoice") else None


def piper_available() -> bool:
    return piper_module() is not None


class PiperEngine:
    name = "piper"

    def __init__(self, voices: dict[str, str] | None = None) -> None:
        """``voices``: lang -> installed voice name used when ``synthesize`` gets no voice."""
        self._defaults = dict(voices or {})
        self._loaded: dict[str, Any] = {}
        self._lock = threading.Lock()

    def voice_for(self, lang: str, voice: str | None) -> PiperVoiceFiles:
        name = voice or self._defaults.get(lang)
        found = find_voice(name) if name else next(
            (v for v in installed_voices() if v.lang == lang), None)
        if found is None:
            raise SpeechError(f"No Piper voice {name!r} is installed." if name else
                              f"No Piper voice for {lang!r} is installed.")
        return found

    def _load(self, files: PiperVoiceFiles) -> Any:
        module = piper_module()
        if module is None:
            raise SpeechError(INSTALL_HINT)
        with self._lock:
            if files.name not in self._loaded:
                try:
                    self._loaded[files.name] = module.PiperVoice.load(str(files.model),
                                                                      config_path=str(files.config))
                except Exception as exc:  # noqa: BLE001 - ONNX Runtime raises many kinds
                    raise SpeechError(f"Piper could not load the voice {files.name}: {exc}") \
                        from exc
            return self._loaded[files.name]

    def synthesize(self, text: str, lang: str, voice: str | None = None,
                   rate: float = 1.0) -> Audio:
        files = self.voice_for(lang, voice)
        loaded = self._load(files)
        module = piper_module()
        buffer = io.BytesIO()
        length_scale = 1.0 / clamp_rate(rate)
        try:
            with wave.open(buffer, "wb") as wav:
                if hasattr(loaded, "synthesize_wav"):  # piper-tts >= 1.3
                    config = module.SynthesisConfig(length_scale=length_scale)
                    loaded.synthesize_wav(text, wav, syn_config=config)
                else:  # piper-tts 1.2
                    loaded.synthesize(text, wav, length_scale=length_scale)
        except Exception as exc:  # noqa: BLE001
            raise SpeechError(f"Piper could not speak with {files.name}: {exc}") from exc
        try:
            return from_wav_bytes(buffer.getvalue())
        except AudioFormatError as exc:
            raise SpeechError(f"Piper returned unreadable audio: {exc}") from exc
