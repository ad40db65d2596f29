"""Word knowledge: the status the reader gives each word, and what follows from it.

* :mod:`.statuses` — ``TermStatus`` (UNKNOWN … KNOWN, IGNORED), labels, ``parse_status``.
* :mod:`.tokens` — an article's tokens with lemma and automatic ignore; ``effective_status``.
* :mod:`.word_status` — ``library.word_status`` (get / get_many / set / set_many / history / counts).
* :mod:`.word_index` — ``library.word_occurrences`` (lemmas per article, ``sentences(lemma)``).
* :mod:`.figures` — ``library.article_figures`` (known share per article for the library list).
* :mod:`.reading_log` — ``library.reading_log`` (words read per day, streak).
* :mod:`.statistics`, :mod:`.iplus1`, :mod:`.word_import`, :mod:`.mark_rest` — features on top.

Never imports Qt.  Stored in migration 0008 (``core/store/migrations/0008_word_knowledge.sql``).
"""

from visavis.core.knowledge.statuses import TermStatus

__all__ = ["TermStatus"]
