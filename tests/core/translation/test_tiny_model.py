"""The tiny test model is a valid Argos package that CTranslate2 runs."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import ctranslate2
import pytest
import sentencepiece as spm

from fixtures.tiny_model import build_tiny_argosmodel


def _translate(package_dir: Path, sentences: list[str], beam: int) -> list[list[str]]:
    sp = spm.SentencePieceProcessor(model_file=str(package_dir / "sentencepiece.model"))
    translator = ctranslate2.Translator(str(package_dir / "model"), device="cpu")
    results = translator.translate_batch(
        [sp.encode(s, out_type=str) for s in sentences], beam_size=beam
    )
    return [r.hypotheses[0] for r in results]


def test_archive_has_argos_layout(tiny_argosmodel: Path) -> None:
    with zipfile.ZipFile(tiny_argosmodel) as zf:
        names = set(zf.namelist())
        meta = json.loads(zf.read("translate-fr_en-tiny/metadata.json"))
    assert {"translate-fr_en-tiny/model/model.bin", "translate-fr_en-tiny/sentencepiece.model",
            "translate-fr_en-tiny/model/shared_vocabulary.json"} <= names
    assert (meta["from_code"], meta["to_code"], meta["type"]) == ("fr", "en", "translate")


@pytest.mark.parametrize("beam", [1, 4])
def test_outputs_are_short_nonempty_and_deterministic(installed_tiny_model: Path, beam: int) -> None:
    sentences = ["Le chat dort.", "Oui.", "Une phrase bien plus longue que les autres, " * 6]
    first = _translate(installed_tiny_model, sentences, beam)
    again = _translate(installed_tiny_model, sentences, beam)
    assert first == again
    for pieces in first:
        assert 1 <= len(pieces) <= 12
        assert "<unk>" not in pieces and "".join(pieces).replace("▁", "")
    assert len({tuple(p) for p in first}) == len(sentences)


def test_installed_into_the_test_packages_dir(installed_tiny_model: Path) -> None:
    import os

    assert installed_tiny_model.parent == Path(os.environ["ARGOS_PACKAGES_DIR"])
    assert (installed_tiny_model / "metadata.json").is_file()


def test_bpe_and_other_pair_variants(tmp_path: Path) -> None:
    archive = build_tiny_argosmodel(tmp_path, tokenizer="bpe", from_code="en", to_code="fr")
    assert archive.name == "translate-en_fr-tiny.argosmodel"
    with zipfile.ZipFile(archive) as zf:
        meta = json.loads(zf.read("translate-en_fr-tiny/metadata.json"))
        assert "translate-en_fr-tiny/bpe.model" in zf.namelist()
    assert (meta["from_code"], meta["to_code"]) == ("en", "fr")
    with pytest.raises(ValueError):
        build_tiny_argosmodel(tmp_path, tokenizer="wordpiece")
