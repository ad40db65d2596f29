"""The PySide6 6.12 / CPython 3.11 work-around keeps ``None`` alive through many void calls."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
import visavis.export  # applies the guard
from PySide6.QtCore import QPointF
p = QPointF()
for _ in range(200_000):
    p.setX(1.0)  # a C++ void method: returns None
print("alive")
"""


def test_many_void_calls_do_not_abort_the_interpreter() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert proc.stdout.strip() == "alive"
