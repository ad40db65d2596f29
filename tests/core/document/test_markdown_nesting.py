"""Text nested deeper than markdown-it's limit is never dropped silently (issue 18 item 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from visavis.core.document.markdown_parser import MAX_NESTING, parse_markdown
from visavis.core.importers import ImportFailed, import_path


@pytest.mark.parametrize("source", ["> " * (MAX_NESTING + 20) + "Texte profond.\n\nFin.\n",
                                    "- " * (MAX_NESTING + 10) + "Élément profond.\n\nFin.\n"])
def test_too_deep_nesting_is_reported(source: str, tmp_path: Path) -> None:
    document = parse_markdown(source)
    assert len(document.warnings) == 1 and "nested deeper" in document.warnings[0]
    path = tmp_path / "profond.md"
    path.write_text(source + "\nUne phrase lisible.\n", encoding="utf-8")
    try:
        article = import_path(path)
    except ImportFailed as exc:  # nothing left to show: the one-line error says why
        assert "nested deeper" in str(exc)
    else:
        assert any("nested deeper" in w for w in article.warnings)


def test_ordinary_nesting_has_no_warning() -> None:
    source = ("# Titre\n\n> Une citation\n> > imbriquée\n\n- un\n  - deux\n    - trois\n\n"
              "Terme\n: définition\n\n[ref]: https://exemple.fr\n\n::: tip Conseil\nDedans.\n:::\n")
    assert parse_markdown(source).warnings == []
