"""Numbers and sizes written as the interface language writes them (``1,5 Mo`` in French).

The locale follows the interface language chosen in Preferences (``install_translator``): the
system locale when it speaks that language, else the language's main locale — so a French
window on an English system still writes a decimal comma, and an English one a point.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from visavis.ui.common.i18n import installed_language

_LANGUAGES = {"fr": QLocale.Language.French, "en": QLocale.Language.English}
NBSP = "\u00a0"


def interface_locale() -> QLocale:
    """The locale for numbers shown in the interface language now in use."""
    locale = QLocale()
    language = _LANGUAGES.get(installed_language() or "")
    if language is None or locale.language() == language:
        return locale
    return QLocale(language)


def data_size(count: int) -> str:
    """``count`` bytes for the reader: ``"1.5 MB"`` / ``"1,5 Mo"`` (base 1024, like the core's
    English), ``"10 MB"`` rather than ``"10.0 MB"``; a no-break space before the unit."""
    locale = interface_locale()
    form = QLocale.DataSizeFormat.DataSizeTraditionalFormat
    text = locale.formattedDataSize(int(count), 1, form)
    whole = locale.formattedDataSize(int(count), 0, form)
    if text.replace(locale.decimalPoint() + locale.zeroDigit(), "", 1) == whole:
        text = whole
    return text.replace(" ", NBSP)


def decimal(value: float, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals in the interface's locale (``2,5`` in French)."""
    return interface_locale().toString(float(value), "f", digits)


def short_decimal(value: float, digits: int = 1) -> str:
    """Like :func:`decimal` without trailing zeros: ``2,5``, ``0,75``, ``3`` (never ``3,0``)."""
    locale = interface_locale()
    text = locale.toString(float(value), "f", digits)
    point = locale.decimalPoint()
    if digits > 0 and point in text:
        text = text.rstrip(locale.zeroDigit()).removesuffix(point)
    return text


def takes_singular(count: int) -> bool:
    """Whether ``count`` takes the singular in the interface language: French says « 0 mot »,
    « 1 mot » (CLDR: one for 0 and 1), English "1 word" but "0 words"."""
    if installed_language() == "fr":
        return count in (0, 1)
    return count == 1
