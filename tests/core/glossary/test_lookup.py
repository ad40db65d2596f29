from __future__ import annotations

from visavis.core.glossary.dictionary import Dictionary
from visavis.core.glossary.lookup import lookup
from visavis.core.glossary.reader_glossary import ReaderEntry
from visavis.core.glossary.terms import Glossary
from visavis.core.translation.types import Translation


def test_word_lookup_gives_lemma_pos_gender_and_at_most_three_senses(
        fixture_dictionary: Dictionary) -> None:
    result = lookup("mettait", Glossary(fixture_dictionary))
    assert (result.term, result.lemma, result.pos, result.source) == (
        "mettre", "mettre", "v", "dictionary")
    assert result.senses == ("put", "place", "put on")
    offre = lookup("Offres", Glossary(fixture_dictionary))
    assert (offre.term, offre.gender) == ("offre", "f")


def test_term_lookup_and_reader_note(fixture_dictionary: Dictionary) -> None:
    entry = ReaderEntry(4, "jeune pousse", "jeune pousse", "start-up", "Quebec", None, "", "", "")
    result = lookup("jeunes  pousses", Glossary(fixture_dictionary, [entry]))
    assert result.source == "reader" and result.term == "jeune pousse"
    assert (result.english, result.note, result.entry_id) == ("start-up", "Quebec", 4)
    assert result.senses == ("start-up company",)


def test_here_uses_the_alignment_of_the_context_sentence(fixture_dictionary: Dictionary) -> None:
    sentence = "Le cheval dort."
    translation = Translation("The horse sleeps.", ((0, 2, 0, 3), (3, 9, 4, 9), (10, 14, 10, 16)))
    result = lookup("cheval", Glossary(fixture_dictionary), sentence=sentence,
                    translation=translation)
    assert result.here == "horse"
    assert lookup("cheval", Glossary(fixture_dictionary)).here == ""


def test_unknown_and_empty_queries(fixture_dictionary: Dictionary) -> None:
    unknown = lookup("OpenAI", Glossary(fixture_dictionary))
    assert not unknown.found and unknown.senses == () and unknown.lemma == "openai"
    empty = lookup("  😀 ", Glossary(fixture_dictionary))
    assert not empty.found and empty.lemma == ""
    assert unknown.to_dict()["found"] is False
