"""Interleaved mode (View option): each French sentence followed by its English, in one pane.

A read-only page the reading view's French stack shows instead of the two panes; rebuilt from
the document, the translations and the corrections when they change (the reader's place is
kept as a fraction of the page).  Word tints follow View → Word status colours.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser

from visavis.ui.features.word_status.colours import status_colours

translate = QCoreApplication.translate


def sentence_html(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` escaped, with ``(start, end, css colour)`` spans as tinted runs."""
    out, pos = [], 0
    for start, end, colour in sorted(spans):
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f"<span style='background-color:{colour}'>{html.escape(text[start:end])}</span>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


class InterleavedView(QObject):
    def __init__(self, reading: Any, feature: Any) -> None:
        super().__init__(reading)
        self.reading = reading
        self.feature = feature
        self.view = QTextBrowser()
        self.view.setObjectName("interleavedView")
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(translate("WordStatus", "French and English, interleaved"))
        self.view.document().setDocumentMargin(24)
        self.active = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.rebuild)
        reading.english.textChanged.connect(self.refresh)
        reading.french.blocksFilled.connect(lambda _s, _e: self.refresh())

    def set_active(self, on: bool) -> None:
        stack = self.reading.french_stack
        if on and stack.indexOf(self.view) < 0:
            stack.addWidget(self.view)
        self.active = on
        if on:
            self.rebuild()
            stack.setCurrentWidget(self.view)
            self.reading.english.hide()
        else:
            stack.setCurrentIndex(0)
            self.reading.english.show()

    def refresh(self) -> None:
        if self.active:
            self._timer.start()

    def page_html(self) -> str:
        document = self.reading.document
        if document is None:
            return ""
        words = self.feature.words if self.feature.tints_on else None
        colours = {s: c.name(c.NameFormat.HexArgb) for s, c in status_colours(self.view.palette()).items()}
        muted = self.view.palette().color(QPalette.ColorRole.PlaceholderText).name()
        translations, corrections = self.reading.translations, self.reading.corrections
        parts = []
        for block in document.blocks:
            size = {1: "x-large", 2: "large"}.get(block.level, "medium") if block.kind == "heading" else "medium"
            weight = "bold" if block.kind == "heading" else "normal"
            indent = "1.5em" if block.kind in ("blockquote", "list_item") else "0"
            for s in block.sentences:
                spans = []
                if words is not None:
                    for token in words.tokens.get(s.id, ()):
                        colour = colours.get(words.status(token))
                        if colour:
                            spans.append((token.start, token.end, _css(colour)))
                english = corrections.get(s.id) or (translations[s.id].text if s.id in translations
                                                    else translate("WordStatus", "(not translated yet)"))
                parts.append(f"<p style='margin:0 0 0 {indent}; font-size:{size}; font-weight:{weight}'>"
                             f"{sentence_html(s.text, spans)}</p>"
                             f"<p style='margin:0 0 10px {indent}; color:{muted}; font-style:italic'>"
                             f"{html.escape(english)}</p>")
        return "".join(parts)

    def rebuild(self) -> None:
        if not self.active:
            return
        bar = self.view.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        font = self.reading.french.document().defaultFont()
        self.view.document().setDefaultFont(font)
        self.view.setHtml(self.page_html())
        if bar.maximum():
            bar.setValue(round(fraction * bar.maximum()))


def _css(argb: str) -> str:
    """#AARRGGBB → rgba(r, g, b, a) (Qt's rich text reads rgba)."""
    a, r, g, b = (int(argb[i:i + 2], 16) for i in (1, 3, 5, 7))
    return f"rgba({r},{g},{b},{a})"
