"""Review: spaced repetition of the reader's terms (Tools → Review…, due count in the status bar)."""

from visavis.ui.features.review.feature import install

__all__ = ["install"]
