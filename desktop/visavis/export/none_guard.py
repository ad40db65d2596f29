"""Work around PySide6 6.12 on CPython 3.11 dropping a reference to ``None`` on every call
of a C++ ``void`` method (``QPainter.setFont``, ``QTextLayout.setFormats``, ...).

Measured here: each such call lowers ``sys.getrefcount(None)`` by one; after a few
thousand calls CPython aborts with "none_dealloc: deallocating None".  On CPython ≥ 3.12
``None`` is immortal and nothing needs doing.  On 3.11 we raise ``None``'s reference
count once by 2**40, which no process will ever use up.  It only adds references to an
object that is never freed, so it cannot break anything.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40
_done = False


def protect_none() -> bool:
    """Apply the work-around once (CPython < 3.12 only); return True if it was applied."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    before = sys.getrefcount(None)
    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: first field of PyObject
    if abs(refcnt.value - before) > 16:  # unexpected object layout (debug build): leave it alone
        return False
    refcnt.value += _MARGIN
    _done = True
    return True
