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


def test_the_glossarys_confident_word_links_are_used_when_already_computed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from visavis.core.glossary.word_alignment import WordLink
    from visavis.core.translation import formatting

    correction = "The dark cat naps on the couch."  # a reader's correction: no engine alignment
    links = (WordLink(*_span(FRENCH, "canapé"), *_span(correction, "couch"), 0.9),
             WordLink(*_span(FRENCH, "dort"), *_span(correction, "naps"), 0.3))  # not confident
    monkeypatch.setattr(formatting, "has_cached_alignment", lambda fr, en: (fr, en) == (FRENCH, correction))
    monkeypatch.setattr(formatting, "cached_alignment", lambda fr, en: links)
    bold = [(*_span(FRENCH, "canapé"), "strong"), (*_span(FRENCH, "dort"), "em")]
    assert carried_spans(bold, (0, len(FRENCH)), None, correction, FRENCH) == [
        (*_span(correction, "couch"), "strong")]
