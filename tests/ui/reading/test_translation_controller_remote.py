"""The window with a LibreTranslate engine (a scripted stub on 127.0.0.1): a server failure
mid-article shows its message with Retry, the installed model finishes the article, and the
cache keeps each engine's translations apart."""

from __future__ import annotations

import sys
from pathlib import Path

_TESTS_DIR = str(Path(__file__).resolve().parents[2])
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

from fixtures.stub_libretranslate import StubLibreTranslate  # noqa: E402
from visavis.core.translation.engine import CTranslate2Engine  # noqa: E402
from visavis.core.translation.remote.client import LibreTranslateClient  # noqa: E402
from visavis.core.translation.remote.engine import LibreTranslateEngine  # noqa: E402
from visavis.core.translation.remote.selection import (  # noqa: E402
    FALLBACK_NOTE,
    NO_FALLBACK_NOTE,
    LoadedEngine,
)


def test_server_failure_mid_article_falls_back_with_retry(qtbot, make_window, helpers, article_file,  # type: ignore[no-untyped-def]
                                                          library, installed_tiny_model) -> None:
    stub = StubLibreTranslate()
    try:
        engine = LibreTranslateEngine(LibreTranslateClient(stub.url))
        original = stub.server.RequestHandlerClass.do_POST
        served = []

        def fail_after_two(handler) -> None:  # type: ignore[no-untyped-def]
            served.append(1)
            if len(served) > 2:
                stub.responses.append((500, {"error": "Cannot translate text: out of memory"}, {}))
            original(handler)

        stub.server.RequestHandlerClass.do_POST = fail_after_two
        window = make_window(loader=lambda: engine, features=["visavis.ui.features.models"])
        messages: list[str] = []
        window.translation.engineFailed.connect(messages.append)
        helpers.open_and_translate(qtbot, window, article_file)
        assert messages and messages[0] == ("The translation server failed (500: Cannot translate "
                                            f"text: out of memory). {FALLBACK_NOTE}")
        assert window.banner.isVisible() and window.banner.retry_button.isVisible()
        assert not window.banner.install_button.isVisible()  # a model is installed
        assert not window.banner.download_button.isVisible()
        assert isinstance(window.translation.translator, CTranslate2Engine)
        document = window.session.document
        assert len(window.session.translations) == len(document.sentences)
        qtbot.waitUntil(lambda: window.tasks.pending() == 0, timeout=10000)  # writes done
        texts = {s.text for s in document.sentences}
        remote = library.translations.get_many(engine.model_id, texts)
        local = library.translations.get_many(window.translation.translator.model_id, texts)
        assert remote and all(t.text == text.upper() for text, t in remote.items())
        assert local and all(t.text != text.upper() for text, t in local.items())
        # Retry: the server works again; the banner goes away
        stub.server.RequestHandlerClass.do_POST = original
        with qtbot.waitSignal(window.translation.modelReady, timeout=10000):
            window.banner.retry_button.click()
        assert window.translation.translator is engine and not window.banner.isVisible()
    finally:
        stub.close()


def test_unreachable_server_without_local_model(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from visavis.core.translation.remote.client import UNREACHABLE, RemoteError

    error = RemoteError(UNREACHABLE, "The translation server http://127.0.0.1:9 cannot be reached "
                                     "(Connection refused).")
    notice = f"{error} {NO_FALLBACK_NOTE}"
    window = make_window(loader=lambda: LoadedEngine(None, error, notice),
                         features=["visavis.ui.features.models"])
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10000)
    assert window.banner.label.text() == notice
    assert window.banner.retry_button.isVisible()
    assert window.banner.install_button.isVisible() and window.banner.download_button.isVisible()
    assert window.statusBar().currentMessage() == notice
