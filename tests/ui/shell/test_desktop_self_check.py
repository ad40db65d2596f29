"""``visavis --self-check [FILE]`` in a real process, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _self_check(*args: str, packages_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(packages_dir)}
    env.pop("QT_QPA_PLATFORM", None)  # the self-check must choose offscreen by itself
    return subprocess.run([sys.executable, "-m", "visavis", "--self-check", *args], env=env,
                          capture_output=True, text=True)


@pytest.fixture
def no_models(tmp_path: Path) -> Path:
    empty = tmp_path / "no-packages"
    empty.mkdir()
    return empty


def test_self_check_renders_the_sample_without_a_model(no_models: Path, tmp_path: Path) -> None:
    image = tmp_path / "window.png"
    done = _self_check("--output", str(image), packages_dir=no_models)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "platform offscreen" in done.stdout
    assert "no French→English model installed" in done.stdout
    assert "library: scratch library ok (1 article stored)" in done.stdout
    assert "render: 1200x800" in done.stdout and "— ok" in done.stdout
    assert image.read_bytes()[:4] == b"\x89PNG"


def test_self_check_translates_with_the_installed_model(installed_tiny_model: Path,
                                                        article_file: Path) -> None:
    done = _self_check(str(article_file), packages_dir=installed_tiny_model.parent)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Une journée au village" in done.stdout
    assert f"translation: {installed_tiny_model.name}" in done.stdout
    assert "paragraph(s)" in done.stdout


def test_self_check_reports_an_unreadable_file(no_models: Path, tmp_path: Path) -> None:
    binary = tmp_path / "photo.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00 not text")
    done = _self_check(str(binary), packages_dir=no_models)
    assert done.returncode == 1
    assert "photo.md could not be opened" in done.stdout


def test_self_check_reports_a_missing_file(no_models: Path, tmp_path: Path) -> None:
    done = _self_check(str(tmp_path / "absent.md"), packages_dir=no_models)
    assert done.returncode == 1
    assert "absent.md not found" in done.stdout


def test_a_broken_store_is_reported_not_raised(tmp_path: Path, capsys) -> None:
    from visavis.ui.shell.self_check import open_scratch_library

    (tmp_path / "self-check.sqlite3").mkdir()  # the database path cannot be a file
    assert open_scratch_library(tmp_path) is None
    assert "library: FAILED" in capsys.readouterr().out
