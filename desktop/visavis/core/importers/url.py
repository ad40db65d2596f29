"""Fetch an article from the web (http/https only) with clear, early failures.

Only the page itself is downloaded — never its images, scripts or frames.  The
size is capped twice: by ``Content-Length`` before reading, and while streaming.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
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

MAX_DOWNLOAD_BYTES = 10 * 1024 * 1024
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
    """Follow redirects only to http/https (never file: or ftp:)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise ImportFailed("The page redirects to an address that is not a web page.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(_SafeRedirects())


def _check_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
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
        chunk = response.read(_CHUNK)
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
    deadline = time.monotonic() + 3 * timeout
    try:
        with _opener().open(request, timeout=timeout) as response:
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
            final_url = response.geturl() or url
            charset = headers.get_content_charset()
    except ImportFailed:
        raise
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise _network_error(exc, url, timeout) from exc
    check_cancel(cancel)
    fallback = urlsplit(url).hostname or url
    if content_type in _HTML_TYPES:
        html, _ = decode_html(data, charset)
        return html_to_article(html, url, fallback, base_url=final_url)
    text, _ = decode_html(data, charset or "utf-8")
    return text_to_article(text, url, fallback)
