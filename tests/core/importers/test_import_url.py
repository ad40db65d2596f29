"""URL import against a local 127.0.0.1 server: success and every failure mode."""

from __future__ import annotations

import socket
import time
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING

import pytest

from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.importers import ImportCancelled, ImportFailed, fetch_url

if TYPE_CHECKING:
    from conftest import LocalServer

PAGE = ("<html><head><title>Marché de nuit</title></head><body><nav>Accueil Rubriques</nav>"
        "<article><h1>Le marché de nuit revient</h1><p>Le marché de nuit du port revient vendredi, "
        "avec quarante exposants et des concerts jusqu'à minuit. Les organisateurs attendent "
        "plusieurs milliers de visiteurs.</p><p>L'entrée reste gratuite, comme les années "
        "précédentes, et les bus circuleront plus tard que d'habitude.</p>"
        "<p>Voir le <a href='/programme'>programme complet</a>.</p></article></body></html>")
MB = 1024 * 1024


def test_html_page_is_imported(local_server: LocalServer) -> None:
    local_server.routes["/article"] = lambda h: local_server.send_body(
        h, PAGE.encode("utf-8"), "text/html; charset=utf-8")
    progress: list[tuple[int, int]] = []
    url = local_server.url("/article")
    article = fetch_url(url, progress=lambda d, t: progress.append((d, t)), timeout=5)
    assert article.origin == url
    assert article.title == "Le marché de nuit revient"
    doc = parse_markdown(article.source_markdown)
    assert "quarante exposants" in doc.plain and "Rubriques" not in doc.plain
    assert [href for b in doc.blocks for *_, href in b.links] == [local_server.url("/programme")]
    assert progress and progress[-1][0] == len(PAGE.encode("utf-8"))
    assert local_server.requests == ["/article"]


def test_plain_text_body_is_imported(local_server: LocalServer) -> None:
    body = "Titre du billet\nUne phrase de texte brut. Une autre phrase.".encode("cp1252")
    local_server.routes["/t"] = lambda h: local_server.send_body(h, body, "text/plain; charset=cp1252")
    article = fetch_url(local_server.url("/t"), timeout=5)
    assert article.title == "Titre du billet"
    assert "Une phrase de texte brut." in parse_markdown(article.source_markdown).plain


@pytest.mark.parametrize(("status", "message"), [(404, "404 \\(page not found\\)"),
                                                 (500, "500 \\(server error\\)"),
                                                 (503, "503 \\(server error\\)")])
def test_http_errors(local_server: LocalServer, status: int, message: str) -> None:
    local_server.routes["/e"] = lambda h: local_server.send_body(h, b"oops", "text/html", status)
    with pytest.raises(ImportFailed, match=message):
        fetch_url(local_server.url("/e"), timeout=5)


def test_unknown_path_is_404(local_server: LocalServer) -> None:
    with pytest.raises(ImportFailed, match="404"):
        fetch_url(local_server.url("/nothing-here"), timeout=5)


def test_timeout(local_server: LocalServer) -> None:
    def slow(handler: BaseHTTPRequestHandler) -> None:
        local_server.stop.wait(10)

    local_server.routes["/slow"] = slow
    with pytest.raises(ImportFailed, match="did not answer within 0.3 seconds"):
        fetch_url(local_server.url("/slow"), timeout=0.3)


@pytest.mark.parametrize("content_type", ["application/octet-stream", "image/png", "application/pdf"])
def test_non_html_content_is_refused(local_server: LocalServer, content_type: str) -> None:
    local_server.routes["/bin"] = lambda h: local_server.send_body(h, b"\x89PNG\x00\x01", content_type)
    with pytest.raises(ImportFailed, match=f"not a web page or text \\(it is {content_type}\\)"):
        fetch_url(local_server.url("/bin"), timeout=5)


def _big_body(local_server: LocalServer, with_length: bool):  # type: ignore[no-untyped-def]
    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        if with_length:
            h.send_header("Content-Length", str(50 * MB))
        h.end_headers()
        chunk = b"<p>" + b"a" * (64 * 1024 - 7) + b"</p>\n"
        sent = 0
        try:
            while sent < 50 * MB and not local_server.stop.is_set():
                h.wfile.write(chunk)
                sent += len(chunk)
                local_server.bytes_sent[h.path] = sent
        finally:
            local_server.bytes_sent[h.path] = sent
    return handler


def test_50_mb_body_with_length_refused_before_download(local_server: LocalServer) -> None:
    local_server.routes["/big"] = _big_body(local_server, with_length=True)
    with pytest.raises(ImportFailed, match="too large \\(50 MB; the limit is 10 MB\\)"):
        fetch_url(local_server.url("/big"), timeout=5)
    _wait_for_writer(local_server, "/big")
    print(f"server wrote {local_server.bytes_sent['/big'] / MB:.1f} MB of 50 MB (Content-Length)")
    assert local_server.bytes_sent["/big"] < 20 * MB


def test_50_mb_body_without_length_stops_at_the_cap(local_server: LocalServer) -> None:
    local_server.routes["/stream"] = _big_body(local_server, with_length=False)
    with pytest.raises(ImportFailed, match="too large \\(over 10 MB\\)"):
        fetch_url(local_server.url("/stream"), timeout=5)
    _wait_for_writer(local_server, "/stream")
    print(f"server wrote {local_server.bytes_sent['/stream'] / MB:.1f} MB of 50 MB (streaming)")
    assert local_server.bytes_sent["/stream"] < 30 * MB


def _wait_for_writer(local_server: LocalServer, path: str) -> None:
    """The server thread notices the closed socket a little after the client."""
    previous = -1
    while local_server.bytes_sent.get(path, 0) != previous:
        previous = local_server.bytes_sent.get(path, 0)
        time.sleep(0.2)


def test_dns_failure_is_reported_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(ImportFailed, match="Cannot find journal.example: no network connection"):
        fetch_url("https://journal.example/article", timeout=5)


def test_connection_refused(local_server: LocalServer) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    with pytest.raises(ImportFailed, match="refused the connection"):
        fetch_url(f"http://127.0.0.1:{port}/", timeout=5)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.txt", "javascript:alert(1)",
                                 "example.org/article", "http://", ""])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(ImportFailed, match="http:// or https://"):
        fetch_url(url)


def test_redirect_to_file_is_refused(local_server: LocalServer) -> None:
    def redirect(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", "file:///etc/passwd")
        h.end_headers()

    local_server.routes["/r"] = redirect
    with pytest.raises(ImportFailed, match="not a web page"):
        fetch_url(local_server.url("/r"), timeout=5)


def test_redirect_keeps_origin_and_resolves_links(local_server: LocalServer) -> None:
    def redirect(h: BaseHTTPRequestHandler) -> None:
        h.send_response(301)
        h.send_header("Location", "/nouveau/article")
        h.end_headers()

    local_server.routes["/ancien"] = redirect
    local_server.routes["/nouveau/article"] = lambda h: local_server.send_body(h, PAGE.encode(), "text/html")
    article = fetch_url(local_server.url("/ancien"), timeout=5)
    assert article.origin == local_server.url("/ancien")
    assert local_server.url("/programme") in article.source_markdown


def test_cancel_stops_the_download(local_server: LocalServer) -> None:
    local_server.routes["/article"] = lambda h: local_server.send_body(h, PAGE.encode(), "text/html")
    with pytest.raises(ImportCancelled):
        fetch_url(local_server.url("/article"), cancel=lambda: True, timeout=5)
    assert local_server.requests == []
    calls: list[int] = []

    def cancel_after_connecting() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ImportCancelled):
        fetch_url(local_server.url("/article"), cancel=cancel_after_connecting, timeout=5)
    assert local_server.requests == ["/article"]
