"""``visavis translate FILE``: print each French sentence with its English translation."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from visavis.cli import CommandError

HELP = "Translate a French article (Markdown, text, HTML…) and print it sentence by sentence."

MAX_FILE_BYTES = 20 * 1024 * 1024


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the article to translate")
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per sentence: id, block, fr, en, start, end")
    parser.add_argument("--beam", type=int, metavar="N",
                        help="beam size (1 = greedy, faster; default: your setting, 4)")
    parser.add_argument("--no-cache", action="store_true",
                        help="do not read or fill the translation cache of your library")
    engine = parser.add_mutually_exclusive_group()
    engine.add_argument("--server", metavar="URL",
                        help="translate on this LibreTranslate server (e.g. http://host:5000) "
                             "instead of the engine chosen in Preferences")
    engine.add_argument("--local", action="store_true",
                        help="translate with the model installed on this computer, "
                             "whatever Preferences say")
    parser.add_argument("--api-key", metavar="KEY",
                        help="API key for the server (default: the key saved for it)")


def read_document(path: Path) -> Any:
    """Parse ``path`` into a Document, through the importers when they handle it."""
    from visavis.core.document.markdown_parser import parse_markdown

    if not path.exists():
        raise CommandError(f"{path}: no such file")
    if path.is_dir():
        raise CommandError(f"{path} is a folder, not an article")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if size > MAX_FILE_BYTES:
        raise CommandError(f"{path} is too large for an article "
                           f"({size // (1024 * 1024)} MB; the limit is 20 MB)")
    try:
        from visavis.core.importers import import_path  # type: ignore[attr-defined]
    except ImportError:
        import_path = None
    if import_path is not None:
        from visavis.core.importers.model import ImportFailed

        try:
            article = import_path(path)
        except ImportFailed as exc:
            raise CommandError(str(exc)) from exc
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from exc
        return parse_markdown(article.source_markdown, article.title)
    try:
        source = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise CommandError(f"{path} is not UTF-8 text") from exc
    return parse_markdown(source)


def _load_server_engine(url: str, api_key: str | None) -> Any:
    """The LibreTranslate engine, or the local model with a notice when the server fails."""
    from visavis.core.translation.remote.client import RemoteError
    from visavis.core.translation.remote.config import load_api_key
    from visavis.core.translation.remote.selection import connect_server

    try:
        key = api_key if api_key is not None else load_api_key(url)
        return connect_server(url, key)
    except RemoteError as exc:
        return _fall_back(exc)


def _fall_back(error: Exception) -> Any:
    try:
        local = _load_engine(None)
    except CommandError:
        raise CommandError(f"{error} No model is installed on this computer to fall back on.") from error
    print(f"visavis translate: {error} Using the model installed on this computer instead.",
          file=sys.stderr)
    return local


def _chosen_engine(args: argparse.Namespace) -> Any:
    from visavis.core.translation.remote.config import load_engine_choice

    if args.server:
        return _load_server_engine(args.server, args.api_key)
    if not args.local:
        choice = load_engine_choice()
        if choice.remote:
            return _load_server_engine(choice.server_url, args.api_key)
    return _load_engine(args.beam)


def _load_engine(beam: int | None) -> Any:
    from dataclasses import replace

    from visavis.core.translation.discovery import find_package
    from visavis.core.translation.engine import CTranslate2Engine
    from visavis.core.translation.settings import load_settings
    from visavis.core.translation.types import TranslationError

    package = find_package("fr", "en")
    if package is None:
        raise CommandError("no French → English model is installed; "
                           "install one with `visavis models install`")
    settings = load_settings()
    if beam is not None:
        settings = replace(settings, beam_size=beam)
    try:
        return CTranslate2Engine(package, settings.validated())
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    except TranslationError as exc:
        raise CommandError(str(exc)) from exc


def _open_cache(skip: bool) -> tuple[Any, Any]:
    """(library, its translation cache) or (None, None) when there is none to use."""
    if skip:
        return None, None
    from visavis.core.platform import paths

    if not paths.library_path().exists():
        return None, None
    try:
        from visavis.core.store.library import open_library_or_explain
    except ImportError:
        return None, None
    from visavis.core.store.database import Database, connect_read_only
    from visavis.core.store.errors import LibraryError, LibraryUnavailable
    from visavis.core.store.library import Library
    from visavis.core.store.translations import BestEffortCache, TranslationCache

    try:
        library = Library.open()
    except LibraryUnavailable as exc:  # locked, read-only, full disk: the cache can be read
        try:
            library = Database(exc.path, connect_read_only(exc.path))
        except (OSError, sqlite3.Error):
            print(f"visavis translate: {exc} (translating without the cache)", file=sys.stderr)
            return None, None
        return library, BestEffortCache(TranslationCache(library), _warn)
    except (LibraryError, OSError, sqlite3.Error):
        _none, problem = open_library_or_explain()
        print(f"visavis translate: {problem} (translating without the cache)", file=sys.stderr)
        return None, None

    return library, BestEffortCache(library.translations, _warn)


def _warn(error: Exception) -> None:
    print(f"visavis translate: the translations are not saved in the translation cache of "
          f"your library ({error}); translating anyway.", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from visavis.core.translation.scheduler import translate_document
    from visavis.core.translation.types import TranslationError

    doc = read_document(Path(args.file))
    if not doc.sentences:
        raise CommandError(f"{args.file} has no text to translate")
    from visavis.core.translation.remote.client import RemoteError

    engine = _chosen_engine(args)
    library, cache = _open_cache(args.no_cache)
    try:
        try:
            translations = translate_document(doc, engine, cache=cache)
        except RemoteError as exc:  # the server failed mid-article: all again, locally
            translations = translate_document(doc, _fall_back(exc), cache=cache)
    except TranslationError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        if library is not None:
            library.close()
    try:
        _print(doc, translations, args.json)
    except BrokenPipeError:  # e.g. `visavis translate a.md | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


def _print(doc: Any, translations: list[Any], as_json: bool) -> None:
    out = sys.stdout
    for sentence, translation in zip(doc.sentences, translations, strict=True):
        if as_json:
            out.write(json.dumps({"id": sentence.id, "block": sentence.block, "fr": sentence.text,
                                  "en": translation.text, "start": sentence.start,
                                  "end": sentence.end}, ensure_ascii=False) + "\n")
        else:
            out.write(f"{sentence.text}\n→ {translation.text}\n\n")
    out.flush()
