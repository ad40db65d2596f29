"""The largest inputs the importers accept: time and peak memory of import + parsing.

    .venv/bin/python bench/huge_input_bench.py [--words N] [--kinds md,txt,epub]

Builds a French text of ``--words`` words (default: the limit, ``limits.MAX_WORDS``) from
the benchmark generator, saves it as Markdown, plain text and a 20-chapter EPUB, and for each
runs, in a fresh process: ``import_path`` (what the import dialog does) and then
``parse_markdown`` of the result (what opening the article does).  Prints wall time of each
step and the peak RSS of the process (``ru_maxrss``).  Also times the refusal of an input
ten times over the limit.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from fr_generator import generate_article  # bench/ is on sys.path
from visavis.core.importers import limits

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import json, resource, sys, time
from visavis.core.importers import ImportFailed, import_path
from visavis.core.document.markdown_parser import parse_markdown
t0 = time.perf_counter()
try:
    article = import_path(sys.argv[1])
except ImportFailed as exc:
    print(json.dumps({"refused": str(exc), "seconds": time.perf_counter() - t0,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    sys.exit(0)
t1 = time.perf_counter()
import_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
document = parse_markdown(article.source_markdown)
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "parse_s": t2 - t1, "import_rss_mb": import_rss,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "words": document.word_count(), "sentences": len(document.sentences)}))
"""


def french_text(words: int) -> list[str]:
    rng = random.Random(11)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        _title, markdown = generate_article(rng, 2000)
        for p in markdown.split("\n\n"):
            p = p.strip().lstrip("# ")
            if p:
                paragraphs.append(p)
                count += len(p.split())
    while count > words and paragraphs:  # trim to just under the limit
        count -= len(paragraphs.pop().split())
    return paragraphs


def write_epub(path: Path, paragraphs: list[str], chapters: int = 20) -> None:
    size = len(paragraphs) // chapters + 1
    items = "".join(f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>'
                    for i in range(chapters))
    refs = "".join(f'<itemref idref="c{i}"/>' for i in range(chapters))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml",
                    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
                    'opendocument:xmlns:container"><rootfiles><rootfile full-path="book.opf" '
                    'media-type="application/oebps-package+xml"/></rootfiles></container>')
        zf.writestr("book.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/'
                    'opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
                    f'<dc:title>Gros livre</dc:title></metadata><manifest>{items}</manifest>'
                    f'<spine>{refs}</spine></package>')
        for i in range(chapters):
            body = "".join(f"<p>{p}</p>" for p in paragraphs[i * size:(i + 1) * size])
            zf.writestr(f"c{i}.xhtml", f"<html><body><h1>Chapitre {i + 1}</h1>{body}</body></html>")
    path.write_bytes(buffer.getvalue())


def run_child(path: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                         text=True, env=env, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=limits.MAX_WORDS)
    parser.add_argument("--kinds", default="md,txt,epub")
    args = parser.parse_args()
    paragraphs = french_text(args.words)
    words = sum(len(p.split()) for p in paragraphs)
    with tempfile.TemporaryDirectory(prefix="visavis-huge-") as tmp:
        folder = Path(tmp)
        text = "\n\n".join(paragraphs)
        print(f"input: {words:,} words, {len(text.encode()) / 1e6:.1f} MB of text "
              f"(limit {limits.MAX_WORDS:,} words)")
        for kind in args.kinds.split(","):
            path = folder / f"huge.{kind}"
            if kind == "epub":
                write_epub(path, paragraphs)
            else:
                path.write_text(text, encoding="utf-8")
            r = run_child(path)
            if "refused" in r:
                print(f"  {kind:5} refused in {r['seconds']:.1f} s: {r['refused']}")
                continue
            print(f"  {kind:5} ({path.stat().st_size / 1e6:.1f} MB file): import {r['import_s']:.1f} s "
                  f"(peak {r['import_rss_mb']:.0f} MB), + parse {r['parse_s']:.1f} s — peak RSS "
                  f"{r['rss_mb']:.0f} MB; {r['sentences']:,} sentences")
        over = folder / "ten-times.txt"
        over.write_text("\n\n".join([text] * 10), encoding="utf-8") if len(text) * 10 < 20e6 \
            else over.write_text(text * 3, encoding="utf-8")
        r = run_child(over)
        print(f"  over the limit ({over.stat().st_size / 1e6:.1f} MB): "
              + (f"refused in {r['seconds']:.1f} s, peak RSS {r['rss_mb']:.0f} MB"
                 if "refused" in r else "NOT refused"))


if __name__ == "__main__":
    main()
