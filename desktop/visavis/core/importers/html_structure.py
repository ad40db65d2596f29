"""HTML to Markdown by walking the element tree.

Used for EPUB chapters, pasted HTML and web pages.  Scripts, styles, frames, forms,
images and (for web pages) navigation, headers, footers, asides and elements whose
class or id names page furniture (share bars, ads, comments, related links,
newsletter boxes, breadcrumbs, wiki edit links...) are dropped; only text is kept,
escaped as Markdown.  Headings, lists, block quotes, figure captions, ``<pre>``
(line by line, hard line breaks; ``<pre><code>`` as inline code, never translated)
and tables (GFM pipe tables; a layout table, whose cells hold paragraphs, is read as
blocks) keep their structure.  :func:`main_content` finds the article's element.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from visavis.core.importers.model import ImportFailed
from visavis.core.importers.text import escape_line

_DROP = ("script", "style", "iframe", "frame", "frameset", "object", "embed", "form",
         "noscript", "svg", "math", "template", "button", "select", "input", "textarea",
         "img", "picture", "video", "audio", "canvas", "head", "link", "meta")
_PAGE_DROP = ("nav", "header", "footer", "aside", "menu", "dialog")
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_SAFE_SCHEMES = ("http", "https", "mailto")
# class/id words of page furniture (whole words of the class or id, split on - _ and spaces)
_FURNITURE = frozenset((
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "pub", "publicite",
    "banner", "sponsor", "sponsored", "share", "sharing", "sharebar", "social", "socials",
    "comment", "comments", "commentaires", "reactions", "disqus", "related", "recommended",
    "outbrain", "taboola", "newsletter", "subscribe", "subscription", "abonnement", "paywall",
    "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "ariane", "sidebar", "menu",
    "navbar", "navigation", "nav", "footer", "toolbar", "popup", "modal", "promo", "teaser",
    "editsection", "catlinks", "printfooter", "noprint", "jump", "navbox",
))
_WORDS = re.compile(r"[\s_]+|(?<=[a-z])-(?=[a-z])")
_TABLE_BLOCKS = ("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                 "blockquote", "section", "article")
_BLOCKISH = frozenset(("p", "div", "section", "article", "blockquote", "pre", "table", "tr",
                       "dl", "dt", "dd", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"))


# A DOCTYPE with an internal subset (``<!DOCTYPE html [ <!ENTITY …> ]>``): the HTML parser
# does not know internal subsets and shows their end « ]> » as text.  Never expanded.
_INTERNAL_DTD = re.compile(rb"<!DOCTYPE[^\[>]{0,1000}\[.{0,65536}?\]\s*>",
                           re.IGNORECASE | re.DOTALL)


def parse_html(html: str | bytes) -> lxml.html.HtmlElement | None:
    if isinstance(html, str):
        html = html.encode("utf-8")  # avoids lxml's refusal of str with an encoding declaration
    head = _INTERNAL_DTD.search(html, 0, 70_000)
    if head is not None and head.start() < 2000:  # where a document's DOCTYPE stands
        html = html[:head.start()] + html[head.end():]
    parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True)
    try:
        root = lxml.html.fromstring(html, parser=parser)
        if any("Excessive depth" in e.message for e in parser.error_log):
            # libxml2 drops everything past 256 levels: parse without its limit, then fold
            # whatever sits deeper than MAX_HTML_DEPTH into text (kept, never lost)
            huge = lxml.html.HTMLParser(encoding="utf-8", no_network=True, huge_tree=True)
            root = lxml.html.fromstring(html, parser=huge)
            if any("Excessive depth" in e.message for e in huge.error_log):
                raise ImportFailed("This page is nested deeper than {limit} levels (elements "
                                   "inside each other); its text cannot be read.", limit=2048)
            _fold_deep(root)
        return root
    except (etree.ParserError, ValueError):
        return None


MAX_HTML_DEPTH = 100  # the Markdown conversion walks the tree recursively


def _fold_deep(root: lxml.html.HtmlElement) -> None:
    """Replace every element at MAX_HTML_DEPTH by a paragraph of its text (iteratively)."""
    level = [root]
    for _ in range(MAX_HTML_DEPTH):
        level = [child for el in level for child in el if isinstance(child.tag, str)]
        if not level:
            return
    for el in level:
        text = " ".join(el.itertext())
        tail = el.tail
        el.clear()
        el.tag, el.text, el.tail = "p", text, tail


def safe_href(href: str | None, base_url: str | None) -> str | None:
    """An absolute http(s)/mailto link, or None for anything else (javascript:, data:...)."""
    if not href:
        return None
    href = href.strip()
    if base_url:
        href = urljoin(base_url, href)
    scheme = urlsplit(href).scheme.lower()
    return href if scheme in _SAFE_SCHEMES else None


# Markup is carried through escaping as private-use characters, then made Markdown.
_OPEN = {"em": "\ue010", "i": "\ue010", "strong": "\ue012", "b": "\ue012", "a": "\ue014"}
_CLOSE = {"em": "\ue011", "i": "\ue011", "strong": "\ue013", "b": "\ue013"}
_MARKS = {"\ue010": "*", "\ue011": "*", "\ue012": "**", "\ue013": "**", "\ue014": "["}
_LINK_END = re.compile("\ue015(\\d+)\ue016")
_ANY_MARK = re.compile("\ue015\\d+\ue016|[\ue010-\ue016]")
_OPEN_SPACE = re.compile("([\ue010\ue012\ue014])(\\s+)")
_SPACE_CLOSE = re.compile("(\\s+)(\ue011|\ue013|\ue015\\d+\ue016)")
_EMPTY = re.compile("\ue010\ue011|\ue012\ue013|\ue014\ue015\\d+\ue016")


def _with_markup(line: str, hrefs: list[str]) -> str:
    """``line`` (escaped, with private-use marks) as Markdown, or plain if the marks would leak."""
    plain = " ".join(_ANY_MARK.sub("", line).split())
    if not _ANY_MARK.search(line):
        return line
    for _ in range(3):
        line = _OPEN_SPACE.sub(r"\2\1", line)
        line = _SPACE_CLOSE.sub(r"\2\1", line)
        line = _EMPTY.sub("", line)
    line = " ".join(line.split())
    from visavis.core.document.markdown_parser import parse_markdown

    expected = parse_markdown(plain, detect_language=False).plain
    links_only = re.sub("[\ue010-\ue013]", "", line)
    for attempt in (line, links_only):  # emphasis that would leak goes first, then links
        marked = _LINK_END.sub(lambda m: f"]({hrefs[int(m.group(1))]})", attempt)
        for mark, text in _MARKS.items():
            marked = marked.replace(mark, text)
        if parse_markdown(marked, detect_language=False).plain == expected:
            return marked
    return plain


def _inline(el: etree._Element, base_url: str | None = None) -> str:
    parts: list[str] = []
    hrefs: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                tag = child.tag
                if tag == "br":
                    parts.append("\n")
                elif tag in _BLOCKISH:
                    parts.append("\n")
                    walk(child)
                    parts.append("\n")
                elif tag == "a" and (href := safe_href(child.get("href"), base_url)):
                    parts.append(_OPEN["a"])
                    walk(child)
                    parts.append(f"\ue015{len(hrefs)}\ue016")
                    hrefs.append(href.replace(" ", "%20").replace("(", "%28").replace(")", "%29"))
                elif tag in _CLOSE:
                    parts.append(_OPEN[tag])
                    walk(child)
                    parts.append(_CLOSE[tag])
                elif tag not in ("ul", "ol"):
                    walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    joined = "".join(parts)
    if "\n" in joined:  # a mark must not span lines
        joined = _ANY_MARK.sub("", joined) if _ANY_MARK.search(joined) else joined
    lines = (" ".join(line.split()) for line in joined.split("\n"))
    return "\n".join(_with_markup(escape_line(line), hrefs) for line in lines if line)


def _is_furniture(el: etree._Element) -> bool:
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if not names.strip():
        return False
    words = set(_WORDS.split(names)) | set(names.split())
    return bool(words & _FURNITURE)


def _pre(el: etree._Element) -> str:
    """A ``<pre>`` as lines with hard breaks; inside ``<code>`` each line is inline code."""
    code = el.find(".//code") is not None
    out: list[str] = []
    for raw in "".join(el.itertext()).strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            out.append("")
            continue
        if code:
            fence = "``" if "`" in line else "`"
            out.append(f"{fence} {line.strip()} {fence}" if fence == "``" else f"`{line.strip()}`")
        else:
            out.append(escape_line(line))
    paragraphs: list[str] = []
    current: list[str] = []
    for line in out + [""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\\\n".join(current))
            current = []
    return "\n\n".join(paragraphs)


def _cell(el: etree._Element) -> str:
    text = " ".join("".join(el.itertext()).split())
    return escape_line(text).replace("|", "\\|") if text else ""


def _table(el: etree._Element) -> str | None:
    """A GFM pipe table, or None for a layout table (cells holding blocks)."""
    rows: list[tuple[list[str], bool]] = []
    for tr in el.iter("tr"):
        if tr.getparent() is not None and _ancestor_table(tr) is not el:
            continue  # a nested table's row
        cells = [c for c in tr if getattr(c, "tag", None) in ("td", "th")]
        if not cells:
            continue
        for c in cells:
            if any(c.iter(*_TABLE_BLOCKS)) and any(
                    d is not c for d in c.iter(*_TABLE_BLOCKS)):
                return None
        texts: list[str] = []
        for c in cells:
            texts.append(_cell(c))
            span = c.get("colspan", "1")
            texts.extend([""] * (min(int(span), 50) - 1 if span.isdigit() and int(span) > 1 else 0))
        rows.append((texts, all(c.tag == "th" for c in cells)))
    if not rows or not any(t for row, _ in rows for t in row):
        return None
    cols = max(len(row) for row, _ in rows)
    lines = []
    for i, (row, _) in enumerate(rows):
        row = row + [""] * (cols - len(row))
        lines.append("| " + " | ".join(row) + " |")
        if i == 0:
            lines.append("|" + "---|" * cols)
    caption = el.find("caption")
    text = "\n".join(lines)
    if caption is not None and "".join(caption.itertext()).strip():
        text = _inline(caption) + "\n\n" + text
    return text


def _ancestor_table(el: etree._Element) -> etree._Element | None:
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


class _Writer:
    def __init__(self, base_url: str | None = None) -> None:
        self.blocks: list[str] = []
        self.base_url = base_url

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
            self.add("#" * _HEADINGS[tag] + " " + _inline(el, self.base_url).replace("\n", " "), quote=quote)
        elif tag == "pre":
            for paragraph in _pre(el).split("\n\n"):
                self.add(paragraph, quote=quote)
        elif tag == "table":
            table = _table(el)
            if table is None:
                self._container(el, quote, depth)
            else:
                for part in table.split("\n\n"):
                    self.add(part, quote=quote)
        elif tag in ("p", "dt", "dd", "figcaption", "caption", "td", "th"):
            self.add(_inline(el, self.base_url), quote=quote)
        elif tag in ("ul", "ol"):
            number = int(el.get("start", "1")) if el.get("start", "1").isdigit() else 1
            for li in el:
                if getattr(li, "tag", None) != "li":
                    continue
                marker = f"{number}. " if tag == "ol" else "- "
                self.add(_inline(li, self.base_url), "   " * depth + marker, quote)
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


def _drop_furniture(root: etree._Element) -> None:
    """Remove elements named like page furniture, unless one holds most of the page's text
    (a wrapper ``<div class="page has-sidebar">`` is not furniture)."""
    total = _text_length(root)
    doomed = [el for el in root.iter() if isinstance(el.tag, str) and el.tag not in ("html", "body")
              and _is_furniture(el)]
    for el in doomed:
        if _text_length(el) > 0.4 * total and total > 500:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail and el.tail.strip():  # keep the text that follows the element
            previous = el.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)


def _text_length(el: etree._Element) -> int:
    return len(" ".join("".join(el.itertext()).split()))


def main_content(root: etree._Element) -> etree._Element:
    """The element that holds the article: the biggest ``<article>``, else ``<main>`` /
    ``role=main``, else the element whose own paragraphs hold the most text (readability)."""
    articles = [el for el in root.iter("article")]
    if articles:
        best = max(articles, key=_text_length)
        if _text_length(best) >= 200:
            return best
    for el in root.iter("main", "div", "section"):
        if (el.tag == "main" or el.get("role") == "main") and _text_length(el) >= 200:
            return el
    scores: dict[etree._Element, float] = {}
    for p in root.iter("p", "pre", "blockquote"):
        length = _text_length(p)
        parent = p.getparent()
        if parent is None or length < 25:
            continue
        scores[parent] = scores.get(parent, 0.0) + length
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + length / 2
    if not scores:
        body = root.find(".//body")
        return body if body is not None else root
    best = max(scores, key=lambda el: scores[el])
    return best


def html_tree_to_markdown(root: etree._Element, page: bool = True, main: bool = False,
                          base_url: str | None = None) -> str:
    """Markdown of the readable text under ``root`` (``page``: also drop nav/header/footer
    and page furniture by class/id; ``main``: only the article element, :func:`main_content`)."""
    etree.strip_elements(root, *(_DROP + (_PAGE_DROP if page else ())), etree.Comment,
                         etree.ProcessingInstruction, with_tail=False)
    if page:
        _drop_furniture(root)
    body = root.find(".//body")
    start = main_content(root) if main else (body if body is not None else root)
    writer = _Writer(base_url)
    writer.walk(start)
    return "\n\n".join(writer.blocks)


def html_title(root: etree._Element) -> str | None:
    for path in (".//title", ".//h1"):
        el = root.find(path)
        if el is not None:
            text = " ".join("".join(el.itertext()).split())
            if text:
                return text
    return None
