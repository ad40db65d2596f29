"""The document model shared by every part: blocks, sentences, their parser and splitter.

``model`` holds the dataclasses (re-exported here), ``markdown_parser`` turns Markdown into a
``Document`` and ``segment`` splits French text into sentences.
"""

from visavis.core.document.model import *  # noqa: F403
from visavis.core.document.model import __all__ as _model_all

__all__ = list(_model_all)
