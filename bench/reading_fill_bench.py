"""How fast does the reading view show a very long document, and does it ever freeze?

    python bench/reading_fill_bench.py [--mb 20] [--limit 120]

Builds a ``Document`` of ``--mb`` megabytes of French paragraphs directly (no parsing: the
parser's cost is measured by the import bench), opens it in a bare ``ReadingView``
offscreen with a 5 ms heartbeat, and prints the time until the first screen is drawn, the
time until every block is written and aligned, and the longest gap between beats while the
rest is filled in (the GUI freeze).
"""

from __future__ import annotations

import argparse
import os
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument("--limit", type=float, default=120.0, help="stop waiting after this many s")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from visavis.core.document import Block, Document, Sentence
    from visavis.ui.reading.reading_view import ReadingView

    app = QApplication.instance() or QApplication([])
    paragraph = ("Le conseil municipal a voté le budget de la ville après un long débat. "
                 "Les élus ont discuté jusqu'à minuit ? Oui ! ") * 4
    count = int(args.mb * 1e6 / len(paragraph))
    blocks, plain = [], 0
    for i in range(count):
        text = f"{i}. {paragraph}"
        sentence = Sentence(f"s{i}", i, i, text, 0, len(text), 0, 0)
        blocks.append(Block(i, "paragraph", 0, text, 0, 0, plain, (sentence,)))
        plain += len(text) + 2
    document = Document("", "long", blocks)
    view = ReadingView()
    view.resize(1000, 700)
    view.show()
    app.processEvents()

    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(beat)
    timer.start()
    t0 = time.perf_counter()
    view.set_document(document, {})
    app.processEvents()  # the first paint
    t_first = time.perf_counter()
    gaps.clear()
    last[0] = time.perf_counter()
    while (not view.french.is_complete() or not view.english.is_complete()
           or view.aligner.pending()) and time.perf_counter() - t0 < args.limit:
        app.processEvents()
    t_done = time.perf_counter()
    done = view.french.filled_count()
    print(f"{count} blocks, {plain / 1e6:.1f} MB: first screen {1000 * (t_first - t0):.0f} ms; "
          f"{done} blocks written{' and aligned' if done == count else ''} after {t_done - t0:.1f} s; "
          f"worst GUI freeze meanwhile {max(gaps, default=0):.0f} ms (median beat "
          f"{sorted(gaps)[len(gaps) // 2] if gaps else 0:.0f} ms)")


if __name__ == "__main__":
    main()
