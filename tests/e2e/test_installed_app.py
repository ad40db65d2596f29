"""End to end: install the project into a fresh venv as a user would and run it under Xvfb.

Marked ``e2e`` and ``slow`` (a fresh venv and ``pip install`` of the repository root; pip's
own cache is reused).  The screenshot is copied to ``tests/artifacts/`` (git-ignored).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import venv
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

_TESTS_DIR = Path(__file__).resolve().parents[1]
REPO_ROOT = _TESTS_DIR.parent
ARTIFACTS = _TESTS_DIR / "artifacts"


def _pip_cache() -> str:
    """The real user's pip cache (the test session points $HOME elsewhere)."""
    return os.environ.get("PIP_CACHE_DIR") or str(Path(pwd.getpwuid(os.getuid()).pw_dir) / ".cache" / "pip")


@pytest.fixture(scope="module")
def installed_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bin/ folder of a fresh venv with the project installed (not editable)."""
    root = tmp_path_factory.mktemp("e2e-venv")
    venv.EnvBuilder(with_pip=True).create(root / "venv")
    bin_dir = root / "venv" / "bin"
    env = {**os.environ, "PIP_CACHE_DIR": _pip_cache(), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(REPO_ROOT)],
                   check=True, env=env, cwd=root)
    assert (bin_dir / "visavis").is_file()
    return bin_dir


@pytest.fixture
def xvfb_display():  # type: ignore[no-untyped-def]
    """Start Xvfb on a free display (it picks one itself with -displayfd)."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1400x1000x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as reader:
        number = reader.readline().strip()
    assert number, "Xvfb did not report its display"
    yield f":{number}"
    proc.terminate()
    proc.wait()


def ink_fractions(png: Path) -> tuple[float, float]:
    """Share of pixels unlike the background in the left and right halves of the window body."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(png))
    assert not image.isNull(), f"{png} is not a readable PNG"
    w, h = image.width(), image.height()
    rows = range(int(h * 0.1), int(h * 0.9), 2)
    background = QColor(image.pixel(w // 4, int(h * 0.5)))
    counts = []
    for columns in (range(8, w // 2 - 20, 2), range(w // 2 + 20, w - 20, 2)):
        ink = total = 0
        for y in rows:
            for x in columns:
                c = QColor(image.pixel(x, y))
                total += 1
                if abs(c.red() - background.red()) + abs(c.green() - background.green()) \
                        + abs(c.blue() - background.blue()) > 120:
                    ink += 1
        counts.append(ink / total)
    return counts[0], counts[1]


def test_version_of_the_installed_app(installed_app: Path) -> None:
    from visavis import __version__

    out = subprocess.run([str(installed_app / "visavis"), "--version"], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == f"visavis {__version__}"


def test_installed_app_shows_french_and_english_under_xvfb(installed_app, xvfb_display, installed_tiny_model, tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = xvfb_display
    shot = tmp_path / "out.png"
    proc = subprocess.run([str(installed_app / "visavis"), "--screenshot", str(shot)],
                          env=env, capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert shot.is_file()
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(shot, ARTIFACTS / "e2e-installed-app.png")
    left, right = ink_fractions(shot)
    assert left > 0.003, f"French half looks empty ({left:.3%} ink)"
    assert right > 0.003, f"English half looks empty ({right:.3%} ink)"
