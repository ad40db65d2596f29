"""Translation cache (per model, with alignment) and reader corrections (per article)."""

from __future__ import annotations

from visavis.core.store.library import Library
from visavis.core.translation.types import Translation


def test_translation_cache_round_trip_with_alignment(library: Library) -> None:
    tr = Translation("The cat sleeps.", ((0, 2, 0, 3), (3, 7, 4, 7), (8, 11, 8, 14)))
    library.translations.put_many("fr-en-1", {"Le chat dort.": tr, "Bonjour.": Translation("Hello.")})
    got = library.translations.get_many("fr-en-1", ["Le chat dort.", "Bonjour.", "Absent."])
    assert got == {"Le chat dort.": tr, "Bonjour.": Translation("Hello.")}
    assert library.translations.get_many("fr-en-2", ["Le chat dort."]) == {}


def test_translation_cache_overwrites_and_handles_many_texts(library: Library) -> None:
    texts = {f"Phrase numéro {i}.": Translation(f"Sentence number {i}.") for i in range(1200)}
    library.translations.put_many("m", texts)
    library.translations.put("m", "Phrase numéro 3.", Translation("Sentence three."))
    got = library.translations.get_many("m", list(texts))
    assert len(got) == 1200 and got["Phrase numéro 3."].text == "Sentence three."
    assert library.translations.count("m") == 1200
    assert library.translations.forget_model("m") == 1200
    assert library.translations.count() == 0


def test_damaged_alignment_json_keeps_the_translation(library: Library) -> None:
    library.translations.put("m", "Oui.", Translation("Yes.", ((0, 3, 0, 3),)))
    library.connection.execute("UPDATE translations SET alignment = 'not json'")
    assert library.translations.get("m", "Oui.") == Translation("Yes.", ())


def test_corrections_set_get_revert_and_survive_a_new_model(library: Library) -> None:
    article_id = library.articles.add("A", "Le chat dort. Il pleut.")
    library.translations.put("old-model", "Le chat dort.", Translation("The cat is sleeping."))
    library.corrections.set(article_id, "s1", "Le chat dort.", "The cat sleeps.")
    library.corrections.set(article_id, "s1", "Le chat dort.", "The cat naps.")
    library.corrections.set(article_id, "s2", "Il pleut.", "It is raining.")
    library.translations.forget_model("old-model")
    library.translations.put("new-model", "Le chat dort.", Translation("The cat sleeps."))
    got = library.corrections.get_all(article_id)
    assert {k: v.english for k, v in got.items()} == {"s1": "The cat naps.", "s2": "It is raining."}
    assert got["s1"].french_text == "Le chat dort."
    assert library.corrections.revert(article_id, "s1") is True
    assert library.corrections.revert(article_id, "s1") is False
    assert set(library.corrections.get_all(article_id)) == {"s2"}
    assert library.corrections.get_all(article_id + 1) == {}
