"""In a French window, the importers' errors (web and file) and the download sizes read in
French: the core's English messages are translated at the UI boundary (ui/common/reader_messages).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

import visavis.core.importers as importers
from visavis.ui.common.i18n import install_translator
from visavis.ui.common.task_runner import TaskRunner
from visavis.ui.features.importing.web_import_dialog import WebImportDialog

N = "\u00a0"  # French puts a no-break space before : ; ? and inside « »
Route = Callable[[BaseHTTPRequestHandler], None]


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("en_US"))  # an English system: the interface language decides
    install_translator(qapp, "fr")
    yield qapp
    install_translator(qapp, "en")


@pytest.fixture
def tasks(qtbot):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.shutdown()


class Server:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.release = threading.Event()
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server API
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    routes[self.path](self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server()
    thread = threading.Thread(target=state.httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    state.release.set()
    state.httpd.shutdown()
    state.httpd.server_close()


def _status(code: int) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_error(code)
    return route


def _typed(content_type: str, length: int | None = None) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(length if length is not None else 4))
        handler.end_headers()
        handler.wfile.write(b"abcd")
    return route


def _failure(qtbot, tasks, url: str, timeout: float = 5.0) -> str:  # type: ignore[no-untyped-def]
    dialog = WebImportDialog(tasks, None, url, timeout=timeout)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as failed:
        dialog.start()
    assert dialog.message.text() == failed.args[0]
    return failed.args[0]


@pytest.mark.parametrize(("route", "french_text"), [
    (_status(404), "Le site a répondu par l’erreur 404 (page introuvable)."),
    (_status(403), "Le site a répondu par l’erreur 403 (accès interdit)."),
    (_status(410), "Le site a répondu par l’erreur 410 (page supprimée)."),
    (_status(503), "Le site a répondu par l’erreur 503 (erreur du serveur)."),
    (_typed("image/png"), "Cette adresse n’est ni une page web ni du texte (type image/png)."),
    (_typed("text/html", 50 * 1024 * 1024),
     f"La page est trop volumineuse (50{N}Mo{N}; la limite est de 10{N}Mo){N}; "
     "elle n’a pas été importée."),
], ids=["404", "403", "410", "503", "not-html", "too-large"])
def test_web_errors_from_the_site_read_in_french(qtbot, french, tasks, server: Server,  # type: ignore[no-untyped-def]
                                                 route: Route, french_text: str) -> None:
    server.routes["/page"] = route
    assert _failure(qtbot, tasks, server.url("/page")) == french_text


def test_web_timeout_reads_in_french_with_a_decimal_comma(qtbot, french, tasks,  # type: ignore[no-untyped-def]
                                                          server: Server) -> None:
    server.routes["/slow"] = lambda handler: server.release.wait(10)
    assert _failure(qtbot, tasks, server.url("/slow"), timeout=0.5) == (
        f"127.0.0.1 n’a pas répondu en 0,5{N}secondes.")


def test_web_without_network_bad_address_and_refusal_read_in_french(  # type: ignore[no-untyped-def]
        qtbot, french, tasks, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _failure(qtbot, tasks, "ftp://exemple.fr/article.html") == (
        "Seules les adresses web commençant par http:// ou https:// peuvent être importées.")
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert _failure(qtbot, tasks, f"http://127.0.0.1:{port}/") == "127.0.0.1 a refusé la connexion."

    def no_dns(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    assert _failure(qtbot, tasks, "https://journal.example/article") == (
        f"Impossible de trouver journal.example{N}: pas de connexion réseau, ou l’adresse est "
        "erronée.")


def test_download_progress_sizes_are_french(qtbot, french, tasks) -> None:  # type: ignore[no-untyped-def]
    dialog = WebImportDialog(tasks, None, "https://exemple.fr/")
    qtbot.addWidget(dialog)
    dialog._progress(1536 * 1024, 3 * 1024 * 1024)
    assert dialog.progress.format() == f"1,5{N}Mo / 3{N}Mo"
    assert dialog.message.text() == f"Téléchargement… 1,5{N}Mo"


# -- file import through the window --------------------------------------------------------------

@pytest.fixture
def window(make_window, helpers, french):  # type: ignore[no-untyped-def]
    return make_window(loader=lambda: helpers.FakeEngine(),
                       features=["visavis.ui.features.importing"])


def _file_failure(qtbot, window, path: Path) -> str:  # type: ignore[no-untyped-def]
    feature = window.import_feature
    with qtbot.waitSignal(feature.importFailed, timeout=30_000) as failed:
        feature.import_file(path)
    return failed.args[0]


def test_file_import_errors_read_in_french(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "vide.md"
    empty.write_text("  \n\n", encoding="utf-8")
    assert _file_failure(qtbot, window, empty) == (
        f"Le fichier «{N}vide.md{N}» est vide{N}: il n’y a rien à lire.")

    binary = tmp_path / "photo.txt"  # an unsupported file given a text extension
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert _file_failure(qtbot, window, binary) == (
        f"Le fichier «{N}photo.txt{N}» n’est pas un fichier texte (son contenu est binaire).")

    fake_pdf = tmp_path / "rapport.pdf"  # not a PDF at all
    fake_pdf.write_text("Bonjour, ceci n’est pas un PDF.", encoding="utf-8")
    assert _file_failure(qtbot, window, fake_pdf) == (
        "Ce fichier n’est pas un PDF (il ne commence pas comme un PDF).")

    missing = tmp_path / "absent.md"
    assert _file_failure(qtbot, window, missing) == (
        f"«{N}absent.md{N}» n’existe pas ou n’est pas un fichier.")

    large = tmp_path / "gros.md"
    large.write_text("Un texte. " * 300, encoding="utf-8")
    monkeypatch.setattr(importers, "MAX_TEXT_BYTES", 1024)
    assert _file_failure(qtbot, window, large) == (
        f"«{N}gros.md{N}» est trop volumineux pour être importé (2,9{N}ko{N}; "
        f"la limite est de 1{N}ko).")
