"""``visavis library list|search|export|import``: the reader's library, headless."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from visavis.cli import CommandError

HELP = "List, search, back up or restore your library of articles."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--library", type=Path, metavar="FILE",
                        help="library file (default: your library)")
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p_list = sub.add_parser("list", help="list the articles")
    p_list.add_argument("--tag", help="only articles with this tag")
    p_list.add_argument("--trash", action="store_true", help="list the trash instead")
    p_list.add_argument("--sort", choices=["created", "opened", "title"], default="created")
    p_list.add_argument("--json", action="store_true", help="print JSON")
    p_search = sub.add_parser("search", help="full-text search (titles, French, English, notes)")
    p_search.add_argument("query", nargs="+", metavar="QUERY")
    p_search.add_argument("--limit", type=int, default=20)
    p_search.add_argument("--tag", help="only articles with this tag")
    p_search.add_argument("--json", action="store_true", help="print JSON")
    p_export = sub.add_parser("export", help="back up the whole library to one file")
    p_export.add_argument("file", type=Path, metavar="FILE")
    p_import = sub.add_parser("import", help="restore a backup (merged, no duplicates)")
    p_import.add_argument("file", type=Path, metavar="FILE")
    p_import.add_argument("--replace", action="store_true",
                          help="replace the library instead of merging (a safety copy is kept)")


def _open(path: Path | None):  # type: ignore[no-untyped-def]
    from visavis.core.store.library import open_library_or_explain

    library, problem = open_library_or_explain(path)
    if library is None:
        raise CommandError(problem or "the library could not be opened")
    return library


def _marked(text: str, tty: bool) -> str:
    from visavis.core.store.search import MATCH_END, MATCH_START

    start, end = ("\x1b[1m", "\x1b[0m") if tty else ("[", "]")
    return text.replace(MATCH_START, start).replace(MATCH_END, end).replace("\n", " ")


def _list(library, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    rows = library.articles.list(tag=args.tag, trashed=args.trash, order=args.sort)
    if args.json:
        json.dump([row.__dict__ for row in rows], sys.stdout, ensure_ascii=False, indent=1,
                  default=list)
        print()
        return 0
    for r in rows:
        extras = [f"{round(r.scroll_fraction * 100)}% read"]
        if r.highlight_count or r.note_count:
            extras.append(f"{r.highlight_count} highlights, {r.note_count} notes")
        if r.tags:
            extras.append("tags: " + ", ".join(r.tags))
        print(f"{r.id:>6}  {r.created_at[:10]}  {r.title}  ({'; '.join(extras)})")
    if not rows:
        print("No articles." if not args.trash else "The trash is empty.", file=sys.stderr)
    return 0


def _search(library, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from visavis.core.store.search import strip_markers

    query = " ".join(args.query) + " "  # a finished command line: no automatic prefix
    hits = library.search_index.search(query, limit=max(1, args.limit), tag=args.tag)
    if args.json:
        json.dump([{"id": h.article_id, "title": strip_markers(h.title),
                    "snippet": strip_markers(h.snippet), "rank": h.rank} for h in hits],
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    tty = sys.stdout.isatty()
    for h in hits:
        print(f"{h.article_id:>6}  {_marked(h.title, tty)}")
        print(f"        {_marked(h.snippet, tty)}")
    if not hits:
        print("No article matches.", file=sys.stderr)
        return 1
    return 0


def run(args: argparse.Namespace) -> int:
    from visavis.core.store.errors import BackupError

    library = _open(args.library)
    try:
        if args.action == "list":
            return _list(library, args)
        if args.action == "search":
            return _search(library, args)
        if args.action == "export":
            path = library.export_library(args.file)
            print(f"Library saved to {path} ({library.articles.count()} articles).")
            return 0
        try:
            report = library.import_library(args.file, merge=not args.replace)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        print(f"Restored {report.articles_added} articles "
              f"({report.articles_already_there} were already in the library).")
        return 0
    finally:
        library.close()
