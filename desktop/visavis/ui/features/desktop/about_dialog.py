"""Help → About: version, licence and the credits of the parts Vis-à-vis is built on."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from visavis import __version__
from visavis.core.platform.resources import resource_path

UNKNOWN_MODEL_LICENCE = QT_TRANSLATE_NOOP("AboutDialog", "see the model package")
# core.glossary.DICTIONARY_CREDIT, for the catalogue (a test keeps the two equal)
DICTIONARY_CREDIT_TEXT = QT_TRANSLATE_NOOP("AboutDialog", "Word definitions: the English Wiktionary's French entries (Wiktionary contributors, https://en.wiktionary.org/, extracted by Wiktextract/kaikki.org and converted by Vuizur), dual-licensed CC BY-SA 3.0 and GNU FDL; pronunciations and genders: FreeDict French-English dictionary 0.4.1 (Horst Eyermann, John Darrington and the FreeDict contributors, https://freedict.org/), GNU General Public License version 2 or later.")
_FALLBACK_DICTIONARY_CREDIT = ("Wiktionary French entries (CC BY-SA 3.0 / GFDL) and FreeDict "
                               "French–English dictionary (GPL-2.0-or-later)")
# (component, licence) — the libraries the installed app ships.
LIBRARY_CREDITS: tuple[tuple[str, str], ...] = (
    ("Qt / PySide6", "LGPL-3.0"),
    ("Argos Translate", "MIT"),
    ("CTranslate2", "MIT"),
    ("SentencePiece", "Apache-2.0"),
    ("markdown-it-py", "MIT"),
    ("simplemma", "MIT"),
    ("trafilatura", "Apache-2.0"),
)

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)



def dictionary_credit() -> str:
    try:
        from visavis.core.glossary import DICTIONARY_CREDIT
    except ImportError:
        return _FALLBACK_DICTIONARY_CREDIT
    return translate("AboutDialog", str(DICTIONARY_CREDIT))


def model_licence(package_dir: Path) -> str:
    """The licence an Argos package declares (metadata.json, then its README), if any."""
    try:
        metadata = json.loads((package_dir / "metadata.json").read_text("utf-8"))
    except (OSError, ValueError):
        metadata = {}
    if isinstance(metadata, dict):
        for key in ("license", "licence"):
            if isinstance(metadata.get(key), str) and metadata[key].strip():
                return metadata[key].strip()
    for name in ("README.md", "README", "LICENSE", "LICENSE.md"):
        try:
            text = (package_dir / name).read_text("utf-8", errors="replace")[:20_000]
        except OSError:
            continue
        for line in text.splitlines():
            if re.search(r"\blicen[cs]e", line, re.IGNORECASE) and len(line.strip(" #*-")) > 8:
                return line.strip(" #*-")[:200]
    return translate("AboutDialog", UNKNOWN_MODEL_LICENCE)


def installed_model_credit() -> str | None:
    """``"<model name>: <licence>"`` for the installed French→English model, or None."""
    try:
        from visavis.core.translation.discovery import find_package

        package = find_package("fr", "en")
    except Exception:  # the About box must open even with a broken model dir
        return None
    if package is None:
        return None
    return f"{package.name}: {model_licence(package.path)}"


def about_html() -> str:
    translate = QCoreApplication.translate
    rows = [f"<li>{html.escape(name)} — {html.escape(lic)}</li>" for name, lic in LIBRARY_CREDITS]
    rows.append(f"<li>{html.escape(dictionary_credit())}</li>")
    model = installed_model_credit()
    model_text = model or translate("AboutDialog", "no translation model installed")
    model_row = translate("AboutDialog", "Translation model: {model}").format(model=model_text)
    rows.append(f"<li>{html.escape(model_row)}</li>")
    summary = translate("AboutDialog",
                        "Read French articles beside a live English translation, offline.")
    licence = translate("AboutDialog", "Licence:")
    built_with = translate("AboutDialog", "Built with:")
    return (
        f"<h2>Vis-à-vis {html.escape(__version__)}</h2>"
        f"<p>{html.escape(summary)}</p>"
        f"<p>{html.escape(licence)} GNU GPL-3.0-or-later</p>"
        f"<p>{html.escape(built_with)}</p><ul>{''.join(rows)}</ul>"
        f"<p><small>Qt {html.escape(qVersion())}</small></p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("AboutDialog", "About Vis-à-vis"))
        layout = QVBoxLayout(self)
        icon = QLabel(self)
        icon.setPixmap(QIcon(str(resource_path("icons", "visavis.svg"))).pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        icon.setAccessibleName(translate("AboutDialog", "Vis-à-vis icon"))
        layout.addWidget(icon)
        self.text = QLabel(about_html(), self)
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(translate("AboutDialog", "About Vis-à-vis"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
