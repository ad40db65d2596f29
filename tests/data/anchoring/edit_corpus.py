"""An anchoring edit corpus: realistic edits of French texts with the true place of each
highlight afterwards (or ``None`` when the edit destroyed it).

``cases()`` yields :class:`Case` objects built from the texts beside this file with a
seeded generator: short words (« dans », « est », « La », names), phrases, whole
sentences and two-sentence passages, each under one edit — a one-letter typo inside
the span or its context, a typo fixed (« daes » → « dans »), a word inserted or deleted
inside, before or after, the final « . » changed, a sentence inserted before, the
paragraph split, another paragraph deleted, the span's own paragraph deleted, its
sentence rewritten, two paragraphs swapped.

``classify(case, status, start, end)`` sorts an anchoring outcome into ``exact`` (anchored
on the true span), ``near`` (fuzzy on the true span), ``drift`` (overlaps the true span
but its ends are wrong), ``orphan`` / ``lost`` (orphan: the span was destroyed / still
existed) and ``silent`` (anchored somewhere the highlight is not: the worst case).

Loaded by path (tests and bench/anchoring_bench.py), so it imports nothing of the app.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONTEXT_CHARS = 32
SHORT_WORDS = ("dans", "est", "La", "la", "le", "Le", "de", "et", "les", "un", "une", "à",
               "des", "pour", "ville", "sur", "qui")
REPLACEMENT_SENTENCES = (
    "Un chat dort au soleil sur le quai désert.",
    "Personne ne savait plus très bien pourquoi la fête avait été annulée.",
    "Les enfants courent vers la plage en criant.",
)
INSERTED_WORDS = ("très", "déjà", "toutefois", "aussi", "encore", "vraiment")


@dataclass(frozen=True)
class Case:
    name: str  # kind of selection / kind of edit
    text: str  # the text the highlight was made on
    start: int
    end: int
    edited: str
    truth: tuple[int, int] | None  # where the highlight is in ``edited`` (None: destroyed)

    @property
    def prefix(self) -> str:
        return self.text[max(0, self.start - CONTEXT_CHARS):self.start]

    @property
    def suffix(self) -> str:
        return self.text[self.end:self.end + CONTEXT_CHARS]


def texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8").strip() for p in sorted(HERE.glob("*.txt"))}


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in text.split("\n\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return spans


def _sentences(text: str) -> list[tuple[int, int]]:
    found = []
    for a, b in _paragraphs(text):
        for m in re.finditer(r"[^.!?]+[.!?]+(?:\s*»)?", text[a:b]):
            s = a + m.start() + (len(m.group()) - len(m.group().lstrip()))
            found.append((s, a + m.end()))
    return [(s, e) for s, e in found if e - s > 10]


def _replace(text: str, a: int, b: int, new: str,
             span: tuple[int, int]) -> tuple[str, tuple[int, int] | None]:
    """``text`` with ``[a, b)`` replaced by ``new`` and where ``span`` went."""
    s, e = span
    delta = len(new) - (b - a)
    edited = text[:a] + new + text[b:]
    if b <= s:  # before (an insertion at the span's start is before it)
        return edited, (s + delta, e + delta)
    if a >= e:
        return edited, span
    if s <= a and b <= e and ((b - a) < (e - s) / 2 or (b - a, len(new)) == (1, 1)):
        return edited, (s, e + delta)
    return edited, None


def _letter_positions(text: str, a: int, b: int) -> list[int]:
    return [i for i in range(a, b) if text[i].isalpha()]


def _typo(rng: random.Random, ch: str) -> str:
    letters = [c for c in "aeiousnrtl" if c != ch.lower()]
    new = rng.choice(letters)
    return new.upper() if ch.isupper() else new


def _selections(rng: random.Random, text: str) -> Iterator[tuple[str, int, int]]:
    sentences = _sentences(text)
    for word in SHORT_WORDS:
        hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
        for start in rng.sample(hits, min(3, len(hits))):
            yield "word", start, start + len(word)
    for s, e in rng.sample(sentences, min(14, len(sentences))):
        yield "sentence", s, e
        words = [m.span() for m in re.finditer(r"\w[\w'’-]*", text[s:e])]
        if len(words) >= 5:
            i = rng.randrange(0, len(words) - 3)
            j = i + rng.randint(1, 3)
            yield "phrase", s + words[i][0], s + words[j][1]
    for i in rng.sample(range(len(sentences) - 1), min(6, len(sentences) - 1)):
        (s, _), (_, e) = sentences[i], sentences[i + 1]
        if "\n" not in text[s:e]:
            yield "passage", s, e


def _edits(rng: random.Random, text: str,
           span: tuple[int, int]) -> Iterator[tuple[str, str, tuple[int, int] | None]]:
    s, e = span
    paragraphs = _paragraphs(text)
    own = next(i for i, (a, b) in enumerate(paragraphs) if a <= s < b + 2)
    pa, pb = paragraphs[own]
    inside = _letter_positions(text, s, e)
    if len(inside) > 1:
        i = rng.choice(inside)
        yield ("typo inside", *_replace(text, i, i + 1, _typo(rng, text[i]), span))
    before = _letter_positions(text, max(pa, s - CONTEXT_CHARS), s - 1)
    if before:
        i = rng.choice(before)
        yield ("typo before", *_replace(text, i, i + 1, _typo(rng, text[i]), span))
    after = _letter_positions(text, e + 1, min(pb, e + CONTEXT_CHARS))
    if after:
        i = rng.choice(after)
        yield ("typo after", *_replace(text, i, i + 1, _typo(rng, text[i]), span))
    word = rng.choice(INSERTED_WORDS)
    yield ("word inserted before", *_replace(text, s, s, word + " ", span))
    if e < len(text) and text[e] == " ":
        yield ("word inserted after", *_replace(text, e + 1, e + 1, word + " ", span))
    spaces = [i for i in range(s + 1, e - 1) if text[i] == " "]
    if spaces:
        i = rng.choice(spaces)
        yield ("word inserted inside", *_replace(text, i, i, " " + word, span))
    words = [m.span() for m in re.finditer(r" \w+", text[s:e])]
    if len(words) >= 4:
        a, b = rng.choice(words[:-1])
        yield ("word deleted inside", *_replace(text, s + a, s + b, "", span))
    if text[e - 1] == "." and e - s > 20:
        yield ("final . changed to !", *_replace(text, e - 1, e, "!", span))
    sentence = rng.choice(REPLACEMENT_SENTENCES)
    yield ("sentence inserted before", *_replace(text, pa, pa, sentence + " ", span))
    # the sentence(s) of the span rewritten
    sentences = [(a, b) for a, b in _sentences(text) if a <= s and e <= b]
    if sentences:
        a, b = sentences[0]
        yield ("own sentence rewritten", *_replace(text, a, b, sentence, span))
    yield ("own paragraph deleted", *_replace(text, pa, min(len(text), pb + 2), "", span))
    others = [i for i in range(len(paragraphs)) if i != own]
    if others:
        other = rng.choice([i for i in others if i < own] or others)
        a, b = paragraphs[other]
        yield ("other paragraph deleted", *_replace(text, a, min(len(text), b + 2), "", span))
        yield ("paragraphs swapped", *_swap(text, paragraphs, own, rng.choice(others), span))
    splits = [i for i in range(pa + 1, pb - 1) if text[i] == " " and text[i - 1] in ".!?"
              and not s <= i < e]
    if splits:
        i = rng.choice(splits)
        yield ("paragraph split", *_replace(text, i, i + 1, "\n\n", span))


def _swap(text: str, paragraphs: list[tuple[int, int]], own: int, other: int,
          span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    parts = [text[a:b] for a, b in paragraphs]
    order = list(range(len(parts)))
    order[own], order[other] = order[other], order[own]
    edited = "\n\n".join(parts[i] for i in order)
    new_start = sum(len(parts[i]) + 2 for i in order[:order.index(own)])
    offset = new_start - paragraphs[own][0]
    return edited, (span[0] + offset, span[1] + offset)


def cases(seed: int = 18) -> Iterator[Case]:
    rng = random.Random(seed)
    for name, text in texts().items():
        for kind, s, e in _selections(rng, text):
            for edit, edited, truth in _edits(rng, text, (s, e)):
                yield Case(f"{name}: {kind}, {edit}", text, s, e, edited, truth)


def classify(case: Case, status: str, start: int, end: int) -> str:
    if status == "orphan":
        return "orphan" if case.truth is None else "lost"
    if case.truth is None:
        return "silent"
    ts, te = case.truth
    if (start, end) == (ts, te):
        return "exact" if status == "anchored" else "near"
    if start < te and ts < end:
        return "drift"
    return "silent"
