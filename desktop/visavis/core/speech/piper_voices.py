"""Piper voices: validate, install (atomically) and download a voice (``.onnx`` + ``.onnx.json``).

A voice is the ONNX model and its JSON configuration, named like
``fr_FR-siwis-medium.onnx`` / ``fr_FR-siwis-medium.onnx.json``.  Installing copies both
into a hidden staging folder next to the voices folder (same file system), checks
them, then renames the voice folder into place, as the translation models are
installed (core/translation/package_install.py); a failed or cancelled install
leaves the voices folder as it was.  Downloads reuse the models' resumable
``download_file``.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from visavis.core.platform import paths
from visavis.core.translation.package_archive import (
    PackageCancelled,
    PackageError,
    ensure_free_space,
)
from visavis.core.translation.package_download import download_file, downloads_dir
from visavis.core.translation.package_install import (
    STAGING_PREFIX,
    remove_stale_staging,
    swap_into_place,
)
from visavis.core.translation.types import CancelCallback, ProgressCallback

__all__ = ["PackageCancelled", "PackageError", "PiperVoiceFiles", "download_voice",
           "find_voice", "install_voice_from_file", "installed_voices", "uninstall_voice",
           "validate_voice", "voices_dir"]

MODEL_SUFFIX = ".onnx"
CONFIG_SUFFIX = ".onnx.json"
MIN_MODEL_BYTES = 16
COPY_CHUNK_BYTES = 1024 * 1024


@dataclass(frozen=True)
class PiperVoiceFiles:
    name: str  # file stem, e.g. "fr_FR-siwis-medium"
    lang: str  # "fr", "en", ... (from the configuration's language code)
    sample_rate: int
    model: Path
    config: Path


def voices_dir() -> Path:
    return paths.data_dir() / "voices"


def _config_for(model: Path) -> Path:
    return model.with_name(model.name + ".json")


def _read_config(config: Path) -> dict[str, Any]:
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PackageError(f"The voice needs its configuration {config.name} next to the "
                           "model; it was not found.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(f"{config.name} is not a Piper voice configuration (not JSON).") \
            from exc
    if not isinstance(data, dict):
        raise PackageError(f"{config.name} is not a Piper voice configuration.")
    return data


def _language(data: dict[str, Any]) -> str:
    language = data.get("language")
    code = language.get("code") if isinstance(language, dict) else None
    if not isinstance(code, str):
        espeak = data.get("espeak")
        code = espeak.get("voice") if isinstance(espeak, dict) else None
    if not isinstance(code, str) or not code:
        raise PackageError("The voice configuration does not say its language.")
    return code.replace("-", "_").split("_")[0].lower()


def validate_voice(model: str | Path, config: str | Path | None = None) -> PiperVoiceFiles:
    """Check a voice's two files; raises PackageError whose message is for the reader."""
    model = Path(model)
    config = Path(config) if config is not None else _config_for(model)
    if model.name.endswith(CONFIG_SUFFIX):  # the reader picked the .json: use its model
        model, config = model.with_name(model.name[:-len(".json")]), model
    if not model.name.endswith(MODEL_SUFFIX):
        raise PackageError(f"{model.name} is not a Piper voice: choose its .onnx file.")
    try:
        with model.open("rb") as handle:
            head = handle.read(MIN_MODEL_BYTES)
    except FileNotFoundError as exc:
        raise PackageError(f"{model} does not exist.") from exc
    except OSError as exc:
        raise PackageError(f"Cannot read {model.name}: {exc.strerror or exc}") from exc
    # An ONNX model is a protobuf message whose first field is ir_version (tag 0x08).
    if len(head) < MIN_MODEL_BYTES or head[0] != 0x08:
        raise PackageError(f"{model.name} is not an ONNX model (damaged or incomplete).")
    data = _read_config(config)
    audio = data.get("audio")
    rate = audio.get("sample_rate") if isinstance(audio, dict) else None
    if not isinstance(rate, int) or not 8000 <= rate <= 96000:
        raise PackageError(f"{config.name} has no valid audio sample rate.")
    if not isinstance(data.get("phoneme_id_map"), dict) or not data["phoneme_id_map"]:
        raise PackageError(f"{config.name} has no phoneme map: it is not a Piper voice.")
    return PiperVoiceFiles(model.name[:-len(MODEL_SUFFIX)], _language(data), rate, model, config)


def _copy(source: Path, target: Path, done: int, total: int,
          progress: ProgressCallback | None, cancel: CancelCallback | None) -> int:
    with source.open("rb") as src, target.open("wb") as out:
        while True:
            if cancel is not None and cancel():
                raise PackageCancelled("installation cancelled")
            chunk = src.read(COPY_CHUNK_BYTES)
            if not chunk:
                return done
            out.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)


def install_voice_from_file(model: str | Path, config: str | Path | None = None, *,
                            folder: Path | None = None,
                            progress: ProgressCallback | None = None,
                            cancel: CancelCallback | None = None) -> PiperVoiceFiles:
    """Validate and install a voice; returns the installed voice.  ``progress`` counts bytes.

    A voice of the same name is replaced only once the new one is completely copied.
    """
    voice = validate_voice(model, config)
    folder = Path(folder) if folder is not None else voices_dir()
    total = voice.model.stat().st_size + voice.config.stat().st_size
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(folder.parent)
        ensure_free_space(folder.parent, total, "to install the voice")
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder.parent))
    except OSError as exc:
        raise PackageError(f"Cannot write in {folder}: {exc.strerror or exc}") from exc
    try:
        new = staging / "new"
        new.mkdir()
        done = _copy(voice.model, new / (voice.name + MODEL_SUFFIX), 0, total, progress, cancel)
        _copy(voice.config, new / (voice.name + CONFIG_SUFFIX), done, total, progress, cancel)
        validate_voice(new / (voice.name + MODEL_SUFFIX))  # what landed is what we checked
        if cancel is not None and cancel():
            raise PackageCancelled("installation cancelled")
        swap_into_place(new, folder / voice.name, staging)
    except OSError as exc:
        raise PackageError(f"Could not install the voice in {folder}: "
                           f"{exc.strerror or exc}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return validate_voice(folder / voice.name / (voice.name + MODEL_SUFFIX))


def installed_voices(folder: Path | None = None) -> list[PiperVoiceFiles]:
    """Voices in the voices folder that validate, by name; broken ones are skipped."""
    folder = Path(folder) if folder is not None else voices_dir()
    voices = []
    for model in sorted(folder.glob("*/*" + MODEL_SUFFIX)) if folder.is_dir() else ():
        try:
            voices.append(validate_voice(model))
        except PackageError:
            continue
    return voices


def find_voice(name: str, folder: Path | None = None) -> PiperVoiceFiles | None:
    return next((v for v in installed_voices(folder) if v.name == name), None)


def uninstall_voice(voice: PiperVoiceFiles) -> None:
    target = voice.model.parent
    if not (target / (voice.name + MODEL_SUFFIX)).is_file():
        raise PackageError(f"{target} is not an installed voice; nothing was removed.")
    try:
        trash = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=target.parent.parent))
        target.replace(trash / target.name)
    except OSError as exc:
        raise PackageError(f"Could not remove {voice.name}: {exc.strerror or exc}") from exc
    shutil.rmtree(trash, ignore_errors=True)


def download_voice(model_url: str, *, folder: Path | None = None,
                   progress: ProgressCallback | None = None,
                   cancel: CancelCallback | None = None,
                   on_stage: Callable[[str], None] | None = None) -> PiperVoiceFiles:
    """Download ``model_url`` (an ``.onnx``) and ``model_url + '.json'``, then install them.

    ``progress(done, total)`` counts downloaded bytes of both files; partial downloads
    resume on the next try.
    """
    file_name = model_url.rsplit("/", 1)[-1].split("?", 1)[0]
    if not file_name.endswith(MODEL_SUFFIX):
        raise PackageError("A Piper voice address ends in .onnx (its .onnx.json is fetched "
                           "beside it).")
    target = downloads_dir()
    model, config = target / file_name, target / (file_name + ".json")
    offset = 0

    def shifted(done: int, total: int) -> None:
        if progress is not None:
            progress(offset + done, offset + total if total else 0)

    for url, final in ((model_url + ".json", config), (model_url, model)):
        if on_stage is not None:
            on_stage(f"Downloading {final.name}…")
        part = final.with_name(final.name + ".part")
        offset += download_file(url, part, shifted, cancel) if not final.exists() else 0
        if not final.exists():
            part.replace(final)
    if on_stage is not None:
        on_stage("Installing…")
    try:
        voice = install_voice_from_file(model, config, folder=folder, cancel=cancel)
    except PackageError as exc:
        model.unlink(missing_ok=True)
        config.unlink(missing_ok=True)
        raise PackageError(f"{exc.message} The downloaded files were removed.") from exc
    model.unlink(missing_ok=True)
    config.unlink(missing_ok=True)
    return voice
