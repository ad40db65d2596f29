"""Word-status GUI benchmark: restyling the visible screen after a status change.

    DISPLAY=:77 .venv/bin/python bench/word_status_gui_bench.py [--changes 40] [--screens DIR]

Opens a ~1,600-word generated article in the real window (every feature installed, no
translation model), changes the status of words on screen one after the other and prints,
per change: the feature's restyle (the in-memory change, then a synchronous repaint of the
French viewport with its tints: what the reader sees change; target ≤ 16 ms), a plain repaint
of the same screen for comparison, and the GUI thread's CPU time for both (which the load of
a shared machine does not inflate).

``--screens DIR`` also saves words-tints-light.png, words-tints-dark.png, words-learner.png,
words-interleaved.png, words-popup.png and words-statistics.png there, on a short article whose English is
supplied by this script (no model is needed; the English is ours, written for the shot).
Runs in temporary data/config dirs (bench_env), never the reader's library.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_env  # noqa: E402

TARGET_MS = 16.0

DEMO = [
    ("# Les jeunes pousses recrutent", "The start-ups are hiring"),
    ("Les jeunes pousses de Montréal recrutent des chercheurs en intelligence artificielle.",
     "Montreal's start-ups are recruiting artificial intelligence researchers."),
    ("Elles offrent des salaires élevés et une prime à la signature.",
     "They offer high salaries and a signing bonus."),
    ("Les universités craignent de perdre leurs meilleurs professeurs.",
     "Universities fear losing their best professors."),
    ("Selon un rapport publié mardi, la demande a doublé en deux ans.",
     "According to a report published on Tuesday, demand has doubled in two years."),
    ("Le gouvernement prépare un programme pour garder les talents au pays.",
     "The government is preparing a programme to keep talent in the country."),
    ("Plusieurs entreprises ont déjà mis sur pied des laboratoires communs.",
     "Several companies have already set up joint laboratories."),
    ("« Nous voulons former la prochaine génération », explique Marie Tremblay.",
     "“We want to train the next generation,” explains Marie Tremblay."),
]


def demo_source() -> str:
    title = DEMO[0][0]
    body = DEMO[1:]
    return "\n\n".join([title, " ".join(f for f, _e in body[:3]), " ".join(f for f, _e in body[3:6]),
                        " ".join(f for f, _e in body[6:])]) + "\n"


def wait(app, predicate, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not predicate():
        app.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there")
        time.sleep(0.005)


def settle(app, seconds: float = 0.3) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def open_text(app, window, text: str, title: str):  # type: ignore[no-untyped-def]
    from visavis.ui.reading.article_session import session_from_text

    feature = window.word_status_feature
    window.show_session(session_from_text(text, title, window.library))
    wait(app, lambda: feature.words is not None and feature.words.document is window.session.document)
    window.reading.finish_fill()
    settle(app)
    return feature


def measure(app, window, changes: int) -> None:  # type: ignore[no-untyped-def]
    from fr_generator import generate_article
    from visavis.core.knowledge.statuses import TermStatus

    rng = random.Random(5)
    text = "\n\n".join(generate_article(rng)[1] for _ in range(2))
    feature = open_text(app, window, text, "Bench")
    pane = window.reading.french
    tokens = feature.words.tokens_in_blocks(pane.visible_blocks())
    restyle, paint, cpu = [], [], []
    for i in range(changes):
        token = tokens[(i * 7) % len(tokens)]
        status = TermStatus.KNOWN if i % 2 == 0 else TermStatus.LEARNING_1
        c0 = time.thread_time()
        t0 = time.perf_counter()
        feature.set_status(token.lemma, status)
        t1 = time.perf_counter()
        pane.viewport().repaint()
        t2 = time.perf_counter()
        cpu.append((time.thread_time() - c0) * 1000)
        restyle.append((t1 - t0) * 1000)
        paint.append((t2 - t1) * 1000)
        app.processEvents()
    window.tasks.wait_for_writes(10_000)
    words = len(feature.words.all_tokens())
    tinted = len(feature.tinter.word_rects())
    print(f"article: {words} words, {len(feature.words.document.blocks)} blocks; "
          f"{len(tokens)} words on screen, {tinted} tinted; the tint rectangles of one paint: "
          f"{feature.tinter.last_paint_ms:.1f} ms")
    print(f"status change → restyle incl. synchronous repaint: median {statistics.median(restyle):.1f} ms, "
          f"max {max(restyle):.1f} ms (target {TARGET_MS:.0f} ms, ratio "
          f"{statistics.median(restyle) / TARGET_MS:.2f})")
    print(f"a plain repaint of the same screen: median {statistics.median(paint):.1f} ms, max {max(paint):.1f} ms")
    print(f"GUI-thread CPU time of both (load-independent): median {statistics.median(cpu):.1f} ms, "
          f"max {max(cpu):.1f} ms")


def screens(app, window, folder: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QGuiApplication, QPalette

    from visavis.core.knowledge.statuses import TermStatus
    from visavis.core.translation.types import Translation

    folder.mkdir(parents=True, exist_ok=True)
    library = window.library
    library.word_status.set_many([(w, TermStatus.KNOWN) for w in (
        "le", "de", "en", "et", "un", "à", "des", "leur", "meilleur", "deux", "an", "avoir",
        "être", "nous", "vouloir", "pays", "gouvernement", "plusieurs", "entreprise", "déjà",
        "université", "rapport", "mardi", "salaire", "élevé", "pour", "il", "elle", "selon",
        "publier", "demande", "programme", "explique", "expliquer", "génération", "prochain")])
    library.word_status.set_many([("chercheur", TermStatus.LEARNING_1), ("craindre", TermStatus.LEARNING_2),
                                  ("doubler", TermStatus.LEARNING_3), ("prime", TermStatus.NEW),
                                  ("talent", TermStatus.LEARNING_2)])
    for day, words in ((6, 320), (5, 900), (4, 0), (3, 450), (2, 1200), (1, 640), (0, 380)):
        stamp = time.strftime("%Y-%m-%dT12:00:00.000000Z", time.gmtime(time.time() - day * 86400))
        if words:
            library.reading_log.record(None, words, words // 3, when=stamp)
        library.word_status.set_many([(f"mot{day}x{i}", TermStatus.KNOWN) for i in range(day * 40 + 30)],
                                     when=stamp)
    feature = open_text(app, window, demo_source(), "Les jeunes pousses recrutent")
    english = {}
    for sentence in window.session.document.sentences:
        english[sentence.id] = Translation(next(e for f, e in DEMO if f.lstrip("# ") == sentence.text), ())
    window.reading.translations.update(english)
    window.reading.show_translations(list(range(len(window.session.document.blocks))))
    settle(app, 0.6)
    feature.repaint()

    def shot(name: str, widget=None) -> None:  # type: ignore[no-untyped-def]
        settle(app, 0.5)
        widget = widget or window
        widget.grab().save(str(folder / name))
        print(f"saved {folder / name}")

    shot("words-tints-light.png")
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2e"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1f1f22"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Button, "#35353a"), (QPalette.ColorRole.ButtonText, "#e6e6e6"),
                         (QPalette.ColorRole.Highlight, "#5a7bd8"), (QPalette.ColorRole.AlternateBase, "#29292d"),
                         (QPalette.ColorRole.PlaceholderText, "#9a9aa0"), (QPalette.ColorRole.Link, "#8fb4ff")):
        dark.setColor(role, QColor(colour))
    light = QGuiApplication.palette()
    app.setPalette(dark)
    settle(app, 0.4)
    feature.repaint()
    shot("words-tints-dark.png")
    app.setPalette(light)
    settle(app, 0.4)
    feature.repaint()
    feature.set_learner(1)
    feature.learner.reveal(window.session.document.sentences[1].id)
    shot("words-learner.png")
    feature.set_learner(0)
    feature.interleave_action.setChecked(True)
    shot("words-interleaved.png")
    feature.interleave_action.setChecked(False)
    glossary = getattr(window, "glossary_feature", None)
    if glossary is not None:  # the popup's status row over « recrutent »
        wait(app, lambda: glossary.article is not None and glossary.document is window.session.document, 30)
        sentence = window.session.document.sentences[1]
        hit = glossary.article.hit_at(sentence.id, sentence.text.index("recrutent") + 1)
        feature.hovered = feature.words.token_at(sentence.id, hit.start)
        window.move(0, 0)
        settle(app, 0.3)
        from PySide6.QtGui import QCursor

        QCursor.setPos(glossary.hit_rect(sentence.id, hit).center())  # the pointer on the word
        settle(app, 0.3)
        glossary.show_hit(sentence.id, hit)
        settle(app, 0.5)
        print(f"popup visible: {glossary.popup.isVisible()} at {glossary.popup.geometry()}")
        screen = QGuiApplication.primaryScreen()
        geometry = window.geometry().united(glossary.popup.geometry())
        screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height()).save(
            str(folder / "words-popup.png"))
        print(f"saved {folder / 'words-popup.png'}")
        glossary.popup.dismiss()
    stats = feature.open_statistics()
    wait(app, lambda: stats.stats is not None)
    shot("words-statistics.png", stats)
    stats.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--changes", type=int, default=40)
    parser.add_argument("--screens", type=Path)
    parser.add_argument("--profile", action="store_true", help="print the restyle's top functions")
    args = parser.parse_args()
    root = bench_env.isolate_environment("words-gui")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    from visavis.core.store.library import Library
    from visavis.ui.shell.main_window import MainWindow

    library = Library.open(root / "library.sqlite3")
    window = MainWindow(library=library, loader=lambda: None)
    window.resize(1280, 760)
    window.show()
    settle(app, 0.5)
    try:
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
            measure(app, window, args.changes)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(14)
        else:
            measure(app, window, args.changes)
        if args.screens is not None:
            screens(app, window, args.screens)
    finally:
        window.close()
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
