"""Which engine translates (this computer's model or a LibreTranslate server) and its API key.

The choice is ``engine.json`` in :func:`visavis.core.platform.paths.config_dir`::

    {"engine": "libretranslate", "server_url": "http://192.168.1.20:5000", "timeout": 60}

A missing or broken file means the local engine.  The API key is kept in the system
keyring (``keyring``) when a real backend is available; otherwise in
``libretranslate-keys.json`` next to it, created readable by the user only (0600).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from visavis.core.platform import paths
from visavis.core.translation.remote.client import DEFAULT_TIMEOUT, normalize_url

log = logging.getLogger(__name__)

ENGINE_FILE = "engine.json"
KEYS_FILE = "libretranslate-keys.json"
KEYRING_SERVICE = "visavis-libretranslate"
LOCAL = "local"
LIBRETRANSLATE = "libretranslate"
ENGINES = (LOCAL, LIBRETRANSLATE)


@dataclass(frozen=True)
class EngineChoice:
    engine: str = LOCAL
    server_url: str = ""
    timeout: float = DEFAULT_TIMEOUT

    @property
    def remote(self) -> bool:
        return self.engine == LIBRETRANSLATE

    def validated(self) -> EngineChoice:
        """Raise ``ValueError`` (one line for the reader) on an unusable choice."""
        if self.engine not in ENGINES:
            raise ValueError(f"Unknown translation engine “{self.engine}”.")
        if not isinstance(self.timeout, (int, float)) or not 1 <= self.timeout <= 600:
            raise ValueError("The server timeout must be between 1 and 600 seconds.")
        if self.remote:
            try:
                return replace(self, server_url=normalize_url(self.server_url))
            except Exception as exc:  # RemoteError(BAD_URL)
                raise ValueError(exc.args[0] if exc.args else str(exc)) from exc  # its Message
        return self


def engine_path() -> Path:
    return paths.config_dir() / ENGINE_FILE


def load_engine_choice(path: Path | None = None) -> EngineChoice:
    path = path or engine_path()
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return EngineChoice()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("ignoring unreadable engine choice %s: %s", path, exc)
        return EngineChoice()
    if not isinstance(raw, dict):
        return EngineChoice()
    try:
        return EngineChoice(engine=str(raw.get("engine", LOCAL)),
                            server_url=str(raw.get("server_url", "")),
                            timeout=float(raw.get("timeout", DEFAULT_TIMEOUT))).validated()
    except (TypeError, ValueError) as exc:
        log.warning("ignoring engine choice %s: %s", path, exc)
        return EngineChoice()


def save_engine_choice(choice: EngineChoice, path: Path | None = None) -> Path:
    choice = choice.validated()
    path = path or engine_path()
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(asdict(choice), indent=2), encoding="utf-8")
    os.replace(tmp, path)
    return path


# -- API key ------------------------------------------------------------------------------
def keyring_available() -> bool:
    """True when ``keyring`` has a real backend (not the fail/null one, not an empty chain)."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration
        return False
    if isinstance(backend, fail.Keyring) or type(backend).__module__.endswith("null"):
        return False
    return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)


def keys_path() -> Path:
    return paths.config_dir() / KEYS_FILE


def _read_keys_file() -> dict[str, str]:
    try:
        raw = json.loads(keys_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("ignoring unreadable %s: %s", keys_path(), exc)
        return {}
    return {k: v for k, v in raw.items() if isinstance(k, str) and isinstance(v, str)} \
        if isinstance(raw, dict) else {}


def _write_keys_file(keys: dict[str, str]) -> None:
    path = keys_path()
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(keys, out, indent=2)
    os.chmod(tmp, 0o600)  # in case the file existed with wider rights
    os.replace(tmp, path)


def load_api_key(server_url: str) -> str | None:
    """The key saved for ``server_url`` (keyring first, then the private file)."""
    if keyring_available():
        import keyring

        try:
            value = keyring.get_password(KEYRING_SERVICE, server_url)
        except Exception as exc:  # locked or broken keyring
            log.warning("keyring read failed: %s", exc)
            value = None
        if value:
            return value
    return _read_keys_file().get(server_url) or None


def save_api_key(server_url: str, api_key: str | None) -> str:
    """Save (or with an empty key, forget) the key; returns where: "keyring", "file" or ""."""
    api_key = (api_key or "").strip()
    keys = _read_keys_file()
    if not api_key:
        if keyring_available():
            import keyring

            with contextlib.suppress(Exception):  # nothing saved there
                keyring.delete_password(KEYRING_SERVICE, server_url)
        if keys.pop(server_url, None) is not None:
            _write_keys_file(keys)
        return ""
    if keyring_available():
        import keyring

        try:
            keyring.set_password(KEYRING_SERVICE, server_url, api_key)
            if keys.pop(server_url, None) is not None:  # no second copy in the file
                _write_keys_file(keys)
            return "keyring"
        except Exception as exc:
            log.warning("keyring write failed, keeping the key in %s: %s", keys_path(), exc)
    keys[server_url] = api_key
    _write_keys_file(keys)
    return "file"
