"""French typography for display: a narrow no-break space where the source has a space.

French sets a space before « ? ! : ; » and » and after «; sources often type an ordinary
space there, so a lone « ? » can start a line.  :func:`french_display` swaps that space for
U+202F NARROW NO-BREAK SPACE.  One character for one character: every offset into the
original text is valid in the displayed one.  Display only — the stored text, the text sent
to the translator and annotation anchors keep the original.
"""

from __future__ import annotations

import re

__all__ = ["NNBSP", "french_display"]

NNBSP = "\u202f"
_SPACE_BEFORE = re.compile(r" (?=[?!:;»])")
_SPACE_AFTER = re.compile(r"(?<=«) ")


def french_display(text: str) -> str:
    """``text`` with the spaces around French double punctuation made narrow and unbreakable."""
    if " " not in text:
        return text
    return _SPACE_AFTER.sub(NNBSP, _SPACE_BEFORE.sub(NNBSP, text))
