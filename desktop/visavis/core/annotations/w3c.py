"""W3C Web Annotation vocabulary used by the JSON-LD export and import (pure Python).

French targets: ``TextQuoteSelector`` + ``TextPositionSelector`` over the article's plain
text.  English targets: a ``FragmentSelector`` naming the sentence (``en:<sentence id>``)
refined by the same two selectors over that sentence's English.
The colour is the annotation's ``styleClass`` (``visavis-<colour>``) with a CSS stylesheet.
"""

from __future__ import annotations

from typing import Any

from visavis.core.annotations.model import COLOURS, Annotation, Side, TextTarget, colour_rgb

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
STYLE_PREFIX = "visavis-"
SENTENCE_FRAGMENT = "en:"
GENERATOR = {"type": "Software", "name": "Vis-à-vis"}


def style_class(colour: str) -> str:
    return STYLE_PREFIX + colour


def stylesheet(colour: str) -> dict[str, str]:
    r, g, b = colour_rgb(colour)
    return {"type": "CssStylesheet",
            "value": f".{style_class(colour)} {{ background-color: #{r:02x}{g:02x}{b:02x}; }}"}


def text_selectors(target: TextTarget) -> list[dict[str, Any]]:
    return [
        {"type": "TextQuoteSelector", "exact": target.exact, "prefix": target.prefix,
         "suffix": target.suffix},
        {"type": "TextPositionSelector", "start": target.start, "end": target.end},
    ]


def target_json(annotation: Annotation, source: str) -> dict[str, Any]:
    t = annotation.target
    if annotation.side == Side.FRENCH:
        selector: Any = text_selectors(t)
    else:
        selector = {"type": "FragmentSelector", "value": SENTENCE_FRAGMENT + (t.sentence_id or ""),
                    "refinedBy": text_selectors(t)}
    return {"source": source, "styleClass": style_class(annotation.colour), "selector": selector}


def colour_from_style(value: object) -> str | None:
    if isinstance(value, str) and value.startswith(STYLE_PREFIX):
        name = value[len(STYLE_PREFIX):]
        return name if name in COLOURS else None
    return None
