"""Where Vis-à-vis keeps its files.

``VISAVIS_DATA_DIR`` / ``VISAVIS_CONFIG_DIR`` override the platform directories
(tests point them at temporary folders).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "visavis"


def data_dir() -> Path:
    override = os.environ.get("VISAVIS_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    override = os.environ.get("VISAVIS_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def library_path() -> Path:
    """The SQLite library file (``VISAVIS_LIBRARY`` overrides it)."""
    override = os.environ.get("VISAVIS_LIBRARY")
    return Path(override) if override else data_dir() / "library.sqlite3"
