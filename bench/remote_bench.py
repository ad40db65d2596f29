"""LibreTranslate benchmark: our local engine vs the same model behind LibreTranslate on
127.0.0.1, and one server's aggregate throughput for 1, 4 and 8 concurrent readers.

    .venv/bin/python bench/remote_bench.py --package MODEL.argosmodel
        [--words 500] [--reader-sentences 8] [--readers 1,4,8] [--server-threads 4]

One run, on temporary ARGOS_PACKAGES_DIR/XDG dirs.  The package (e.g. the shared copy
model, which has the decoding cost of a real one) is installed once through the app's
installer; the server (LibreTranslate 1.9.6 from its own venv, see
packaging/libretranslate_venv.sh) serves that same folder, plus a tiny en→fr test package
so that it does not try to download models at start-up.

* local   ``translate_document`` with our CTranslate2 engine (beam 4, batches of 32);
* remote  ``translate_document`` with our LibreTranslate engine (requests of ≤ 8 texts;
          LibreTranslate translates each text on its own, beam 4);
* readers N threads, each with its own engine and its own sentences (no cache hits),
          all against one server; every loop is bounded (fixed sentences per reader).
Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from pathlib import Path

from bench_env import install_package, isolate_environment  # bench/ is on sys.path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", type=Path, required=True)
    parser.add_argument("--words", type=int, default=500, help="article size for local vs remote")
    parser.add_argument("--reader-sentences", type=int, default=8,
                        help="sentences each concurrent reader translates")
    parser.add_argument("--readers", default="1,4,8")
    parser.add_argument("--server-threads", type=int, default=4, help="LibreTranslate --threads")
    parser.add_argument("--intra-threads", type=int, default=2,
                        help="CTranslate2 threads per translation, local and server alike")
    parser.add_argument("--inter-threads", type=int, default=1,
                        help="translations the server runs at once (ARGOS_INTER_THREADS)")
    args = parser.parse_args(argv)

    root = isolate_environment("remote")
    sys.path.insert(0, str(REPO / "tests"))
    from fixtures.libretranslate_server import LibreTranslateServer, ensure_libretranslate
    from fixtures.tiny_model import build_tiny_argosmodel, install_argosmodel
    from fr_generator import generate_article
    from visavis.core.document.markdown_parser import parse_markdown
    from visavis.core.translation.discovery import find_package
    from visavis.core.translation.engine import CTranslate2Engine
    from visavis.core.translation.remote.engine import LibreTranslateEngine
    from visavis.core.translation.scheduler import translate_document
    from visavis.core.translation.settings import TranslationSettings

    install_package(args.package)
    packages_dir = Path(find_package("fr", "en").path).parent  # type: ignore[union-attr]
    install_argosmodel(build_tiny_argosmodel(root / "tiny", from_code="en", to_code="fr",
                                             sentence_splitter=True), packages_dir)
    package = find_package("fr", "en")
    assert package is not None
    exe = ensure_libretranslate()
    _title, source = generate_article(random.Random(7), words=args.words)
    doc = parse_markdown(source)
    words = len(source.split())
    chars = sum(len(s.text) for s in doc.sentences)
    print(f"CTranslate2 threads per translation: {args.intra_threads} (local and server); "
          f"server translations at once: {args.inter_threads}")
    print(f"model {package.name} ({package.path.name}); article: {words} words, "
          f"{len(doc.sentences)} sentences, {chars} characters")

    server = LibreTranslateServer(exe, packages_dir, root / "server", threads=args.server_threads,
                                  extra_env={"ARGOS_INTRA_THREADS": str(args.intra_threads),
                                             "ARGOS_INTER_THREADS": str(args.inter_threads)})
    started = time.perf_counter()
    try:
        server.wait_ready(timeout=300)
        print(f"server ready in {time.perf_counter() - started:.1f} s at {server.url} "
              f"(--threads {args.server_threads})")

        engine = CTranslate2Engine(package, TranslationSettings(beam_size=4,
                                                                threads=args.intra_threads))
        t0 = time.perf_counter()
        local_out = translate_document(doc, engine)
        local_s = time.perf_counter() - t0

        remote = LibreTranslateEngine.connect(server.url)[0]
        remote.translate(["Bonjour."])  # the server loads its model on the first request
        t0 = time.perf_counter()
        remote_out = translate_document(doc, remote)
        remote_s = time.perf_counter() - t0
        same = sum(a.text == b.text for a, b in zip(local_out, remote_out, strict=True))
        print(f"local  engine: {local_s:6.2f} s  {words / local_s:6.1f} words/s  "
              f"{chars / local_s:7.1f} chars/s")
        print(f"remote engine: {remote_s:6.2f} s  {words / remote_s:6.1f} words/s  "
              f"{chars / remote_s:7.1f} chars/s  ({remote.requests} requests)")
        print(f"remote / local time ratio: {remote_s / local_s:.2f}; identical segments "
              f"{same}/{len(doc.sentences)}")

        print("readers  sentences   wall s  sentences/s  chars/s  per-reader s (median, max)")
        rng = random.Random(11)
        for n in (int(x) for x in args.readers.split(",")):
            texts = []
            for _ in range(n):
                _t, body = generate_article(rng, words=args.reader_sentences * 20)
                sentences = [s.text for s in parse_markdown(body).sentences]
                texts.append(sentences[: args.reader_sentences])
            durations = [0.0] * n
            errors: list[BaseException] = []

            def reader(i: int, sentences: list[str], durations: list[float],
                       errors: list[BaseException]) -> None:
                t_start = time.perf_counter()
                try:
                    LibreTranslateEngine.connect(server.url)[0].translate(sentences)
                except BaseException as exc:  # reported below
                    errors.append(exc)
                durations[i] = time.perf_counter() - t_start

            threads = [threading.Thread(target=reader, args=(i, t, durations, errors))
                       for i, t in enumerate(texts)]
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=900)
            wall = time.perf_counter() - t0
            count = sum(len(t) for t in texts)
            n_chars = sum(len(s) for t in texts for s in t)
            if errors:
                print(f"{n:7d}  errors: {errors[0]}")
                continue
            print(f"{n:7d}  {count:9d}  {wall:7.2f}  {count / wall:11.2f}  {n_chars / wall:7.1f}  "
                  f"{statistics.median(durations):.2f}, {max(durations):.2f}")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
