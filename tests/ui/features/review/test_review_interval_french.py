"""Review intervals in a French window: « 1,5 mois », never « 1.5 mois »."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale

from visavis.ui.common.i18n import install_translator
from visavis.ui.features.review.review_window import interval_text


def test_intervals_use_the_decimal_comma_in_french(qapp) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("en_US"))
    install_translator(qapp, "fr")
    try:
        assert interval_text(timedelta(days=45)) == "1,5 mois"
        assert interval_text(timedelta(days=365 * 2.5)) == "2,5 an"
        assert interval_text(timedelta(days=60)) == "2 mois"
    finally:
        install_translator(qapp, "en")
    assert interval_text(timedelta(days=45)) == "1.5 mo"
