"""The import confirmation dialog and the web import dialog on their own."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from visavis.core.importers import ImportedArticle
from visavis.ui.common.locale_format import data_size
from visavis.ui.common.task_runner import TaskRunner
from visavis.ui.features.importing.import_dialog import ImportDialog, preview_text
from visavis.ui.features.importing.web_import_dialog import WebImportDialog

SOURCE = ("# Le marché couvert\n\nLe marché couvert rouvre ses portes après six mois de travaux.\n\n"
          "Les commerçants ont retrouvé leurs places habituelles.\n")


def _article(**changes) -> ImportedArticle:  # type: ignore[no-untyped-def]
    values = {"title": "Le marché couvert", "source_markdown": SOURCE,
              "origin": "/tmp/marche.md", "language": "fr", "warnings": ()}
    values.update(changes)
    return ImportedArticle(**values)


@pytest.fixture
def tasks(qtbot):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_notes_are_listed_but_the_language_note_is_not_repeated(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(_article(language="de", warnings=(
        "This text looks German, not French: the translation is made for French articles.",
        "Menus and footers were removed from the page.")))
    qtbot.addWidget(dialog)
    assert dialog.notes == ["Menus and footers were removed from the page."]
    assert dialog.notes_label.text() == "• Menus and footers were removed from the page."
    assert "looks German" in dialog.language_warning.text()


def test_french_article_without_notes_shows_neither_box(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(_article())
    qtbot.addWidget(dialog)
    assert dialog.language_warning.isHidden() and dialog.notes_label.isHidden()
    assert dialog.import_button.text() == "&Import"


def test_unknown_language_is_not_called_foreign(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(_article(language="und", origin="clipboard"))
    qtbot.addWidget(dialog)
    assert dialog.language_label.text() == "unknown" and dialog.language_warning.isHidden()
    assert dialog.origin_label.text() == "Pasted from the clipboard"


def test_title_is_editable_and_never_empty(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(_article())
    qtbot.addWidget(dialog)
    dialog.title_field.setText("   ")
    assert not dialog.import_button.isEnabled()
    assert dialog.confirmed_article().title == "Le marché couvert"
    dialog.title_field.setText("  Marché rouvert ")
    assert dialog.import_button.isEnabled()
    assert dialog.confirmed_article() == _article(title="Marché rouvert")


def test_preview_keeps_the_first_paragraphs_and_cuts_long_text() -> None:
    assert preview_text(SOURCE) == ("Le marché couvert\n\nLe marché couvert rouvre ses portes "
                                    "après six mois de travaux.\n\nLes commerçants ont retrouvé "
                                    "leurs places habituelles.")
    long = "# Titre\n\n" + "\n\n".join(f"Paragraphe {i} " + "mot " * 100 for i in range(10))
    preview = preview_text(long, blocks=3, limit=300)
    assert len(preview) <= 301 and preview.endswith("…") and "Paragraphe 2" not in preview


def test_byte_sizes_are_readable() -> None:
    assert [data_size(n) for n in (512, 350_000, 3 * 1024 * 1024)] == [
        "512\u00a0bytes", "341.8\u00a0kB", "3\u00a0MB"]


def test_web_dialog_refuses_other_schemes_in_the_dialog(qtbot, tasks) -> None:  # type: ignore[no-untyped-def]
    dialog = WebImportDialog(tasks, None, "ftp://exemple.fr/article.html")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.failed, timeout=None) as failed:
        dialog.start()
    assert failed.args[0] == ("Only web addresses starting with http:// or https:// can be "
                              "imported.")
    assert dialog.isVisible()


def test_web_dialog_adds_https_to_a_bare_address(qtbot, tasks) -> None:  # type: ignore[no-untyped-def]
    dialog = WebImportDialog(tasks, None, "127.0.0.1:9/article")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.failed, timeout=None) as failed:
        dialog.start()
    assert dialog.url_field.text() == "https://127.0.0.1:9/article"
    assert "127.0.0.1" in failed.args[0]  # refused: nothing listens on port 9


def test_escape_during_a_download_cancels_it(qtbot, tasks, helpers) -> None:  # type: ignore[no-untyped-def]
    dialog = WebImportDialog(tasks, None, "http://127.0.0.1:9/")
    qtbot.addWidget(dialog)
    dialog._set_busy(True)
    cancelled = threading.Event()

    def download(ctx) -> None:  # type: ignore[no-untyped-def]
        while not ctx.cancel():  # stands in for fetch_url until the dialog cancels it
            time.sleep(0.01)
        cancelled.set()

    tasks.run(download, key="web-import")
    assert tasks.is_running("web-import")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not tasks.is_running("web-import") and not dialog.busy
    helpers.wait_until(qtbot, cancelled.is_set)  # the worker saw the cancel and stopped


def test_screenshots_of_both_dialogs(qtbot, tasks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    confirm = ImportDialog(_article(language="en", title="The new bridge"))
    web = WebImportDialog(tasks, None, "https://exemple.fr/article")
    for name, dialog in (("confirm", confirm), ("web", web)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        image = dialog.grab().toImage()
        assert image.width() >= 400 and image.height() >= 100
        assert image.save(str(tmp_path / f"{name}.png"))
    assert confirm.language_warning.isVisible() and confirm.title_field.isVisible()
    assert web.url_field.isVisible() and not web.progress.isVisible()


def test_enter_confirms_the_import(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(_article())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for widget in (dialog.title_field, dialog.preview):
        dialog.setResult(-1)
        dialog.show()
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        assert dialog.result() == ImportDialog.DialogCode.Accepted, widget
    # Escape still cancels
    dialog.show()
    qtbot.keyClick(dialog.title_field, Qt.Key.Key_Escape)
    assert dialog.result() == ImportDialog.DialogCode.Rejected


def test_enter_in_the_web_dialog_downloads(qtbot, tasks) -> None:  # type: ignore[no-untyped-def]
    dialog = WebImportDialog(tasks)
    qtbot.addWidget(dialog)
    started = []
    dialog.start = lambda: started.append(dialog.url_field.text())  # type: ignore[method-assign]
    dialog.buttons.accepted.disconnect()
    dialog.buttons.accepted.connect(dialog.start)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.url_field.setText("https://example.org/article")
    dialog.url_field.setFocus()
    qtbot.keyClick(dialog.url_field, Qt.Key.Key_Return)
    assert started == ["https://example.org/article"]
    assert dialog.isVisible()


def test_paragraphs_in_english_are_announced(qtbot) -> None:  # type: ignore[no-untyped-def]
    source = ("# Politique\n\nNous collectons uniquement les données nécessaires au service, et "
              "rien d'autre.\n\n# Privacy policy\n\nWe only collect the data that the service "
              "needs in order to work.\n\nYour data is never sold to third parties, ever.\n")
    dialog = ImportDialog(_article(source_markdown=source, warnings=(
        "3 paragraphs are in English and will not be translated.",)))
    qtbot.addWidget(dialog)
    assert dialog.notes == ["3 paragraphs are in English and will not be translated."]
    assert dialog.notes_label.text().count("will not be translated") == 1
    assert not dialog.notes_label.isHidden()
    single = ImportDialog(_article(source_markdown=SOURCE + "\nThe English version is the official "
                                   "one, as the law requires.\n"))
    qtbot.addWidget(single)
    assert single.notes == ["1 paragraph is in English and will not be translated."]
