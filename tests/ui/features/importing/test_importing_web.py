"""File → Import from web… against a local 127.0.0.1 http.server: success, errors, cancel."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

FEATURE = "visavis.ui.features.importing"
PAGE = ("<html><head><title>Fête du quartier</title></head><body><nav>Accueil Rubriques Contact"
        "</nav><article><h1>La fête du quartier revient samedi</h1><p>La fête du quartier revient "
        "samedi sur la place, avec des musiciens, un repas partagé et des jeux pour les enfants. "
        "Les voisins préparent les tables depuis le matin.</p><p>Le comité espère plus de monde "
        "que l'an dernier, et la mairie prête les chaises.</p></article></body></html>").encode()

Route = Callable[[BaseHTTPRequestHandler], None]


class Server:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.release = threading.Event()  # lets stalled handlers finish
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server API
                route = routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    route(self)

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


def _page(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(PAGE)))
    handler.end_headers()
    handler.wfile.write(PAGE)


@pytest.fixture
def window(make_window, helpers):  # type: ignore[no-untyped-def]
    return make_window(loader=lambda: helpers.FakeEngine(), features=[FEATURE])


def test_web_page_is_imported_with_its_address(qtbot, window, server: Server) -> None:  # type: ignore[no-untyped-def]
    server.routes["/fete"] = _page
    feature = window.import_feature
    with qtbot.waitSignal(feature.webDialogShown) as shown:
        feature.web_action.trigger()
    web = shown.args[0]
    assert web.isVisible() and not web.download_button.isEnabled()  # no address yet
    web.url_field.setText(server.url("/fete"))
    progress: list[tuple[int, int]] = []
    web.progress.valueChanged.connect(lambda v: progress.append((v, web.progress.maximum())))
    with qtbot.waitSignal(feature.confirmationShown, timeout=None) as confirmed:
        web.download_button.click()
    assert not web.isVisible()
    assert progress and progress[-1] == (len(PAGE), len(PAGE))
    dialog = confirmed.args[0]
    assert dialog.title_field.text() == "La fête du quartier revient samedi"
    assert dialog.origin_label.text() == server.url("/fete")
    assert "Rubriques" not in dialog.preview.toPlainText()
    with qtbot.waitSignal(window.articleOpened, timeout=None) as opened:
        dialog.import_button.click()
    record = window.library.articles.get(opened.args[0].article_id)
    assert record.origin == server.url("/fete") and "repas partagé" in record.source


def test_404_is_shown_in_the_dialog(qtbot, window, server: Server) -> None:  # type: ignore[no-untyped-def]
    feature = window.import_feature
    web = feature.ask_web(server.url("/nowhere"))
    with qtbot.waitSignal(web.failed, timeout=None) as failed:
        web.start()
    assert failed.args[0] == "The site answered with error 404 (page not found)."
    assert web.message.text() == failed.args[0] and not web.message.isHidden()
    assert web.isVisible() and not web.busy and web.download_button.isEnabled()
    assert window.library.articles.list() == []


def test_not_a_web_page_and_silence_are_explained(qtbot, window, server: Server) -> None:  # type: ignore[no-untyped-def]
    def picture(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "image/png")
        handler.send_header("Content-Length", "4")
        handler.end_headers()
        handler.wfile.write(b"\x89PNG")

    server.routes["/photo"] = picture
    server.routes["/silent"] = lambda handler: server.release.wait()
    web = window.import_feature.ask_web(server.url("/photo"))
    with qtbot.waitSignal(web.failed, timeout=None) as failed:
        web.start()
    assert failed.args[0] == "This address is not a web page or text (it is image/png)."
    web.timeout = 0.3
    web.url_field.setText(server.url("/silent"))
    with qtbot.waitSignal(web.failed, timeout=None) as failed:
        web.start()
    assert failed.args[0] == "127.0.0.1 did not answer within 0.3 seconds."


def test_cancel_during_the_download(qtbot, window, server: Server, helpers) -> None:  # type: ignore[no-untyped-def]
    def slow(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(1024 * 1024))
        handler.end_headers()
        handler.wfile.write(b"<p>" + b"x" * 70000)
        handler.wfile.flush()
        server.release.wait()

    server.routes["/slow"] = slow
    feature = window.import_feature
    confirmations = []
    feature.confirmationShown.connect(confirmations.append)
    web = feature.ask_web(server.url("/slow"))
    web.start()
    assert web.busy and web.url_field.isReadOnly()
    helpers.wait_until(qtbot, lambda: web.progress.value() > 0)
    assert web.progress.maximum() == 1024 * 1024
    assert "Downloading…" in web.message.text()
    with qtbot.waitSignal(web.failed) as failed:
        web.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert failed.args[0] == "Download cancelled."
    assert web.isVisible() and not web.busy and not web.progress.isVisible()
    server.release.set()  # the worker notices the cancel and stops
    helpers.wait_until(qtbot, lambda: window.tasks.pending() == 0)
    assert confirmations == [] and window.library.articles.list() == []
    with qtbot.waitSignal(web.rejected):
        web.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()  # now it closes


def test_dropping_a_link_downloads_it(qtbot, window, server: Server) -> None:  # type: ignore[no-untyped-def]
    server.routes["/fete"] = _page
    mime = QMimeData()
    mime.setUrls([QUrl(server.url("/fete"))])
    viewport = window.reading.english.viewport()
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    feature = window.import_feature
    with qtbot.waitSignal(feature.confirmationShown, timeout=None) as confirmed:
        QApplication.sendEvent(viewport, drop)
    assert feature.web_dialog.url_field.text() == server.url("/fete")
    assert confirmed.args[0].origin_label.text() == server.url("/fete")
