"""Locate files of the top-level ``resources/`` folder.

In a wheel they are installed as ``visavis/resources``; in a source checkout
(or an editable install) they sit at the repository root.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Vis-à-vis resources folder not found (broken installation?)")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_article_path() -> Path:
    return resource_path("sample", "sample-article.fr.md")
