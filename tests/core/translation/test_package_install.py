"""install_from_file / uninstall: atomic installs, nothing left behind on failure or cancel."""

from __future__ import annotations

import errno
import json
import os
import shutil
import time
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from tests.core.translation.test_package_archive import METADATA, write_package
from tests.fixtures import tiny_model

from visavis.core.translation.discovery import find_package
from visavis.core.translation.package_archive import PackageCancelled, PackageError
from visavis.core.translation.package_install import STAGING_PREFIX, install_from_file, uninstall

tiny_argosmodel = tiny_model.tiny_argosmodel  # the fixture


def listing(root: Path) -> dict[str, bytes | None]:
    """Every file and folder under ``root`` with the content of files."""
    return {p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else None)
            for p in sorted(root.rglob("*"))}


@pytest.fixture
def packages_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "argos" / "packages"
    folder.mkdir(parents=True)
    (folder / "translate-de_en").mkdir()  # another package that must survive everything
    (folder / "translate-de_en" / "metadata.json").write_text("{}")
    return folder


def test_install_then_uninstall_round_trip(tmp_path: Path, packages_dir: Path) -> None:
    before = listing(packages_dir.parent)
    archive = write_package(tmp_path / "fr_en.argosmodel")
    steps: list[tuple[int, int]] = []
    installed = install_from_file(archive, packages_dir, progress=lambda d, t: steps.append((d, t)))
    assert installed.path == packages_dir / "translate-fr_en"
    assert (installed.from_code, installed.to_code) == ("fr", "en")
    assert json.loads((installed.path / "metadata.json").read_text()) == METADATA
    assert (installed.path / "model" / "model.bin").read_bytes() == b"\x01" * 4096
    assert steps and steps[-1][0] == steps[-1][1] == sum(
        i.file_size for i in zipfile.ZipFile(archive).infolist())
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    # no staging folder is left next to the packages folder
    assert sorted(p.name for p in packages_dir.parent.iterdir()) == ["packages"]
    uninstall(installed)
    assert listing(packages_dir.parent) == before


def test_reinstall_replaces_previous_version(tmp_path: Path, packages_dir: Path) -> None:
    old = install_from_file(write_package(tmp_path / "old.argosmodel",
                                          extra={"translate-fr_en/old-only.txt": b"1"}),
                            packages_dir)
    new_meta = {**METADATA, "package_version": "2.0"}
    new = install_from_file(write_package(tmp_path / "new.argosmodel", metadata=new_meta),
                            packages_dir)
    assert new.path == old.path
    assert json.loads((new.path / "metadata.json").read_text())["package_version"] == "2.0"
    assert not (new.path / "old-only.txt").exists()
    assert sorted(p.name for p in packages_dir.parent.iterdir()) == ["packages"]


def test_failed_replacement_keeps_the_old_package(tmp_path: Path, packages_dir: Path) -> None:
    install_from_file(write_package(tmp_path / "old.argosmodel"), packages_dir)
    before = listing(packages_dir.parent)
    archive = tmp_path / "flipped.argosmodel"
    write_package(archive, extra={"translate-fr_en/model/model.bin": bytes(range(256)) * 64})
    data = bytearray(archive.read_bytes())
    data[data.index(b"model/model.bin") + len(b"model/model.bin") + 20] ^= 0xFF
    archive.write_bytes(bytes(data))
    with pytest.raises(PackageError, match="incomplete or damaged"):
        install_from_file(archive, packages_dir)
    assert listing(packages_dir.parent) == before


def test_cancel_leaves_nothing_behind(tmp_path: Path, packages_dir: Path) -> None:
    before = listing(packages_dir.parent)
    archive = write_package(tmp_path / "fr_en.argosmodel")
    calls = iter(range(100))
    with pytest.raises(PackageCancelled):
        install_from_file(archive, packages_dir, cancel=lambda: next(calls) >= 2)
    assert listing(packages_dir.parent) == before


BROKEN = {
    "not a zip": lambda p: p.write_bytes(b"plain text, not a model"),
    "truncated": lambda p: p.write_bytes(write_package(p).read_bytes()[:-200]),
    "path traversal": lambda p: write_package(p, extra={"translate-fr_en/../../x": b"x"}),
    "absolute": lambda p: write_package(p, extra={"/tmp/visavis-evil": b"x"}),
    "wrong pair": lambda p: write_package(p, metadata={**METADATA, "to_code": "es"}),
    "no model": lambda p: write_package(p, drop=("model/model.bin",)),
    "no metadata": lambda p: write_package(p, drop=("metadata.json",)),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_archive_changes_nothing(case: str, tmp_path: Path, packages_dir: Path) -> None:
    install_from_file(write_package(tmp_path / "good.argosmodel"), packages_dir)
    before = listing(packages_dir.parent)
    archive = tmp_path / "broken.argosmodel"
    BROKEN[case](archive)
    with pytest.raises(PackageError) as info:
        install_from_file(archive, packages_dir)
    assert info.value.message
    assert listing(packages_dir.parent) == before
    assert not Path("/tmp/visavis-evil").exists()


def test_uninstall_refuses_a_folder_that_is_not_a_package(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("keep me")
    with pytest.raises(PackageError, match="not an installed model package"):
        uninstall(folder)
    assert (folder / "letter.txt").read_text() == "keep me"


def test_default_packages_dir_follows_argos_env(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "elsewhere"))
    installed = install_from_file(write_package(tmp_path / "fr_en.argosmodel"))
    assert installed.path == tmp_path / "elsewhere" / "translate-fr_en"


def test_tiny_model_package_installs_and_is_found(tiny_argosmodel: Path, tmp_path: Path) -> None:
    packages = tmp_path / "packages"
    installed = install_from_file(tiny_argosmodel, packages)
    assert find_package("fr", "en", packages) == installed
    assert installed.tokenizer == "sentencepiece"
    assert installed.size_bytes == sum(
        i.file_size for i in zipfile.ZipFile(tiny_argosmodel).infolist())
    uninstall(installed)
    assert find_package("fr", "en", packages) is None


class _FullDiskFile:
    def __init__(self, real) -> None:  # type: ignore[no-untyped-def]
        self.real = real

    def __enter__(self) -> _FullDiskFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_full_disk_keeps_the_old_package(tmp_path: Path, packages_dir: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    install_from_file(write_package(tmp_path / "old.argosmodel"), packages_dir)
    before = listing(packages_dir.parent)
    real_open = Path.open

    def open_on_full_disk(self: Path, mode: str = "r", *args, **kwargs):  # type: ignore[no-untyped-def]
        handle = real_open(self, mode, *args, **kwargs)
        return _FullDiskFile(handle) if self.name == "model.bin" and "w" in mode else handle

    monkeypatch.setattr(Path, "open", open_on_full_disk)
    with pytest.raises(PackageError) as info:
        install_from_file(write_package(tmp_path / "new.argosmodel"), packages_dir)
    monkeypatch.undo()
    assert info.value.message == (f"Could not install the model in {packages_dir}: "
                                  "No space left on device")
    assert listing(packages_dir.parent) == before


def test_stale_staging_folders_are_cleaned(tmp_path: Path, packages_dir: Path) -> None:
    stale = packages_dir.parent / (STAGING_PREFIX + "crashed")
    (stale / "new").mkdir(parents=True)
    old = time.time() - 2 * 24 * 3600
    os.utime(stale, (old, old))
    recent = packages_dir.parent / (STAGING_PREFIX + "running")
    recent.mkdir()  # another install may be using it
    install_from_file(write_package(tmp_path / "fr_en.argosmodel"), packages_dir)
    assert not stale.exists() and recent.exists()


def test_not_enough_disk_space(tmp_path: Path, packages_dir: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    archive = write_package(tmp_path / "fr_en.argosmodel")
    before = listing(packages_dir.parent)
    monkeypatch.setattr(shutil, "disk_usage",
                        lambda path: SimpleNamespace(total=10**9, used=10**9 - 1000, free=1000))
    with pytest.raises(PackageError, match=r"Not enough disk space to install the model: "
                                           r"[\d.]+ kB needed, 1000 bytes free in "):
        install_from_file(archive, packages_dir)
    assert listing(packages_dir.parent) == before
