"""Add real PDF highlight annotations (``/Subtype /Highlight``) to a finished PDF with pypdf.

Rectangles are in PDF points with the origin at the bottom-left of the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

AUTHOR = "Vis-à-vis"


@dataclass
class PdfHighlight:
    page: int  # 0-based page index
    rects: list[tuple[float, float, float, float]]  # (x0, y0, x1, y1), y0 < y1, PDF points
    rgb: tuple[int, int, int]
    note: str
    quote: str
    modified: str = ""  # PDF date string, e.g. D:20260101120000Z


def _quad_points(rects: list[tuple[float, float, float, float]]) -> ArrayObject:
    # Per rectangle: upper-left, upper-right, lower-left, lower-right (the order viewers use).
    values: list[float] = []
    for x0, y0, x1, y1 in rects:
        values += [x0, y1, x1, y1, x0, y0, x1, y0]
    return ArrayObject(FloatObject(round(v, 3)) for v in values)


def _annotation(h: PdfHighlight) -> DictionaryObject:
    x0 = min(r[0] for r in h.rects)
    y0 = min(r[1] for r in h.rects)
    x1 = max(r[2] for r in h.rects)
    y1 = max(r[3] for r in h.rects)
    annot = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/Highlight"),
        NameObject("/Rect"): ArrayObject(FloatObject(round(v, 3)) for v in (x0, y0, x1, y1)),
        NameObject("/QuadPoints"): _quad_points(h.rects),
        NameObject("/C"): ArrayObject(FloatObject(round(c / 255, 4)) for c in h.rgb),
        NameObject("/CA"): FloatObject(0.4),
        NameObject("/T"): TextStringObject(AUTHOR),
        NameObject("/Contents"): TextStringObject(h.note),
        NameObject("/F"): NumberObject(4),  # print
    })
    if h.modified:
        annot[NameObject("/M")] = TextStringObject(h.modified)
    return annot


def add_highlights(source: Path, target: Path, highlights: list[PdfHighlight]) -> int:
    """Copy ``source`` to ``target`` with ``highlights`` added; return how many were added."""
    writer = PdfWriter(clone_from=PdfReader(str(source)))
    added = 0
    for h in highlights:
        if not h.rects or not 0 <= h.page < len(writer.pages):
            continue
        writer.add_annotation(h.page, _annotation(h))
        added += 1
    with target.open("wb") as fh:
        writer.write(fh)
    return added
