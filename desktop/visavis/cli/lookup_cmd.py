"""``visavis lookup WORD_OR_TERM``: the dictionary and the reader's glossary, headless."""

from __future__ import annotations

import argparse
import json
import sys

from visavis.cli import CommandError

HELP = "Look up a French word or term in the dictionary and in your glossary."
_MORE_POS = {"det": "determiner", "name": "proper noun", "phrase": "phrase", "abbr": "abbreviation",
             "part": "particle"}

_POS_NAMES = {"n": "noun", "v": "verb", "vt": "transitive verb", "vi": "intransitive verb",
              "adj": "adjective", "adv": "adverb", "prep": "preposition", "pron": "pronoun",
              "conj": "conjunction", "art": "article", "num": "numeral", "int": "interjection"}
_GENDER_NAMES = {"m": "masculine", "f": "feminine"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("term", nargs="+", metavar="WORD_OR_TERM",
                        help="a word (any inflected form) or a multi-word term")
    parser.add_argument("--context", metavar="SENTENCE",
                        help="the French sentence the word is in: the entry and sense used "
                             "there come first, as in the popup")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--no-library", action="store_true",
                        help="ignore your glossary (dictionary only)")


def describe(pos: str, gender: str) -> str:
    parts = [_POS_NAMES.get(pos) or _MORE_POS.get(pos, pos)] if pos else []
    if gender:
        parts.append(_GENDER_NAMES.get(gender, gender))
    return ", ".join(parts)


def _reader_entries(skip: bool) -> list:
    if skip:
        return []
    from visavis.core.glossary.reader_glossary import ReaderGlossary
    from visavis.core.platform import paths
    from visavis.core.store.library import open_library_or_explain

    if not paths.library_path().exists():
        return []
    library, problem = open_library_or_explain()
    if library is None:
        print(f"visavis lookup: {problem} (showing the dictionary only)", file=sys.stderr)
        return []
    try:
        return ReaderGlossary(library).list()
    finally:
        library.close()


def run(args: argparse.Namespace) -> int:
    from visavis.core.glossary.dictionary import DictionaryError, default_dictionary
    from visavis.core.glossary.lookup import lookup
    from visavis.core.glossary.terms import Glossary

    query = " ".join(args.term)
    if not query.strip():
        raise CommandError("give a French word or term to look up")
    try:
        dictionary = default_dictionary()
    except DictionaryError as exc:
        raise CommandError(str(exc)) from exc
    context = args.context
    if context is not None and query.lower() not in context.lower():
        raise CommandError(f"« {query} » is not in the --context sentence")
    result = lookup(query, Glossary(dictionary, _reader_entries(args.no_library)),
                    sentence=context)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0 if result.found else 1
    if not result.found:
        lemma = f" (lemma: {result.lemma})" if result.lemma and result.lemma != query else ""
        print(f"« {query} »{lemma}: not in the dictionary or your glossary.")
        return 1
    grammar = describe(result.pos, result.gender)
    heading = result.term + (f" ({grammar})" if grammar else "")
    if result.lemma and result.lemma not in (result.term, query):
        heading += f" — lemma {result.lemma}"
    print(heading)
    if result.english:
        print(f"  your English: {result.english}")
    if result.note:
        print(f"  your note: {result.note}")
    for number, sense in enumerate(result.senses, start=1):
        print(f"  {number}. {sense}")
    for other in result.others:
        grammar = describe(other.pos, other.gender)
        senses = "; ".join(other.senses)
        print(f"  also: {other.headword}" + (f" ({grammar})" if grammar else "") + f": {senses}")
    return 0
