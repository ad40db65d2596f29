"""Read-aloud figures: first audio after play, gap between sentences, GUI freeze, export time.

    python bench/speech_bench.py [--words 2000] [--speed 0.05] [--text article.md]

1. Controller alone (headless) with espeak-ng: time from ``play()`` to the first
   synthesised sentence handed to the audio sink (target <= 300 ms), and the gaps
   between one sentence's end and the next one's start (target <= 100 ms), with a
   null sink that "plays" each sentence in ``--gap-speed`` x its real length.
2. The cost of starting one player process per sentence (a ``sox FILE -n`` stand-in,
   as no audio device is needed for it).
3. The real MainWindow offscreen, reading a generated 2,000-word article aloud with
   espeak-ng and the null sink at ``--speed`` x real time (so every sentence is lit and
   followed in a few seconds): the worst GUI freeze, measured with the 5 ms heartbeat of
   gui_freeze_bench.py (target <= 50 ms).  A stand-in translator fills the English pane.
4. Export of that article: French, and French + English, to WAV (and OGG with sox).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_env import isolate_environment  # bench/ is on sys.path


def _article(args: argparse.Namespace) -> tuple[str, str]:
    if args.text:
        return args.text.stem, args.text.read_text(encoding="utf-8")
    from fr_generator import generate_article

    return generate_article(random.Random(16), args.words)


def _controller_figures(document, gap_speed: float) -> None:  # type: ignore[no-untyped-def]
    from visavis.core.speech.controller import STOPPED, ReadAloudController
    from visavis.core.speech.espeak import EspeakEngine
    from visavis.core.speech.script import script_for
    from visavis.core.speech.sinks import NullSink

    items = [e.item for e in script_for(document, "fr")]
    firsts = []
    for start in (0, len(items) // 3, len(items) // 2, 2 * len(items) // 3, len(items) - 2):
        controller = ReadAloudController(EspeakEngine(), NullSink(speed=0))
        controller.set_items(items)
        controller.play(items[start].sentence_id)
        while not controller.stats.starts:
            time.sleep(0.001)
        firsts.append(controller.stats.first_audio() * 1000)
        controller.close()
    print(f"first audio after play (espeak-ng, 5 starting points): "
          f"median {statistics.median(firsts):.0f} ms, worst {max(firsts):.0f} ms "
          f"(target <= 300 ms)")
    count = min(40, len(items))
    controller = ReadAloudController(EspeakEngine(), NullSink(speed=gap_speed))
    controller.set_items(items[:count])
    controller.play()
    while controller.state != STOPPED or len(controller.stats.ends) < count:
        time.sleep(0.005)
    gaps = [g * 1000 for g in controller.stats.gaps()]
    controller.close()
    print(f"gap between sentences ({count} sentences, sink at {gap_speed:g}x real time): "
          f"median {statistics.median(gaps):.1f} ms, worst {max(gaps):.1f} ms "
          f"(target <= 100 ms)")


def _player_start_cost() -> None:
    if not shutil.which("sox"):
        print("player process start: sox not installed, not measured")
        return
    from visavis.core.speech.espeak import EspeakEngine

    with tempfile.TemporaryDirectory() as work:
        wav = EspeakEngine().synthesize("Bonjour.", "fr").write_wav(Path(work) / "b.wav")
        runs = []
        for _ in range(10):
            t = time.perf_counter()
            subprocess.run(["sox", "-q", str(wav), "-n"], check=True)
            runs.append((time.perf_counter() - t) * 1000)
    print(f"one player process per sentence (sox FILE -n: start, read, exit): "
          f"median {statistics.median(runs):.1f} ms")


class _Translator:
    model_id = "bench-stand-in@1"

    def translate(self, sentences, *, on_result=None, cancel=None):  # type: ignore[no-untyped-def]
        from visavis.core.translation.types import Translation

        out = [Translation("In English: " + s) for s in sentences]
        for i, t in enumerate(out):
            if on_result is not None:
                on_result(i, t)
        return out


def _gui_figures(path: Path, speed: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gui_freeze_bench import Heartbeat, _run_until
    from visavis.core.speech.controller import STOPPED
    from visavis.core.speech.sinks import NullSink
    from visavis.ui.shell.launch import protect_against_emit_refcount_bug
    from visavis.ui.shell.main_window import MainWindow

    protect_against_emit_refcount_bug()
    app = QApplication.instance() or QApplication([])
    window = MainWindow(None, loader=_Translator)
    window.resize(1200, 800)
    window.show()
    window.start()
    window.open_file(path)
    _run_until(app, lambda: window.session is not None and window.reading.translated_blocks()
               == len(window.session.document.blocks))
    feature = window.read_aloud
    feature.sink = NullSink(speed=speed)
    lit: list[object] = []
    feature._bridge.sentence.connect(lit.append)
    beat = Heartbeat()
    beat.start()
    pressed = time.perf_counter()
    feature.play()
    returned = time.perf_counter()
    _run_until(app, lambda: bool(lit))
    first_lit = time.perf_counter()
    _run_until(app, lambda: feature.controller.state == STOPPED and lit[-1] is None)
    done = time.perf_counter()
    beat.stop()
    sentences = len(window.session.document.sentences)
    print(f"window: play() returned in {(returned - pressed) * 1000:.1f} ms; first sentence lit "
          f"{(first_lit - pressed) * 1000:.0f} ms after play")
    print(f"worst GUI freeze while reading aloud {sentences} sentences "
          f"({window.session.document.word_count()} words, sink at {speed:g}x, "
          f"{done - pressed:.1f} s, every sentence lit and followed): {max(beat.gaps):.1f} ms "
          f"(target <= 50 ms); gaps > 50 ms: {sum(g > 50 for g in beat.gaps)}")
    feature.close()
    window.close()


def _export_figures(document) -> None:  # type: ignore[no-untyped-def]
    from visavis.core.speech.audio_export import speak_script, write_audio
    from visavis.core.speech.espeak import EspeakEngine
    from visavis.core.speech.script import script_for

    engine = EspeakEngine()
    english = {s.id: "In English: " + s.text for s in document.sentences}
    with tempfile.TemporaryDirectory() as work:
        for lang in ("fr", "both"):
            t = time.perf_counter()
            audio, timings = speak_script(script_for(document, lang, english),
                                          lambda _l: (engine, None))
            write_audio(audio, Path(work) / "a.wav")
            made = time.perf_counter() - t
            line = (f"export --lang {lang}: {len(timings)} sentences, {audio.duration / 60:.1f} "
                    f"min of audio, WAV in {made:.1f} s")
            if shutil.which("sox"):
                t = time.perf_counter()
                write_audio(audio, Path(work) / "a.ogg")
                line += f", OGG +{time.perf_counter() - t:.1f} s"
            print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--text", type=Path, help="a Markdown article instead of a generated one")
    parser.add_argument("--speed", type=float, default=0.05,
                        help="null sink speed for the window run (x real time)")
    parser.add_argument("--gap-speed", type=float, default=0.25,
                        help="null sink speed for the gap measurement (x real time)")
    args = parser.parse_args(argv)
    root = isolate_environment("speech")
    from visavis.core.document.markdown_parser import parse_markdown

    title, source = _article(args)
    path = root / "article.md"
    path.write_text(source, encoding="utf-8")
    document = parse_markdown(source, title)
    print(f"article: {len(document.sentences)} sentences, {document.word_count()} words; "
          f"CPU: {os.cpu_count()} cores shared")
    _controller_figures(document, args.gap_speed)
    _player_start_cost()
    _gui_figures(path, args.speed)
    _export_figures(document)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
