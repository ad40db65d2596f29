"""``visavis library list|search|add|show|remove|export|import``: the library, headless.

``add FILE|URL`` imports like the window (same importers, cleanup and language check),
prints what the confirmation dialog shows (title, origin, language, notes) and the new
id, like calibre's ``calibredb add`` ("Added article id: 12"); ``show ID`` prints an
article's card; ``remove ID...`` moves articles to the trash (restorable in the window).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from visavis.cli import CommandError
from visavis.core.wording import count

HELP = "List, search, add, show, remove, back up or restore the articles of your library."


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
    p_add = sub.add_parser("add", help="import a file (Markdown, text, HTML, EPUB, PDF) or a web page")
    p_add.add_argument("target", metavar="FILE|URL")
    p_add.add_argument("--tag", action="append", default=[], metavar="TAG",
                       help="tag the article (repeat for several tags)")
    p_add.add_argument("--title", metavar="T", help="use this title instead of the detected one")
    p_add.add_argument("--json", action="store_true", help="print JSON")
    p_show = sub.add_parser("show", help="an article's title, origin, language, blocks, "
                                         "translated share and highlights")
    p_show.add_argument("id", type=int, metavar="ID")
    p_show.add_argument("--json", action="store_true", help="print JSON")
    p_remove = sub.add_parser("remove", help="move articles to the trash")
    p_remove.add_argument("ids", type=int, nargs="+", metavar="ID")
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
            extras.append(f"{count(r.highlight_count, 'highlight')}, {count(r.note_count, 'note')}")
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


def _import_target(target: str):  # type: ignore[no-untyped-def]
    from visavis.core.importers import ImportFailed, fetch_url, import_path

    try:
        if target.lower().startswith(("http://", "https://")):
            return fetch_url(target)
        return import_path(Path(target))
    except ImportFailed as exc:
        raise CommandError(str(exc)) from exc


def _add(library, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from visavis.core.document.markdown_parser import parse_markdown

    article = _import_target(args.target)
    title = (args.title or "").strip() or article.title
    document = parse_markdown(article.source_markdown, title)
    existing = library.articles.find_by_source(article.source_markdown)
    if existing is None:
        article_id = library.articles.add(title, article.source_markdown, origin=article.origin,
                                          language=article.language or "fr")
    else:
        article_id = existing
    for tag in args.tag:
        if tag.strip():
            library.tags.add(article_id, tag.strip())
    info = {"id": article_id, "added": existing is None, "title": title,
            "origin": article.origin, "language": article.language,
            "blocks": len(document.blocks), "words": document.word_count(),
            "notes": list(article.warnings), "tags": library.tags.for_article(article_id)}
    if args.json:
        json.dump(info, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"Title:     {title}")
    print(f"From:      {article.origin}")
    print(f"Language:  {article.language}")
    print(f"Text:      {info['blocks']} blocks, {info['words']} words")
    for note in article.warnings:
        print(f"Note:      {note}")
    if info["tags"]:
        print("Tags:      " + ", ".join(info["tags"]))
    if existing is None:
        print(f"Added article id: {article_id}")
    else:
        print(f"Already in the library: article id {article_id}")
    return 0


def _translated_share(library, texts: list[str]) -> float:  # type: ignore[no-untyped-def]
    """Share of ``texts`` that have a stored translation (any model)."""
    wanted = set(texts)
    return len(library.translations.translated(wanted)) / len(wanted) if wanted else 1.0


def _show(library, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from visavis.core.document.markdown_parser import parse_markdown
    from visavis.core.store.articles import ArticleNotFound

    try:
        record = library.articles.get(args.id)
    except ArticleNotFound as exc:
        raise CommandError(f"there is no article {args.id}") from exc
    summary = next(iter(library.list_articles(ids=[args.id], trashed=record.deleted_at is not None)),
                   None)
    document = parse_markdown(record.source, record.title)
    french = [s.text for b in document.blocks if b.language == "fr" for s in b.sentences]
    foreign = sum(1 for b in document.blocks if b.language != "fr")
    info = {
        "id": record.id, "title": record.title, "origin": record.origin,
        "language": record.language, "created": record.created_at,
        "blocks": len(document.blocks), "words": document.word_count(),
        "blocks_not_french": foreign,
        "translated_percent": round(100 * _translated_share(library, french)),
        "highlights": summary.highlight_count if summary else 0,
        "notes": summary.note_count if summary else 0,
        "tags": list(record.tags), "in_trash": record.deleted_at is not None,
    }
    if args.json:
        json.dump(info, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"Id:          {info['id']}")
    print(f"Title:       {info['title']}")
    print(f"From:        {info['origin'] or '-'}")
    print(f"Language:    {info['language']}")
    print(f"Added:       {info['created'][:19].replace('T', ' ')}")
    blocks = f"{info['blocks']} blocks, {info['words']} words"
    if foreign:
        blocks += f" ({foreign} not in French, not translated)"
    print(f"Text:        {blocks}")
    print(f"Translated:  {info['translated_percent']}%")
    print(f"Highlights:  {info['highlights']} ({info['notes']} with a note)")
    if info["tags"]:
        print("Tags:        " + ", ".join(info["tags"]))
    if info["in_trash"]:
        print("In the trash.")
    return 0


def _remove(library, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    missing = [i for i in args.ids if not library.articles.exists(i)]
    if missing:
        raise CommandError("there is no article " + ", ".join(str(i) for i in missing))
    moved = library.trash.delete(args.ids)
    print(f"Moved {moved} article(s) to the trash (restore them from the Library's trash).")
    return 0


def run(args: argparse.Namespace) -> int:
    from visavis.core.store.errors import BackupError

    library = _open(args.library)
    try:
        if args.action == "list":
            return _list(library, args)
        if args.action == "search":
            return _search(library, args)
        if args.action == "add":
            return _add(library, args)
        if args.action == "show":
            return _show(library, args)
        if args.action == "remove":
            return _remove(library, args)
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
