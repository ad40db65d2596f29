"""Which sentences of an article to translate next: paragraphs on screen first.

``TranslationScheduler`` holds the pending sentences grouped by block.  Whoever drives
it (the UI's translation controller in a worker thread, or :func:`translate_document`
here) asks ``next_batch()``, translates the batch in one engine call, then calls
``mark_done()``.  ``set_visible()`` may be called at any time from another thread: the
next batch takes the visible blocks first, then the following blocks in reading
order, wrapping around to the beginning.  No Qt, no threads of its own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

from visavis.core.document import Document
from visavis.core.translation.alignment import identity_links
from visavis.core.translation.passthrough import is_code_only
from visavis.core.translation.types import (
    CancelCallback,
    ProgressCallback,
    Translation,
    TranslationCancelled,
    Translator,
)

# Sentences per engine call: measured on the copy benchmark (bench/README.md) — big
# enough that our B/C overhead stays <= 1.15, small enough that a scroll or a cancel
# waits for at most one batch.  A screenful is ~10-25 sentences.
BATCH_SENTENCES = 32
# The first batch after the visible blocks change holds only the first visible block(s)
# up to this many sentences, so the first paragraph on screen shows up quickly.
FIRST_BATCH_SENTENCES = 6

BatchItem = tuple[int, str, str]  # (block index, sentence id, text)


class TranslationCacheLike(Protocol):
    def get_many(self, model_id: str, texts: Iterable[str]) -> Mapping[str, Translation]: ...

    def put_many(self, model_id: str, mapping: Mapping[str, Translation]) -> None: ...


class TranslationScheduler:
    def __init__(self, blocks: Mapping[int, Sequence[tuple[str, str]]],
                 total_blocks: int | None = None) -> None:
        """``blocks``: block index -> [(sentence id, text)] still to translate."""
        self._pending: dict[int, list[tuple[str, str]]] = {
            b: list(items) for b, items in sorted(blocks.items()) if items}
        self._in_flight: dict[str, int] = {}  # sentence id -> block
        self._remaining: dict[int, int] = {b: len(items) for b, items in self._pending.items()}
        self._total = total_blocks if total_blocks is not None else len(self._pending)
        self._visible: list[int] = []
        self._fresh_screen = False  # the next batch is the first one for these visible blocks
        self._cancelled = False
        self._lock = threading.Lock()

    @classmethod
    def for_document(cls, doc: Document, skip_ids: Iterable[str] = ()) -> TranslationScheduler:
        """Every sentence of ``doc`` except ``skip_ids`` (e.g. already translated)."""
        skip = set(skip_ids)
        blocks = {b.index: [(s.id, s.text) for s in b.sentences if s.id not in skip]
                  for b in doc.blocks if b.language == "fr"}  # other languages: shown as is
        return cls(blocks, total_blocks=len(doc.blocks))

    # -- priorities ------------------------------------------------------------------------
    def set_visible(self, block_indices: Iterable[int]) -> None:
        with self._lock:
            visible = sorted(set(block_indices))
            if visible != self._visible:
                self._visible = visible
                self._fresh_screen = any(b in self._pending for b in visible)

    def _order(self) -> list[int]:
        pending = list(self._pending)  # sorted: reading order
        if not self._visible:
            return pending
        visible = [b for b in self._visible if b in self._pending]
        last = self._visible[-1]  # the screen's end, even once its blocks are done
        after = [b for b in pending if b > last]
        before = [b for b in pending if b < last and b not in visible]
        return visible + after + before

    def next_batch(self, max_sentences: int = BATCH_SENTENCES, max_tokens: int | None = None,
                   count_tokens: Callable[[str], int] | None = None) -> list[BatchItem]:
        """The next sentences to translate, whole blocks in priority order when they fit.

        While visible blocks are pending the batch holds only visible blocks; the first
        batch for a new screen holds only its first block(s), up to
        ``FIRST_BATCH_SENTENCES``, so that paragraph appears quickly.  A block larger
        than the batch is split.
        """
        count = count_tokens or (lambda text: len(text.split()))
        with self._lock:
            if self._cancelled:
                return []
            order = self._order()
            visible = set(self._visible)
            if self._fresh_screen and order and order[0] in visible:
                self._fresh_screen = False
                max_sentences = self._first_batch_size(order, visible, max_sentences)
            batch: list[BatchItem] = []
            tokens = 0
            for block in order:
                if batch and block not in visible and batch[0][0] in visible:
                    break
                items = self._pending[block]
                taken = 0
                for sid, text in items:
                    cost = count(text) if max_tokens is not None else 0
                    if batch and (len(batch) >= max_sentences
                                  or (max_tokens is not None and tokens + cost > max_tokens)):
                        break
                    batch.append((block, sid, text))
                    tokens += cost
                    taken += 1
                del items[:taken]
                if not items:
                    del self._pending[block]
                if items or len(batch) >= max_sentences:
                    break  # batch full (possibly in the middle of this block)
            for block, sid, _text in batch:
                self._in_flight[sid] = block
            return batch

    def _first_batch_size(self, order: list[int], visible: set[int], max_sentences: int) -> int:
        """Sentences of the first visible block(s) that fit in ``FIRST_BATCH_SENTENCES``
        (the whole first block when it is bigger, split only beyond ``max_sentences``)."""
        first = len(self._pending[order[0]])
        limit = min(max_sentences, max(first, FIRST_BATCH_SENTENCES))
        if first >= limit:
            return limit
        total = 0
        for block in order:
            size = len(self._pending[block])
            if block not in visible or (total and total + size > limit):
                break
            total += size
        return total

    # -- results ---------------------------------------------------------------------------
    def mark_done(self, sentence_ids: Iterable[str]) -> list[int]:
        """Record translated sentences; returns the blocks this completed."""
        completed: list[int] = []
        with self._lock:
            for sid in sentence_ids:
                block = self._in_flight.pop(sid, None)
                if block is None:
                    continue
                self._remaining[block] -= 1
                if self._remaining[block] == 0:
                    completed.append(block)
        return sorted(completed)

    def requeue(self, sentence_ids: Iterable[str], texts: Mapping[str, str]) -> None:
        """Put in-flight sentences back (their call failed or was cancelled)."""
        with self._lock:
            for sid in sentence_ids:
                block = self._in_flight.pop(sid, None)
                if block is not None:
                    self._pending.setdefault(block, []).append((sid, texts[sid]))
            self._pending = dict(sorted(self._pending.items()))

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def is_done(self) -> bool:
        with self._lock:
            return self._cancelled or (not self._pending and not self._in_flight)

    @property
    def pending_count(self) -> int:
        with self._lock:
            return sum(len(items) for items in self._pending.values())

    def progress(self) -> tuple[int, int]:
        """(blocks fully translated, total blocks)."""
        with self._lock:
            unfinished = sum(1 for left in self._remaining.values() if left > 0)
            return self._total - unfinished, self._total


def translate_document(
    doc: Document,
    engine: Translator,
    cache: Any | None = None,
    on_block: Callable[[int, list[Translation]], None] | None = None,
    cancel: CancelCallback | None = None,
    *,
    progress: ProgressCallback | None = None,
    visible: Iterable[int] = (),
    batch_sentences: int = BATCH_SENTENCES,
) -> list[Translation]:
    """Translate every sentence of ``doc``; one Translation per ``doc.sentences`` entry.

    ``cache`` (``get_many(model_id, texts)`` / ``put_many(model_id, mapping)``) is asked
    first and fed with new translations; identical sentences are translated once.
    ``on_block(block, translations)`` is called when a block is complete.  Sentences
    made only of inline code, and every sentence of a block that is not in French
    (``Block.language``), are copied unchanged: never sent to the model.
    """
    sentences = doc.sentences
    code = {s.id: Translation(s.text, identity_links(s.text)) for b in doc.blocks for s in b.sentences
            if b.language != "fr" or is_code_only(s.text, s.block_start, b.emphasis)}
    known: dict[str, Translation] = {}
    if cache is not None:
        known.update(cache.get_many(engine.model_id,
                                    {s.text for s in sentences if s.id not in code}))
    scheduler = TranslationScheduler.for_document(doc, skip_ids=code)
    scheduler.set_visible(visible)

    def result(sentence_id: str, text: str) -> Translation:
        return code.get(sentence_id) or known[text]

    def report(block: int) -> None:
        if on_block is not None:
            on_block(block, [result(s.id, s.text) for s in doc.blocks[block].sentences])

    def finish(ids: list[str]) -> None:
        for block in scheduler.mark_done(ids):
            report(block)
        if progress is not None:
            progress(*scheduler.progress())

    for block in doc.blocks:  # nothing to translate: empty or code only
        if all(s.id in code for s in block.sentences):
            report(block.index)
    while True:
        if cancel is not None and cancel():
            scheduler.cancel()
            raise TranslationCancelled()
        batch = scheduler.next_batch(batch_sentences)
        if not batch:
            break
        cached_ids = [sid for _b, sid, text in batch if text in known]
        if cached_ids:
            finish(cached_ids)
        todo = list(dict.fromkeys(text for _b, _sid, text in batch if text not in known))
        if todo:
            results = engine.translate(todo, cancel=cancel)
            fresh = dict(zip(todo, results, strict=True))
            known.update(fresh)
            if cache is not None:
                cache.put_many(engine.model_id, fresh)
            finish([sid for _b, sid, text in batch if sid not in cached_ids])
    return [result(s.id, s.text) for s in sentences]
