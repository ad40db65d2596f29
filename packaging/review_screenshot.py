"""Screenshots of the review window (card front, then back) on an X server (Xvfb).

    xvfb-run -s "-screen 0 1280x900x24" .venv/bin/python packaging/review_screenshot.py OUT_DIR

Builds a throw-away library in a temporary folder (our own French article, hand-written
English stored as the reader's corrections, two glossary entries and a word marked New),
opens Tools → Review… in the real window and saves ``review-front.png``,
``review-back.png`` and ``review-cloze.png`` in OUT_DIR.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ARTICLE = """# Les jeunes pousses recrutent

Les jeunes pousses de l'intelligence artificielle recrutent des chercheurs à prix d'or.

Une start-up parisienne a recruté vingt ingénieurs en six mois.

Les salaires proposés dépassent souvent ceux des grandes entreprises.
"""
ENGLISH = {
    "Les jeunes pousses recrutent": "Start-ups are hiring",
    "Les jeunes pousses de l'intelligence artificielle recrutent des chercheurs à prix d'or.":
        "Artificial intelligence start-ups are recruiting researchers at a premium.",
    "Une start-up parisienne a recruté vingt ingénieurs en six mois.":
        "A Paris start-up recruited twenty engineers in six months.",
    "Les salaires proposés dépassent souvent ceux des grandes entreprises.":
        "The salaries offered often exceed those of large companies.",
}


def build_library(folder: Path) -> Path:
    from visavis.core.document.markdown_parser import parse_markdown
    from visavis.core.glossary.reader_glossary import ReaderGlossary
    from visavis.core.knowledge import TermStatus
    from visavis.core.store.library import Library

    path = folder / "library.sqlite3"
    with Library.open(path) as lib:
        article = lib.articles.add("Les jeunes pousses recrutent", ARTICLE)
        for sentence in parse_markdown(ARTICLE).sentences:
            if sentence.text in ENGLISH:
                lib.corrections.set(article, sentence.id, sentence.text, ENGLISH[sentence.text])
        lib.word_occurrences.index_article(article)
        first = "Les jeunes pousses de l'intelligence artificielle recrutent des chercheurs à prix d'or."
        ReaderGlossary(lib).add("jeunes pousses", "start-ups",
                                "Official French for « start-up » (JO, 2017).",
                                article_id=article, context=first)
        lib.word_status.set("recruter", TermStatus.NEW)
        lib.word_status.set("salaire", TermStatus.LEARNING_1)
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="visavis-review-shot-"))
    for name in ("VISAVIS_DATA_DIR", "VISAVIS_CONFIG_DIR"):
        (home / name.lower()).mkdir()
        os.environ[name] = str(home / name.lower())

    from PySide6.QtCore import QTimer

    from visavis.core.store.library import Library
    from visavis.ui.shell import launch

    launch.protect_against_emit_refcount_bug()
    app = launch.ensure_app([])
    library = Library.open(build_library(home))
    window = launch.MainWindow(library, loader=lambda: None)
    window.resize(1100, 700)
    window.show()
    feature = window.review_feature
    dialog = feature.open_window()
    dialog.resize(760, 520)
    shots: list[str] = []

    def when_ready(step):  # type: ignore[no-untyped-def]
        def poll() -> None:
            if dialog.item is None:
                QTimer.singleShot(100, poll)
            else:
                QTimer.singleShot(300, step)
        poll()

    def front() -> None:
        dialog.grab().save(str(args.out_dir / "review-front.png"))
        shots.append("front")
        dialog.show_answer()
        QTimer.singleShot(300, back)

    def back() -> None:
        dialog.grab().save(str(args.out_dir / "review-back.png"))
        shots.append("back")
        dialog.grade(3)
        when_ready(cloze)

    def cloze() -> None:
        dialog.cloze_box.setChecked(True)
        QTimer.singleShot(300, lambda: (dialog.grab().save(str(args.out_dir / "review-cloze.png")),
                                        shots.append("cloze"), app.quit()))

    when_ready(front)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    window.tasks.shutdown()
    library.close()
    print("saved:", ", ".join(shots))
    return 0 if len(shots) == 3 else 1


if __name__ == "__main__":
    sys.exit(main())
