"""The words of the open article, their statuses and where they sit (no Qt).

Built in a worker when an article opens (tokens, then one ``get_many`` of its lemmas and
forms); then every status lookup while painting is a dict read.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from visavis.core.document import Document
from visavis.core.knowledge.figures import ArticleFigures
from visavis.core.knowledge.statuses import TermStatus
from visavis.core.knowledge.tokens import Token, document_tokens, effective_status


@dataclass
class ArticleWords:
    document: Document
    tokens: dict[str, list[Token]]  # sentence id -> tokens
    lemma_status: dict[str, TermStatus] = field(default_factory=dict)
    form_status: dict[tuple[str, str], TermStatus] = field(default_factory=dict)
    multiword: dict[str, TermStatus] = field(default_factory=dict)
    counts: object = None  # the library's ArticleCounts of this article, to store (or None)
    _starts: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _sentence_base: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)
    _block_tokens: dict[int, list[tuple[int, int, Token]]] = field(default_factory=dict, repr=False)
    _groups: dict[tuple[str, str, bool], int] = field(default_factory=dict, repr=False)
    _in_term: dict[tuple[str, int], str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for block in self.document.blocks:
            for s in block.sentences:
                self._sentence_base[s.id] = (block.index, block.plain_start + s.block_start)
        self._starts = {sid: [t.start for t in tokens] for sid, tokens in self.tokens.items()}
        for tokens in self.tokens.values():  # (lemma, form, auto-ignored) -> tokens: the figures
            for t in tokens:  # are computed per group, not per token (a book has 100,000)
                key = (t.lemma, t.form, t.auto_ignored)
                self._groups[key] = self._groups.get(key, 0) + 1

    @classmethod
    def build(cls, document: Document, library) -> ArticleWords:  # type: ignore[no-untyped-def]
        """Worker: tokens of ``document`` and the stored statuses they need."""
        words = cls(document, document_tokens(document))
        if library is not None:
            words.load_statuses(library)
        return words

    def load_statuses(self, library) -> None:  # type: ignore[no-untyped-def]
        all_tokens = [t for tokens in self.tokens.values() for t in tokens]
        repository = library.word_status
        self.lemma_status = dict(repository.get_many({t.lemma for t in all_tokens}))
        forms = repository.get_many({(t.lemma, t.form) for t in all_tokens})
        self.form_status = {k: v for k, v in forms.items() if self.lemma_status.get(k[0]) != v}
        self.multiword = repository.multiword_statuses()
        self._find_terms()

    def _find_terms(self) -> None:
        """Tokens inside a multi-word term the reader gave a status show the term's status."""
        self._in_term = {}
        if not self.multiword:
            return
        by_first: dict[str, list[list[str]]] = {}
        for key in self.multiword:
            parts = key.split(" ")
            by_first.setdefault(parts[0], []).append(parts)
        for sid, tokens in self.tokens.items():
            lemmas = [t.lemma for t in tokens]
            for i, first in enumerate(lemmas):
                for parts in sorted(by_first.get(first, ()), key=len, reverse=True):
                    if lemmas[i:i + len(parts)] == parts:
                        for t in tokens[i:i + len(parts)]:
                            self._in_term.setdefault((sid, t.start), " ".join(parts))
                        break

    # -- lookups --------------------------------------------------------------------------
    def status(self, token: Token) -> TermStatus:
        if self._in_term:
            term = self._in_term.get((token.sentence_id, token.start))
            if term is not None and term in self.multiword:
                return self.multiword[term]
        return effective_status(token, self.lemma_status, self.form_status)

    def automatic_status(self, lemma: str) -> TermStatus:
        """IGNORED when every occurrence of ``lemma`` here is ignored automatically."""
        autos = [auto for (lem, _form, auto) in self._groups if lem == lemma]
        return TermStatus.IGNORED if autos and all(autos) else TermStatus.UNKNOWN

    def token_at(self, sentence_id: str, offset: int) -> Token | None:
        """The token covering ``offset`` (in the sentence text), if any."""
        starts = self._starts.get(sentence_id)
        if not starts:
            return None
        i = bisect_right(starts, offset) - 1
        if i >= 0:
            token = self.tokens[sentence_id][i]
            if token.start <= offset < token.end:
                return token
        return None

    def plain_range(self, token: Token) -> tuple[int, int]:
        """The token's offsets in ``Document.plain`` (what the reading view paints)."""
        base = self._sentence_base[token.sentence_id][1]
        return base + token.start, base + token.end

    def block_tokens(self, index: int) -> list[tuple[int, int, Token]]:
        """(start, end, token) of block ``index``, offsets in the block's text (cached)."""
        found = self._block_tokens.get(index)
        if found is None:
            blocks = self.document.blocks
            found = [(s.block_start + t.start, s.block_start + t.end, t)
                     for s in (blocks[index].sentences if 0 <= index < len(blocks) else ())
                     for t in self.tokens.get(s.id, ())]
            self._block_tokens[index] = found
        return found

    def block_of(self, sentence_id: str) -> int:
        return self._sentence_base[sentence_id][0]

    def tokens_in_blocks(self, blocks: Iterable[int]) -> list[Token]:
        all_blocks = self.document.blocks
        return [t for i in sorted(set(blocks)) if 0 <= i < len(all_blocks)
                for s in all_blocks[i].sentences for t in self.tokens.get(s.id, ())]

    def all_tokens(self) -> list[Token]:
        return [t for tokens in self.tokens.values() for t in tokens]

    # -- changes --------------------------------------------------------------------------
    def apply(self, lemma: str, status: TermStatus | None, form: str = "") -> None:
        """Mirror a stored change (None: back to automatic)."""
        if form:
            target, key = self.form_status, (lemma, form)
        elif " " in lemma:
            target, key = self.multiword, lemma
        else:
            target, key = self.lemma_status, lemma
        if status is None:
            target.pop(key, None)  # type: ignore[arg-type]
        else:
            target[key] = status  # type: ignore[index]
        if target is self.multiword:
            self._find_terms()

    # -- figures --------------------------------------------------------------------------
    def group_status(self, lemma: str, form: str, auto_ignored: bool) -> TermStatus:
        found = self.form_status.get((lemma, form)) if self.form_status else None
        if found is None:
            found = self.lemma_status.get(lemma)
        if found is None:
            found = TermStatus.IGNORED if auto_ignored else TermStatus.UNKNOWN
        return found

    def figures(self) -> ArticleFigures:
        counts: dict[TermStatus, list[int]] = {}
        seen: set[tuple[str, TermStatus]] = set()
        for (lemma, form, auto), n in self._groups.items():
            status = self.group_status(lemma, form, auto)
            entry = counts.setdefault(status, [0, 0])
            entry[0] += n
            if (lemma, status) not in seen:
                seen.add((lemma, status))
                entry[1] += 1
        return ArticleFigures.from_counts({s: (v[0], v[1]) for s, v in counts.items()})

    def unknown_share(self, sentence_id: str) -> float:
        """Share of the sentence's counted words that are not known (learner mode "auto")."""
        counted = unknown = 0
        for token in self.tokens.get(sentence_id, ()):
            status = self.status(token)
            if status == TermStatus.IGNORED:
                continue
            counted += 1
            unknown += status != TermStatus.KNOWN
        return unknown / counted if counted else 0.0
