"""Translation settings: validation and JSON persistence."""

from __future__ import annotations

import json

import pytest

from visavis.core.translation import settings as ts
from visavis.core.translation.settings import TranslationSettings


def test_defaults_when_nothing_saved() -> None:
    assert ts.load_settings() == TranslationSettings(beam_size=4, threads=0,
                                                     compute_type="auto", device="cpu")


def test_save_then_load_round_trip() -> None:
    wanted = TranslationSettings(beam_size=2, threads=1, compute_type="float32", alignment=False)
    path = ts.save_settings(wanted)
    assert path.parent == ts.paths.config_dir()
    assert ts.load_settings() == wanted


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b"[]", b""])
def test_corrupt_file_gives_defaults(content: bytes) -> None:
    ts.settings_path().write_bytes(content)
    assert ts.load_settings() == TranslationSettings()


def test_invalid_fields_are_dropped_one_by_one() -> None:
    ts.settings_path().write_text(json.dumps(
        {"beam_size": 99, "threads": 2, "device": "tpu", "compute_type": "int8", "extra": 1}))
    loaded = ts.load_settings()
    assert (loaded.beam_size, loaded.threads, loaded.device, loaded.compute_type) == \
        (4, 2, "cpu", "int8")


@pytest.mark.parametrize("bad", [
    {"beam_size": 0}, {"beam_size": "4"}, {"threads": -1}, {"compute_type": "int3"},
    {"device": "gpu"}, {"alignment": "yes"},
])
def test_validation_rejects_bad_values(bad: dict) -> None:
    with pytest.raises(ValueError):
        TranslationSettings(**bad).validated()
    with pytest.raises(ValueError):
        ts.save_settings(TranslationSettings(**bad))
    assert not ts.settings_path().exists()


def test_devices_and_compute_types_of_this_machine() -> None:
    import ctranslate2

    assert ts.available_devices()[0] == "cpu"
    assert ("cuda" in ts.available_devices()) == (ctranslate2.get_cuda_device_count() > 0)
    types = ts.available_compute_types("cpu")
    assert types[0] == "auto"
    assert set(types[1:]) == set(ctranslate2.get_supported_compute_types("cpu")) & set(
        ts.COMPUTE_TYPES)


def test_compute_type_resolution_falls_back() -> None:
    supported = ts.available_compute_types("cpu")
    auto = ts.resolve_compute_type(TranslationSettings(), "cpu")
    assert auto == ("int8" if "int8" in supported else auto)
    assert ts.resolve_compute_type(TranslationSettings(compute_type="float32"), "cpu") == "float32"
    if "float16" not in supported:
        assert ts.resolve_compute_type(TranslationSettings(compute_type="float16"), "cpu") == auto
    assert ts.resolve_device(TranslationSettings(device="cuda")) in ts.available_devices()
