"""Re-anchoring on our own edit corpus (tests/data/anchoring): never a silent move.

A silent move is an annotation reported anchored (or fuzzy) somewhere it is not: on another
« est », or on the text of a paragraph that replaced its own.  A drift is a span whose ends
are wrong (a lost final « . », one letter of the next sentence).  Both must be zero; most
highlights whose text survived the edit must be found.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from visavis.core.annotations.anchoring import anchor
from visavis.core.annotations.model import quote_target

CORPUS = Path(__file__).parents[2] / "data" / "anchoring" / "edit_corpus.py"


def _corpus():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("anchoring_edit_corpus", CORPUS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _figures(every: int) -> tuple[Counter, list[str]]:
    corpus = _corpus()
    counts: Counter = Counter()
    wrong = []
    for i, case in enumerate(corpus.cases()):
        if i % every:
            continue
        result = anchor(case.edited, quote_target(case.text, case.start, case.end))
        kind = corpus.classify(case, str(result.status), result.start, result.end)
        counts[kind] += 1
        if kind in ("silent", "drift"):
            wrong.append(f"{kind}: {case.name}: {case.text[case.start:case.end]!r} -> "
                         f"{case.edited[result.start:result.end]!r}")
    return counts, wrong


def _check(counts: Counter, wrong: list[str]) -> None:
    assert not wrong, "\n".join(wrong[:20])
    survived = counts["exact"] + counts["near"] + counts["lost"]
    assert (counts["exact"] + counts["near"]) / survived >= 0.9, counts


def test_corpus_sample_has_no_silent_move_and_no_drift() -> None:
    counts, wrong = _figures(every=5)
    assert sum(counts.values()) > 300
    _check(counts, wrong)


@pytest.mark.slow
def test_whole_corpus_has_no_silent_move_and_no_drift() -> None:
    counts, wrong = _figures(every=1)
    assert sum(counts.values()) > 1500
    _check(counts, wrong)
