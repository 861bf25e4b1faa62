"""Table models of the roster screen, all over service queries (no SQL here)."""

from __future__ import annotations

import json
import textwrap
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from piket import timeutil
from piket.roster import eligibility
from piket.roster.calendar import iso_monday
from piket.roster.gaps import shift_problem
from piket.roster.people import absences_of, list_people, qualifications_of
from piket.roster.pools import all_pools, handover_text, members, pool_overview
from piket.roster.shifts import roster

HEADER_CHARACTERS = 15  # a grid column is ~120 px: about 15 characters of header text

GAP = QColor("#fde2e4")
GAP_TEXT = QColor("#c1121f")
CURRENT = QColor("#fff3bf")
MANUAL_MARK = " ✎"
MIME = "application/x-piket-shift"
ROLE_SHIFT = Qt.ItemDataRole.UserRole + 1
ROOT = QModelIndex()


class RosterModel(QAbstractTableModel):
    """Weeks down, hard pools across; a cell is the pool's shift that starts in that ISO week."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.first = iso_monday(timeutil.today())
        self.weeks = 26
        self.pools = []
        self.cells: dict[tuple[int, int], dict] = {}
        self.on_drop = None  # callable(pool_id, source_start, target_start)

    def load(self, first: date | None = None, weeks: int | None = None, only: list[str] | None = None) -> None:
        """The grid from ``first`` for ``weeks``; ``only`` names the pools to show (none or
        none that still exist: every pool)."""
        self.beginResetModel()
        if first is not None:
            self.first = iso_monday(first)
        if weeks is not None:
            self.weeks = weeks
        pools = all_pools(self.db, hard_only=True)  # zacht piket has no week shifts
        chosen = set(only or ())
        self.pools = [pool for pool in pools if pool.name in chosen] or pools
        first_day = timeutil.local_midnight(self.first)
        last_day = timeutil.local_midnight(self.first + timedelta(weeks=self.weeks))
        snapshot = eligibility.load(self.db, (first_day - eligibility.MAX_SHIFT, last_day + eligibility.MAX_SHIFT))
        self.cells = {}
        for column, pool in enumerate(self.pools):
            for row in roster(self.db, [pool], self.first, self.weeks):
                week = (iso_monday(row["start"].astimezone(timeutil.TZ).date()) - self.first).days // 7
                if 0 <= week < self.weeks:
                    row["problem"] = shift_problem(snapshot, row, pool.function, pool.kind)
                    self.cells[(week, column)] = row
        self.endResetModel()

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self.weeks

    def columnCount(self, parent=ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.pools)

    def week_start(self, row: int) -> date:
        return self.first + timedelta(weeks=row)

    def current_row(self) -> int | None:
        row = (iso_monday(timeutil.today()) - self.first).days // 7
        return row if 0 <= row < self.weeks else None

    def cell(self, index: QModelIndex) -> dict | None:
        return self.cells.get((index.row(), index.column())) if index.isValid() else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        cell = self.cell(index)
        if cell is None:
            return None
        current = index.row() == self.current_row()
        if role == Qt.ItemDataRole.DisplayRole:
            name = cell["person"] or "— open —"
            return name + (MANUAL_MARK if cell["manual"] and cell["person"] else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{cell['pool']}", f"{timeutil.display(cell['start'])} tot {timeutil.display(cell['end'])}"]
            if cell["person"]:
                lines.append(f"{cell['person']} {cell['phone']}".strip())
                lines.append("handmatig ingedeeld" if cell["manual"] else "automatisch ingedeeld")
            if cell["problem"]:
                lines.append(f"Probleem: {cell['problem']}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell["problem"]:
                return QBrush(GAP)
            if current:
                return QBrush(CURRENT)
        if role == Qt.ItemDataRole.ForegroundRole and cell["problem"]:
            return QBrush(GAP_TEXT)
        if role == Qt.ItemDataRole.FontRole and (current or not cell["person"]):
            font = QFont()
            font.setBold(current)
            font.setItalic(not cell["person"])
            return font
        if role == ROLE_SHIFT:
            return cell
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.pools):
                return None
            pool = self.pools[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{pool.name}: {pool.function}, {pool.level}, {pool.kind} piket, overdracht {pool.handover}"
            return None if role == Qt.ItemDataRole.FontRole else header_lines(pool.name)
        if not 0 <= section < self.weeks:
            return None
        monday = self.week_start(section)
        if role == Qt.ItemDataRole.FontRole:
            if section == self.current_row():
                font = QFont()
                font.setBold(True)
                return font
            return None
        year, week, _ = monday.isocalendar()
        return f"wk {week:02d}  {monday:%d-%m-%Y}" if role == Qt.ItemDataRole.DisplayRole else f"ISO-week {week} van {year}"

    # Drag a cell onto another cell of the same pool: swap the two weeks.
    def flags(self, index: QModelIndex):
        base = super().flags(index)
        if index.isValid():
            base |= Qt.ItemFlag.ItemIsDropEnabled
            if (cell := self.cell(index)) and cell["person"]:
                base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self):  # noqa: N802
        return [MIME]

    def mimeData(self, indexes):  # noqa: N802
        cell = self.cell(indexes[0]) if indexes else None
        data = QMimeData()
        if cell:
            data.setData(MIME, json.dumps({"pool_id": cell["pool_id"], "start": cell["start"].isoformat()}).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent):  # noqa: N802
        target = self.cell(parent)
        if not data.hasFormat(MIME) or target is None:
            return False
        source = json.loads(bytes(data.data(MIME)).decode())
        return source["pool_id"] == target["pool_id"] and source["start"] != target["start"].isoformat()

    def dropMimeData(self, data, action, row, column, parent):  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent) or self.on_drop is None:
            return False
        source = json.loads(bytes(data.data(MIME)).decode())
        target = self.cell(parent)
        self.on_drop(source["pool_id"], source["start"], target["start"])
        return False  # the view reloads; Qt must not remove the source row


def header_lines(name: str, width: int = HEADER_CHARACTERS) -> str:
    """A pool name broken at spaces into lines of about ``width`` characters, at most
    three (a region has names like "Adviseur Bevolkingszorg GBT Almere")."""
    lines = textwrap.wrap(name, width, break_long_words=False, break_on_hyphens=False) or [name]
    return "\n".join(lines[:2] + [" ".join(lines[2:])] if len(lines) > 3 else lines)


class ListModel(QAbstractTableModel):
    """A read-only table of dicts: ``columns`` is a list of (key, header, formatter)."""

    columns: list[tuple] = []

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def row_at(self, index: QModelIndex) -> dict | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        key, _, formatter = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.get(key)
            return formatter(value) if formatter else ("" if value is None else str(value))
        return self.style(row, role)

    def style(self, row: dict, role):
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return self.columns[section][1]
        return None


class PeopleModel(ListModel):
    columns = [("name", "Naam", None), ("municipality", "Gemeente", None),
               ("functions", "Functies", lambda v: ", ".join(v)), ("phone", "Telefoon", None)]

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db

    def load(self, text: str = "") -> None:
        needle = text.strip().lower()
        self.set_rows([p for p in list_people(self.db)
                       if not needle or needle in " ".join([p["name"], p["municipality"], *p["functions"]]).lower()])


class QualificationModel(ListModel):
    columns = [("function", "Functie", None),
               ("valid_until", "Geldig t/m", lambda v: v.strftime("%d-%m-%Y") if v else "geen vervaldatum"),
               ("status", "Status", None)]

    def load(self, db, person_id: int | None) -> None:
        self.set_rows(qualifications_of(db, person_id) if person_id else [])

    def style(self, row, role):
        if role == Qt.ItemDataRole.ForegroundRole and row["status"] != "geldig":
            return QBrush(GAP_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row["function_label"]
        return None


def _day(day: date) -> str:
    return f"{timeutil.WEEKDAYS[day.weekday()]} {day:%d-%m-%Y}"


def _from(moment) -> str:
    """An absence start: only the date when it starts at midnight."""
    local = moment.astimezone(timeutil.TZ)
    return _day(local.date()) if local.hour == local.minute == 0 else timeutil.display(moment)


def _until(moment) -> str:
    """An absence end: a midnight end is shown as the last whole day ("t/m")."""
    local = moment.astimezone(timeutil.TZ)
    if local.hour == local.minute == 0:
        return _day(local.date() - timedelta(days=1))
    return timeutil.display(moment)


class AbsenceModel(ListModel):
    columns = [("start", "Van", _from), ("end", "Tot en met", _until), ("reason", "Soort", None)]

    def load(self, db, person_id: int | None) -> None:
        self.set_rows(absences_of(db, person_id) if person_id else [])


class UpcomingModel(ListModel):
    columns = [("pool", "Pool", None), ("start", "Van", timeutil.display), ("end", "Tot", timeutil.display),
               ("manual", "Handmatig", lambda v: "ja" if v else "")]


class PoolModel(ListModel):
    """Every pool: what the coordinator checks before filling a roster."""

    columns = [("name", "Naam", None), ("function", "Functie", None), ("level_label", "Niveau", None),
               ("kind", "Soort", None), ("handover", "Overdracht", handover_text), ("members", "Leden", None)]

    def load(self, db) -> None:
        self.set_rows(pool_overview(db))

    def style(self, row, role):
        if role == Qt.ItemDataRole.ToolTipRole:
            fixed = (f"; {row['shifts']} dienst(en) in het rooster, dus overdracht en functie liggen vast"
                     if row["shifts"] else "")
            return f"{row['function']}: {row['function_label']}{fixed}"
        if role == Qt.ItemDataRole.ForegroundRole and row["members"] == 0:
            return QBrush(GAP_TEXT)  # a pool nobody is in cannot be filled
        return None


class MemberModel(ListModel):
    columns = [("name", "Naam", None), ("phone", "Telefoon", None), ("municipality", "Gemeente", None),
               ("since", "Lid sinds", lambda v: f"{timeutil.from_db(v).astimezone(timeutil.TZ):%d-%m-%Y}")]

    def load(self, db, pool_id: int | None) -> None:
        self.set_rows(members(db, pool_id) if pool_id is not None else [])
