"""Highlights and notes: keys 1–5, the floating toolbar, the side panel, exports."""

from visavis.ui.features.annotations.feature import install

__all__ = ["install"]
