"""``visavis translate FILE`` on the tiny model: output formats and reader-facing errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from visavis.cli import run_command
from visavis.core.translation.types import Translation

ARTICLE = """# Un titre d'essai

Le chat dort sur le canapé. Il pleut depuis ce matin.

Voir https://exemple.fr pour les détails.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_prints_pairs(installed_tiny_model: Path, article: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run_command("translate", [str(article), "--no-cache"]) == 0
    out = capsys.readouterr().out
    chunks = [c for c in out.split("\n\n") if c]
    assert len(chunks) == 4
    assert chunks[1].startswith("Le chat dort sur le canapé.\n→ ")
    assert all(len(c.split("\n→ ")) == 2 and c.split("\n→ ")[1] for c in chunks)


def test_json_lines(installed_tiny_model: Path, article: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run_command("translate", [str(article), "--json", "--beam", "1", "--no-cache"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["fr"] for r in rows] == ["Un titre d'essai", "Le chat dort sur le canapé.",
                                       "Il pleut depuis ce matin.",
                                       "Voir https://exemple.fr pour les détails."]
    assert [r["block"] for r in rows] == [0, 1, 1, 2]
    assert all(set(r) == {"id", "block", "fr", "en", "start", "end"} and r["en"] for r in rows)
    assert ARTICLE[rows[1]["start"]:rows[1]["end"]] == rows[1]["fr"]
    assert len({r["id"] for r in rows}) == 4


def test_fills_and_uses_the_library_cache(installed_tiny_model: Path, article: Path,
                                          capsys) -> None:  # type: ignore[no-untyped-def]
    from visavis.core.platform import paths
    from visavis.core.store.library import Library

    Library.open(paths.library_path()).close()
    assert run_command("translate", [str(article)]) == 0
    assert capsys.readouterr().out
    library = Library.open(paths.library_path())
    try:
        assert library.translations.count("translate-fr_en-tiny@1.0") == 4
        library.translations.put("translate-fr_en-tiny@1.0", "Il pleut depuis ce matin.",
                                 Translation("It has been raining since this morning."))
    finally:
        library.close()
    assert run_command("translate", [str(article)]) == 0
    assert "→ It has been raining since this morning.\n" in capsys.readouterr().out


@pytest.mark.parametrize("case", ["missing", "folder", "binary", "empty"])
def test_bad_files_are_reported(installed_tiny_model: Path, tmp_path: Path, case: str,
                                capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "input.md"
    if case == "folder":
        path.mkdir()
    elif case == "binary":
        path.write_bytes(bytes(range(256)) * 50)
    elif case == "empty":
        path.write_text("   \n\n")
    assert run_command("translate", [str(path), "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("visavis translate: ") and "Traceback" not in err


def test_no_model_installed(article: Path, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "no-packages"
    empty.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(empty))
    assert run_command("translate", [str(article)]) == 2
    assert "no French → English model is installed" in capsys.readouterr().err


def test_damaged_model_and_bad_beam(installed_tiny_model: Path, article: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run_command("translate", [str(article), "--beam", "0"]) == 2
    assert "Beam size" in capsys.readouterr().err
    (installed_tiny_model / "model" / "model.bin").write_bytes(b"\0" * 100)
    assert run_command("translate", [str(article)]) == 2
    assert "Reinstall the model" in capsys.readouterr().err


def test_subprocess_exit_codes(installed_tiny_model: Path, article: Path) -> None:
    env = dict(os.environ)
    ok = subprocess.run([sys.executable, "-m", "visavis", "translate", str(article), "--json"],
                        capture_output=True, text=True, env=env, check=False)
    assert ok.returncode == 0, ok.stderr
    assert len(ok.stdout.splitlines()) == 4
    bad = subprocess.run([sys.executable, "-m", "visavis", "translate", str(article) + ".nope"],
                         capture_output=True, text=True, env=env, check=False)
    assert bad.returncode == 2 and "no such file" in bad.stderr


def test_closed_pipe_is_not_an_error(installed_tiny_model: Path, tmp_path: Path) -> None:
    article = tmp_path / "long.md"
    article.write_text("\n\n".join(f"Paragraphe numéro {i}, assez court." for i in range(1500)),
                       encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "visavis", "translate", str(article),
                             "--beam", "1", "--no-cache"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
    assert proc.stdout is not None and proc.stdout.readline()
    proc.stdout.close()  # the reader (like `head`) stops reading
    _, err = proc.communicate()
    assert proc.returncode == 0 and b"Traceback" not in err
