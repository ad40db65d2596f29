"""Turn the bytes of a text file into ``str``: encoding detection and binary refusal."""

from __future__ import annotations

import codecs

from visavis.core.importers.limits import check_words
from visavis.core.importers.model import ImportFailed
from visavis.core.wording import ByteSize, Message

MAX_TEXT_BYTES = 20 * 1024 * 1024
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\x0b\x1b")


def _utf16_without_bom(sample: bytes) -> str | None:
    """Guess BOM-less UTF-16 from the NUL pattern of mostly-ASCII text."""
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    return controls > max(8, len(sample) // 100)


def decode_text(data: bytes, what: str = "This file") -> tuple[str, str]:
    """Return ``(text, encoding)``; newlines are normalised to ``"\\n"``, BOM removed.

    Raises :class:`ImportFailed` for empty, binary or too large input.  ``what`` is the
    subject of its messages: ``"This file"``, ``"This page"`` or a
    ``Message("The file “{name}”", name=...)`` (an interface translates each part).
    """
    what = what if isinstance(what, Message) else Message(what)
    if len(data) > MAX_TEXT_BYTES:
        raise ImportFailed("{what} is too large to import ({size}; the limit is {limit}).",
                           what=what, size=ByteSize(len(data)), limit=ByteSize(MAX_TEXT_BYTES))
    if not data.strip():
        raise ImportFailed("{what} is empty: there is nothing to read.", what=what)
    encoding: str | None = None
    body = data
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                      (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            encoding, body = name, data[len(bom):]
            break
    if encoding is None:
        encoding = _utf16_without_bom(data[:4096])
    if encoding is not None:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as exc:
            raise ImportFailed("{what} is not readable text (broken {encoding} encoding).",
                               what=what, encoding=encoding) from exc
    else:
        if b"\x00" in data[:65536]:
            raise ImportFailed("{what} is not a text file (it contains binary data).", what=what)
        for candidate in ("utf-8", "cp1252", "latin-1"):
            try:
                text = data.decode(candidate)
            except UnicodeDecodeError:
                continue
            encoding = candidate
            break
    if _looks_binary(text):
        raise ImportFailed("{what} is not a text file (it contains binary data).", what=what)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise ImportFailed("{what} is empty: there is nothing to read.", what=what)
    check_words(text, what)  # before any parsing: refused at once
    return text, encoding or "utf-8"


def encoding_warnings(encoding: str) -> tuple[str, ...]:
    if encoding in ("cp1252", "latin-1"):
        return (Message("The file is not UTF-8; it was read as {encoding}. Check accented letters.",
                    encoding="Windows-1252" if encoding == "cp1252" else "Latin-1"),)
    return ()
