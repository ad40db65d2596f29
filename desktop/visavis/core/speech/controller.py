"""Read-aloud playback: play/pause, stop, previous/next sentence, jump, speed, language.

Pure Python and headless.  One worker thread walks the script (the sentences of
the article in one language) and plays each sentence through an :class:`AudioSink`;
a one-thread executor synthesises the next sentence while the current one plays, so
sentences follow each other without a gap.  Every command returns at once: it only
changes the state under a lock and interrupts the sink.

Callbacks (``on_sentence(sentence_id or None)``, ``on_state(state)``,
``on_error(message)``) are called from the worker thread; the UI forwards them to the
GUI thread through a queued signal.  Pausing stops the sentence; playing again
restarts that sentence from its beginning.  ``clock`` is injectable: ``stats`` keeps
when play was pressed and when each sentence's audio started and ended.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from visavis.core.speech.audio import Audio
from visavis.core.speech.engine import SpeechEngine, SpeechError, clamp_rate
from visavis.core.speech.sinks import AudioError, AudioSink

STOPPED, PLAYING, PAUSED = "stopped", "playing", "paused"


@dataclass(frozen=True)
class SpeechItem:
    sentence_id: str
    text: str
    lang: str  # "fr" | "en"


@dataclass
class PlaybackStats:
    pressed: float | None = None  # clock when play was pressed
    starts: list[float] = field(default_factory=list)  # clock when each sentence's audio began
    ends: list[float] = field(default_factory=list)

    def first_audio(self) -> float | None:
        """Seconds from pressing play to the first sentence's audio going to the player."""
        return self.starts[0] - self.pressed if self.pressed is not None and self.starts \
            else None

    def gaps(self) -> list[float]:
        """Seconds between the end of a sentence and the start of the next one."""
        return [start - end for end, start in zip(self.ends, self.starts[1:], strict=False)]


def _ignore(*_args: object) -> None:
    return None


class ReadAloudController:
    def __init__(self, engine: SpeechEngine, sink: AudioSink, *,
                 on_sentence: Callable[[str | None], None] = _ignore,
                 on_state: Callable[[str], None] = _ignore,
                 on_error: Callable[[str], None] = _ignore,
                 voice: str | None = None, rate: float = 1.0,
                 clock: Callable[[], float] = time.perf_counter) -> None:
        self.engine, self.sink, self.voice = engine, sink, voice
        self._on_sentence, self._on_state, self._on_error = on_sentence, on_state, on_error
        self._clock = clock
        self._rate = clamp_rate(rate)
        self._items: list[SpeechItem] = []
        self._index = 0
        self._state = STOPPED
        self._generation = 0
        self._interrupt = threading.Event()
        self._closed = False
        self._cond = threading.Condition()
        self._cache: dict[tuple[int, float, str | None], Future[Audio]] = {}
        self._synth = ThreadPoolExecutor(max_workers=1, thread_name_prefix="visavis-synth")
        self._worker: threading.Thread | None = None
        self.stats = PlaybackStats()

    # ----- what the UI reads
    @property
    def state(self) -> str:
        return self._state

    @property
    def rate(self) -> float:
        return self._rate

    @property
    def current_id(self) -> str | None:
        with self._cond:
            return self._items[self._index].sentence_id if self._items else None

    @property
    def items(self) -> list[SpeechItem]:
        return list(self._items)

    # ----- commands (return at once)
    def set_items(self, items: Sequence[SpeechItem]) -> None:
        """Replace the script (another article or language); stops playback."""
        with self._cond:
            self._items = [i for i in items if i.text.strip()]
            self._index = 0
            self._cache.clear()
            self._command(STOPPED)

    def update_items(self, items: Sequence[SpeechItem]) -> None:
        """Replace the script without stopping (more English arrived): the sentence being
        read stays current; sentences after it are synthesised from the new texts."""
        with self._cond:
            current = self._items[self._index].sentence_id if self._items else None
            new = [i for i in items if i.text.strip()]
            if [(i.sentence_id, i.text) for i in new] == \
                    [(i.sentence_id, i.text) for i in self._items]:
                return
            self._items = new
            self._index = self._position(current, self._index) if current is not None else 0
            self._index = min(self._index, max(0, len(new) - 1))
            self._cache.clear()
            if not new:
                self._command(STOPPED)

    def play(self, start_id: str | None = None) -> None:
        """Play from ``start_id`` (None: the current sentence)."""
        with self._cond:
            if not self._items:
                return
            if start_id is not None:
                self._index = self._position(start_id, self._index)
            self.stats = PlaybackStats(pressed=self._clock())
            self._command(PLAYING)
        self._ensure_worker()

    def pause(self) -> None:
        with self._cond:
            if self._state == PLAYING:
                self._command(PAUSED)

    def toggle(self, start_id: str | None = None) -> None:
        if self._state == PLAYING:
            self.pause()
        else:
            self.play(start_id if self._state == STOPPED else None)

    def stop(self) -> None:
        with self._cond:
            if self._state != STOPPED:
                self._command(STOPPED)
        self._on_sentence(None)

    def next(self) -> None:
        self._move(+1)

    def previous(self) -> None:
        self._move(-1)

    def jump(self, sentence_id: str) -> None:
        """Go to a sentence (a click while playing): playing goes on from there."""
        with self._cond:
            if not self._items:
                return
            self._index = self._position(sentence_id, self._index)
            self._command(self._state)
            sentence = self._items[self._index].sentence_id
        self._on_sentence(sentence)

    def set_rate(self, rate: float) -> None:
        with self._cond:
            self._rate = clamp_rate(rate)
            # the sentence ahead was synthesised at the old speed: it is made again
            self._cache = {k: v for k, v in self._cache.items() if k[1] == self._rate}

    def set_voice(self, voice: str | None) -> None:
        with self._cond:
            self.voice = voice
            self._cache.clear()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._command(STOPPED)
        if self._worker is not None:
            self._worker.join(timeout=5)
        self._synth.shutdown(wait=False, cancel_futures=True)

    # ----- internals (call with the lock held)
    def _position(self, sentence_id: str, default: int) -> int:
        for position, item in enumerate(self._items):
            if item.sentence_id == sentence_id:
                return position
        return default

    def _command(self, state: str) -> None:
        changed = state != self._state
        self._state = state
        self._generation += 1
        self._interrupt.set()
        self._interrupt = threading.Event()
        self._cond.notify_all()
        if changed:
            self._on_state(state)

    def _move(self, step: int) -> None:
        with self._cond:
            if not self._items:
                return
            self._index = min(len(self._items) - 1, max(0, self._index + step))
            self._command(self._state)
            sentence = self._items[self._index].sentence_id
        self._on_sentence(sentence)

    def _ensure_worker(self) -> None:
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._run, name="visavis-read-aloud",
                                            daemon=True)
            self._worker.start()

    def _audio(self, index: int) -> Future[Audio]:
        key = (index, self._rate, self.voice)
        if key not in self._cache:
            item = self._items[index]
            self._cache[key] = self._synth.submit(self.engine.synthesize, item.text, item.lang,
                                                  self.voice, self._rate)
        for old in [k for k in self._cache if not index - 1 <= k[0] <= index + 1]:
            del self._cache[old]
        return self._cache[key]

    # ----- the worker thread
    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._closed and self._state != PLAYING:
                    self._cond.wait()
                if self._closed:
                    return
                generation, interrupt, index = self._generation, self._interrupt, self._index
                current = self._audio(index)
                if index + 1 < len(self._items):
                    self._audio(index + 1)  # synthesised while this one plays
                sentence = self._items[index].sentence_id
            try:
                audio = current.result()
            except SpeechError as exc:
                self._fail(generation, str(exc))
                continue
            if interrupt.is_set():
                continue
            self._on_sentence(sentence)
            self.stats.starts.append(self._clock())
            try:
                finished = self.sink.play(audio, interrupt)
            except AudioError as exc:
                self._fail(generation, str(exc))
                continue
            self.stats.ends.append(self._clock())
            if not finished:
                continue
            with self._cond:
                if generation != self._generation:
                    continue
                if self._index + 1 < len(self._items):
                    self._index += 1
                    self._generation += 1
                    continue
                self._index = 0
                self._command(STOPPED)
            self._on_sentence(None)

    def _fail(self, generation: int, message: str) -> None:
        with self._cond:
            if generation != self._generation:
                return
            self._cache.clear()  # try again next time rather than reuse the failure
            self._command(STOPPED)
        self._on_error(message)
        self._on_sentence(None)
