"""Glossary on hover: bundled Wiktionary/FreeDict dictionary, lemmas, terms, reader's glossary.

Entry points: ``Glossary`` (dictionary + reader entries), ``annotate_document``,
``lookup``, ``aligned_english`` and ``ReaderGlossary`` (stored in the library).
"""

from __future__ import annotations

DICTIONARY_CREDIT = (
    "Word definitions: the English Wiktionary's French entries (Wiktionary contributors, "
    "https://en.wiktionary.org/, extracted by Wiktextract/kaikki.org and converted by Vuizur), "
    "dual-licensed CC BY-SA 3.0 and GNU FDL; pronunciations and genders: FreeDict "
    "French-English dictionary 0.4.1 (Horst Eyermann, John Darrington and the FreeDict "
    "contributors, https://freedict.org/), GNU General Public License version 2 or later."
)
