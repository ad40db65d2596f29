"""Qt item models of the library view: rows are ``ArticleSummary`` values from the store.

``LibraryTableModel`` holds the rows (and, while searching, the matched snippets);
``LibraryFilterProxy`` sorts on raw values (``SORT_ROLE``) and filters by tag.
No SQL here: rows come from ``library.articles.list`` / ``library.search_index.search``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cmp_to_key
from html import escape
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from visavis.core.store.listing import ArticleSummary
from visavis.core.store.search import MATCH_END, MATCH_START, SearchHit

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3  # display text with <b> around search matches
TAGS_ROLE = Qt.ItemDataRole.UserRole + 4
FIGURES_ROLE = Qt.ItemDataRole.UserRole + 5  # word figures (core.knowledge.figures) or None

COLUMNS = (QT_TRANSLATE_NOOP("LibraryModel", "Title"), QT_TRANSLATE_NOOP("LibraryModel", "Match"),
           QT_TRANSLATE_NOOP("LibraryModel", "Origin"), QT_TRANSLATE_NOOP("LibraryModel", "Added"),
           QT_TRANSLATE_NOOP("LibraryModel", "Last opened"), QT_TRANSLATE_NOOP("LibraryModel", "Read"),
           QT_TRANSLATE_NOOP("LibraryModel", "Highlights"), QT_TRANSLATE_NOOP("LibraryModel", "Tags"),
           QT_TRANSLATE_NOOP("LibraryModel", "Known"), QT_TRANSLATE_NOOP("LibraryModel", "New words"))
TITLE, MATCH, ORIGIN, ADDED, OPENED, READ, MARKS, TAGS, KNOWN, NEW_WORDS = range(len(COLUMNS))

Index = QModelIndex | QPersistentModelIndex


def marked_to_html(text: str) -> str:
    """Escape ``text`` and turn the store's match markers into bold."""
    return escape(text).replace(MATCH_START, "<b>").replace(MATCH_END, "</b>").replace("\n", " ")


def strip_marks(text: str) -> str:
    return text.replace(MATCH_START, "").replace(MATCH_END, "")


def origin_label(origin: str | None) -> str:
    """Where an article came from, short: the web site's host, or the file's name."""
    if not origin:
        return ""
    parsed = urlsplit(origin)
    if parsed.scheme in ("http", "https") and parsed.hostname:
        return parsed.hostname.removeprefix("www.")
    return PurePath(parsed.path if parsed.scheme == "file" else origin).name or origin


def local_date(stamp: str | None) -> str:
    """``2026-11-27T16:44:01.000000Z`` → local ``2026-11-27 17:44`` (empty for None)."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp[:16]
    return moment.strftime("%Y-%m-%d %H:%M")


def french_collator() -> QCollator:
    """Titles are French: « À la une » sorts with A, « Été » with E, « Article 9 » before 10."""
    collator = QCollator(QLocale(QLocale.Language.French, QLocale.Country.France))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


class LibraryTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._hits: dict[int, SearchHit] = {}
        self._row_of: dict[int, int] = {}
        self._ranks: dict[int, list[int]] = {}  # text column -> collation rank of each row
        self._collator = french_collator()
        self._figures: dict[int, Any] = {}  # article id -> ArticleFigures (word knowledge)

    # -- content -----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ArticleSummary], hits: Sequence[SearchHit] = ()) -> None:
        """Show ``rows``; with search ``hits`` the rows keep the hits' rank order."""
        self.beginResetModel()
        self._hits = {h.article_id: h for h in hits}
        if hits:
            by_id = {r.id: r for r in rows}
            self._rows = [by_id[h.article_id] for h in hits if h.article_id in by_id]
        else:
            self._rows = list(rows)
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self._ranks = {}
        self.endResetModel()

    def set_figures(self, figures: dict[int, Any]) -> None:
        """Word figures per article id (``library.article_figures.figures()``)."""
        self._figures = dict(figures)
        if self._rows:
            self.dataChanged.emit(self.index(0, KNOWN), self.index(len(self._rows) - 1, NEW_WORDS))

    def summary(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def summaries(self) -> list[ArticleSummary]:
        return list(self._rows)

    def row_of(self, article_id: int) -> int | None:
        return self._row_of.get(article_id)

    def is_search(self) -> bool:
        return bool(self._hits)

    def hit(self, article_id: int) -> SearchHit | None:
        return self._hits.get(article_id)

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LibraryModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ARTICLE_ID_ROLE:
            return row.id
        if role == TAGS_ROLE:
            return row.tags
        if role == FIGURES_ROLE:
            return self._figures.get(row.id)
        if role == SORT_ROLE:
            return self._sort_value(row, col, index.row())
        if role == HTML_ROLE:
            return self._html(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == TITLE:
                return row.title + (f"\n{row.origin}" if row.origin else "")
            if col == ORIGIN and row.origin:
                return row.origin
            if col == READ:
                return translate("LibraryModel", "Read {read} % · last position {position} %").format(
                    read=round(row.read_fraction * 100), position=round(row.scroll_fraction * 100))
            if col == MATCH and row.id in self._hits:
                return strip_marks(self._hits[row.id].snippet)
        if role == Qt.ItemDataRole.ToolTipRole and col in (KNOWN, NEW_WORDS) and row.id in self._figures:
            figures = self._figures[row.id]
            return translate("LibraryModel", "You know {percent} % of its words · {new} new words").format(
                percent=figures.known_percent, new=figures.unknown_words + figures.new_words)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (READ, MARKS, KNOWN, NEW_WORDS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ArticleSummary, col: int) -> str:
        hit = self._hits.get(row.id)
        if col == TITLE:
            return row.title
        if col == MATCH:
            return strip_marks(hit.snippet) if hit else ""
        if col == ORIGIN:
            return origin_label(row.origin)
        if col == ADDED:
            return local_date(row.created_at)
        if col == OPENED:
            return local_date(row.opened_at) or translate("LibraryModel", "never")
        if col == READ:
            return f"{round(row.read_fraction * 100)} %"
        if col == MARKS:
            return translate("LibraryModel", "{highlights} · {notes} notes").format(
                highlights=row.highlight_count, notes=row.note_count) if row.highlight_count else ""
        if col in (KNOWN, NEW_WORDS):
            figures = self._figures.get(row.id)
            if figures is None:
                return ""
            return f"{figures.known_percent} %" if col == KNOWN else str(figures.unknown_words + figures.new_words)
        return ", ".join(row.tags)

    def _html(self, row: ArticleSummary, col: int) -> str:
        hit = self._hits.get(row.id)
        if col == TITLE and hit is not None:
            return marked_to_html(hit.title)
        if col == MATCH and hit is not None:
            return marked_to_html(hit.snippet)
        return escape(self._display(row, col))

    def _collation_rank(self, col: int, position: int) -> int:
        """French collation done once per column and row set (10,000 titles: ~50 ms), so Qt
        sorts integers instead of calling back into Python for every comparison."""
        ranks = self._ranks.get(col)
        if ranks is None:
            keys = [self._collator.sortKey(self._text_value(r, col)) for r in self._rows]
            order = sorted(range(len(keys)), key=cmp_to_key(lambda a, b: keys[a].compare(keys[b])))
            ranks = [0] * len(keys)
            for rank, row in enumerate(order):
                ranks[row] = rank
            self._ranks[col] = ranks
        return ranks[position]

    @staticmethod
    def _text_value(row: ArticleSummary, col: int) -> str:
        if col == TITLE:
            return row.title
        if col == ORIGIN:
            return row.origin or ""
        return ", ".join(row.tags)

    def _sort_value(self, row: ArticleSummary, col: int, position: int) -> object:
        if col in (TITLE, ORIGIN, TAGS):
            return self._collation_rank(col, position)
        if col == MATCH:
            return position  # rank order
        if col == ADDED:
            return row.created_at
        if col == OPENED:
            return row.opened_at or ""
        if col == READ:
            return row.read_fraction
        if col == MARKS:
            return row.highlight_count * 10_000 + row.note_count
        if col in (KNOWN, NEW_WORDS):
            figures = self._figures.get(row.id)
            if figures is None:
                return -1.0  # not counted yet: first in ascending order
            return figures.known_share if col == KNOWN else float(figures.unknown_words + figures.new_words)
        return None


class LibraryFilterProxy(QSortFilterProxyModel):
    """Sorts on raw values (text columns by their French collation rank) and keeps only rows
    carrying ``tag`` (case-insensitive)."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._tag: str | None = None
        self._min_known: int | None = None  # "articles I know ≥ N %" (whole percents)

    def set_tag(self, tag: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._tag = tag.casefold() if tag else None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._tag = tag.casefold() if tag else None
            self.invalidateFilter()

    def tag(self) -> str | None:
        return self._tag

    def set_min_known(self, percent: int | None) -> None:
        """Keep only articles whose words the reader knows at ≥ ``percent`` % (None: all)."""
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._min_known = percent
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._min_known = percent
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._min_known is not None:
            figures = index.data(FIGURES_ROLE)
            if figures is None or figures.known_percent < self._min_known:
                return False
        if self._tag is None:
            return True
        tags = index.data(TAGS_ROLE) or ()
        return any(t.casefold() == self._tag for t in tags)
