"""Display-only French typography: same length, narrow no-break spaces."""

from __future__ import annotations

from visavis.core.document.typography import NNBSP, french_display


def test_space_before_double_punctuation_and_inside_guillemets() -> None:
    text = "Pourquoi ? Parce que ! Note : voir ; « Oui » dit-il."
    shown = french_display(text)
    assert shown == (f"Pourquoi{NNBSP}? Parce que{NNBSP}! Note{NNBSP}: voir{NNBSP}; "
                     f"«{NNBSP}Oui{NNBSP}» dit-il.")
    assert len(shown) == len(text)  # offsets into the stored text stay valid


def test_other_spaces_and_existing_no_break_spaces_are_kept() -> None:
    text = "Une phrase.\u00a0Rien\u00a0: ici, http://exemple.fr?a=1 et 12:30"
    assert french_display(text) == text


def test_only_the_space_next_to_the_sign_changes() -> None:
    assert french_display("Quoi  ?") == f"Quoi {NNBSP}?"
    assert french_display("?!") == "?!"
