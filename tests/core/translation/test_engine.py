"""The CTranslate2 engine on the tiny model: batching, robustness, alignment, errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ctranslate2
import pytest

from visavis.core.translation import engine as engine_module
from visavis.core.translation.alignment import identity_links, word_spans
from visavis.core.translation.discovery import read_package
from visavis.core.translation.engine import CTranslate2Engine
from visavis.core.translation.settings import TranslationSettings
from visavis.core.translation.types import Translation, TranslationCancelled, TranslationError

SENTENCES = [
    "Le chat dort sur le canapé du salon.",
    "",
    "…",
    "https://exemple.fr/article?id=3",
    "Les enfants jouent dans le jardin, et leur mère prépare le dîner.",
    "2024",
    "Oui.",
    "Est-ce que tu viens au cinéma avec nous ce soir ?",
]
LONG = "Les prix augmentent encore dans les grandes villes, " * 40 + "et tout le monde le sait."


class CountingTranslator:
    """Wraps a real ctranslate2.Translator and records every translate_batch call."""

    def __init__(self, model_dir: Path) -> None:
        self.real = ctranslate2.Translator(str(model_dir), device="cpu", compute_type="float32")
        self.calls: list[tuple[list[list[str]], dict[str, Any]]] = []

    def translate_batch(self, source: list[list[str]], **kwargs: Any) -> Any:
        self.calls.append((source, kwargs))
        return self.real.translate_batch(source, **kwargs)


@pytest.fixture
def counting(installed_tiny_model: Path) -> tuple[CTranslate2Engine, CountingTranslator]:
    translator = CountingTranslator(installed_tiny_model / "model")
    engine = CTranslate2Engine(read_package(installed_tiny_model), TranslationSettings(),
                               translator=translator)
    return engine, translator


def test_one_output_per_input_in_order_with_one_batched_call(counting) -> None:  # type: ignore[no-untyped-def]
    engine, translator = counting
    seen: list[int] = []
    results = engine.translate(SENTENCES, on_result=lambda i, t: seen.append(i))
    assert len(results) == len(SENTENCES) and seen == list(range(len(SENTENCES)))
    assert all(isinstance(r, Translation) for r in results)
    assert len(translator.calls) == 1
    source, kwargs = translator.calls[0]
    assert len(source) == 4  # only the four prose sentences reach the model
    assert kwargs["asynchronous"] is True and kwargs["beam_size"] == 4
    assert kwargs["return_attention"] is True and kwargs["replace_unknowns"] is True
    for i in (1, 2, 3, 5):  # copied unchanged
        assert results[i] == Translation(SENTENCES[i], identity_links(SENTENCES[i]))
    for i in (0, 4, 6, 7):
        assert results[i].text and results[i].text != SENTENCES[i]
    assert engine.translate(SENTENCES) == results  # deterministic


def test_empty_input_never_calls_the_model(counting) -> None:  # type: ignore[no-untyped-def]
    engine, translator = counting
    assert engine.translate([]) == []
    assert engine.translate(["", "  ", "!"]) == [Translation(""), Translation("  "),
                                                  Translation("!")]
    assert engine.translate(["2024"]) == [Translation("2024", ((0, 4, 0, 4),))]
    assert translator.calls == []


def test_long_sentence_is_split_not_truncated(counting, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    engine, translator = counting
    monkeypatch.setattr(engine_module, "MAX_SOURCE_TOKENS", 60)
    results = engine.translate(["Court.", LONG])
    assert len(results) == 2
    source, _ = translator.calls[0]
    assert len(source) > 2 and all(len(pieces) <= 60 for pieces in source)
    sent = "".join(engine.tokenizer.decode(pieces)[0] for pieces in source[1:])
    assert sent.replace(" ", "") == LONG.replace(" ", "")  # every word was sent
    # alignment links of later parts point into the whole sentence and translation
    for a, b, c, d in results[1].alignment:
        assert (a, b) in word_spans(LONG) and (c, d) in word_spans(results[1].text)
    assert max(a for a, _, _, _ in results[1].alignment) > len(LONG) // 2


def test_alignment_links_are_word_spans_covering_every_french_word(
        installed_tiny_model: Path) -> None:
    engine = CTranslate2Engine(read_package(installed_tiny_model))
    for src, result in zip(SENTENCES, engine.translate(SENTENCES), strict=True):
        tgt_words = word_spans(result.text)
        if not tgt_words or result.text == src:
            continue
        src_words = word_spans(src)
        for a, b, c, d in result.alignment:
            assert (a, b) in src_words and (c, d) in tgt_words
        assert {(a, b) for a, b, _, _ in result.alignment} == set(src_words)


def test_alignment_can_be_switched_off(installed_tiny_model: Path) -> None:
    engine = CTranslate2Engine(read_package(installed_tiny_model),
                               TranslationSettings(alignment=False, beam_size=1))
    results = engine.translate(SENTENCES[:1])
    assert results[0].text and results[0].alignment == ()


def test_cancel_stops_and_raises(counting) -> None:  # type: ignore[no-untyped-def]
    engine, _ = counting
    got: list[int] = []
    with pytest.raises(TranslationCancelled):
        engine.translate(SENTENCES, on_result=lambda i, t: got.append(i),
                         cancel=lambda: len(got) >= 2)
    assert got == [0, 1]


def test_target_prefix_is_sent_and_removed(installed_tiny_model: Path) -> None:
    meta = installed_tiny_model / "metadata.json"
    meta.write_text(meta.read_text().replace('"type"', '"target_prefix": "▁The", "type"'))
    package = read_package(installed_tiny_model)
    translator = CountingTranslator(installed_tiny_model / "model")
    engine = CTranslate2Engine(package, translator=translator)
    result = engine.translate(["Le chat dort."])[0]
    assert translator.calls[0][1]["target_prefix"] == [["▁The"]]
    plain = CTranslate2Engine(read_package(installed_tiny_model), translator=translator.real)
    assert result.text and not result.text.startswith("The ")
    assert plain.model_id == package.model_id


def test_missing_model_bin_is_a_clear_error(installed_tiny_model: Path) -> None:
    (installed_tiny_model / "model" / "model.bin").unlink()
    with pytest.raises(TranslationError, match="model.bin is missing"):
        CTranslate2Engine(read_package(installed_tiny_model))


def test_corrupt_model_bin_is_a_clear_error(installed_tiny_model: Path) -> None:
    model_bin = installed_tiny_model / "model" / "model.bin"
    model_bin.write_bytes(model_bin.read_bytes()[:1000])
    with pytest.raises(TranslationError, match="damaged"):
        CTranslate2Engine(read_package(installed_tiny_model))


def test_corrupt_tokenizer_is_a_clear_error(installed_tiny_model: Path) -> None:
    (installed_tiny_model / "sentencepiece.model").write_bytes(b"garbage" * 10)
    with pytest.raises(TranslationError, match="tokenizer"):
        CTranslate2Engine(read_package(installed_tiny_model))


def test_unsupported_compute_type_falls_back(installed_tiny_model: Path) -> None:
    engine = CTranslate2Engine(read_package(installed_tiny_model),
                               TranslationSettings(compute_type="bfloat16"))
    assert engine.compute_type in ("bfloat16", "int8", "int8_float32", "float32")
    assert engine.translate(["Le chat dort."])[0].text


def test_bpe_package(tmp_path: Path) -> None:
    from fixtures.tiny_model import build_tiny_argosmodel, install_argosmodel

    package_dir = install_argosmodel(build_tiny_argosmodel(tmp_path, tokenizer="bpe"),
                                     tmp_path / "packages")
    engine = CTranslate2Engine(read_package(package_dir))
    results = engine.translate(SENTENCES)
    assert len(results) == len(SENTENCES) and results[3].text == SENTENCES[3]
    assert all(r.text and not r.text.endswith("@@") for r in results if r.text != "")
