"""espeak-ng engine: real synthesis (espeak-ng is a system requirement, installed by .ci/run)."""

from __future__ import annotations

import pytest

from visavis.core.speech.audio import read_wav
from visavis.core.speech.engine import SpeechError
from visavis.core.speech.espeak import EspeakEngine, list_voices, words_per_minute

SENTENCE = "Le gouvernement a présenté mardi un plan pour les pistes cyclables de la ville."


def test_synthesis_to_a_file_gives_speech_of_a_plausible_length(tmp_path) -> None:
    audio = EspeakEngine().synthesize(SENTENCE, "fr")
    path = audio.write_wav(tmp_path / "s.wav")
    again = read_wav(path)
    assert again.sample_rate == 22050 and again.frames == audio.frames
    # 14 words at 175 words a minute: about 5 s, with espeak-ng's pauses
    assert 3.0 < again.duration < 8.0
    assert max(again.pcm[1::2]) > 0  # not silence


def test_speed_changes_the_length() -> None:
    engine = EspeakEngine()
    slow = engine.synthesize(SENTENCE, "fr", rate=0.5).duration
    normal = engine.synthesize(SENTENCE, "fr").duration
    fast = engine.synthesize(SENTENCE, "fr", rate=1.5).duration
    assert slow > normal * 1.5 and fast < normal * 0.8


def test_speed_is_clamped_to_half_and_one_and_a_half() -> None:
    assert words_per_minute(0.1) == words_per_minute(0.5) == 88
    assert words_per_minute(9) == words_per_minute(1.5) == 262


def test_english_and_text_that_looks_like_an_option() -> None:
    audio = EspeakEngine().synthesize("-v --help [[a]] is not an option", "en")
    assert audio.duration > 0.5


def test_unknown_voice_is_a_clear_error() -> None:
    with pytest.raises(SpeechError, match="zz-none"):
        EspeakEngine().synthesize("Bonjour.", "fr", voice="zz-none")


def test_missing_espeak_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("visavis.core.speech.espeak.espeak_path", lambda: None)
    assert not EspeakEngine().available()
    with pytest.raises(SpeechError, match="apt install espeak-ng"):
        EspeakEngine().synthesize("Bonjour.", "fr")


def test_an_espeak_that_cannot_run_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(SpeechError, match="Could not run espeak-ng"):
        EspeakEngine(executable=str(tmp_path / "nope")).synthesize("Bonjour.", "fr")


def test_voices_have_french_and_english_without_mbrola() -> None:
    assert "fr-fr" in list_voices("fr")
    assert "en-us" in list_voices("en")
    assert not any("mbrola" in v for v in list_voices("fr"))
