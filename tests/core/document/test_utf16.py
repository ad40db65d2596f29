"""Code points <-> UTF-16 code units: the one conversion between the model and Qt."""

from __future__ import annotations

import pytest

from visavis.core.document.utf16 import Utf16Offsets, from_utf16, to_utf16, utf16_len

SAMPLES = [
    "📎 Pièce jointe : le rapport.",  # emoji at the start
    "Le rapport 📎 est joint.",  # in the middle
    "Le rapport est joint 📎",  # at the end
    "Cafe\u0301 cre\u0300me",  # combining accents: BMP, one unit each
    "12\u00a0%\u202f!",  # NBSP and NNBSP: BMP
    "L'ensemble 𝔘 et 𝔘𝔘 puis 😀.",  # mathematical letters, several astral in a row
    "",
]


def _units_before(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


@pytest.mark.parametrize("text", SAMPLES)
def test_round_trip_matches_the_utf16_encoding(text: str) -> None:
    offsets = Utf16Offsets(text)
    assert offsets.units == len(text.encode("utf-16-le")) // 2 == utf16_len(text)
    for i in range(len(text) + 1):
        units = offsets.to_utf16(i)
        assert units == _units_before(text, i) == to_utf16(text, i)
        assert offsets.from_utf16(units) == i == from_utf16(text, units)


def test_inside_a_surrogate_pair_is_the_character_holding_it() -> None:
    text = "a😀b"
    assert Utf16Offsets(text).from_utf16(2) == 1  # between the two halves of 😀
    assert Utf16Offsets(text).from_utf16(3) == 2


def test_out_of_range_is_clamped() -> None:
    offsets = Utf16Offsets("📎x")
    assert offsets.to_utf16(-3) == 0 and offsets.to_utf16(99) == 3
    assert offsets.from_utf16(99) == 2 and offsets.from_utf16(-1) == 0


def test_bmp_text_is_the_identity() -> None:
    offsets = Utf16Offsets("Élan\u202f: à bientôt")
    assert offsets.bmp_only
    assert [offsets.to_utf16(i) for i in range(5)] == [0, 1, 2, 3, 4]
