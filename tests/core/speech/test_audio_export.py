"""Audio export: one file, timings monotonic and covering every sentence, sidecar JSON."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from fixtures.speech_fakes import ToneEngine
from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.speech.audio import read_wav
from visavis.core.speech.audio_export import (
    ExportCancelled,
    speak_script,
    write_audio,
    write_timings,
)
from visavis.core.speech.engine import SpeechError
from visavis.core.speech.espeak import EspeakEngine
from visavis.core.speech.script import script_for

SOURCE = """# Le vélo en ville

La mairie a voté un plan. Il coûte cher ! Les cyclistes sont ravis.

Les commerçants, eux, hésitent encore.
"""


def _document():
    return parse_markdown(SOURCE)


def _check_timings(timings, duration: float) -> None:
    assert timings[0].start == 0.0
    for t in timings:
        assert t.end > t.start
    for before, after in zip(timings, timings[1:], strict=False):
        assert after.start >= before.end  # monotonic, no overlap
    assert timings[-1].end == pytest.approx(duration, abs=0.002)


def test_french_export_with_espeak_covers_every_sentence(tmp_path) -> None:
    document = _document()
    progress: list[tuple[int, int]] = []
    audio, timings = speak_script(script_for(document, "fr"), lambda lang: (EspeakEngine(), None),
                                  progress=lambda d, t: progress.append((d, t)))
    assert [t.id for t in timings] == [s.id for s in document.sentences]
    _check_timings(timings, audio.duration)
    out = write_audio(audio, tmp_path / "article.wav")
    assert read_wav(out).duration == pytest.approx(audio.duration)
    assert progress[-1] == (len(document.sentences), len(document.sentences))
    sidecar = json.loads(write_timings(out, timings, duration=audio.duration).read_text())
    assert sidecar["audio"] == "article.wav"
    assert [s["id"] for s in sidecar["sentences"]] == [s.id for s in document.sentences]
    # a sentence's span is about as long as espeak-ng says it alone
    alone = EspeakEngine().synthesize(document.sentences[1].text, "fr").duration
    span = timings[1].end - timings[1].start
    assert span == pytest.approx(alone, abs=0.01)


def test_both_reads_each_french_sentence_then_its_english() -> None:
    document = _document()
    english = {s.id: f"English {n}." for n, s in enumerate(document.sentences)}
    del english[document.sentences[2].id]  # not translated yet: no English for it
    engine = ToneEngine()
    audio, timings = speak_script(script_for(document, "both", english),
                                  lambda lang: (engine, None))
    pairs = [(t.id, t.lang) for t in timings]
    ids = [s.id for s in document.sentences]
    assert pairs[:4] == [(ids[0], "fr"), (ids[0], "en"), (ids[1], "fr"), (ids[1], "en")]
    assert (ids[2], "en") not in pairs and (ids[2], "fr") in pairs
    _check_timings(timings, audio.duration)


def test_longer_pause_between_paragraphs_than_between_sentences() -> None:
    document = _document()
    _, timings = speak_script(script_for(document, "fr"), lambda lang: (ToneEngine(), None))
    gaps = [round(b.start - a.end, 2) for a, b in zip(timings, timings[1:], strict=False)]
    assert gaps == [0.5, 0.15, 0.15, 0.5]  # heading | s s s | paragraph


def test_cancel_stops_between_sentences() -> None:
    calls = []
    with pytest.raises(ExportCancelled):
        speak_script(script_for(_document(), "fr"), lambda lang: (ToneEngine(), None),
                     cancel=lambda: len(calls) > 1, progress=lambda d, t: calls.append(d))
    assert len(calls) == 2


def test_nothing_to_read_and_bad_suffix_are_clear(tmp_path) -> None:
    with pytest.raises(SpeechError, match="nothing to read"):
        speak_script([], lambda lang: (ToneEngine(), None))
    audio, _ = speak_script(script_for(_document(), "fr"), lambda lang: (ToneEngine(), None))
    with pytest.raises(SpeechError, match=".wav or .ogg"):
        write_audio(audio, tmp_path / "article.mp3")
    assert not (tmp_path / "article.mp3").exists()


@pytest.mark.skipif(not (shutil.which("sox") or shutil.which("oggenc")), reason="no encoder")
def test_ogg_export_has_the_same_length(tmp_path) -> None:
    audio, _ = speak_script(script_for(_document(), "fr"), lambda lang: (EspeakEngine(), None))
    out = write_audio(audio, tmp_path / "article.ogg")
    assert out.read_bytes()[:4] == b"OggS"
    if shutil.which("soxi"):
        seconds = float(subprocess.run(["soxi", "-D", str(out)], capture_output=True,
                                       text=True, check=True).stdout)
        assert seconds == pytest.approx(audio.duration, abs=0.05)


def test_ogg_without_an_encoder_says_what_to_install(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("visavis.core.speech.audio_export.ogg_encoder", lambda: None)
    audio, _ = speak_script(script_for(_document(), "fr"), lambda lang: (ToneEngine(), None))
    with pytest.raises(SpeechError, match="apt install sox"):
        write_audio(audio, tmp_path / "article.ogg")
    assert not (tmp_path / "article.ogg").exists()
