"""Paint plan and hit testing of annotations (pure Python part of the reading panes)."""

from __future__ import annotations

from dataclasses import replace

from visavis.core.annotations.display import (
    english_annotation_at,
    french_annotation_at,
    paint_plan,
)
from visavis.core.annotations.model import AnchorStatus, Annotation, Side, colour_rgb, quote_target
from visavis.core.document.markdown_parser import parse_markdown

SOURCE = "Le vent souffle fort. La mer est grise.\n\nLes mouettes crient au-dessus du quai.\n"


def _setup():  # type: ignore[no-untyped-def]
    doc = parse_markdown(SOURCE, "Mer")
    english = {s.id: f"English {i} text here." for i, s in enumerate(doc.sentences)}
    return doc, english


def test_multi_paragraph_french_highlight_is_split_per_block_and_tints_english() -> None:
    doc, english = _setup()
    plain = doc.plain
    start, end = plain.index("grise"), plain.index("mouettes") + len("mouettes")
    ann = Annotation(article_id=1, side=Side.FRENCH, colour="blue",
                     target=quote_target(plain, start, end), reading_pos=start)
    plan = paint_plan([ann], doc, lambda sid: english.get(sid, ""), current_id=ann.id)
    block2 = doc.blocks[1].plain_start
    assert plan.french == [(start, len(doc.blocks[0].text), colour_rgb("blue")),
                           (block2, end, colour_rgb("blue"))]
    assert plan.current_french == [(s, e) for s, e, _ in plan.french]
    tinted = {sid for sid, *_ in plan.tints}
    assert tinted == {doc.sentences[1].id, doc.sentences[2].id}  # not "Le vent souffle fort."
    assert french_annotation_at([ann], plain.index("mouettes")) is ann
    assert french_annotation_at([ann], plain.index("vent")) is None
    orphan = replace(ann, status=AnchorStatus.ORPHAN)
    assert paint_plan([orphan], doc, lambda sid: "").french == []
    assert french_annotation_at([orphan], plain.index("mouettes")) is None


def test_english_highlight_follows_the_current_english_and_smallest_wins() -> None:
    doc, english = _setup()
    sid = doc.sentences[2].id
    text = english[sid]
    big = Annotation(article_id=1, side=Side.ENGLISH, colour="pink",
                     target=quote_target(text, 0, len(text) - 1, sid))
    small = Annotation(article_id=1, side=Side.ENGLISH, colour="green",
                       target=quote_target(text, text.index("text"), text.index("text") + 4, sid))
    plan = paint_plan([big, small], doc, lambda s: english.get(s, ""))
    assert [(s, e) for _sid, s, e, _rgb in plan.english] == [(0, len(text) - 1), (10, 14)]
    assert english_annotation_at([big, small], sid, 11, lambda s: english.get(s, "")) is small
    assert english_annotation_at([big, small], sid, 2, lambda s: english.get(s, "")) is big
    assert paint_plan([small], doc, lambda s: "").english == []  # not translated (yet)
    changed = {sid: "Something else entirely, nothing alike."}
    assert paint_plan([small], doc, lambda s: changed.get(s, "")).english == []
