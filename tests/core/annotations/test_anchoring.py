"""Table-driven re-anchoring: how an annotation follows edits of the text."""

from __future__ import annotations

import pytest

from visavis.core.annotations.anchoring import anchor, reanchor
from visavis.core.annotations.model import AnchorStatus, Annotation, Side, quote_target

BASE = (
    "Le vieux port de la ville s'éveille lentement sous la brume. "
    "Les pêcheurs déchargent leurs caisses de sardines fraîches. "
    "Au marché, une marchande crie le prix des tomates.\n\n"
    "Plus loin, les touristes photographient les bateaux colorés. "
    "Le soir, le port retrouve son calme et les mouettes se taisent."
)
QUOTE = "déchargent leurs caisses"
Q_START = BASE.index(QUOTE)


def _edit(old: str, new: str) -> str:
    assert old in BASE
    return BASE.replace(old, new, 1)


# (case name, edited text, expected status, expected new quote text or None for orphan)
CASES = [
    ("unchanged", BASE, AnchorStatus.ANCHORED, QUOTE),
    ("insertion before", "Bonjour à tous. " + BASE, AnchorStatus.ANCHORED, QUOTE),
    ("insertion right before the quote", _edit("pêcheurs déchargent", "pêcheurs fatigués déchargent"),
     AnchorStatus.ANCHORED, QUOTE),
    ("insertion after", BASE + " Fin de l'histoire.", AnchorStatus.ANCHORED, QUOTE),
    ("insertion inside the quote", _edit(QUOTE, "déchargent vite leurs caisses"),
     AnchorStatus.FUZZY, "déchargent vite leurs caisses"),
    ("word inside the quote replaced", _edit(QUOTE, "déchargent leurs paniers"),
     AnchorStatus.FUZZY, "déchargent leurs paniers"),
    ("deletion of the quote", _edit("Les pêcheurs déchargent leurs caisses de sardines fraîches. ", ""),
     AnchorStatus.ORPHAN, None),
    ("paragraph rewritten", _edit("Les pêcheurs déchargent leurs caisses de sardines fraîches.",
                                  "Un chat dort au soleil sur le quai désert."),
     AnchorStatus.ORPHAN, None),
    ("whitespace change inside the quote", _edit(QUOTE, "déchargent  leurs\ncaisses"),
     AnchorStatus.FUZZY, "déchargent  leurs\ncaisses"),
    ("punctuation change inside the quote", _edit(QUOTE, "déchargent, leurs caisses"),
     AnchorStatus.FUZZY, "déchargent, leurs caisses"),
    ("punctuation change around the quote", _edit("pêcheurs déchargent leurs caisses de",
                                                  "pêcheurs — déchargent leurs caisses — de"),
     AnchorStatus.ANCHORED, QUOTE),
]


@pytest.mark.parametrize(("name", "text", "status", "quote"), CASES, ids=[c[0] for c in CASES])
def test_reanchor_table(name: str, text: str, status: AnchorStatus, quote: str | None) -> None:
    target = quote_target(BASE, Q_START, Q_START + len(QUOTE))
    result = anchor(text, target)
    assert result.status == status, (name, result)
    if quote is None:
        assert (result.start, result.end) == (target.start, target.end)  # orphan keeps its place
    else:
        assert text[result.start:result.end] == quote


def test_duplicate_quote_elsewhere_is_disambiguated_by_context() -> None:
    # "le port" occurs twice; the annotation is on the second one (the evening).
    second = BASE.index("le port retrouve")
    target = quote_target(BASE, second, second + len("le port"))
    # Text before both occurrences grows, so the stored position is stale.
    edited = "Chronique du matin et du soir. " + BASE.replace("Le vieux port", "Le vieux le port")
    result = anchor(edited, target)
    assert result.status == AnchorStatus.ANCHORED
    assert edited[result.end:].startswith(" retrouve son calme")


def test_duplicate_quote_deleted_is_orphan_not_moved_to_the_other_copy() -> None:
    first = BASE.index("les touristes")
    target = quote_target(BASE, first, first + len("les"))
    edited = BASE.replace("Plus loin, les touristes photographient les bateaux colorés. ", "")
    assert edited.count("les") >= 1
    assert anchor(edited, target).status == AnchorStatus.ORPHAN


def test_position_shift_reports_new_offsets() -> None:
    target = quote_target(BASE, Q_START, Q_START + len(QUOTE))
    edited = "Titre.\n\n" + BASE
    result = anchor(edited, target)
    assert (result.start, result.end) == (Q_START + 8, Q_START + 8 + len(QUOTE))


def test_english_annotation_follows_its_sentence_translation() -> None:
    english = "The fishermen unload their crates of fresh sardines."
    start = english.index("their crates")
    ann = Annotation(article_id=1, side=Side.ENGLISH, colour="green",
                     target=quote_target(english, start, start + len("their crates"), "s2"))
    retranslated = reanchor(ann, "", {"s2": "Fishermen unload their crates of fresh sardines."},
                            {"s2": 61})
    assert retranslated.status == AnchorStatus.ANCHORED
    assert retranslated.target.start == start - 4
    assert retranslated.reading_pos == 61
    changed = reanchor(ann, "", {"s2": "A cat sleeps on the quay in the sun."})
    assert changed.status == AnchorStatus.ORPHAN
    assert changed.target == ann.target  # never deleted, old target kept
    missing = reanchor(ann, "", {})
    assert missing.status == AnchorStatus.ORPHAN


def test_french_reanchor_updates_offsets_and_keeps_quote() -> None:
    ann = Annotation(article_id=1, side=Side.FRENCH, colour="yellow",
                     target=quote_target(BASE, Q_START, Q_START + len(QUOTE)), reading_pos=Q_START)
    moved = reanchor(ann, "Avant. " + BASE, {})
    assert moved.status == AnchorStatus.ANCHORED
    assert (moved.target.start, moved.reading_pos) == (Q_START + 7, Q_START + 7)
    assert moved.target.exact == QUOTE
    assert reanchor(ann, BASE, {}) is ann


def test_quote_target_rejects_empty_selection() -> None:
    with pytest.raises(ValueError):
        quote_target(BASE, 5, 5)
