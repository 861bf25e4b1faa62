"""Search over every logbook: debounced as you type, hits with the matched words marked."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)
from sqlite_utils import Database

from piket.gui.errors import attempt
from piket.gui.logbook.models import SearchModel
from piket.logbook.search import MARK_END, MARK_START, search

DEBOUNCE_MS = 250


def snippet_html(snippet: str) -> str:
    """The FTS snippet as HTML: user text escaped, matches on a yellow background."""
    return (escape(snippet)
            .replace(MARK_START, '<span style="background:#ffe066;font-weight:600">')
            .replace(MARK_END, "</span>"))


class HighlightDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = QTextDocument()
        document.setDefaultFont(options.font)
        document.setHtml(snippet_html(options.text))
        document.setTextWidth(options.rect.width())
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        painter.save()
        painter.translate(options.rect.topLeft())
        painter.setClipRect(options.rect.translated(-options.rect.topLeft()))
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, 44)


class SearchResults(QTableView):
    """The hit list; ``chosen`` gives (incident id, seq) on Enter or double-click."""

    chosen = Signal(int, int)
    searched = Signal(int)

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.search_model = SearchModel(self)
        self.setModel(self.search_model)
        self.setItemDelegateForColumn(1, HighlightDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(44)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 170)
        self.activated.connect(self._choose)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.pending = ""

    def schedule(self, text: str) -> None:
        self.pending = text
        self.timer.start()

    def run(self) -> None:
        hits = attempt(self, lambda: search(self.db, self.pending))
        self.search_model.set_hits(hits or [])
        if hits:
            self.selectRow(0)
        self.searched.emit(len(hits or []))

    def choose_current(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.run()
        index = self.currentIndex()
        if not index.isValid() and self.search_model.rowCount():
            index = self.search_model.index(0, 0)
        if index.isValid():
            self._choose(index)

    def _choose(self, index: QModelIndex) -> None:
        incident, seq = self.search_model.data(self.search_model.index(index.row(), 0), Qt.ItemDataRole.UserRole)
        self.chosen.emit(incident, seq)
