"""Fuzzing every importer with a seeded generator (issue 18, "keep proving it"): random
bytes, truncated files, deep nesting and huge single lines each end in an article (that
then parses) or a one-line ImportFailed — never another exception — within a memory bound
(the cases run in a child process limited to 2.5 GB of address space)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DESKTOP = str(Path(__file__).resolve().parents[3] / "desktop")
MEMORY_LIMIT = int(2.5 * 1024**3)

CHILD = r'''
import io, json, random, resource, sys, traceback, zipfile
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BOUND, MEMORY_BOUND))
from visavis.core.importers import ImportFailed, import_clipboard, import_path
from visavis.core.document.markdown_parser import parse_markdown

kind, seed, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
DEPTHS, LINE_REPEATS = json.loads(sys.argv[4])
rng = random.Random(seed)
FR = "Le vieux port s'éveille lentement sous la brume, et les pêcheurs rentrent. "
HTML = ("<html><head><title>Le port</title></head><body><article><h1>Le port</h1>"
        + "".join(f"<p>{FR * 3}</p>" for _ in range(8)) + "<ul><li>un</li><li>deux</li></ul>"
        "<table><tr><td>a</td><td>b</td></tr></table></article></body></html>")
MD = ("# Le port\n\n" + (FR * 3 + "\n\n") * 6 + "> citation\n\n- un\n- deux\n\n| a | b |\n|---|---|"
      "\n| 1 | 2 |\n\n```\ncode\n```\n")

def epub(chapters):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" '
                    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                    '<rootfile full-path="b.opf" media-type="application/oebps-package+xml"/>'
                    '</rootfiles></container>')
        items = "".join(f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>'
                        for i in range(len(chapters)))
        refs = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        zf.writestr("b.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" '
                    'version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
                    f'<dc:title>Livre</dc:title></metadata><manifest>{items}</manifest>'
                    f'<spine>{refs}</spine></package>')
        for i, body in enumerate(chapters):
            zf.writestr(f"c{i}.xhtml", body)
    return buf.getvalue()

def valid(kind):
    if kind == "pdf":
        return Path(sys.argv[5]).read_bytes()
    return {"txt": (FR * 40).encode(), "md": MD.encode(), "html": HTML.encode(),
            "epub": epub([HTML, HTML]), "clipboard": HTML.encode(), "url": HTML.encode()}[kind]

SERVED = {"body": b""}
if kind == "url":
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from visavis.core.importers import fetch_url

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = SERVED["body"]
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()

def deep(kind, depth):
    if kind == "md":
        return rng.choice(["> ", "- ", "1. ", "  - ", "*", "[", "`"]) * depth + FR + "\n\nFin.\n"
    if kind in ("html", "clipboard"):
        tag = rng.choice(["div", "blockquote", "ul><li", "span", "b", "table><tr><td"])
        close = "".join(f"</{t}>" for t in reversed(tag.split("><")))
        return ("<html><body>" + f"<{tag}>" * depth + FR + close * depth + "</body></html>")
    if kind == "epub":
        return epub([deep("html", depth)])
    if kind == "url":
        return deep("html", depth)
    if kind == "pdf":
        return (b"%PDF-1.4\n1 0 obj\n" + b"[" * depth + b"]" * depth
                + b"\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return ("(" * depth + FR + ")" * depth)

def cases():
    base = valid(kind)
    yield "valid", base
    for _ in range(8):  # random bytes, sometimes behind a plausible start
        blob = rng.randbytes(rng.randint(0, 20000))
        yield "random", (base[:rng.randint(0, 200)] + blob) if rng.random() < 0.5 else blob
    for _ in range(8):
        yield "truncated", base[:rng.randint(0, len(base))]
    for depth in DEPTHS:
        body = deep(kind, depth)
        yield f"deep {depth}", body if isinstance(body, bytes) else body.encode()
    line = (FR.strip() + " ") * LINE_REPEATS  # megabytes on one line
    if kind == "epub":
        yield "huge line", epub([f"<html><body><p>{line}</p></body></html>"])
    elif kind in ("html", "clipboard", "url"):
        yield "huge line", f"<html><body><p>{line}</p></body></html>".encode()
    elif kind == "pdf":
        yield "huge line", b"%PDF-1.4\n" + line.encode()
    else:
        yield "huge line", line.encode()
    yield "huge line, no spaces", ("é" * (LINE_REPEATS * 40)).encode()

results = []
for label, data in cases():
    try:
        if kind == "clipboard":
            text = data.decode("utf-8", "replace")
            article = import_clipboard(text if rng.random() < 0.5 else None, text)
        elif kind == "url":
            SERVED["body"] = data
            article = fetch_url(f"http://127.0.0.1:{server.server_address[1]}/page", timeout=5)
        else:
            path = folder / f"case.{kind}"
            path.write_bytes(data)
            article = import_path(path)
        document = parse_markdown(article.source_markdown)
        results.append([label, "article", len(document.blocks)])
    except ImportFailed as exc:
        results.append([label, "failed", str(exc)])
    except BaseException as exc:
        results.append([label, "CRASH", "".join(traceback.format_exception(exc))[-1500:]])
print(json.dumps({"results": results,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
'''.replace("MEMORY_BOUND", str(MEMORY_LIMIT))


KINDS = ["txt", "md", "html", "epub", "clipboard", "url", "pdf"]


def _valid_pdf(folder: Path) -> Path:
    from fixtures.pdf_factory import heading, make_pdf, para

    return make_pdf(folder / "valid.pdf", [heading("Le port"), para(
        "Le vieux port s'éveille lentement sous la brume, et les pêcheurs rentrent. " * 6)])


def _fuzz(kind: str, folder: Path, depths: list[int], line_repeats: int) -> None:
    pdf = str(_valid_pdf(folder)) if kind == "pdf" else ""
    result = subprocess.run([sys.executable, "-c", CHILD, kind, "18", str(folder),
                             json.dumps([depths, line_repeats]), pdf],
                            capture_output=True, text=True, timeout=600, check=False,
                            env=dict(os.environ, PYTHONPATH=DESKTOP))
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    crashes = [r for r in report["results"] if r[1] == "CRASH"]
    assert not crashes, "\n\n".join(f"{label}:\n{trace}" for label, _, trace in crashes)
    multi_line = [r for r in report["results"] if r[1] == "failed" and "\n" in r[2]]
    assert not multi_line, multi_line
    assert len(report["results"]) >= 21
    assert any(r[1] == "article" for r in report["results"])  # the valid start still imports


@pytest.mark.parametrize("kind", KINDS)
def test_fuzzed_input_ends_in_an_article_or_a_one_line_error(kind: str, tmp_path: Path) -> None:
    _fuzz(kind, tmp_path, [50, 300, 2000], 5_000)  # lines of about 0.4 MB


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_fuzzed_input_at_full_size(kind: str, tmp_path: Path) -> None:
    _fuzz(kind, tmp_path, [50, 300, 1000, 5000, 20000], 80_000)  # lines of about 6 MB
