"""URL import limits (issue 18 item 12): an overall deadline that a slow-drip server cannot
escape, a clean error for a malformed address, and the redirect policy — http/https only, at
most 5, the final host reported — all against servers on 127.0.0.1."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING

import pytest

from visavis.core.importers import ImportFailed, fetch_url
from visavis.core.importers.url import MAX_REDIRECTS

if TYPE_CHECKING:
    from conftest import LocalServer

PAGE = ("<html><head><title>Le port</title></head><body><article><h1>Le port</h1><p>Les "
        "bateaux rentrent au port avant la nuit, chargés de poissons et de crabes.</p>"
        "</article></body></html>").encode()


def _drip(local_server: LocalServer, *, headers_too: bool):  # type: ignore[no-untyped-def]
    def route(h: BaseHTTPRequestHandler) -> None:
        if headers_too:
            h.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(200):  # a header line, one byte at a time
                if local_server.stop.is_set():
                    return
                h.wfile.write(b"X")
                h.wfile.flush()
                time.sleep(0.05)
            return
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(10_000))
        h.end_headers()
        for _ in range(200):  # 10 s of one byte every 50 ms: never a 0.5 s silence
            if local_server.stop.is_set():
                return
            h.wfile.write(b"<")
            h.wfile.flush()
            time.sleep(0.05)
    return route


@pytest.mark.parametrize("headers_too", [False, True], ids=["body", "headers"])
def test_a_slow_drip_server_is_cut_off_by_the_overall_deadline(local_server: LocalServer,
                                                               headers_too: bool) -> None:
    local_server.routes["/drip"] = _drip(local_server, headers_too=headers_too)
    started = time.monotonic()
    with pytest.raises(ImportFailed, match="within"):
        fetch_url(local_server.url("/drip"), timeout=0.5)
    assert time.monotonic() - started < 3.0  # the deadline is 3 × 0.5 s


@pytest.mark.parametrize("address", ["http://[::1", "http://exa mple.fr/article",
                                     "http://example.fr:99999/", "https://exemple.fr/\x00a",
                                     "http://", "https://:80/"])
def test_a_malformed_address_is_a_clean_error(address: str) -> None:
    with pytest.raises(ImportFailed, match="not a valid web address|Only web addresses"):
        fetch_url(address, timeout=1)


def _redirect(to: str):  # type: ignore[no-untyped-def]
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", to)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return route


def test_redirects_are_followed_at_most_five_times(local_server: LocalServer) -> None:
    for i in range(MAX_REDIRECTS + 1):
        local_server.routes[f"/r{i}"] = _redirect(f"/r{i + 1}")
    local_server.routes[f"/r{MAX_REDIRECTS + 1}"] = lambda h: local_server.send_body(
        h, PAGE, "text/html")
    with pytest.raises(ImportFailed, match="too many redirects"):
        fetch_url(local_server.url("/r0"), timeout=5)
    article = fetch_url(local_server.url("/r1"), timeout=5)  # exactly five: followed
    assert article.title == "Le port"


def test_a_redirect_to_another_host_is_followed_and_its_host_reported(
        local_server: LocalServer) -> None:
    other = f"http://localhost:{local_server.port}/ailleurs"
    local_server.routes["/depart"] = _redirect(other)
    local_server.routes["/ailleurs"] = lambda h: local_server.send_body(h, PAGE, "text/html")
    article = fetch_url(local_server.url("/depart"), timeout=5)
    assert article.origin == local_server.url("/depart")
    assert article.final_url == other
    assert any("localhost" in str(w) for w in article.warnings)
    same = fetch_url(local_server.url("/ailleurs"), timeout=5)
    assert not any("redirect" in str(w) for w in same.warnings)


def test_a_redirect_to_another_scheme_is_refused(local_server: LocalServer) -> None:
    local_server.routes["/ftp"] = _redirect("ftp://127.0.0.1/file")
    with pytest.raises(ImportFailed, match="not a web page"):
        fetch_url(local_server.url("/ftp"), timeout=5)
