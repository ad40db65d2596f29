"""Anchoring benchmark: the edit corpus figures and the time to re-anchor a long article.

    .venv/bin/python bench/anchoring_bench.py [--words 10000] [--annotations 300]

1. Runs every case of the edit corpus (tests/data/anchoring/edit_corpus.py: short words,
   phrases, sentences and passages of three French texts under 14 kinds of edit) and
   prints how many ended ``exact`` (anchored on the true span), ``near`` (fuzzy on the true
   span), ``orphan`` (the edit destroyed the span), ``lost`` (orphan although the span
   survived), ``drift`` (wrong ends) and ``silent`` (anchored where the highlight is not),
   with the time per anchoring.  ``--by-edit`` breaks the non-exact outcomes down.
2. A generated article of ``--words`` words with ``--annotations`` highlights (short words,
   phrases, sentences), an edit at the top, a paragraph deleted and one swapped: the time
   to re-anchor all of them, and how many were not found where they are.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from collections import Counter
from pathlib import Path

from fr_generator import generate_article  # bench/ is on sys.path
from visavis.core.annotations.anchoring import anchor
from visavis.core.annotations.model import quote_target

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "anchoring" / "edit_corpus.py"


def load_corpus():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("anchoring_edit_corpus", CORPUS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def corpus_figures(by_edit: bool) -> None:
    corpus = load_corpus()
    counts: Counter = Counter()
    details: Counter = Counter()
    elapsed, n = 0.0, 0
    for case in corpus.cases():
        target = quote_target(case.text, case.start, case.end)
        t0 = time.perf_counter()
        result = anchor(case.edited, target)
        elapsed += time.perf_counter() - t0
        n += 1
        kind = corpus.classify(case, str(result.status), result.start, result.end)
        counts[kind] += 1
        if kind == "lost" and len(target.exact) < 4 and case.truth is not None \
                and case.edited[case.truth[0]:case.truth[1]] != target.exact:
            counts["lost, under 4 letters and changed"] += 1  # too short to be fuzzy, by rule
        if kind not in ("exact", "orphan"):
            details[(kind, case.name.split(": ", 1)[1])] += 1
    order = ("exact", "near", "orphan", "lost", "drift", "silent")
    print(f"edit corpus: {n} highlights")
    print("  " + ", ".join(f"{k} {counts[k]}" for k in order)
          + f" (of the lost: {counts['lost, under 4 letters and changed']} quotes of under four "
          "letters that the edit changed — too short to be fuzzy, by rule)")
    print(f"  {elapsed / n * 1000:.1f} ms per anchoring on average, {elapsed:.1f} s in all")
    if by_edit:
        for (kind, name), count in sorted(details.items()):
            print(f"    {kind:6} {count:4}  {name}")


def long_article(words: int, count: int) -> None:
    rng = random.Random(7)
    paragraphs: list[str] = []
    while sum(len(p.split()) for p in paragraphs) < words:
        _title, markdown = generate_article(rng, 800)
        paragraphs += [p.strip().lstrip("# ") for p in markdown.split("\n\n") if p.strip()]
    text = "\n\n".join(paragraphs)
    spans = []
    for _ in range(count):
        p = rng.choice([i for i, x in enumerate(paragraphs) if x.count(" ") >= 3])
        base = sum(len(x) + 2 for x in paragraphs[:p])
        para = paragraphs[p]
        words_at = [i for i in range(len(para)) if i == 0 or para[i - 1] == " "]
        i = rng.randrange(len(words_at) - 1)
        j = min(len(words_at) - 1, i + rng.choice((1, 1, 3, 8)))
        spans.append((p, base + words_at[i], base + words_at[j] - 1))
    targets = [quote_target(text, s, e) for _p, s, e in spans]
    # the edit: a sentence at the top, the 3rd paragraph deleted, the 5th and 9th swapped
    edited_paragraphs = ["Une phrase ajoutée en tête de l'article."] + paragraphs
    del edited_paragraphs[3]
    edited_paragraphs[5], edited_paragraphs[9] = edited_paragraphs[9], edited_paragraphs[5]
    edited = "\n\n".join(edited_paragraphs)
    t0 = time.perf_counter()
    results = [anchor(edited, t) for t in targets]
    elapsed = time.perf_counter() - t0
    misplaced = sum(1 for t, r in zip(targets, results, strict=True)
                    if str(r.status) != "orphan" and edited[r.start:r.end] != t.exact)
    statuses = Counter(str(r.status) for r in results)
    print(f"long article: {len(text.split())} words, {count} highlights, re-anchored after "
          f"three edits in {elapsed:.2f} s ({elapsed / count * 1000:.1f} ms each); "
          f"{dict(statuses)}; anchored on another text: {misplaced}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10000)
    parser.add_argument("--annotations", type=int, default=300)
    parser.add_argument("--by-edit", action="store_true")
    args = parser.parse_args()
    corpus_figures(args.by_edit)
    long_article(args.words, args.annotations)


if __name__ == "__main__":
    main()
