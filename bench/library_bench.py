"""Library benchmark: import throughput, library-view open time, search latency.

    .venv/bin/python bench/library_bench.py [--articles 10000] [--db PATH] [--reuse]

Prints figures and their ratio to the targets (open ≤ 300 ms, search p99 ≤ 50 ms).
Articles come from ``fr_generator`` (~800 words each).  ``--reuse`` skips the import when
``--db`` already holds a library (to re-measure open/search only).
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
from visavis.core.store.library import Library  # noqa: E402

OPEN_TARGET_MS = 300.0
SEARCH_P99_TARGET_MS = 50.0
QUERIES = [
    "ecole", "école ", "gouvernement ", "grève", "inondation ", "Montréal ", "montreal",
    '"centrale nucléaire"', '"la ville"', "budget municipal ", "réforme -santé ", "vél",
    "tremblay ", "hôpital régional ", "inflat", "start-up", "millions de dollars ",
    "énergie éolienne", "Trois-Rivières ", "NEAR( \"x",
]


def populate(path: Path, count: int, seed: int) -> float:
    rng = random.Random(seed)
    articles = [generate_article(rng) for _ in range(count)]
    with Library.open(path) as lib:
        start = time.perf_counter()
        for i, (title, source) in enumerate(articles):
            article_id = lib.articles.add(title, source, origin=f"https://exemple.fr/{i}")
            if i % 7 == 0:
                lib.tags.add(article_id, rng.choice(["Politique", "Économie", "Culture"]))
            if i % 3 == 0:
                lib.articles.touch_opened(article_id)
                lib.articles.set_scroll(article_id, rng.random())
        elapsed = time.perf_counter() - start
        lib.connection.execute("PRAGMA optimize")
    return count / elapsed


def measure_open(path: Path, repeats: int = 5) -> tuple[float, float, float, int]:
    """Median ms: open + first page (100 rows); open + full list; open + full list and the
    per-article word figures in the view's Qt table model; and the number of rows.
    (The generated library has no word counts; ``--db`` a library made by
    word_knowledge_bench.py with ``--reuse`` measures the figures too.)"""
    from visavis.ui.features.library.library_model import LibraryTableModel

    first, full, model_ms = [], [], []
    rows = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        lib = Library.open(path)
        lib.articles.list(limit=100)
        t1 = time.perf_counter()
        summaries = lib.articles.list()
        t2 = time.perf_counter()
        model = LibraryTableModel()
        model.set_figures(lib.article_figures.figures())  # Known / New words columns, as the view
        model.set_rows(summaries)
        model.index(0, 0).data()
        t3 = time.perf_counter()
        rows = len(summaries)
        lib.close()
        first.append((t1 - t0) * 1000)
        full.append((t2 - t0) * 1000)
        model_ms.append((t3 - t0) * 1000)
    return statistics.median(first), statistics.median(full), statistics.median(model_ms), rows


def measure_search(path: Path, rounds: int = 5) -> tuple[list[float], dict[str, int]]:
    timings: list[float] = []
    hits: dict[str, int] = {}
    with Library.open(path) as lib:
        lib.search_index.search("warm up")
        for _ in range(rounds):
            for q in QUERIES:
                t0 = time.perf_counter()
                found = lib.search_index.search(q, limit=30)
                timings.append((time.perf_counter() - t0) * 1000)
                hits[q] = len(found)
    return timings, hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="visavis-bench-")
        args.db = Path(tmp.name) / "library.sqlite3"
    if not (args.reuse and args.db.exists()):
        args.db.unlink(missing_ok=True)
        rate = populate(args.db, args.articles, args.seed)
        print(f"import: {args.articles} articles at {rate:.0f} articles/s")
    size_mb = args.db.stat().st_size / 1e6
    first_ms, full_ms, model_ms, rows = measure_open(args.db)
    print(f"library file: {size_mb:.0f} MB, {rows} articles")
    print(f"open + first page (100 rows): {first_ms:.0f} ms "
          f"(target {OPEN_TARGET_MS:.0f} ms, ratio {first_ms / OPEN_TARGET_MS:.2f})")
    print(f"open + full list ({rows} rows): {full_ms:.0f} ms "
          f"(ratio to target {full_ms / OPEN_TARGET_MS:.2f})")
    print(f"open + full list into the Qt table model: {model_ms:.0f} ms "
          f"(ratio to target {model_ms / OPEN_TARGET_MS:.2f})")
    timings, hits = measure_search(args.db)
    timings.sort()
    p50 = statistics.median(timings)
    p99 = timings[min(len(timings) - 1, round(0.99 * (len(timings) - 1)))]
    print(f"search over {len(QUERIES)} queries x {len(timings) // len(QUERIES)}: "
          f"p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {timings[-1]:.1f} ms "
          f"(target p99 {SEARCH_P99_TARGET_MS:.0f} ms, ratio {p99 / SEARCH_P99_TARGET_MS:.2f})")
    print("hits per query (limit 30):", ", ".join(f"{q!r}={n}" for q, n in hits.items()))
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
