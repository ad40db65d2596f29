"""The Argos package index: which translation models can be downloaded, and from where.

The index URL comes from ``ARGOS_PACKAGE_INDEX`` (a base URL ending in ``/``, or a
full ``.../index.json`` URL) or else from argostranslate's settings.
"""

from __future__ import annotations

import json
import os
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from visavis.core.translation.package_archive import PackageError

CONNECT_TIMEOUT_S = 10.0
MAX_INDEX_BYTES = 16 * 1024**2
USER_AGENT = "Vis-a-vis (offline French reader; model download)"


@dataclass(frozen=True)
class IndexEntry:
    """One downloadable package listed in the index."""

    from_code: str
    to_code: str
    package_version: str
    links: tuple[str, ...]
    type: str = "translate"
    from_name: str = ""
    to_name: str = ""

    @property
    def file_name(self) -> str:
        """The argospm file name, e.g. ``translate-fr_en-1_9.argosmodel``."""
        version = self.package_version.replace(".", "_")
        suffix = f"-{version}" if version else ""
        return f"{self.type}-{self.from_code}_{self.to_code}{suffix}.argosmodel"


def index_url() -> str:
    base = os.environ.get("ARGOS_PACKAGE_INDEX")
    if not base:
        from argostranslate import settings  # imported late: it creates folders under $HOME

        return str(settings.remote_package_index)
    return base if base.endswith(".json") else base.rstrip("/") + "/index.json"


def host_of(url: str) -> str:
    return urlsplit(url).netloc or url


def network_error(url: str, exc: BaseException) -> PackageError:
    """Turn a urllib/socket failure into a reader-facing PackageError."""
    if isinstance(exc, urllib.error.HTTPError):
        return PackageError("The server {host} answered “{code} {reason}” for {url}.",
                            host=host_of(url), code=exc.code, reason=str(exc.reason), url=url)
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, socket.timeout | TimeoutError):
        return PackageError("No network: {host} did not answer in time. "
                            "Check your connection, or install a model from a file.",
                            host=host_of(url))
    detail = getattr(reason, "strerror", None) or str(reason)
    return PackageError("No network: could not connect to {host} ({detail}). "
                        "Check your connection, or install a model from a file.",
                        host=host_of(url), detail=detail)


def parse_index(data: bytes) -> list[IndexEntry]:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError("The model index could not be read ({error}).", error=str(exc)) from exc
    if not isinstance(raw, list):
        raise PackageError("The model index could not be read (not a list of packages).")
    entries = []
    for item in raw:
        if not isinstance(item, dict):
            continue
        links = item.get("links")
        codes = (item.get("from_code"), item.get("to_code"))
        if not all(isinstance(c, str) for c in codes) or not isinstance(links, list):
            continue
        entries.append(IndexEntry(
            from_code=item["from_code"], to_code=item["to_code"],
            package_version=str(item.get("package_version", "")),
            links=tuple(link for link in links if isinstance(link, str)),
            type=str(item.get("type", "translate")),
            from_name=str(item.get("from_name", "")), to_name=str(item.get("to_name", ""))))
    return entries


def fetch_index(url: str | None = None, timeout: float = CONNECT_TIMEOUT_S) -> list[IndexEntry]:
    """Download and parse the index; network problems raise PackageError at once."""
    url = url or index_url()
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_INDEX_BYTES + 1)
    except (urllib.error.URLError, OSError) as exc:
        raise network_error(url, exc) from exc
    if len(data) > MAX_INDEX_BYTES:
        raise PackageError("The model index is unreasonably large; it was not read.")
    return parse_index(data)


def _version_key(version: str) -> tuple[int, ...]:
    parts = []
    for piece in version.split("."):
        parts.append(int(piece) if piece.isdigit() else -1)
    return tuple(parts)


def find_entry(entries: list[IndexEntry], from_code: str = "fr",
               to_code: str = "en") -> IndexEntry:
    """The newest translation package for the pair (PackageError when there is none)."""
    matches = [e for e in entries if e.type == "translate" and e.links
               and (e.from_code, e.to_code) == (from_code, to_code)]
    if not matches:
        raise PackageError("The model index lists no {source}→{target} translation model.",
                           source=from_code, target=to_code)
    return max(matches, key=lambda e: _version_key(e.package_version))
