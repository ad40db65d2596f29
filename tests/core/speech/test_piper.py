"""Piper voices: validation, atomic install, download with byte progress (local server),
and the engine with a stand-in ``piper`` module (piper-tts is an optional extra)."""

from __future__ import annotations

import http.server
import threading

import pytest

from fixtures.speech_fakes import (
    FAKE_ONNX,
    fake_voice_config,
    install_fake_piper,
    write_fake_voice,
)
from visavis.core.speech.engine import SpeechError
from visavis.core.speech.piper_engine import PiperEngine, piper_available
from visavis.core.speech.piper_voices import (
    PackageCancelled,
    PackageError,
    download_voice,
    find_voice,
    install_voice_from_file,
    installed_voices,
    uninstall_voice,
    validate_voice,
    voices_dir,
)
from visavis.core.speech.voices import resolve_voice

NAME = "fr_FR-test-low"
_config = fake_voice_config
_voice = write_fake_voice


def test_install_from_file_copies_both_files_with_progress(tmp_path) -> None:
    model = _voice(tmp_path / "picked")
    seen: list[tuple[int, int]] = []
    voice = install_voice_from_file(model, progress=lambda d, t: seen.append((d, t)))
    assert voice.name == NAME and voice.lang == "fr" and voice.sample_rate == 16000
    assert voice.model == voices_dir() / NAME / f"{NAME}.onnx"
    assert voice.model.read_bytes() == FAKE_ONNX
    total = len(FAKE_ONNX) + len(model.with_name(model.name + ".json").read_bytes())
    assert seen[-1] == (total, total)
    assert [v.name for v in installed_voices()] == [NAME]
    assert find_voice(NAME) == voice


def test_picking_the_json_installs_its_model(tmp_path) -> None:
    model = _voice(tmp_path / "picked")
    voice = install_voice_from_file(model.with_name(model.name + ".json"))
    assert voice.name == NAME


@pytest.mark.parametrize(("onnx", "config", "message"), [
    (b"PK\x03\x04 a zip, not onnx at all", None, "not an ONNX model"),
    (b"\x08", None, "not an ONNX model"),
    (FAKE_ONNX, "{not json", "not JSON"),
    (FAKE_ONNX, {"language": {"code": "fr"}, "phoneme_id_map": {"a": [1]}}, "sample rate"),
    (FAKE_ONNX, {"audio": {"sample_rate": 22050}, "language": {"code": "fr"}}, "phoneme map"),
    (FAKE_ONNX, {"audio": {"sample_rate": 22050}, "phoneme_id_map": {"a": [1]}}, "language"),
])
def test_bad_voice_files_are_refused_and_nothing_is_installed(tmp_path, onnx, config,
                                                              message) -> None:
    model = _voice(tmp_path / "picked", onnx=onnx, config=config)
    with pytest.raises(PackageError, match=message):
        install_voice_from_file(model)
    assert installed_voices() == []


def test_missing_config_and_wrong_suffix(tmp_path) -> None:
    model = tmp_path / f"{NAME}.onnx"
    model.write_bytes(FAKE_ONNX)
    with pytest.raises(PackageError, match="configuration"):
        validate_voice(model)
    other = tmp_path / "voice.bin"
    other.write_bytes(FAKE_ONNX)
    with pytest.raises(PackageError, match="choose its .onnx"):
        validate_voice(other)


def test_cancelled_reinstall_keeps_the_installed_voice(tmp_path) -> None:
    first = install_voice_from_file(_voice(tmp_path / "v1"))
    newer = _voice(tmp_path / "v2", onnx=FAKE_ONNX + b"newer")
    with pytest.raises(PackageCancelled):
        install_voice_from_file(newer, cancel=lambda: True)
    assert first.model.read_bytes() == FAKE_ONNX
    assert not list(voices_dir().parent.glob(".visavis-staging-*"))
    second = install_voice_from_file(newer)
    assert second.model.read_bytes() == FAKE_ONNX + b"newer"
    uninstall_voice(second)
    assert installed_voices() == []


class _Files(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # quiet
        pass


def test_download_fetches_model_and_config_with_byte_progress(tmp_path) -> None:
    served = tmp_path / "served"
    _voice(served)
    handler = lambda *a, **k: _Files(*a, directory=str(served), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/{NAME}.onnx"
        seen: list[tuple[int, int]] = []
        voice = download_voice(url, progress=lambda d, t: seen.append((d, t)))
        with pytest.raises(PackageError):  # a missing voice: the server's 404 is reported
            download_voice(f"http://127.0.0.1:{server.server_port}/none.onnx")
    finally:
        server.shutdown()
    total = sum(p.stat().st_size for p in served.iterdir())
    assert voice.name == NAME and seen[-1] == (total, total)
    assert all(b[0] >= a[0] for a, b in zip(seen, seen[1:], strict=False))
    with pytest.raises(PackageError, match="ends in .onnx"):
        download_voice("http://127.0.0.1:9/voice.zip")


def test_piper_engine_speaks_with_an_installed_voice(tmp_path, monkeypatch) -> None:
    loaded = install_fake_piper(monkeypatch)
    assert piper_available()
    install_voice_from_file(_voice(tmp_path / "picked"))
    engine, voice = resolve_voice(NAME, "fr")
    assert isinstance(engine, PiperEngine) and voice == NAME
    normal = engine.synthesize("un deux trois quatre", "fr", voice)
    fast = engine.synthesize("un deux trois quatre", "fr", voice, rate=1.5)
    assert normal.sample_rate == 16000 and normal.duration == pytest.approx(0.4)
    assert fast.duration < normal.duration
    assert len(loaded) == 1  # the voice is loaded once


def test_piper_voice_without_piper_tts_says_how_to_get_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("visavis.core.speech.voices.piper_available", lambda: False)
    install_voice_from_file(_voice(tmp_path / "picked"))
    with pytest.raises(SpeechError, match=r"visavis\[piper\]"):
        resolve_voice(NAME, "fr")
    with pytest.raises(SpeechError, match="No Piper voice"):
        resolve_voice("piper:fr_FR-absent-low", "fr")


def test_unknown_espeak_voice_is_refused_with_the_choices() -> None:
    with pytest.raises(SpeechError, match="fr-fr"):
        resolve_voice("klingon", "fr")
    engine, voice = resolve_voice("fr-be", "fr")
    assert engine.name == "espeak-ng" and voice == "fr-be"
