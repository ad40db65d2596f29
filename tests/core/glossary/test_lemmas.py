from __future__ import annotations

import pytest

from visavis.core.glossary.lemmas import compound_parts, lemma, lookup_keys

LEMMA_TABLE = [
    # plurals and feminine
    ("offres", "offre"), ("chevaux", "cheval"), ("travaux", "travail"), ("journaux", "journal"),
    ("hôpitaux", "hôpital"), ("animaux", "animal"), ("yeux", "œil"), ("nouvelles", "nouvelle"),
    ("belles", "beau"), ("vieille", "vieux"), ("chercheuses", "chercheur"),
    ("actrices", "acteur"), ("Heureuses", "heureux"), ("talents", "talent"),
    # conjugated verbs and participles
    ("recrutées", "recruter"), ("recrutent", "recruter"), ("embauchés", "embaucher"),
    ("lancée", "lancer"), ("finissons", "finir"), ("vendrait", "vendre"), ("faites", "faire"),
    ("mangeaient", "manger"), ("voulu", "vouloir"), ("pris", "prendre"), ("fallait", "falloir"),
    ("peut", "pouvoir"), ("veut", "vouloir"), ("dit", "dire"), ("sait", "savoir"),
    ("offert", "offrir"), ("était", "être"), ("sont", "être"), ("vont", "aller"),
    ("mis", "mettre"), ("a", "avoir"),
    # capitalised sentence starts
    ("Recrutées", "recruter"), ("Offres", "offre"), ("Chevaux", "cheval"), ("Tout", "tout"),
    # elisions, both apostrophes
    ("l'", "le"), ("l’", "le"), ("L’", "le"), ("d'", "de"), ("d’", "de"), ("qu'", "que"),
    ("qu’", "que"), ("j'", "je"), ("n’", "ne"), ("s'", "se"), ("c’", "ce"), ("m'", "me"),
    ("t’", "te"), ("jusqu'", "jusque"), ("jusqu’", "jusque"), ("lorsqu’", "lorsque"),
    ("puisqu'", "puisque"),
    # pronouns and contractions simplemma gets wrong on its own
    ("Il", "il"), ("elles", "elle"), ("du", "de"), ("aux", "à"),
]


@pytest.mark.parametrize(("form", "expected"), LEMMA_TABLE)
def test_lemma(form: str, expected: str) -> None:
    assert lemma(form) == expected


def test_lemma_table_is_large_enough() -> None:
    assert len(LEMMA_TABLE) >= 40


def test_lookup_order_is_exact_lower_lemma_then_accent_stripped() -> None:
    assert lookup_keys("Recrutées") == ("Recrutées", "recrutées", "recruter", "recrutees")
    assert lookup_keys("élèves")[-2:] == ("eleves", "eleve")
    assert lookup_keys("L’")[:3] == ("L’", "l'", "le")


def test_numbers_and_punctuation_have_no_lemma_beyond_themselves() -> None:
    assert lemma("2025") == "2025"
    assert lemma("…") == "…"
    assert lemma("") == ""


@pytest.mark.parametrize(("form", "parts"), [
    ("porte-parole", ["porte", "parole"]),
    ("a-t-il", ["a", "t", "il"]),
    ("jeune‑pousse", ["jeune", "pousse"]),  # non-breaking hyphen
    ("cheval", []),
])
def test_compound_parts(form: str, parts: list[str]) -> None:
    assert compound_parts(form) == parts
