"""HTML to Markdown by walking the element tree (no boilerplate detection).

Used for EPUB chapters, pasted HTML and as the fallback when trafilatura finds
nothing.  Scripts, styles, frames, forms, images and (for web pages) navigation,
headers, footers and asides are dropped; only text is kept, escaped as Markdown.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from visavis.core.importers.text import escape_line

_DROP = ("script", "style", "iframe", "frame", "frameset", "object", "embed", "form",
         "noscript", "svg", "math", "template", "button", "select", "input", "textarea",
         "img", "picture", "video", "audio", "canvas", "head", "link", "meta")
_PAGE_DROP = ("nav", "header", "footer", "aside", "menu", "dialog")
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_SAFE_SCHEMES = ("http", "https", "mailto")
_BLOCKISH = frozenset(("p", "div", "section", "article", "blockquote", "pre", "table", "tr",
                       "dl", "dt", "dd", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"))


def parse_html(html: str | bytes) -> lxml.html.HtmlElement | None:
    if isinstance(html, str):
        html = html.encode("utf-8")  # avoids lxml's refusal of str with an encoding declaration
    try:
        return lxml.html.fromstring(html, parser=lxml.html.HTMLParser(encoding="utf-8",
                                                                      no_network=True))
    except (etree.ParserError, ValueError):
        return None


def safe_href(href: str | None, base_url: str | None) -> str | None:
    """An absolute http(s)/mailto link, or None for anything else (javascript:, data:...)."""
    if not href:
        return None
    href = href.strip()
    if base_url:
        href = urljoin(base_url, href)
    scheme = urlsplit(href).scheme.lower()
    return href if scheme in _SAFE_SCHEMES else None


def _inline(el: etree._Element) -> str:
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                if child.tag == "br":
                    parts.append("\n")
                elif child.tag in _BLOCKISH:
                    parts.append("\n")
                    walk(child)
                    parts.append("\n")
                elif child.tag not in ("ul", "ol"):
                    walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(escape_line(line) for line in lines if line)


class _Writer:
    def __init__(self) -> None:
        self.blocks: list[str] = []

    def add(self, text: str, prefix: str = "", quote: int = 0) -> None:
        if not text.strip():
            return
        lead = "> " * quote
        indent = " " * len(prefix)
        lines = text.split("\n")
        body = [lead + prefix + lines[0]] + [lead + indent + line for line in lines[1:]]
        self.blocks.append("\n".join(body))

    def walk(self, el: etree._Element, quote: int = 0, depth: int = 0) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _HEADINGS:
            self.add("#" * _HEADINGS[tag] + " " + _inline(el).replace("\n", " "), quote=quote)
        elif tag in ("p", "pre", "dt", "dd", "figcaption", "caption", "td", "th"):
            self.add(_inline(el), quote=quote)
        elif tag in ("ul", "ol"):
            number = int(el.get("start", "1")) if el.get("start", "1").isdigit() else 1
            for li in el:
                if getattr(li, "tag", None) != "li":
                    continue
                marker = f"{number}. " if tag == "ol" else "- "
                self.add(_inline(li), "   " * depth + marker, quote)
                number += 1
                for nested in li.iter("ul", "ol"):
                    if nested.getparent() is li:
                        self.walk(nested, quote, depth + 1)
        elif tag == "blockquote":
            self._container(el, quote + 1, depth)
        else:
            self._container(el, quote, depth)

    def _container(self, el: etree._Element, quote: int, depth: int) -> None:
        loose = [el.text or ""]
        for child in el:
            child_tag = child.tag if isinstance(child.tag, str) else ""
            if child_tag in ("span", "a", "em", "strong", "b", "i", "u", "small", "sup", "sub",
                             "abbr", "cite", "q", "time", "mark", "code", "br", "font"):
                loose.append(_inline_fragment(child))
            else:
                self.add(_collapse(loose), quote=quote)
                loose = []
                self.walk(child, quote, depth)
            loose.append(child.tail or "")
        self.add(_collapse(loose), quote=quote)


def _inline_fragment(el: etree._Element) -> str:
    if el.tag == "br":
        return "\n"
    return "".join(el.itertext())


def _collapse(parts: list[str]) -> str:
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(escape_line(line) for line in lines if line)


def html_tree_to_markdown(root: etree._Element, page: bool = True) -> str:
    """Markdown of the readable text under ``root`` (``page``: also drop nav/header/footer)."""
    etree.strip_elements(root, *(_DROP + (_PAGE_DROP if page else ())), etree.Comment,
                         etree.ProcessingInstruction, with_tail=False)
    body = root.find(".//body")
    writer = _Writer()
    writer.walk(body if body is not None else root)
    return "\n\n".join(writer.blocks)


def html_title(root: etree._Element) -> str | None:
    for path in (".//title", ".//h1"):
        el = root.find(path)
        if el is not None:
            text = " ".join("".join(el.itertext()).split())
            if text:
                return text
    return None
