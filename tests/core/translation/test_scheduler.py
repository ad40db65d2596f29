"""Scheduling: visible paragraphs first, cache first, one batched call, cancellation."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import pytest

from visavis.core.document import Block, Document, Sentence
from visavis.core.translation.discovery import read_package
from visavis.core.translation.engine import CTranslate2Engine
from visavis.core.translation.scheduler import TranslationScheduler, translate_document
from visavis.core.translation.types import Translation, TranslationCancelled


def make_doc(paragraphs: list[list[str]]) -> Document:
    blocks, index, offset = [], 0, 0
    for b, sentences in enumerate(paragraphs):
        text = " ".join(sentences)
        items, pos = [], 0
        for s in sentences:
            start = text.index(s, pos) if s else pos
            items.append(Sentence(f"s{index}", b, index, s, start, start + len(s),
                                  offset + start, offset + start + len(s)))
            pos, index = start + len(s), index + 1
        blocks.append(Block(b, "paragraph", 0, text, offset, offset + len(text), offset,
                            tuple(items)))
        offset += len(text) + 2
    return Document("\n\n".join(" ".join(p) for p in paragraphs), "Test", blocks)


class FakeEngine:
    """Upper-cases; records each call."""

    model_id = "fake@1"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def translate(self, sentences: Sequence[str], *,
                  on_result: Callable[[int, Translation], None] | None = None,
                  cancel: Callable[[], bool] | None = None) -> list[Translation]:
        self.calls.append(list(sentences))
        out = [Translation(s.upper()) for s in sentences]
        for i, t in enumerate(out):
            if on_result:
                on_result(i, t)
        return out


class DictCache:
    def __init__(self, data: dict[str, Translation] | None = None) -> None:
        self.data = dict(data or {})
        self.puts: list[dict[str, Translation]] = []

    def get_many(self, model_id: str, texts: Iterable[str]) -> dict[str, Translation]:
        return {t: self.data[t] for t in texts if t in self.data}

    def put_many(self, model_id: str, mapping: Mapping[str, Translation]) -> None:
        self.puts.append(dict(mapping))
        self.data.update(mapping)


def blocks_of(n_blocks: int, per_block: int = 2) -> dict[int, list[tuple[str, str]]]:
    return {b: [(f"b{b}s{i}", f"phrase {b}.{i}") for i in range(per_block)]
            for b in range(n_blocks)}


def test_reading_order_without_visible_blocks() -> None:
    sched = TranslationScheduler(blocks_of(5))
    batch = sched.next_batch(max_sentences=4)
    assert [b for b, _, _ in batch] == [0, 0, 1, 1]


def test_visible_first_then_following_blocks_then_wrap() -> None:
    sched = TranslationScheduler(blocks_of(8))
    sched.set_visible([4, 3])
    first = sched.next_batch(max_sentences=10)
    assert [b for b, _, _ in first] == [3, 3, 4, 4]  # only the screen in the first call
    sched.mark_done(sid for _, sid, _ in first)
    rest = sched.next_batch(max_sentences=100)
    assert list(dict.fromkeys(b for b, _, _ in rest)) == [5, 6, 7, 0, 1, 2]


def test_reprioritisation_between_batches() -> None:
    sched = TranslationScheduler(blocks_of(10))
    sched.set_visible([0])
    assert {b for b, _, _ in sched.next_batch(4)} == {0}
    sched.set_visible([7, 8])  # the reader scrolled
    assert [b for b, _, _ in sched.next_batch(4)] == [7, 7, 8, 8]
    assert [b for b, _, _ in sched.next_batch(4)] == [9, 9, 1, 1]


def test_batches_fill_across_paragraphs_and_split_big_ones() -> None:
    sched = TranslationScheduler({0: [("a", "x")], 1: [(f"b{i}", "y") for i in range(5)],
                                  2: [("c", "z")]})
    assert [sid for _, sid, _ in sched.next_batch(3)] == ["a", "b0", "b1"]
    assert [sid for _, sid, _ in sched.next_batch(3)] == ["b2", "b3", "b4"]
    assert [sid for _, sid, _ in sched.next_batch(3)] == ["c"]
    assert sched.next_batch(3) == []


def test_token_budget() -> None:
    sched = TranslationScheduler({0: [("a", "un deux trois"), ("b", "quatre cinq"),
                                      ("c", "six")]})
    assert [sid for _, sid, _ in sched.next_batch(10, max_tokens=5)] == ["a", "b"]
    assert [sid for _, sid, _ in sched.next_batch(10, max_tokens=5)] == ["c"]


def test_progress_done_and_requeue() -> None:
    sched = TranslationScheduler({0: [("a", "x"), ("b", "y")], 1: [("c", "z")]}, total_blocks=3)
    assert sched.progress() == (1, 3)  # the block with nothing to translate counts as done
    batch = sched.next_batch(2)
    assert sched.mark_done(["a"]) == [] and not sched.is_done
    sched.requeue(["b"], {"b": "y"})
    assert sched.pending_count == 2
    assert [sid for _, sid, _ in sched.next_batch(5)] == ["b", "c"]
    assert sched.mark_done(["b", "c"]) == [0, 1]
    assert sched.progress() == (3, 3) and sched.is_done and batch


def test_cancel_empties_the_queue() -> None:
    sched = TranslationScheduler(blocks_of(3))
    sched.cancel()
    assert sched.next_batch() == [] and sched.is_done and sched.cancelled


def test_translate_document_in_order_with_blocks_reported() -> None:
    doc = make_doc([["Titre"], ["Un.", "Deux."], [], ["Trois.", "Un."]])
    engine = FakeEngine()
    seen: list[tuple[int, list[str]]] = []
    progress: list[tuple[int, int]] = []
    out = translate_document(doc, engine, on_block=lambda b, ts: seen.append(
        (b, [t.text for t in ts])), progress=lambda d, t: progress.append((d, t)))
    assert [t.text for t in out] == ["TITRE", "UN.", "DEUX.", "TROIS.", "UN."]
    assert len(engine.calls) == 1 and engine.calls[0] == ["Titre", "Un.", "Deux.", "Trois."]
    assert sorted(seen) == [(0, ["TITRE"]), (1, ["UN.", "DEUX."]), (2, []), (3, ["TROIS.", "UN."])]
    assert progress[-1] == (4, 4)


def test_cache_hits_never_reach_the_model() -> None:
    doc = make_doc([["Un.", "Deux."], ["Trois."]])
    cache = DictCache({"Deux.": Translation("two", ((0, 4, 0, 3),))})
    engine = FakeEngine()
    out = translate_document(doc, engine, cache=cache)
    assert out[1] == Translation("two", ((0, 4, 0, 3),))
    assert engine.calls == [["Un.", "Trois."]]
    assert cache.puts == [{"Un.": Translation("UN."), "Trois.": Translation("TROIS.")}]
    again = FakeEngine()
    assert translate_document(doc, again, cache=cache) == out and again.calls == []


def test_visible_blocks_go_first_in_translate_document() -> None:
    doc = make_doc([[f"Phrase {b}."] for b in range(6)])
    engine = FakeEngine()
    translate_document(doc, engine, visible=[3], batch_sentences=2)
    assert engine.calls[0] == ["Phrase 3."]
    assert engine.calls[1:] == [["Phrase 4.", "Phrase 5."], ["Phrase 0.", "Phrase 1."],
                                ["Phrase 2."]]


def test_translate_document_cancel() -> None:
    doc = make_doc([[f"Phrase {b}."] for b in range(6)])
    engine = FakeEngine()
    with pytest.raises(TranslationCancelled):
        translate_document(doc, engine, batch_sentences=2, cancel=lambda: len(engine.calls) >= 1)
    assert len(engine.calls) == 1


class CountingTranslator:
    def __init__(self, real) -> None:  # type: ignore[no-untyped-def]
        self.real, self.calls = real, 0

    def translate_batch(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.calls += 1
        return self.real.translate_batch(*args, **kwargs)


def test_real_engine_one_translate_batch_call_for_a_document(installed_tiny_model: Path) -> None:
    import ctranslate2

    translator = CountingTranslator(ctranslate2.Translator(str(installed_tiny_model / "model")))
    engine = CTranslate2Engine(read_package(installed_tiny_model), translator=translator)
    long = "Les enfants jouent dans le jardin avec leurs amis, " * 60
    doc = make_doc([["Un titre"], ["Le chat dort.", "", "https://exemple.fr", long],
                    ["…", "2024", "Oui."]])
    out = translate_document(doc, engine)
    assert translator.calls == 1
    assert len(out) == len(doc.sentences) == 8
    assert [out[i].text for i in (2, 3, 5, 6)] == ["", "https://exemple.fr", "…", "2024"]
    assert all(out[i].text for i in (0, 1, 4, 7))


def test_first_batch_of_a_new_screen_is_small() -> None:
    sched = TranslationScheduler(blocks_of(10, per_block=4))
    sched.set_visible([2, 3, 4])
    assert [b for b, _, _ in sched.next_batch(32)] == [2] * 4  # the first paragraph alone
    assert [b for b, _, _ in sched.next_batch(32)] == [3] * 4 + [4] * 4  # rest of the screen
    assert list(dict.fromkeys(b for b, _, _ in sched.next_batch(16))) == [5, 6, 7, 8]
    sched.set_visible([2, 3, 4])  # unchanged screen, nothing new to hurry
    sched.set_visible([1])
    assert [b for b, _, _ in sched.next_batch(32)] == [1] * 4
    assert list(dict.fromkeys(b for b, _, _ in sched.next_batch(32))) == [9, 0]


def test_first_batch_splits_a_huge_first_paragraph() -> None:
    sched = TranslationScheduler({0: [(f"s{i}", "x") for i in range(50)], 1: [("t", "y")]})
    sched.set_visible([0, 1])
    assert len(sched.next_batch(32)) == 32
    assert len(sched.next_batch(32)) == 19


def test_code_only_sentences_are_copied_without_the_model() -> None:
    from visavis.core.document.markdown_parser import parse_markdown

    doc = parse_markdown("Lancez `pip install visavis` maintenant.\n\n`config.toml`\n\n"
                         "Voir `ls -la`. Ensuite on continue.\n")
    engine = FakeEngine()
    seen: dict[int, list[str]] = {}
    out = translate_document(doc, engine, on_block=lambda b, ts: seen.update(
        {b: [t.text for t in ts]}))
    assert [t.text for t in out] == ["LANCEZ PIP INSTALL VISAVIS MAINTENANT.", "config.toml",
                                     "VOIR LS -LA.", "ENSUITE ON CONTINUE."]
    assert engine.calls == [["Lancez pip install visavis maintenant.", "Voir ls -la.",
                             "Ensuite on continue."]]
    assert seen[1] == ["config.toml"] and len(seen) == 3


def test_blocks_not_in_french_are_never_sent_to_the_model() -> None:
    from dataclasses import replace

    doc = make_doc([["Le chat dort."], ["The cat sleeps.", "It dreams."], ["Il rêve."]])
    doc.blocks[1] = replace(doc.blocks[1], language="en")
    assert 1 not in TranslationScheduler.for_document(doc)._pending
    engine = FakeEngine()
    done: dict[int, list[str]] = {}
    result = translate_document(doc, engine, on_block=lambda b, ts: done.setdefault(
        b, [t.text for t in ts]))
    sent = [s for call in engine.calls for s in call]
    assert sent == ["Le chat dort.", "Il rêve."]
    assert done[1] == ["The cat sleeps.", "It dreams."]  # the English side is the block itself
    assert [t.text for t in result] == ["LE CHAT DORT.", "The cat sleeps.", "It dreams.",
                                        "IL RÊVE."]
