"""Test-wide isolation: no test touches $HOME, the network or the reader's library.

The environment is set at import time, before any test module can import
``argostranslate`` (which creates folders under $HOME when imported).
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
from pathlib import Path

import pytest

# argos-translate-lt ships a top-level ``tests`` package, so fixtures are imported by
# their path under tests/ rather than as ``tests.fixtures``.
sys.path.insert(0, str(Path(__file__).resolve().parent))
pytest_plugins = ["fixtures.tiny_model"]

_SESSION_ROOT = Path(tempfile.mkdtemp(prefix="visavis-tests-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ARGOS_PACKAGES_DIR",
              "VISAVIS_DATA_DIR", "VISAVIS_CONFIG_DIR", "HOME"):
    (_SESSION_ROOT / _name.lower()).mkdir()
    os.environ[_name] = str(_SESSION_ROOT / _name.lower())
os.environ["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"  # never the real index
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface follows the locale: tests run in English unless they ask for French.
os.environ["LANG"] = "en_US.UTF-8"
for _name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_name, None)
os.environ["VISAVIS_NO_SINGLE_INSTANCE"] = "1"
os.environ.pop("VISAVIS_LIBRARY", None)


class _NetworkBlocked(OSError):
    pass


_real_connect = socket.socket.connect


def _loopback_only_connect(self: socket.socket, address):  # type: ignore[no-untyped-def]
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and not (host.startswith("127.") or host in ("localhost", "::1", "")) \
            and self.family in (socket.AF_INET, socket.AF_INET6):
        raise _NetworkBlocked(f"test tried to reach {address!r}: tests are offline")
    return _real_connect(self, address)


socket.socket.connect = _loopback_only_connect  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data/config dirs and library file."""
    root = tmp_path / "visavis-home"
    for name in ("VISAVIS_DATA_DIR", "VISAVIS_CONFIG_DIR"):
        d = root / name.lower()
        d.mkdir(parents=True)
        monkeypatch.setenv(name, str(d))
    return root
