"""Themes and their items as a two-level tree, with verdict colours and progress.

Row ids: a theme index has internal id 0; an item index has the theme's row + 1, so
``parent()`` needs no lookup table. The model holds the filtered item rows of one review;
``refresh_item`` updates one item in place after a save.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from piket.checklist import progress

CODE_ROLE = Qt.ItemDataRole.UserRole
OPEN_COLOUR = "#c3cbd6"
SHORT_LABELS = {"voldoet": "voldoet", "deels": "deels", "voldoet_niet": "voldoet niet",
                "onvoldoende_info": "onv. info", "nvt": "n.v.t."}

_ROOT = QModelIndex()  # the invisible root, as a default argument


class ChecklistTreeModel(QAbstractItemModel):
    HEADERS = ("Thema / item", "Oordeel")

    def __init__(self, verdicts: dict[str, dict], parent=None):
        super().__init__(parent)
        self.verdicts = verdicts  # code -> {"label", "colour"}
        self.all_items: list[dict] = []
        self.themes: list[dict] = []  # [{"code", "theme", "items": [...]}] after the filter
        self.counts: dict[str, dict] = {}  # theme code -> counts over ALL its items
        self.which = "alle"
        self.discipline: str | None = None

    # --- loading ---------------------------------------------------------------
    def load(self, items: list[dict], which: str = "alle", discipline: str | None = None) -> None:
        self.beginResetModel()
        self.all_items = items
        self.which, self.discipline = which, discipline
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        self.counts = {t["code"]: t for t in progress.themes(self.all_items)}
        shown = [i for i in self.all_items if progress.matches(i, self.which, self.discipline)]
        self.themes = progress.themes(shown)

    def refresh_item(self, item: dict) -> bool:
        """Put a saved item back; False when it no longer passes the filter (reload then)."""
        for position, old in enumerate(self.all_items):
            if old["code"] == item["code"]:
                self.all_items[position] = item
        if not progress.matches(item, self.which, self.discipline):
            self.load(self.all_items, self.which, self.discipline)
            return False
        self.counts = {t["code"]: t for t in progress.themes(self.all_items)}
        index = self.index_of(item["code"])
        theme_row = index.parent().row()
        self.themes[theme_row]["items"][index.row()] = item
        self.dataChanged.emit(index, index.siblingAtColumn(1))
        theme = self.index(theme_row, 0)
        self.dataChanged.emit(theme, theme.siblingAtColumn(1))
        return True

    # --- lookup ----------------------------------------------------------------
    def item_at(self, index: QModelIndex) -> dict | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.themes[index.internalId() - 1]["items"][index.row()]

    def index_of(self, code: str) -> QModelIndex:
        for theme_row, theme in enumerate(self.themes):
            for row, item in enumerate(theme["items"]):
                if item["code"] == code:
                    return self.index(row, 0, self.index(theme_row, 0))
        return QModelIndex()

    def item_codes(self) -> list[str]:
        return [item["code"] for theme in self.themes for item in theme["items"]]

    # --- Qt model API ----------------------------------------------------------
    def index(self, row: int, column: int, parent=_ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=_ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        if not parent.isValid():
            return len(self.themes)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.themes[parent.row()]["items"])
        return 0

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._theme_data(self.themes[index.row()], index.column(), role)
        return self._item_data(self.item_at(index), index.column(), role)

    def _theme_data(self, theme: dict, column: int, role):
        counts = self.counts.get(theme["code"], theme)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{theme['code']} · {theme['theme']}"
            return f"{counts['assessed']}/{counts['total']}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            failing = counts["by_verdict"].get("voldoet_niet", 0)
            done = counts["assessed"] == counts["total"]
            return QBrush(QColor("#c62828" if failing else "#2e7d32" if done else "#555555"))
        if role == Qt.ItemDataRole.ToolTipRole:
            failing = counts["by_verdict"].get("voldoet_niet", 0)
            return (f"{counts['assessed']} van {counts['total']} beoordeeld, "
                    f"{failing} voldoet niet, {counts['open']} open")
        if role == CODE_ROLE:
            return theme["code"]
        return None

    def _item_data(self, item: dict, column: int, role):
        verdict = self.verdicts.get(item["verdict"]) if item["verdict"] else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{item['code']}  {item['question']}"
            return SHORT_LABELS.get(item["verdict"], verdict["label"]) if verdict else "open"
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(verdict["colour"] if verdict else OPEN_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(QColor(verdict["colour"] if verdict else "#777777"))
        if role == Qt.ItemDataRole.ToolTipRole:
            secret = "\n(vertrouwelijk)" if item["confidential"] else ""
            label = verdict["label"] if verdict else "nog niet beoordeeld"
            return f"{item['code']}: {item['question']}\n{label}{secret}"
        if role == CODE_ROLE:
            return item["code"]
        return None
