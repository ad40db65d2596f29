"""``visavis words`` and ``visavis status`` (run in-process through the real entry point)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from visavis.app import main
from visavis.core.knowledge.statuses import TermStatus
from visavis.core.store.library import Library


@pytest.fixture
def article() -> int:
    with Library.open() as lib:
        return lib.articles.add("Chats", "Les chats dorment. Le chat de Marie dort à Paris.")


def test_status_then_words_of_an_article(article: int, capsys: pytest.CaptureFixture) -> None:
    assert main(["status", "chats", "known"]) == 0
    assert "chats → chat: known" in capsys.readouterr().out
    assert main(["status", "dorment", "learning2"]) == 0
    capsys.readouterr()
    assert main(["words", str(article), "--json", "--senses", "0"]) == 0
    rows = {r["lemma"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["chat"]["status"] == "known" and rows["chat"]["count"] == 2
    assert rows["chat"]["forms"] == ["chats", "chat"]
    assert rows["dormir"]["status"] == "learning2"
    assert rows["paris"]["status"] == "ignored" and rows["marie"]["status"] == "ignored"
    assert rows["de"]["status"] == "unknown"
    assert main(["words", str(article), "--status", "learning", "--status", "known",
                 "--senses", "0"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[1] for line in out] == ["chat", "dormir"]


def test_words_of_a_file_with_senses(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "a.md"
    path.write_text("Le chat dort.", encoding="utf-8")
    assert main(["words", str(path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["lemma"] for r in rows] == ["le", "chat", "dormir"]
    assert any("cat" in s for s in rows[1]["senses"])


def test_form_status_and_auto(article: int, capsys: pytest.CaptureFixture) -> None:
    assert main(["status", "chat", "known"]) == 0
    assert main(["status", "chats", "new", "--form"]) == 0
    with Library.open() as lib:
        assert lib.word_status.get("chat", form="chats") == TermStatus.NEW
        assert lib.word_status.get("chat") == TermStatus.KNOWN
    assert main(["status", "chat", "auto"]) == 0
    assert "chat: automatic" in capsys.readouterr().out.splitlines()[-1]


@pytest.mark.parametrize("argv,message", [
    (["status", "chat", "sorta"], "Unknown status 'sorta'"),
    (["status", "123", "known"], "holds no French word"),
    (["words", "999"], "there is no article 999"),
    (["words", "nowhere.md"], "neither a file nor an article id"),
])
def test_bad_input_one_line(argv: list[str], message: str, capsys: pytest.CaptureFixture) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err
