"""Preferences → Translation: the engine choice (this computer / a LibreTranslate server)."""

from __future__ import annotations

import socket
import stat
import sys
from pathlib import Path

_TESTS_DIR = str(Path(__file__).resolve().parents[3])
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

import pytest  # noqa: E402

from fixtures.stub_libretranslate import StubLibreTranslate  # noqa: E402
from visavis.core.translation.remote import config  # noqa: E402
from visavis.core.translation.remote.config import (  # noqa: E402
    LIBRETRANSLATE,
    EngineChoice,
    load_api_key,
    load_engine_choice,
)
from visavis.ui.common.translation_settings import settings_notifier  # noqa: E402
from visavis.ui.features.models.engine_settings import EngineSettingsWidget  # noqa: E402

FEATURES = ["visavis.ui.features.models", "visavis.ui.features.desktop"]


@pytest.fixture
def stub():  # type: ignore[no-untyped-def]
    server = StubLibreTranslate()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def no_keyring():  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _engine_widget(window) -> EngineSettingsWidget:  # type: ignore[no-untyped-def]
    dialog = window.desktop.show_preferences()
    widgets = dialog.findChildren(EngineSettingsWidget)
    assert len(widgets) == 1 and widgets[0].isVisible()
    return widgets[0]


def test_preferences_offer_this_computer_or_a_server(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    widget = _engine_widget(make_window(features=FEATURES))
    assert widget.local.text() == "This computer (installed model)"
    assert widget.server.text() == "LibreTranslate server"
    assert widget.local.isChecked()  # nothing saved: this computer
    assert not widget.url.isEnabled() and not widget.test_button.isEnabled()
    assert not widget.apply_button.isEnabled()
    widget.server.setChecked(True)
    widget.url.setText("http://127.0.0.1:5000")
    assert widget.url.isEnabled() and widget.test_button.isEnabled() and widget.apply_button.isEnabled()


def test_test_connection_shows_languages_and_limits(qtbot, make_window, stub) -> None:  # type: ignore[no-untyped-def]
    stub.settings = {"charLimit": 2000, "apiKeys": True, "keyRequired": False}
    window = make_window(features=FEATURES)
    widget = _engine_widget(window)
    widget.server.setChecked(True)
    widget.url.setText(stub.url)
    assert widget.tasks() is window.tasks  # off the GUI thread, in the window's task runner
    widget.test_button.click()
    assert widget.message.text() == f"Connecting to {stub.url}…"
    qtbot.waitUntil(lambda: widget.message.text().startswith("Connected"), timeout=10000)
    assert widget.message.text() == ("Connected: 2 languages (en, fr); 2000 characters per text; "
                                     "API keys accepted. French → English is available.")
    assert stub.requests == []  # only GET /languages and /frontend/settings


def test_test_connection_failure_is_one_line(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    widget = _engine_widget(make_window(features=FEATURES))
    widget.server.setChecked(True)
    widget.url.setText(url)
    widget.test_button.click()
    qtbot.waitUntil(lambda: "cannot be reached" in widget.message.text(), timeout=10000)
    assert "\n" not in widget.message.text() and widget.test_button.isEnabled()


def test_use_this_engine_saves_choice_and_private_key_and_reloads(qtbot, make_window, stub) -> None:  # type: ignore[no-untyped-def]
    window = make_window(features=FEATURES)
    widget = _engine_widget(window)
    widget.server.setChecked(True)
    widget.url.setText(stub.url + "/")
    widget.api_key.setText("s3cret")
    with qtbot.waitSignal(settings_notifier().changed, timeout=5000):
        widget.apply_button.click()
    assert load_engine_choice() == EngineChoice(LIBRETRANSLATE, stub.url)
    assert load_api_key(stub.url) == "s3cret"
    assert stat.S_IMODE(config.keys_path().stat().st_mode) == 0o600
    assert widget.message.text() == (f"Saved; the API key is in {config.keys_path()}, readable only "
                                     "by you (no system keyring here).")
    assert widget.url.text() == stub.url and not widget.apply_button.isEnabled()
    # the window reloaded its translator: now the server
    qtbot.waitUntil(lambda: getattr(window.translation.translator, "model_id", "")
                    == f"libretranslate:{stub.url}:fr-en", timeout=10000)


def test_a_bad_address_is_not_saved(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    widget = _engine_widget(make_window(features=FEATURES))
    widget.server.setChecked(True)
    widget.url.setText("ftp://nowhere")
    assert not widget.apply()
    assert widget.message.text() == ("Not saved: “ftp://nowhere” is not a server address "
                                     "(e.g. http://192.168.1.20:5000).")
    assert load_engine_choice() == EngineChoice()
