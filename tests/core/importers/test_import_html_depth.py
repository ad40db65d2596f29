"""HTML nested past libxml2's 256 levels keeps its text (it used to vanish: "No article text
was found"); past 2,048 levels the error says why (issue 18 item 13)."""

from __future__ import annotations

import pytest

from visavis.core.importers import ImportFailed, html_to_article, import_clipboard

SENTENCE = "Le vieux port s'éveille lentement sous la brume du matin. "


def _page(depth: int, tag: str = "div") -> str:
    return ("<html><body>" + f"<{tag}>" * depth + SENTENCE * 20 + f"</{tag}>" * depth
            + "</body></html>")


@pytest.mark.parametrize("depth", [300, 1500])
def test_deeply_nested_html_keeps_its_text(depth: int) -> None:
    article = html_to_article(_page(depth), "https://exemple.fr/p", "p")
    assert "sous la brume du matin" in article.source_markdown
    pasted = import_clipboard(_page(depth, "blockquote"), None)
    assert "sous la brume du matin" in pasted.source_markdown


def test_html_nested_past_what_the_parser_reads_says_why() -> None:
    with pytest.raises(ImportFailed, match="nested deeper"):
        html_to_article(_page(5000), "https://exemple.fr/p", "p")
