"""Launcher entry, icons and metainfo installed for the user under XDG_DATA_HOME."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from visavis.core.platform import desktop_entry
from visavis.core.platform.desktop_entry import (
    ICON_SIZES,
    install_desktop_entry,
    render_desktop_entry,
    uninstall_desktop_entry,
)

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def _desktop_keys(text: str) -> dict[str, str]:
    keys = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys[key] = value
    return keys


def test_desktop_template_declares_launcher_and_file_associations() -> None:
    keys = _desktop_keys((PACKAGING / "visavis.desktop").read_text("utf-8"))
    assert keys["Exec"] == "visavis %F"
    assert keys["Icon"] == "visavis"
    assert keys["Terminal"] == "false"
    assert keys["StartupWMClass"] == "visavis"
    assert set(keys["MimeType"].strip(";").split(";")) == {
        "text/markdown", "text/x-markdown", "text/plain", "text/html", "application/xhtml+xml",
        "application/epub+zip", "application/pdf"}
    assert keys["Categories"].strip(";").split(";") == ["Education", "Languages", "Office"]
    assert keys["Name[fr]"] and keys["Comment[fr]"] and keys["GenericName[fr]"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_packaged_desktop_file_is_valid() -> None:
    done = subprocess.run(["desktop-file-validate", "--no-hints", str(PACKAGING / "visavis.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstreamcli")
def test_packaged_metainfo_is_valid() -> None:
    metainfo = PACKAGING / "io.github.visavis.metainfo.xml"
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    text = metainfo.read_text("utf-8")
    for needle in ("<id>io.github.visavis</id>", "CC0-1.0", "GPL-3.0-or-later",
                   'type="desktop-id">visavis.desktop', "docs/screenshot.png", "content_rating"):
        assert needle in text


def test_exec_line_quotes_paths_with_spaces_and_percent() -> None:
    text = render_desktop_entry(["/opt/my apps/visavis"], template="Exec=visavis %F\nTryExec=x\n")
    assert 'Exec="/opt/my apps/visavis" %F' in text
    assert "TryExec=/opt/my apps/visavis" in text
    text = render_desktop_entry(["/opt/100%/visavis"], template="Exec=visavis %F\n")
    assert "Exec=/opt/100%%/visavis %F" in text


def test_install_writes_entry_icons_metainfo_then_uninstall_removes_them(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    fake_visavis = tmp_path / "bin" / "visavis"
    fake_visavis.parent.mkdir()
    fake_visavis.write_text("#!/bin/sh\n")
    fake_visavis.chmod(0o755)

    report = install_desktop_entry(data_home, command=[str(fake_visavis)])

    entry = data_home / "applications" / "visavis.desktop"
    keys = _desktop_keys(entry.read_text("utf-8"))
    assert keys["Exec"] == f"{fake_visavis} %F"
    assert keys["TryExec"] == str(fake_visavis)
    for size in ICON_SIZES:
        png = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "visavis.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (data_home / "icons/hicolor/scalable/apps/visavis.svg").read_text().lstrip().startswith("<?xml")
    assert (data_home / "metainfo/io.github.visavis.metainfo.xml").is_file()
    assert len(report.files) == len(ICON_SIZES) + 3
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", "--no-hints", str(entry)],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stdout
    if shutil.which("update-desktop-database"):  # the MIME cache lists our types
        cache = (data_home / "applications" / "mimeinfo.cache").read_text()
        assert "text/markdown=visavis.desktop;" in cache

    removed = uninstall_desktop_entry(data_home)
    assert sorted(removed.files) == sorted(report.files)
    assert not entry.exists()
    assert not list((data_home / "icons").rglob("visavis.*"))
    assert not (data_home / "metainfo/io.github.visavis.metainfo.xml").exists()


def test_uninstall_when_nothing_installed_is_harmless(tmp_path: Path) -> None:
    assert uninstall_desktop_entry(tmp_path / "empty").files == []


def test_install_reports_a_broken_installation(tmp_path: Path, monkeypatch) -> None:
    def missing(name: str) -> Path:
        raise FileNotFoundError(f"{name} is missing from this installation of Vis-à-vis")

    monkeypatch.setattr(desktop_entry, "find_template", missing)
    with pytest.raises(FileNotFoundError, match="missing from this installation"):
        install_desktop_entry(tmp_path / "share", command=["/usr/bin/visavis"])
    assert not (tmp_path / "share" / "applications" / "visavis.desktop").exists()


def test_command_line_flags_install_into_xdg_data_home(tmp_path: Path) -> None:
    env_home = tmp_path / "xdg"
    import os

    env = {**os.environ, "XDG_DATA_HOME": str(env_home)}
    done = subprocess.run([sys.executable, "-m", "visavis", "--install-desktop-entry"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    entry = env_home / "applications" / "visavis.desktop"
    exec_line = _desktop_keys(entry.read_text("utf-8"))["Exec"]
    assert exec_line.endswith(" %F")
    assert Path(exec_line.split()[0].strip('"')).is_absolute()
    done = subprocess.run([sys.executable, "-m", "visavis", "--uninstall-desktop-entry"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert not entry.exists()


def test_help_lists_the_desktop_flags() -> None:
    import os

    done = subprocess.run([sys.executable, "-m", "visavis", "--help"], capture_output=True,
                          text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    for flag in ("--install-desktop-entry", "--uninstall-desktop-entry", "--self-check",
                 "--version", "translate"):
        assert flag in done.stdout


def test_launch_command_prefers_the_bundle_then_the_script_then_python(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from visavis.core.platform.desktop_entry import launch_command

    bundle = tmp_path / "dist" / "visavis" / "visavis"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle))
    assert launch_command() == [str(bundle)]
    monkeypatch.delattr(sys, "frozen")

    script = tmp_path / "bin" / "visavis"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(script.with_name("visavis-cli")), "--install-desktop-entry"])
    assert launch_command() == [str(script)]  # the GUI script next to visavis-cli

    monkeypatch.setattr(sys, "argv", ["/somewhere/visavis/__main__.py"])
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(sys, "executable", "/usr/bin/python3")
    assert launch_command() == ["/usr/bin/python3", "-m", "visavis"]
