"""Word status feature (issue 14): what the reader knows, tinted, counted and reviewed."""

from visavis.ui.features.word_status.feature import install

__all__ = ["install"]
