"""Fixtures of the LibreTranslate engine tests: a scripted stub and the real server."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_TESTS_DIR = str(Path(__file__).resolve().parents[3])
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

from fixtures.libretranslate_server import (  # noqa: E402
    libretranslate_exe,
    server_packages_dir,
    start_libretranslate,
)
from fixtures.stub_libretranslate import StubLibreTranslate  # noqa: E402
from fixtures.tiny_model import installed_tiny_model, tiny_argosmodel  # noqa: E402


@pytest.fixture
def stub() -> Iterator[StubLibreTranslate]:
    server = StubLibreTranslate()
    yield server
    server.close()


__all__ = ["installed_tiny_model", "libretranslate_exe", "server_packages_dir",
           "start_libretranslate", "stub", "tiny_argosmodel"]
