from __future__ import annotations

import pytest

from visavis.core.glossary.words import MAX_WORD_LENGTH, split_words


def _texts(sentence: str) -> list[str]:
    words = split_words(sentence)
    for w in words:
        assert sentence[w.start:w.end] == w.text
    return [w.text for w in words]


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ", "‘", "`", "´"])
def test_elisions_split_whatever_the_apostrophe(apostrophe: str) -> None:
    sentence = f"L{apostrophe}équipe qu{apostrophe}il a créée jusqu{apostrophe}ici"
    assert _texts(sentence) == [f"L{apostrophe}", "équipe", f"qu{apostrophe}", "il", "a",
                                "créée", f"jusqu{apostrophe}", "ici"]
    assert split_words(sentence)[0].key == "l'"


def test_words_with_an_inner_apostrophe_stay_whole() -> None:
    assert _texts("Aujourd’hui, les prud'hommes") == ["Aujourd’hui", "les", "prud'hommes"]


def test_hyphenated_compounds_are_one_word() -> None:
    assert _texts("Le porte-parole a-t-il parlé ?") == ["Le", "porte-parole", "a-t-il", "parlé"]


def test_numbers_punctuation_and_emoji_are_not_words() -> None:
    assert _texts("En 2025, 3,5 % 🚀🤖 des 1er postes — « vraiment » !") == [
        "En", "des", "postes", "vraiment"]


def test_letters_glued_to_digits_are_dropped_but_compound_parts_kept() -> None:
    assert _texts("la COVID-19 et GPT-4o") == ["la", "COVID", "et", "GPT"]


def test_closing_quote_is_not_part_of_the_word() -> None:
    assert _texts("il a dit ‘bonjour’ puis") == ["il", "a", "dit", "bonjour", "puis"]


def test_very_long_tokens_are_skipped() -> None:
    long_token = "a" * (MAX_WORD_LENGTH + 1)
    assert _texts(f"voici {long_token} fin") == ["voici", "fin"]
    assert _texts("x" * 100_000) == []


def test_latin_script_foreign_words_are_words() -> None:
    assert _texts("Straße, the Silicon Valley, señor") == ["Straße", "the", "Silicon", "Valley",
                                                          "señor"]


def test_empty_and_blank_text() -> None:
    assert split_words("") == []
    assert split_words("  \n\t ") == []
