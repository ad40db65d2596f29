"""Engine choice, API-key storage (keyring or a 0600 file), loading with fallback, and the
guarantee that nothing is sent anywhere while the local engine is chosen."""

from __future__ import annotations

import socket
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail
from keyring.compat import properties

from fixtures.stub_libretranslate import StubLibreTranslate
from visavis.cli import run_command
from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.translation.engine import CTranslate2Engine
from visavis.core.translation.remote import config
from visavis.core.translation.remote.config import (
    LIBRETRANSLATE,
    EngineChoice,
    keyring_available,
    load_api_key,
    load_engine_choice,
    save_api_key,
    save_engine_choice,
)
from visavis.core.translation.remote.engine import LibreTranslateEngine
from visavis.core.translation.remote.selection import (
    FALLBACK_NOTE,
    NO_FALLBACK_NOTE,
    load_translator,
)
from visavis.core.translation.scheduler import translate_document

ARTICLE = "# Titre\n\nLe chat dort sur le canapé. Il pleut.\n\nLes enfants jouent.\n"


class MemoryKeyring(KeyringBackend):
    """A keyring in memory, used only where a test sets it (never chosen by keyring itself)."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's classproperty
        raise RuntimeError("a test backend: set it explicitly")

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list:
    """Every socket connection attempt fails (and is recorded)."""
    attempts: list = []

    def refuse(self: socket.socket, address) -> None:  # type: ignore[no-untyped-def]
        attempts.append(address)
        raise OSError("network use while the local engine is selected")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def test_engine_choice_round_trip_and_bad_files(tmp_path: Path) -> None:
    assert load_engine_choice() == EngineChoice()  # nothing saved: this computer
    save_engine_choice(EngineChoice(LIBRETRANSLATE, "192.168.1.20:5000/", 30))
    assert load_engine_choice() == EngineChoice(LIBRETRANSLATE, "http://192.168.1.20:5000", 30)
    config.engine_path().write_text("{not json", encoding="utf-8")
    assert load_engine_choice() == EngineChoice()
    config.engine_path().write_text('{"engine": "libretranslate", "server_url": "ftp://x"}',
                                    encoding="utf-8")
    assert load_engine_choice() == EngineChoice()
    with pytest.raises(ValueError, match="is not a server address"):
        save_engine_choice(EngineChoice(LIBRETRANSLATE, "nonsense://"))
    with pytest.raises(ValueError, match="Unknown translation engine"):
        EngineChoice("cloud").validated()


@pytest.fixture
def no_keyring():  # type: ignore[no-untyped-def]
    """What this machine has: keyring's fail backend (no Secret Service, no KWallet)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_keyring_detection(no_keyring, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert not keyring_available()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])  # a chain with no backend
    keyring.set_keyring(chainer.ChainerBackend())
    assert not keyring_available()
    keyring.set_keyring(MemoryKeyring())
    assert keyring_available()


def test_api_key_in_a_private_file_without_keyring(no_keyring) -> None:  # type: ignore[no-untyped-def]
    assert not keyring_available()
    assert save_api_key("http://h:5000", "s3cret") == "file"
    mode = stat.S_IMODE(config.keys_path().stat().st_mode)
    assert mode == 0o600
    assert load_api_key("http://h:5000") == "s3cret"
    assert load_api_key("http://other:5000") is None
    config.keys_path().chmod(0o644)  # rewritten private again
    save_api_key("http://other:5000", "k2")
    assert stat.S_IMODE(config.keys_path().stat().st_mode) == 0o600
    assert save_api_key("http://h:5000", "") == ""
    assert load_api_key("http://h:5000") is None and load_api_key("http://other:5000") == "k2"


def test_api_key_in_the_keyring_when_there_is_one(memory_keyring: MemoryKeyring) -> None:
    assert keyring_available()
    assert save_api_key("http://h:5000", "s3cret") == "keyring"
    assert memory_keyring.store == {(config.KEYRING_SERVICE, "http://h:5000"): "s3cret"}
    assert not config.keys_path().exists()
    assert load_api_key("http://h:5000") == "s3cret"
    save_api_key("http://h:5000", None)
    assert memory_keyring.store == {}


def test_local_engine_sends_nothing(installed_tiny_model: Path, no_network: list,
                                    tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    save_engine_choice(EngineChoice())  # this computer
    loaded = load_translator()
    assert isinstance(loaded.translator, CTranslate2Engine) and loaded.error is None
    doc = parse_markdown(ARTICLE)
    out = translate_document(doc, loaded.translator)
    assert len(out) == len(doc.sentences) and all(t.text for t in out)
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run_command("translate", [str(article), "--no-cache"]) == 0
    assert capsys.readouterr().out.count("→ ") == len(doc.sentences)
    assert no_network == []


def test_the_guard_does_catch_a_server_choice(installed_tiny_model: Path, no_network: list) -> None:
    """The socket guard of the test above is live: a server choice does try to connect."""
    loaded = load_translator(EngineChoice(LIBRETRANSLATE, "http://127.0.0.1:5000"))
    assert no_network and loaded.fell_back


def test_server_choice_loads_the_server_engine(stub: StubLibreTranslate) -> None:
    save_api_key(stub.url, "k")
    loaded = load_translator(EngineChoice(LIBRETRANSLATE, stub.url))
    assert isinstance(loaded.translator, LibreTranslateEngine) and not loaded.fell_back
    assert loaded.translator.translate(["Bonjour."])[0].text == "BONJOUR."
    assert stub.requests[0]["api_key"] == "k"


def test_unreachable_server_falls_back_to_the_local_model(installed_tiny_model: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    loaded = load_translator(EngineChoice(LIBRETRANSLATE, url))
    assert loaded.fell_back and isinstance(loaded.translator, CTranslate2Engine)
    assert loaded.notice.startswith(f"The translation server {url} cannot be reached (")
    assert loaded.notice.endswith(FALLBACK_NOTE) and "\n" not in loaded.notice


def test_unreachable_server_without_a_local_model() -> None:
    loaded = load_translator(EngineChoice(LIBRETRANSLATE, "http://127.0.0.1:9"))
    assert loaded.translator is None and loaded.error is not None
    assert loaded.notice.endswith(NO_FALLBACK_NOTE)
