"""Import files, web pages and the clipboard, with a confirmation dialog."""

from visavis.ui.features.importing.feature import install

__all__ = ["install"]
