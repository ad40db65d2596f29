"""Import a W3C Web Annotation collection (as written by the JSON-LD export) onto an article.

Each item becomes an :class:`Annotation` of ``article_id``, re-anchored on the article's
current texts (so a quote that moved is found again, and a lost one becomes an orphan).
Items this importer cannot understand are skipped with a reason; bad files raise
:class:`AnnotationImportError` with a message for the reader.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from visavis.core.annotations.anchoring import reanchor
from visavis.core.annotations.model import (
    COLOUR_NAMES,
    AnchorStatus,
    Annotation,
    Side,
    TextTarget,
    now_iso,
)
from visavis.core.annotations.w3c import SENTENCE_FRAGMENT, colour_from_style
from visavis.core.wording import count

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ITEMS = 100_000
_NAMESPACE = uuid.UUID("3f0b8a52-2d4e-4c7a-9a57-6e1f0d7c9b11")


class AnnotationImportError(Exception):
    """The file is not an annotation collection Vis-à-vis can read; nothing was changed."""


@dataclass
class ImportResult:
    annotations: list[Annotation] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one reason per skipped item

    def count(self, status: AnchorStatus) -> int:
        return sum(1 for a in self.annotations if a.status == status)


def read_collection_file(path: Path | str) -> Any:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise AnnotationImportError(
                f"{path.name} is too large ({size // (1024 * 1024)} MB) to be an annotation file.")
        raw = path.read_bytes()
    except OSError as exc:
        raise AnnotationImportError(f"{path} could not be read: {exc.strerror or exc}.") from exc
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise AnnotationImportError(f"{path.name} is not UTF-8 text.") from exc
    except (json.JSONDecodeError, RecursionError) as exc:
        raise AnnotationImportError(f"{path.name} is not valid JSON ({exc}).") from exc


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise AnnotationImportError("The file does not contain W3C annotations.")
    kind = data.get("type")
    if kind == "Annotation":
        return [data]
    if kind in ("AnnotationCollection", "AnnotationPage"):
        page = data.get("first", data) if kind == "AnnotationCollection" else data
        items = page.get("items") if isinstance(page, dict) else None
        if isinstance(items, list):
            return items
    raise AnnotationImportError("The file is not a W3C AnnotationCollection or Annotation.")


def _selectors(value: Any) -> dict[str, dict[str, Any]]:
    found = value if isinstance(value, list) else [value]
    return {s["type"]: s for s in found if isinstance(s, dict) and isinstance(s.get("type"), str)}


def _text_target(selectors: dict[str, dict[str, Any]], sentence_id: str | None) -> TextTarget:
    quote = selectors.get("TextQuoteSelector")
    if not quote or not isinstance(quote.get("exact"), str) or not quote["exact"]:
        raise ValueError("no TextQuoteSelector with an exact quote")
    position = selectors.get("TextPositionSelector", {})
    start, end = position.get("start"), position.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        start, end = 0, len(quote["exact"])
    prefix, suffix = quote.get("prefix", ""), quote.get("suffix", "")
    return TextTarget(start, end, quote["exact"], prefix if isinstance(prefix, str) else "",
                      suffix if isinstance(suffix, str) else "", sentence_id)


def _annotation(item: Any, article_id: int) -> Annotation:
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise ValueError("not an Annotation")
    target = item.get("target")
    if isinstance(target, list) and target:
        target = target[0]
    if not isinstance(target, dict):
        raise ValueError("no target")
    selectors = _selectors(target.get("selector"))
    fragment = selectors.get("FragmentSelector")
    if fragment and str(fragment.get("value", "")).startswith(SENTENCE_FRAGMENT):
        sentence_id = str(fragment["value"])[len(SENTENCE_FRAGMENT):]
        text_target = _text_target(_selectors(fragment.get("refinedBy")), sentence_id)
        side = Side.ENGLISH
    else:
        text_target, side = _text_target(selectors, None), Side.FRENCH
    bodies = item.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    note = "\n\n".join(b["value"] for b in bodies if isinstance(b, dict)
                       and b.get("purpose", "commenting") == "commenting"
                       and isinstance(b.get("value"), str))
    colour = colour_from_style(target.get("styleClass")) or COLOUR_NAMES[0]
    original = str(item.get("id", "")) or f"{text_target.exact}@{text_target.start}"
    created = item.get("created") if isinstance(item.get("created"), str) else now_iso()
    modified = item.get("modified") if isinstance(item.get("modified"), str) else created
    return Annotation(article_id=article_id, side=side, colour=colour, target=text_target,
                      note=note, id=uuid.uuid5(_NAMESPACE, f"{article_id}:{original}").hex,
                      created=created, updated=modified)


def import_collection(data: Any, article_id: int, french_plain: str,
                      english: Mapping[str, str],
                      sentence_plain_start: Mapping[str, int]) -> ImportResult:
    """Annotations of ``data`` for ``article_id``, anchored on the current texts.

    Ids derive from the file's ids and the article, so importing a file twice updates the
    same annotations instead of doubling them.
    """
    items = _items(data)
    if len(items) > MAX_ITEMS:
        raise AnnotationImportError(f"The file has {len(items)} annotations; the limit is "
                                    f"{MAX_ITEMS}.")
    result = ImportResult()
    for number, item in enumerate(items, 1):
        try:
            annotation = _annotation(item, article_id)
        except (ValueError, KeyError, TypeError) as exc:
            result.skipped.append(f"item {number}: {exc}")
            continue
        result.annotations.append(reanchor(annotation, french_plain, dict(english),
                                           dict(sentence_plain_start)))
    return result


def import_file(repository: Any, path: Path | str, article_id: int, french_plain: str,
                english: Mapping[str, str], sentence_plain_start: Mapping[str, int]) -> str:
    """Read ``path``, store its annotations on ``article_id``; return a summary sentence."""
    result = import_collection(read_collection_file(path), article_id, french_plain, english,
                               sentence_plain_start)
    repository.save_many(result.annotations)
    orphans = result.count(AnchorStatus.ORPHAN)
    summary = f"Imported {count(len(result.annotations), 'highlight')}"
    if orphans:
        summary += f" ({orphans} no longer in the text)"
    if result.skipped:
        summary += f"; {len(result.skipped)} could not be read"
    return summary + "."
