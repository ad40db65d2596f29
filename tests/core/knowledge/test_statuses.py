from __future__ import annotations

import pytest

from visavis.core.knowledge.statuses import TermStatus, parse_status


def test_values_are_stable() -> None:
    assert [s.value for s in TermStatus] == [0, 1, 2, 3, 4, 5, 6]
    assert TermStatus.KNOWN.label == "Known"


def test_helpers() -> None:
    assert TermStatus.LEARNING_2.is_learning and not TermStatus.NEW.is_learning
    assert TermStatus.NEW.is_tinted and not TermStatus.KNOWN.is_tinted
    assert not TermStatus.IGNORED.is_tinted


@pytest.mark.parametrize("text,status", [("known", TermStatus.KNOWN), ("Learning 2", TermStatus.LEARNING_2),
                                         ("99", TermStatus.KNOWN), ("98", TermStatus.IGNORED),
                                         ("learning", TermStatus.LEARNING_1), ("0", TermStatus.UNKNOWN)])
def test_parse(text: str, status: TermStatus) -> None:
    assert parse_status(text) == status


def test_parse_rejects_with_one_line() -> None:
    with pytest.raises(ValueError, match="Unknown status 'sorta'") as info:
        parse_status("sorta")
    assert "\n" not in str(info.value)
