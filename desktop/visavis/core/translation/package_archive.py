"""Check an Argos model package (``.argosmodel`` zip) before anything is installed.

``validate_archive`` reads only the zip directory and ``metadata.json`` (plus, when
``check_integrity`` is true, every member to verify its CRC).  It never writes a file.
Each problem raises ``PackageError`` whose ``message`` is meant for the reader.
"""

from __future__ import annotations

import json
import re
import shutil
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from visavis.core.wording import ByteSize, Message

# Real Argos packages are 100–400 MB unpacked; anything far above is not a model.
MAX_UNCOMPRESSED_BYTES = 4 * 1024**3
MAX_MEMBERS = 10_000
MAX_METADATA_BYTES = 64 * 1024  # a real metadata.json is about 1 kB
MAX_METADATA_DEPTH = 16  # nesting of arrays/objects (a real one has 2 or 3 levels)
TOKENIZER_NAMES = ("sentencepiece.model", "bpe.model")
LANGUAGE_NAMES = {"fr": "French", "en": "English", "de": "German", "es": "Spanish",
                  "it": "Italian", "pt": "Portuguese", "nl": "Dutch"}

_ZIP_LOCAL_HEADER = b"PK\x03\x04"
_DRIVE_LETTER = re.compile(r"^[A-Za-z]:")


class PackageError(Exception):
    """A model package could not be checked, downloaded, installed or removed.

    ``PackageError(template, **fields)``: ``message`` is a :class:`~visavis.core.wording.Message`
    (English text plus template and fields, for an interface to translate).
    """

    def __init__(self, message: str, **fields: object) -> None:
        text = message if isinstance(message, Message) and not fields else Message(message, **fields)
        super().__init__(text)
        self.message = text


class PackageCancelled(Exception):
    """The reader cancelled a download or an installation; nothing was installed."""


@dataclass(frozen=True)
class ArchiveInfo:
    """What a valid package archive holds."""

    path: Path
    root: str  # the single top-level folder, also the installed folder name
    metadata: dict[str, Any]
    from_code: str
    to_code: str
    package_version: str
    uncompressed_size: int
    member_count: int

    @property
    def name(self) -> str:
        return str(self.metadata.get("name") or self.root)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def ensure_free_space(folder: Path, needed: int, purpose: str) -> None:
    """PackageError when ``folder``'s disk has less than ``needed`` bytes free."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # cannot tell: let the write itself fail if it must
    if free < needed:
        raise PackageError("Not enough disk space {purpose}: {needed} needed, {free} free in "
                           "{folder}.", purpose=Message(purpose), needed=ByteSize(needed),
                           free=ByteSize(free), folder=str(folder))


def damaged_message(path: Path) -> Message:
    return Message("“{name}” is incomplete or damaged (truncated download?). "
                   "Download it again or pick another copy.", name=path.name)


def open_zip(path: Path) -> zipfile.ZipFile:
    """Open ``path`` as a zip, telling a damaged package apart from a file of another kind."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise PackageError("Cannot read “{name}”: {reason}", name=path.name,
                           reason=str(exc.strerror or exc)) from exc
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
        if head == _ZIP_LOCAL_HEADER:
            raise PackageError(damaged_message(path)) from exc
        raise PackageError("“{name}” is not an Argos model package (not a zip archive).",
                           name=path.name) from exc
    except OSError as exc:
        raise PackageError("Cannot read “{name}”: {reason}", name=path.name,
                           reason=str(exc.strerror or exc)) from exc


def unsafe_member_reason(member: zipfile.ZipInfo) -> str | None:
    """Why a member must not be extracted, or None when its name and kind are safe."""
    name = member.filename
    if "\x00" in name:
        return "a file name contains a NUL character"
    if name.startswith(("/", "\\")) or _DRIVE_LETTER.match(name):
        return f"it contains an absolute path ({name})"
    parts = re.split(r"[\\/]", name)
    if ".." in parts:
        return f"it contains a path leading outside its folder ({name})"
    if stat.S_ISLNK(member.external_attr >> 16):
        return f"it contains a symbolic link ({name})"
    if member.flag_bits & 0x1:
        return "it is password-protected"
    return None


def _top_level_folder(members: list[zipfile.ZipInfo], label: str) -> str:
    roots = {PurePosixPath(m.filename).parts[0] for m in members if m.filename.strip("/")}
    if len(roots) != 1:
        raise PackageError("“{name}” is not an Argos model package: it must hold exactly one "
                           "top-level folder (found {count}).", name=label, count=len(roots))
    root = roots.pop()
    if root in (".", "") or not any(m.filename.startswith(root + "/") for m in members):
        raise PackageError("“{name}” is not an Argos model package: its files must sit "
                           "inside one folder.", name=label)
    return root


def json_depth(text: str) -> int:
    """The deepest nesting of ``[``/``{`` in JSON ``text`` (brackets inside strings ignored),
    found without parsing — ``json.loads`` recurses, and 1,000 levels overflow its stack."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _read_metadata(archive: zipfile.ZipFile, root: str, label: str) -> dict[str, Any]:
    try:
        member = archive.getinfo(f"{root}/metadata.json")
    except KeyError:
        raise PackageError("“{name}” is not an Argos model package: metadata.json is missing.",
                           name=label) from None
    if member.file_size > MAX_METADATA_BYTES:
        raise PackageError("“{name}” has an oversized metadata.json; it is not a model package.",
                           name=label)
    try:
        text = archive.read(member).decode("utf-8")
        if len(text) > MAX_METADATA_BYTES:
            raise PackageError("“{name}” has an oversized metadata.json; "
                               "it is not a model package.", name=label)
        if json_depth(text) > MAX_METADATA_DEPTH:
            raise PackageError("“{name}” has a metadata.json nested more than {limit} levels "
                               "deep; it is not a model package.", name=label,
                               limit=MAX_METADATA_DEPTH)
        metadata = json.loads(text)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise PackageError(damaged_message(Path(label))) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError("“{name}” has an unreadable metadata.json ({reason}).", name=label,
                           reason=str(exc)) from exc
    if not isinstance(metadata, dict):
        raise PackageError("“{name}” has an invalid metadata.json (not a JSON object).",
                           name=label)
    for key in ("from_code", "to_code", "type"):
        if not isinstance(metadata.get(key), str) or not metadata[key]:
            raise PackageError("“{name}” has an incomplete metadata.json: “{key}” is missing.",
                               name=label, key=key)
    return metadata


def _check_contents(names: set[str], root: str, label: str) -> None:
    if f"{root}/model/model.bin" not in names:
        raise PackageError("“{name}” is not a usable translation model: "
                           "model/model.bin is missing.", name=label)
    if not any(f"{root}/{tokenizer}" in names for tokenizer in TOKENIZER_NAMES):
        raise PackageError("“{name}” is not a usable translation model: its tokenizer "
                           "(sentencepiece.model or bpe.model) is missing.", name=label)


def check_integrity(archive: zipfile.ZipFile, path: Path) -> None:
    """Read every member and verify its CRC, like ``ZipFile.testzip`` but with our message."""
    for member in archive.infolist():
        try:
            with archive.open(member) as handle:
                while handle.read(1024 * 1024):
                    pass
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise PackageError(damaged_message(path)) from exc


def validate_archive(path: str | Path, expected: tuple[str, str] | None = ("fr", "en"), *,
                     check_crc: bool = True,
                     max_uncompressed: int = MAX_UNCOMPRESSED_BYTES) -> ArchiveInfo:
    """Check that ``path`` is a safe, complete Argos package for the ``expected`` pair.

    With ``check_crc=False`` the member data is not read (the installer verifies
    CRCs while extracting); everything else is still checked.
    """
    path = Path(path)
    label = path.name
    with open_zip(path) as archive:
        members = archive.infolist()
        if not members:
            raise PackageError("“{name}” is an empty zip archive, not a model package.",
                               name=label)
        if len(members) > MAX_MEMBERS:
            raise PackageError("“{name}” holds too many files ({count}) to be a model package.",
                               name=label, count=len(members))
        for member in members:
            reason = unsafe_member_reason(member)
            if reason:
                raise PackageError("“{name}” was rejected as unsafe: {reason}.", name=label,
                                   reason=reason)
        names = [m.filename for m in members]
        if len(set(names)) != len(names):
            raise PackageError("“{name}” was rejected as unsafe: it lists a file twice.",
                               name=label)
        total = sum(m.file_size for m in members)
        if total > max_uncompressed:
            raise PackageError(
                "“{name}” would unpack to {size}, more than the {limit} a model may take; "
                "it was rejected.", name=label, size=ByteSize(total),
                limit=ByteSize(max_uncompressed))
        root = _top_level_folder(members, label)
        metadata = _read_metadata(archive, root, label)
        _check_contents(set(names), root, label)
        if metadata["type"] != "translate":
            raise PackageError("“{name}” is a “{type}” package, not a translation model.",
                               name=label, type=metadata["type"])
        pair = (metadata["from_code"], metadata["to_code"])
        if expected is not None and pair != tuple(expected):
            raise PackageError(
                "This package translates {source}→{target}; Vis-à-vis needs "
                "{need_source}→{need_target}.", source=pair[0], target=pair[1],
                need_source=Message(language_name(expected[0])),
                need_target=Message(language_name(expected[1])))
        if check_crc:
            check_integrity(archive, path)
    return ArchiveInfo(path=path, root=root, metadata=metadata, from_code=pair[0],
                       to_code=pair[1], package_version=str(metadata.get("package_version", "")),
                       uncompressed_size=total, member_count=len(members))
