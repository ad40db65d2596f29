"""Tools → Glossary… in a French window: the table headers are French."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from visavis.core.glossary.reader_glossary import ReaderGlossary
from visavis.ui.common.i18n import install_translator
from visavis.ui.features.glossary.glossary_view import GlossaryView


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("en_US"))
    install_translator(qapp, "fr")
    yield qapp
    install_translator(qapp, "en")


def test_glossary_headers_are_french(qtbot, library, french) -> None:  # type: ignore[no-untyped-def]
    ReaderGlossary(library).add("cheval", "horse", "")
    view = GlossaryView(ReaderGlossary(library))
    qtbot.addWidget(view)
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    assert headers == ["Français", "Anglais", "Note"]
    assert view.table.item(0, 0).text() == "cheval"
