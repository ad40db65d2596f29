"""espeak-ng through its command line: the default engine, on every Debian/Ubuntu machine.

One ``espeak-ng --stdout`` process per sentence (about 20-30 ms for a sentence of
twenty words); the text goes in on standard input so nothing in it is read as an
option.  Speed: espeak-ng's 175 words a minute is 1x, so 0.5x-1.5x is 88-262 wpm.
"""

from __future__ import annotations

import functools
import shutil
import subprocess

from visavis.core.speech.audio import Audio, AudioFormatError, from_wav_bytes
from visavis.core.speech.engine import SpeechError, clamp_rate

EXECUTABLE = "espeak-ng"
NORMAL_WPM = 175
MIN_WPM = 80  # espeak-ng's own floor
DEFAULT_VOICES = {"fr": "fr", "en": "en-us"}
TIMEOUT_S = 30.0
INSTALL_HINT = "Install it with: sudo apt install espeak-ng"


def words_per_minute(rate: float) -> int:
    return max(MIN_WPM, round(NORMAL_WPM * clamp_rate(rate)))


def espeak_path() -> str | None:
    return shutil.which(EXECUTABLE)


@functools.lru_cache(maxsize=4)
def list_voices(lang: str) -> tuple[str, ...]:
    """Voice names espeak-ng offers for ``lang`` (its ``--voices=LANG`` table)."""
    path = espeak_path()
    if path is None:
        return ()
    try:
        out = subprocess.run([path, f"--voices={lang}"], capture_output=True, text=True,
                             timeout=TIMEOUT_S, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ()
    names = []
    for line in out.splitlines()[1:]:
        fields = line.split()
        # Pty Language Age/Gender VoiceName File: mbrola voices need mbrola, left out
        if len(fields) >= 5 and not fields[4].startswith("mb/"):
            names.append(fields[1])
            names.append(fields[3])
    return tuple(dict.fromkeys(names))


class EspeakEngine:
    name = "espeak-ng"

    def __init__(self, executable: str | None = None) -> None:
        self._executable = executable

    def available(self) -> bool:
        return (self._executable or espeak_path()) is not None

    def synthesize(self, text: str, lang: str, voice: str | None = None,
                   rate: float = 1.0) -> Audio:
        executable = self._executable or espeak_path()
        if executable is None:
            raise SpeechError(f"espeak-ng is not installed. {INSTALL_HINT}")
        voice = voice or DEFAULT_VOICES.get(lang, lang)
        # "[[...]]" would be read as phoneme codes; a space keeps it plain text
        spoken = text.replace("[[", "[ [").replace("\n", " ").strip() or " "
        command = [executable, "--stdout", "-b", "1", "-v", voice,
                   "-s", str(words_per_minute(rate))]
        try:
            done = subprocess.run(command, input=spoken.encode("utf-8"), capture_output=True,
                                  timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise SpeechError(f"espeak-ng took more than {TIMEOUT_S:.0f} s on one sentence") \
                from exc
        except OSError as exc:
            raise SpeechError(f"Could not run espeak-ng: {exc.strerror or exc}") from exc
        problem = done.stderr.decode("utf-8", "replace").strip().splitlines()
        if done.returncode != 0 or not done.stdout:
            reason = problem[-1] if problem else f"exit code {done.returncode}"
            raise SpeechError(f"espeak-ng could not speak with voice {voice!r}: {reason}")
        try:
            return from_wav_bytes(done.stdout)
        except AudioFormatError as exc:
            raise SpeechError(f"espeak-ng returned unreadable audio: {exc}") from exc
