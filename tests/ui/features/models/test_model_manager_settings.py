"""TranslationSettingsWidget: shows the saved settings, saves and announces them on Apply."""

from __future__ import annotations

import json

from pytestqt.qtbot import QtBot

from visavis.core.translation.settings import TranslationSettings, load_settings, settings_path
from visavis.ui.common.translation_settings import TranslationSettingsWidget, settings_notifier


def make_widget(qtbot: QtBot) -> TranslationSettingsWidget:
    widget = TranslationSettingsWidget()
    qtbot.addWidget(widget)
    return widget


def test_shows_saved_settings(qtbot: QtBot) -> None:
    settings_path().write_text(json.dumps({"beam_size": 2, "threads": 3, "alignment": False}))
    widget = make_widget(qtbot)
    assert (widget.beam.value(), widget.threads.value()) == (2, 3)
    assert not widget.alignment.isChecked()
    assert widget.settings() == TranslationSettings(beam_size=2, threads=3, alignment=False)
    assert not widget.apply_button.isEnabled()  # nothing changed yet
    assert widget.defaults_button.isEnabled()


def test_apply_saves_and_announces(qtbot: QtBot) -> None:
    widget = make_widget(qtbot)
    assert widget.settings() == TranslationSettings()
    widget.beam.setValue(1)
    widget.threads.setValue(2)
    widget.compute.setCurrentIndex(widget.compute.findData("int8"))
    assert widget.apply_button.isEnabled()
    expected = TranslationSettings(beam_size=1, threads=2, compute_type="int8")
    with qtbot.waitSignal(widget.settingsChanged) as own, \
            qtbot.waitSignal(settings_notifier().changed) as app_wide:
        widget.apply_button.click()
    assert own.args == [expected] and app_wide.args == [expected]
    assert load_settings() == expected
    assert not widget.apply_button.isEnabled()
    assert "Saved" in widget.message.text()


def test_restore_defaults_only_fills_the_fields(qtbot: QtBot) -> None:
    settings_path().write_text(json.dumps({"beam_size": 8}))
    widget = make_widget(qtbot)
    widget.defaults_button.click()
    assert widget.settings() == TranslationSettings()
    assert load_settings().beam_size == 8  # not saved until Apply
    assert widget.apply_button.isEnabled()


def test_corrupt_settings_file_gives_defaults(qtbot: QtBot) -> None:
    settings_path().write_bytes(b"\xff\xfe not json")
    widget = make_widget(qtbot)
    assert widget.settings() == TranslationSettings()
    widget.beam.setValue(5)
    widget.apply()
    assert load_settings().beam_size == 5


def test_unsaveable_settings_keep_the_fields(qtbot: QtBot) -> None:
    widget = make_widget(qtbot)
    settings_path().unlink(missing_ok=True)
    settings_path().mkdir()  # the file cannot be written: a folder is in the way
    widget.beam.setValue(6)
    assert widget.apply() is False
    assert widget.message.text().startswith("Not saved:")
    assert widget.beam.value() == 6 and widget.apply_button.isEnabled()
