"""The popup's "Say it" button: shown only when the window can speak, says the word as written."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from visavis.core.glossary.lookup import LookupResult
from visavis.ui.features.glossary.popup import GlossaryPopup

RESULT = LookupResult(query="jeunes pousses", term="jeune pousse", lemma="jeune pousse",
                      source="dictionary", senses=("start-up",))


class Speaker(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.said: list[tuple[str, str]] = []

    def speak_text(self, text: str, lang: str) -> None:
        self.said.append((text, lang))


def test_say_it_calls_the_windows_speaker(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = Speaker()
    qtbot.addWidget(window)
    popup = GlossaryPopup(window)
    popup.show_result(RESULT, QRect(100, 100, 40, 18))
    assert popup.say_button.isVisible()
    qtbot.mouseClick(popup.say_button, Qt.MouseButton.LeftButton)
    assert window.said == [("jeunes pousses", "fr")]


def test_no_speaker_no_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    popup = GlossaryPopup(window)
    popup.show_result(RESULT, QRect(100, 100, 40, 18))
    assert popup.isVisible() and not popup.say_button.isVisible()


def test_say_it_uses_an_icon_not_an_emoji(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Desktops without a colour-emoji font drew a box for '🔊'."""
    from visavis.ui.features.glossary.popup import GlossaryPopup

    popup = GlossaryPopup(None)
    qtbot.addWidget(popup)
    assert not popup.say_button.icon().isNull()
    assert all(ord(ch) < 0x2000 for ch in popup.say_button.text())
