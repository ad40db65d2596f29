"""Word links with confidence: dictionary evidence, Shift-Att attention, the gold set."""

from __future__ import annotations

from pathlib import Path

import pytest

from visavis.core.glossary.alignment_eval import (
    GoldError,
    Scores,
    link_pairs,
    load_gold,
    parse_gold,
)
from visavis.core.glossary.word_alignment import (
    CONFIDENT,
    WordLink,
    align_words,
    confident,
    english_for,
    english_words,
    french_for,
    french_words,
    word_attention,
)

GOLD = Path(__file__).resolve().parents[2] / "data" / "alignment_gold.txt"


def _pairs(french: str, english: str, links: list[WordLink]) -> set[tuple[str, str]]:
    return {(french[link.fr_start:link.fr_end], english[link.en_start:link.en_end])
            for link in links}


def test_dictionary_links_without_attention() -> None:
    french = "Le gouvernement a annoncé une nouvelle loi."
    english = "The government announced a new law."
    links = align_words(french, english)
    assert {("gouvernement", "government"), ("annoncé", "announced"), ("nouvelle", "new"),
            ("loi", "law")} <= _pairs(french, english, links)
    assert all(0.0 <= link.confidence <= 1.0 for link in links)


def test_no_link_for_ne_se_articles_and_auxiliaries() -> None:
    french = "Le chat ne se cache pas, il a mangé."
    english = "The cat is not hiding, it has eaten."
    linked = {p[0] for p in _pairs(french, english, align_words(french, english))}
    assert not linked & {"Le", "ne", "se", "a"}
    assert "pas" in linked and "chat" in linked


def test_names_link_to_themselves_and_nothing_to_an_empty_side() -> None:
    links = align_words("Marie habite à Montréal.", "Marie lives in Montreal.")
    assert ("Montréal", "Montreal") in _pairs("Marie habite à Montréal.",
                                              "Marie lives in Montreal.", links)
    assert align_words("", "Hello") == [] and align_words("Bonjour", "") == []


def test_attention_links_only_what_the_dictionary_leaves_and_dictionary_wins() -> None:
    french, english = "Le chat zorglube.", "The cat blorps."
    assert [w.text for w in french_words(french)] == ["Le", "chat", "zorglube"]
    assert [w.text for w in english_words(english)] == ["The", "cat", "blorps"]
    # attention of each English word (rows) over the French words (columns)
    attention = [[0.9, 0.1, 0.0],   # The -> Le (an article: never linked)
                 [0.0, 0.1, 0.9],   # cat -> zorglube by attention, but the dictionary says chat
                 [0.0, 0.05, 0.95]]  # blorps -> zorglube
    pairs = _pairs(french, english, confident(align_words(french, english, attention)))
    assert ("chat", "cat") in pairs and ("zorglube", "blorps") in pairs
    assert ("zorglube", "cat") not in pairs and ("Le", "The") not in pairs
    weak = [[0.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.5, 0.5]]
    assert ("zorglube", "blorps") not in _pairs(
        french, english, confident(align_words(french, english, weak)))


def test_word_attention_takes_the_next_row_shift_att() -> None:
    french, english = "chat noir", "black cat"
    # one piece per word; row t is the step that produces piece t, row t+1 consumes it
    attention = [[0.2, 0.8], [0.7, 0.3], [0.9, 0.1]]
    matrix = word_attention(french, [(0, 4), (5, 9)], english, [(0, 5), (6, 9)], attention)
    assert matrix == [[0.7, 0.3], [0.9, 0.1]]
    short = word_attention(french, [(0, 4), (5, 9)], english, [(0, 5), (6, 9)], attention[:2])
    assert short[1] == [0.7, 0.3]  # the last piece keeps its own row


def test_spans_for_the_hover_link_both_ways() -> None:
    links = [WordLink(0, 4, 10, 13, 0.9), WordLink(5, 9, 0, 5, CONFIDENT - 0.1)]
    assert english_for(links, 0, 4) == [(10, 13)]
    assert english_for(links, 5, 9) == []  # not confident: nothing
    assert french_for(links, 10, 13) == [(0, 4)]


def test_gold_set_is_large_varied_and_parses() -> None:
    gold = load_gold(GOLD)
    assert len(gold) >= 150
    assert {g.register for g in gold} == {"news", "administration", "science", "everyday",
                                          "quebec"}
    assert all(g.sure <= g.possible for g in gold)


@pytest.mark.parametrize(("text", "message"), [
    ("FR: x\n", "line 1: a record must start"),
    ("@news\nFR: Le chat.\nEN: The cat.\nA: chien = cat\n", "line 4: « chien » is not a word"),
    ("@news\nFR: Le chat.\nEN: The cat.\nA: chat cat\n", "neither = nor ~"),
    ("@news\nFR: Le chat.\nEN: The cat.\n", "without FR, EN or sure links"),
])
def test_bad_gold_records_are_refused_with_their_line(text: str, message: str) -> None:
    with pytest.raises(GoldError, match=message):
        parse_gold(text)


def test_dictionary_evidence_meets_the_targets_on_the_gold_set() -> None:
    scores = Scores()
    for g in load_gold(GOLD):
        predicted = link_pairs(g.french, g.english, confident(align_words(g.french, g.english)))
        scores.add(predicted, g.sure, g.possible)
    assert scores.precision >= 0.90 and scores.recall >= 0.60, (scores.precision, scores.recall)


def test_forced_decoding_gives_one_attention_row_per_english_word(
        installed_tiny_model: Path) -> None:
    from visavis.core.glossary.forced_decoding import align_with_model, forced_attention
    from visavis.core.translation.discovery import read_package
    from visavis.core.translation.engine import CTranslate2Engine

    engine = CTranslate2Engine(read_package(installed_tiny_model))
    french = "Le gouvernement zorglube une nouvelle loi."
    english = "The government blorps a new law."  # not what the model would say
    matrix = forced_attention(engine, french, english)
    assert matrix is not None and len(matrix) == len(english_words(english))
    assert all(len(row) == len(french_words(french)) for row in matrix)
    assert all(abs(sum(row) - 1.0) < 0.2 for row in matrix)  # attention rows sum to ~1
    links = align_with_model(engine, french, english)
    assert ("loi", "law") in _pairs(french, english, links)  # the dictionary still wins


def test_forced_decoding_without_a_local_model_gives_no_attention() -> None:
    from visavis.core.glossary.forced_decoding import forced_attention

    class Remote:
        model_id = "remote"

    assert forced_attention(Remote(), "Le chat.", "The cat.") is None
