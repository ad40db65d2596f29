"""``visavis voices``: install, list and uninstall a Piper voice (fake files), clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fixtures.speech_fakes import write_fake_voice


def _visavis(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "visavis", "voices", *args],
                          capture_output=True, text=True, env=dict(os.environ))


def test_install_list_uninstall(tmp_path: Path) -> None:
    model = write_fake_voice(tmp_path / "picked")
    proc = _visavis("install", str(model))
    assert proc.returncode == 0, proc.stderr
    assert "installed fr_FR-test-low (fr)" in proc.stdout
    listed = _visavis("list")
    assert listed.returncode == 0
    assert listed.stdout.startswith("fr_FR-test-low\tfr\t16000 Hz")
    assert "espeak-ng fr: fr-fr" in listed.stdout
    removed = _visavis("uninstall", "fr_FR-test-low")
    assert removed.returncode == 0 and "removed" in removed.stdout
    assert "fr_FR-test-low" not in _visavis("list").stdout


def test_errors_are_one_line(tmp_path: Path) -> None:
    bad = write_fake_voice(tmp_path / "bad", onnx=b"this is no onnx model at all")
    for args, message in (((("install", str(bad))), "not an ONNX model"),
                          (("install", str(tmp_path / "none.onnx")), "does not exist"),
                          (("uninstall", "nobody"), "no Piper voice 'nobody'"),
                          (("download", "http://127.0.0.1:9/voice.zip"), "ends in .onnx")):
        proc = _visavis(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
