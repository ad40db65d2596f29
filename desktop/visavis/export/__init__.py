"""Exports of an annotated article: PDF (QtGui only, no widgets), Markdown, JSON-LD."""
