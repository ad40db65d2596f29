"""Translation models: the model manager dialog and its menu."""

from visavis.ui.features.models.feature import install

__all__ = ["install"]
