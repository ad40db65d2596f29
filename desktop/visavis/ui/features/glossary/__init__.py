"""Glossary on hover: the popup, the reader's glossary view and its add dialog."""

from visavis.ui.features.glossary.feature import install

__all__ = ["install"]
