"""The committed application icons: every size present, square, drawn (not blank)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from visavis.core.platform.desktop_entry import ICON_SIZES
from visavis.core.platform.resources import resource_path


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icon_has_its_size_and_content(qapp, size: int) -> None:
    image = QImage(str(resource_path("icons", f"visavis-{size}.png")))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    centre = image.pixelColor(size // 2, size // 2)
    corner = image.pixelColor(0, 0)
    assert centre.alpha() == 255  # the tile is opaque ...
    assert corner.alpha() < 255  # ... and its corners are rounded off
    colours = {image.pixel(x, y) for x in range(0, size, max(size // 16, 1))
               for y in range(0, size, max(size // 16, 1))}
    assert len(colours) >= 4  # tile, two pages and ink


def test_svg_icons_are_valid(qapp) -> None:
    from PySide6.QtSvg import QSvgRenderer

    for name in ("visavis.svg", "visavis-small.svg"):
        assert QSvgRenderer(str(resource_path("icons", name))).isValid()
