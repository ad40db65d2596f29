"""Glossary benchmark: hover latency and dictionary/alignment coverage on real articles.

    .venv/bin/python bench/glossary_bench.py ARTICLE [ARTICLE ...] [--package MODEL.argosmodel]

For each article (Markdown or plain text):

* build time of the matcher (dictionary + multi-word terms) and of ``annotate_document``;
* hover latency for every word token: ``ArticleGlossary.hit_at`` + ``resolve_hit`` (what the
  popup does on the GUI thread), and the cold ``lookup(word)`` path (what the CLI does) —
  p50/p99 in µs, target p99 ≤ 2 ms;
* coverage: share of French word tokens (numbers, punctuation and emoji excluded) whose
  word or term has a dictionary sense through its lemma — target ≥ 70 %;
* with ``--package``: the article translated by our engine on that model, and the share
  of word tokens with an aligned English span, alone and combined with the dictionary
  (target ≥ 97 %).

Runs in temporary XDG/Argos/Vis-à-vis dirs; nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from bench_env import install_package, isolate_environment  # bench/ is on sys.path


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def bench_article(path: Path, glossary, engine) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from visavis.core.document.markdown_parser import parse_markdown
    from visavis.core.glossary.alignment import aligned_english, aligned_text
    from visavis.core.glossary.annotate import annotate_document
    from visavis.core.glossary.lookup import lookup, resolve_hit
    from visavis.core.glossary.words import split_words

    doc = parse_markdown(path.read_text(encoding="utf-8"))
    start = time.perf_counter()
    article = annotate_document(doc, glossary)
    annotate_s = time.perf_counter() - start

    hover_us: list[float] = []
    cold_us: list[float] = []
    covered = 0
    sources: Counter[str] = Counter()
    tokens: list[tuple[str, int, int, str]] = []  # (sentence id, start, end, word)
    for sentence in doc.sentences:
        for word in split_words(sentence.text):
            tokens.append((sentence.id, word.start, word.end, word.text))
            t0 = time.perf_counter()
            hit = article.hit_at(sentence.id, word.start)
            result = resolve_hit(hit, glossary, word.text) if hit else None
            hover_us.append((time.perf_counter() - t0) * 1e6)
            t0 = time.perf_counter()
            lookup(word.text, glossary)
            cold_us.append((time.perf_counter() - t0) * 1e6)
            sources[hit.source if hit else "none"] += 1
            covered += bool(result and result.senses)
    figures = {"sentences": len(doc.sentences), "tokens": len(tokens), "annotate_ms":
               annotate_s * 1e3, "hover_p50": percentile(hover_us, 0.5),
               "hover_p99": percentile(hover_us, 0.99), "hover_max": max(hover_us),
               "cold_p50": percentile(cold_us, 0.5), "cold_p99": percentile(cold_us, 0.99),
               "coverage": covered / len(tokens), "terms": sources["dictionary"]}
    print(f"\n{path.name}: {len(doc.sentences)} sentences, {len(tokens)} word tokens")
    print(f"  annotate_document: {annotate_s * 1e3:.1f} ms "
          f"({annotate_s * 1e6 / max(1, len(tokens)):.1f} µs/word)")
    print(f"  hover (hit_at + resolve_hit): p50 {figures['hover_p50']:.1f} µs, "
          f"p99 {figures['hover_p99']:.1f} µs, max {figures['hover_max']:.1f} µs")
    print(f"  cold lookup(word):            p50 {figures['cold_p50']:.1f} µs, "
          f"p99 {figures['cold_p99']:.1f} µs")
    print(f"  coverage (dictionary sense via lemma): {100 * figures['coverage']:.1f} %  "
          f"(hits by source: {dict(sources)})")
    if engine is not None:
        start = time.perf_counter()
        texts = [s.text for s in doc.sentences]
        translations = dict(zip([s.id for s in doc.sentences], engine.translate(texts),
                                strict=True))
        translate_s = time.perf_counter() - start
        aligned = both = identical = 0
        for (sid, s, e, text) in tokens:
            has_alignment = bool(aligned_english(translations[sid], s, e))
            identical += aligned_text(translations[sid], s, e) == text
            hit = article.hit_at(sid, s)
            has_sense = bool(hit and resolve_hit(hit, glossary, "").senses)
            aligned += has_alignment
            both += has_alignment or has_sense
        figures["aligned"] = aligned / len(tokens)
        figures["combined"] = both / len(tokens)
        figures["identical"] = identical / len(tokens)
        print(f"  engine translation: {translate_s:.1f} s; aligned English for "
              f"{100 * figures['aligned']:.1f} % of word tokens; dictionary or alignment: "
              f"{100 * figures['combined']:.1f} %; aligned text identical to the word "
              f"(meaningful on a copy model only): {100 * figures['identical']:.1f} %")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("--package", type=Path, help=".argosmodel to measure alignment with")
    args = parser.parse_args(argv)
    isolate_environment("glossary")
    from visavis.core.glossary.dictionary import Dictionary
    from visavis.core.glossary.terms import Glossary

    start = time.perf_counter()
    dictionary = Dictionary.load()
    load_ms = (time.perf_counter() - start) * 1e3
    start = time.perf_counter()
    glossary = Glossary(dictionary)
    build_ms = (time.perf_counter() - start) * 1e3
    print(f"dictionary: {len(dictionary)} entries loaded in {load_ms:.1f} ms; matcher with "
          f"{len(dictionary.multiword_entries())} multi-word terms built in {build_ms:.1f} ms")
    engine = None
    if args.package is not None:
        from visavis.core.translation.engine import CTranslate2Engine
        from visavis.core.translation.settings import load_settings

        package = install_package(args.package)
        engine = CTranslate2Engine(package, load_settings())
        print(f"model: {package.name} ({engine.device}, {engine.compute_type})")
    results = [bench_article(path, glossary, engine) for path in args.articles]
    worst = max(r["hover_p99"] for r in results)
    cover = min(r["coverage"] for r in results)
    print(f"\nworst hover p99 {worst:.1f} µs (target ≤ 2000 µs: "
          f"{'OK' if worst <= 2000 else 'MISSED'}); lowest coverage {100 * cover:.1f} % "
          f"(target ≥ 70 %: {'OK' if cover >= 0.70 else 'MISSED'})")
    if engine is not None:
        combined = min(r["combined"] for r in results)
        print(f"lowest dictionary-or-alignment coverage {100 * combined:.1f} % "
              f"(target ≥ 97 %: {'OK' if combined >= 0.97 else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
