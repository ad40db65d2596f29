"""``visavis translate`` when the cache cannot be written: it translates anyway and warns
once (issue 18 item 8)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from visavis.cli import run_command

ARTICLE = "# Titre\n\nLe chat dort sur le canapé. Il pleut depuis ce matin.\n\nFin du texte.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _cached() -> int:
    from visavis.core.platform import paths
    from visavis.core.store.library import Library

    with Library.open(paths.library_path()) as library:
        return library.translations.count()


def test_translates_and_warns_once_when_another_writer_holds_the_cache(
        installed_tiny_model: Path, article: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from visavis.core.platform import paths
    from visavis.core.store import database
    from visavis.core.store.library import Library

    Library.open(paths.library_path()).close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)  # the test need not wait 5 s
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, time\n"
         f"c = sqlite3.connect({str(paths.library_path())!r}, isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE'); print('writing', flush=True); time.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "writing"
        assert run_command("translate", [str(article)]) == 0
    finally:
        holder.kill()
        holder.wait()
    captured = capsys.readouterr()
    chunks = [c for c in captured.out.split("\n\n") if c]
    assert len(chunks) == 4 and all("\n→ " in c for c in chunks)
    assert captured.err.count("not saved in the translation cache") == 1, captured.err
    assert "Traceback" not in captured.err
    assert _cached() == 0


def test_translates_when_the_library_file_is_immutable(
        installed_tiny_model: Path, article: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from visavis.core.platform import paths
    from visavis.core.store.library import Library

    Library.open(paths.library_path()).close()
    library_file = paths.library_path()
    if subprocess.run(["chattr", "+i", str(library_file)], capture_output=True,
                      check=False).returncode:
        pytest.skip("chattr +i is not available here")
    try:
        assert run_command("translate", [str(article)]) == 0
    finally:
        subprocess.run(["chattr", "-i", str(library_file)], check=False)
    captured = capsys.readouterr()
    assert len([c for c in captured.out.split("\n\n") if c]) == 4
    assert captured.err.count("not saved in the translation cache") == 1, captured.err
    assert "Traceback" not in captured.err
