"""Text markdown-it leaves out because it is nested too deep (quotes and lists inside each
other beyond its ``maxNesting``): counted so that the reader is told, never silently lost."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from visavis.core.wording import Message

NESTED_TOO_DEEP = ("Part of this text ({count} lines) is nested deeper than {limit} levels "
                   "(quotes or lists inside each other) and could not be shown.")

# tokens that hold text (or are a whole construct of their own lines)
_LEAVES = {"paragraph_open", "heading_open", "fence", "code_block", "html_block", "hr",
           "table_open", "front_matter", "dt_open", "footnote_open"}
_CONTAINER_MARKERS = re.compile(r"^(?:\s*(?:>|[-*+](?=\s|$)|\d{1,9}[.)](?=\s|$)))+\s*")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S")
_FENCE = re.compile(r"^\s*:::")


def dropped_lines(tokens: Sequence[Any], body: str) -> int:
    """How many lines of ``body`` hold text that no token shows (0: nothing was lost)."""
    lines = body.splitlines()
    covered = bytearray(len(lines))
    for tok in tokens:
        if not tok.map:
            continue
        start, end = tok.map
        if tok.type in _LEAVES:
            end = min(max(end, start + 1), len(lines))  # (a deflist term's map is empty)
            covered[start:end] = b"\x01" * max(0, end - start)
        elif tok.type.startswith("container_") and tok.type.endswith("_open"):
            covered[start] = 1
            if 0 <= end - 1 < len(lines):
                covered[end - 1] = 1
    lost = 0
    for i, line in enumerate(lines):
        if covered[i] or not line.strip():
            continue
        text = _CONTAINER_MARKERS.sub("", line, count=1)
        if text.strip() and not _REFERENCE.match(line) and not _FENCE.match(text):
            lost += 1
    return lost


def nesting_warning(count: int, limit: int) -> Message:
    return Message(NESTED_TOO_DEEP, count=count, limit=limit)
