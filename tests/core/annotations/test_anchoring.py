"""Table-driven re-anchoring: how an annotation follows edits of the text."""

from __future__ import annotations

from pathlib import Path

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


# -- issue 18: never a silent move, typo fixes found, exact span ends, English follows ------

PARAGRAPHS = [
    "Il est 7 h 45, place du Marché, et les premiers cyclistes se faufilent dans la rue. "
    "Depuis lundi, Valmont dispose d'un plan vélo.",
    "La ville promet 42 kilomètres de nouvelles voies. Le budget est de 14 millions "
    "d'euros, et il est voté.",
    "Les commerçants restent partagés dans le centre. La plupart craignent de perdre des "
    "clients, d'autres espèrent une clientèle plus nombreuse.",
]
TEXT = "\n\n".join(PARAGRAPHS)


def _target_on(word: str, paragraph: int, nth: int = 0):  # type: ignore[no-untyped-def]
    base = sum(len(p) + 2 for p in PARAGRAPHS[:paragraph])
    start = base
    for _ in range(nth + 1):
        start = TEXT.index(word, start if start == base else start + 1)
    return quote_target(TEXT, start, start + len(word))


VALMONT = (Path(__file__).parents[2] / "data" / "anchoring" / "valmont.txt").read_text(
    encoding="utf-8").strip()


def _valmont_paragraph(containing: str) -> tuple[int, int]:
    start = VALMONT.rindex("\n\n", 0, VALMONT.index(containing)) + 2
    end = VALMONT.find("\n\n", start)
    return start, end if end != -1 else len(VALMONT)


@pytest.mark.parametrize(("before", "word"), [("Pour mesurer ", "la"), ("Le détail de ", "la"),
                                              ("aussi jeune, c'", "est")])
def test_short_quote_whose_paragraph_is_deleted_is_an_orphan_not_moved(before: str,
                                                                       word: str) -> None:
    start = VALMONT.index(before + word) + len(before)
    target = quote_target(VALMONT, start, start + len(word))
    a, b = _valmont_paragraph(before + word)
    edited = VALMONT[:a] + VALMONT[b + 2:]
    assert f" {word} " in edited  # other copies exist: the old code jumped to one of them
    assert anchor(edited, target).status == AnchorStatus.ORPHAN


def test_short_quote_at_a_paragraph_start_is_not_moved_into_a_longer_word() -> None:
    start = VALMONT.index("Le plan ne vise")
    target = quote_target(VALMONT, start, start + 2)
    edited = VALMONT.replace("Le plan ne vise pas d'abord les promeneurs du dimanche.",
                             "Les enfants courent vers la plage en criant.")
    assert anchor(edited, target).status == AnchorStatus.ORPHAN  # not « Le|s enfants »
    edited = VALMONT.replace("Le plan ne vise", "Les enfants courent vers la plage. Le plan ne vise")
    result = anchor(edited, target)
    assert result.status == AnchorStatus.ANCHORED
    assert edited[result.start:].startswith("Le plan ne vise")


def test_one_letter_typo_in_a_short_quote_is_not_moved_to_a_copy_elsewhere() -> None:
    start = VALMONT.index("l'assurance et l'entretien") + len("l'assurance ")
    target = quote_target(VALMONT, start, start + 2)
    edited = VALMONT[:start] + "it" + VALMONT[start + 2:]
    assert anchor(edited, target).status == AnchorStatus.ORPHAN  # too short to be fuzzy


def test_short_quote_follows_its_paragraph_when_paragraphs_are_swapped() -> None:
    target = _target_on("dans", 2)
    edited = "\n\n".join([PARAGRAPHS[2], PARAGRAPHS[1], PARAGRAPHS[0]])
    result = anchor(edited, target)
    assert result.status == AnchorStatus.ANCHORED
    assert edited[result.start:result.end] == "dans"
    assert edited[result.end:].startswith(" le centre")


def test_one_letter_fix_inside_a_short_quote_elsewhere_does_not_move_it() -> None:
    # « est » in the second paragraph; its sentence is rewritten: another « est » exists
    target = _target_on("est", 1)
    edited = TEXT.replace("Le budget est de 14 millions d'euros, et il est voté.",
                          "Le budget reste inconnu.")
    result = anchor(edited, target)
    assert result.status == AnchorStatus.ORPHAN


def test_a_quote_inside_a_word_is_never_taken_for_the_whole_word() -> None:
    text = "Il arrive à Lyon demain matin avec ses amis de toujours."
    target = quote_target(text, text.index("à"), text.index("à") + 1)
    edited = text.replace("à Lyon", "déjà à Lyon").replace("arrive à", "arrive")
    result = anchor(edited, target)
    assert result.status == AnchorStatus.ORPHAN or edited[result.start - 1] == " "


def test_typo_fixed_inside_a_short_highlight_is_found_as_fuzzy() -> None:
    text = "Les enfants jouent daes le jardin de la maison depuis ce matin."
    start = text.index("daes")
    target = quote_target(text, start, start + 4)
    edited = text.replace("daes", "dans")
    result = anchor(edited, target)
    assert result.status == AnchorStatus.FUZZY
    assert edited[result.start:result.end] == "dans"


@pytest.mark.parametrize("mark", ["!", "?", "…"])
def test_whole_sentence_highlight_keeps_its_changed_final_punctuation(mark: str) -> None:
    sentence = "La ville promet 42 kilomètres de nouvelles voies."
    start = TEXT.index(sentence)
    target = quote_target(TEXT, start, start + len(sentence))
    edited = TEXT.replace(sentence, sentence[:-1] + mark)
    result = anchor(edited, target)
    assert result.status == AnchorStatus.FUZZY
    assert edited[result.start:result.end] == sentence[:-1] + mark


def test_whole_sentence_highlight_with_a_typo_keeps_its_ends() -> None:
    sentence = "La ville promet 42 kilomètres de nouvelles voies."
    start = TEXT.index(sentence)
    target = quote_target(TEXT, start, start + len(sentence))
    edited = TEXT.replace("kilomètres", "kilomètrs")
    result = anchor(edited, target)
    assert edited[result.start:result.end] == sentence.replace("kilomètres", "kilomètrs")


def test_span_does_not_overshoot_into_the_next_sentence_or_paragraph() -> None:
    sentence = "Depuis lundi, Valmont dispose d'un plan vélo."
    start = TEXT.index(sentence)
    target = quote_target(TEXT, start, start + len(sentence))
    edited = TEXT.replace("Valmont dispose", "Valmont a")
    result = anchor(edited, target)
    assert edited[result.start:result.end] == "Depuis lundi, Valmont a d'un plan vélo."
    edited = TEXT.replace("d'un plan vélo.", "d'un plan vélo tout neuf.")
    result = anchor(edited, target)
    assert edited[result.start:result.end] == "Depuis lundi, Valmont dispose d'un plan vélo tout neuf."


def test_english_highlight_follows_its_french_sentence_when_it_is_edited() -> None:
    from visavis.core.annotations.anchoring import map_sentences

    english = "The city promises 42 kilometres of new lanes."
    start = english.index("new lanes")
    ann = Annotation(article_id=1, side=Side.ENGLISH, colour="blue", reading_pos=120,
                     target=quote_target(english, start, start + len("new lanes"), "old-id"))
    # the French sentence got a one-letter fix: a new id, a (slightly) new English
    current = {"s1": "It is 7:45 on the market square.",
               "new-id": "The city promises 42 kilometers of new lanes.",
               "s3": "The budget is 14 million euros."}
    starts = {"s1": 0, "new-id": 121, "s3": 175}
    moved = reanchor(ann, "", current, starts)
    assert moved.status == AnchorStatus.ANCHORED
    assert moved.target.sentence_id == "new-id"
    assert current["new-id"][moved.target.start:moved.target.end] == "new lanes"
    assert moved.reading_pos == 121
    # with a known old -> new map (edit mode knows both documents)
    mapping = map_sentences({"s1": "Il est 7 h 45.", "old-id": "La ville promet 42 kilomètres."},
                            {"s1": "Il est 7 h 45.", "new-id": "La ville promet 42 kilomètre."})
    assert mapping == {"s1": "s1", "old-id": "new-id"}
    assert reanchor(ann, "", current, starts, mapping).target.sentence_id == "new-id"


def test_english_highlight_whose_sentence_is_gone_is_an_orphan() -> None:
    english = "The city promises 42 kilometres of new lanes."
    start = english.index("new lanes")
    ann = Annotation(article_id=1, side=Side.ENGLISH, colour="blue", reading_pos=120,
                     target=quote_target(english, start, start + len("new lanes"), "old-id"))
    current = {"s1": "It is 7:45 on the market square.", "s3": "New lanes are costly."}
    lost = reanchor(ann, "", current, {"s1": 0, "s3": 60})
    assert lost.status == AnchorStatus.ORPHAN
    assert lost.target == ann.target


def test_english_highlight_on_a_sentence_not_translated_yet_waits() -> None:
    english = "The city promises 42 kilometres of new lanes."
    ann = Annotation(article_id=1, side=Side.ENGLISH, colour="blue", reading_pos=120,
                     target=quote_target(english, 0, 8, "old-id"))
    # same sentence, no English yet: nothing changes
    assert reanchor(ann, "", {}, {"old-id": 120}, english_pending=True) is ann
    assert reanchor(ann, "", {}, {"old-id": 120}).status == AnchorStatus.ORPHAN  # no English
    # edited sentence (mapped), no English yet: it follows the map and keeps its status
    waiting = reanchor(ann, "", {}, {"new-id": 118}, {"old-id": "new-id"}, english_pending=True)
    assert waiting.target.sentence_id == "new-id"
    assert (waiting.status, waiting.reading_pos) == (AnchorStatus.ANCHORED, 118)
