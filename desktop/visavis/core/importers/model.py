"""What an importer returns, and the errors it raises."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from visavis.core.wording import Message

ProgressCallback = Callable[[int, int], None]  # (done, total)
CancelCallback = Callable[[], bool]


@dataclass(frozen=True)
class ImportedArticle:
    """An article ready for the library: Markdown source plus where it came from.

    ``origin`` is the file path, the URL or ``"clipboard"``; ``language`` is the
    detected language code (``"fr"`` expected); ``warnings`` are reader-facing notes
    (e.g. "this text looks English", "decoded as Windows-1252").
    """

    title: str
    source_markdown: str
    origin: str
    language: str
    warnings: tuple[str, ...] = ()
    final_url: str = ""  # a web page: the address it was finally read from (redirects)

    @property
    def source(self) -> str:
        """Alias of ``source_markdown`` (callers that say "source")."""
        return self.source_markdown


class ImportFailed(Exception):
    """The import could not be done; ``str(exc)`` is a message for the reader (English).

    ``ImportFailed(template, **fields)``: the message is a :class:`~visavis.core.wording.Message`
    (``exc.message``), whose template an interface translates before filling in the fields.
    """

    def __init__(self, template: str, **fields: object) -> None:
        super().__init__(template if isinstance(template, Message) and not fields
                         else Message(template, **fields))

    @property
    def message(self) -> Message:
        return self.args[0]


class ImportCancelled(ImportFailed):
    """The reader cancelled the import."""

    def __init__(self, message: str = "Import cancelled.") -> None:
        super().__init__(message)


def check_cancel(cancel: CancelCallback | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled()
