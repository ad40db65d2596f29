"""Reader-facing core messages carry their template and fields (for the interface's languages)."""

from __future__ import annotations

import pickle

from visavis.core.importers import ImportFailed
from visavis.core.wording import ByteSize, Message


def test_message_is_the_english_text_and_keeps_template_and_fields() -> None:
    subject = Message("The file “{name}”", name="a{b}.txt")
    message = Message("{what} is too large to import ({size}; the limit is {limit}).",
                      what=subject, size=ByteSize(50 * 1024**2), limit=ByteSize(20 * 1024**2))
    assert message == "The file “a{b}.txt” is too large to import (50 MB; the limit is 20 MB)."
    assert message.template.startswith("{what} is too large")
    assert message.fields["what"].template == "The file “{name}”"
    assert pickle.loads(pickle.dumps(message)).fields["size"] == 50 * 1024**2


def test_byte_size_english() -> None:
    assert [str(ByteSize(n)) for n in (1, 900, 1536, 10 * 1024**2, 3 * 1024**3)] == [
        "1 byte", "900 bytes", "1.5 kB", "10 MB", "3 GB"]


def test_import_failed_message_is_a_message() -> None:
    exc = ImportFailed("{host} refused the connection.", host="example.org")
    assert str(exc) == "example.org refused the connection."
    assert exc.message.template == "{host} refused the connection."
    assert ImportFailed("Plain text {not a field}.").message.template == "Plain text {not a field}."
    assert str(ImportFailed("Plain text {not a field}.")) == "Plain text {not a field}."
