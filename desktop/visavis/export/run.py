"""One entry point for the window's File → Export actions (runs in a worker thread)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from visavis.core.wording import count as words
from visavis.export.article import ExportArticle

KINDS = ("pdf", "markdown", "jsonld")


def run_export(kind: str, article: ExportArticle, path: Path, library: Any | None = None, *,
               languages: str = "both", progress: Callable[[int, int], None] | None = None,
               cancel: Callable[[], bool] | None = None) -> str:
    """Write ``article`` as ``kind`` to ``path``; return a one-line summary for the reader.

    With a ``library``, the glossary notes of the article are added first.
    Raises ExportError (reader-facing message) on failure.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown export kind {kind!r}")
    if library is not None and not article.glossary:
        from visavis.export.gather import glossary_for

        article.glossary = glossary_for(library, article.document, article.article_id)
    if kind == "pdf":
        from visavis.export.pdf import export_pdf

        result = export_pdf(article, path, languages=languages, progress=progress, cancel=cancel)
        return (f"Exported {words(result.pages, 'page')} with {words(result.highlights, 'highlight')} "
                f"to {path.name}.")
    if kind == "markdown":
        from visavis.export.markdown_export import export_markdown

        count = export_markdown(article, path)
    else:
        from visavis.export.jsonld import export_jsonld

        count = export_jsonld(article, path)
    return f"Exported {words(count, 'highlight')} to {path.name}."
