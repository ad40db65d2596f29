from __future__ import annotations

import pytest

from visavis.core.document import Block, Document, Sentence
from visavis.core.glossary.annotate import annotate_document
from visavis.core.glossary.dictionary import Dictionary
from visavis.core.glossary.reader_glossary import ReaderEntry, term_lemma_key
from visavis.core.glossary.terms import Glossary
from visavis.core.translation.types import TranslationCancelled


def _entry(entry_id: int, term: str, english: str = "", note: str = "") -> ReaderEntry:
    return ReaderEntry(entry_id, term, term_lemma_key(term), english, note, None, "", "", "")


def _spans(glossary: Glossary, sentence: str) -> list[tuple[str, str, str]]:
    return [(sentence[h.start:h.end], h.term, h.source) for h in glossary.match(sentence)]


@pytest.mark.parametrize(("sentence", "span", "term"), [
    ("Une jeune pousse lève des fonds.", "jeune pousse", "jeune pousse"),
    ("Les jeunes pousses recrutent.", "jeunes pousses", "jeune pousse"),
    ("L'intelligence artificielle générale arrive.", "intelligence artificielle générale",
     "intelligence artificielle générale"),
    ("Une intelligence artificielle puissante.", "intelligence artificielle",
     "intelligence artificielle"),
    ("Elle a mis sur pied une équipe.", "mis sur pied", "mettre sur pied"),
    ("Ils mettront sur pied un laboratoire.", "mettront sur pied", "mettre sur pied"),
])
def test_longest_term_beats_shorter_terms_and_single_words(
        fixture_dictionary: Dictionary, sentence: str, span: str, term: str) -> None:
    spans = _spans(Glossary(fixture_dictionary), sentence)
    assert (span, term, "dictionary") in spans
    covered = [s for s, _, _ in spans]
    assert not set(span.split()) & set(covered)  # no single-word hit inside the term


def test_single_words_outside_terms_get_their_entries(fixture_dictionary: Dictionary) -> None:
    spans = _spans(Glossary(fixture_dictionary), "Recrutées, les offres de chevaux.")
    assert ("Recrutées", "recruter", "dictionary") in spans
    assert ("offres", "offre", "dictionary") in spans
    assert ("chevaux", "cheval", "dictionary") in spans


def test_reader_glossary_beats_dictionary(fixture_dictionary: Dictionary) -> None:
    glossary = Glossary(fixture_dictionary, [_entry(7, "jeune pousse", "startup", "my note"),
                                             _entry(8, "cheval", "steed")])
    hits = glossary.match("Des jeunes pousses et leurs chevaux.")
    by_text = {h.term: h for h in hits}
    assert by_text["jeune pousse"].source == "reader"
    assert by_text["jeune pousse"].entry_ref == "reader:7"
    assert by_text["cheval"].source == "reader"


def test_reader_multiword_term_not_in_dictionary_is_matched(fixture_dictionary: Dictionary) -> None:
    glossary = Glossary(fixture_dictionary, [_entry(1, "prime à la signature", "signing bonus")])
    sentence = "Une prime à la signature de dix millions."
    spans = _spans(glossary, sentence)
    assert ("prime à la signature", "prime à la signature", "reader") in spans
    assert ("prime", "prime", "dictionary") not in spans


def test_unknown_words_still_get_a_hit_with_their_lemma(fixture_dictionary: Dictionary) -> None:
    hits = Glossary(fixture_dictionary).match("Les startups embauchent 😀")
    embauchent = next(h for h in hits if h.term == "embauchent")
    assert embauchent.source == "word" and embauchent.lemma == "embaucher"
    assert embauchent.entry_ref is None


def test_hyphenated_compound_falls_back_to_its_parts(fixture_dictionary: Dictionary) -> None:
    spans = _spans(Glossary(fixture_dictionary), "Le porte-parole parle.")
    assert ("porte", "porte", "dictionary") in spans
    assert ("parole", "parole", "dictionary") in spans


def test_whole_compound_wins_when_the_dictionary_has_it(bundled_dictionary: Dictionary) -> None:
    sentence = "Un arc-en-ciel."
    spans = _spans(Glossary(bundled_dictionary), sentence)
    assert spans[1][0] == "arc-en-ciel" and spans[1][2] == "dictionary"


def test_glossary_without_dictionary_uses_reader_entries_only() -> None:
    glossary = Glossary(None, [_entry(3, "offre", "offer")])
    spans = _spans(glossary, "Une offre.")
    assert spans == [("Une", "Une", "word"), ("offre", "offre", "reader")]


def _document(*sentences: str) -> Document:
    blocks = []
    for index, text in enumerate(sentences):
        sentence = Sentence(f"s{index}", index, index, text, 0, len(text), 0, len(text))
        blocks.append(Block(index, "paragraph", 0, text, 0, len(text), 0, (sentence,)))
    return Document(source="\n\n".join(sentences), title="t", blocks=blocks)


def test_annotate_document_gives_bisect_lookup_per_sentence(fixture_dictionary: Dictionary) -> None:
    doc = _document("Les jeunes pousses recrutent.", "Une offre de cheval.")
    progress: list[tuple[int, int]] = []
    article = annotate_document(doc, Glossary(fixture_dictionary, [_entry(1, "offre")]),
                                progress=lambda d, t: progress.append((d, t)))
    assert progress == [(1, 2), (2, 2)]
    assert article.hit_at("s0", 4).term == "jeune pousse"
    assert article.hit_at("s0", 17).term == "jeune pousse"
    assert article.hit_at("s0", 3) is None  # the space
    assert article.hit_at("s1", 6).source == "reader"
    assert article.hit_at("missing", 0) is None
    assert article.noted_ranges() == {"s1": [(4, 9)]}


def test_annotate_document_can_be_cancelled(fixture_dictionary: Dictionary) -> None:
    with pytest.raises(TranslationCancelled):
        annotate_document(_document("Une offre."), Glossary(fixture_dictionary),
                          cancel=lambda: True)


def test_reader_single_word_matches_through_form_or_lemma(fixture_dictionary: Dictionary) -> None:
    # simplemma gives "pousser" for "pousse" but "pousse" for "pousses"
    glossary = Glossary(fixture_dictionary, [_entry(5, "pousse", "sprout")])
    assert _spans(glossary, "Des pousses vertes.")[1] == ("pousses", "pousse", "reader")


def test_blocks_not_in_french_are_not_glossed(fixture_dictionary: Dictionary) -> None:
    from dataclasses import replace

    doc = _document("Une offre de cheval.", "Une offre de cheval.")
    doc.blocks[1] = replace(doc.blocks[1], language="en")
    article = annotate_document(doc, Glossary(fixture_dictionary, [_entry(1, "offre")]))
    assert article.hit_at("s0", 6) is not None
    assert article.hits("s1") == [] and article.hit_at("s1", 6) is None
