"""``visavis words FILE|ARTICLE_ID``: the words of an article with their status, headless."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from visavis.cli import CommandError

HELP = "List the words of an article (a file or a library article id) with your status of each."

STATUS_FILTERS = ("unknown", "new", "learning", "known", "ignored")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", metavar="FILE|ARTICLE_ID",
                        help="a file to read, or the id of an article of your library")
    parser.add_argument("--status", action="append", choices=STATUS_FILTERS,
                        help="only words with this status (may be repeated)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--senses", type=int, default=2, metavar="N",
                        help="dictionary senses shown per word (default 2, 0 for none)")
    parser.add_argument("--library", type=Path, metavar="FILE",
                        help="library file (default: your library)")


def _open(path: Path | None):  # type: ignore[no-untyped-def]
    from visavis.core.store.library import open_library_or_explain

    library, problem = open_library_or_explain(path)
    if library is None:
        raise CommandError(problem or "the library could not be opened")
    return library


def _document(library, article: str):  # type: ignore[no-untyped-def]
    from visavis.core.document.markdown_parser import parse_markdown
    from visavis.core.knowledge.word_index import load_document

    path = Path(article)
    if path.exists():
        from visavis.core.importers import import_path
        from visavis.core.importers.model import ImportFailed

        try:
            imported = import_path(path)
        except ImportFailed as exc:
            raise CommandError(str(exc)) from exc
        return parse_markdown(imported.source_markdown, title=imported.title)
    if article.isdigit():
        loaded = load_document(library.database, int(article))
        if loaded is None:
            raise CommandError(f"there is no article {article} in your library "
                               "(see `visavis library list`)")
        return loaded[0]
    raise CommandError(f"{article} is neither a file nor an article id")


def word_rows(library, doc, statuses: set[str] | None = None,  # type: ignore[no-untyped-def]
              senses: int = 2) -> list[dict]:
    """One row per lemma in order of first appearance: form, lemma, status, count, senses."""
    from visavis.core.knowledge.statuses import GROUPS
    from visavis.core.knowledge.tokens import document_tokens, effective_status, iter_tokens

    tokens = list(iter_tokens(document_tokens(doc)))
    lemma_status = library.word_status.get_many({t.lemma for t in tokens})
    form_status = {k: v for k, v in library.word_status.get_many(
        {(t.lemma, t.form) for t in tokens}).items() if v != lemma_status.get(k[0])}
    rows: dict[str, dict] = {}
    for token in tokens:
        status = effective_status(token, lemma_status, form_status)
        row = rows.setdefault(token.lemma, {"form": token.text, "lemma": token.lemma,
                                            "status": status.cli_name, "count": 0, "forms": []})
        row["count"] += 1
        if token.form not in row["forms"]:
            row["forms"].append(token.form)
    wanted = None
    if statuses:
        wanted = {s.cli_name for group in statuses for s in GROUPS[group]}
    result = [r for r in rows.values() if wanted is None or r["status"] in wanted]
    dictionary = _dictionary() if senses > 0 else None
    from visavis.core.glossary.lemmas import lookup_keys

    for row in result:
        found = dictionary.find(lookup_keys(row["form"])) if dictionary is not None else []
        row["senses"] = [s for entry in found[:1] for s in entry.senses[:senses]]
    return result


def _dictionary():  # type: ignore[no-untyped-def]
    from visavis.core.glossary.dictionary import DictionaryError, default_dictionary

    try:
        return default_dictionary()
    except DictionaryError:
        return None  # senses are a bonus: the statuses are still listed


def run(args: argparse.Namespace) -> int:
    library = _open(args.library)
    try:
        doc = _document(library, args.article)
        rows = word_rows(library, doc, set(args.status or ()), max(0, args.senses))
    finally:
        library.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No words" + (" with that status." if args.status else "."))
        return 0
    width = max(len(r["form"]) for r in rows)
    lemma_width = max(len(r["lemma"]) for r in rows)
    for r in rows:
        senses = "; ".join(r["senses"])
        print(f"{r['form']:<{width}}  {r['lemma']:<{lemma_width}}  {r['status']:<9}  "
              f"{r['count']:>4}  {senses}".rstrip())
    return 0
