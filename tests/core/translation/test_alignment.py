"""Word alignment from attention: unit cases on hand-made attention."""

from __future__ import annotations

from visavis.core.translation.alignment import (
    align_words,
    identity_links,
    shift_links,
    word_spans,
)


def _spans_of(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for piece in pieces:
        start = text.index(piece, pos)
        spans.append((start, start + len(piece)))
        pos = start + len(piece)
    return spans


def _pairs(src: str, tgt: str, links) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(src[a:b], tgt[c:d]) for a, b, c, d in links}


def test_word_spans_keep_elisions_and_hyphens() -> None:
    text = "L’été, le porte-parole d'OpenAI parle."
    assert [text[a:b] for a, b in word_spans(text)] == \
        ["L’", "été", "le", "porte-parole", "d'", "OpenAI", "parle"]


def test_pieces_are_grouped_into_words_and_attention_summed() -> None:
    src, tgt = "Le chat dort.", "The cat sleeps."
    src_pieces, tgt_pieces = ["Le", "ch", "at", "dort", "."], ["The", "cat", "sle", "eps", "."]
    # target piece t attends to source pieces; "cat" splits its attention over "ch" + "at"
    attention = [
        [0.9, 0.05, 0.05, 0.0, 0.0],
        [0.1, 0.45, 0.45, 0.0, 0.0],
        [0.0, 0.1, 0.0, 0.9, 0.0],
        [0.0, 0.0, 0.1, 0.9, 0.0],
        [0.0, 0.0, 0.0, 0.2, 0.8],
    ]
    links = align_words(src, _spans_of(src, src_pieces), tgt, _spans_of(tgt, tgt_pieces),
                        attention)
    assert _pairs(src, tgt, links) == {("Le", "The"), ("chat", "cat"), ("dort", "sleeps")}


def test_crossing_alignment_and_symmetric_union() -> None:
    src, tgt = "voiture rouge", "red car"
    attention = [[0.1, 0.9], [0.8, 0.2]]  # red -> rouge, car -> voiture
    links = align_words(src, word_spans(src), tgt, word_spans(tgt), attention)
    assert _pairs(src, tgt, links) == {("voiture", "car"), ("rouge", "red")}


def test_symmetric_adds_the_target_side_links() -> None:
    src, tgt = "aa bb", "xx yy"
    attention = [[0.5, 0.5], [0.6, 0.4]]  # columns: aa -> yy, bb -> xx; row xx -> aa (tie)
    one_way = align_words(src, word_spans(src), tgt, word_spans(tgt), attention, symmetric=False)
    both = align_words(src, word_spans(src), tgt, word_spans(tgt), attention)
    assert _pairs(src, tgt, one_way) == {("aa", "yy"), ("bb", "xx")}
    assert _pairs(src, tgt, both) == {("aa", "yy"), ("bb", "xx"), ("aa", "xx")}


def test_unattended_word_still_gets_a_link_and_empty_sides_give_none() -> None:
    src, tgt = "un deux trois", "one two"
    attention = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]
    links = align_words(src, word_spans(src), tgt, word_spans(tgt), attention)
    assert {src[a:b] for a, b, _, _ in links} == {"un", "deux", "trois"}
    assert align_words(src, word_spans(src), "…", [(0, 1)], [[1.0, 0, 0]]) == ()
    assert align_words("", [], tgt, word_spans(tgt), []) == ()


def test_shift_links() -> None:
    assert shift_links([(0, 2, 1, 3)], 10, 5) == ((10, 12, 6, 8),)


def test_identity_links_for_copied_segments() -> None:
    assert identity_links("Voir https://exemple.fr") == (
        (0, 4, 0, 4), (5, 10, 5, 10), (13, 20, 13, 20), (21, 23, 21, 23))
    assert identity_links("…") == ()
