"""Speak a whole article into one audio file, with a sidecar of sentence timings.

``speak_script`` synthesises the items in order (a short pause after each sentence, a
longer one after each paragraph) and returns the audio and one :class:`Timing` per
item: its start and end in seconds, monotonic and without overlap.  ``write_audio``
writes ``.wav`` itself and ``.ogg`` through ``sox`` or ``oggenc`` when one is
installed; ``write_timings`` writes the ``OUT.json`` sidecar.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from visavis.core.speech.audio import Audio, concatenate, converted, silence
from visavis.core.speech.engine import SpeechEngine, SpeechError
from visavis.core.speech.script import ScriptItem
from visavis.core.translation.types import CancelCallback, ProgressCallback

SENTENCE_PAUSE_S = 0.15
PARAGRAPH_PAUSE_S = 0.5
OGG_HINT = "Writing .ogg needs sox or oggenc: sudo apt install sox (or vorbis-tools)"
FORMATS = (".wav", ".ogg")


class ExportCancelled(Exception):
    pass


@dataclass(frozen=True)
class Timing:
    id: str
    lang: str
    start: float
    end: float
    text: str


EngineFor = Callable[[str], tuple[SpeechEngine, str | None]]  # lang -> (engine, voice)


def speak_script(script: Sequence[ScriptItem], engine_for: EngineFor, rate: float = 1.0, *,
                 progress: ProgressCallback | None = None,
                 cancel: CancelCallback | None = None) -> tuple[Audio, list[Timing]]:
    pieces: list[Audio] = []
    timings: list[Timing] = []
    clock = 0.0
    first: Audio | None = None
    for number, entry in enumerate(script):
        if cancel is not None and cancel():
            raise ExportCancelled("export cancelled")
        engine, voice = engine_for(entry.item.lang)
        audio = engine.synthesize(entry.item.text, entry.item.lang, voice, rate)
        first = first or audio
        audio = converted(audio, first.sample_rate, first.channels)  # timings in final frames
        duration = audio.duration
        timings.append(Timing(entry.item.sentence_id, entry.item.lang, round(clock, 3),
                              round(clock + duration, 3), entry.item.text))
        nxt = script[number + 1] if number + 1 < len(script) else None
        pause = 0.0 if nxt is None else (PARAGRAPH_PAUSE_S if nxt.block != entry.block
                                         else SENTENCE_PAUSE_S)
        gap = silence(pause, audio.sample_rate, audio.channels)
        pieces += [audio, gap]
        clock += duration + gap.duration
        if progress is not None:
            progress(number + 1, len(script))
    if not pieces:
        raise SpeechError("There is nothing to read aloud.")
    return concatenate(pieces), timings


def ogg_encoder() -> list[str] | None:
    """The command that turns ``IN.wav`` into ``OUT.ogg``, without the two paths."""
    if shutil.which("sox"):
        return ["sox", "-q"]
    if shutil.which("oggenc"):
        return ["oggenc", "-Q"]
    return None


def write_audio(audio: Audio, out: Path) -> Path:
    """Write ``audio`` to ``out`` (.wav or .ogg) through a temporary file and a rename."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise SpeechError(f"{out.name}: choose a .wav or .ogg file name.")
    encoder = ogg_encoder() if suffix == ".ogg" else None
    if suffix == ".ogg" and encoder is None:
        raise SpeechError(OGG_HINT)
    handle, temp_name = tempfile.mkstemp(prefix=".visavis-", suffix=suffix, dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        if encoder is None:
            audio.write_wav(temp)
        else:
            with tempfile.TemporaryDirectory(prefix="visavis-ogg-") as work:
                wav = audio.write_wav(Path(work) / "audio.wav")
                args = [*encoder, str(wav), str(temp)] if encoder[0] == "sox" \
                    else [*encoder, "-o", str(temp), str(wav)]
                done = subprocess.run(args, capture_output=True, text=True, check=False)
                if done.returncode != 0:
                    detail = (done.stderr.strip().splitlines() or ["failed"])[-1]
                    raise SpeechError(f"{encoder[0]} could not write {out.name}: {detail}")
        temp.replace(out)
    except OSError as exc:
        raise SpeechError(f"Could not write {out}: {exc.strerror or exc}") from exc
    finally:
        temp.unlink(missing_ok=True)
    return out


def sidecar_path(out: Path) -> Path:
    return Path(out).with_suffix(".json")


def write_timings(out: Path, timings: Sequence[Timing], *, title: str = "",
                  duration: float | None = None) -> Path:
    """Write ``OUT.json``: the audio file's name, its length and each sentence's timing."""
    path = sidecar_path(out)
    data = {"audio": Path(out).name, "title": title,
            "duration": round(duration, 3) if duration is not None else None,
            "sentences": [asdict(t) for t in timings]}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
