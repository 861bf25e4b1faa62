"""The event list as a lazy table model: one SQL query for the ids (sorted and filtered in
SQL), rows fetched in pages as they are shown (Anki's browser), so 10,000 events open at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from piket import refdata, timeutil
from piket.events.queries import EventFilter, event_ids, event_rows

PAGE = 200
COLUMNS = (  # header, row key, sort key
    ("Start", "start_at", "start"),
    ("Einde", "end_at", "end"),
    ("Evenement", "name", "name"),
    ("Locatie", "location", "location"),
    ("Bezoekers", "visitors", "visitors"),
    ("Klasse", "class", "class"),
    ("Status", "status", "status"),
)
CLASS_COLUMN = 5
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FADED_STATUSES = ("afgewezen",)


def class_colours(db) -> dict[str, QColor]:
    return {item["class_"]: QColor(item["colour"]) for item in refdata.items(db, "risk_classes", include_inactive=True)}


class EventTableModel(QAbstractTableModel):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.filter = EventFilter()
        self.sort_key, self.descending = "start", False
        self.ids: list[int] = []
        self._cache: dict[int, dict] = {}
        self.colours = class_colours(db)
        self.status_labels = refdata.labels(db, "event_statuses")
        self.reload()

    # --- data loading ---------------------------------------------------------
    def reload(self, flt: EventFilter | None = None) -> None:
        self.beginResetModel()
        if flt is not None:
            self.filter = flt
        self.ids = event_ids(self.db, self.filter, self.sort_key, self.descending)
        self._cache.clear()
        self.endResetModel()

    def row_of(self, row: int) -> dict:
        event_id = self.ids[row]
        if event_id not in self._cache:
            if len(self._cache) > 5 * PAGE:
                self._cache.clear()
            page_start = row - row % PAGE
            self._cache.update(event_rows(self.db, self.ids[page_start:page_start + PAGE]))
        return self._cache[event_id]

    def event_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_for_id(self, event_id: int) -> int:
        try:
            return self.ids.index(event_id)
        except ValueError:
            return -1

    # --- Qt model API ---------------------------------------------------------
    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.ids)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section][0]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids) or not 0 <= index.column() < len(COLUMNS):
            return None
        row = self.row_of(index.row())
        key = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row[key]
            if key in ("start_at", "end_at"):
                return timeutil.display(value)
            if key == "visitors":
                return "" if value is None else f"{value:,}".replace(",", ".")
            if key == "status":
                return self.status_labels.get(value, value)
            if key == "class" and row["class_override"]:
                return f"{value} (vastgesteld)"
            return value
        if role == EVENT_ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("visitors", "class"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if key == "visitors" \
                else int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == CLASS_COLUMN:
            return QBrush(self.colours.get(row["class"], QColor("#999999")))
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == CLASS_COLUMN:
                return QBrush(QColor("white"))
            if row["status"] in FADED_STATUSES:
                return QBrush(QColor("#9aa5b1"))
        if role == Qt.ItemDataRole.FontRole and index.column() == CLASS_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == CLASS_COLUMN and row["class_override"]:
            return f"Scan gaf klasse {row['scan_class']}; door de adviseur vastgesteld op {row['class']}"
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMNS[column][2]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
