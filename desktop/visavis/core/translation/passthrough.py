"""Segments that are copied to the translation unchanged, without calling the model.

Empty strings, lone punctuation, numbers and symbols (no letter at all), URLs, e-mail
addresses and code-like tokens (``snake_case``, ``path/to/file.py``, ``f(x)``) are the
same in English; sending them to the model only risks an invented translation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# one token, no spaces, that holds a character prose words never contain
_CODE = re.compile(r"[^\s]*[_/\\{}()<>=#$|`\[\]][^\s]*")
_TRAILING = ".,;:!?)»”’\"'"


def is_passthrough(text: str) -> bool:
    """True when ``text`` should be kept as is instead of translated."""
    core = text.strip()
    if not core or not any(ch.isalpha() for ch in core):
        return True
    token = core.rstrip(_TRAILING).lstrip("(«“‘\"'")
    if not token or any(ch.isspace() for ch in token):
        return False
    return bool(_URL.fullmatch(token) or _EMAIL.fullmatch(token) or _CODE.fullmatch(token))


def is_code_only(text: str, offset: int, emphasis: Sequence[tuple[int, int, str]]) -> bool:
    """True when every letter or digit of ``text`` lies in a code span of its block.

    ``offset`` is where ``text`` starts in the block text; ``emphasis`` is the block's
    ``(start, end, kind)`` list (``Block.emphasis``).  Such a sentence is code: copy it.
    """
    code = [(a, b) for a, b, kind in emphasis if kind == "code"]
    if not code or not any(ch.isalnum() for ch in text):
        return False
    return all(any(a <= offset + i < b for a, b in code)
               for i, ch in enumerate(text) if ch.isalnum())
