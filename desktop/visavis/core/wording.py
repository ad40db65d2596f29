"""How counts are written in the English the CLI and the core's messages print."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``count(1, "note")`` → ``"1 note"``; ``count(3, "note")`` → ``"3 notes"``."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


class ByteSize(int):
    """A number of bytes that prints as the core's English does (``"1.5 MB"``, base 1024);
    an interface recognises the type and writes it in its own language and locale."""

    def __format__(self, spec: str) -> str:
        if spec:
            return format(int(self), spec)
        size = int(self)
        for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("kB", 1024)):
            if size >= scale:
                return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
        return count(size, "byte")

    def __str__(self) -> str:
        return format(self)


class Message(str):
    """A sentence for the reader: the English text (it *is* that ``str``) together with the
    template and fields it was made from, so that an interface can translate the template and
    fill in the fields its own way (numbers, :class:`ByteSize`, nested messages).

    ``Message("{host} did not answer within {timeout:g} seconds.", host="x.fr", timeout=20.0)``
    """

    template: str
    fields: dict[str, object]

    def __new__(cls, template: str, **fields: object) -> Message:
        text = super().__new__(cls, template.format(**fields) if fields else template)
        text.template = template
        text.fields = fields
        return text

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (_message, (self.template, self.fields))


def _message(template: str, fields: dict[str, object]) -> Message:
    return Message(template, **fields)
