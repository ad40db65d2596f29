"""Glossary benchmark: dictionary start-up and memory, hover latency, coverage, first-sense
judgements, homographs in context, and word-alignment precision/recall/AER.

    .venv/bin/python bench/glossary_bench.py [ARTICLE ...] [--package MODEL.argosmodel]
        [--sample-out bench/glossary_sample.tsv] [--judged bench/glossary_judged.tsv]

* **Start-up**: ``Dictionary.load()`` + the first lookup (target ≤ 50 ms), and resident
  memory added by the dictionary, annotating every article and every hover (target ≤ +30 MB).
* **Hover** for every word token: ``ArticleGlossary.hit_at`` + ``resolve_hit`` with the
  sentence and its English (what the popup does on the GUI thread, once the feature's worker
  has aligned the sentence: that time is reported too) — p50/p99, target p99 ≤ 2 ms; and
  the cold ``lookup(word)`` of the CLI.
* **Coverage** on our own texts — the 172 French sentences of tests/data/alignment_gold.txt
  (one "article" per register), the bundled sample article and the two articles of
  bench/articles/ — and on any ARTICLE given (reported apart): share of word tokens, and of
  content words (not function words), whose popup shows a sense (targets ≥ 95 % and ≥ 93 %).
* **First shown sense**: 100 content-word tokens drawn at random (seed 13) from those texts
  are written to ``--sample-out`` with what the popup shows first; ``--judged`` is the same
  file with our judgement (``right`` or ``wrong: why``) in the last column — its score is
  reported (target ≥ 85 %).  Judgements are by hand; the bench only counts them
  (bench/glossary_judged.tsv: seed 14; bench/glossary_judged_seed13.tsv: the first draw).
* **Homographs**: tests/data/homographs.tsv in context, all must be right.
* **Alignment** on tests/data/alignment_gold.txt (sure/possible gold links we wrote):
  precision, recall and AER of the confident links of the dictionary evidence alone (targets
  precision ≥ 90 %, recall ≥ 60 %); with ``--package``, of forced-decoding attention alone and
  combined with the dictionary (``align_words(fr, en, attention)``).  The shared copy model
  copies its input: its attention says nothing about a real model's, so those two figures
  prove only that the path runs.

Runs in temporary XDG/Argos/Vis-à-vis dirs; nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from bench_env import install_package, isolate_environment  # bench/ is on sys.path

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "data" / "alignment_gold.txt"
HOMOGRAPHS = REPO / "tests" / "data" / "homographs.tsv"
OWN_ARTICLES = REPO / "bench" / "articles"  # two articles we wrote (Quebec news, a guide)
SAMPLE_SIZE = 100
SEED = 13


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def gold_articles() -> list[tuple[str, str, dict[str, str]]]:
    """(name, Markdown text, English of each sentence text) per register of the gold set."""
    from visavis.core.glossary.alignment_eval import load_gold

    by_register: dict[str, list] = defaultdict(list)
    for sentence in load_gold(GOLD):
        by_register[sentence.register].append(sentence)
    return [(f"gold-{register}", "\n\n".join(s.french for s in sentences),
             {s.french: s.english for s in sentences})
            for register, sentences in sorted(by_register.items())]


def bench_article(name: str, text: str, english: dict[str, str], glossary,  # type: ignore[no-untyped-def]
                  tokens_out: list) -> dict[str, float]:
    from visavis.core.document.markdown_parser import parse_markdown
    from visavis.core.glossary.annotate import annotate_document
    from visavis.core.glossary.lookup import lookup, resolve_hit
    from visavis.core.glossary.terms import FUNCTION_WORDS
    from visavis.core.glossary.word_alignment import cached_alignment
    from visavis.core.glossary.words import split_words
    from visavis.core.translation.types import Translation

    doc = parse_markdown(text)
    start = time.perf_counter()
    article = annotate_document(doc, glossary)
    annotate_s = time.perf_counter() - start
    align_ms: list[float] = []  # the feature's worker does this as translations arrive
    for sentence in doc.sentences:
        if sentence.text in english:
            t0 = time.perf_counter()
            cached_alignment(sentence.text, english[sentence.text])
            align_ms.append((time.perf_counter() - t0) * 1e3)
    hover_us: list[float] = []
    hover_cpu_us: list[float] = []  # thread CPU time: what the hover costs without other load
    cold_us: list[float] = []
    tokens = covered = content = content_covered = 0
    for sentence in doc.sentences:
        translation = Translation(english[sentence.text]) if sentence.text in english else None
        for word in split_words(sentence.text):
            t0, c0 = time.perf_counter(), time.thread_time()
            hit = article.hit_at(sentence.id, word.start)
            result = (resolve_hit(hit, glossary, word.text, translation, sentence=sentence.text)
                      if hit else None)
            hover_us.append((time.perf_counter() - t0) * 1e6)
            hover_cpu_us.append((time.thread_time() - c0) * 1e6)
            t0 = time.perf_counter()
            lookup(word.text, glossary)
            cold_us.append((time.perf_counter() - t0) * 1e6)
            has_sense = bool(result and result.senses)
            tokens += 1
            covered += has_sense
            if word.key not in FUNCTION_WORDS:
                content += 1
                content_covered += has_sense
                tokens_out.append((name, sentence.text, word.text, result))
    figures = {"tokens": tokens, "coverage": covered / max(1, tokens),
               "content_coverage": content_covered / max(1, content),
               "hover_p50": percentile(hover_us, 0.5), "hover_p99": percentile(hover_us, 0.99),
               "hover_max": max(hover_us), "cold_p99": percentile(cold_us, 0.99),
               "hover_cpu_p99": percentile(hover_cpu_us, 0.99)}
    aligned = (f"; word alignment (worker) {sum(align_ms) / len(align_ms):.1f} ms a sentence, "
               f"max {max(align_ms):.1f} ms" if align_ms else "")
    print(f"{name}: {len(doc.sentences)} sentences, {tokens} word tokens, annotate "
          f"{annotate_s * 1e3:.0f} ms{aligned}; hover p50 {figures['hover_p50']:.0f} µs p99 "
          f"{figures['hover_p99']:.0f} µs max {figures['hover_max']:.0f} µs (CPU p99 "
          f"{figures['hover_cpu_p99']:.0f} µs); cold lookup p99 "
          f"{figures['cold_p99']:.0f} µs; sense for {100 * figures['coverage']:.1f} % of tokens,"
          f" {100 * figures['content_coverage']:.1f} % of content words")
    return figures


def _own(name: str) -> bool:
    return name.startswith(("gold-", "own-")) or name == "sample-article"


def write_sample(tokens: list, path: Path, seed: int) -> None:
    rng = random.Random(seed)
    sample = rng.sample(tokens, min(SAMPLE_SIZE, len(tokens)))
    lines = ["# text\tword\tsentence\tshown headword\tpos\tfirst shown sense\tjudgement"]
    for name, sentence, word, result in sample:
        shown = result.senses[0] if result and result.senses else ""
        lines.append("\t".join([name, word, sentence, result.term if result else "",
                                result.pos if result else "", shown, ""]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"sample of {len(sample)} content words written to {path} (judge the last column)")


def read_judged(path: Path) -> tuple[int, int, int]:
    right = wrong = blank = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        last = line.split("\t")[-1].strip().lower()
        verdict = last.split(":")[0].strip()
        right += verdict == "right"
        wrong += verdict == "wrong"
        blank += verdict not in ("right", "wrong")
    return right, wrong, blank


def homographs(glossary) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    from visavis.core.glossary.lookup import lookup

    ok = total = 0
    for line in HOMOGRAPHS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, sentence, headword, pos, sense = line.split("\t")
        result = lookup(word, glossary, sentence=sentence)
        right = (result.term, result.pos) == (headword, pos) and bool(result.senses) \
            and sense in result.senses[0]
        total += 1
        ok += right
        if not right:
            print(f"  homograph WRONG: {word} in « {sentence} » -> {result.term} "
                  f"({result.pos}) {result.senses[:1]}")
    return ok, total


def alignment_scores(engine) -> None:  # type: ignore[no-untyped-def]
    from visavis.core.glossary.alignment_eval import Scores, link_pairs, load_gold
    from visavis.core.glossary.word_alignment import align_words, confident

    gold = load_gold(GOLD)
    dictionary, attention_only, combined = Scores(), Scores(), Scores()
    start = time.perf_counter()
    for g in gold:
        links = confident(align_words(g.french, g.english))
        dictionary.add(link_pairs(g.french, g.english, links), g.sure, g.possible)
    per_sentence_ms = (time.perf_counter() - start) * 1e3 / len(gold)
    print(f"\nalignment on {len(gold)} gold sentences ({sum(len(g.sure) for g in gold)} sure, "
          f"{sum(len(g.possible) for g in gold)} possible links), {per_sentence_ms:.2f} ms a "
          "sentence:")
    print(f"  dictionary evidence alone (confident links): precision "
          f"{100 * dictionary.precision:.1f} %, recall {100 * dictionary.recall:.1f} %, AER "
          f"{100 * dictionary.aer:.1f} % ({dictionary.predicted} links; targets P ≥ 90 %: "
          f"{'OK' if dictionary.precision >= 0.9 else 'MISSED'}, R ≥ 60 %: "
          f"{'OK' if dictionary.recall >= 0.6 else 'MISSED'})")
    if engine is None:
        return
    from visavis.core.glossary.forced_decoding import forced_attention
    from visavis.core.glossary.word_alignment import WordLink, english_words, french_words

    for g in gold:
        matrix = forced_attention(engine, g.french, g.english) or []
        fr, en = french_words(g.french), english_words(g.english)
        only = []
        for j, row in enumerate(matrix):
            if row:
                i = max(range(len(row)), key=row.__getitem__)
                only.append(WordLink(fr[i].start, fr[i].end, en[j].start, en[j].end, row[i]))
        attention_only.add(link_pairs(g.french, g.english, only), g.sure, g.possible)
        links = confident(align_words(g.french, g.english, matrix))
        combined.add(link_pairs(g.french, g.english, links), g.sure, g.possible)
    for label, s in (("forced-decoding attention alone (argmax, Shift-Att)", attention_only),
                     ("dictionary + attention (confident links)", combined)):
        print(f"  {label}: precision {100 * s.precision:.1f} %, recall {100 * s.recall:.1f} %, "
              f"AER {100 * s.aer:.1f} % ({s.predicted} links)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--package", type=Path, help=".argosmodel for forced decoding")
    parser.add_argument("--sample-out", type=Path, help="write the 100-word sample here")
    parser.add_argument("--seed", type=int, default=SEED, help="of the sample's random draw")
    parser.add_argument("--judged", type=Path, default=REPO / "bench" / "glossary_judged.tsv",
                        help="the sample with our judgements (default bench/glossary_judged.tsv)")
    args = parser.parse_args(argv)
    isolate_environment("glossary")
    from visavis.core.document.markdown_parser import parse_markdown

    parse_markdown("Une phrase.\n\nDeux phrases.")  # the document parser's own imports
    before = rss_mb()
    import_start = time.perf_counter()
    from visavis.core.glossary.dictionary import Dictionary
    import_ms = (time.perf_counter() - import_start) * 1e3
    start = time.perf_counter()
    dictionary = Dictionary.load()
    dictionary.find(["maison"])
    ready_ms = (time.perf_counter() - start) * 1e3
    print(f"dictionary: {len(dictionary)} entries, {dictionary.multiword_count()} multi-word "
          f"terms; ready in {ready_ms:.1f} ms (open + first lookup; target ≤ 50 ms: "
          f"{'OK' if ready_ms <= 50 else 'MISSED'}), module import {import_ms:.0f} ms")
    from visavis.core.glossary.lemmas import warm_up
    from visavis.core.glossary.terms import Glossary
    from visavis.core.glossary.word_alignment import english_lemma

    warm_up()
    english_lemma("rises")
    after_simplemma = rss_mb()
    glossary = Glossary(dictionary)
    from visavis.core.platform.resources import sample_article_path

    texts = gold_articles() + [("sample-article", sample_article_path().read_text("utf-8"), {})]
    texts += [(f"own-{p.name}", p.read_text(encoding="utf-8"), {})
              for p in sorted(OWN_ARTICLES.glob("*.fr.md"))]
    texts += [(p.name, p.read_text(encoding="utf-8"), {}) for p in args.articles]
    tokens: list = []
    results = [bench_article(name, text, english, glossary, tokens) for name, text, english
               in texts]
    after = rss_mb()
    print(f"resident memory: {before:.0f} MB before, {after_simplemma:.0f} MB with simplemma "
          f"(fr + en) loaded, {after:.0f} MB after every article and hover: the dictionary "
          f"and matching add {after - after_simplemma:+.1f} MB (target ≤ +30 MB: "
          f"{'OK' if after - after_simplemma <= 30 else 'MISSED'})")
    own = [r for (name, _t, _e), r in zip(texts, results, strict=True) if _own(name)]
    all_tokens = sum(r["tokens"] for r in own)
    coverage = sum(r["coverage"] * r["tokens"] for r in own) / all_tokens
    content = min(r["content_coverage"] for r in own)
    worst = max(r["hover_p99"] for r in results)
    worst_cpu = max(r["hover_cpu_p99"] for r in results)
    print(f"\nour texts: {all_tokens} tokens, sense for {100 * coverage:.1f} % (target ≥ 95 %: "
          f"{'OK' if coverage >= 0.95 else 'MISSED'}); lowest content-word coverage "
          f"{100 * content:.1f} % (target ≥ 93 %: {'OK' if content >= 0.93 else 'MISSED'}); "
          f"worst hover p99 {worst:.0f} µs wall, {worst_cpu:.0f} µs CPU (target ≤ 2000 µs: "
          f"{'OK' if worst <= 2000 else 'MISSED'} wall, {'OK' if worst_cpu <= 2000 else 'MISSED'}"
          f" CPU; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    if args.sample_out:
        write_sample([t for t in tokens if _own(t[0])], args.sample_out, args.seed)
    if args.judged and args.judged.is_file():
        right, wrong, blank = read_judged(args.judged)
        print(f"first shown sense judged by hand ({args.judged.name}): {right} right, {wrong} "
              f"wrong, {blank} not judged -> {100 * right / max(1, right + wrong):.0f} % "
              f"(target ≥ 85 %: {'OK' if right >= 0.85 * (right + wrong) else 'MISSED'})")
    ok, total = homographs(glossary)
    print(f"homographs in context: {ok}/{total} right")
    engine = None
    if args.package is not None:
        from visavis.core.translation.engine import CTranslate2Engine
        from visavis.core.translation.settings import load_settings

        package = install_package(args.package)
        engine = CTranslate2Engine(package, load_settings())
        print(f"model for forced decoding: {package.name} ({engine.device}, "
              f"{engine.compute_type})")
    alignment_scores(engine)
    return 0


if __name__ == "__main__":
    sys.exit(main())
