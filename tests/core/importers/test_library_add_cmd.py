"""``visavis library add|show|remove``: import from the command line like the window does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from fixtures.epub_factory import make_epub
from fixtures.pdf_factory import heading, make_pdf, para, table
from visavis.app import main
from visavis.core.store.library import Library

if TYPE_CHECKING:
    from conftest import LocalServer

TEXT = ("Le conseil municipal a voté jeudi soir un plan ambitieux pour les vélos de la ville. "
        "Les travaux commenceront au printemps.")


def _add(capsys: pytest.CaptureFixture, *args: str) -> dict:
    assert main(["library", "add", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_add_each_format(tmp_path: Path, capsys: pytest.CaptureFixture,
                         local_server: LocalServer) -> None:
    md = tmp_path / "plan.md"
    md.write_text(f"---\ntitle: Le plan vélo\n---\n\n{TEXT}\n\n| Année | Budget |\n|---|---|\n"
                  "| 2024 | 8 M€ |\n", encoding="utf-8")
    html = tmp_path / "plan.html"
    html.write_text(f"<html><head><title>Plan vélo (HTML)</title></head><body><article>"
                    f"<h1>Plan vélo (HTML)</h1><p>{TEXT}</p><h2>Suite</h2><p>{TEXT} Bis.</p>"
                    "</article></body></html>", encoding="utf-8")
    epub = make_epub(tmp_path / "plan.epub", "Plan vélo (EPUB)", [f"<h1>Un</h1><p>{TEXT}</p>"])
    pdf = make_pdf(tmp_path / "plan.pdf", [heading("Plan vélo (PDF)"), para(TEXT),
                                           table([["Année", "Budget"], ["2024", "8 M€"]])])
    txt = tmp_path / "plan.txt"
    txt.write_text(f"Plan vélo (texte)\n\n{TEXT}\n", encoding="utf-8")
    page = html.read_bytes().replace(b"Bis.", "Une version du web, différente.".encode())
    local_server.routes["/plan"] = lambda h: local_server.send_body(
        h, page, "text/html; charset=utf-8")
    titles = []
    for target in (md, html, epub, pdf, txt):
        info = _add(capsys, str(target))
        assert info["added"] and info["blocks"] >= 2 and info["language"] == "fr"
        titles.append(info["title"])
    assert titles == ["Le plan vélo", "Plan vélo (HTML)", "Plan vélo (EPUB)", "Plan vélo (PDF)",
                      "Plan vélo (texte)"]
    web = _add(capsys, local_server.url("/plan"), "--tag", "vélo", "--title", "Depuis le web")
    assert web["title"] == "Depuis le web" and web["tags"] == ["vélo"]
    assert web["origin"] == local_server.url("/plan")
    with Library.open() as lib:
        assert lib.articles.count() == 6
        stored = lib.articles.get(web["id"])
        assert stored.title == "Depuis le web" and stored.tags == ("vélo",)


def test_add_prints_confirmation_and_id(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    md = tmp_path / "bilingue.md"
    md.write_text("# Politique\n\nNous collectons uniquement les données nécessaires au service, "
                  "et rien d'autre.\n\n# Privacy policy\n\nWe only collect the data that the "
                  "service needs in order to work.\n", encoding="utf-8")
    assert main(["library", "add", str(md), "--tag", "admin"]) == 0
    out = capsys.readouterr().out
    assert "Title:     Politique" in out and f"From:      {md}" in out
    assert "2 paragraphs are in English and will not be translated." in out
    assert "Added article id: 1" in out
    assert main(["library", "add", str(md)]) == 0  # the same text again: reused
    assert "Already in the library: article id 1" in capsys.readouterr().out


def test_add_refuses_bad_input_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    scan = make_pdf(tmp_path / "scan.pdf", [], blank=True)
    assert main(["library", "add", str(scan)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == ("visavis library: This PDF is scanned images; there is no text to "
                           "import.")
    assert main(["library", "add", str(tmp_path / "absent.md")]) == 2
    assert "does not exist" in capsys.readouterr().err
    with Library.open() as lib:
        assert lib.articles.count() == 0


def test_show_and_remove(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    md = tmp_path / "a.md"
    md.write_text(f"# Titre\n\n{TEXT}\n\nThe English version is the official one, as the law "
                  "requires everywhere.\n", encoding="utf-8")
    article_id = _add(capsys, str(md))["id"]
    with Library.open() as lib:
        from visavis.core.translation.types import Translation

        lib.translations.put("m@1", "Le conseil municipal a voté jeudi soir un plan ambitieux "
                             "pour les vélos de la ville.", Translation("The council voted."))
    assert main(["library", "show", str(article_id), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["title"] == "Titre" and info["blocks"] == 3 and info["blocks_not_french"] == 1
    assert info["translated_percent"] == 33  # 1 of the 3 French sentences
    assert main(["library", "show", str(article_id)]) == 0
    out = capsys.readouterr().out
    assert "Translated:  33%" in out and "(1 not in French, not translated)" in out
    assert main(["library", "remove", str(article_id)]) == 0
    assert "Moved 1 article(s) to the trash" in capsys.readouterr().out
    with Library.open() as lib:
        assert lib.articles.count() == 0 and lib.articles.count(trashed=True) == 1
    assert main(["library", "show", "999"]) == 2
    assert "there is no article 999" in capsys.readouterr().err
    assert main(["library", "remove", "999"]) == 2
