"""Parse Markdown (or plain text) into a :class:`~visavis.core.document.Document`.

PLACEHOLDER to be completed by the segmentation owner: ``parse_markdown`` must keep
this signature.
"""

from __future__ import annotations

from visavis.core.document import Document


def parse_markdown(source: str, title: str | None = None) -> Document:
    raise NotImplementedError
