"""PCM audio helpers: espeak-ng's open-ended WAV header, joining, silence."""

from __future__ import annotations

import struct

import pytest

from visavis.core.speech.audio import (
    Audio,
    AudioFormatError,
    concatenate,
    from_wav_bytes,
    read_wav,
    silence,
)


def _streamed_wav(pcm: bytes, rate: int = 22050) -> bytes:
    """A WAV whose sizes say 'unknown', as ``espeak-ng --stdout`` writes it."""
    fmt = struct.pack("<HHIIHH", 1, 1, rate, rate * 2, 2, 16)
    return (b"RIFF" + struct.pack("<I", 0x7FFFF024) + b"WAVE" + b"fmt "
            + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", 0x7FFFF000) + pcm)


def test_a_streamed_header_reads_to_the_end_of_the_bytes() -> None:
    audio = from_wav_bytes(_streamed_wav(b"\x01\x00" * 22050))
    assert audio.sample_rate == 22050 and audio.frames == 22050
    assert audio.duration == pytest.approx(1.0)


def test_written_wav_has_exact_sizes(tmp_path) -> None:
    audio = Audio(b"\x00\x10" * 11025, 22050)
    path = audio.write_wav(tmp_path / "a.wav")
    again = read_wav(path)
    assert again == audio
    assert struct.unpack_from("<I", path.read_bytes(), 40)[0] == 22050  # data chunk size


def test_not_a_wav_is_refused() -> None:
    with pytest.raises(AudioFormatError):
        from_wav_bytes(b"ID3 not a wave file at all")


def test_concatenate_resamples_to_the_first_rate() -> None:
    a = Audio(b"\x00\x01" * 22050, 22050)
    b = Audio(b"\x00\x01" * 16000, 16000)  # one second at another rate
    joined = concatenate([a, silence(0.5, 22050), b])
    assert joined.sample_rate == 22050
    assert joined.duration == pytest.approx(2.5, abs=0.001)
