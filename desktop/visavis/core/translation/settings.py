"""Translation settings (beam size, threads, device, compute type), kept as JSON.

The file is ``translation.json`` in :func:`visavis.core.platform.paths.config_dir`.  A missing,
unreadable or invalid file gives the defaults (invalid fields are dropped one by one);
the file is only written by :func:`save_settings`.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from visavis.core.platform import paths

log = logging.getLogger(__name__)

SETTINGS_FILE = "translation.json"
DEVICES = ("cpu", "cuda")
COMPUTE_TYPES = ("auto", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16",
                 "float16", "bfloat16", "float32")
MAX_BEAM = 16


@dataclass(frozen=True)
class TranslationSettings:
    beam_size: int = 4
    threads: int = 0  # 0: let CTranslate2 choose
    compute_type: str = "auto"  # "auto": int8 on CPU, int8_float16 on CUDA
    device: str = "cpu"
    alignment: bool = True  # word alignment from the attention (hover links)

    def validated(self) -> TranslationSettings:
        """Raise ``ValueError`` with a reader-facing message when a value is out of range."""
        if not isinstance(self.beam_size, int) or not 1 <= self.beam_size <= MAX_BEAM:
            raise ValueError(f"Beam size must be between 1 and {MAX_BEAM}.")
        max_threads = max(1, os.cpu_count() or 1) * 4
        if not isinstance(self.threads, int) or not 0 <= self.threads <= max_threads:
            raise ValueError(f"Threads must be between 0 (automatic) and {max_threads}.")
        if self.compute_type not in COMPUTE_TYPES:
            raise ValueError(f"Unknown compute type “{self.compute_type}”.")
        if self.device not in DEVICES:
            raise ValueError(f"Unknown device “{self.device}” (cpu or cuda).")
        if not isinstance(self.alignment, bool):
            raise ValueError("Alignment must be true or false.")
        return self


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> TranslationSettings:
    """The saved settings; defaults for anything missing or invalid."""
    path = path or settings_path()
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return TranslationSettings()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("ignoring unreadable translation settings %s: %s", path, exc)
        return TranslationSettings()
    if not isinstance(raw, dict):
        log.warning("ignoring translation settings %s: not a JSON object", path)
        return TranslationSettings()
    settings = TranslationSettings()
    for field in fields(TranslationSettings):
        if field.name not in raw:
            continue
        candidate = replace(settings, **{field.name: raw[field.name]})
        try:
            settings = candidate.validated()
        except ValueError as exc:
            log.warning("ignoring translation setting %s=%r: %s", field.name, raw[field.name], exc)
    return settings


def save_settings(settings: TranslationSettings, path: Path | None = None) -> Path:
    """Validate and write ``settings`` atomically; returns the file written."""
    settings.validated()
    path = path or settings_path()
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.replace(tmp, path)
    return path


def available_devices() -> list[str]:
    """``["cpu"]``, plus ``"cuda"`` when CTranslate2 sees a CUDA device."""
    import ctranslate2

    devices = ["cpu"]
    try:
        if ctranslate2.get_cuda_device_count() > 0:
            devices.append("cuda")
    except RuntimeError:
        pass
    return devices


def available_compute_types(device: str = "cpu") -> list[str]:
    """``"auto"`` followed by the compute types this machine supports on ``device``."""
    import ctranslate2

    try:
        supported = ctranslate2.get_supported_compute_types(device)
    except (RuntimeError, ValueError):
        return ["auto"]
    return ["auto"] + [t for t in COMPUTE_TYPES[1:] if t in supported]


def resolve_device(settings: TranslationSettings) -> str:
    return settings.device if settings.device in available_devices() else "cpu"


def resolve_compute_type(settings: TranslationSettings, device: str) -> str:
    """The compute type to load the model with: the setting when supported, else a fallback."""
    supported = available_compute_types(device)
    if settings.compute_type != "auto" and settings.compute_type in supported:
        return settings.compute_type
    if settings.compute_type != "auto":
        log.warning("compute type %s not supported on %s; using a fallback",
                    settings.compute_type, device)
    preferred = ("int8", "int8_float32", "float32") if device == "cpu" else \
        ("int8_float16", "float16", "int8", "float32")
    return next((t for t in preferred if t in supported), "auto")
