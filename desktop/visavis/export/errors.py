"""Export errors; ``str(error)`` is a sentence for the reader."""


class ExportError(Exception):
    """The export could not be written; nothing the reader saved was changed."""


class ExportCancelled(ExportError):
    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.")
