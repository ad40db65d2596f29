"""Preferences → Translation in a French window: the translation server's errors read in French."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QLocale

from visavis.core.translation.remote.config import EngineChoice, load_engine_choice
from visavis.ui.common.i18n import install_translator
from visavis.ui.common.task_runner import TaskRunner
from visavis.ui.features.models.engine_settings import EngineSettingsWidget

N = "\u00a0"


@pytest.fixture
def widget(qtbot, qapp):  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("en_US"))  # an English system: the interface language decides
    install_translator(qapp, "fr")
    tasks = TaskRunner()
    widget = EngineSettingsWidget(None, tasks)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    tasks.shutdown()
    install_translator(qapp, "en")


def test_unreachable_server_is_explained_in_french(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    widget.server.setChecked(True)
    widget.url.setText(url)
    widget.test_button.click()
    qtbot.waitUntil(lambda: "injoignable" in widget.message.text(), timeout=10_000)
    assert widget.message.text().startswith(f"Le serveur de traduction {url} est injoignable (")


def test_a_bad_address_is_refused_in_french(widget) -> None:  # type: ignore[no-untyped-def]
    widget.server.setChecked(True)
    widget.url.setText("ftp://nowhere")
    assert not widget.apply()
    assert widget.message.text().endswith(
        f"«{N}ftp://nowhere{N}» n’est pas une adresse de serveur (par exemple "
        "http://192.168.1.20:5000).")
    assert load_engine_choice() == EngineChoice()
