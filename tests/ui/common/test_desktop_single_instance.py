"""A second launch hands its files to the running window and exits 0."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from visavis.ui.common import single_instance
from visavis.ui.common.single_instance import InstanceServer, server_name, try_hand_off

# A first instance: a real QApplication and window that serves hand-offs and logs what it opens.
FIRST_INSTANCE = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QMainWindow
    from visavis.ui.common.single_instance import serve_window

    class Window(QMainWindow):
        def open_file(self, path):
            print("opened", path, flush=True)

    app = QApplication(sys.argv)
    window = Window()
    window.show()
    server = serve_window(window)
    print("listening" if server else "not listening", flush=True)
    sys.exit(app.exec())
""")


@pytest.fixture
def instance_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.delenv("VISAVIS_NO_SINGLE_INSTANCE", raising=False)
    monkeypatch.setenv("VISAVIS_SINGLE_INSTANCE_LOG", str(tmp_path / "handoffs.log"))
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_server_name_is_private_per_user_and_library(instance_env, tmp_path: Path) -> None:
    a, b = server_name(tmp_path / "a.sqlite3"), server_name(tmp_path / "b.sqlite3")
    assert a != b
    assert a == server_name(tmp_path / "a.sqlite3")
    assert a.startswith(instance_env["XDG_RUNTIME_DIR"])


def test_second_launch_hands_its_file_to_the_first_and_exits_0(instance_env, tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text("# Un titre\n\nUne phrase.\n", encoding="utf-8")
    first = subprocess.Popen([sys.executable, "-c", FIRST_INSTANCE], env=instance_env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "listening"
        second = subprocess.run([sys.executable, "-m", "visavis", str(article)], env=instance_env,
                                capture_output=True, text=True)
        assert second.returncode == 0, second.stderr
        assert first.stdout.readline().strip() == f"opened {article}"
        assert (tmp_path / "handoffs.log").read_text("utf-8").splitlines() == [str(article)]
    finally:
        first.terminate()
        first.wait()


def test_real_app_receives_a_second_launch(instance_env, tmp_path: Path) -> None:
    """Both launches are the real ``python -m visavis``; the first logs what it was handed."""
    article = tmp_path / "deuxième article.md"
    article.write_text("# Deux\n\nUne phrase.\n", encoding="utf-8")
    log = Path(instance_env["VISAVIS_SINGLE_INSTANCE_LOG"])
    first = subprocess.Popen([sys.executable, "-m", "visavis"], env=instance_env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        socket_path = Path(server_name())
        while not socket_path.exists() and first.poll() is None:  # a hang is a failure
            time.sleep(0.05)
        assert socket_path.exists(), "the first instance never listened"
        second = subprocess.run([sys.executable, "-m", "visavis", str(article)], env=instance_env,
                                capture_output=True, text=True)
        assert second.returncode == 0, second.stderr
        assert log.read_text("utf-8").splitlines() == [str(article)]
        assert first.poll() is None  # the first window is still running
    finally:
        first.terminate()
        first.wait()


def test_relative_paths_are_sent_absolute(instance_env, qtbot, tmp_path: Path) -> None:
    server = InstanceServer()
    assert server.listen()
    received: list[list[str]] = []
    server.pathsReceived.connect(received.append)
    client = subprocess.Popen(
        [sys.executable, "-c",
         "from visavis.ui.common.single_instance import try_hand_off; print(try_hand_off(['notes.md']))"],
        cwd=tmp_path, env=instance_env, stdout=subprocess.PIPE, text=True)
    while client.poll() is None:  # the server answers from this event loop
        qtbot.wait(10)
    assert client.stdout.read().strip() == "True"
    assert received == [[str(tmp_path / "notes.md")]]
    server.close()


def test_stale_socket_after_a_crash_is_replaced(instance_env, qtbot) -> None:
    name = server_name()
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(name)  # a socket file nobody listens on, as a killed instance leaves it
    crashed.close()
    assert Path(name).exists()
    assert try_hand_off(["x.md"]) is False  # nobody answers: this launch opens its own window
    server = InstanceServer()
    assert server.listen()
    server.close()


def test_a_live_instance_is_not_taken_over(instance_env, qtbot) -> None:
    first = InstanceServer()
    assert first.listen()
    second = InstanceServer()
    assert second.listen() is False
    assert first.is_listening()
    first.close()


def test_garbage_from_a_stranger_is_ignored(instance_env, qtbot) -> None:
    server = InstanceServer()
    assert server.listen()
    received: list[list[str]] = []
    server.pathsReceived.connect(received.append)
    stranger = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stranger.connect(server.name)
    stranger.sendall(b"\xff\xfe not json\n")
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        qtbot.wait(20)
    stranger.close()
    assert received == []
    server.close()


def test_disabled_by_environment(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    monkeypatch.setenv("VISAVIS_NO_SINGLE_INSTANCE", "1")
    assert try_hand_off(["a.md"]) is False
    assert single_instance.serve_window(object()) is None


def test_an_endless_message_is_cut_off(instance_env, qtbot) -> None:
    import threading

    server = InstanceServer()
    assert server.listen()
    received: list[list[str]] = []
    server.pathsReceived.connect(received.append)
    outcome: list[str] = []

    def flood() -> None:
        stranger = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        stranger.connect(server.name)
        try:
            for _ in range(64):  # 4 MB without a newline
                stranger.sendall(b"x" * 65536)
            outcome.append("accepted everything")
        except OSError:
            outcome.append("cut off")
        finally:
            stranger.close()

    sender = threading.Thread(target=flood)
    sender.start()
    while sender.is_alive():  # the server reads from this event loop
        qtbot.wait(10)
    assert outcome == ["cut off"]
    assert received == []
    server.close()


def test_second_launch_with_a_missing_file_fails_in_one_line(instance_env, tmp_path: Path) -> None:
    """`visavis missing.md` while a window runs: one-line error, non-zero exit, and the running
    window logs no traceback (it is not even asked to open the file)."""
    first = subprocess.Popen([sys.executable, "-m", "visavis"], env=instance_env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        socket_path = Path(server_name())
        while not socket_path.exists() and first.poll() is None:  # a hang is a failure
            time.sleep(0.05)
        assert socket_path.exists(), "the first instance never listened"
        missing = tmp_path / "missing.md"
        second = subprocess.run([sys.executable, "-m", "visavis", str(missing)], env=instance_env,
                                capture_output=True, text=True)
        assert second.returncode == 2
        assert second.stderr.strip().splitlines() == [f"visavis: cannot open {missing}: no such file"]
        assert not Path(instance_env["VISAVIS_SINGLE_INSTANCE_LOG"]).exists()
        assert first.poll() is None
    finally:
        first.terminate()
        _out, err = first.communicate()
    assert "Traceback" not in err


def test_open_errors_are_logged_without_traceback(qtbot, tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    from visavis.ui.shell.main_window import MainWindow

    window = MainWindow(None, loader=lambda: None, features=[])
    qtbot.addWidget(window)
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with caplog.at_level("WARNING"):
        window.open_file(binary)
        qtbot.waitUntil(lambda: window.last_error is not None, timeout=10_000)
    records = [r for r in caplog.records if "open" in r.getMessage()]
    assert records and all(r.exc_info is None for r in records)
    assert binary.name in records[0].getMessage()
    window.tasks.shutdown()
