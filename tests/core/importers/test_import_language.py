"""The tiny language guesser."""

from __future__ import annotations

import pytest

from visavis.core.importers.language import detect_language, language_warnings

SAMPLES = {
    "fr": "Le conseil municipal a voté jeudi soir un plan pour les vélos. Les travaux commenceront "
          "au printemps et la ville espère que les habitants laisseront leur voiture au garage.",
    "en": "The city council voted on Thursday evening for a cycling plan. The work will start in "
          "the spring and the city hopes that residents will leave their cars in the garage.",
    "es": "El ayuntamiento votó el jueves por la noche un plan para las bicicletas. Las obras "
          "empezarán en primavera y la ciudad espera que los vecinos dejen el coche en casa.",
    "de": "Der Stadtrat hat am Donnerstagabend einen Plan für Fahrräder beschlossen. Die Arbeiten "
          "beginnen im Frühling und die Stadt hofft, dass die Bewohner das Auto stehen lassen.",
    "it": "Il consiglio comunale ha votato giovedì sera un piano per le biciclette. I lavori "
          "inizieranno in primavera e la città spera che gli abitanti lascino la macchina.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_detects_language(lang: str) -> None:
    detected, confidence = detect_language(SAMPLES[lang])
    assert detected == lang
    assert 0.3 <= confidence <= 1.0


def test_french_is_not_warned_and_english_is() -> None:
    assert language_warnings(SAMPLES["fr"]) == ("fr", ())
    lang, warnings = language_warnings(SAMPLES["en"])
    assert lang == "en" and "looks English" in warnings[0]


def test_too_short_or_no_words() -> None:
    assert detect_language("Bonjour") == ("und", 0.0)
    assert detect_language("1234 5678 ... !!!") == ("und", 0.0)
    assert language_warnings("Bonjour") == ("fr", ())


def test_mixed_text_is_less_confident() -> None:
    _, pure = detect_language(SAMPLES["fr"])
    lang, mixed = detect_language(SAMPLES["fr"] + " " + SAMPLES["en"])
    assert mixed < pure


BILINGUAL = ("# Politique de confidentialité\n\n" + SAMPLES["fr"] + "\n\nUne seconde phrase française "
             "pour la forme, sur le même sujet que la première.\n\n# Privacy policy\n\n"
             + SAMPLES["en"] + "\n\nThe English version is the official one, as the law requires.\n")


def test_mixed_document_counts_the_english_paragraphs() -> None:
    lang, warnings = language_warnings(BILINGUAL)
    assert lang == "fr"
    assert warnings == ("3 paragraphs are in English and will not be translated.",)


def test_markdown_import_reports_english_paragraphs() -> None:
    from visavis.core.importers.markdown import markdown_to_article

    article = markdown_to_article(BILINGUAL, "policy.md", "policy")
    assert article.language == "fr"
    assert "3 paragraphs are in English and will not be translated." in article.warnings
