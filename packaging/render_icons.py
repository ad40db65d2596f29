"""Render resources/icons/visavis.svg to the PNG sizes a Linux desktop looks for.

Usage: ``python packaging/render_icons.py`` (from the repository root).  The PNGs are
committed, so this only needs to run again when the SVG changes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICON_SIZES: tuple[int, ...] = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SMALL_SIZES = frozenset({16, 22, 24})  # drawn from the simplified visavis-small.svg
ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render_icons(svg: Path = ICONS_DIR / "visavis.svg", out_dir: Path = ICONS_DIR,
                 small_svg: Path = ICONS_DIR / "visavis-small.svg") -> list[Path]:
    """Write ``visavis-<size>.png`` for every size in ICON_SIZES; return the written paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderers = {svg: QSvgRenderer(str(svg)), small_svg: QSvgRenderer(str(small_svg))}
    for path, renderer in renderers.items():
        if not renderer.isValid():
            raise ValueError(f"{path} is not a valid SVG")
    written = []
    for size in ICON_SIZES:
        renderer = renderers[small_svg if size in SMALL_SIZES else svg]
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"visavis-{size}.png"
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


if __name__ == "__main__":
    for p in render_icons():
        print(p)
