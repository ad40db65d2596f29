"""Run long work off the GUI thread (in the spirit of Anki's ``aqt/taskman.py``).

``TaskRunner.run(fn, ...)`` calls ``fn(ctx)`` in a ``QThreadPool`` worker.  ``ctx``
carries the plain callbacks core functions expect: ``ctx.progress(done, total)``,
``ctx.cancel() -> bool`` and ``ctx.report(value)`` (partial results, e.g. one
translated sentence).  Everything the worker produces comes back to the GUI thread
through ONE queued signal, ``_Relay.event``, and is dispatched to ``on_done``,
``on_error``, ``on_progress`` or ``on_report`` there.

``key`` names a slot: starting a task with the key of a running one cancels the old
one, whose later results are dropped.  ``write(fn, ...)`` runs database writes on a
dedicated single-thread pool so that all writes go through one writer, in order.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_DONE, _ERROR, _PROGRESS, _REPORT = "done", "error", "progress", "report"


@dataclass
class TaskContext:
    """What a worker function receives."""

    task_id: int
    _cancelled: threading.Event
    _emit: Callable[[int, str, object], None]

    def cancel(self) -> bool:
        """True once the task was cancelled or superseded: stop soon."""
        return self._cancelled.is_set()

    def progress(self, done: int, total: int) -> None:
        self._emit(self.task_id, _PROGRESS, (done, total))

    def report(self, value: object) -> None:
        self._emit(self.task_id, _REPORT, value)


@dataclass
class _Task:
    task_id: int
    key: str | None
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int], None] | None
    on_report: Callable[[Any], None] | None
    cancelled: threading.Event = field(default_factory=threading.Event)


class _Relay(QObject):
    # (task id, kind, payload): emitted from workers, delivered queued on the GUI thread.
    event = Signal(int, str, object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], ctx: TaskContext) -> None:
        super().__init__()
        self._fn = fn
        self._ctx = ctx

    def run(self) -> None:
        try:
            result = self._fn(self._ctx)
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the GUI
            self._ctx._emit(self._ctx.task_id, _ERROR, exc)
        else:
            self._ctx._emit(self._ctx.task_id, _DONE, result)


def _safe_emit(signal_emit: Callable[[int, str, object], None]) -> Callable[[int, str, object], None]:
    """Emitting after the runner was deleted (app exit) must not raise in a worker."""
    def emit(task_id: int, kind: str, payload: object) -> None:
        try:
            signal_emit(task_id, kind, payload)
        except RuntimeError:  # "Signal source has been deleted"
            log.debug("result of task %s dropped: the task runner is gone", task_id)
    return emit


class TaskRunner(QObject):
    """Owns the worker pools; create one per window (``window.tasks``)."""

    error = Signal(str)  # message of a task error nobody handled

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # the one database writer
        self._relay = _Relay()
        self._relay.event.connect(self._dispatch)
        self._tasks: dict[int, _Task] = {}
        self._by_key: dict[str, int] = {}
        self._next_id = 0
        self._closed = False

    # -- public API -------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        key: str | None = None,
        on_report: Callable[[Any], None] | None = None,
    ) -> int:
        """Run ``fn(ctx)`` in a worker; returns the task id."""
        return self._start(self._pool, fn, on_done, on_error, on_progress, key, on_report)

    def write(
        self,
        fn: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Run a database write on the single writer thread (writes keep their order)."""
        return self._start(self._writer, fn, on_done, on_error, None, None, None)

    def cancel(self, key: str) -> None:
        task_id = self._by_key.pop(key, None)
        if task_id is not None and task_id in self._tasks:
            self._tasks.pop(task_id).cancelled.set()

    def is_running(self, key: str) -> bool:
        return key in self._by_key

    def pending(self) -> int:
        return len(self._tasks)

    @property
    def closed(self) -> bool:
        return self._closed

    def wait_for_writes(self, wait_ms: int = -1) -> bool:
        """Block until the writer queue is empty (used on close and by tests)."""
        return self._writer.waitForDone(wait_ms)

    def shutdown(self, wait_ms: int = 5000) -> bool:
        """Cancel everything, wait for the workers; later results are dropped."""
        self._closed = True
        for task in self._tasks.values():
            task.cancelled.set()
        self._tasks.clear()
        self._by_key.clear()
        ok = self._pool.waitForDone(wait_ms)
        return self._writer.waitForDone(wait_ms) and ok

    # -- internals --------------------------------------------------------------------
    def _start(self, pool, fn, on_done, on_error, on_progress, key, on_report) -> int:  # type: ignore[no-untyped-def]
        if self._closed:
            raise RuntimeError("the task runner was shut down")
        if key is not None:
            self.cancel(key)
        self._next_id += 1
        task = _Task(self._next_id, key, on_done, on_error, on_progress, on_report)
        self._tasks[task.task_id] = task
        if key is not None:
            self._by_key[key] = task.task_id
        ctx = TaskContext(task.task_id, task.cancelled, _safe_emit(self._relay.event.emit))
        pool.start(_Runnable(fn, ctx))
        return task.task_id

    def _dispatch(self, task_id: int, kind: str, payload: object) -> None:
        task = self._tasks.get(task_id)
        if task is None or task.cancelled.is_set():
            return  # cancelled or superseded: drop its results
        if kind in (_DONE, _ERROR):
            del self._tasks[task_id]
            if task.key is not None and self._by_key.get(task.key) == task_id:
                del self._by_key[task.key]
        try:
            if kind == _DONE and task.on_done is not None:
                task.on_done(payload)
            elif kind == _ERROR:
                self._report_error(task, payload)  # type: ignore[arg-type]
            elif kind == _PROGRESS and task.on_progress is not None:
                task.on_progress(*payload)  # type: ignore[misc]
            elif kind == _REPORT and task.on_report is not None:
                task.on_report(payload)
        except Exception:  # a failing GUI callback must not kill the event loop
            log.exception("task callback failed")

    def _report_error(self, task: _Task, exc: BaseException) -> None:
        if task.on_error is not None:
            task.on_error(exc)
            return
        log.error("background task failed", exc_info=exc)
        self.error.emit(str(exc) or exc.__class__.__name__)
