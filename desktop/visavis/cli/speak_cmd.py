"""``visavis speak FILE|ARTICLE_ID --out OUT.wav|.ogg [--lang fr|en|both] [--voice V]``.

Reads an article aloud into one audio file, with its sentence timings in ``OUT.json``
(sentence id, language, start, end, in seconds).  ``both`` reads each French sentence
then its English.  The English comes from the library's cache, then the installed
model, as ``visavis export`` does.  Runs headless; never plays sound.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from visavis.cli import CommandError

HELP = "Read an article aloud into a .wav or .ogg file, with sentence timings in OUT.json."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", metavar="FILE|ARTICLE_ID",
                        help="a file or a library article id")
    parser.add_argument("--out", metavar="OUT.wav|OUT.ogg", type=Path, required=True,
                        help="the audio file to write (timings go beside it in OUT.json)")
    parser.add_argument("--lang", choices=("fr", "en", "both"), default="fr",
                        help="read the French, the English, or each French sentence then its "
                             "English (default: fr)")
    parser.add_argument("--voice", metavar="V",
                        help="an espeak-ng voice (fr-fr, fr-be, en-us…) or an installed Piper "
                             "voice; with --lang both it is the French voice")
    parser.add_argument("--rate", type=float, default=1.0,
                        help="speed, 0.5 to 1.5 (default: 1)")
    parser.add_argument("--no-translate", action="store_true",
                        help="do not run the model; use cached translations only")


def _article(args: argparse.Namespace, library: Any | None, translate: bool) -> Any:
    from visavis.cli.export_cmd import load_article

    return load_article(args.article, library, translate=translate)


def run(args: argparse.Namespace) -> int:
    from visavis.cli import export_cmd
    from visavis.core.speech.audio_export import (
        FORMATS,
        speak_script,
        write_audio,
        write_timings,
    )
    from visavis.core.speech.engine import MAX_RATE, MIN_RATE, SpeechError
    from visavis.core.speech.script import missing_english, script_for
    from visavis.core.speech.voices import resolve_voice

    out: Path = args.out
    if out.suffix.lower() not in FORMATS:
        raise CommandError(f"{out.name}: the output must end in .wav or .ogg")
    if not out.parent.is_dir():
        raise CommandError(f"{out.parent}: no such folder")
    if not MIN_RATE <= args.rate <= MAX_RATE:
        raise CommandError(f"--rate must be between {MIN_RATE} and {MAX_RATE}")
    voice_lang = "en" if args.lang == "en" else "fr"
    try:
        engines = {lang: resolve_voice(args.voice if lang == voice_lang else None, lang)
                   for lang in ("fr", "en")}
    except SpeechError as exc:
        raise CommandError(str(exc)) from exc
    library = export_cmd._open_library()
    try:
        article = _article(args, library, args.lang != "fr" and not args.no_translate)
    finally:
        if library is not None:
            library.close()
    document, english = article.document, article.english
    missing = missing_english(document, english)
    if args.lang != "fr" and missing:
        what = "read in French only" if args.lang == "both" else "left out"
        print(f"visavis speak: {missing} of {len(document.sentences)} sentences have no "
              f"English yet; they are {what}", file=sys.stderr)
    script = script_for(document, args.lang, english)
    started = time.perf_counter()
    try:
        audio, timings = speak_script(script, engines.__getitem__, args.rate)
        write_audio(audio, out)
        sidecar = write_timings(out, timings, title=document.title, duration=audio.duration)
    except SpeechError as exc:
        raise CommandError(str(exc)) from exc
    minutes, seconds = divmod(round(audio.duration), 60)
    print(f"{out}: {len(timings)} sentences, {minutes}:{seconds:02d} of audio "
          f"(made in {time.perf_counter() - started:.1f} s); timings in {sidecar}")
    return 0
