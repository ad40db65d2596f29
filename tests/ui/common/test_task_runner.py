"""TaskRunner: results on the GUI thread, progress/report plumbing, keys, single writer, shutdown."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from visavis.ui.common.task_runner import TaskRunner

# Not a performance limit: turns a lost result (a hang) into a failure with a traceback.
HANG_GUARD_MS = 120_000


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def test_result_comes_back_on_the_gui_thread(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    seen = {}

    def work(ctx):  # type: ignore[no-untyped-def]
        seen["worker"] = QThread.currentThread()
        return 6 * 7

    def done(value):  # type: ignore[no-untyped-def]
        seen["value"], seen["gui"] = value, QThread.currentThread()

    runner.run(work, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=HANG_GUARD_MS)
    assert seen["value"] == 42
    assert seen["gui"] is qtbot_main_thread()
    assert seen["worker"] is not seen["gui"]


def qtbot_main_thread():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_progress_and_reports_arrive_in_order_then_done(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    events: list[tuple] = []

    def work(ctx):  # type: ignore[no-untyped-def]
        for i in range(3):
            ctx.progress(i + 1, 3)
            ctx.report(f"part {i}")
        return "end"

    runner.run(work, on_done=lambda v: events.append(("done", v)),
               on_progress=lambda d, t: events.append(("progress", d, t)),
               on_report=lambda r: events.append(("report", r)))
    qtbot.waitUntil(lambda: bool(events) and events[-1][0] == "done", timeout=HANG_GUARD_MS)
    assert events == [("progress", 1, 3), ("report", "part 0"), ("progress", 2, 3),
                      ("report", "part 1"), ("progress", 3, 3), ("report", "part 2"), ("done", "end")]


def test_errors_go_to_on_error_or_to_the_error_signal(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def boom(ctx):  # type: ignore[no-untyped-def]
        raise ValueError("broken input")

    runner.run(boom, on_done=lambda v: errors.append(AssertionError("done called")), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=HANG_GUARD_MS)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "broken input"
    with qtbot.waitSignal(runner.error, timeout=None) as blocker:
        runner.run(boom)
    assert blocker.args == ["broken input"]


def test_same_key_cancels_and_supersedes_the_previous_task(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    saw_cancel = threading.Event()
    results: list[str] = []

    def slow(ctx):  # type: ignore[no-untyped-def]
        while not release.wait(0.005):
            if ctx.cancel():
                saw_cancel.set()
                break
        return "first"

    runner.run(slow, on_done=results.append, key="translate")
    assert runner.is_running("translate")
    runner.run(lambda ctx: "second", on_done=results.append, key="translate")
    qtbot.waitUntil(lambda: results == ["second"], timeout=HANG_GUARD_MS)
    assert saw_cancel.wait(5)
    release.set()
    qtbot.wait(50)
    assert results == ["second"]  # the superseded task's result was dropped
    assert not runner.is_running("translate")


def test_writes_run_in_order_on_one_thread(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    order: list[int] = []
    threads: set[int] = set()
    done: list[int] = []

    def write(i):  # type: ignore[no-untyped-def]
        def fn(ctx):  # type: ignore[no-untyped-def]
            threads.add(threading.get_ident())
            order.append(i)
        return fn

    for i in range(20):
        runner.write(write(i), on_done=lambda _v, i=i: done.append(i))
    qtbot.waitUntil(lambda: len(done) >= 20, timeout=HANG_GUARD_MS)
    assert order == list(range(20))
    assert len(threads) == 1 and threading.get_ident() not in threads


def test_shutdown_cancels_waits_and_drops_late_results(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    stopped = threading.Event()
    results: list[str] = []

    def loop(ctx):  # type: ignore[no-untyped-def]
        while not ctx.cancel():
            threading.Event().wait(0.002)
        stopped.set()
        return "late"

    runner.run(loop, on_done=results.append, key="k")
    assert runner.shutdown()
    assert stopped.is_set()
    qtbot.wait(30)
    assert results == []
    with pytest.raises(RuntimeError):
        runner.run(lambda ctx: None)
