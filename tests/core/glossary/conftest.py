"""Fixtures of the glossary tests: a tiny dictd dictionary built on the fly, a library database."""

from __future__ import annotations

import gzip
import importlib.util
import sys
from pathlib import Path

import pytest

from visavis.core.glossary.dictionary import Dictionary

_TESTS_DIR = str(Path(__file__).resolve().parents[2])
if _TESTS_DIR not in sys.path:  # tests/fixtures, as in tests/core/translation/conftest.py
    sys.path.insert(0, _TESTS_DIR)

from fixtures.tiny_model import installed_tiny_model, tiny_argosmodel  # noqa: E402

__all__ = ["installed_tiny_model", "tiny_argosmodel"]

_REPO = Path(__file__).resolve().parents[3]
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# Hand-written entries in the dictd text layout FreeDict uses.
FIXTURE_ENTRIES = [
    "jeune /ʒœn/ <adj>\n1. young\n2. youthful\n",
    "pousse /pus/ <n, fem>\n1. shoot, sprout\n",
    "jeune pousse /ʒœnpus/ <n, fem>\nstart-up company\n",
    "intelligence /ɛ̃tɛliʒɑ̃s/ <n, fem>\n1. intelligence\n2. understanding\n",
    "intelligence artificielle /ɛ̃tɛliʒɑ̃s aʀtifisjɛl/ <n, fem>\nartificial intelligence\n",
    "intelligence artificielle générale <n, fem>\nartificial general intelligence\n",
    "général /ʒeneʀal/ <adj>\ngeneral\n",
    "artificiel /aʀtifisjɛl/ <adj>\nartificial\n",
    "prime /pʀim/ <n, fem>\nbonus, premium\n",
    "signature /siɲatyʀ/ <n, fem>\nsignature\n",
    "mettre /mɛtʀ/ <v>\n1. put\n2. place\n3. put on\n4. set\n",
    "mettre sur pied <v>\nset up, establish\n",
    "pied /pje/ <n, masc>\nfoot\n",
    "sur /syʀ/ <prep>\non, upon\n",
    "recruter /ʀəkʀyte/ <v>\nrecruit\n",
    "offre /ɔfʀ/ <n, fem>\n1. offer\n2. supply\n",
    "cheval /ʃəval/ <n, masc>\nhorse\n",
    "avoir /avwaʀ/ <v>\nhave\n",
    "le /lə/ <art>\nthe\n",
    "la /la/ <art>\nthe\n",
    "de /də/ <prep>\nof, from\n",
    "à /a/ <prep>\nat, to\n",
    "élève /elɛv/ <n>\npupil\n",
    "porte /pɔʀt/ <n, fem>\ndoor\n",
    "parole /paʀɔl/ <n, fem>\nword, speech\n",
    "aujourd'hui /oʒuʀdɥi/ <adv>\ntoday\n",
]


def _b64(number: int) -> str:
    digits = ""
    while True:
        number, rest = divmod(number, 64)
        digits = _B64[rest] + digits
        if not number:
            return digits


def write_dictd(directory: Path, entries: list[str], *, gzip_dict: bool = False) -> tuple[Path, Path]:
    """Write ``entries`` as a dictd .index/.dict pair (index in reverse order on purpose)."""
    data = b""
    index_lines = [f"00databaseshort\t{_b64(0)}\t{_b64(len(b'Fixture dictionary'))}"]
    data += b"Fixture dictionary"
    for text in entries:
        raw = text.encode("utf-8")
        headword = text.split(" /")[0].split(" <")[0].split("\n")[0]
        index_lines.append(f"{headword.lower().replace(chr(39), '')}\t{_b64(len(data))}\t{_b64(len(raw))}")
        data += raw
    index = directory / "fixture.index"
    index.write_text("\n".join(reversed(index_lines)) + "\n", encoding="utf-8")
    dict_path = directory / ("fixture.dict.dz" if gzip_dict else "fixture.dict")
    dict_path.write_bytes(gzip.compress(data, mtime=0) if gzip_dict else data)
    return index, dict_path


def load_build_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_dictionary", _REPO / "packaging" / "build_dictionary.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["build_dictionary"] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def fixture_dictionary_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("dictd")
    index, dict_path = write_dictd(directory, FIXTURE_ENTRIES)
    output = directory / "fixture.sqlite"
    load_build_script().build(index, dict_path, output)
    return output


@pytest.fixture(scope="session")
def fixture_dictionary(fixture_dictionary_path: Path) -> Dictionary:
    return Dictionary.load(fixture_dictionary_path)


@pytest.fixture(scope="session")
def bundled_dictionary() -> Dictionary:
    return Dictionary.load()


@pytest.fixture
def glossary_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A migrated library database (core/store) with the glossary table."""
    from visavis.core.store import database, migrations

    path = tmp_path / "library.sqlite3"
    conn = database.connect(path)
    migrations.migrate(conn)
    db = database.Database(path, conn)
    yield db
    db.close()


def write_stardict(directory: Path, articles: dict[str, str],
                   forms: dict[str, str]) -> Path:
    """A tiny StarDict tarball in the layout of the Wiktionary extract (.ifo/.idx/.syn/.dict.dz)."""
    import io
    import struct
    import tarfile

    words = sorted(articles)
    data = b""
    idx = b""
    for word in words:
        raw = articles[word].encode("utf-8")
        idx += word.encode("utf-8") + b"\0" + struct.pack(">II", len(data), len(raw))
        data += raw
    syn = b"".join(form.encode("utf-8") + b"\0" + struct.pack(">I", words.index(head))
                   for form, head in sorted(forms.items()))
    ifo = (f"StarDict's dict ifo file\nversion=3.0.0\nbookname=Fixture Wiktionary\n"
           f"wordcount={len(words)}\nsynwordcount={len(forms)}\n").encode()
    archive = directory / "fixture-stardict.tar.gz"
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as tar:
        for name, payload in (("d/x.ifo", ifo), ("d/x.idx", idx), ("d/x.syn", syn),
                              ("d/x.dict.dz", gzip.compress(data, mtime=0))):
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            tar.addfile(info, io.BytesIO(payload))
    archive.write_bytes(gzip.compress(raw.getvalue(), mtime=0))  # same bytes every time
    return archive


WIKTIONARY_ARTICLES = {
    "élever": "<i>verb</i><br><ol><li>to raise</li><li>(reflexive) to rise, to soar</li></ol>",
    "élève": "<i>noun</i><br><ol><li>pupil, student</li></ol>",
    "est": "<i>adj</i><br><ol><li>east</li></ol><br><i>noun</i><br><ol><li>east</li></ol>",
    "être": "<i>verb</i><br><ol><li>to be</li></ol><br><i>noun</i><br><ol><li>being</li></ol>",
    "courriel": "<i>noun</i><br><ol><li>(Internet, Quebec) email</li></ol>",
    "d'ailleurs": "<i>adv</i><br><ol><li>Used other than figuratively or idiomatically: see "
                  "de, ailleurs.: from elsewhere</li><li>besides, moreover</li></ol>",
    "cheval": "<i>noun</i><br><ol><li>horse</li></ol>",
}
WIKTIONARY_FORMS = {"est": "être", "élève": "élever", "élèves": "élève", "chevaux": "cheval"}
