"""Import time and peak memory: a generated 300-page PDF and a 5 MB HTML page.

    .venv/bin/python bench/import_bench.py [--pages 300] [--html-mb 5] [--columns 2]

Each import runs in a fresh child process (``--child``) so that its peak RSS is its own:
the figure is ``ru_maxrss`` of the child minus its RSS just before the import (modules
already loaded), plus the import's own wall and CPU time.  The PDF is drawn with Qt
(tests/fixtures/pdf_factory.py: headings, two columns, a ruled table every 10 pages,
a running header, footer and page numbers); the HTML page is an article of many
sections (h2, paragraphs, lists, a table, a quote) inside navigation and comments.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "desktop"))

SENTENCES = [
    "Le conseil municipal a voté jeudi soir un plan ambitieux pour les vélos de la ville.",
    "Les travaux commenceront au printemps et dureront au moins deux années entières.",
    "Quarante kilomètres de pistes séparées seront construits avant la fin de la décennie.",
    "Les carrefours les plus dangereux seront réaménagés en priorité selon l'adjointe.",
    "Le plan coûtera vingt millions d'euros, financés en partie par la région et l'État.",
    "L'opposition municipale juge ce budget trop élevé et réclame un audit indépendant.",
    "Une consultation publique sera ouverte en ligne pendant tout le mois d'avril.",
    "Les habitants pourront proposer de nouveaux itinéraires et signaler les points noirs.",
]


def _paragraph(i: int) -> str:
    return f"Paragraphe {i}. " + " ".join(SENTENCES[(i + j) % len(SENTENCES)] for j in range(4))


def make_big_pdf(path: Path, pages: int, columns: int) -> int:
    from fixtures.pdf_factory import Item, make_pdf

    per_page = 3.0 if columns == 1 else 6.5  # paragraphs per A4 page (with the tables)
    items: list[Item] = [Item("heading", "Rapport de trois cents pages", 20.0, True)]
    n = 0
    for page in range(pages):
        if page % 10 == 0:
            items.append(Item("heading", f"Chapitre {page // 10 + 1}", 14.0, True))
            items.append(Item("table", rows=[["Année", "Budget", "Pistes"],
                                             [str(2020 + page // 10), "8 millions", "12 km"]]))
        while n < round((page + 1) * per_page):
            n += 1
            items.append(Item("para", _paragraph(n)))
    make_pdf(path, items, columns=columns, header="Ville de Belvaux — rapport",
             footer="Document public", page_numbers=True, hyphenate=True)
    return n


def make_big_html(path: Path, megabytes: float) -> None:
    parts = ["<!doctype html><html><head><meta charset='utf-8'><title>Le grand dossier</title>"
             "</head><body><nav><a href='/'>Accueil</a> <a href='/a'>Politique</a></nav>"
             "<article><h1>Le grand dossier</h1>"]
    size, i = 0, 0
    while size < megabytes * 1024 * 1024:
        i += 1
        section = (f"<h2>Partie {i}</h2>" + "".join(f"<p>{_paragraph(i * 10 + k)}</p>" for k in range(6))
                   + f"<ul><li>Point {i}.1 du dossier.</li><li>Point {i}.2 du dossier.</li></ul>"
                   + f"<blockquote><p>« Citation numéro {i} », dit-il.</p></blockquote>"
                   + "<table><tr><th>Année</th><th>Budget</th></tr>"
                   + f"<tr><td>{2000 + i % 30}</td><td>{i} millions</td></tr></table>")
        parts.append(section)
        size += len(section.encode())
    parts.append("</article><div class='comments'><p>Un commentaire.</p></div></body></html>")
    path.write_text("".join(parts), encoding="utf-8")


def child(path: Path) -> None:
    import pdfplumber  # noqa: F401
    import trafilatura  # noqa: F401 - loaded before the measure, like in a running app

    import visavis.core.document.language as language
    from visavis.core.importers import import_path

    language.warm_up()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    from visavis.core.importers.pdf import _page_items  # noqa: F401

    rss_now = _rss_kb()
    t0, c0 = time.perf_counter(), time.process_time()
    article = import_path(path)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    from visavis.core.document.markdown_parser import parse_markdown

    t1 = time.perf_counter()
    doc = parse_markdown(article.source_markdown)
    parse = time.perf_counter() - t1
    print(json.dumps({"wall": wall, "cpu": cpu, "peak_mb": (max(peak, before) - rss_now) / 1024,
                      "rss_mb": peak / 1024, "blocks": len(doc.blocks),
                      "cells": sum(1 for b in doc.blocks if b.kind == "table_cell"),
                      "headings": sum(1 for b in doc.blocks if b.kind == "heading"),
                      "parse": parse, "chars": len(article.source_markdown)}))


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def run_child(path: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, __file__, "--child", str(path)], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--columns", type=int, default=2)
    parser.add_argument("--html-mb", type=float, default=5.0)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    from bench_env import isolate_environment

    isolate_environment("import")
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "report.pdf"
        t0 = time.perf_counter()
        paragraphs = make_big_pdf(pdf, args.pages, args.columns)
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            pages = len(doc.pages)
        print(f"PDF: {pages} pages, {args.columns} column(s), {paragraphs} paragraphs, "
              f"{pdf.stat().st_size / 1e6:.1f} MB, drawn in {time.perf_counter() - t0:.1f} s")
        r = run_child(pdf)
        print(f"  import {r['wall']:.1f} s wall ({r['cpu']:.1f} s CPU, {r['wall'] / pages * 1000:.0f} ms"
              f"/page), peak +{r['peak_mb']:.0f} MB (RSS {r['rss_mb']:.0f} MB); {r['blocks']} blocks, "
              f"{r['headings']} headings, {r['cells']} table cells; parse of the result "
              f"{r['parse']:.2f} s")
        html = Path(tmp) / "page.html"
        make_big_html(html, args.html_mb)
        print(f"HTML: {html.stat().st_size / 1e6:.1f} MB")
        r = run_child(html)
        print(f"  import {r['wall']:.1f} s wall ({r['cpu']:.1f} s CPU), peak +{r['peak_mb']:.0f} MB "
              f"(RSS {r['rss_mb']:.0f} MB); {r['blocks']} blocks, {r['headings']} headings, "
              f"{r['cells']} table cells; parse of the result {r['parse']:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
