"""Find the Argos translation packages installed on this computer.

An Argos package is a folder holding ``metadata.json``, a CTranslate2 model in
``model/`` and a tokenizer (``sentencepiece.model`` or ``bpe.model``).  Listing never
fails because of one broken folder: it is skipped with a warning in the log.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

TOKENIZER_FILES = {"sentencepiece": "sentencepiece.model", "bpe": "bpe.model"}


@dataclass(frozen=True)
class InstalledPackage:
    path: Path
    from_code: str
    to_code: str
    name: str
    version: str
    size_bytes: int
    tokenizer: str  # "sentencepiece" | "bpe"
    target_prefix: str = ""

    @property
    def model_id(self) -> str:
        """Identifies the model in caches: changes when the package is updated."""
        return f"{self.path.name}@{self.version}"

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    @property
    def tokenizer_path(self) -> Path:
        return self.path / TOKENIZER_FILES[self.tokenizer]


def default_packages_dirs() -> list[Path]:
    """Where Argos installs packages; ``ARGOS_PACKAGES_DIR`` is re-read at each call."""
    override = os.environ.get("ARGOS_PACKAGES_DIR")
    if override:
        return [Path(override)]
    import argostranslate.settings as argos_settings

    return [Path(p) for p in argos_settings.package_dirs]


def _folder_size(path: Path) -> int:
    total = 0
    for entry in path.rglob("*"):
        try:
            if entry.is_file() and not entry.is_symlink():
                total += entry.stat().st_size
        except OSError:
            continue
    return total


def read_package(path: Path) -> InstalledPackage:
    """Read one installed package folder; raises ``ValueError`` saying what is wrong."""
    meta_path = path / "metadata.json"
    try:
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ValueError(f"{path.name}: no metadata.json") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path.name}: unreadable metadata.json ({exc})") from exc
    if not isinstance(metadata, dict):
        raise ValueError(f"{path.name}: metadata.json is not an object")
    if metadata.get("type", "translate") != "translate":
        raise ValueError(f"{path.name}: not a translation package ({metadata.get('type')!r})")
    from_code, to_code = metadata.get("from_code"), metadata.get("to_code")
    if not isinstance(from_code, str) or not isinstance(to_code, str) or not from_code or not to_code:
        raise ValueError(f"{path.name}: metadata.json lacks from_code/to_code")
    tokenizer = next((kind for kind, name in TOKENIZER_FILES.items() if (path / name).is_file()), None)
    if tokenizer is None:
        raise ValueError(f"{path.name}: no sentencepiece.model or bpe.model")
    if not (path / "model").is_dir():
        raise ValueError(f"{path.name}: no model/ folder")
    prefix = metadata.get("target_prefix") or ""
    return InstalledPackage(
        path=path,
        from_code=from_code,
        to_code=to_code,
        name=str(metadata.get("name") or path.name),
        version=str(metadata.get("package_version") or "0"),
        size_bytes=_folder_size(path),
        tokenizer=tokenizer,
        target_prefix=prefix if isinstance(prefix, str) else "",
    )


def installed_packages(packages_dir: Path | str | None = None) -> list[InstalledPackage]:
    """All readable translation packages, sorted by language pair then folder name."""
    dirs = [Path(packages_dir)] if packages_dir is not None else default_packages_dirs()
    found: list[InstalledPackage] = []
    for directory in dirs:
        try:
            children = sorted(p for p in directory.iterdir() if p.is_dir())
        except OSError:
            continue
        for child in children:
            try:
                found.append(read_package(child))
            except ValueError as exc:
                log.warning("skipping Argos package folder: %s", exc)
    return sorted(found, key=lambda p: (p.from_code, p.to_code, p.path.name))


def find_package(
    from_code: str = "fr", to_code: str = "en", packages_dir: Path | str | None = None
) -> InstalledPackage | None:
    """The installed package for this pair (highest version when several), or ``None``."""
    candidates = [p for p in installed_packages(packages_dir)
                  if p.from_code == from_code and p.to_code == to_code]
    if not candidates:
        return None
    return max(candidates, key=lambda p: (_version_key(p.version), p.path.name))


def _version_key(version: str) -> tuple[int, ...]:
    parts = []
    for part in version.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)
