"""Glossary on hover: the popup, the reader's glossary view and its add dialog, and the
word-level link between the panes (``word_link``)."""

from typing import Any

from visavis.ui.features.glossary import feature, word_link


def install(window: Any) -> None:
    feature.install(window)
    word_link.install(window)


__all__ = ["install"]
