"""Glossary on hover: bundled FreeDict dictionary, lemmas, multi-word terms, reader's glossary.

Entry points: ``Glossary`` (dictionary + reader entries), ``annotate_document``,
``lookup``, ``aligned_english`` and ``ReaderGlossary`` (stored in the library).
"""

from __future__ import annotations

DICTIONARY_CREDIT = (
    "Word definitions: FreeDict French-English dictionary 0.4.1 "
    "(Horst Eyermann, John Darrington and the FreeDict contributors, https://freedict.org/), "
    "GNU General Public License version 2 or later."
)
