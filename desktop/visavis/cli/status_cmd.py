"""``visavis status WORD STATUS``: give a word or term a status, headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from visavis.cli import CommandError

HELP = "Give a French word or term a status: unknown, new, learning1-3, known, ignored or auto."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("term", metavar="LEMMA", help="a word (any form: its lemma is used) or a "
                        "multi-word term in quotes")
    parser.add_argument("status", metavar="STATUS",
                        help="unknown, new, learning1, learning2, learning3, known, ignored "
                             "(or 0-6), or auto to forget the status")
    parser.add_argument("--form", action="store_true",
                        help="give only this form its status, not its lemma")
    parser.add_argument("--library", type=Path, metavar="FILE",
                        help="library file (default: your library)")


def run(args: argparse.Namespace) -> int:
    from visavis.core.glossary.normalize import norm_key
    from visavis.core.knowledge.statuses import parse_status
    from visavis.core.knowledge.word_import import term_key
    from visavis.core.store.library import open_library_or_explain

    status = None
    if args.status.strip().lower() != "auto":
        try:
            status = parse_status(args.status)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
    key = term_key(args.term)
    if not key:
        raise CommandError(f"{args.term!r} holds no French word")
    form = norm_key(args.term) if args.form else None
    if form is not None and " " in form:
        raise CommandError("--form is for a single word")
    library, problem = open_library_or_explain(args.library)
    if library is None:
        raise CommandError(problem or "the library could not be opened")
    try:
        if status is None:
            library.word_status.clear(key, form)
        else:
            library.word_status.set(key, status, form=form)
        now = library.word_status.get(key, form)
    finally:
        library.close()
    shown = f"{args.term} → {key}" if norm_key(args.term) != key else key
    target = f"{shown} (form « {form} »)" if form else shown
    print(f"{target}: {'automatic' if status is None else now.cli_name}")
    return 0
