"""The status a reader gives a word or multi-word term (in the spirit of Lute/LWT/LingQ).

UNKNOWN is "never marked" (a word met for the first time); NEW is "seen, noted as new";
LEARNING_1..3 are the steps towards KNOWN; IGNORED words (names, numbers, foreign words)
never count.  Values are stored in the library: never renumber them.
"""

from __future__ import annotations

from enum import IntEnum


class TermStatus(IntEnum):
    UNKNOWN = 0
    NEW = 1
    LEARNING_1 = 2
    LEARNING_2 = 3
    LEARNING_3 = 4
    KNOWN = 5
    IGNORED = 6

    @property
    def label(self) -> str:
        """English label (the UI translates it with the context "TermStatus")."""
        return LABELS[self]

    @property
    def is_learning(self) -> bool:
        return TermStatus.LEARNING_1 <= self <= TermStatus.LEARNING_3

    @property
    def is_unknown_or_new(self) -> bool:
        return self in (TermStatus.UNKNOWN, TermStatus.NEW)

    @property
    def counts_as_known(self) -> bool:
        """Known for the figures: known words (ignored words are left out of the figures)."""
        return self == TermStatus.KNOWN

    @property
    def is_tinted(self) -> bool:
        """The reading pane tints unknown, new and learning words."""
        return self <= TermStatus.LEARNING_3

    @property
    def cli_name(self) -> str:
        return self.name.lower().replace("_", "")


LABELS: dict[TermStatus, str] = {
    TermStatus.UNKNOWN: "Unknown",
    TermStatus.NEW: "New",
    TermStatus.LEARNING_1: "Learning 1",
    TermStatus.LEARNING_2: "Learning 2",
    TermStatus.LEARNING_3: "Learning 3",
    TermStatus.KNOWN: "Known",
    TermStatus.IGNORED: "Ignored",
}

# Filters of the CLI and the library: a group name → the statuses it covers.
GROUPS: dict[str, frozenset[TermStatus]] = {
    "unknown": frozenset({TermStatus.UNKNOWN}),
    "new": frozenset({TermStatus.NEW}),
    "learning": frozenset({TermStatus.LEARNING_1, TermStatus.LEARNING_2, TermStatus.LEARNING_3}),
    "known": frozenset({TermStatus.KNOWN}),
    "ignored": frozenset({TermStatus.IGNORED}),
}

_NAMES = {
    "unknown": TermStatus.UNKNOWN, "0": TermStatus.UNKNOWN,
    "new": TermStatus.NEW, "1": TermStatus.NEW,
    "learning": TermStatus.LEARNING_1, "learning1": TermStatus.LEARNING_1, "2": TermStatus.LEARNING_1,
    "learning2": TermStatus.LEARNING_2, "3": TermStatus.LEARNING_2,
    "learning3": TermStatus.LEARNING_3, "4": TermStatus.LEARNING_3,
    "known": TermStatus.KNOWN, "5": TermStatus.KNOWN, "wellknown": TermStatus.KNOWN,
    "99": TermStatus.KNOWN,  # Lute's "well known"
    "ignored": TermStatus.IGNORED, "ignore": TermStatus.IGNORED, "6": TermStatus.IGNORED,
    "98": TermStatus.IGNORED,  # Lute's "ignored"
}


def parse_status(text: str) -> TermStatus:
    """``known``, ``learning2``, ``Learning 2``, ``5``, Lute's ``99``/``98`` → TermStatus.

    Raises ValueError with a one-line message listing the accepted names.
    """
    key = "".join(str(text).split()).lower().replace("_", "").replace("-", "")
    if key in _NAMES:
        return _NAMES[key]
    raise ValueError(f"Unknown status {text!r}: use unknown, new, learning1, learning2, "
                     "learning3, known or ignored (or 0-6).")
