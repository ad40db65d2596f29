"""``visavis review due|export-anki``: spaced repetition of your terms, headless."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from visavis.cli import CommandError

HELP = "See how many review cards are due, or export them as an Anki deck."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--library", type=Path, metavar="FILE",
                        help="library file (default: your library)")
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p_due = sub.add_parser("due", help="count the cards due now and the new terms for today")
    p_due.add_argument("--json", action="store_true", help="print JSON")
    p_export = sub.add_parser("export-anki", help="write an Anki deck (.apkg) of your terms")
    p_export.add_argument("file", type=Path, metavar="OUT.apkg")
    p_export.add_argument("--status", default="new,learning", metavar="LIST",
                          help="comma-separated statuses: new, learning, known "
                               "(default: new,learning)")


def _open(path: Path | None):  # type: ignore[no-untyped-def]
    from visavis.core.store.library import open_library_or_explain

    library, problem = open_library_or_explain(path)
    if library is None:
        raise CommandError(problem or "the library could not be opened")
    return library


def _senses():  # type: ignore[no-untyped-def]
    from visavis.core.glossary.dictionary import DictionaryError, default_dictionary
    from visavis.core.review.card_face import context_senses

    try:
        return context_senses(default_dictionary())
    except DictionaryError as exc:
        print(f"visavis review: {exc} (exporting without dictionary senses)", file=sys.stderr)
        return None


def _due(library, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from visavis.core.review import Reviewer

    counts = Reviewer(library).counts()
    if args.json:
        print(json.dumps({"due": counts.due, "new": counts.new, "to_review": counts.to_review,
                          "terms": counts.total_terms}))
        return 0
    print(f"{counts.to_review} to review now: {counts.due} due, {counts.new} new "
          f"({counts.total_terms} terms under review)")
    return 0


def _export(library, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from visavis.core.review.anki_export import StatusFilterError, export_anki, parse_statuses

    out: Path = args.file
    if out.suffix.lower() != ".apkg":
        raise CommandError(f"{out} should end in .apkg (the file Anki imports)")
    if not out.parent.is_dir():
        raise CommandError(f"the folder {out.parent} does not exist")
    try:
        wanted = parse_statuses(args.status)
    except StatusFilterError as exc:
        raise CommandError(str(exc)) from exc
    try:
        count = export_anki(library, out, wanted, senses=_senses())
    except OSError as exc:
        raise CommandError(f"{out} could not be written: {exc.strerror or exc}") from exc
    if count == 0:
        print(f"No terms with status {args.status} to export; {out} was not written.")
        return 1
    print(f"Exported {count} note{'s' if count != 1 else ''} to {out}")
    return 0


def run(args: argparse.Namespace) -> int:
    library = _open(args.library)
    try:
        return _due(library, args) if args.action == "due" else _export(library, args)
    finally:
        library.close()
