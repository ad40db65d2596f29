"""Structure beyond CommonMark: tables, containers, footnotes, wiki links, metadata, tasks."""

from __future__ import annotations

from visavis.core.document import TableCell
from visavis.core.document.markdown_parser import parse_markdown

TABLE = """\
Avant le tableau.

| Colonne | Exemple |
| --- | :-: |
| Le chat dort. Il rêve. | a \\| b |
| Seul | |

Après le tableau.
"""


def test_table_cells_are_blocks_in_row_major_order() -> None:
    doc = parse_markdown(TABLE, detect_language=False)
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert [b.text for b in cells] == ["Colonne", "Exemple", "Le chat dort. Il rêve.", "a | b",
                                       "Seul", ""]
    assert cells[0].table == TableCell(table_id=0, row=0, col=0, rows=3, cols=2, header=True)
    assert cells[3].table == TableCell(table_id=0, row=1, col=1, rows=3, cols=2, header=False)
    assert [len(b.sentences) for b in cells] == [1, 1, 2, 1, 1, 0]
    assert "|" not in "".join(s.text for b in cells[:3] for s in b.sentences)
    assert doc.blocks[0].text == "Avant le tableau." and doc.blocks[-1].text == "Après le tableau."
    assert doc.blocks[-1].table is None
    for b in cells:  # exact source offsets, even for repeated texts in one row
        for s in b.sentences:
            assert doc.source[s.start:s.end].replace("\\|", "|") == s.text


def test_repeated_cell_text_maps_to_its_own_cell() -> None:
    doc = parse_markdown("| a | a |\n|---|---|\n| oui | oui |\n", detect_language=False)
    starts = [b.sentences[0].start for b in doc.blocks]
    assert len(set(starts)) == 4
    assert [doc.source[s] for s in starts] == ["a", "a", "o", "o"]


def test_two_tables_have_their_own_ids() -> None:
    doc = parse_markdown("| a |\n|---|\n| b |\n\nTexte.\n\n| c | d |\n|---|---|\n",
                         detect_language=False)
    ids = [(b.text, b.table.table_id if b.table else None) for b in doc.blocks]
    assert ids == [("a", 0), ("b", 0), ("Texte.", None), ("c", 1), ("d", 1)]


def test_container_is_a_labelled_aside_without_colons() -> None:
    doc = parse_markdown("::: tip Attention aux pièges\nLe texte du conseil.\n:::\n\nLa suite.\n",
                         detect_language=False)
    kinds = [(b.kind, b.aside, b.text) for b in doc.blocks]
    assert kinds == [("aside_title", "tip", "Attention aux pièges"),
                     ("paragraph", "tip", "Le texte du conseil."), ("paragraph", "", "La suite.")]
    assert ":::" not in doc.plain
    title = doc.blocks[0]
    assert doc.source[title.sentences[0].start:title.sentences[0].end] == "Attention aux pièges"


def test_container_without_title() -> None:
    doc = parse_markdown("::: warning\nPrudence.\n:::\n", detect_language=False)
    assert [(b.kind, b.aside, b.text) for b in doc.blocks] == [("paragraph", "warning", "Prudence.")]


def test_footnotes_become_notes_after_the_body() -> None:
    doc = parse_markdown("Un fait[^src] établi. Une autre phrase.\n\n[^src]: La source du fait.\n\n"
                         "Fin du texte.\n", detect_language=False)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Un fait¹ établi. Une autre phrase."), ("paragraph", "Fin du texte."),
        ("note", "La source du fait.")]
    assert doc.blocks[-1].number == 1
    assert "[^" not in doc.plain


def test_footnote_reference_after_a_period_still_ends_the_sentence() -> None:
    doc = parse_markdown("Premier fait.[^1] Second fait.\n\n[^1]: Note.\n", detect_language=False)
    assert [s.text for s in doc.blocks[0].sentences] == ["Premier fait.¹", "Second fait."]


def test_wiki_links_show_their_label() -> None:
    doc = parse_markdown("Voir [[Page d'accueil]] et [[Cible|le guide]].\n", detect_language=False)
    assert doc.plain == "Voir Page d'accueil et le guide."


def test_yaml_front_matter_never_leaks() -> None:
    doc = parse_markdown("---\ntitle: Le titre\ntags: [a, b]\n---\n\nCorps du texte.\n",
                         detect_language=False)
    assert doc.title == "Le titre" and doc.plain == "Corps du texte."


def test_definition_list_and_tasks() -> None:
    doc = parse_markdown("Terme\n: Sa définition.\n\n- [ ] à faire\n- [x] fait\n- normal\n",
                         detect_language=False)
    assert [(b.kind, b.text, b.checked) for b in doc.blocks] == [
        ("paragraph", "Terme", None), ("paragraph", "Sa définition.", None),
        ("list_item", "à faire", False), ("list_item", "fait", True), ("list_item", "normal", None)]
    assert doc.blocks[0].emphasis == ((0, 5, "strong"),)
    assert "[ ]" not in doc.plain and "[x]" not in doc.plain


LINUXFR = """\
```
Title: Sortie de Vis-à-vis 2.0
Authors: Alice, Bob
Date: 2024-03-12
License: CC By-SA
```

Le logiciel sort aujourd'hui.

# Nouveautés

Beaucoup de nouveautés.
"""


def test_title_order() -> None:
    assert parse_markdown(LINUXFR).title == "Sortie de Vis-à-vis 2.0"
    unfenced = LINUXFR.replace("```\n", "")
    doc = parse_markdown(unfenced)
    assert doc.title == "Sortie de Vis-à-vis 2.0"
    assert "Authors" not in doc.plain  # the metadata block is not a paragraph
    front = "---\ntitle: Front\n---\n" + LINUXFR
    assert parse_markdown(front).title == "Front"
    assert parse_markdown("Texte.\n\n## Section\n\n# Plus loin\n").title == "Section"
    assert parse_markdown("Texte d'abord.\n\nSuite.\n", first_line_title=False).title == ""
    assert parse_markdown("Texte d'abord.\n\nSuite.\n").title == "Texte d'abord."


BILINGUAL = """\
# Politique de confidentialité

Nous collectons uniquement les données nécessaires au fonctionnement du service.
Vos données ne sont jamais vendues à des tiers.

## Vos droits

Vous pouvez demander la suppression de vos données à tout moment.

# Privacy policy

We only collect the data that the service needs in order to work.
Your data is never sold to third parties.

## Your rights

You can ask for your data to be deleted at any time, by writing to us.
"""


def test_language_per_block() -> None:
    doc = parse_markdown(BILINGUAL)
    langs = [(b.text, b.language) for b in doc.blocks]
    assert langs == [("Politique de confidentialité", "fr"),
                     (doc.blocks[1].text, "fr"), ("Vos droits", "fr"), (doc.blocks[3].text, "fr"),
                     ("Privacy policy", "en"), (doc.blocks[5].text, "en"), ("Your rights", "en"),
                     (doc.blocks[7].text, "en")]
    assert not doc.blocks[5].translatable and doc.blocks[1].translatable


def test_french_with_english_words_stays_french() -> None:
    doc = parse_markdown("Le Web Summit de Lisbonne accueille les start-up de la Silicon Valley.\n\n"
                         "Vous pouvez configurer le proxy, le cache et le load balancer ici.\n\n"
                         "Release notes\n\nData protection officer\n")
    assert {b.language for b in doc.blocks} == {"fr"}
