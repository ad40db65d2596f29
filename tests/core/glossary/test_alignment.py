from __future__ import annotations

from visavis.core.glossary.alignment import aligned_english, aligned_text
from visavis.core.translation.types import Translation

# "Le chat noir dort." -> "The black cat sleeps."
CAT = Translation("The black cat sleeps.", ((0, 2, 0, 3), (3, 7, 10, 13), (8, 12, 4, 9),
                                            (13, 17, 14, 20)))


def test_one_word_gives_its_linked_english() -> None:
    assert aligned_english(CAT, 3, 7) == [(10, 13)]
    assert aligned_text(CAT, 3, 7) == "cat"


def test_term_span_unions_and_merges_touching_links() -> None:
    assert aligned_english(CAT, 3, 12) == [(4, 9), (10, 13)]
    assert aligned_text(CAT, 3, 12) == "black cat"


def test_gapped_links_are_joined_with_an_ellipsis() -> None:
    translation = Translation("He did not come", ((3, 5, 3, 6), (3, 5, 7, 10)))
    assert aligned_text(translation, 3, 5) == "did not"
    gapped = Translation("She set the team up", ((0, 4, 4, 7), (0, 4, 17, 19)))
    assert aligned_text(gapped, 0, 4) == "set … up"


def test_no_alignment_or_bad_links_give_nothing() -> None:
    assert aligned_english(Translation("Hello"), 0, 3) == []
    broken = Translation("Hi", ((0, 3, 50, 60), (0, 3, 1, 1), (0, 3, -5, 1)))
    assert aligned_english(broken, 0, 3) == [(0, 1)]
    assert aligned_text(CAT, 100, 110) == ""
