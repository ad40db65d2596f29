"""French sentence splitting with character offsets.

PLACEHOLDER to be completed by the segmentation owner: ``split_sentences`` must keep
this signature and return ``(start, end)`` spans into ``text`` with surrounding
whitespace excluded.
"""

from __future__ import annotations


def split_sentences(text: str) -> list[tuple[int, int]]:
    raise NotImplementedError
