"""Fetch an article from the web (http/https only) with clear, early failures.

Only the page itself is downloaded — never its images, scripts or frames.  The
size is capped twice: by ``Content-Length`` before reading, and while streaming.
The whole download has a deadline (3 × ``timeout``): at that moment the socket is shut,
so a server dripping one byte at a time cannot hold the import.  Redirects are followed
to http/https only, at most :data:`MAX_REDIRECTS` times; when the page came from another
host the article says so (``final_url`` and a warning the confirmation shows).
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from contextlib import suppress
from dataclasses import replace
from email.message import Message
from urllib.parse import urlsplit

from visavis import __version__
from visavis.core.importers.html import decode_html, html_to_article
from visavis.core.importers.model import (
    CancelCallback,
    ImportedArticle,
    ImportFailed,
    ProgressCallback,
    check_cancel,
)
from visavis.core.importers.text import text_to_article
from visavis.core.wording import ByteSize
from visavis.core.wording import Message as ReaderMessage

MAX_DOWNLOAD_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")


_HTTP_ERRORS = {
    401: "The site answered with error {code} (it needs a login).",
    403: "The site answered with error {code} (access is forbidden).",
    404: "The site answered with error {code} (page not found).",
    410: "The site answered with error {code} (page removed).",
    429: "The site answered with error {code} (too many requests, try later).",
}


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http/https (never file: or ftp:), at most MAX_REDIRECTS."""

    max_redirections = MAX_REDIRECTS
    max_repeats = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise ImportFailed("The page redirects to an address that is not a web page.")
        if len(getattr(req, "redirect_dict", {})) >= MAX_REDIRECTS:
            raise ImportFailed("The page sends to too many redirects (over {limit}); "
                               "it was not imported.", limit=MAX_REDIRECTS)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _Deadline:
    """Shuts every socket of the download when the overall time is up."""

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()


def _opener(deadline: _Deadline) -> urllib.request.OpenerDirector:
    class Connection(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)

    class SecureConnection(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)

    class Http(urllib.request.HTTPHandler):
        def http_open(self, req):  # type: ignore[no-untyped-def]
            return self.do_open(Connection, req)

    class Https(urllib.request.HTTPSHandler):
        def https_open(self, req):  # type: ignore[no-untyped-def]
            extra = {"context": self._context}  # type: ignore[attr-defined]
            if hasattr(self, "_check_hostname"):
                extra["check_hostname"] = self._check_hostname
            return self.do_open(SecureConnection, req, **extra)

    return urllib.request.build_opener(_SafeRedirects(), Http(), Https())


def _check_url(url: str) -> str:
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise ImportFailed("“{url}” is not a valid web address.", url=url[:200])
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
        host = parts.hostname
    except ValueError as exc:
        raise ImportFailed("“{url}” is not a valid web address.", url=url[:200]) from exc
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise ImportFailed("Only web addresses starting with http:// or https:// can be imported.")
    return url


def _network_error(exc: BaseException, url: str, timeout: float) -> ImportFailed:
    host = urlsplit(url).hostname or url
    if isinstance(exc, urllib.error.HTTPError) and 300 <= exc.code < 400:
        return ImportFailed("The page redirects to an address that is not a web page.")
    if isinstance(exc, urllib.error.HTTPError):
        template = _HTTP_ERRORS.get(exc.code) or (
            "The site answered with error {code} (server error)." if exc.code >= 500 else
            "The site answered with error {code} ({reason}).")
        return ImportFailed(template, code=exc.code, reason=str(exc.reason))
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return ImportFailed("{host} did not answer within {timeout:g} seconds.", host=host,
                            timeout=timeout)
    if isinstance(reason, socket.gaierror):
        return ImportFailed("Cannot find {host}: no network connection, or the address is wrong.",
                            host=host)
    if isinstance(reason, ConnectionRefusedError):
        return ImportFailed("{host} refused the connection.", host=host)
    return ImportFailed("Could not download the page from {host} (no network? {reason}).",
                        host=host, reason=str(reason))


def _read_body(response, total: int, progress: ProgressCallback | None,  # type: ignore[no-untyped-def]
               cancel: CancelCallback | None, deadline: float, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    done = 0
    while True:
        check_cancel(cancel)
        if time.monotonic() > deadline:
            raise TimeoutError()
        chunk = response.read1(_CHUNK)  # what has arrived: the deadline is checked often
        if not chunk:
            return b"".join(chunks)
        done += len(chunk)
        if done > max_bytes:
            raise ImportFailed("The page is too large (over {limit}); it was not imported.",
                               limit=ByteSize(max_bytes))
        chunks.append(chunk)
        if progress is not None:
            progress(done, max(total, done))


def fetch_url(url: str, progress: ProgressCallback | None = None,
              cancel: CancelCallback | None = None, timeout: float = 20.0,
              max_bytes: int = MAX_DOWNLOAD_BYTES) -> ImportedArticle:
    """Download ``url`` and import it as an article (origin = the address given)."""
    url = _check_url(url)
    check_cancel(cancel)
    request = urllib.request.Request(url, headers={
        "User-Agent": f"Vis-a-vis/{__version__} (offline French reader)",
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
        "Accept-Encoding": "identity",
    })
    overall = 3 * timeout
    deadline = time.monotonic() + overall
    try:
        with _Deadline(overall) as watchdog, _opener(watchdog).open(request,
                                                                     timeout=timeout) as response:
            headers: Message = response.headers
            content_type = headers.get_content_type()
            if content_type not in _HTML_TYPES + _TEXT_TYPES:
                raise ImportFailed("This address is not a web page or text (it is {type}).",
                                   type=content_type)
            length = int(headers.get("Content-Length") or 0)
            if length > max_bytes:
                raise ImportFailed("The page is too large ({size}; the limit is {limit}); "
                                   "it was not imported.", size=ByteSize(length),
                                   limit=ByteSize(max_bytes))
            data = _read_body(response, length, progress, cancel, deadline, max_bytes)
            if watchdog.expired:  # the socket was shut under the read: the page is cut
                raise TimeoutError()
            final_url = response.geturl() or url
            charset = headers.get_content_charset()
    except ImportFailed:
        raise
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
        if watchdog.expired or time.monotonic() > deadline:
            raise ImportFailed("{host} did not send the page within {timeout:g} seconds.",
                               host=urlsplit(url).hostname or url, timeout=overall) from exc
        raise _network_error(exc, url, timeout) from exc
    check_cancel(cancel)
    fallback = urlsplit(url).hostname or url
    if content_type in _HTML_TYPES:
        html, _ = decode_html(data, charset)
        article = html_to_article(html, url, fallback, base_url=final_url)
    else:
        text, _ = decode_html(data, charset or "utf-8")
        article = text_to_article(text, url, fallback)
    return _with_final_address(article, url, final_url)


def _with_final_address(article: ImportedArticle, url: str, final_url: str) -> ImportedArticle:
    """The article with where it really came from; a warning when that is another host."""
    start, end = (urlsplit(u).hostname or "" for u in (url, final_url))
    warnings = article.warnings
    if final_url != url and start.lower() != end.lower():
        warnings = (*warnings, ReaderMessage("The address redirected to another site: {host}.",
                                       host=end))
    return replace(article, final_url=final_url, warnings=warnings)
