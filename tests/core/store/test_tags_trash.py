"""Tags, filtering by tag, trash with restore / undo of the last delete / emptying."""

from __future__ import annotations

from visavis.core.store.library import Library
from visavis.core.translation.types import Translation


def _three(library: Library) -> tuple[int, int, int]:
    return (library.articles.add("Un", "un"), library.articles.add("Deux", "deux"),
            library.articles.add("Trois", "trois"))


def test_tags_add_remove_list_and_filter(library: Library) -> None:
    a, b, c = _three(library)
    library.tags.add([a, b], "Politique")
    library.tags.add(a, "politique")  # same tag, case-insensitive
    library.tags.add(b, "POLITIQUÉ")  # and accent-insensitive
    library.tags.add(c, "  Sciences   naturelles ")
    assert library.tags.for_article(a) == ["Politique"]
    assert library.articles.get(c).tags == ("Sciences naturelles",)
    assert library.tags.all() == [("Politique", 2), ("Sciences naturelles", 1)]
    assert {r.id for r in library.articles.list(tag="POLITIQUE")} == {a, b}
    assert [r.tags for r in library.articles.list(ids=[a])] == [("Politique",)]
    library.tags.remove(c, "sciences naturelles")
    assert [n for n, _ in library.tags.all()] == ["Politique"]  # unused tag disappears
    library.tags.set(b, ["Économie", "politique"])
    assert library.tags.for_article(b) == ["Économie", "Politique"]


def test_delete_moves_to_trash_and_restore_brings_back(library: Library) -> None:
    a, b, c = _three(library)
    assert library.trash.delete([a, b]) == 2
    assert [r.id for r in library.articles.list()] == [c]
    assert {r.id for r in library.articles.list(trashed=True)} == {a, b}
    assert library.articles.count(trashed=True) == 2
    assert library.trash.restore([a]) == 1
    assert {r.id for r in library.articles.list()} == {a, c}


def test_undo_last_delete_restores_batches_in_reverse_order(library: Library) -> None:
    a, b, c = _three(library)
    library.trash.delete([a])
    library.trash.delete([b, c])
    assert library.trash.undo_last_delete() == [b, c]
    assert {r.id for r in library.articles.list()} == {b, c}
    assert library.trash.undo_last_delete() == [a]
    assert library.trash.undo_last_delete() == []
    assert library.articles.count() == 3


def test_empty_trash_deletes_for_good_with_children(library: Library) -> None:
    a, b, _c = _three(library)
    library.tags.add(a, "seul")
    library.corrections.set(a, "s1", "un", "one")
    library.translations.put("m", "un", Translation("one"))
    library.trash.delete([a])
    assert library.trash.purge([b]) == 0  # not in the trash: untouched
    assert library.trash.empty() == 1
    assert not library.articles.exists(a) and library.articles.exists(b)
    assert library.corrections.get_all(a) == {}
    assert library.tags.all() == []
    assert library.translations.get("m", "un") == Translation("one")  # shared cache kept
    assert library.trash.undo_last_delete() == []
