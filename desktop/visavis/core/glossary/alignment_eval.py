"""Gold word alignments (tests/data/alignment_gold.txt) and their scores: precision, recall, AER.

Links are pairs of word indexes ``(french word, english word)`` over
``word_alignment.french_words`` / ``english_words``.  With sure links S ⊆ possible P and a
predicted set A (Och & Ney 2003):  precision = |A∩P| / |A|,  recall = |A∩S| / |S|,
AER = 1 − (|A∩S| + |A∩P|) / (|A| + |S|).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from visavis.core.glossary.word_alignment import WordLink, english_words, french_words
from visavis.core.glossary.words import split_words

Pair = tuple[int, int]


class GoldError(ValueError):
    """A record of the gold file does not parse; the message names its line."""


@dataclass
class GoldSentence:
    register: str
    french: str
    english: str
    sure: set[Pair] = field(default_factory=set)
    possible: set[Pair] = field(default_factory=set)  # includes the sure links
    line: int = 0


def _runs(tokens: Sequence[str], phrase: Sequence[str]) -> list[int]:
    wanted = [p.lower() for p in phrase]
    return [start for start in range(len(tokens) - len(phrase) + 1)
            if [t.lower() for t in tokens[start:start + len(phrase)]] == wanted]


def _side(text: str, tokens: Sequence[str], split: bool) -> list[int]:
    """Indexes of the tokens a side of a link names ("de#2", "s'élève", "in front of").

    A chunk with "#n" is its n-th occurrence; one without, its first occurrence after the
    previous chunk (else its first)."""
    indexes: list[int] = []
    for chunk in text.split():
        occurrence = 0
        if "#" in chunk:
            chunk, number = chunk.rsplit("#", 1)
            occurrence = int(number)
        words = [w.text for w in split_words(chunk)] if split else [
            w.text for w in english_words(chunk)]
        starts = _runs(tokens, words) if words else []
        if occurrence:
            starts = starts[occurrence - 1:occurrence]
        elif indexes:
            starts = [s for s in starts if s > indexes[-1]] or starts
        if not starts:
            raise GoldError(f"« {chunk} » is not a word of the sentence")
        indexes.extend(range(starts[0], starts[0] + len(words)))
    return indexes


def parse_gold(text: str) -> list[GoldSentence]:
    """Records of the gold file (see its header for the format)."""
    sentences: list[GoldSentence] = []
    current: GoldSentence | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            if line.startswith("@"):
                current = GoldSentence(line[1:].strip(), "", "", line=number)
                sentences.append(current)
            elif current is None:
                raise GoldError("a record must start with @register")
            elif line.startswith("FR:"):
                current.french = line[3:].strip()
            elif line.startswith("EN:"):
                current.english = line[3:].strip()
            elif line.startswith("A:"):
                fr_tokens = [w.text for w in french_words(current.french)]
                en_tokens = [w.text for w in english_words(current.english)]
                for link in line[2:].split("|"):
                    sure = "=" in link
                    if not sure and "~" not in link:
                        raise GoldError(f"link « {link.strip()} » has neither = nor ~")
                    left, right = link.split("=" if sure else "~", 1)
                    pairs = {(f, e) for f in _side(left, fr_tokens, True)
                             for e in _side(right, en_tokens, False)}
                    current.possible |= pairs
                    if sure:
                        current.sure |= pairs
            else:
                raise GoldError("expected @register, FR:, EN: or A:")
        except (GoldError, ValueError) as exc:
            raise GoldError(f"line {number}: {exc}") from exc
    for sentence in sentences:
        if not (sentence.french and sentence.english and sentence.sure):
            raise GoldError(f"line {sentence.line}: record without FR, EN or sure links")
    return sentences


def load_gold(path: Path) -> list[GoldSentence]:
    return parse_gold(path.read_text(encoding="utf-8"))


def link_pairs(french: str, english: str, links: Iterable[WordLink]) -> set[Pair]:
    """Word-index pairs of character-span links."""
    fr = {(w.start, w.end): i for i, w in enumerate(french_words(french))}
    en = {(w.start, w.end): i for i, w in enumerate(english_words(english))}
    out = set()
    for link in links:
        f = fr.get((link.fr_start, link.fr_end))
        e = en.get((link.en_start, link.en_end))
        if f is not None and e is not None:
            out.add((f, e))
    return out


@dataclass
class Scores:
    predicted: int = 0
    sure: int = 0
    predicted_in_possible: int = 0
    predicted_in_sure: int = 0

    def add(self, predicted: set[Pair], sure: set[Pair], possible: set[Pair]) -> None:
        self.predicted += len(predicted)
        self.sure += len(sure)
        self.predicted_in_possible += len(predicted & possible)
        self.predicted_in_sure += len(predicted & sure)

    @property
    def precision(self) -> float:
        return self.predicted_in_possible / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.predicted_in_sure / self.sure if self.sure else 0.0

    @property
    def aer(self) -> float:
        total = self.predicted + self.sure
        if not total:
            return 1.0
        return 1.0 - (self.predicted_in_sure + self.predicted_in_possible) / total
