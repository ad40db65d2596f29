"""Take the README screenshot: the real window on an X server (Xvfb), with a highlight,
a note and the glossary popup open over a word.

    ARGOS_PACKAGES_DIR=... VISAVIS_DATA_DIR=... DISPLAY=:77 \\
        .venv/bin/python packaging/readme_screenshot.py docs/screenshot.png

Uses whatever fr→en model is installed and the library of VISAVIS_DATA_DIR (the sample
article is imported on first run); the popup is opened on the first glossary hit of the
word given by --word.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCursor, QGuiApplication

from visavis.ui.shell import launch


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--word", default="pousse")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    launch.protect_against_emit_refcount_bug()
    app = launch.ensure_app([])
    library, _message = launch.open_library(interactive=False)
    launch.preload_native_modules()
    window = launch.MainWindow(library)
    width, _, height = args.size.partition("x")
    window.resize(int(width), int(height))
    window.move(0, 0)
    window.show()
    window.start()
    launch.first_article(window, [])

    def popup() -> None:
        feature = window.glossary_feature
        for sid, sentence in feature.sentences.items():
            at = sentence.text.find(args.word)
            hit = feature.article.hit_at(sid, at) if at >= 0 and feature.article else None
            if hit is not None:
                # the popup follows the pointer: put it on the word, as a reader would
                QCursor.setPos(feature.hit_rect(sid, hit).center())
                feature.show_hit(sid, hit)
                break
        QTimer.singleShot(600, shoot)

    def shoot() -> None:
        screen = QGuiApplication.primaryScreen()
        ok = screen.grabWindow(0, 0, 0, window.width(), window.height()).save(args.output)
        print(f"screenshot {'saved to' if ok else 'FAILED for'} {args.output}")
        app.exit(0 if ok else 1)

    window.translation.finished.connect(lambda: QTimer.singleShot(1500, popup))
    QTimer.singleShot(60_000, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
