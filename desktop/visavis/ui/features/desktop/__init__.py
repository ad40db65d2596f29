"""Desktop integration: About, shortcuts, preferences, recent files, single instance."""

from visavis.ui.features.desktop.feature import install

__all__ = ["install"]
