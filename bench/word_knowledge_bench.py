"""Word-knowledge benchmark: per-article figures for the library list, status lookups, changes.

    .venv/bin/python bench/word_knowledge_bench.py [--articles 10000] [--statuses 50000] [--db PATH] [--reuse]

Builds a library of ``--articles`` generated articles (``fr_generator``, ~800 words, plus
~120 rarer words each from a 40,000-word synthetic vocabulary so each article has a few hundred
distinct lemmas, like real news), counts the words of ``--templates`` of them for real (``word_occurrences.index_article``;
the others copy a template's lemma rows, which is what the figures' cost depends on) and
gives ``--statuses`` lemmas a status.  Prints, with the ratio to each target:

* per-article figures of every article for the library list (target ≤ 300 ms),
* the "known ≥ 90 %" filter,
* status lookup of one screen's lemmas (``get_many`` of ~250 words; target ≤ 5 ms),
* one status change of a frequent and of a rare lemma (the triggers update the counts),
* "mark the rest as known" of 150 lemmas in one transaction.
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
from visavis.core.knowledge.statuses import TermStatus  # noqa: E402
from visavis.core.store.library import Library  # noqa: E402

FIGURES_TARGET_MS = 300.0
LOOKUP_TARGET_MS = 5.0
_SYLLABLES = ["ba", "ré", "cor", "ni", "tal", "mé", "pou", "gra", "vin", "lo", "sé", "dra",
              "fon", "que", "mi", "teur", "ran", "bil", "ché", "zo"]


def rare_words(count: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(3, 4))) + "ment")
    return sorted(words)


def median_ms(fn, repeats: int = 7) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def populate(path: Path, articles: int, statuses: int, seed: int, template_count: int) -> None:
    rng = random.Random(seed)
    vocabulary = rare_words(40_000, rng)
    weights = [1 / (i + 1) for i in range(len(vocabulary))]
    with Library.open(path) as lib:
        t0 = time.perf_counter()
        ids = []
        for i in range(articles):
            title, source = generate_article(rng)
            extra = " ".join(rng.choices(vocabulary, weights, k=120))
            ids.append(lib.articles.add(title, f"{source}\n\nEnfin {extra}.", origin=f"https://exemple.fr/{i}"))
        t1 = time.perf_counter()
        templates = ids[:min(len(ids), template_count)]
        for article_id in templates:
            lib.word_occurrences.index_article(article_id)
        t2 = time.perf_counter()
        per_article = (t2 - t1) / len(templates)
        with lib.transaction() as conn:  # the others get a template's counts (same row shapes)
            for n, article_id in enumerate(ids[len(templates):]):
                template = templates[n % len(templates)]
                conn.execute("INSERT INTO article_word_index(article_id, source_hash, tokenizer, tokens,"
                             " lemma_ids, counts, ignored, indexed_at) SELECT ?, a.source_hash, w.tokenizer,"
                             " w.tokens, w.lemma_ids, w.counts, w.ignored, w.indexed_at "
                             "FROM article_word_index w, articles a WHERE w.article_id = ? AND a.id = ?",
                             (article_id, template, article_id))
        t2b = time.perf_counter()
        lemmas = [lemma for lemma, _n in lib.word_occurrences.library_counts()]
        chosen = lemmas[:min(statuses, int(len(lemmas) * 0.8))]  # a fifth stays unknown
        taken = set(lemmas)
        chosen += [w for w in rare_words(statuses + len(lemmas), random.Random(seed + 1))
                   if w not in taken][:max(0, statuses - len(chosen))]
        population = [TermStatus.KNOWN] * 6 + [TermStatus.LEARNING_1, TermStatus.LEARNING_2,
                                                TermStatus.NEW, TermStatus.IGNORED]
        lib.word_status.set_many((lemma, rng.choice(population)) for lemma in chosen)
        t3 = time.perf_counter()
        t2 = t2b
        rows = sum(r[0] for r in lib.database.query("SELECT length(lemma_ids) / 4 FROM article_word_index"))
        lib.connection.execute("PRAGMA optimize")
    print(f"import: {articles} articles in {t1 - t0:.1f} s; word index of {len(templates)} articles: "
          f"{per_article * 1000:.0f} ms each (parse + tokens + lemmas + write); the other "
          f"{articles - len(templates)} copy a template's counts; {rows} article-lemma entries; "
          f"{len(chosen)} statuses set in {t3 - t2:.1f} s (one transaction)")


def measure(path: Path) -> None:
    with Library.open(path) as lib:
        n = lib.articles.count()
        statuses = sum(lib.word_status.counts().values())
        t0 = time.perf_counter()
        import numpy  # noqa: F401  (the app has it loaded already: the translator uses it)
        numpy_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        lib.article_figures.figures()
        cold_ms = (time.perf_counter() - t0) * 1000  # reads and unpacks the index arrays
        flip = iter([TermStatus.NEW, TermStatus.KNOWN] * 20)
        probe = lib.word_occurrences.library_counts(limit=1)[0][0]

        def after_change() -> None:
            lib.word_status.set(probe, next(flip))
            lib.article_figures.figures()

        changed_ms = median_ms(after_change)  # (includes the status write, ~1 ms)
        figures_ms = median_ms(lambda: lib.article_figures.figures())
        first_open = time.perf_counter()
        lib.articles.list()
        list_ms = (time.perf_counter() - first_open) * 1000
        filter_ms = median_ms(lambda: lib.article_figures.known_at_least(0.9))
        kept = len(lib.article_figures.known_at_least(0.9))
        some_article = lib.articles.ids()[n // 2]
        screen = list(lib.word_occurrences.lemma_counts(some_article))[:250]
        lookup_ms = median_ms(lambda: lib.word_status.get_many(screen), repeats=21)
        all_ms = median_ms(lambda: lib.word_status.lemma_statuses(), repeats=5)
        occurrences = lib.word_occurrences
        frequent = occurrences.library_counts(limit=1)[0][0]
        rare = occurrences.library_counts()[-1][0]
        spread, rare_spread = len(occurrences.articles_with(frequent)), len(occurrences.articles_with(rare))
        cycle = iter([TermStatus.NEW, TermStatus.KNOWN] * 20)
        frequent_ms = median_ms(lambda: lib.word_status.set(frequent, next(cycle)), repeats=5)
        rare_ms = median_ms(lambda: lib.word_status.set(rare, next(cycle)), repeats=5)
        known = lib.word_status.get_many(occurrences.lemma_counts(some_article))
        unknown = [lemma for lemma in occurrences.lemma_counts(some_article) if lemma not in known][:150]
        t0 = time.perf_counter()
        previous = lib.word_status.set_many((lemma, TermStatus.KNOWN) for lemma in unknown)
        mark_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        lib.word_status.restore(previous)
        undo_ms = (time.perf_counter() - t0) * 1000
        size_mb = path.stat().st_size / 1e6
        t0 = time.perf_counter()
        Library.open(path).close()
        open_ms = (time.perf_counter() - t0) * 1000
    print(f"library: {n} articles, {statuses} statuses, file {size_mb:.0f} MB; Library.open "
          f"(integrity check included) {open_ms:.0f} ms")
    print(f"per-article figures of all {n} articles: first call of the process (reads the index "
          f"arrays) {cold_ms:.0f} ms (ratio {cold_ms / FIGURES_TARGET_MS:.2f}; numpy's import before it: "
          f"{numpy_ms:.0f} ms); after a status change {changed_ms:.0f} ms (target "
          f"{FIGURES_TARGET_MS:.0f} ms, ratio {changed_ms / FIGURES_TARGET_MS:.2f}); nothing changed "
          f"{figures_ms:.0f} ms; the summaries themselves: {list_ms:.0f} ms")
    print(f"filter 'known >= 90 %': {filter_ms:.0f} ms ({kept} articles)")
    print(f"status lookup of one screen ({len(screen)} lemmas, get_many): {lookup_ms:.2f} ms "
          f"(target {LOOKUP_TARGET_MS:.0f} ms, ratio {lookup_ms / LOOKUP_TARGET_MS:.2f}); "
          f"all lemma statuses into a dict: {all_ms:.0f} ms")
    print(f"one status change: frequent lemma {frequent!r} (in {spread} articles) {frequent_ms:.0f} ms, "
          f"rare lemma (in {rare_spread}) {rare_ms:.1f} ms")
    print(f"mark {len(unknown)} lemmas known in one transaction: {mark_ms:.0f} ms, undo {undo_ms:.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--statuses", type=int, default=50_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--templates", type=int, default=300,
                        help="articles indexed for real (the rest copy their counts)")
    args = parser.parse_args()
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="visavis-words-bench-")
        args.db = Path(tmp.name) / "library.sqlite3"
    if not (args.reuse and args.db.exists()):
        args.db.unlink(missing_ok=True)
        populate(args.db, args.articles, args.statuses, args.seed, args.templates)
    measure(args.db)
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
