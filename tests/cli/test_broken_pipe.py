"""Every ``visavis`` command survives its reader closing the pipe (``| head -1``): no
BrokenPipeError traceback (issue 18 item 13)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

from visavis import cli


def test_library_list_piped_into_head_ends_quietly(tmp_path: Path) -> None:
    from visavis.core.store.library import Library

    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO articles(title, source, source_hash, created_at, updated_at) "
                     "VALUES (?, 'Du texte.', ?, '2026-01-01', '2026-01-01')",
                     [(f"Un article au titre assez long pour remplir la page, numéro {i}",
                       f"h{i}") for i in range(3000)])
    conn.commit()
    conn.close()
    env = dict(os.environ, VISAVIS_LIBRARY=str(path))
    command = [sys.executable, "-m", "visavis", "library", "list"]
    result = subprocess.run(" ".join(command) + " | head -1", shell=True, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.stdout.count("\n") == 1
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr
    assert "Exception ignored" not in result.stderr


@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_every_command_turns_a_closed_pipe_into_a_quiet_exit(name: str, monkeypatch,
                                                             capsys) -> None:  # type: ignore[no-untyped-def]
    def run(_args):  # type: ignore[no-untyped-def]
        print("première ligne")
        raise BrokenPipeError(32, "Broken pipe")

    fake = types.SimpleNamespace(HELP="test", add_arguments=lambda parser: None, run=run)
    monkeypatch.setattr(cli.importlib, "import_module", lambda _name: fake)
    assert cli.run_command(name, []) == 0  # (capsys's stdout has no descriptor to silence)
    assert "Traceback" not in capsys.readouterr().err
