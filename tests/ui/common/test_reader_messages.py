"""Core messages in the interface language: every importer template is in the catalogue list,
has a French translation, and is filled in the French way (sizes, decimal comma)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

import visavis.core.importers
import visavis.core.translation
from visavis.core.importers import ImportFailed
from visavis.core.wording import ByteSize, Message
from visavis.ui.common.i18n import install_translator
from visavis.ui.common.locale_format import data_size, decimal, short_decimal
from visavis.ui.common.reader_messages import (
    BACKUP_TEMPLATES,
    CONTEXT,
    GLOSSARY_TEMPLATES,
    IMPORT_TEMPLATES,
    LIBRARY_TEMPLATES,
    PACKAGE_TEMPLATES,
    REMOTE_TEMPLATES,
    reader_text,
)

N = "\u00a0"
_MAKERS = ("ImportFailed", "ImportCancelled", "Message", "PackageError", "stage", "BackupError",
           "GlossaryEntryError")


def _templates_of(module: Path) -> set[str]:
    """String templates a module of core/importers gives ImportFailed/Message (directly, or
    through a module constant or a local variable whose value is a literal, a choice of literals
    or a dict of them)."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    assigned: dict[str, list[ast.expr]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    assigned.setdefault(target.id, []).append(node.value)

    def literals(expr: ast.expr, seen: frozenset[str] = frozenset()) -> set[str]:
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return {expr.value}
        if isinstance(expr, ast.IfExp):
            return literals(expr.body, seen) | literals(expr.orelse, seen)
        if isinstance(expr, ast.BoolOp):
            return set().union(*(literals(v, seen) for v in expr.values))
        if isinstance(expr, ast.Dict):
            return set().union(*(literals(v, seen) for v in expr.values))
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "get":
            return literals(expr.func.value, seen) | set().union(*(literals(a, seen) for a in expr.args[1:]))
        if isinstance(expr, ast.Name) and expr.id not in seen:
            return set().union(set(), *(literals(v, seen | {expr.id}) for v in assigned.get(expr.id, [])))
        if isinstance(expr, ast.JoinedStr):
            raise AssertionError(f"{module.name}: an f-string message cannot be translated: "
                                 f"{ast.unparse(expr)}")
        return set()

    found: set[str] = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in _MAKERS and node.args):
            found |= literals(node.args[0])
        if isinstance(node, ast.FunctionDef) and node.name == "__init__":
            for default in node.args.defaults:  # ImportCancelled's default message
                found |= literals(default)
        if (module.name == "errors.py" and isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"):
            for arg in node.args:  # super().__init__(template...) of the library's errors
                found |= literals(arg)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "LibraryError" and node.args):
            found |= literals(node.args[0])
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "RemoteError" and len(node.args) > 1):
            found |= literals(node.args[1])  # RemoteError(kind, template, fields=...)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "ensure_free_space" and len(node.args) > 2):
            found |= literals(node.args[2])  # its purpose, a part of the message
        if isinstance(node, ast.FunctionDef) and node.name == "decode_text":
            found |= literals(node.args.defaults[0])  # its default subject
    return {text for text in found if text.strip()}


def test_every_importer_message_is_in_the_catalogue_list() -> None:
    folder = Path(visavis.core.importers.__file__).parent
    templates = set().union(*(_templates_of(path) for path in sorted(folder.glob("*.py"))))
    assert len(templates) > 40  # the scan found the messages
    assert "The site answered with error {code} (server error)." in templates
    assert sorted(templates - set(IMPORT_TEMPLATES)) == []
    assert len(set(IMPORT_TEMPLATES)) == len(IMPORT_TEMPLATES)


def test_every_model_download_message_is_in_the_catalogue_list() -> None:
    folder = Path(visavis.core.translation.__file__).parent
    from visavis.core.translation.package_archive import LANGUAGE_NAMES

    templates = set().union(*(_templates_of(folder / name) for name in (
        "package_index.py", "package_download.py", "package_archive.py", "package_install.py")))
    templates |= {"to install the voice"}  # read aloud's ensure_free_space purpose
    templates |= set(LANGUAGE_NAMES.values())
    assert "Downloading {name}…" in templates and "Installing…" in templates
    assert "to install the model" in templates and "Cannot read “{name}”: {reason}" in templates
    assert sorted(templates - set(PACKAGE_TEMPLATES)) == []


def test_every_translation_server_message_is_in_the_catalogue_list() -> None:
    folder = Path(visavis.core.translation.__file__).parent / "remote"
    templates = set().union(*(_templates_of(folder / name)
                              for name in ("client.py", "engine.py", "selection.py")))
    assert "Using the model installed on this computer instead." in templates
    assert len(templates) >= 15
    assert sorted(templates - set(REMOTE_TEMPLATES)) == []


def test_every_library_opening_message_is_in_the_catalogue_list() -> None:
    import visavis.core.store.errors as errors
    import visavis.core.store.library as library

    templates = _templates_of(Path(errors.__file__)) | _templates_of(Path(library.__file__))
    assert len(templates) >= 9
    assert sorted(templates - set(LIBRARY_TEMPLATES)) == []


def test_every_glossary_message_is_in_the_catalogue_list(french) -> None:  # type: ignore[no-untyped-def]
    import visavis.core.glossary.reader_glossary as reader_glossary

    templates = _templates_of(Path(reader_glossary.__file__))
    assert len(templates) == 5
    assert sorted(templates - set(GLOSSARY_TEMPLATES)) == []
    with pytest.raises(reader_glossary.GlossaryEntryError) as info:
        reader_glossary._clean("", "", "")
    assert reader_text(info.value) == "Un terme du glossaire ne peut pas être vide."


def test_every_backup_message_is_in_the_catalogue_list() -> None:
    import visavis.core.store.backup as backup

    templates = _templates_of(Path(backup.__file__))
    assert len(templates) >= 10
    assert sorted(templates - set(BACKUP_TEMPLATES)) == []


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("en_US"))  # an English system: the interface language decides
    install_translator(qapp, "fr")
    yield qapp
    install_translator(qapp, "en")


def test_every_template_has_a_french_translation_with_the_same_fields(french) -> None:
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for template in (IMPORT_TEMPLATES + PACKAGE_TEMPLATES + BACKUP_TEMPLATES
                     + REMOTE_TEMPLATES + LIBRARY_TEMPLATES + GLOSSARY_TEMPLATES):
        translated = QCoreApplication.translate(CONTEXT, template)
        assert translated != template or template in ("{error} {note}",), template
        assert fields(translated) == fields(template), template


def test_french_messages_fill_in_sizes_numbers_and_subjects(french) -> None:
    exc = ImportFailed("{what} is too large to import ({size}; the limit is {limit}).",
                       what=Message("The file “{name}”", name="long.txt"),
                       size=ByteSize(21 * 1024 * 1024 + 300 * 1024), limit=ByteSize(20 * 1024**2))
    assert reader_text(exc) == (f"Le fichier «{N}long.txt{N}» dépasse la taille maximale "
                                f"d’importation (21,3{N}Mo{N}; la limite est de 20{N}Mo).")
    assert reader_text(ImportFailed("{what} is empty: there is nothing to read.",
                                    what=Message("This page"))) == (
        f"Cette page est vide{N}: il n’y a rien à lire.")
    assert reader_text(Message("{host} did not answer within {timeout:g} seconds.",
                               host="exemple.fr", timeout=2.5)) == (
        f"exemple.fr n’a pas répondu en 2,5{N}secondes.")
    assert reader_text(Message("This PDF has more than {limit} pages; it was refused.",
                               limit=500)) == f"Ce PDF a plus de 500{N}pages{N}; il a été refusé."


def test_unknown_texts_are_shown_as_they_are(french) -> None:
    assert reader_text(ValueError("disk full")) == "disk full"
    assert reader_text(ImportFailed("A message {not filled} from elsewhere.")) == (
        "A message {not filled} from elsewhere.")


def test_sizes_and_decimals_follow_the_interface_language(qapp) -> None:
    QLocale.setDefault(QLocale("en_US"))
    install_translator(qapp, "fr")
    try:
        assert [data_size(n) for n in (1536, 10 * 1024**2, 98_765_432)] == [
            f"1,5{N}ko", f"10{N}Mo", f"94,2{N}Mo"]
        assert (decimal(2.25, 2), short_decimal(3.0), short_decimal(2.46)) == ("2,25", "3", "2,5")
    finally:
        install_translator(qapp, "en")
    assert [data_size(n) for n in (1536, 10 * 1024**2)] == [f"1.5{N}kB", f"10{N}MB"]
    assert decimal(2.25, 2) == "2.25"


def test_server_fallback_notice_reads_in_french(french) -> None:  # type: ignore[no-untyped-def]
    from visavis.core.translation.remote.client import UNREACHABLE, RemoteError
    from visavis.core.translation.remote.selection import fallback

    error = RemoteError(UNREACHABLE, "The translation server {url} cannot be reached ({reason}).",
                        fields={"url": "http://127.0.0.1:5000", "reason": "Connection refused"})
    notice = fallback(error, lambda: None).notice
    assert notice == ("The translation server http://127.0.0.1:5000 cannot be reached "
                      "(Connection refused). No model is installed on this computer to fall back on.")
    assert reader_text(notice) == (
        "Le serveur de traduction http://127.0.0.1:5000 est injoignable (Connection refused). "
        "Aucun modèle n’est installé sur cet ordinateur pour prendre le relais.")
