"""Downloading a model from a local index server: progress, cancel, resume, bad servers."""

from __future__ import annotations

import json
import shutil
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import pytest
from tests.fixtures import tiny_model

from visavis.core.translation.discovery import find_package
from visavis.core.translation.package_archive import PackageCancelled, PackageError
from visavis.core.translation.package_download import download_package, downloads_dir
from visavis.core.translation.package_index import fetch_index, find_entry, index_url

tiny_argosmodel = tiny_model.tiny_argosmodel  # the fixture
FILE_NAME = "translate-fr_en-1_0.argosmodel"


@dataclass
class FakeServer:
    """What the local package server serves and what it saw."""

    package: bytes = b""
    honour_range: bool = True
    cut_after: int | None = None  # announce the full length but stop sending here
    missing: bool = False
    pause_after: int | None = None  # send this many bytes, then wait for ``resume``
    resume: threading.Event = field(default_factory=threading.Event)
    requests: list[dict[str, str]] = field(default_factory=list)
    bytes_sent: int = 0
    url: str = ""

    def index(self) -> bytes:
        return json.dumps([
            {"from_code": "de", "to_code": "en", "package_version": "1.0", "type": "translate",
             "links": [f"{self.url}/files/translate-de_en-1_0.argosmodel"]},
            {"from_code": "fr", "to_code": "en", "package_version": "0.9", "type": "translate",
             "links": [f"{self.url}/files/old.argosmodel"]},
            {"from_code": "fr", "to_code": "en", "package_version": "1.0", "type": "translate",
             "from_name": "French", "to_name": "English",
             "links": [f"{self.url}/files/{FILE_NAME}"]},
        ]).encode()


def make_handler(state: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str],
                  length: int | None = None) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.end_headers()
            if state.pause_after is not None and len(body) > state.pause_after:
                self.wfile.write(body[: state.pause_after])
                self.wfile.flush()
                state.resume.wait()
                body = body[state.pause_after:]
                state.bytes_sent += state.pause_after
            self.wfile.write(body)
            state.bytes_sent += len(body)

        def do_GET(self) -> None:  # noqa: N802 - http.server API
            if self.path == "/index.json":
                self._send(200, state.index(), {"Content-Type": "application/json"})
                return
            state.requests.append(dict(self.headers.items()))
            if state.missing or self.path != f"/files/{FILE_NAME}":
                self._send(404, b"not found", {})
                return
            data, total = state.package, len(state.package)
            start = 0
            requested = self.headers.get("Range")
            if requested and state.honour_range:
                start = int(requested.removeprefix("bytes=").rstrip("-"))
                if start >= total:
                    self._send(416, b"", {"Content-Range": f"bytes */{total}"})
                    return
                headers = {"Content-Range": f"bytes {start}-{total - 1}/{total}"}
                status = 206
            else:
                headers, status = {}, 200
            body = data[start:]
            announced = len(body)
            if state.cut_after is not None:
                body = body[: state.cut_after]
            self._send(status, body, headers, length=announced)

    return Handler


@pytest.fixture
def server(tiny_argosmodel: Path) -> Iterator[FakeServer]:
    state = FakeServer(package=tiny_argosmodel.read_bytes())
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    state.resume.set()
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture
def packages(tmp_path: Path) -> Path:
    return tmp_path / "packages"


def part_file() -> Path:
    return downloads_dir() / (FILE_NAME + ".part")


def download(server: FakeServer, packages: Path, **kwargs: object):  # type: ignore[no-untyped-def]
    return download_package(packages_dir=packages, index_url=f"{server.url}/index.json",
                            **kwargs)  # type: ignore[arg-type]


def test_index_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:8000/mirror/")
    assert index_url() == "http://127.0.0.1:8000/mirror/index.json"
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:8000/custom.json")
    assert index_url() == "http://127.0.0.1:8000/custom.json"


def test_index_picks_newest_french_english(server: FakeServer) -> None:
    entry = find_entry(fetch_index(f"{server.url}/index.json"), "fr", "en")
    assert entry.package_version == "1.0"
    assert entry.file_name == FILE_NAME
    with pytest.raises(PackageError, match="lists no fr→es translation model"):
        find_entry(fetch_index(f"{server.url}/index.json"), "fr", "es")


def test_download_reports_byte_progress_and_installs(server: FakeServer, packages: Path) -> None:
    steps: list[tuple[int, int]] = []
    stages: list[str] = []
    installed = download(server, packages, progress=lambda d, t: steps.append((d, t)),
                         on_stage=stages.append)
    size = len(server.package)
    download_steps = steps[: steps.index((size, size)) + 1]
    assert len(download_steps) > 5
    assert [d for d, _ in download_steps] == sorted(d for d, _ in download_steps)
    assert {t for _, t in download_steps} == {size}
    assert stages[-1] == "Installing…" and any("Downloading" in s for s in stages)
    assert find_package("fr", "en", packages) == installed
    assert list(downloads_dir().iterdir()) == []  # the downloaded file was cleaned up
    assert "Range" not in server.requests[0]


def test_cancel_installs_nothing_and_keeps_the_partial_file(server: FakeServer,
                                                            packages: Path) -> None:
    seen: list[int] = []
    with pytest.raises(PackageCancelled):
        download(server, packages, progress=lambda d, t: seen.append(d),
                 cancel=lambda: len(seen) > 3)
    assert find_package("fr", "en", packages) is None
    assert not packages.exists() or list(packages.iterdir()) == []
    assert 0 < part_file().stat().st_size < len(server.package)


def test_resume_sends_only_the_remainder(server: FakeServer, packages: Path) -> None:
    already = 300_000
    part_file().write_bytes(server.package[:already])
    steps: list[tuple[int, int]] = []
    installed = download(server, packages, progress=lambda d, t: steps.append((d, t)))
    assert server.requests[0]["Range"] == f"bytes={already}-"
    assert server.bytes_sent - len(server.index()) == len(server.package) - already
    assert steps[0] == (already, len(server.package))
    assert installed.path == packages / "translate-fr_en-tiny"


def test_server_ignoring_range_restarts_from_zero(server: FakeServer, packages: Path) -> None:
    server.honour_range = False
    part_file().write_bytes(b"stale bytes from another file" * 100)
    installed = download(server, packages)
    assert server.requests[0]["Range"] == "bytes=2900-"
    assert find_package("fr", "en", packages) == installed


def test_complete_partial_file_is_not_downloaded_again(server: FakeServer,
                                                       packages: Path) -> None:
    part_file().write_bytes(server.package)
    installed = download(server, packages)
    assert server.bytes_sent == len(server.index())  # the 416 answer carried no body
    assert installed.from_code == "fr"


def test_truncated_body_is_rejected_and_kept_for_resume(server: FakeServer,
                                                        packages: Path) -> None:
    server.cut_after = 400_000
    with pytest.raises(PackageError) as info:
        download(server, packages)
    assert "stopped after 390.6 kB of " in info.value.message  # 400,000 bytes
    assert "resume" in info.value.message
    assert find_package("fr", "en", packages) is None
    assert part_file().read_bytes() == server.package[:400_000]
    server.cut_after = None
    download(server, packages)  # the next attempt resumes and completes
    assert server.requests[-1]["Range"] == "bytes=400000-"
    assert find_package("fr", "en", packages) is not None


def test_damaged_download_is_removed(server: FakeServer, packages: Path) -> None:
    server.package = b"PK\x03\x04" + b"\x00" * 5000  # right size, but not a usable archive
    with pytest.raises(PackageError, match="incomplete or damaged.*was removed"):
        download(server, packages)
    assert find_package("fr", "en", packages) is None
    assert list(downloads_dir().iterdir()) == []


def test_missing_file_on_server(server: FakeServer, packages: Path) -> None:
    server.missing = True
    with pytest.raises(PackageError, match="answered “404 Not Found”"):
        download(server, packages)
    assert find_package("fr", "en", packages) is None


def test_no_network_fails_at_once(packages: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(PackageError) as info:
        download_package(packages_dir=packages, index_url=f"http://127.0.0.1:{port}/index.json")
    assert info.value.message.startswith("No network: could not connect to 127.0.0.1")


def test_unreadable_index(server: FakeServer, packages: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(FakeServer, "index", lambda self: b"<html>captive portal</html>")
    with pytest.raises(PackageError, match="model index could not be read"):
        download(server, packages)


def test_partial_file_longer_than_the_package_starts_over(server: FakeServer,
                                                          packages: Path) -> None:
    part_file().write_bytes(server.package + b"left over from a bigger file")
    installed = download(server, packages)
    assert server.requests[0]["Range"] == f"bytes={len(server.package) + 28}-"  # answered 416
    assert "Range" not in server.requests[1]
    assert find_package("fr", "en", packages) == installed


def test_not_enough_disk_space_for_the_download(server: FakeServer, packages: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "disk_usage",
                        lambda path: SimpleNamespace(total=10**9, used=10**9 - 2**19, free=2**19))
    with pytest.raises(PackageError, match=r"Not enough disk space to download the model: "
                                           r"[\d.]+ kB needed, 512 kB free"):
        download(server, packages)
    assert not part_file().exists() or part_file().stat().st_size == 0
    assert find_package("fr", "en", packages) is None
