"""``visavis export ARTICLE --pdf OUT.pdf [--lang fr|en|both] [--markdown OUT.md] [--jsonld OUT.json]``.

ARTICLE is a library article id or a file.  A file is parsed and translated with the
cached translations, then the installed model (when there is one); parts still without
English are exported with a "(not translated yet)" marker.  Runs headless.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from visavis.cli import CommandError
from visavis.core.wording import count as count_of

HELP = "Export an article with its highlights and notes as PDF, Markdown or W3C JSON-LD."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", metavar="ARTICLE", help="a library article id or a file")
    parser.add_argument("--pdf", metavar="OUT.pdf", type=Path, help="write an annotated PDF")
    parser.add_argument("--lang", choices=("fr", "en", "both"), default="both",
                        help="columns of the PDF (default: both)")
    parser.add_argument("--markdown", metavar="OUT.md", type=Path,
                        help="write the highlights and notes as Markdown")
    parser.add_argument("--jsonld", metavar="OUT.json", type=Path,
                        help="write the annotations as a W3C Web Annotation collection")
    parser.add_argument("--no-translate", action="store_true",
                        help="do not run the model; use cached translations only")


def _open_library() -> Any | None:
    from visavis.core.platform import paths
    from visavis.core.store.library import open_library_or_explain

    if not paths.library_path().exists():
        return None
    library, problem = open_library_or_explain()
    if library is None:
        print(f"visavis export: {problem}", file=sys.stderr)
    return library


def _translate(article: Any, library: Any | None) -> None:
    """Fill the article's missing English with the installed model (cache first)."""
    from visavis.core.translation.discovery import find_package
    from visavis.core.translation.engine import CTranslate2Engine
    from visavis.core.translation.scheduler import translate_document
    from visavis.core.translation.settings import load_settings
    from visavis.core.translation.types import TranslationError

    package = find_package("fr", "en")
    if package is None:
        print("visavis export: no French → English model is installed; untranslated parts are "
              "marked (not translated yet)", file=sys.stderr)
        return
    try:
        engine = CTranslate2Engine(package, load_settings().validated())
        cache = library.translations if library is not None else None
        translations = translate_document(article.document, engine, cache=cache)
    except (TranslationError, ValueError) as exc:
        print(f"visavis export: translation failed ({exc}); exporting what is translated",
              file=sys.stderr)
        return
    english = dict(article.english)
    for sentence, translation in zip(article.document.sentences, translations, strict=True):
        english.setdefault(sentence.id, translation.text)
    article.english = english


def _article_from_file(path: Path, library: Any | None, translate: bool) -> Any:
    from datetime import date

    from visavis.cli.translate_cmd import read_document
    from visavis.core.annotations.repository import library_annotations
    from visavis.export.article import ExportArticle
    from visavis.export.gather import (
        anchored_annotations,
        english_from_library,
        glossary_for,
        installed_model_id,
    )

    document = read_document(path)
    if not document.blocks:
        raise CommandError(f"{path} has no text to export")
    article_id = library.articles.find_by_source(document.source) if library else None
    english = english_from_library(library, document, article_id, installed_model_id()) \
        if library else {}
    article = ExportArticle(document, english, [], article_id=article_id, origin=str(path),
                            date=date.today().isoformat())
    if translate and article.untranslated_count():
        _translate(article, library)
    if library is not None and article_id is not None:
        article.annotations = anchored_annotations(
            library_annotations(library).for_article(article_id), document, article.english)
        article.glossary = glossary_for(library, document, article_id)
    return article


def _ensure_gui_application() -> Any:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or os.environ.get("QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["visavis-export"])


def load_article(name: str, library: Any | None, *, translate: bool) -> Any:
    """The ExportArticle of a library article id or of a file, translated with the installed
    model where the cache lacks sentences (unless ``translate`` is False)."""
    if name.isdigit() and not Path(name).exists():
        if library is None:
            raise CommandError("there is no library to take the article from")
        from visavis.export.gather import article_from_library

        try:
            article = article_from_library(library, int(name))
        except KeyError as exc:
            raise CommandError(f"no article {name} in your library") from exc
        if translate and article.untranslated_count():
            from visavis.core.annotations.repository import library_annotations
            from visavis.export.gather import anchored_annotations

            _translate(article, library)
            article.annotations = anchored_annotations(  # English ones need the English
                library_annotations(library).for_article(article.article_id),
                article.document, article.english)
        return article
    path = Path(name)
    if not path.exists():
        raise CommandError(f"{path}: no such file or library article")
    return _article_from_file(path, library, translate)


def run(args: argparse.Namespace) -> int:
    if not (args.pdf or args.markdown or args.jsonld):
        raise CommandError("nothing to do: give --pdf, --markdown and/or --jsonld")
    from visavis.export.errors import ExportError

    library = _open_library()
    try:
        article = load_article(args.article, library, translate=not args.no_translate)
        _write(article, args)
    except ExportError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        if library is not None:
            library.close()
    return 0


def _write(article: Any, args: argparse.Namespace) -> None:
    missing = article.untranslated_count()
    if missing:
        print(f"visavis export: {missing} of {len(article.document.sentences)} sentences are not "
              "translated yet", file=sys.stderr)
    if args.pdf:
        app = _ensure_gui_application()  # noqa: F841  (must live while the PDF is written)
        from visavis.export.pdf import export_pdf

        result = export_pdf(article, args.pdf, languages=args.lang)
        print(f"{result.path}: {count_of(result.pages, 'page')}, "
              f"{count_of(result.highlights, 'highlight')}")
    if args.markdown:
        from visavis.export.markdown_export import export_markdown

        count = export_markdown(article, args.markdown)
        print(f"{args.markdown}: {count_of(count, 'highlight')}")
    if args.jsonld:
        from visavis.export.jsonld import export_jsonld

        count = export_jsonld(article, args.jsonld)
        print(f"{args.jsonld}: {count_of(count, 'annotation')}")
