"""Shared set-up of the benchmarks: temporary data dirs, set before argostranslate is imported
(it creates folders under $HOME on import), and the package installed through the app's own
validated installer."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

ISOLATED = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ARGOS_PACKAGES_DIR",
            "VISAVIS_DATA_DIR", "VISAVIS_CONFIG_DIR")


def isolate_environment(name: str) -> Path:
    """Point every data/config/cache dir at a new temporary folder; returns its root."""
    root = Path(tempfile.mkdtemp(prefix=f"visavis-{name}-bench-"))
    for var in ISOLATED:
        (root / var.lower()).mkdir()
        os.environ[var] = str(root / var.lower())
    os.environ["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"  # never the real index
    os.environ["VISAVIS_NO_SINGLE_INSTANCE"] = "1"
    os.environ.pop("VISAVIS_LIBRARY", None)
    return root


def install_package(archive: Path):  # type: ignore[no-untyped-def]
    """Install an .argosmodel into the isolated ARGOS_PACKAGES_DIR; returns the InstalledPackage."""
    from visavis.core.translation.package_install import install_from_file

    return install_from_file(archive)
