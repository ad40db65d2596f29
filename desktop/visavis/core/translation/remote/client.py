"""A small LibreTranslate HTTP client on the standard library (urllib), no Qt.

Endpoints used (LibreTranslate 1.x):

* ``GET /languages`` → ``[{"code": "fr", "name": "French", "targets": ["en", …]}, …]``
* ``GET /frontend/settings`` → ``{"charLimit": -1, "apiKeys": false, "keyRequired": false, …}``
  (``charLimit`` applies to each text of a request; the batch limit is not published:
  it is learned from the server's 400 ``"request (N) exceeds text limit (L)"``).
* ``POST /translate`` with JSON ``{"q": [...], "source": "fr", "target": "en",
  "format": "text", "api_key": "…"}`` → ``{"translatedText": [...]}``.

Errors come back as JSON ``{"error": "…"}`` with 400 (bad request, missing API key,
limits), 403 (invalid API key, banned), 429 (``"Slowdown: N per M minute"``) or 500.
Every failure is raised as a :class:`RemoteError` whose message is one line for the reader.
"""

from __future__ import annotations

import email.utils
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from visavis.core.translation.types import TranslationError
from visavis.core.wording import Message

DEFAULT_TIMEOUT = 60.0  # seconds for one request: a CPU server takes seconds per batch

# RemoteError.kind values
UNREACHABLE = "unreachable"
TIMEOUT = "timeout"
RATE_LIMITED = "rate_limited"
BAD_KEY = "bad_key"
KEY_REQUIRED = "key_required"
NO_PAIR = "no_pair"
TOO_LARGE = "too_large"
SERVER_ERROR = "server_error"
BAD_RESPONSE = "bad_response"
BAD_URL = "bad_url"
REFUSED = "refused"

_LIMIT_RE = re.compile(r"\((\d+)\)\s*exceeds text limit\s*\((\d+)\)")
_SLOWDOWN_RE = re.compile(r"(\d+)\s+per\s+(\d+)?\s*(second|minute|hour|day)", re.IGNORECASE)
_UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


class RemoteError(TranslationError):
    """A LibreTranslate request failed; ``str()`` is a one-line message for the reader."""

    def __init__(self, kind: str, message: str, *, status: int | None = None,
                 retry_after: float | None = None, size: int | None = None,
                 limit: int | None = None, fields: dict[str, object] | None = None) -> None:
        # a Message: the English text with its template and ``fields`` (for the interface)
        super().__init__(Message(" ".join(message.split()), **(fields or {})))
        self.kind = kind
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait (429)
        self.size, self.limit = size, limit  # for TOO_LARGE: what was sent, what is allowed


@dataclass(frozen=True)
class ServerLanguage:
    code: str
    name: str
    targets: tuple[str, ...]


@dataclass(frozen=True)
class ServerLimits:
    char_limit: int | None = None  # characters per text; None: no limit
    batch_limit: int | None = None  # texts per request; None: unknown / no limit
    api_keys: bool = False  # the server has API keys
    key_required: bool = False  # … and refuses requests without one


@dataclass(frozen=True)
class ServerInfo:
    url: str
    languages: tuple[ServerLanguage, ...]
    limits: ServerLimits
    extra: dict[str, Any] = field(default_factory=dict)

    def supports(self, source: str, target: str) -> bool:
        return any(lang.code == source and target in lang.targets for lang in self.languages)

    def summary(self) -> str:
        """One line: languages and limits, for the Test connection button and the CLI."""
        pairs = sum(len(lang.targets) for lang in self.languages)
        codes = ", ".join(sorted(lang.code for lang in self.languages))
        chars = "no character limit" if self.limits.char_limit is None \
            else f"{self.limits.char_limit} characters per text"
        batch = "" if self.limits.batch_limit is None else f", {self.limits.batch_limit} texts per request"
        key = ", API key required" if self.limits.key_required else \
            (", API keys accepted" if self.limits.api_keys else "")
        return f"{len(self.languages)} languages ({codes}), {pairs} pairs; {chars}{batch}{key}"


def normalize_url(url: str) -> str:
    """``url`` without trailing slash; ``RemoteError(BAD_URL)`` when it is not http(s)://host."""
    text = (url or "").strip()
    if text and "://" not in text:
        text = "http://" + text
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RemoteError(BAD_URL, "“{url}” is not a server address (e.g. http://192.168.1.20:5000).",
                          fields={"url": url})
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise RemoteError(BAD_URL, "“{url}” has an invalid port.", fields={"url": url}) from exc
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def slowdown_hint(message: str) -> float | None:
    """Seconds until one more request fits, from ``"Slowdown: 2 per 1 minute"``."""
    match = _SLOWDOWN_RE.search(message or "")
    if not match:
        return None
    count = max(1, int(match.group(1)))
    window = int(match.group(2) or 1) * _UNIT_SECONDS[match.group(3).lower()]
    return window / count


class LibreTranslateClient:
    """Blocking calls to one LibreTranslate server (call it from a worker thread)."""

    def __init__(self, url: str, api_key: str | None = None, *,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.url = normalize_url(url)
        self.api_key = api_key or None
        self.timeout = timeout

    # -- endpoints ------------------------------------------------------------------------
    def languages(self) -> tuple[ServerLanguage, ...]:
        data = self._request("GET", "/languages")
        if not isinstance(data, list):
            raise self._not_libretranslate("/languages is not a list")
        out = []
        for item in data:
            if not isinstance(item, dict) or not isinstance(item.get("code"), str):
                raise self._not_libretranslate("/languages has an entry without a code")
            targets = item.get("targets") or []
            out.append(ServerLanguage(item["code"], str(item.get("name", item["code"])),
                                      tuple(t for t in targets if isinstance(t, str))))
        return tuple(out)

    def frontend_settings(self) -> dict[str, Any]:
        data = self._request("GET", "/frontend/settings")
        if not isinstance(data, dict):
            raise self._not_libretranslate("/frontend/settings is not an object")
        return data

    def limits(self) -> ServerLimits:
        data = self.frontend_settings()
        char_limit = data.get("charLimit")
        batch_limit = data.get("batchLimit")  # not published by 1.9; read if a server does
        return ServerLimits(
            char_limit=char_limit if isinstance(char_limit, int) and char_limit > 0 else None,
            batch_limit=batch_limit if isinstance(batch_limit, int) and batch_limit > 0 else None,
            api_keys=bool(data.get("apiKeys")), key_required=bool(data.get("keyRequired")))

    def probe(self) -> ServerInfo:
        """Languages and limits in two GET requests (the Test connection button)."""
        languages = self.languages()
        limits = self.limits()
        return ServerInfo(self.url, languages, limits)

    def translate(self, texts: list[str], source: str = "fr", target: str = "en") -> list[str]:
        """One ``POST /translate`` with ``q`` as a list: one translation per text, in order."""
        body: dict[str, Any] = {"q": list(texts), "source": source, "target": target,
                                "format": "text"}
        if self.api_key:
            body["api_key"] = self.api_key
        data = self._request("POST", "/translate", body)
        translated = data.get("translatedText") if isinstance(data, dict) else None
        if not isinstance(translated, list) or len(translated) != len(texts) \
                or not all(isinstance(t, str) for t in translated):
            raise self._not_libretranslate(
                f"/translate returned {type(translated).__name__} for {len(texts)} texts")
        return translated

    # -- transport ------------------------------------------------------------------------
    def _request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body).encode("utf-8") if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method, headers={
            "Accept": "application/json", "Accept-Language": "en",
            **({"Content-Type": "application/json"} if data is not None else {})})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                raw = response.read()
        except urllib.error.HTTPError as exc:
            raise self._http_error(exc) from exc
        except TimeoutError as exc:
            raise self._timeout() from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise self._timeout() from exc
            reason = getattr(exc.reason, "strerror", None) or str(exc.reason)
            raise RemoteError(UNREACHABLE, "The translation server {url} cannot be reached "
                                           "({reason}).",
                              fields={"url": self.url, "reason": reason}) from exc
        except (ConnectionError, OSError) as exc:  # reset while reading, etc.
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            raise RemoteError(UNREACHABLE, "The connection to the translation server {url} "
                                           "was lost ({reason}).",
                              fields={"url": self.url, "reason": reason}) from exc
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise self._not_libretranslate(f"{path} did not return JSON") from exc

    def _timeout(self) -> RemoteError:
        return RemoteError(TIMEOUT, "The translation server {url} did not answer within "
                                    "{timeout:g} s.", fields={"url": self.url, "timeout": self.timeout})

    def _not_libretranslate(self, detail: str) -> RemoteError:
        return RemoteError(BAD_RESPONSE, "{url} does not answer like a LibreTranslate "
                                         "server ({detail}).", fields={"url": self.url, "detail": detail})

    def _http_error(self, exc: urllib.error.HTTPError) -> RemoteError:
        status = exc.code
        try:
            payload = json.loads(exc.read().decode("utf-8") or "{}")
            text = str(payload.get("error", "")) if isinstance(payload, dict) else ""
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            text = ""
        text = " ".join(text.split()) or (exc.reason if isinstance(exc.reason, str) else "")
        detail = f"{status}: {text}" if text else str(status)
        if status == 429:
            wait = _retry_after(exc.headers.get("Retry-After") if exc.headers else None)
            if wait is None:
                wait = slowdown_hint(text)
            return RemoteError(RATE_LIMITED, "The translation server is limiting requests ({detail}).",
                               status=status, retry_after=wait, fields={"detail": detail})
        if status == 403:
            if "key" in text.lower():
                return RemoteError(BAD_KEY, "The translation server refused the API key ({detail}). "
                                            "Check the key in Preferences → Translation.", status=status,
                                   fields={"detail": detail})
            return RemoteError(REFUSED, "The translation server refused the request ({detail}).",
                               status=status, fields={"detail": detail})
        if status in (400, 413):
            match = _LIMIT_RE.search(text)
            if match:
                return RemoteError(TOO_LARGE, "The translation server refused a request as too large "
                                              "({detail}).", status=status,
                                   size=int(match.group(1)), limit=int(match.group(2)),
                                   fields={"detail": detail})
            if "api key" in text.lower():
                return RemoteError(KEY_REQUIRED, "The translation server needs an API key ({detail}). "
                                                 "Enter it in Preferences → Translation.", status=status,
                                   fields={"detail": detail})
            if "not supported" in text or "not available" in text:
                return RemoteError(NO_PAIR, "The translation server cannot translate French into "
                                            "English ({detail}).", status=status,
                                   fields={"detail": detail})
            return RemoteError(BAD_RESPONSE, "The translation server rejected the request ({detail}).",
                               status=status, fields={"detail": detail})
        if status == 404:
            return self._not_libretranslate(f"{exc.url or ''} not found")
        if status >= 500:
            return RemoteError(SERVER_ERROR, "The translation server failed ({detail}).", status=status,
                               fields={"detail": detail})
        return RemoteError(BAD_RESPONSE, "The translation server answered {detail}.", status=status,
                           fields={"detail": detail})
