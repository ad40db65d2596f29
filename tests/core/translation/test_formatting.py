"""French bold/italic/links reach the English only where the word alignment is clear."""

from __future__ import annotations

from visavis.core.translation.formatting import carried_spans
from visavis.core.translation.types import Translation

FRENCH = "Le chat noir dort sur le canapé."
ENGLISH = "The black cat sleeps on the sofa."


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def _link(fr_word: str, en_word: str) -> tuple[int, int, int, int]:
    return (*_span(FRENCH, fr_word), *_span(ENGLISH, en_word))


ALIGNED = Translation(ENGLISH, (_link("Le", "The"), _link("chat", "cat"), _link("noir", "black"),
                                _link("dort", "sleeps"), _link("sur", "on"), _link("le ", "the"),
                                _link("canapé", "sofa")))


def test_a_confidently_aligned_word_is_carried() -> None:
    bold = [(*_span(FRENCH, "canapé"), "strong")]
    assert carried_spans(bold, (0, len(FRENCH)), ALIGNED, ENGLISH) == [(*_span(ENGLISH, "sofa"), "strong")]


def test_reordered_words_that_stay_one_run_are_carried() -> None:
    italic = [(*_span(FRENCH, "chat noir"), "em")]
    assert carried_spans(italic, (0, len(FRENCH)), ALIGNED, ENGLISH) == [(*_span(ENGLISH, "black cat"), "em")]


def test_scattered_alignment_is_not_carried() -> None:
    spread = Translation(ENGLISH, ((*_span(FRENCH, "dort"), *_span(ENGLISH, "The")),
                                   (*_span(FRENCH, "dort"), *_span(ENGLISH, "sofa"))))
    assert carried_spans([(*_span(FRENCH, "dort"), "strong")], (0, len(FRENCH)), spread, ENGLISH) == []


def test_no_alignment_carries_only_a_whole_sentence() -> None:
    plain = Translation(ENGLISH)
    assert carried_spans([(*_span(FRENCH, "canapé"), "strong")], (0, len(FRENCH)), plain, ENGLISH) == []
    whole = [(0, len(FRENCH) - 1, "https://exemple.fr")]
    assert carried_spans(whole, (0, len(FRENCH)), None, "My own sentence.") == [
        (0, len("My own sentence."), "https://exemple.fr")]


def test_spans_are_clipped_to_the_sentence_and_offsets_are_sentence_relative() -> None:
    block = "Intro. " + FRENCH
    offset = len("Intro. ")
    start, end = _span(FRENCH, "canapé")
    carried = carried_spans([(start + offset, end + offset, "em")], (offset, len(block)), ALIGNED, ENGLISH)
    assert carried == [(*_span(ENGLISH, "sofa"), "em")]
    assert carried_spans([(0, 5, "em")], (offset, len(block)), ALIGNED, ENGLISH) == []
