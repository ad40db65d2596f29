"""Types shared by the translation engine and its users."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

# (src_start, src_end, tgt_start, tgt_end): a French word's character span in the
# sentence text aligned to an English word's span in the translation.
AlignmentLink = tuple[int, int, int, int]

ProgressCallback = Callable[[int, int], None]  # (done, total)
CancelCallback = Callable[[], bool]  # returns True when the work should stop


@dataclass(frozen=True)
class Translation:
    text: str
    alignment: tuple[AlignmentLink, ...] = ()


class TranslationCancelled(Exception):
    """Raised by a translator when its cancel callback returned True."""


class TranslationError(Exception):
    """The model failed to load or to translate; the message is for the reader."""


class Translator(Protocol):
    """What the rest of the app needs from a translation engine."""

    model_id: str

    def translate(
        self,
        sentences: Sequence[str],
        *,
        on_result: Callable[[int, Translation], None] | None = None,
        cancel: CancelCallback | None = None,
    ) -> list[Translation]:
        """Translate ``sentences`` and return exactly one Translation per sentence, in order.

        ``on_result(i, translation)`` is called as soon as sentence ``i`` is ready
        (possibly from a worker thread); ``cancel()`` is polled between results.
        """
        ...
