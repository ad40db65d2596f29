"""PCM audio held in memory: read a WAV (also the open-ended one ``espeak-ng --stdout``
writes), join pieces, add silence, write a WAV file.

Everything is 16-bit mono or stereo PCM; joining resamples (linear, numpy) when two
pieces have different sample rates, as an espeak-ng and a Piper voice may.
"""

from __future__ import annotations

import io
import struct
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SAMPLE_WIDTH = 2  # 16-bit PCM


class AudioFormatError(ValueError):
    """The bytes are not a 16-bit PCM WAV."""


@dataclass(frozen=True)
class Audio:
    pcm: bytes  # little-endian 16-bit samples, interleaved when stereo
    sample_rate: int
    channels: int = 1

    @property
    def frames(self) -> int:
        return len(self.pcm) // (SAMPLE_WIDTH * self.channels)

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.frames / self.sample_rate if self.sample_rate else 0.0

    def wav_bytes(self) -> bytes:
        out = io.BytesIO()
        with wave.open(out, "wb") as wav:
            wav.setnchannels(self.channels)
            wav.setsampwidth(SAMPLE_WIDTH)
            wav.setframerate(self.sample_rate)
            wav.writeframes(self.pcm)
        return out.getvalue()

    def write_wav(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_bytes(self.wav_bytes())
        return path


def silence(seconds: float, sample_rate: int, channels: int = 1) -> Audio:
    frames = max(0, round(seconds * sample_rate))
    return Audio(b"\0" * (frames * SAMPLE_WIDTH * channels), sample_rate, channels)


def from_wav_bytes(raw: bytes) -> Audio:
    """Parse a RIFF/WAVE file; a ``data`` chunk whose size is unknown (streamed) runs to the end."""
    if len(raw) < 12 or raw[:4] != b"RIFF" or raw[8:12] != b"WAVE":
        raise AudioFormatError("not a WAV file")
    pos, fmt = 12, None
    while pos + 8 <= len(raw):
        chunk, size = raw[pos:pos + 4], struct.unpack_from("<I", raw, pos + 4)[0]
        body = pos + 8
        if chunk == b"fmt ":
            tag, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", raw, body)
            if tag not in (1, 0xFFFE) or bits != 16 or channels not in (1, 2):
                raise AudioFormatError(f"unsupported WAV format (tag {tag}, {bits} bits, "
                                       f"{channels} channels)")
            fmt = (rate, channels)
        elif chunk == b"data":
            if fmt is None:
                raise AudioFormatError("WAV data before its format")
            end = min(len(raw), body + size)
            data = raw[body:end]
            frame = SAMPLE_WIDTH * fmt[1]
            return Audio(data[:len(data) - len(data) % frame], fmt[0], fmt[1])
        pos = body + size + (size & 1)
    raise AudioFormatError("WAV file without audio data")


def read_wav(path: str | Path) -> Audio:
    return from_wav_bytes(Path(path).read_bytes())


def converted(audio: Audio, rate: int, channels: int) -> Audio:
    if audio.sample_rate == rate and audio.channels == channels:
        return audio
    samples = np.frombuffer(audio.pcm, dtype="<i2").reshape(-1, audio.channels).astype(np.float32)
    mono = samples.mean(axis=1)
    if audio.sample_rate != rate and len(mono):
        count = max(1, round(len(mono) * rate / audio.sample_rate))
        positions = np.linspace(0, len(mono) - 1, count)
        mono = np.interp(positions, np.arange(len(mono)), mono)
    out = np.repeat(mono[:, None], channels, axis=1)
    return Audio(np.clip(out, -32768, 32767).astype("<i2").tobytes(), rate, channels)


def concatenate(pieces: Sequence[Audio]) -> Audio:
    """Join pieces in order, converted to the first piece's rate and channels."""
    if not pieces:
        return Audio(b"", 22050)
    rate, channels = pieces[0].sample_rate, pieces[0].channels
    return Audio(b"".join(converted(p, rate, channels).pcm for p in pieces), rate, channels)
