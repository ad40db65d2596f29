"""Segments copied without the model, and long sentences cut into parts."""

from __future__ import annotations

import pytest

from visavis.core.translation.passthrough import is_passthrough
from visavis.core.translation.splitting import split_long


@pytest.mark.parametrize("text", [
    "", "   ", "…", "—", "« ? »", "2024", "3,5 %", "12:30", "https://exemple.fr/a?b=1",
    "www.exemple.qc.ca.", "(https://exemple.fr/page)", "contact@exemple.fr", "snake_case_name",
    "src/visavis/app.py", "f(x)", "★ ★ ★",
])
def test_copied_as_is(text: str) -> None:
    assert is_passthrough(text)


@pytest.mark.parametrize("text", [
    "Bonjour.", "Le chat dort.", "Voir https://exemple.fr pour les détails.", "OpenAI",
    "L’été", "Oui !", "C'est-à-dire",
])
def test_prose_is_translated(text: str) -> None:
    assert not is_passthrough(text)


def _words(text: str) -> int:
    return len(text.split())


def test_short_sentence_is_one_part() -> None:
    assert split_long("Le chat dort.", _words, 10) == [(0, "Le chat dort.")]


def test_cuts_after_commas_and_semicolons_first() -> None:
    text = "un deux trois, quatre cinq six ; sept huit neuf, dix onze douze."
    parts = split_long(text, _words, 7)
    assert "".join(p for _, p in parts) == text
    assert all(_words(p) <= 7 for _, p in parts)
    assert all(p.rstrip().endswith((",", ";", ".")) for _, p in parts)
    for offset, part in parts:
        assert text[offset:offset + len(part)] == part


def test_cuts_between_words_without_punctuation() -> None:
    text = " ".join(f"mot{i}" for i in range(50))
    parts = split_long(text, _words, 8)
    assert "".join(p for _, p in parts) == text
    assert all(0 < _words(p) <= 8 for _, p in parts)
    assert len(parts) == 7


def test_enormous_word_is_cut_in_windows_without_loss() -> None:
    text = "début " + "x" * 100 + " fin"
    parts = split_long(text, len, 20)
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= 20 for _, p in parts)


def test_rejects_nonpositive_limit() -> None:
    with pytest.raises(ValueError):
        split_long("a", _words, 0)


def test_code_only_detection() -> None:
    from visavis.core.translation.passthrough import is_code_only

    text = "Voir ls -la. Puis config.toml."
    emphasis = ((5, 11, "code"), (18, 29, "code"), (0, 4, "em"))
    assert not is_code_only(text, 0, emphasis)
    assert is_code_only("ls -la.", 5, emphasis)  # the sentence "ls -la." at offset 5
    assert is_code_only("config.toml", 18, emphasis)
    assert not is_code_only("Voir", 0, emphasis)
    assert not is_code_only("…", 5, emphasis)
    assert not is_code_only("ls -la", 5, ())
