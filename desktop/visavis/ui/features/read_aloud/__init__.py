"""Read aloud: hear the article sentence by sentence, the spoken sentence lit in both panes."""

from visavis.ui.features.read_aloud.feature import ReadAloudFeature, install

__all__ = ["ReadAloudFeature", "install"]
