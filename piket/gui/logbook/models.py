"""Table models of the logbook screen: incidents, the (lazy) log, actions, search hits.

The log model knows only the incident's entry count (its chain head) and fetches rows in
pages as the view asks for them, so an incident of 10,000 entries opens at once.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from sqlite_utils import Database

from piket import refdata, timeutil
from piket.logbook import queries
from piket.logbook.kinds import AFFECTED_KIND, HANDOVER_KIND, LESSON_KIND, MEETING_KIND

GRIP_COLOURS = {"GRIP0": "#6b7280", "GRIP1": "#2a6f97", "GRIP2": "#e9a23b", "GRIP3": "#e76f51",
                "GRIP4": "#c1121f", "GRIP5": "#780000"}
KIND_COLOURS = {"besluit": "#1d3557", "GRIP-wijziging": "#c1121f", "actie": "#2a6f97", "melding": "#6a4c93",
                "correctie": "#b45309", "alarmering": "#2d6a4f", "overdracht": "#7c3aed", MEETING_KIND: "#0f766e",
                AFFECTED_KIND: "#9a3412", LESSON_KIND: "#4d7c0f"}
IN_MEETING = "#e3efec"  # the Soort cell of an entry made in a meeting (the meeting strip's tint)
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FONT = Qt.ItemDataRole.FontRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
USER = Qt.ItemDataRole.UserRole
CORRECTION = Qt.ItemDataRole.UserRole + 1  # on the text of a corrected entry: its correction
NO_PARENT = QModelIndex()


def grip_colour(code: str | None) -> str:
    return GRIP_COLOURS.get(code or "", "#9ca3af")


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802 - Qt API
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class IncidentListModel(_Table):
    """Open incidents first, newest first; the GRIP column is a coloured badge."""

    headers = ("GRIP", "Incident", "Geopend")

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.rows: list[dict] = []
        self.grip_labels: dict[str, str] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = queries.list_incidents(self.db, open_first=True)
        self.grip_labels = refdata.labels(self.db, "grip_levels")
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def row_of(self, incident_id: int) -> int:
        return next((row for row, item in enumerate(self.rows) if item["id"] == incident_id), -1)

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        column = index.column()
        closed = item["closed_at"] is not None
        # An open incident shows where it stands now; a closed one the highest level it reached,
        # which is what the half-year report counts and what a reader looks for.
        grip = item["max_grip"] if closed else item["grip"]
        if role == DISPLAY:
            if column == 0:
                return self.grip_labels.get(grip, "—") if grip else "—"
            if column == 1:
                return item["title"]
            return timeutil.parse_time(item["opened_at"]).astimezone(timeutil.TZ).strftime("%d-%m-%Y")
        if role == USER:
            return item["id"]
        if role == BACKGROUND and column == 0 and grip:
            return QBrush(QColor(grip_colour(grip)))
        if role == FOREGROUND:
            if column == 0 and grip:
                return QBrush(QColor("white"))
            if closed:
                return QBrush(QColor("#6b7280"))
        if role == FONT and column == 0 or (role == FONT and not closed and column == 1):
            font = QFont()
            font.setBold(True)
            return font
        if role == ALIGN and column == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == TOOLTIP:
            state = "gesloten" if closed else f"open, nu {self.grip_labels.get(item['grip'], 'geen GRIP')}"
            opened = timeutil.display(timeutil.parse_time(item["opened_at"]))
            return f"{item['title']}\n{item['location']}\ngeopend {opened}, {state}; hoogste niveau: " \
                   f"{self.grip_labels.get(item['max_grip'], 'geen GRIP')}"
        return None


class LogModel(_Table):
    """The log of one incident, fetched a page at a time (row = seq - 1)."""

    headers = ("Nr", "Gebeurd", "Vastgelegd", "Soort", "Auteur", "Tekst")
    PAGE = 200
    COLUMNS = ("seq, at, at_approx, recorded_at, kind, author, role, text, corrects, reason, owner, status, action_seq, "
               "meeting_seq")

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.incident_id: int | None = None
        self.count = 0
        self.pages: dict[int, list[tuple]] = {}
        self.corrections: dict[int, dict] = {}
        self.meeting_titles: dict[int, str] = {}  # opening seq -> "ROT-overleg 2", set by the view
        self.kind_labels = refdata.labels(db, "log_entry_kinds")

    def load(self, incident_id: int | None) -> None:
        self.beginResetModel()
        self.incident_id = incident_id
        self.pages = {}
        self.corrections = queries.corrections(self.db, incident_id) if incident_id else {}
        self.count = self._head() if incident_id else 0
        self.endResetModel()

    def _head(self) -> int:
        row = self.db.execute("SELECT seq FROM log_chain_heads WHERE incident_id = ?", [self.incident_id]).fetchone()
        return row[0] if row else 0

    def refresh(self) -> None:
        """Show entries appended since the last look (by this window or another process)."""
        if self.incident_id is None:
            return
        new_count = self._head()
        corrections = queries.corrections(self.db, self.incident_id)
        if new_count > self.count:
            self.pages.pop((self.count - 1) // self.PAGE if self.count else 0, None)
            self.beginInsertRows(NO_PARENT, self.count, new_count - 1)
            self.count = new_count
            self.endInsertRows()
        if corrections != self.corrections:
            self.corrections = corrections
            self.dataChanged.emit(self.index(0, 0), self.index(self.count - 1, len(self.headers) - 1))

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self.count

    def entry(self, row: int) -> tuple:
        page = row // self.PAGE
        if page not in self.pages:
            first = page * self.PAGE + 1
            self.pages[page] = self.db.execute(
                f"SELECT {self.COLUMNS} FROM log_entries WHERE incident_id = ? AND seq BETWEEN ? AND ? ORDER BY seq",
                [self.incident_id, first, first + self.PAGE - 1],
            ).fetchall()
        return self.pages[page][row % self.PAGE]

    def data(self, index, role=DISPLAY):
        if not index.isValid() or not 0 <= index.row() < self.count:
            return None
        (seq, at, approx, recorded, kind, author, role_name, text, corrects, reason, owner, status,
         action_seq, meeting_seq) = self.entry(index.row())
        column = index.column()
        fix = self.corrections.get(seq)
        if role == DISPLAY:
            if column == 0:
                return seq
            if column == 1:
                return ("~ " if approx else "") + timeutil.from_db(at).astimezone(timeutil.TZ).strftime("%d-%m %H:%M")
            if column == 2:
                return timeutil.display(timeutil.from_db(recorded), with_date=False)
            if column == 3:
                return self.kind_labels.get(kind, kind)
            if column == 4:
                return queries.who(author, role_name)
            if column == 5:
                return _entry_text(kind, text, corrects, owner, status, action_seq)
            return None
        if role == USER:
            return seq
        if role == CORRECTION and column == 5 and fix:
            return f"→ regel {fix['seq']}: {fix['text']}"
        if role == FONT and (fix and column == 5 or column == 3 and kind in KIND_COLOURS):
            font = QFont()
            font.setStrikeOut(bool(fix) and column == 5)
            font.setBold(column == 3)
            return font
        if role == BACKGROUND and column == 3 and meeting_seq is not None and kind != MEETING_KIND:
            return QBrush(QColor(IN_MEETING))
        if role == TOOLTIP and column == 3 and meeting_seq is not None:
            title = self.meeting_titles.get(meeting_seq, f"overleg van regel {meeting_seq}")
            return f"{title} gesloten" if kind == MEETING_KIND else f"In {title} (verslag onder Overleggen)"
        if role == FOREGROUND:
            if fix and column == 5:
                return QBrush(QColor("#9ca3af"))
            if column == 3 and kind in KIND_COLOURS:
                return QBrush(QColor(KIND_COLOURS[kind]))
        if role == TOOLTIP and column in (1, 2):
            return f"gebeurd: {timeutil.display(timeutil.from_db(at))}{' (bij benadering)' if approx else ''}\n" \
                   f"vastgelegd: {timeutil.display(timeutil.from_db(recorded))}"
        if role == TOOLTIP and column == 5:
            tip = text
            if fix:
                tip += f"\n\nGecorrigeerd in regel {fix['seq']}: {fix['text']}\nReden: {fix['reason']}"
            if kind == "correctie":
                tip += f"\n\nReden: {reason}"
            return tip
        if role == ALIGN and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


    def detail_html(self, row: int) -> str:
        """The whole entry for the strip under the log: the table shows one line of it."""
        if not 0 <= row < self.count:
            return ""
        (seq, at, approx, recorded, kind, author, role_name, text, corrects, reason, owner, status,
         action_seq, meeting_seq) = self.entry(row)
        meeting = ""
        if meeting_seq is not None and kind != MEETING_KIND:
            meeting = f" · in {escape(self.meeting_titles.get(meeting_seq, f'overleg van regel {meeting_seq}'))}"
        heading = (f"<b>Regel {seq} · {escape(self.kind_labels.get(kind, kind))}</b>{meeting} · "
                   f"{escape(queries.who(author, role_name))} · "
                   f"gebeurd {'~ ' if approx else ''}{timeutil.display(timeutil.from_db(at))} · "
                   f"vastgelegd {timeutil.display(timeutil.from_db(recorded))}")
        body = escape(_entry_text(kind, text, corrects, owner, status, action_seq).replace(" ⏎ ", "\n"))
        if kind == "correctie":
            body += f"<br><i>Reden: {escape(reason)}</i>"
        fix = self.corrections.get(seq)
        if fix:
            body = (f"<s>{body}</s><br><span style='color:#b45309'>→ gecorrigeerd in regel {fix['seq']}: "
                    f"{escape(fix['text'])} (reden: {escape(fix['reason'])})</span>")
        return f"{heading}<br>{body.replace(chr(10), '<br>')}"


def _entry_text(kind, text, corrects, owner, status, action_seq) -> str:
    owner = queries.shown_person(owner)
    if kind == "correctie" and corrects:
        return f"[correctie op regel {corrects}] {text}"
    if kind == "actie" and action_seq is None:
        return f"{text}  [actiehouder: {owner or '—'}]"
    if kind == HANDOVER_KIND:  # the outgoing person is the author
        text = f"[overgedragen aan {owner or '—'}] {text}"
    if kind == AFFECTED_KIND:  # the Soort column already says "Getroffenen"
        text = text.removeprefix("Getroffenen: ")
    if kind == MEETING_KIND and owner:  # the opening entry names the chair
        text = text.replace("\n", f" · voorzitter {owner}\n", 1) if "\n" in text else f"{text} · voorzitter {owner}"
    return text.replace("\n", " ⏎ ")


class ActionModel(_Table):
    """The actielijst of one incident with each action's latest status."""

    headers = ("Nr", "Status", "Actiehouder", "Deadline", "Actie")

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.rows: list[dict] = []

    def load(self, incident_id: int | None) -> None:
        self.beginResetModel()
        self.rows = queries.actions(self.db, incident_id) if incident_id else []
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == DISPLAY:
            deadline = timeutil.display(timeutil.parse_time(item["deadline"])) if item["deadline"] else ""
            return (item["seq"], item["status"], item["owner"] or "—", deadline, item["text"])[index.column()]
        if role == USER:
            return item["seq"]
        if role == FONT and item["status"] in ("open", "in uitvoering"):
            font = QFont()
            font.setBold(True)
            return font
        return None


class SearchModel(_Table):
    """Search hits over all incidents; the snippet carries highlight markers."""

    headers = ("Incident", "Treffer")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def set_hits(self, hits: list[dict]) -> None:
        self.beginResetModel()
        self.rows = hits
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        hit = self.rows[index.row()]
        if role == DISPLAY:
            if index.column() == 0:
                return f"{hit['title']} · regel {hit['seq']}\n{timeutil.display(timeutil.parse_time(hit['at']))}"
            return hit["snippet"]
        if role == USER:
            return (hit["incident"], hit["seq"])
        if role == TOOLTIP:
            return hit["text"]
        return None
