"""Load the translator the reader chose, falling back to the installed model when a server fails.

Nothing touches the network while the local engine is chosen: only
:func:`load_translator` with a LibreTranslate choice opens a connection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from visavis.core.translation.remote.client import RemoteError
from visavis.core.translation.remote.config import EngineChoice, load_api_key, load_engine_choice
from visavis.core.translation.remote.engine import LibreTranslateEngine, dictionary_aligner
from visavis.core.translation.types import Translator
from visavis.core.wording import Message

log = logging.getLogger(__name__)

LocalLoader = Callable[[], Translator | None]
FALLBACK_NOTE = "Using the model installed on this computer instead."
NO_FALLBACK_NOTE = "No model is installed on this computer to fall back on."


def load_local_translator() -> Translator | None:
    """The installed fr→en package in our CTranslate2 engine, or None when none is installed."""
    from visavis.core.translation.discovery import find_package

    package = find_package("fr", "en")
    if package is None:
        return None
    from visavis.core.translation.engine import CTranslate2Engine
    from visavis.core.translation.settings import load_settings

    return CTranslate2Engine(package, load_settings())


@dataclass(frozen=True)
class LoadedEngine:
    """What :func:`load_translator` got: the translator to use and, after a server failure,
    the reason (``error``) and the banner line (``notice``)."""

    translator: Translator | None
    error: RemoteError | None = None
    notice: str = ""

    @property
    def fell_back(self) -> bool:
        return self.error is not None and self.translator is not None


def fallback(error: RemoteError, local_loader: LocalLoader = load_local_translator) -> LoadedEngine:
    """The local model after ``error``, with a notice that says so (or that there is none)."""
    local = local_loader()
    note = FALLBACK_NOTE if local is not None else NO_FALLBACK_NOTE
    return LoadedEngine(local, error, Message("{error} {note}", error=error.args[0] if error.args
                                              else str(error), note=Message(note)))


def connect_server(url: str, api_key: str | None = None, timeout: float | None = None,
                   ) -> LibreTranslateEngine:
    engine, info = LibreTranslateEngine.connect(url, api_key, timeout=timeout,
                                                aligner=dictionary_aligner())
    log.info("LibreTranslate %s: %s", engine.url, info.summary())
    return engine


def load_translator(choice: EngineChoice | None = None, *, api_key: str | None = None,
                    local_loader: LocalLoader = load_local_translator) -> LoadedEngine:
    """The chosen engine; a server that fails its probe gives the local model (``fell_back``)."""
    choice = choice if choice is not None else load_engine_choice()
    if not choice.remote:
        return LoadedEngine(local_loader())
    key = api_key if api_key is not None else load_api_key(choice.server_url)
    try:
        return LoadedEngine(connect_server(choice.server_url, key, choice.timeout))
    except RemoteError as exc:
        log.warning("LibreTranslate server unusable: %s", exc)
        return fallback(exc, local_loader)
