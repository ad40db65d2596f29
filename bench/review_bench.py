"""Review benchmark: the due count, building a batch of cards, grading, the Anki export.

    .venv/bin/python bench/review_bench.py [--articles 300] [--statuses 20000] [--glossary 200]

Builds a library of ``--articles`` generated articles (``fr_generator``, ~800 words each,
all word-indexed for real), gives ``--statuses`` of their lemmas a status (a fifth New or
Learning, as in the word-knowledge bench) and adds ``--glossary`` glossary entries with their
sentence.  Prints the median time of:

* ``Reviewer.counts()`` (the status bar's count, every 5 minutes and after each grade),
* ``Reviewer.queue(10)`` (the window's batch: sentences met, alignment, senses for 10 cards),
* one grade (card + log + word status in one transaction),
* ``export_anki`` of every New/Learning term (notes per second; each article is parsed
  once for all terms by the review's ``SentenceFinder``).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fr_generator import generate_article  # noqa: E402
from visavis.core.document.markdown_parser import parse_markdown  # noqa: E402
from visavis.core.glossary.reader_glossary import GlossaryEntryError, ReaderGlossary  # noqa: E402
from visavis.core.knowledge.statuses import TermStatus  # noqa: E402
from visavis.core.review import Reviewer  # noqa: E402
from visavis.core.review.anki_export import export_anki  # noqa: E402
from visavis.core.review.card_face import default_senses  # noqa: E402
from visavis.core.review.sentence_finder import SentenceFinder  # noqa: E402
from visavis.core.review.sources import review_terms  # noqa: E402
from visavis.core.store.library import Library  # noqa: E402
from visavis.core.translation.types import Translation  # noqa: E402


def timed(fn, repeats: int = 5) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def populate(lib: Library, articles: int, statuses: int, glossary: int, seed: int) -> None:
    rng = random.Random(seed)
    t0 = time.perf_counter()
    ids = []
    for _ in range(articles):
        title, source = generate_article(rng)
        ids.append(lib.articles.add(title, source))
        lib.word_occurrences.index_article(ids[-1])
        # the copy model's "English" (the French itself): the aligner runs on every card
        doc = parse_markdown(source, title=title)
        lib.translations.put_many("copybench", {s.text: Translation(s.text) for s in doc.sentences})
    lemmas = [r[0] for r in lib.database.query(
        "SELECT lemma FROM article_lemmas GROUP BY lemma ORDER BY sum(count) DESC")]
    population = [TermStatus.KNOWN] * 6 + [TermStatus.LEARNING_1, TermStatus.LEARNING_2,
                                            TermStatus.NEW, TermStatus.IGNORED]
    lib.word_status.set_many((lemma, rng.choice(population)) for lemma in lemmas[:statuses])
    entries = ReaderGlossary(lib)
    sentences = [r[0] for r in lib.database.query(
        "SELECT source FROM articles ORDER BY id LIMIT ?", (glossary,))]
    added = 0
    for article_id, source in zip(ids, sentences, strict=False):
        line = next(p for p in source.split("\n\n")[1:] if p.strip())
        first = line.split(". ")[0] + "."
        words = [w for w in first.split() if len(w) > 6 and w.isalpha()]
        if words:
            try:
                entries.add(words[0], "(bench)", article_id=article_id, context=first)
                added += 1
            except GlossaryEntryError:
                pass
    print(f"library: {articles} articles indexed, {min(statuses, len(lemmas))} statuses, "
          f"{added} glossary entries in {time.perf_counter() - t0:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--statuses", type=int, default=20_000)
    parser.add_argument("--glossary", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Library.open(Path(tmp) / "bench.sqlite3") as lib:
        populate(lib, args.articles, args.statuses, args.glossary, args.seed)
        reviewer = Reviewer(lib, senses=default_senses(), new_per_day=10_000)
        reviewer.queue(1)  # warm the lemmatiser, dictionary and aligner once
        count_ms, counts = timed(reviewer.counts)
        print(f"counts(): {count_ms:.0f} ms for {counts.total_terms} terms under review "
              f"({counts.new} new)")
        cold_ms, batch = timed(lambda: Reviewer(lib, senses=reviewer.senses,
                                                new_per_day=10_000).queue(10), repeats=3)
        warm_ms, _ = timed(lambda: reviewer.queue(10), repeats=3)
        with_english = sum(1 for item in batch if item.face.english)
        print(f"queue(10): {cold_ms:.0f} ms with a new reviewer (articles parsed), {warm_ms:.0f} ms "
              f"for the next batch (articles cached); sentences met, alignment, senses; "
              f"{with_english}/10 with English")
        grade_ms = statistics.median(
            timed(lambda item=item: reviewer.grade(item, 3), repeats=1)[0] for item in batch)
        print(f"grade: {grade_ms:.1f} ms (card, log and word status, one transaction)")
        export_ms, notes = timed(lambda: export_anki(lib, Path(tmp) / "deck.apkg",
                                                     senses=reviewer.senses), repeats=1)
        finder = SentenceFinder(lib)
        for term in review_terms(lib):
            finder.sentences(term.term_key, 1)
        print(f"export_anki: {notes} notes in {export_ms / 1000:.1f} s "
              f"({notes / max(export_ms / 1000, 1e-9):.0f} notes/s; {finder.parsed} articles "
              f"parsed once each for all terms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
