"""How counts are written in the English the CLI and the core's messages print."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``count(1, "note")`` → ``"1 note"``; ``count(3, "note")`` → ``"3 notes"``."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"
