"""validate_archive: every broken or malicious package is rejected with its own message."""

from __future__ import annotations

import json
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from visavis.core.translation.package_archive import PackageError, validate_archive

METADATA = {"package_version": "1.9", "from_code": "fr", "to_code": "en", "type": "translate",
            "name": "French to English (test)"}


def write_package(path: Path, root: str = "translate-fr_en", metadata: object = METADATA,
                  extra: dict[str, bytes] | None = None, drop: tuple[str, ...] = ()) -> Path:
    """A minimal package with the layout validation looks at (the model is fake)."""
    files: dict[str, bytes] = {
        f"{root}/metadata.json": json.dumps(metadata).encode() if not isinstance(metadata, bytes)
        else metadata,
        f"{root}/model/model.bin": b"\x01" * 4096,
        f"{root}/model/config.json": b"{}",
        f"{root}/sentencepiece.model": b"\x02" * 2048,
    }
    for name in drop:
        files.pop(f"{root}/{name}")
    files.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def rejected(path: Path, **kwargs: object) -> str:
    with pytest.raises(PackageError) as info:
        validate_archive(path, **kwargs)  # type: ignore[arg-type]
    assert str(info.value) == info.value.message
    return info.value.message


def test_valid_package_is_described(tmp_path: Path) -> None:
    info = validate_archive(write_package(tmp_path / "ok.argosmodel"))
    assert (info.root, info.from_code, info.to_code) == ("translate-fr_en", "fr", "en")
    assert info.package_version == "1.9"
    assert info.name == "French to English (test)"
    assert info.member_count == 4
    assert info.uncompressed_size == 4096 + 2 + 2048 + len(json.dumps(METADATA))


def test_bpe_tokenizer_is_accepted(tmp_path: Path) -> None:
    path = write_package(tmp_path / "bpe.argosmodel", drop=("sentencepiece.model",),
                         extra={"translate-fr_en/bpe.model": b"#version: 0.2\n"})
    assert validate_archive(path).root == "translate-fr_en"


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "notes.argosmodel"
    path.write_text("Bonjour, ceci n'est pas une archive.", encoding="utf-8")
    assert "not an Argos model package (not a zip archive)" in rejected(path)


def test_missing_file(tmp_path: Path) -> None:
    assert "Cannot read “absent.argosmodel”" in rejected(tmp_path / "absent.argosmodel")


def test_truncated_download(tmp_path: Path) -> None:
    path = write_package(tmp_path / "cut.argosmodel")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert "incomplete or damaged (truncated download?)" in rejected(path)


def test_corrupted_member_fails_crc(tmp_path: Path) -> None:
    path = tmp_path / "flipped.argosmodel"
    write_package(path, extra={"translate-fr_en/model/model.bin": bytes(range(256)) * 64})
    data = bytearray(path.read_bytes())
    # corrupt the stored bytes of model.bin (its payload follows its local header)
    offset = data.index(b"model/model.bin") + len(b"model/model.bin") + 20
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    # the directory is intact, so only reading the data reveals the damage
    validate_archive(path, check_crc=False)
    assert "incomplete or damaged" in rejected(path)


@pytest.mark.parametrize("name, why", [
    ("/etc/evil.txt", "absolute path"),
    ("C:/Windows/evil.txt", "absolute path"),
    ("translate-fr_en/../../evil.txt", "outside its folder"),
    ("translate-fr_en\\..\\evil.txt", "outside its folder"),
])
def test_unsafe_member_names(tmp_path: Path, name: str, why: str) -> None:
    path = write_package(tmp_path / "evil.argosmodel", extra={name: b"x"})
    message = rejected(path)
    assert "rejected as unsafe" in message and why in message


def test_symlink_member(tmp_path: Path) -> None:
    path = write_package(tmp_path / "link.argosmodel")
    with zipfile.ZipFile(path, "a") as archive:
        link = zipfile.ZipInfo("translate-fr_en/passwd")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    assert "symbolic link" in rejected(path)


def test_duplicate_member(tmp_path: Path) -> None:
    path = write_package(tmp_path / "dup.argosmodel")
    with pytest.warns(UserWarning), zipfile.ZipFile(path, "a") as archive:
        archive.writestr("translate-fr_en/model/model.bin", b"other")
    assert "lists a file twice" in rejected(path)


def test_two_top_level_folders(tmp_path: Path) -> None:
    path = write_package(tmp_path / "two.argosmodel", extra={"other/readme.txt": b"hi"})
    assert "exactly one top-level folder (found 2)" in rejected(path)


def test_files_at_the_top_level(tmp_path: Path) -> None:
    path = tmp_path / "flat.argosmodel"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("metadata.json", json.dumps(METADATA))
    assert "inside one folder" in rejected(path)


def test_empty_zip(tmp_path: Path) -> None:
    path = tmp_path / "empty.argosmodel"
    zipfile.ZipFile(path, "w").close()
    assert "empty zip archive" in rejected(path)


def test_missing_metadata(tmp_path: Path) -> None:
    path = write_package(tmp_path / "nometa.argosmodel", drop=("metadata.json",))
    assert "metadata.json is missing" in rejected(path)


def test_metadata_not_json(tmp_path: Path) -> None:
    path = write_package(tmp_path / "badjson.argosmodel", metadata=b"{from_code: fr")
    assert "unreadable metadata.json" in rejected(path)


def test_metadata_not_an_object(tmp_path: Path) -> None:
    path = write_package(tmp_path / "list.argosmodel", metadata=["fr", "en"])
    assert "not a JSON object" in rejected(path)


def test_metadata_without_to_code(tmp_path: Path) -> None:
    metadata = {k: v for k, v in METADATA.items() if k != "to_code"}
    path = write_package(tmp_path / "noto.argosmodel", metadata=metadata)
    assert "“to_code” is missing" in rejected(path)


def test_missing_model_bin(tmp_path: Path) -> None:
    path = write_package(tmp_path / "nomodel.argosmodel", drop=("model/model.bin",))
    assert "model/model.bin is missing" in rejected(path)


def test_missing_tokenizer(tmp_path: Path) -> None:
    path = write_package(tmp_path / "notok.argosmodel", drop=("sentencepiece.model",))
    assert "tokenizer (sentencepiece.model or bpe.model) is missing" in rejected(path)


def test_wrong_language_pair(tmp_path: Path) -> None:
    path = write_package(tmp_path / "de.argosmodel", root="translate-de_en",
                         metadata={**METADATA, "from_code": "de"})
    assert rejected(path) == "This package translates de→en; Vis-à-vis needs French→English."


def test_other_pairs_allowed_when_asked(tmp_path: Path) -> None:
    path = write_package(tmp_path / "de.argosmodel", metadata={**METADATA, "from_code": "de"})
    assert validate_archive(path, expected=None).from_code == "de"


def test_not_a_translation_package(tmp_path: Path) -> None:
    path = write_package(tmp_path / "sbd.argosmodel", metadata={**METADATA, "type": "sbd"})
    assert "“sbd” package, not a translation model" in rejected(path)


def test_uncompressed_size_cap(tmp_path: Path) -> None:
    path = write_package(tmp_path / "big.argosmodel",
                         extra={"translate-fr_en/model/padding.bin": bytes(3 * 1024**2)})
    assert path.stat().st_size < 100_000  # zeros compress very well: a small bomb
    assert "more than the" in rejected(path, max_uncompressed=2 * 1024**2)


def test_zip_bomb_header_over_default_cap(tmp_path: Path) -> None:
    """A directory announcing ~7.5 GB of content is refused before any byte is inflated."""
    path = write_package(tmp_path / "bomb.argosmodel")
    data = bytearray(path.read_bytes())
    for name in (b"translate-fr_en/model/model.bin", b"translate-fr_en/sentencepiece.model"):
        entry = data.rindex(b"PK\x01\x02", 0, data.rindex(name))  # its central directory record
        struct.pack_into("<I", data, entry + 24, 0xF0000000)  # uncompressed size field
    path.write_bytes(bytes(data))
    assert "would unpack to 7.5 GB" in rejected(path)


def test_encrypted_member(tmp_path: Path) -> None:
    path = write_package(tmp_path / "locked.argosmodel")
    data = bytearray(path.read_bytes())
    entry = data.index(b"PK\x01\x02")
    struct.pack_into("<H", data, entry + 8, struct.unpack_from("<H", data, entry + 8)[0] | 1)
    path.write_bytes(bytes(data))
    assert "password-protected" in rejected(path)


@pytest.mark.parametrize("nesting", ["[" * 1000 + "]" * 1000,
                                     '{"a":' * 1000 + "1" + "}" * 1000])
def test_deeply_nested_metadata_is_refused_with_a_message(tmp_path: Path, nesting: str) -> None:
    """A 2 kB metadata.json nested 1,000 deep used to crash with a RecursionError."""
    body = ('{"from_code": "fr", "to_code": "en", "type": "translate", "x": ' + nesting + "}")
    path = write_package(tmp_path / "deep.argosmodel", metadata=body.encode())
    message = rejected(path)
    assert "metadata.json" in message and "nested" in message


def test_oversized_metadata_is_refused(tmp_path: Path) -> None:
    body = json.dumps({**METADATA, "description": "x" * (70 * 1024)}).encode()
    path = write_package(tmp_path / "big.argosmodel", metadata=body)
    assert "oversized metadata.json" in rejected(path)
