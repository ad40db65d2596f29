"""Speech test fixtures."""

from __future__ import annotations

import pytest

from fixtures.speech_fakes import ToneEngine


@pytest.fixture
def tone_engine() -> ToneEngine:
    return ToneEngine()
