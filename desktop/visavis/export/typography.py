"""French typography for print: keep « guillemets » and ; : ! ? with their words.

Replacements are one character for one, so offsets into the text stay valid.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
_AFTER_OPENING = re.compile(r"(?<=«)[ \t]")
_BEFORE_CLOSING = re.compile(r"[ \t](?=[»;:!?])")


def protect_french_spacing(text: str) -> str:
    """Turn the breakable space after « and before » ; : ! ? into a no-break space."""
    return _BEFORE_CLOSING.sub(NBSP, _AFTER_OPENING.sub(NBSP, text))
