"""Boilerplate cleanup: removes page furniture, never real sentences."""

from __future__ import annotations

import pytest

from visavis.core.importers.cleanup import clean_lines, clean_text


def test_furniture_lines_are_removed() -> None:
    lines = ["menu", "close", "", "Un titre d'article", "Partager", "SHARE", "  Fermer  ", "×",
             "Le texte commence ici. Il continue.", "Publicité", "- Imprimer", "La fin du texte."]
    kept, removed = clean_lines(lines)
    assert kept == ["Un titre d'article", "Le texte commence ici. Il continue.", "La fin du texte."]
    assert len(removed) == 8


@pytest.mark.parametrize("sentence", [
    "Il a refusé de partager ses notes avec la presse.",
    "Le menu du restaurant change chaque semaine.",
    "Fermer l'usine serait une erreur, estime le maire.",
    "Les cookies de grand-mère restent les meilleurs, dit-elle.",
    "Source : une note interne consultée par la rédaction.",
    "Menu.",
    "Publicité mensongère : l'entreprise condamnée.",
])
def test_real_sentences_are_kept(sentence: str) -> None:
    text = f"Un titre\n\n{sentence}\n\nUne autre phrase."
    cleaned, removed = clean_text(text)
    assert sentence in cleaned.split("\n")
    assert removed == []


def test_cookie_banner_is_removed() -> None:
    cleaned, removed = clean_text("Titre\nNous utilisons des cookies pour mesurer l'audience. "
                                  "Accepter | Refuser\nLe texte.\nWe use cookies. Accept all")
    assert cleaned == "Titre\nLe texte."
    assert len(removed) == 2


def test_source_lines() -> None:
    cleaned, _ = clean_text("Titre\nTexte.\nSource:\nSources :\nSource: Agence France-Presse")
    assert cleaned == "Titre\nTexte.\nSource: Agence France-Presse"


def test_repeated_title_and_blank_runs() -> None:
    text = "\n\nLe grand titre\n\n\n\nLe chapeau.\nLe grand titre\n\n\n\nLe corps. Fin."
    cleaned, removed = clean_text(text)
    assert cleaned == "Le grand titre\n\nLe chapeau.\n\nLe corps. Fin."
    assert removed == ["Le grand titre"]


def test_given_title_repeat_removed() -> None:
    cleaned, _ = clean_text("# Titre donné\n\nTitre donné\n\nTexte.", title="Titre donné")
    assert cleaned == "# Titre donné\n\nTexte."


def test_trailing_related_section_only_when_made_of_headlines() -> None:
    headlines = "Titre\nTexte. Fin.\nÀ lire aussi\nUn autre sujet\nEncore un sujet"
    assert clean_text(headlines)[0] == "Titre\nTexte. Fin."
    prose = "Titre\nTexte.\nLire aussi\nCe paragraphe est une vraie phrase du texte, qui continue."
    cleaned, _ = clean_text(prose)
    assert "Ce paragraphe est une vraie phrase du texte, qui continue." in cleaned
