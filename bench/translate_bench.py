"""Translation benchmark: Argos' own translate() (A) vs our engine (B) vs raw CTranslate2 (C).

    .venv/bin/python bench/translate_bench.py --package MODEL.argosmodel --text ARTICLE
        [--beam 4] [--skip-argos] [--sweep] [--screen-words 250]

In one process, on a temporary ARGOS_PACKAGES_DIR/XDG dirs (set before argostranslate
is imported, so nothing of the user's is touched):

* A  ``argostranslate.translate.translate(text, "fr", "en")`` on the article;
* B  our path from scratch: ``parse_markdown`` + ``translate_document`` (passthrough,
     scheduler batches, alignment as configured);
* C  the floor: ONE raw ``translate_batch`` over the pre-tokenized sentences B sends,
     with the same decoding options (beam, length penalty, batching, attention).

Prints words/s, the ratios A/B (target ≥ 3) and B/C (target ≤ 1.15), the time to the
first visible paragraph / the whole first screen (visible-first scheduling), the
alignment cost, peak RSS and — on a copy model — how many English segments equal their
French sentence and how often the alignment links a French word to the identical
English word.  ``--sweep`` also times C for several ``batch_type``/``max_batch_size``.
The GUI-freeze heartbeat lives in ``bench/gui_freeze_bench.py`` (UI engineer).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from bench_env import install_package, isolate_environment  # bench/ is on sys.path

CPU_SECONDS: list[float] = []  # CPU time (all threads) of each timed() call, in order


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed(fn):  # type: ignore[no-untyped-def]
    """``(value, wall seconds)``; the CPU seconds are appended to ``CPU_SECONDS``."""
    cpu, start = _cpu(), time.perf_counter()
    value = fn()
    wall = time.perf_counter() - start
    CPU_SECONDS.append(_cpu() - cpu)
    return value, wall


def run_argos(text: str) -> float:
    import argostranslate.translate as argos_translate

    _, seconds = timed(lambda: argos_translate.translate(text, "fr", "en"))
    return seconds


BATCH_SENTENCES: int | None = None  # --batch-sentences (default: the scheduler's)


def run_engine(doc, engine):  # type: ignore[no-untyped-def]
    from visavis.core.translation.scheduler import BATCH_SENTENCES as DEFAULT
    from visavis.core.translation.scheduler import translate_document

    return timed(lambda: translate_document(doc, engine,
                                            batch_sentences=BATCH_SENTENCES or DEFAULT))


def model_sources(doc, engine) -> list[list[str]]:  # type: ignore[no-untyped-def]
    from visavis.core.translation.passthrough import is_passthrough

    texts = list(dict.fromkeys(s.text for s in doc.sentences if not is_passthrough(s.text)))
    return [engine.tokenizer.encode(t)[0] for t in texts]


def run_raw(engine, sources: list[list[str]], *, attention: bool, batch_type: str | None = None,
            max_batch_size: int | None = None) -> tuple[list, float]:  # type: ignore[type-arg]
    from visavis.core.translation import engine as engine_module

    longest = max(len(s) for s in sources)
    return timed(lambda: engine.translator.translate_batch(
        sources, beam_size=engine.settings.beam_size, length_penalty=engine_module.LENGTH_PENALTY,
        max_batch_size=max_batch_size or engine.max_batch_size,
        batch_type=batch_type or engine.batch_type, max_input_length=0,
        max_decoding_length=min(engine_module.MAX_DECODING_TOKENS, int(longest * 1.5) + 10),
        replace_unknowns=True, return_attention=attention))


def screen_blocks(doc, words: int) -> list[int]:  # type: ignore[no-untyped-def]
    """The first blocks of the article up to ``words`` words: a first screenful."""
    shown, count = [], 0
    for block in doc.blocks:
        shown.append(block.index)
        count += len(block.text.split())
        if count >= words:
            break
    return shown


def first_screen(doc, engine, visible: list[int]) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Seconds until the first visible block, then the whole screen, is translated."""
    from visavis.core.translation.scheduler import TranslationScheduler

    scheduler = TranslationScheduler.for_document(doc)
    scheduler.set_visible(visible)
    start = time.perf_counter()
    first = screen = None
    left = set(visible) - {b.index for b in doc.blocks if not b.sentences}
    while left:
        batch = scheduler.next_batch()
        if not batch:
            break

        def on_result(i: int, _t, batch=batch) -> None:  # type: ignore[no-untyped-def]
            nonlocal first
            for block in scheduler.mark_done([batch[i][1]]):
                if block in left:
                    left.discard(block)
                    first = first or time.perf_counter() - start

        engine.translate([text for _b, _s, text in batch], on_result=on_result)
    screen = time.perf_counter() - start
    return first or screen, screen


def alignment_accuracy(doc, translations) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """On a copy model: French words whose links include the identical English word."""
    from visavis.core.translation.alignment import word_spans

    good = total = 0
    for sentence, translation in zip(doc.sentences, translations, strict=True):
        if translation.text != sentence.text:
            continue
        links: dict[tuple[int, int], set[tuple[int, int]]] = {}
        for a, b, c, d in translation.alignment:
            links.setdefault((a, b), set()).add((c, d))
        for span in word_spans(sentence.text):
            if not translation.alignment:
                break
            total += 1
            good += span in links.get(span, set())
    return good, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", type=Path, required=True)
    parser.add_argument("--text", type=Path, required=True)
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--skip-argos", action="store_true", help="do not run A (slow)")
    parser.add_argument("--sweep", action="store_true",
                        help="also time C for several batch types / sizes")
    parser.add_argument("--screen-words", type=int, default=250)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of B and C (best kept)")
    parser.add_argument("--batch-sentences", type=int,
                        help="sentences per engine call in B (default: the scheduler's)")
    args = parser.parse_args(argv)
    global BATCH_SENTENCES
    BATCH_SENTENCES = args.batch_sentences

    isolate_environment("translate")
    package = install_package(args.package)
    from visavis.core.document.markdown_parser import parse_markdown
    from visavis.core.translation.engine import CTranslate2Engine
    from visavis.core.translation.settings import TranslationSettings

    text = args.text.read_text(encoding="utf-8")
    doc = parse_markdown(text)
    words = doc.word_count()
    engine, load_s = timed(lambda: CTranslate2Engine(
        package, TranslationSettings(beam_size=args.beam)))
    no_align = CTranslate2Engine(package, TranslationSettings(beam_size=args.beam,
                                                               alignment=False),
                                 translator=engine.translator)
    sentences = doc.sentences
    print(f"article: {args.text.name}: {words} words, {len(doc.blocks)} blocks, "
          f"{len(sentences)} sentences; model {package.model_id} loaded in {load_s:.2f} s "
          f"({engine.device}, {engine.compute_type}), beam {args.beam}, "
          f"CTranslate2 batch {engine.batch_type}/{engine.max_batch_size}, "
          f"{args.batch_sentences or 'default'} sentences per engine call")

    sources = model_sources(doc, engine)
    run_raw(engine, sources[:4], attention=False)  # warm-up (first call allocates)
    a_s = run_argos(text) if not args.skip_argos else None
    # B and C interleaved, best of --repeat rounds: the machine is shared, minima are stabler
    a_cpu = CPU_SECONDS[-1] if a_s is not None else None
    rounds: dict[str, list[float]] = {"B": [], "B0": [], "C": [], "C0": [], "first": [],
                                      "screen": []}
    cpu: dict[str, list[float]] = {"B": [], "B0": [], "C": [], "C0": []}
    visible = screen_blocks(doc, args.screen_words)
    for _ in range(args.repeat):
        translations, seconds = run_engine(doc, engine)
        rounds["B"].append(seconds)
        cpu["B"].append(CPU_SECONDS[-1])
        rounds["C"].append(run_raw(engine, sources, attention=engine.settings.alignment)[1])
        cpu["C"].append(CPU_SECONDS[-1])
        rounds["B0"].append(run_engine(doc, no_align)[1])
        cpu["B0"].append(CPU_SECONDS[-1])
        rounds["C0"].append(run_raw(engine, sources, attention=False)[1])
        cpu["C0"].append(CPU_SECONDS[-1])
        first, screen = first_screen(doc, engine, visible)
        rounds["first"].append(first)
        rounds["screen"].append(screen)
    b_s, b_noalign_s, c_s, c_noalign_s, first_s, screen_s = (
        min(rounds[k]) for k in ("B", "B0", "C", "C0", "first", "screen"))

    b_cpu, b0_cpu, c_cpu, c0_cpu = (min(cpu[k]) for k in ("B", "B0", "C", "C0"))

    def rate(seconds: float, cpu_seconds: float | None = None) -> str:
        extra = f"  (CPU {cpu_seconds:6.2f} s)" if cpu_seconds is not None else ""
        return f"{seconds:7.2f} s wall {words / seconds:7.1f} words/s{extra}"

    print(f"best of {args.repeat} rounds for B and C (wall and CPU time of all threads)")
    if a_s is not None:
        print(f"A argostranslate.translate        : {rate(a_s, a_cpu)}")
    print(f"B our engine, alignment on        : {rate(b_s, b_cpu)}")
    print(f"B our engine, alignment off       : {rate(b_noalign_s, b0_cpu)}")
    print(f"C raw translate_batch, attention  : {rate(c_s, c_cpu)}")
    print(f"C raw translate_batch, no attention: {rate(c_noalign_s, c0_cpu)}")
    if a_s is not None and a_cpu is not None:
        print(f"A/B = {a_s / b_s:.2f} wall, {a_cpu / b_cpu:.2f} CPU  (target >= 3)")
    print(f"B/C = {b_s / c_s:.3f} wall, {b_cpu / c_cpu:.3f} CPU  (target <= 1.15); "
          f"alignment off: {b_noalign_s / c_noalign_s:.3f} wall, {b0_cpu / c0_cpu:.3f} CPU")
    print(f"alignment cost (B on vs off): {b_s / b_noalign_s - 1:+.1%} wall, "
          f"{b_cpu / b0_cpu - 1:+.1%} CPU; raw attention: {c_cpu / c0_cpu - 1:+.1%} CPU")
    print(f"first visible paragraph after {first_s:.2f} s, first screen "
          f"({args.screen_words} words, {len(visible)} blocks) after {screen_s:.2f} s")
    equal = sum(1 for s, t in zip(sentences, translations, strict=True) if s.text == t.text)
    print(f"copy check: {equal} / {len(sentences)} English segments equal their French sentence")
    for s, t in [(s, t) for s, t in zip(sentences, translations, strict=True)
                 if s.text != t.text][:3]:
        at = next((i for i, (x, y) in enumerate(zip(s.text, t.text, strict=False))
                   if x != y),
                  min(len(s.text), len(t.text)))
        print(f"   differs at char {at}: …{s.text[max(0, at - 30):at + 30]!r}\n"
              f"                    -> …{t.text[max(0, at - 30):at + 30]!r}")
    good, total = alignment_accuracy(doc, translations)
    if total:
        print(f"alignment on copied sentences: {good} / {total} French words linked to the "
              f"identical English word ({good / total:.1%})")
    if args.sweep:
        for batch_type, sizes in (("examples", (8, 16, 32, 64)), ("tokens", (1024, 2048, 4096))):
            for size in sizes:
                _, s = run_raw(engine, sources, attention=False, batch_type=batch_type,
                               max_batch_size=size)
                print(f"sweep C {batch_type:8s} max_batch_size={size:5d}: {rate(s)}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
