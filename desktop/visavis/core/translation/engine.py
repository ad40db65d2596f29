"""Our batched CTranslate2 hot path for an installed Argos package.

One ``translate()`` call tokenizes every sentence, submits ONE asynchronous
``translate_batch`` (CTranslate2 sorts by length and batches internally), then walks
the results in order, calling ``on_result`` as each sentence is ready and polling
``cancel`` while it waits.  Segments that need no model (see ``passthrough``) are
copied; sentences longer than ``MAX_SOURCE_TOKENS`` pieces are cut into parts
(see ``splitting``) whose translations are joined.  Exactly one ``Translation`` per
input, always.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from visavis.core.translation.alignment import align_words, identity_links, shift_links
from visavis.core.translation.discovery import InstalledPackage
from visavis.core.translation.passthrough import is_passthrough
from visavis.core.translation.settings import (
    TranslationSettings,
    resolve_compute_type,
    resolve_device,
)
from visavis.core.translation.splitting import split_long
from visavis.core.translation.tokenizers import BpeTokenizer, PieceTokenizer, SentencePieceTokenizer
from visavis.core.translation.types import (
    AlignmentLink,
    CancelCallback,
    Translation,
    TranslationCancelled,
    TranslationError,
)

log = logging.getLogger(__name__)

MAX_SOURCE_TOKENS = 200  # longer sentences are cut into parts (quality drops beyond that)
MAX_DECODING_TOKENS = 512
BATCH_TYPE = "examples"  # measured on the copy benchmark, see bench/README.md
MAX_BATCH_SIZE = 32
LENGTH_PENALTY = 0.2  # as argostranslate
_POLL_SECONDS = 0.005


@dataclass(frozen=True)
class _Job:
    sentence: int
    offset: int  # of the part in the sentence
    text: str
    pieces: list[str]
    spans: list[tuple[int, int]]


def load_tokenizer(package: InstalledPackage) -> PieceTokenizer:
    try:
        if package.tokenizer == "sentencepiece":
            return SentencePieceTokenizer(package.tokenizer_path)
        return BpeTokenizer(package.tokenizer_path, package.from_code, package.to_code)
    except Exception as exc:  # sentencepiece raises OSError/RuntimeError on a bad file
        raise TranslationError(
            f"The tokenizer of the model “{package.name}” cannot be read ({exc}). "
            "Reinstall the model.") from exc


def _load_translator(package: InstalledPackage, device: str, compute_type: str,
                     threads: int) -> Any:
    import ctranslate2

    if not (package.model_dir / "model.bin").is_file():
        raise TranslationError(
            f"The model “{package.name}” is incomplete: model/model.bin is missing. "
            "Reinstall the model.")
    try:
        return ctranslate2.Translator(str(package.model_dir), device=device,
                                      compute_type=compute_type, inter_threads=1,
                                      intra_threads=threads)
    except ValueError as exc:  # e.g. compute type refused by this build
        if compute_type == "auto":
            raise TranslationError(f"The model “{package.name}” cannot be loaded: {exc}") from exc
        log.warning("compute type %s refused (%s); retrying with auto", compute_type, exc)
        return _load_translator(package, device, "auto", threads)
    except Exception as exc:  # RuntimeError, IndexError, OSError... on damaged files
        raise TranslationError(
            f"The model “{package.name}” cannot be loaded; its files look damaged ({exc}). "
            "Reinstall the model.") from exc


class CTranslate2Engine:
    """The Translator of ``core/translation/types.py`` over an installed Argos package."""

    def __init__(self, package: InstalledPackage, settings: TranslationSettings | None = None,
                 *, translator: Any = None) -> None:
        self.package = package
        self.settings = (settings or TranslationSettings()).validated()
        self.model_id = package.model_id
        self.device = resolve_device(self.settings)
        self.compute_type = resolve_compute_type(self.settings, self.device)
        self.tokenizer = load_tokenizer(package)
        self.translator = translator if translator is not None else _load_translator(
            package, self.device, self.compute_type, self.settings.threads)
        self._prefix = [package.target_prefix] if package.target_prefix else []
        self.max_batch_size = MAX_BATCH_SIZE
        self.batch_type = BATCH_TYPE

    def count_tokens(self, text: str) -> int:
        return self.tokenizer.count(text)

    def translate(
        self,
        sentences: Sequence[str],
        *,
        on_result: Callable[[int, Translation], None] | None = None,
        cancel: CancelCallback | None = None,
    ) -> list[Translation]:
        jobs, copied = self._prepare(sentences)
        pending = self._submit(jobs)
        by_sentence: dict[int, list[tuple[_Job, Any]]] = {}
        for job, result in zip(jobs, pending, strict=True):
            by_sentence.setdefault(job.sentence, []).append((job, result))
        out: list[Translation] = []
        for i, text in enumerate(sentences):
            if cancel is not None and cancel():
                raise TranslationCancelled()
            if i in copied:
                translation = Translation(text, identity_links(text))
            else:
                translation = self._join([(job, self._wait(result, cancel))
                                          for job, result in by_sentence[i]])
            out.append(translation)
            if on_result is not None:
                on_result(i, translation)
        return out

    # -- steps ---------------------------------------------------------------------------

    def _prepare(self, sentences: Sequence[str]) -> tuple[list[_Job], set[int]]:
        jobs: list[_Job] = []
        copied: set[int] = set()
        for i, text in enumerate(sentences):
            if is_passthrough(text):
                copied.add(i)
                continue
            pieces, spans = self.tokenizer.encode(text)
            if len(pieces) <= MAX_SOURCE_TOKENS:
                jobs.append(_Job(i, 0, text, pieces, spans))
                continue
            for offset, part in split_long(text, self.tokenizer.count, MAX_SOURCE_TOKENS):
                if not part.strip():
                    continue
                part_pieces, part_spans = self.tokenizer.encode(part)
                jobs.append(_Job(i, offset, part, part_pieces, part_spans))
        return jobs, copied

    def _submit(self, jobs: list[_Job]) -> list[Any]:
        if not jobs:
            return []
        longest = max(len(job.pieces) for job in jobs)
        try:
            return self.translator.translate_batch(
                [job.pieces for job in jobs],
                target_prefix=[self._prefix] * len(jobs) if self._prefix else None,
                asynchronous=True,
                max_batch_size=self.max_batch_size,
                batch_type=self.batch_type,
                beam_size=self.settings.beam_size,
                length_penalty=LENGTH_PENALTY,
                max_input_length=0,
                max_decoding_length=min(MAX_DECODING_TOKENS, int(longest * 1.5) + 10),
                replace_unknowns=True,
                return_attention=self.settings.alignment,
            )
        except (RuntimeError, ValueError) as exc:
            raise TranslationError(f"The translation failed: {exc}") from exc

    @staticmethod
    def _wait(result: Any, cancel: CancelCallback | None) -> Any:
        if cancel is not None:
            while not result.done():
                if cancel():
                    raise TranslationCancelled()
                time.sleep(_POLL_SECONDS)
        try:
            return result.result()
        except (RuntimeError, ValueError) as exc:
            raise TranslationError(f"The translation failed: {exc}") from exc

    def _join(self, parts: list[tuple[_Job, Any]]) -> Translation:
        texts: list[str] = []
        links: list[AlignmentLink] = []
        length = 0
        for job, result in parts:
            text, part_links = self._decode(job, result)
            if not text:
                continue
            if texts:
                length += 1  # the joining space
            texts.append(text)
            links.extend(shift_links(part_links, job.offset, length))
            length += len(text)
        return Translation(" ".join(texts), tuple(links))

    def _decode(self, job: _Job, result: Any) -> tuple[str, tuple[AlignmentLink, ...]]:
        pieces = list(result.hypotheses[0]) if result.hypotheses else []
        attention = list(result.attention[0]) if self.settings.alignment and result.attention \
            else []
        k = len(self._prefix)
        if k and pieces[:k] == self._prefix:
            pieces = pieces[k:]
            if len(attention) == len(pieces) + k:
                attention = attention[k:]
        raw, spans = self.tokenizer.decode(pieces)
        text = raw.strip()
        shift = len(raw) - len(raw.lstrip())
        spans = [(max(0, a - shift), max(0, b - shift)) for a, b in spans]
        if not self.settings.alignment or not text:
            return text, ()
        return text, align_words(job.text, job.spans, text, spans, attention)
