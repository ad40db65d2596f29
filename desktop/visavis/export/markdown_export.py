"""Markdown export: the article's highlights in reading order with their notes and colours."""

from __future__ import annotations

from pathlib import Path

from visavis.core.annotations.model import Annotation, Side, colour_label
from visavis.core.document import Document
from visavis.export.article import UNTRANSLATED_MARKER, ExportArticle
from visavis.export.files import write_text_atomically


def _quote_block(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.strip().splitlines())


def _sentences_touching(doc: Document, start: int, end: int) -> list[str]:
    ids = []
    for block in doc.blocks:
        for s in block.sentences:
            s_start = block.plain_start + s.block_start
            if s_start < end and start < block.plain_start + s.block_end:
                ids.append(s.id)
    return ids


def _counterpart(article: ExportArticle, ann: Annotation) -> tuple[str, str]:
    """(label, text) of the other language for ``ann``: its aligned sentence(s)."""
    doc = article.document
    if ann.side == Side.FRENCH:
        ids = _sentences_touching(doc, ann.target.start, ann.target.end)
        english = " ".join(article.english_of(i) or UNTRANSLATED_MARKER for i in ids)
        return "English", english
    try:
        return "French", doc.sentence(ann.target.sentence_id or "").text
    except KeyError:
        return "French", ""


def _entry(article: ExportArticle, ann: Annotation, number: int, link: str) -> list[str]:
    side = "French" if ann.side == Side.FRENCH else "English"
    lines = [f"### {number}. {colour_label(ann.colour)} — {side}", "", _quote_block(ann.target.exact), ""]
    label, other = _counterpart(article, ann)
    if other:
        lines += [f"*{label}:* {other}", ""]
    if ann.note.strip():
        note = ann.note.strip().replace("\n", "  \n")
        lines += [f"**Note:** {note}", ""]
    if link.startswith("visavis://"):
        lines += [f"[Open in Vis-à-vis]({link}#annotation-{ann.id})", ""]
    return lines


def markdown_text(article: ExportArticle) -> str:
    link = article.link()
    lines = [f"# {article.title}", ""]
    meta = []
    if link:
        meta.append(f"Source: <{link}>" if "://" in link else f"Source: {link}")
    if article.date:
        meta.append(f"Date: {article.date}")
    if meta:
        lines += ["  \n".join(meta), ""]
    missing = article.untranslated_count()
    if missing:
        lines += [f"*{missing} of {len(article.document.sentences)} sentences are not "
                  "translated yet.*", ""]
    anchored = article.anchored()
    lines += ["## Highlights", ""]
    if not anchored:
        lines += ["*No highlights.*", ""]
    for number, ann in enumerate(anchored, 1):
        lines += _entry(article, ann, number, link)
    orphans = article.orphans()
    if orphans:
        lines += ["## Highlights whose passage is no longer in the text", ""]
        for number, ann in enumerate(orphans, len(anchored) + 1):
            lines += _entry(article, ann, number, link)
    if article.glossary:
        lines += ["## Glossary notes", ""]
        lines += [f"- **{g.term}** — {g.english}: {g.note.strip()}" for g in article.glossary]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def export_markdown(article: ExportArticle, path: Path | str) -> int:
    """Write the Markdown file; return the number of highlights written."""
    write_text_atomically(Path(path), markdown_text(article))
    return len(article.annotations)
