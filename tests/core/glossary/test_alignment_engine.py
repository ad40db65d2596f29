"""aligned_english on real engine output (the tiny offline model of tests/fixtures)."""

from __future__ import annotations

from pathlib import Path

from visavis.core.glossary.alignment import aligned_english
from visavis.core.glossary.words import split_words
from visavis.core.translation.discovery import read_package
from visavis.core.translation.engine import CTranslate2Engine

SENTENCES = [
    "Les jeunes pousses recrutent des chercheurs à Montréal.",
    "L’équipe qu’elle a mise sur pied offre une prime à la signature.",
    "Aujourd'hui, le porte-parole n’a rien dit 😀.",
]


def test_every_french_word_maps_to_valid_english_indices(installed_tiny_model: Path) -> None:
    engine = CTranslate2Engine(read_package(installed_tiny_model))
    translations = engine.translate(SENTENCES)
    aligned_words = 0
    total_words = 0
    for sentence, translation in zip(SENTENCES, translations, strict=True):
        assert translation.text
        for word in split_words(sentence):
            total_words += 1
            spans = aligned_english(translation, word.start, word.end)
            for start, end in spans:
                assert 0 <= start < end <= len(translation.text)
                assert translation.text[start:end].strip()
            aligned_words += bool(spans)
    assert aligned_words == total_words
