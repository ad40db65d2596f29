"""How responsive is the reading window while a model loads and an article translates?

Runs the real MainWindow offscreen with a 5 ms QTimer heartbeat on the GUI thread and
prints the longest gap between beats (the worst freeze; target <= 50 ms), the time
from opening the article to the first visible English paragraph, the time to the
whole translation, then reopens the article in a fresh window on the same library and
prints the number of model calls (target 0).

    python bench/gui_freeze_bench.py --package translate-fr_en-X.argosmodel --text article.txt

The package is installed into a temporary ARGOS_PACKAGES_DIR; library and settings
live in a temporary folder too.  Nothing of the reader's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from bench_env import install_package, isolate_environment  # bench/ is on sys.path


class Heartbeat:
    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.long: list[tuple[float, float]] = []  # (time since start in s, gap in ms) > 50 ms
        self.late: list[tuple[float, float]] = []  # (perf_counter at start, at end) > 30 ms
        self._last = self._start = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._last = self._start = time.perf_counter()
        self.gaps.clear()
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self.gaps.append(gap)
        if gap > 50:
            self.long.append((self._last - self._start, gap))
        if gap > 30:
            self.late.append((self._last, now))
        self._last = now

    def stop(self) -> None:
        self.timer.stop()


class StackSampler:
    """Samples the GUI thread's Python stack every ~1 ms from a daemon thread (--stacks).

    A sample is taken only when the sampler gets the GIL, so during a long native call that
    holds it the samples stop; when the GUI thread waits in native code without the GIL, the
    samples show the Python frame that called it.  The sampler itself competes for the GIL:
    freezes measured with it on are a little longer.
    """

    def __init__(self) -> None:
        import collections
        import threading

        self.samples: collections.deque[tuple[float, tuple[str, ...]]] = \
            collections.deque(maxlen=200_000)
        self._main = threading.main_thread().ident
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        import traceback

        while not self._stop.wait(0.001):
            frame = sys._current_frames().get(self._main)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame, limit=8)
            self.samples.append((time.perf_counter(), tuple(
                f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in stack[-6:])))

    def report(self, gaps: list[tuple[float, float]], start: float, top: int = 5) -> None:
        import collections

        for begin, end in sorted(gaps, key=lambda g: g[0] - g[1])[:top]:
            print(f"  GUI thread during the {(end - begin) * 1000:.0f} ms gap at "
                  f"{(begin - start) * 1000:.0f} ms:")
            counts = collections.Counter(st for t, st in self.samples if begin <= t <= end)
            for stack, n in counts.most_common(4):
                print(f"    {n:3d}x " + " > ".join(stack))


def _run_until(app, predicate) -> None:  # type: ignore[no-untyped-def]
    while not predicate():
        app.processEvents()
        time.sleep(0.001)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", required=True, type=Path, help=".argosmodel to install")
    parser.add_argument("--text", required=True, type=Path, help="article to open")
    parser.add_argument("--size", default="1200x800")
    parser.add_argument("--no-features", action="store_true",
                        help="the bare reading window (no ui/features modules installed)")
    parser.add_argument("--without", default="", metavar="NAME[,NAME]",
                        help="leave out these ui/features modules (e.g. glossary,annotations)")
    parser.add_argument("--default-switch-interval", action="store_true",
                        help="keep Python's 5 ms GIL switch interval (the baseline of launch's 1 ms)")
    parser.add_argument("--stacks", action="store_true",
                        help="sample the GUI thread's stack; print it for the longest gaps > 30 ms")
    args = parser.parse_args(argv)
    isolate_environment("freeze")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from visavis.core.store.library import Library
    from visavis.ui.reading.translation_controller import preload_native_modules
    from visavis.ui.shell.launch import prefer_the_gui_thread, protect_against_emit_refcount_bug
    from visavis.ui.shell.main_window import MainWindow

    protect_against_emit_refcount_bug()
    if not args.default_switch_interval:
        prefer_the_gui_thread()  # as launch_gui does
    install_package(args.package)
    app = QApplication.instance() or QApplication([])
    library = Library.open()
    width, _, height = args.size.partition("x")
    beat = Heartbeat()
    sampler = StackSampler() if args.stacks else None
    if sampler is not None:
        sampler.start()

    t0 = time.perf_counter()
    preload_native_modules()  # as launch_gui does
    features = [] if args.no_features else None
    if args.without and not args.no_features:
        from visavis.ui.features import FEATURES

        left_out = {name.strip() for name in args.without.split(",")}
        features = [n for n in FEATURES if n.rsplit(".", 1)[-1] not in left_out]
    window = MainWindow(library, features=features)
    window.resize(int(width), int(height))
    window.show()
    app.processEvents()
    t_built = time.perf_counter()
    beat.start()  # from here on: model load, import, translation
    ready: list[float] = []
    window.translation.modelReady.connect(lambda _m: ready.append(time.perf_counter()))
    window.start()
    window.open_file(args.text)
    _run_until(app, lambda: window.session is not None)
    t_open = time.perf_counter()
    visible = window.reading.visible_blocks()
    english = window.reading.english
    _run_until(app, lambda: any(not english.block(i).placeholder for i in visible)
               or window.translation.translator is None and not window.translation.loading)
    t_first = time.perf_counter()
    blocks = len(window.session.document.blocks)
    _run_until(app, lambda: window.reading.translated_blocks() == blocks
               or window.translation.translator is None and not window.translation.loading)
    t_all = time.perf_counter()
    beat.stop()
    if window.translation.translator is None:
        print("the model did not load; see the banner/status:", window.statusBar().currentMessage())
        return 1
    worst = max(beat.gaps)
    calls = window.translation.model_calls
    sentences = len(window.session.document.sentences)
    article_id = window.session.article_id
    window.close()

    again = MainWindow(library, features=features)
    again.show()
    again.start()
    t_reopen = time.perf_counter()
    again.open_article(article_id)
    _run_until(app, lambda: again.session is not None
               and again.reading.translated_blocks() == len(again.session.document.blocks))
    t_reopened = time.perf_counter()
    reopen_calls = again.translation.model_calls
    again.close()
    library.close()

    print(f"article: {args.text.name}: {blocks} paragraphs, {sentences} sentences, "
          f"{window.session.document.word_count()} words; model: {args.package.name}")
    print(f"features: {', '.join(n.rsplit('.', 1)[-1] for n in window.installed_features) or 'none'}")
    print(f"window built and shown (modules preloaded, before the event loop): "
          f"{(t_built - t0) * 1000:.0f} ms")
    print(f"worst GUI freeze (5 ms heartbeat, load + translation): {worst:.1f} ms "
          f"(target <= 50 ms); beats: {len(beat.gaps)}, gaps > 50 ms: "
          f"{sum(g > 50 for g in beat.gaps)}")
    print(f"time to article shown: {(t_open - t0) * 1000:.0f} ms; model ready: "
          f"{(ready[0] - t0):.2f} s; first visible English paragraph: {(t_first - t0):.2f} s "
          f"({(t_first - max(ready[0], t_open)):.2f} s after model and article were ready); "
          f"whole article: {(t_all - t0):.2f} s; engine calls: {calls}")
    for at, gap in beat.long:
        print(f"  freeze of {gap:.0f} ms starting {at:.2f} s after the window was shown")
    if sampler is not None:
        sampler.stop()
        sampler.report(beat.late, beat._start)
    print(f"reopen: all {blocks} paragraphs in {(t_reopened - t_reopen) * 1000:.0f} ms with "
          f"{reopen_calls} model calls (target 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
