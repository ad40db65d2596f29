"""Exports of an annotated article: PDF (QtGui only, no widgets), Markdown, JSON-LD."""

from visavis.export.none_guard import protect_none

protect_none()  # PySide6 6.12 + CPython 3.11: see none_guard
