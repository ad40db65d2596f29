"""Export benchmark: a 10,000-word article with 300 highlights (100 with notes).

    .venv/bin/python bench/export_bench.py [--words 10000] [--annotations 300] [--repeat 3]

Times, best of ``--repeat`` rounds: the annotated PDF (layout, pages, pypdf highlight
annotations), the Markdown and the JSON-LD exports, and re-anchoring every annotation
after an edit at the top of the article.  Prints the peak RSS of the process and the
Python-heap peak of one PDF export (tracemalloc; Qt's own memory is only in the RSS).
Target: PDF export ≤ 5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from fr_generator import generate_article  # noqa: E402  (bench/ is on sys.path)
from visavis.core.annotations.anchoring import reanchor  # noqa: E402
from visavis.core.annotations.model import COLOUR_NAMES, Annotation, Side, quote_target  # noqa: E402
from visavis.core.document.markdown_parser import parse_markdown  # noqa: E402
from visavis.export.article import ExportArticle  # noqa: E402
from visavis.export.jsonld import export_jsonld  # noqa: E402
from visavis.export.markdown_export import export_markdown  # noqa: E402
from visavis.export.pdf import export_pdf  # noqa: E402

TARGET_S = 5.0


def build_article(words: int, count: int, rng: random.Random) -> ExportArticle:
    parts, total = [], 0
    while total < words:
        _title, markdown = generate_article(rng)
        parts.append(markdown)
        total += len(markdown.split())
    doc = parse_markdown("\n\n".join(parts), "Banc d'essai")
    english = {s.id: "EN " + s.text for s in doc.sentences}
    plain = doc.plain
    annotations = []
    for i in range(count):
        start = rng.randrange(0, len(plain) - 80)
        end = start + rng.randrange(6, 70)
        if not plain[start:end].strip():
            continue
        if i % 10 == 9:
            s = rng.choice(doc.sentences)
            text = english[s.id]
            a = rng.randrange(0, max(1, len(text) - 12))
            annotations.append(Annotation(
                article_id=1, side=Side.ENGLISH, colour=COLOUR_NAMES[i % 5],
                target=quote_target(text, a, min(len(text), a + 10), s.id),
                reading_pos=doc.blocks[s.block].plain_start + s.block_start))
            continue
        annotations.append(Annotation(
            article_id=1, side=Side.FRENCH, colour=COLOUR_NAMES[i % 5],
            note=f"Note {i} : « une remarque » sur ce passage." if i % 3 == 0 else "",
            target=quote_target(plain, start, end), reading_pos=start))
    return ExportArticle(doc, english, annotations, article_id=1, origin="https://example.org",
                         date="2026-11-27")


def best_of(repeat: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--annotations", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    app = QGuiApplication(sys.argv)  # noqa: F841
    article = build_article(args.words, args.annotations, random.Random(7))
    doc = article.document
    out = Path(tempfile.mkdtemp(prefix="visavis-export-bench-"))
    print(f"article: {doc.word_count()} words, {len(doc.blocks)} blocks, "
          f"{len(doc.sentences)} sentences, {len(article.annotations)} annotations "
          f"({len(article.note_numbers())} notes)")
    pdf = out / "bench.pdf"
    result = None

    def run_pdf() -> None:
        nonlocal result
        result = export_pdf(article, pdf)

    t_pdf = best_of(args.repeat, run_pdf)
    t_md = best_of(args.repeat, lambda: export_markdown(article, out / "bench.md"))
    t_js = best_of(args.repeat, lambda: export_jsonld(article, out / "bench.jsonld"))
    edited = "Un paragraphe ajouté en tête.\n\n" + doc.plain
    starts = {s.id: doc.blocks[s.block].plain_start + s.block_start for s in doc.sentences}
    t_anchor = best_of(args.repeat, lambda: [reanchor(a, edited, article.english, starts)
                                             for a in article.annotations])
    tracemalloc.start()
    export_pdf(article, pdf)
    _current, py_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"PDF:      {t_pdf:6.2f} s  ({result.pages} pages, {result.highlights} highlight "
          f"annotations, {pdf.stat().st_size / 1e6:.1f} MB)  target ≤ {TARGET_S:.0f} s: "
          f"{t_pdf / TARGET_S:.0%} of budget")
    print(f"Markdown: {t_md:6.3f} s    JSON-LD: {t_js:6.3f} s")
    print(f"re-anchor {len(article.annotations)} annotations after an edit: {t_anchor:6.3f} s")
    print(f"peak RSS: {rss_mb:.0f} MB; Python heap peak during one PDF export: "
          f"{py_peak / 1e6:.1f} MB")
    print(f"files in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
