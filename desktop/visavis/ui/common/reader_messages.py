"""Reader-facing messages of the core, in the interface language.

The core stays free of Qt and writes English: its errors carry a
:class:`~visavis.core.wording.Message` — the English text, its template and its fields.  Here
the template is translated (context ``CoreMessages``; the list below is what ``lupdate``
collects, and a test checks that it holds every template of ``core/importers``) and the fields
are written the interface's way: sizes by :func:`~visavis.ui.common.locale_format.data_size`,
numbers with the locale's decimal comma, nested messages translated in turn.  A text the
catalogue does not know is shown as it is.
"""

from __future__ import annotations

import logging
import re
import string
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from visavis.core.wording import ByteSize
from visavis.ui.common.locale_format import data_size, interface_locale

log = logging.getLogger(__name__)
CONTEXT = "CoreMessages"

# Every template of core/importers (tests/ui/common/test_reader_messages.py keeps it complete).
IMPORT_TEMPLATES = (
    # files
    QT_TRANSLATE_NOOP("CoreMessages", "The file “{name}”"),
    QT_TRANSLATE_NOOP("CoreMessages", "This file"),
    QT_TRANSLATE_NOOP("CoreMessages", "This page"),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” does not exist or is not a file."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is too large to import ({size}; the limit is {limit})."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” could not be read ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{what} is too large to import ({size}; the limit is {limit})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{what} is empty: there is nothing to read."),
    QT_TRANSLATE_NOOP("CoreMessages", "{what} is not a text file (it contains binary data)."),
    QT_TRANSLATE_NOOP("CoreMessages", "{what} is not readable text (broken {encoding} encoding)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The file is not UTF-8; it was read as {encoding}. Check accented letters."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no readable text to import."),
    QT_TRANSLATE_NOOP("CoreMessages", "This Markdown file has no readable text (only code, HTML or nothing)."),
    QT_TRANSLATE_NOOP("CoreMessages", "This page could not be read as HTML."),
    QT_TRANSLATE_NOOP("CoreMessages", "No article text was found in this page."),
    QT_TRANSLATE_NOOP("CoreMessages", "The clipboard holds no text to import."),
    QT_TRANSLATE_NOOP("CoreMessages", "The clipboard holds too much text to import (over 20 MB)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Import cancelled."),
    # EPUB
    QT_TRANSLATE_NOOP("CoreMessages", "This EPUB file is damaged (it is not a valid zip archive)."),
    QT_TRANSLATE_NOOP("CoreMessages", "This EPUB file holds too many files to be a book."),
    QT_TRANSLATE_NOOP("CoreMessages", "This EPUB file unpacks to more than 200 MB; it was refused."),
    QT_TRANSLATE_NOOP("CoreMessages", "This EPUB file is damaged: “{name}” is missing."),
    QT_TRANSLATE_NOOP("CoreMessages", "This EPUB file has an oversized part (“{name}”); it was refused."),
    QT_TRANSLATE_NOOP("CoreMessages", "This EPUB file is damaged or encrypted (“{name}”)."),
    QT_TRANSLATE_NOOP("CoreMessages", "This EPUB file unpacks to far more than its size says; it was refused."),
    QT_TRANSLATE_NOOP("CoreMessages", "This EPUB file is damaged: “{name}” is not valid XML."),
    QT_TRANSLATE_NOOP("CoreMessages", "This EPUB file is damaged: it does not say where its contents are."),
    QT_TRANSLATE_NOOP("CoreMessages", "This EPUB file is larger than 100 MB; it was refused."),
    QT_TRANSLATE_NOOP("CoreMessages", "This EPUB file has no readable chapters."),
    QT_TRANSLATE_NOOP("CoreMessages", "This EPUB book is protected (DRM): its text cannot be read."),
    QT_TRANSLATE_NOOP("CoreMessages", "This EPUB file contains no text (only images?)."),
    # PDF
    QT_TRANSLATE_NOOP("CoreMessages", "This PDF is protected by a password; it cannot be read."),
    QT_TRANSLATE_NOOP("CoreMessages", "This PDF file is damaged or is not a PDF."),
    QT_TRANSLATE_NOOP("CoreMessages", "This PDF has more than {limit} pages; it was refused."),
    QT_TRANSLATE_NOOP("CoreMessages", "This PDF is scanned images; there is no text to import."),
    QT_TRANSLATE_NOOP("CoreMessages", "This PDF file is larger than 100 MB; it was refused."),
    QT_TRANSLATE_NOOP("CoreMessages", "This file is not a PDF (it does not start like one)."),
    # the web
    QT_TRANSLATE_NOOP("CoreMessages", "Only web addresses starting with http:// or https:// can be imported."),
    QT_TRANSLATE_NOOP("CoreMessages", "The page redirects to an address that is not a web page."),
    QT_TRANSLATE_NOOP("CoreMessages", "The site answered with error {code} (it needs a login)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The site answered with error {code} (access is forbidden)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The site answered with error {code} (page not found)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The site answered with error {code} (page removed)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The site answered with error {code} (too many requests, try later)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The site answered with error {code} (server error)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The site answered with error {code} ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{host} did not answer within {timeout:g} seconds."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot find {host}: no network connection, or the address is wrong."),
    QT_TRANSLATE_NOOP("CoreMessages", "{host} refused the connection."),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not download the page from {host} (no network? {reason})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The page is too large (over {limit}); it was not imported."),
    QT_TRANSLATE_NOOP("CoreMessages", "The page is too large ({size}; the limit is {limit}); it was not imported."),
    QT_TRANSLATE_NOOP("CoreMessages", "This address is not a web page or text (it is {type})."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{url}” is not a valid web address."),
    QT_TRANSLATE_NOOP("CoreMessages", "The page sends to too many redirects (over {limit}); it was not imported."),
    QT_TRANSLATE_NOOP("CoreMessages", "{host} did not send the page within {timeout:g} seconds."),
    QT_TRANSLATE_NOOP("CoreMessages", "The address redirected to another site: {host}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{what} has about {words} words (some {pages} pages); Vis-à-vis opens texts of up to {limit} words (about {limit_pages} pages). Split it and import the parts one by one."),
    QT_TRANSLATE_NOOP("CoreMessages", "This page is nested deeper than {limit} levels (elements inside each other); its text cannot be read."),
    QT_TRANSLATE_NOOP("CoreMessages", "This text"),
    QT_TRANSLATE_NOOP("CoreMessages", "This book"),
    QT_TRANSLATE_NOOP("CoreMessages", "The clipboard"),
    QT_TRANSLATE_NOOP("CoreMessages", "Part of this text ({count} lines) is nested deeper than {limit} levels (quotes or lists inside each other) and could not be shown."),
)

# The model download's stages and network errors (core/translation/package_index.py and
# package_download.py; the same test keeps the list complete).
PACKAGE_TEMPLATES = (
    QT_TRANSLATE_NOOP("CoreMessages", "Looking up the model index…"),
    QT_TRANSLATE_NOOP("CoreMessages", "Downloading {name}…"),
    QT_TRANSLATE_NOOP("CoreMessages", "Checking the package…"),
    QT_TRANSLATE_NOOP("CoreMessages", "Installing…"),
    QT_TRANSLATE_NOOP("CoreMessages", "The server {host} answered “{code} {reason}” for {url}."),
    QT_TRANSLATE_NOOP("CoreMessages", "No network: {host} did not answer in time. Check your connection, or install a model from a file."),
    QT_TRANSLATE_NOOP("CoreMessages", "No network: could not connect to {host} ({detail}). Check your connection, or install a model from a file."),
    QT_TRANSLATE_NOOP("CoreMessages", "The model index could not be read ({error})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The model index could not be read (not a list of packages)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The model index is unreasonably large; it was not read."),
    QT_TRANSLATE_NOOP("CoreMessages", "The model index lists no {source}→{target} translation model."),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not save the download in {folder}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The download stopped after {done} of {total}. Try again: it will resume where it stopped."),
    QT_TRANSLATE_NOOP("CoreMessages", "The server sent more data than announced; the download was discarded. Try again."),
    QT_TRANSLATE_NOOP("CoreMessages", "{error} The downloaded file was removed."),
    # checking and installing a package (package_archive.py, package_install.py)
    QT_TRANSLATE_NOOP("CoreMessages", "Not enough disk space {purpose}: {needed} needed, {free} free in {folder}."),
    QT_TRANSLATE_NOOP("CoreMessages", "to download the model"),
    QT_TRANSLATE_NOOP("CoreMessages", "to install the model"),
    QT_TRANSLATE_NOOP("CoreMessages", "to install the voice"),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is incomplete or damaged (truncated download?). Download it again or pick another copy."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot read “{name}”: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not an Argos model package (not a zip archive)."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not an Argos model package: it must hold exactly one top-level folder (found {count})."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not an Argos model package: its files must sit inside one folder."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not an Argos model package: metadata.json is missing."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” has an oversized metadata.json; it is not a model package."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” has a metadata.json nested more than {limit} levels deep; it is not a model package."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” has an unreadable metadata.json ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” has an invalid metadata.json (not a JSON object)."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” has an incomplete metadata.json: “{key}” is missing."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not a usable translation model: model/model.bin is missing."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not a usable translation model: its tokenizer (sentencepiece.model or bpe.model) is missing."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is an empty zip archive, not a model package."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” holds too many files ({count}) to be a model package."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” was rejected as unsafe: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” was rejected as unsafe: it lists a file twice."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” would unpack to {size}, more than the {limit} a model may take; it was rejected."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is a “{type}” package, not a translation model."),
    QT_TRANSLATE_NOOP("CoreMessages", "This package translates {source}→{target}; Vis-à-vis needs {need_source}→{need_target}."),
    QT_TRANSLATE_NOOP("CoreMessages", "French"),
    QT_TRANSLATE_NOOP("CoreMessages", "English"),
    QT_TRANSLATE_NOOP("CoreMessages", "German"),
    QT_TRANSLATE_NOOP("CoreMessages", "Spanish"),
    QT_TRANSLATE_NOOP("CoreMessages", "Italian"),
    QT_TRANSLATE_NOOP("CoreMessages", "Portuguese"),
    QT_TRANSLATE_NOOP("CoreMessages", "Dutch"),
    QT_TRANSLATE_NOOP("CoreMessages", "Unsafe file name in the package: {name}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The package holds more data than it declares; it was rejected."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot write in {folder}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not install the model in {folder}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The model was installed but cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{folder} is not an installed model package; nothing was removed."),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not remove {name}: {reason}"),
)

# Backup and restore (core/store/backup.py; the same test keeps the list complete).
BACKUP_TEMPLATES = (
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a Vis-à-vis library backup."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a Vis-à-vis library backup or is damaged ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} was made by a newer version of Vis-à-vis; update to restore it."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} contains unexpected files; it was not restored."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} looks malformed (suspicious sizes); not restored."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is larger than it claims; not restored."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is damaged and could not be read ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no backup file at {path}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} was made by a newer version of Vis-à-vis; update to restore it. Your library was not changed."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is damaged: its library could not be read ({reason}). Your library was not changed."),
    QT_TRANSLATE_NOOP("CoreMessages", "Restoring {name} stopped ({reason}). What was restored so far is kept; restoring the backup again completes it without duplicates."),
)

# The LibreTranslate engine (core/translation/remote; the same test keeps the list complete).
REMOTE_TEMPLATES = (
    QT_TRANSLATE_NOOP("CoreMessages", "“{url}” is not a server address (e.g. http://192.168.1.20:5000)."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{url}” has an invalid port."),
    QT_TRANSLATE_NOOP("CoreMessages", "The translation server {url} cannot be reached ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The connection to the translation server {url} was lost ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The translation server {url} did not answer within {timeout:g} s."),
    QT_TRANSLATE_NOOP("CoreMessages", "{url} does not answer like a LibreTranslate server ({detail})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The translation server is limiting requests ({detail})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The translation server refused the API key ({detail}). Check the key in Preferences → Translation."),
    QT_TRANSLATE_NOOP("CoreMessages", "The translation server refused the request ({detail})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The translation server refused a request as too large ({detail})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The translation server needs an API key ({detail}). Enter it in Preferences → Translation."),
    QT_TRANSLATE_NOOP("CoreMessages", "The translation server cannot translate French into English ({detail})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The translation server rejected the request ({detail})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The translation server failed ({detail})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The translation server answered {detail}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The translation server {url} has no French → English model (its languages: {codes})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{error} Try again in about {seconds} s."),
    QT_TRANSLATE_NOOP("CoreMessages", "{error} {note}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Using the model installed on this computer instead."),
    QT_TRANSLATE_NOOP("CoreMessages", "No model is installed on this computer to fall back on."),
)

# Opening the library (core/store/errors.py, library.py; the same test keeps the list complete).
LIBRARY_TEMPLATES = (
    QT_TRANSLATE_NOOP("CoreMessages", "The library file {path} is damaged or is not a Vis-à-vis library ({detail}). It was left untouched. You can start a new library; the old file is kept beside it so nothing is lost."),
    QT_TRANSLATE_NOOP("CoreMessages", "The library {path} was created by a newer version of Vis-à-vis (schema version {version}). Update Vis-à-vis to open it; the library was left untouched."),
    QT_TRANSLATE_NOOP("CoreMessages", "Vis-à-vis could not update the library {path} to the new format (step {name}: {detail}). The library was left as it was."),
    QT_TRANSLATE_NOOP("CoreMessages", "The file {path} is another program's SQLite database, not a Vis-à-vis library ({detail}). It was left untouched; choose another file for your library."),
    QT_TRANSLATE_NOOP("CoreMessages", "The library {path} could not be read just now ({detail}). It is not damaged and was left untouched: try again, or open it read-only."),
    QT_TRANSLATE_NOOP("CoreMessages", "The library {path} is locked by another program{by}, so Vis-à-vis cannot open it now. The library is not damaged and was left untouched: close the other program and try again, or open the library read-only."),
    QT_TRANSLATE_NOOP("CoreMessages", "The disk holding the library {path} is full ({detail}), so Vis-à-vis cannot open it. The library is not damaged and was left untouched: free some space and try again, or open it read-only."),
    QT_TRANSLATE_NOOP("CoreMessages", "The library {path} is in a read-only folder or file ({detail}), so Vis-à-vis cannot write to it. The library is not damaged and was left untouched: open it read-only (what you change is not saved), or make the folder writable and try again."),
    QT_TRANSLATE_NOOP("CoreMessages", "The library {path} does not exist, so it cannot be opened read-only."),
)

# The reader's glossary (core/glossary/reader_glossary.py; the same test keeps it complete).
GLOSSARY_TEMPLATES = (
    QT_TRANSLATE_NOOP("CoreMessages", "A glossary term needs at least one word."),
    QT_TRANSLATE_NOOP("CoreMessages", "« {term} » is already in your glossary; edit that entry instead."),
    QT_TRANSLATE_NOOP("CoreMessages", "A glossary term cannot be empty."),
    QT_TRANSLATE_NOOP("CoreMessages", "A glossary term is limited to {limit} characters; select a shorter phrase."),
    QT_TRANSLATE_NOOP("CoreMessages", "English and note are limited to {limit} characters."),
)

_NUMBER_SPEC = re.compile(r"(?:\.(\d+))?([fg]?)")


class _InterfaceFields(string.Formatter):
    """Writes a message's fields the interface's way."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, ByteSize):
            return data_size(value)
        if hasattr(value, "template") and isinstance(value, str):
            return reader_text(value)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return super().format_field(value, format_spec)
        spec = _NUMBER_SPEC.fullmatch(format_spec)
        if spec is None:
            return super().format_field(value, format_spec)
        locale = interface_locale()
        if isinstance(value, int) and not format_spec:
            return locale.toString(value)
        kind = spec.group(2) or "g"
        digits = int(spec.group(1)) if spec.group(1) else 6
        return locale.toString(float(value), kind, digits)


_FORMATTER = _InterfaceFields()


def reader_text(value: BaseException | str) -> str:
    """The reader-facing ``value`` (an exception or a message) in the interface language."""
    text = value.args[0] if isinstance(value, BaseException) and value.args else value
    if not isinstance(text, str):
        return str(value)
    template = getattr(text, "template", text)
    fields = getattr(text, "fields", {})
    translated = QCoreApplication.translate(CONTEXT, template)
    if not fields:
        return translated
    try:
        return _FORMATTER.vformat(translated, (), fields)
    except (KeyError, IndexError, ValueError, AttributeError) as exc:
        log.warning("message %r could not be filled in (%s); shown in English", template, exc)
        return str(text)
