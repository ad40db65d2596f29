"""Attention for any English through a local model: forced decoding (``target_prefix``).

For English the model did not produce (a reader's correction, a remote engine), the model
is made to decode exactly that English: ``translate_batch(..., target_prefix=[pieces],
max_decoding_length=len(pieces) + 1, return_attention=True)``.  CTranslate2 then returns one
attention row per decoded piece, prefix included (row ``t`` is the step producing piece
``t``; the extra last step is the one consuming the last piece), with the heads averaged as
the model was converted.  ``word_attention`` turns that into the Shift-Att word matrix that
``align_words(french, english, attention)`` takes.
"""

from __future__ import annotations

from typing import Any

from visavis.core.glossary.word_alignment import WordLink, align_words, word_attention


def forced_attention(engine: Any, french: str, english: str) -> list[list[float]] | None:
    """Word attention (rows: English words, columns: French words) of ``engine``'s model forced
    to decode ``english``; None when the engine has no local model (a remote engine)."""
    translator = getattr(engine, "translator", None)
    tokenizer = getattr(engine, "tokenizer", None)
    if translator is None or tokenizer is None or not french.strip() or not english.strip():
        return None
    src_pieces, src_spans = tokenizer.encode(french)
    tgt_pieces, tgt_spans = tokenizer.encode(english)
    prefix = [engine.package.target_prefix] if getattr(engine.package, "target_prefix", "") \
        else []
    results = translator.translate_batch(
        [src_pieces], target_prefix=[prefix + tgt_pieces], beam_size=1,
        max_decoding_length=len(prefix) + len(tgt_pieces) + 1, max_input_length=0,
        return_attention=True)
    rows = [list(map(float, row)) for row in results[0].attention[0]]
    rows = rows[len(prefix):]  # the language token's step is not an English word
    return word_attention(french, src_spans, english, tgt_spans, rows)


def align_with_model(engine: Any, french: str, english: str) -> list[WordLink]:
    """``align_words`` with the model's forced-decoding attention as secondary evidence."""
    return align_words(french, english, forced_attention(engine, french, english))
