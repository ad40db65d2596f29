"""Fixtures of the end-to-end tests: the tiny offline model."""

from __future__ import annotations

import sys
from pathlib import Path

_TESTS_DIR = str(Path(__file__).resolve().parents[1])
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

from fixtures.tiny_model import installed_tiny_model, tiny_argosmodel  # noqa: E402

__all__ = ["installed_tiny_model", "tiny_argosmodel"]
