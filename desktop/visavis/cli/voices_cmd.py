"""``visavis voices``: list, install, download and remove Piper read-aloud voices.

A voice is an ``.onnx`` model with its ``.onnx.json`` beside it.  Speaking with one
needs the optional ``piper-tts`` package (``pip install 'visavis[piper]'``); espeak-ng
voices need no installation (``visavis voices list`` shows them too).
"""

from __future__ import annotations

import argparse

from visavis.cli import CommandError

HELP = "Manage Piper read-aloud voices (list, install FILE, download URL, uninstall NAME)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help="show the installed Piper voices and espeak-ng's voices")
    install = actions.add_parser("install", help="install a voice from its .onnx file")
    install.add_argument("file", metavar="FILE.onnx")
    download = actions.add_parser("download", help="download a voice and install it")
    download.add_argument("url", metavar="URL.onnx",
                          help="address of the .onnx file (its .onnx.json is fetched beside it)")
    uninstall = actions.add_parser("uninstall", help="remove an installed Piper voice")
    uninstall.add_argument("name", metavar="NAME")


def run(args: argparse.Namespace) -> int:
    from visavis.cli.models_cmd import TextProgress
    from visavis.core.speech import espeak, piper_voices
    from visavis.core.speech.piper_engine import INSTALL_HINT, piper_available

    try:
        if args.action == "list":
            voices = piper_voices.installed_voices()
            for voice in voices:
                print(f"{voice.name}\t{voice.lang}\t{voice.sample_rate} Hz\t{voice.model.parent}")
            if voices and not piper_available():
                print(f"(to speak with them: {INSTALL_HINT})")
            for lang in ("fr", "en"):
                names = espeak.list_voices(lang)[::2]
                print(f"espeak-ng {lang}: {', '.join(names) if names else 'not installed'}")
            return 0
        if args.action == "uninstall":
            voice = piper_voices.find_voice(args.name)
            if voice is None:
                raise CommandError(f"no Piper voice {args.name!r} is installed "
                                   "(see `visavis voices list`)")
            piper_voices.uninstall_voice(voice)
            print(f"removed {voice.name}")
            return 0
        progress = TextProgress()
        if args.action == "install":
            voice = piper_voices.install_voice_from_file(args.file, progress=progress)
        else:
            voice = piper_voices.download_voice(args.url, progress=progress,
                                                on_stage=progress.stage)
        progress.finish()
        print(f"installed {voice.name} ({voice.lang}) in {voice.model.parent}")
        return 0
    except piper_voices.PackageError as exc:
        raise CommandError(exc.message) from exc
