"""Entry and sense in context, on the bundled dictionary: the homograph table and the rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from visavis.core.glossary.dictionary import Dictionary
from visavis.core.glossary.english_forms import inflect_gloss
from visavis.core.glossary.lookup import lookup
from visavis.core.glossary.terms import Glossary
from visavis.core.translation.types import Translation

HOMOGRAPH_FILE = Path(__file__).resolve().parents[2] / "data" / "homographs.tsv"


def read_homographs(path: Path = HOMOGRAPH_FILE) -> list[tuple[str, ...]]:
    """(word, sentence, headword, part of speech, piece of the first sense) rows."""
    return [tuple(line.split("\t")) for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


HOMOGRAPHS = read_homographs()


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary(Dictionary.load())


def test_homograph_table_covers_the_issue_words() -> None:
    words = {row[0] for row in HOMOGRAPHS}
    assert {"est", "été", "soit", "fait", "livre", "droit", "cours", "marche", "porte", "tour",
            "pas", "or", "son", "sens"} <= words and all(len(row) == 5 for row in HOMOGRAPHS)


@pytest.mark.parametrize(("word", "sentence", "headword", "pos", "sense"), HOMOGRAPHS)
def test_homograph_in_context(glossary: Glossary, word: str, sentence: str, headword: str,
                              pos: str, sense: str) -> None:
    result = lookup(word, glossary, sentence=sentence)
    assert (result.term, result.pos) == (headword, pos)
    assert sense in result.senses[0], result.senses


def test_other_entries_are_folded_behind_the_chosen_one(glossary: Glossary) -> None:
    result = lookup("est", glossary, sentence="Le projet est terminé.")
    assert result.term == "être" and any(o.headword == "est" for o in result.others)


@pytest.mark.parametrize(("sentence", "word", "headword", "first"), [
    ("Le montant s'élève à trois millions.", "s'élève", "s'élever", "rises, amounts to"),
    ("Les chats se faufilent partout.", "faufilent", "se faufiler", "slip through"),
])
def test_reflexive_verbs_are_the_pronominal_verb_never_a_noun(
        glossary: Glossary, sentence: str, word: str, headword: str, first: str) -> None:
    result = lookup(word, glossary, sentence=sentence)
    assert result.term == headword and result.pos == "v"
    assert result.senses[0].startswith(first)


@pytest.mark.parametrize(("sentence", "span", "term"), [
    ("La mise en oeuvre de la réforme.", "mise en oeuvre", "mise en œuvre"),
    ("Il est, c'est-à-dire, absent.", "c'est-à-dire", "c'est-à-dire"),
    ("Elle a d'ailleurs raison.", "d'ailleurs", "d'ailleurs"),
    ("Il pleut aujourd'hui.", "aujourd'hui", "aujourd'hui"),
    ("Elle travaille à temps plein.", "à temps plein", "à temps plein"),
    ("Un travail à temps plein.", "à temps plein", "à temps plein"),
    ("Il est venu de nouveau.", "de nouveau", "de nouveau"),
])
def test_terms_match_variants_and_the_longest_wins(glossary: Glossary, sentence: str,
                                                   span: str, term: str) -> None:
    hits = [(sentence[h.start:h.end], h.term) for h in glossary.match(sentence)]
    assert (span, term) in hits


@pytest.mark.parametrize(("sentence", "not_a_term"), [
    ("Des nouveaux venus arrivent.", "des nouveaux"),
    ("Il parle de la ville.", "de la"),
    ("Il boit de l'eau.", "de l'"),
])
def test_no_term_across_a_function_word_or_of_function_words_only(
        glossary: Glossary, sentence: str, not_a_term: str) -> None:
    spans = [sentence[h.start:h.end].lower() for h in glossary.match(sentence)]
    assert not_a_term not in spans


def test_the_sense_found_in_the_english_is_put_first_and_marked(glossary: Glossary) -> None:
    sentence = "Le cours du dollar a baissé."
    plain = lookup("cours", glossary, sentence=sentence)
    assert plain.senses[0].startswith("course") and not plain.used_here
    here = lookup("cours", glossary, sentence=sentence,
                  translation=Translation("The dollar's exchange rate fell."))
    assert "rate" in here.senses[0] and here.used_here


def test_the_english_picks_the_sense_of_a_verb(glossary: Glossary) -> None:
    result = lookup("marche", glossary, sentence="La machine marche bien.",
                    translation=Translation("The machine works well."))
    assert result.term == "marcher" and result.senses[0].startswith("works") and result.used_here


def test_here_shows_only_confident_links(glossary: Glossary) -> None:
    sentence = "Le gouvernement a annoncé une nouvelle loi."
    translation = Translation("The government announced a new law.")
    assert lookup("loi", glossary, sentence=sentence, translation=translation).here == "law"
    assert lookup("ne", glossary, sentence="Il ne part pas.",
                  translation=Translation("He is not leaving.")).here == ""


@pytest.mark.parametrize(("gloss", "form", "shown"), [
    ("to rise, to amount to", "3sg", "rises, amounts to"),
    ("to be", "pp", "been"),
    ("to stop", "pp", "stopped"),
    ("to carry; to worry", "3sg", "carries; worries"),
    ("to slink", "base", "slink"),
    ("book", "3sg", "book"),
    ("to go", "", "to go"),
])
def test_english_verb_forms(gloss: str, form: str, shown: str) -> None:
    assert inflect_gloss(gloss, form) == shown


@pytest.mark.parametrize(("word", "sentence", "headword", "first"), [
    ("a", "Le film a remporté trois prix.", "avoir", "(auxiliary) has"),
    ("variée", "Une alimentation variée réduit les risques.", "varié", "varied"),
    ("dispose", "Depuis lundi, Valmont dispose d'un plan.", "disposer", ""),
    ("ouverte", "La porte est ouverte.", "ouvrir", "opened"),
])
def test_auxiliary_participle_adjective_and_a_name_as_subject(
        glossary: Glossary, word: str, sentence: str, headword: str, first: str) -> None:
    result = lookup(word, glossary, sentence=sentence)
    assert result.term == headword
    assert first in result.senses[0]


def test_clitic_and_auxiliary_are_read_word_by_word(glossary: Glossary) -> None:
    sentence = "Le médecin m'a conseillé de marcher."
    spans = [sentence[h.start:h.end] for h in glossary.match(sentence)]
    assert "m'a" not in spans and "a" in spans


@pytest.mark.parametrize(("word", "sentence", "pos", "first"), [
    ("nouvelle", "On accueille la nouvelle avec soulagement.", "n", "news"),
    ("nouvelle", "Le gouvernement prépare une nouvelle loi.", "adj", "new"),
    ("troisième", "Le chômage baisse pour le troisième mois.", "adj", "third"),
])
def test_prenominal_adjectives_and_ordinals(glossary: Glossary, word: str, sentence: str,
                                            pos: str, first: str) -> None:
    result = lookup(word, glossary, sentence=sentence)
    assert result.pos == pos and first in result.senses[0], (result.pos, result.senses)


def test_the_english_does_not_pick_another_verb_sharing_the_form(glossary: Glossary) -> None:
    result = lookup("ai", glossary, sentence="Je n'ai pas le temps de lire.",
                    translation=Translation("I do not have time to read."))
    assert result.term == "avoir"


def test_bugs_found_by_the_third_judged_sample(glossary: Glossary) -> None:
    sentence = "La ville promet de nouvelles voies."
    spans = [sentence[h.start:h.end] for h in glossary.match(sentence)]
    assert "de nouvelles" not in spans
    graves = lookup("graves", glossary, sentence="Le vaccin protège contre les formes graves.")
    assert graves.pos == "adj" and "grave" in graves.term
    dine = lookup("dîné", glossary, sentence="On a dîné au restaurant.",
                  translation=Translation("We had lunch at the restaurant."))
    assert dine.pos == "v"
