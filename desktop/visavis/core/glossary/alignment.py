"""Use the engine's word alignment to find the English of a French word or term."""

from __future__ import annotations

from visavis.core.translation.types import Translation


def aligned_english(translation: Translation, fr_start: int, fr_end: int) -> list[tuple[int, int]]:
    """English spans linked to any French span overlapping ``[fr_start, fr_end)``.

    Sorted, overlapping/touching spans merged, clamped to the English text.
    """
    size = len(translation.text)
    spans = sorted(
        (max(0, ts), min(size, te))
        for ss, se, ts, te in translation.alignment
        if ss < fr_end and fr_start < se and ts < te and ts < size
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged


def aligned_text(translation: Translation, fr_start: int, fr_end: int) -> str:
    """The aligned English as text; spans separated by more than spaces are joined by " … "."""
    parts: list[str] = []
    previous_end: int | None = None
    for start, end in aligned_english(translation, fr_start, fr_end):
        gap = translation.text[previous_end:start] if previous_end is not None else ""
        if parts and not gap.strip():
            parts[-1] += gap + translation.text[start:end]
        else:
            parts.append(translation.text[start:end])
        previous_end = end
    return " … ".join(p.strip() for p in parts if p.strip())
