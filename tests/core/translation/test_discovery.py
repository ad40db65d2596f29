"""Listing installed Argos packages, robust to broken folders."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from visavis.core.translation.discovery import find_package, installed_packages


def test_lists_the_installed_tiny_model(installed_tiny_model: Path) -> None:
    packages = installed_packages()
    assert [p.path for p in packages] == [installed_tiny_model]
    pkg = packages[0]
    assert (pkg.from_code, pkg.to_code, pkg.version, pkg.tokenizer) == ("fr", "en", "1.0",
                                                                        "sentencepiece")
    assert pkg.model_id == "translate-fr_en-tiny@1.0"
    assert pkg.size_bytes == sum(f.stat().st_size for f in installed_tiny_model.rglob("*")
                                 if f.is_file())
    assert find_package("fr", "en") == pkg
    assert find_package("en", "fr") is None


def test_env_var_is_read_at_call_time(installed_tiny_model: Path, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(empty))
    assert installed_packages() == []
    assert len(installed_packages(installed_tiny_model.parent)) == 1


def _copy(src: Path, name: str) -> Path:
    dest = src.parent / name
    shutil.copytree(src, dest)
    return dest


@pytest.mark.parametrize("damage", ["no-metadata", "bad-json", "list-json", "no-codes",
                                    "no-model", "no-tokenizer", "other-type"])
def test_broken_folder_is_skipped_with_a_warning(installed_tiny_model: Path, damage: str,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    broken = _copy(installed_tiny_model, "broken-package")
    meta = broken / "metadata.json"
    if damage == "no-metadata":
        meta.unlink()
    elif damage == "bad-json":
        meta.write_bytes(b"{\xff not json")
    elif damage == "list-json":
        meta.write_text("[1, 2]")
    elif damage == "no-codes":
        meta.write_text(json.dumps({"package_version": "1.0"}))
    elif damage == "no-model":
        shutil.rmtree(broken / "model")
    elif damage == "no-tokenizer":
        (broken / "sentencepiece.model").unlink()
    else:
        meta.write_text(json.dumps({"from_code": "fr", "to_code": "en", "type": "sbd"}))
    (installed_tiny_model.parent / "stray-file.txt").write_text("not a package")
    with caplog.at_level(logging.WARNING):
        packages = installed_packages()
    assert [p.path for p in packages] == [installed_tiny_model]
    assert "broken-package" in caplog.text


def test_missing_packages_dir_gives_empty_list(tmp_path: Path) -> None:
    assert installed_packages(tmp_path / "does-not-exist") == []
    assert find_package(packages_dir=tmp_path / "does-not-exist") is None


def test_highest_version_wins(installed_tiny_model: Path) -> None:
    newer = _copy(installed_tiny_model, "translate-fr_en-tiny-1_10")
    meta = json.loads((newer / "metadata.json").read_text())
    meta["package_version"] = "1.10"
    (newer / "metadata.json").write_text(json.dumps(meta))
    assert find_package("fr", "en").model_id == "translate-fr_en-tiny-1_10@1.10"
