"""The PyInstaller one-folder bundle builds and runs (slow: run by .ci/run, not `make test-fast`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _pyinstaller() -> Path:
    exe = Path(sys.executable).with_name("pyinstaller")
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pyinstaller"], check=True)
    return exe


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    subprocess.run([str(_pyinstaller()), "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
                    str(ROOT / "packaging" / "visavis.spec")], check=True, cwd=ROOT)
    folder = out / "dist" / "visavis"
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"\nbundle built in {time.monotonic() - started:.0f} s, {size / 1e6:.0f} MB")
    return folder


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    packages = tmp_path / "argos-packages"
    packages.mkdir(exist_ok=True)
    env.update(QT_QPA_PLATFORM="offscreen", ARGOS_PACKAGES_DIR=str(packages))
    return env


def test_bundle_reports_its_version(bundle: Path, tmp_path: Path) -> None:
    from visavis import __version__

    done = subprocess.run([str(bundle / "visavis"), "--version"], capture_output=True, text=True,
                          env=_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"visavis {__version__}"


def test_bundle_self_check_renders_the_sample(bundle: Path, tmp_path: Path) -> None:
    sample = ROOT / "resources" / "sample" / "sample-article.fr.md"
    image = tmp_path / "bundle.png"
    done = subprocess.run([str(bundle / "visavis"), "--self-check", str(sample),
                           "--output", str(image)], capture_output=True, text=True,
                          env=_env(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "render: 1200x800" in done.stdout
    assert image.read_bytes()[:4] == b"\x89PNG"


def test_bundle_installs_its_desktop_entry(bundle: Path, tmp_path: Path) -> None:
    env = {**_env(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share")}
    done = subprocess.run([str(bundle / "visavis"), "--install-desktop-entry"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    entry = (tmp_path / "share" / "applications" / "visavis.desktop").read_text("utf-8")
    assert f"Exec={bundle / 'visavis'} %F" in entry
    assert (tmp_path / "share/icons/hicolor/256x256/apps/visavis.png").is_file()


def test_bundle_runs_a_headless_sub_command(bundle: Path, tmp_path: Path) -> None:
    done = subprocess.run([str(bundle / "visavis"), "models", "list"], capture_output=True,
                          text=True, env=_env(tmp_path))
    assert done.returncode == 0, done.stderr


def test_bundle_speaks_french_with_qt_catalogues(bundle: Path, tmp_path: Path) -> None:
    env = {**_env(tmp_path), "LANG": "fr_FR.UTF-8"}
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    done = subprocess.run([str(bundle / "visavis"), "--self-check"], capture_output=True,
                          text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "'Fichier' menu (catalogues: visavis_fr, qtbase_fr)" in done.stdout


@pytest.mark.skipif(shutil.which("ldd") is None, reason="no ldd")
def test_bundle_ships_the_offscreen_and_xcb_platform_plugins(bundle: Path) -> None:
    platforms = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    for plugin in ("libqoffscreen.so", "libqxcb.so"):
        done = subprocess.run(["ldd", str(platforms / plugin)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert "not found" not in done.stdout, done.stdout


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="no xvfb-run")
def test_bundle_opens_its_window_on_an_x_server(bundle: Path, tmp_path: Path) -> None:
    """The real launch (xcb platform, the reader's library in a fresh data dir) under Xvfb."""
    image = tmp_path / "xcb.png"
    env = {**_env(tmp_path), "QT_QPA_PLATFORM": "xcb", "VISAVIS_NO_SINGLE_INSTANCE": "1",
           "VISAVIS_DATA_DIR": str(tmp_path / "data"), "VISAVIS_CONFIG_DIR": str(tmp_path / "cfg")}
    done = subprocess.run(["xvfb-run", "-a", str(bundle / "visavis"), "--screenshot", str(image)],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert image.read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "data" / "library.sqlite3").is_file()  # migrations ran in the bundle
