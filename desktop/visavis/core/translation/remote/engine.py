"""The Translator contract over a LibreTranslate server.

``translate(sentences)`` cuts the sentences into ``POST /translate`` requests whose
``q`` lists stay within the server's limits (texts per request, characters per text —
a longer sentence is cut into parts whose translations are joined) and within our own
request size (so a cancel or a scroll waits for at most one short request).  Results
stream per request through ``on_result``; ``cancel()`` is polled between requests and
during back-off waits.  A 429 is retried after the server's hint (``Retry-After`` or
``"N per M minute"``), a bounded number of times.  A 400 "exceeds text limit" teaches
the engine the server's real limit and the request is re-cut.

The server returns no attention, so word links come from the dictionary aligner of the
glossary (``visavis.core.glossary.word_alignment.align_words``) when it is there.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from visavis.core.translation.alignment import identity_links
from visavis.core.translation.passthrough import is_passthrough
from visavis.core.translation.remote.client import (
    NO_PAIR,
    RATE_LIMITED,
    TOO_LARGE,
    LibreTranslateClient,
    RemoteError,
    ServerInfo,
    ServerLimits,
)
from visavis.core.translation.splitting import split_long
from visavis.core.translation.types import (
    AlignmentLink,
    CancelCallback,
    Translation,
    TranslationCancelled,
)

log = logging.getLogger(__name__)

REQUEST_TEXTS = 8  # texts per request at most (fewer when the server says so)
REQUEST_CHARS = 2000  # characters per request at most: ~5-10 s on a CPU server
MAX_RETRIES = 4  # 429s retried per request
MAX_WAIT = 20.0  # seconds: a longer server hint is reported instead of waited for
BACKOFF = (1.0, 2.0, 4.0, 8.0)  # when a 429 carries no hint
_POLL = 0.05

Aligner = Callable[[str, str], Sequence[AlignmentLink]]


def model_id_for(url: str, source: str = "fr", target: str = "en") -> str:
    """The cache key of this engine: never equal to a local model's id."""
    return f"libretranslate:{url}:{source}-{target}"


def dictionary_aligner() -> Aligner | None:
    """The glossary's dictionary word aligner (its confident links), or None without it."""
    try:
        module = importlib.import_module("visavis.core.glossary.word_alignment")
    except ImportError:
        return None
    align, confident = getattr(module, "align_words", None), getattr(module, "confident", None)
    if align is None or confident is None:
        return None

    def links(french: str, english: str) -> list[AlignmentLink]:
        return [link.link for link in confident(align(french, english))]

    return links


@dataclass
class _Part:
    sentence: int
    offset: int
    text: str


class LibreTranslateEngine:
    """A Translator (``core/translation/types.py``) that asks a LibreTranslate server."""

    def __init__(self, client: LibreTranslateClient, *, limits: ServerLimits | None = None,
                 source: str = "fr", target: str = "en", aligner: Aligner | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 max_wait: float = MAX_WAIT) -> None:
        self.client = client
        self.source, self.target = source, target
        self.model_id = model_id_for(client.url, source, target)
        limits = limits or ServerLimits()
        self.char_limit = limits.char_limit
        self.batch_limit = limits.batch_limit
        self.aligner = aligner
        self.sleep = sleep
        self.max_wait = max_wait
        self.requests = 0  # POST /translate calls made (tests, bench)

    @classmethod
    def connect(cls, url: str, api_key: str | None = None, *, timeout: float | None = None,
                aligner: Aligner | None = None) -> tuple[LibreTranslateEngine, ServerInfo]:
        """Probe the server (languages, limits) and check it translates French into English."""
        client = LibreTranslateClient(url, api_key, **({"timeout": timeout} if timeout else {}))
        info = client.probe()
        if not info.supports("fr", "en"):
            codes = ", ".join(sorted(lang.code for lang in info.languages)) or "none"
            raise RemoteError(NO_PAIR, "The translation server {url} has no French → English "
                                       "model (its languages: {codes}).",
                              fields={"url": client.url, "codes": codes})
        return cls(client, limits=info.limits, aligner=aligner), info

    @property
    def url(self) -> str:
        return self.client.url

    # -- Translator -----------------------------------------------------------------------
    def translate(
        self,
        sentences: Sequence[str],
        *,
        on_result: Callable[[int, Translation], None] | None = None,
        cancel: CancelCallback | None = None,
    ) -> list[Translation]:
        results: dict[int, Translation] = {}
        outputs: dict[int, list[tuple[int, str]]] = {}
        parts: list[_Part] = []
        for i, text in enumerate(sentences):
            if is_passthrough(text):
                results[i] = Translation(text, identity_links(text))
            else:
                parts.extend(self._cut(_Part(i, 0, text)))
                outputs[i] = []
        remaining = {i: sum(1 for p in parts if p.sentence == i) for i in outputs}
        emitted = 0

        def emit_ready() -> None:
            nonlocal emitted
            while emitted < len(sentences) and emitted in results:
                if on_result is not None:
                    on_result(emitted, results[emitted])
                emitted += 1

        emit_ready()
        pos = 0
        while pos < len(parts):
            self._check(cancel)
            chunk = self._next_chunk(parts, pos)
            try:
                texts = self._send([p.text for p in chunk], cancel)
            except RemoteError as exc:
                if exc.kind == TOO_LARGE and self._learn(exc, chunk):
                    parts[pos:] = [q for p in parts[pos:] for q in self._cut(p)]
                    continue
                raise
            for part, text in zip(chunk, texts, strict=True):
                outputs[part.sentence].append((part.offset, text.strip()))
                remaining[part.sentence] -= 1
                if remaining[part.sentence] == 0:
                    results[part.sentence] = self._join(sentences[part.sentence],
                                                        outputs[part.sentence])
            pos += len(chunk)
            emit_ready()
        for i in outputs:  # sentences whose parts were all empty
            results.setdefault(i, self._join(sentences[i], outputs[i]))
        emit_ready()
        return [results[i] for i in range(len(sentences))]

    # -- steps ----------------------------------------------------------------------------
    def _cut(self, part: _Part) -> list[_Part]:
        limit = min(self.char_limit or REQUEST_CHARS, REQUEST_CHARS)
        if len(part.text) <= limit:
            return [part]
        return [_Part(part.sentence, part.offset + offset, text)
                for offset, text in split_long(part.text, len, limit) if text.strip()]

    def _next_chunk(self, parts: list[_Part], pos: int) -> list[_Part]:
        max_texts = min(self.batch_limit or REQUEST_TEXTS, REQUEST_TEXTS)
        chunk: list[_Part] = []
        chars = 0
        for part in parts[pos:]:
            if chunk and (len(chunk) >= max_texts or chars + len(part.text) > REQUEST_CHARS):
                break
            chunk.append(part)
            chars += len(part.text)
        return chunk

    def _learn(self, exc: RemoteError, chunk: list[_Part]) -> bool:
        """Lower our limits after a "too large" answer; False when nothing can be learned."""
        if exc.limit is None or exc.limit < 1:
            return False
        if exc.size == len(chunk) and len(chunk) > exc.limit:
            self.batch_limit = exc.limit
            log.info("%s accepts %d texts per request", self.url, exc.limit)
            return True
        longest = max(len(p.text) for p in chunk)
        if longest > exc.limit and (self.char_limit is None or exc.limit < self.char_limit):
            self.char_limit = exc.limit
            log.info("%s accepts %d characters per text", self.url, exc.limit)
            return True
        return False

    def _send(self, texts: list[str], cancel: CancelCallback | None) -> list[str]:
        for attempt in range(MAX_RETRIES + 1):
            try:
                self.requests += 1
                return self.client.translate(texts, self.source, self.target)
            except RemoteError as exc:
                if exc.kind != RATE_LIMITED or attempt == MAX_RETRIES:
                    raise
                wait = exc.retry_after if exc.retry_after is not None else BACKOFF[
                    min(attempt, len(BACKOFF) - 1)]
                if wait > self.max_wait:
                    raise RemoteError(RATE_LIMITED, "{error} Try again in about {seconds} s.",
                                      status=exc.status, retry_after=wait,
                                      fields={"error": exc.args[0], "seconds": round(wait)}) from exc
                log.info("429 from %s; retrying in %.1f s", self.url, wait)
                self._wait(wait, cancel)
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(self, seconds: float, cancel: CancelCallback | None) -> None:
        left = seconds
        while left > 0:
            self._check(cancel)
            step = min(_POLL, left)
            self.sleep(step)
            left -= step
        self._check(cancel)

    @staticmethod
    def _check(cancel: CancelCallback | None) -> None:
        if cancel is not None and cancel():
            raise TranslationCancelled()

    def _join(self, french: str, outputs: list[tuple[int, str]]) -> Translation:
        english = " ".join(text for _offset, text in sorted(outputs) if text)
        links: tuple[AlignmentLink, ...] = ()
        if self.aligner is not None and english:
            try:
                links = tuple(self.aligner(french, english))
            except Exception:  # an aligner bug must not lose the translation
                log.exception("dictionary alignment failed")
        return Translation(english, links)
