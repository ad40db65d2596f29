"""W3C Web Annotation export: the article's annotations as one JSON-LD AnnotationCollection."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from visavis.core.annotations.model import Annotation
from visavis.core.annotations.w3c import ANNO_CONTEXT, GENERATOR, stylesheet, target_json
from visavis.export.article import ExportArticle
from visavis.export.files import write_text_atomically


def annotation_json(annotation: Annotation, source: str) -> dict[str, Any]:
    body: list[dict[str, Any]] = []
    if annotation.note.strip():
        body.append({"type": "TextualBody", "value": annotation.note, "format": "text/plain",
                     "purpose": "commenting"})
    item: dict[str, Any] = {
        "id": f"urn:uuid:{annotation.id}" if len(annotation.id) in (32, 36) else annotation.id,
        "type": "Annotation",
        "motivation": "commenting" if body else "highlighting",
        "created": annotation.created,
        "modified": annotation.updated,
        "generator": GENERATOR,
        "stylesheet": stylesheet(annotation.colour),
        "target": target_json(annotation, source),
    }
    if body:
        item["body"] = body
    return item


def collection_json(article: ExportArticle) -> dict[str, Any]:
    source = article.link() or "urn:visavis:unsaved-article"
    items = [annotation_json(a, source) for a in article.anchored() + article.orphans()]
    return {
        "@context": ANNO_CONTEXT,
        "id": f"{source}#annotations",
        "type": "AnnotationCollection",
        "label": article.title,
        "total": len(items),
        "generator": GENERATOR,
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def export_jsonld(article: ExportArticle, path: Path | str) -> int:
    """Write the collection to ``path``; return the number of annotations written."""
    data = collection_json(article)
    write_text_atomically(Path(path), json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return int(data["total"])
