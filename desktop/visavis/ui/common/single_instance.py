"""One Vis-à-vis window per user and library: a second launch hands its files to the first.

The first instance listens on a QLocalServer whose name is derived from the user and the
library path; a later ``visavis FILE...`` connects, sends ``{"paths": [...]}`` as one JSON
line, waits for ``ok`` and exits 0, while the first window opens the files and raises itself.
``VISAVIS_NO_SINGLE_INSTANCE=1`` turns all of this off (the test suite sets it).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from visavis.core.platform.paths import library_path

log = logging.getLogger(__name__)
HAND_OFF_TIMEOUT_MS = 3000  # how long a second launch waits for the first to answer
_MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes on Linux


def enabled() -> bool:
    return os.environ.get("VISAVIS_NO_SINGLE_INSTANCE", "") not in ("1", "true", "yes")


def server_name(library: Path | None = None) -> str:
    """The local socket of the instance that owns ``library`` (default: the reader's library)."""
    library = library or library_path()
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid())
    digest = hashlib.sha256(f"{user}\0{Path(library).absolute()}".encode()).hexdigest()[:16]
    leaf = f"visavis-{digest}.sock"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isdir(runtime) and len(runtime) + len(leaf) < _MAX_SOCKET_PATH:
        return str(Path(runtime) / leaf)
    return str(Path(tempfile.gettempdir()) / f"visavis-{user}-{digest}.sock")


def _encode(paths: Sequence[str]) -> bytes:
    absolute = [str(Path(p).absolute()) for p in paths]
    return (json.dumps({"paths": absolute}) + "\n").encode("utf-8")


def try_hand_off(paths: Sequence[str], name: str | None = None) -> bool:
    """Send ``paths`` to a running instance; True when it acknowledged (this launch may exit).

    Works before any QApplication exists (blocking socket calls, no event loop).
    """
    if not enabled():
        return False
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(HAND_OFF_TIMEOUT_MS):
        return False  # nobody listening, or a stale socket left by a crash
    socket.write(_encode(paths))
    socket.flush()
    acknowledged = False
    while socket.waitForReadyRead(HAND_OFF_TIMEOUT_MS):
        if socket.canReadLine():
            acknowledged = bytes(socket.readLine().data()).strip() == b"ok"
            break
    socket.disconnectFromServer()
    return acknowledged


class InstanceServer(QObject):
    """Listens for later launches; emits ``pathsReceived(list[str])`` for each hand-off."""

    pathsReceived = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        """Start listening; clears a stale socket left by a crashed instance. False if another
        live instance already owns the name."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(500):
            probe.disconnectFromServer()
            return False  # a live instance answers: leave it alone
        QLocalServer.removeServer(self.name)  # a stale socket file from a crash, if any
        ok = self._server.listen(self.name)
        if not ok:
            log.warning("single instance: cannot listen on %s: %s", self.name,
                        self._server.errorString())
        return ok

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)  # data that arrived before readyRead was connected

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > 1_000_000:  # not one of ours: drop it
                socket.abort()
            return
        line = bytes(socket.readLine().data())
        try:
            message = json.loads(line.decode("utf-8"))
            paths = [str(p) for p in message.get("paths", [])]
        except (ValueError, AttributeError, TypeError):
            log.warning("single instance: ignored a malformed hand-off message")
            socket.abort()
            return
        self.pathsReceived.emit(paths)  # before the ack: "ok" means the window has them
        socket.write(b"ok\n")
        socket.flush()


def serve_window(window: object, open_file: Callable[[str], object] | None = None
                 ) -> InstanceServer | None:
    """Make ``window`` the first instance: files handed off are opened in it and it is raised.

    Returns the server (kept as a child of the window), or None when disabled or when
    another live instance already owns the socket.
    """
    if not enabled():
        return None
    server = InstanceServer(parent=window if isinstance(window, QObject) else None)
    if not server.listen():
        return None
    opener = open_file or getattr(window, "open_file", None)

    def receive(paths: list[str]) -> None:
        for path in paths:
            if opener is not None:
                opener(path)
            _note_hand_off(path)
        _raise_window(window)

    server.pathsReceived.connect(receive)
    return server


def _raise_window(window: object) -> None:
    for method in ("showNormal", "raise_", "activateWindow"):
        if hasattr(window, method) and (method != "showNormal" or window.isMinimized()):
            getattr(window, method)()


def _note_hand_off(path: str) -> None:
    """Record a received file in ``$VISAVIS_SINGLE_INSTANCE_LOG`` when set (used by tests)."""
    log.info("single instance: opened %s handed off by another launch", path)
    target = os.environ.get("VISAVIS_SINGLE_INSTANCE_LOG")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(path + "\n")
