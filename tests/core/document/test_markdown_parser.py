"""parse_markdown: blocks, exact source offsets, stable ids, titles."""

from __future__ import annotations

import html

from visavis.core.document import Document
from visavis.core.document.markdown_parser import parse_markdown, sentence_id

MARKUP_HEAVY = """\
# Le *grand* titre

Un paragraphe avec **du gras**, de l'*italique* et un [lien](https://example.org/a_(b) "T").
Une ligne suivante &amp; un \\*astérisque\\* échappé. Le code `x = 1` reste.
Fin du paragraphe avec une coupure dure\\
et la suite.

* Premier point. Il a deux phrases.
* Second point
  * Sous-point imbriqué.

3. Trois
4. Quatre

> Une citation. Elle continue.
> > Une citation imbriquée.

```
du code. Jamais traduit.
```

<div>Du HTML brut.</div>

---

Dernier paragraphe avec <https://example.org/auto>.
"""


def _is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


def _check_offsets(doc: Document) -> None:
    source = doc.source
    for block in doc.blocks:
        assert doc.plain[block.plain_start:block.plain_start + len(block.text)] == block.text
        for s in block.sentences:
            assert block.text[s.block_start:s.block_end] == s.text
            covered = source[s.start:s.end]
            if not any(ch in covered for ch in "*_`[]<>&\\"):
                assert covered == s.text
            else:
                unescaped = html.unescape(covered.replace("\\", ""))
                assert _is_subsequence(s.text.replace(" ", "").replace("\n", ""), unescaped)


def test_plain_source_offsets_round_trip_exactly() -> None:
    source = "Premier paragraphe. Il a deux phrases.\n\nLe second, avec M. Dupont, suit.\nIl continue ici.\n"
    doc = parse_markdown(source)
    assert [s.text for s in doc.sentences] == [
        "Premier paragraphe.", "Il a deux phrases.", "Le second, avec M. Dupont, suit.",
        "Il continue ici.",
    ]
    for s in doc.sentences:
        assert source[s.start:s.end] == s.text
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]
    assert doc.blocks[1].text == "Le second, avec M. Dupont, suit. Il continue ici."


def test_markup_heavy_blocks_and_offsets() -> None:
    doc = parse_markdown(MARKUP_HEAVY)
    _check_offsets(doc)
    kinds = [(b.kind, b.level) for b in doc.blocks]
    assert kinds == [
        ("heading", 1), ("paragraph", 0), ("list_item", 1), ("list_item", 1), ("list_item", 2),
        ("list_item", 1), ("list_item", 1), ("blockquote", 0), ("blockquote", 0), ("paragraph", 0),
    ]
    assert doc.title == "Le grand titre"
    para = doc.blocks[1]
    assert para.text.startswith("Un paragraphe avec du gras, de l'italique et un lien.")
    assert "& un *astérisque* échappé." in para.text
    assert "coupure dure\net la suite." in para.text
    kinds_in_para = {kind for _, _, kind in para.emphasis}
    assert kinds_in_para == {"strong", "em", "link", "code"}
    (start, end, href), = para.links
    assert para.text[start:end] == "lien" and href == "https://example.org/a_(b)"
    code_start, code_end, _ = next(e for e in para.emphasis if e[2] == "code")
    assert para.text[code_start:code_end] == "x = 1"
    assert "du code" not in doc.plain and "HTML brut" not in doc.plain
    assert doc.blocks[-1].links[0][2] == "https://example.org/auto"


def test_sentence_covering_markup_includes_it() -> None:
    source = "Il a dit **bonjour**. *Fin.* Puis [un lien](https://example.org)."
    doc = parse_markdown(source)
    assert [source[s.start:s.end] for s in doc.sentences] == [
        "Il a dit **bonjour**.", "*Fin.*", "Puis [un lien](https://example.org).",
    ]


def test_list_numbering_and_ordered_flag() -> None:
    doc = parse_markdown("3. trois\n4. quatre\n\n   suite du quatre\n\n- puce\n")
    items = [(b.text, b.ordered, b.number) for b in doc.blocks]
    assert items == [("trois", True, 3), ("quatre", True, 4), ("suite du quatre", True, None),
                     ("puce", False, None)]


def test_nested_lists_depth() -> None:
    doc = parse_markdown("1. un\n   - a\n     1. profond\n2. deux\n")
    assert [(b.text, b.level, b.number) for b in doc.blocks] == [
        ("un", 1, 1), ("a", 2, None), ("profond", 3, 1), ("deux", 1, 2)]


def test_nested_quotes() -> None:
    doc = parse_markdown("> Niveau un.\n>\n> > Niveau deux.\n> > > Niveau trois.\n\nHors citation.")
    assert [(b.kind, b.quote_depth, b.text) for b in doc.blocks] == [
        ("blockquote", 1, "Niveau un."), ("blockquote", 2, "Niveau deux."),
        ("blockquote", 3, "Niveau trois."), ("paragraph", 0, "Hors citation."),
    ]
    assert [b.level for b in doc.blocks] == [0, 0, 0, 0]
    _check_offsets(doc)


def test_ids_stable_across_reparse_and_edits_elsewhere() -> None:
    source = "Titre\n\nLa même phrase. Autre chose.\n\nLa même phrase.\n\nUn dernier mot.\n"
    first = parse_markdown(source)
    again = parse_markdown(source)
    assert [s.id for s in first.sentences] == [s.id for s in again.sentences]
    same = [s for s in first.sentences if s.text == "La même phrase."]
    assert len(same) == 2 and same[0].id != same[1].id
    edited = parse_markdown(source.replace("Un dernier mot.", "Un tout autre mot, changé."))
    kept = {s.text: s.id for s in first.sentences if s.text != "Un dernier mot."}
    edited_ids = {s.id for s in edited.sentences}
    assert set(kept.values()) <= edited_ids
    assert sentence_id("Un dernier mot.", 0) not in edited_ids
    assert len({s.id for s in first.sentences}) == len(first.sentences)


def test_front_matter_title_skipped() -> None:
    source = "---\ntitle: \"Un titre de front matter\"\nauthor: moi\n---\n# Autre titre\n\nTexte.\n"
    doc = parse_markdown(source)
    assert doc.title == "Un titre de front matter"
    assert "author" not in doc.plain
    assert doc.blocks[0].text == "Autre titre"
    _check_offsets(doc)
    assert source[doc.sentences[-1].start:doc.sentences[-1].end] == "Texte."


def test_toml_front_matter() -> None:
    doc = parse_markdown("+++\ntitle = 'Titre TOML'\n+++\nCorps.\n")
    assert doc.title == "Titre TOML" and doc.plain == "Corps."


def test_thematic_break_at_start_is_not_front_matter() -> None:
    doc = parse_markdown("---\nUne phrase normale ici.\n\nEt une autre.\n---\n")
    assert "Une phrase normale ici." in doc.plain


def test_title_precedence() -> None:
    assert parse_markdown("# H1\n\nTexte.", title="Donné").title == "Donné"
    assert parse_markdown("## Pas H1\n\n# Le H1\n").title == "Le H1"
    assert parse_markdown("Première ligne\nseconde ligne\n\nTexte.").title == "Première ligne seconde ligne"


def test_empty_document() -> None:
    for source in ("", "   \n\n", "---\ntitle: Vide\n---\n"):
        doc = parse_markdown(source)
        assert doc.blocks == [] and doc.sentences == [] and doc.plain == ""
    assert parse_markdown("").title == ""
    assert parse_markdown("---\ntitle: Vide\n---\n").title == "Vide"


def test_crlf_line_endings() -> None:
    source = "# Titre\r\n\r\nUne phrase. Une autre\r\nsur deux lignes.\r\n\r\n- point\r\n"
    doc = parse_markdown(source)
    assert [b.text for b in doc.blocks] == ["Titre", "Une phrase. Une autre sur deux lignes.", "point"]
    first, second = doc.blocks[1].sentences
    assert source[first.start:first.end] == "Une phrase."
    assert source[second.start:second.end] == "Une autre\r\nsur deux lignes."
    assert parse_markdown(source.replace("\r\n", "\n")).blocks[1].sentences[0].id == first.id


def test_very_long_paragraph() -> None:
    sentence = "Le conseil a voté un budget de 14,3 millions d'euros pour **la piste** cyclable. "
    source = sentence * 3000
    doc = parse_markdown(source)
    assert len(doc.blocks) == 1
    assert len(doc.sentences) == 3000
    last = doc.sentences[-1]
    assert source[last.start:last.end] == sentence.strip()
    assert last.end == len(source.rstrip())


def test_bom_and_entities() -> None:
    source = "\ufeffCafé &eacute;tonnant &#233; &#x41;bc. Deuxième."
    doc = parse_markdown(source)
    assert doc.blocks[0].text == "Café étonnant é Abc. Deuxième."
    _check_offsets(doc)
    second = doc.sentences[1]
    assert source[second.start:second.end] == "Deuxième."


def test_plain_block_offsets_and_spans() -> None:
    doc = parse_markdown("## Sous-titre\n\nTexte simple.")
    heading = doc.blocks[0]
    assert heading.kind == "heading" and heading.level == 2
    assert doc.source[heading.start:heading.end] == "## Sous-titre"
    assert doc.blocks[1].plain_start == len("Sous-titre") + 2
    assert [s.index for s in doc.sentences] == [0, 1]
    assert [s.block for s in doc.sentences] == [0, 1]


def test_sample_article_parses_with_expected_features() -> None:
    from visavis.core.platform.resources import sample_article_path

    source = sample_article_path().read_text(encoding="utf-8")
    doc = parse_markdown(source)
    assert len(doc.blocks) >= 15
    assert len(doc.sentences) >= 35
    assert 650 <= doc.word_count() <= 850
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].level == 1
    assert doc.title == doc.blocks[0].text
    assert sum(1 for b in doc.blocks if b.kind == "heading" and b.level == 2) >= 2
    assert any(b.kind == "list_item" and not b.ordered for b in doc.blocks)
    assert [b.number for b in doc.blocks if b.ordered][:3] == [1, 2, 3]
    assert any(b.kind == "blockquote" for b in doc.blocks)
    marks = {kind for b in doc.blocks for _, _, kind in b.emphasis}
    assert {"em", "strong", "link"} <= marks
    assert any(href.startswith("https://example.org/") for b in doc.blocks for *_, href in b.links)
    plain = doc.plain
    for needle in ("«", "»", "14,3 millions d'euros", "2 500", "12 %", "M. Dupont", "Mme ",
                   "jeune pousse", "intelligence artificielle", "mettre sur pied",
                   "prime à la signature", "piste cyclable", "pouvoir d'achat"):
        assert needle in plain, needle
    assert any(s.text.startswith("« Nous ne voulons") and "M. Dupont" in s.text
               for s in doc.sentences)
    _check_offsets(doc)


_PIECES = ["Le chat dort. ", "M. Dupont ", "**gras** ", "*em* ", "_x_ ", "`code` ", "[lien](http://a.b/(c)) ",
           "&amp; ", "&eacute;", "\\*", "\n", "\n\n", "> ", "- ", "1. ", "# ", "  \n", "<b>", "</b>",
           "« Viens ! » dit-il. ", "![img](x.png) ", "<http://x.y> ", "\r\n", "\t", "    ", "```\n",
           "---\n", "[ref]: http://x\n", "[ref] ", "é", "? ", "\\", "]", "[", "(", ")", "~~~\n",
           "<!-- c -->", "\x00", "## Titre ##\n", "Sous\n===\n"]


def test_random_markup_keeps_offsets_consistent() -> None:
    import random

    rng = random.Random(20240601)
    for _ in range(400):
        source = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        doc = parse_markdown(source)
        previous = -1
        for block in doc.blocks:
            assert doc.plain[block.plain_start:block.plain_start + len(block.text)] == block.text
            assert 0 <= block.start <= block.end <= len(source)
            for s in block.sentences:
                assert block.text[s.block_start:s.block_end] == s.text
                assert 0 <= s.start < s.end <= len(source)
                assert s.start >= previous
                previous = s.start
                covered = source[s.start:s.end]
                if not any(ch in covered for ch in "*_`[]<>&\\!\r\t\x00\n"):
                    assert covered == s.text, (source, covered, s.text)


def test_markers_entities_and_tabs_map_to_the_right_place() -> None:
    cases = [
        ("# # Dièse ?", "# Dièse ?", "# Dièse ?"),
        ("\\# Échappé.", "# Échappé.", "\\# Échappé."),
        ("- &eacute;té.", "été.", "&eacute;té."),
        ("> &eacute;cole.", "école.", "&eacute;cole."),
        ("**Gras** \r\n&eacute;té.", "Gras été.", "**Gras** \r\n&eacute;té."),
        ("- un\n\tdeux.", "un deux.", "un\n\tdeux."),
        ("Nul \x00 ici.", "Nul \ufffd ici.", "Nul \x00 ici."),
        ("Du `&amp;` brut.", "Du &amp; brut.", "Du `&amp;` brut."),
        ("## Titre fermé ##", "Titre fermé", "Titre fermé"),
    ]
    for source, text, covered in cases:
        (sentence,) = parse_markdown(source).sentences
        assert sentence.text == text
        assert source[sentence.start:sentence.end] == covered, source


def test_unsafe_link_targets_never_become_links() -> None:
    doc = parse_markdown("[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x) "
                         "[d](file:///etc/passwd) [e](https://example.org/ok) <javascript:alert(2)>")
    (block,) = doc.blocks
    assert [href for *_, href in block.links] == ["https://example.org/ok"]
    assert "javascript:alert(1)" in block.text  # shown as text, never as a link


def test_deep_nesting_keeps_its_text() -> None:
    quotes = parse_markdown("> " * 30 + "Texte profond.\n\nParagraphe normal.")
    assert [(b.text, b.quote_depth) for b in quotes.blocks] == [
        ("Texte profond.", 30), ("Paragraphe normal.", 0)]
    lists = parse_markdown("".join("  " * i + f"- niveau {i}\n" for i in range(25)))
    assert [b.level for b in lists.blocks] == list(range(1, 26))
