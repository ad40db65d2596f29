"""The library dock: list, search, tags, trash, backup and restore."""

from visavis.ui.features.library.feature import install

__all__ = ["install"]
