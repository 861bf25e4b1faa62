"""The Overleggen tab: the incident's BOB meetings and, for the selected one, its verslag
(the entries in beeldvorming, oordeelsvorming and besluitvorming, the numbered
besluitenlijst and the actielijst), exported as PDF with Ctrl+Shift+P.

The verslag is read from ``piket.logbook.meetings.minutes``: the same numbers and sections
as the PDF and the CLI, never counted again here.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from piket import timeutil
from piket.gui.logbook.models import ALIGN, DISPLAY, FONT, NO_PARENT, TOOLTIP, USER, _Table
from piket.logbook import queries


def _short(value: str, day_of: str | None = None) -> str:
    """``22-11 19:26`` for the table; only the time when it is on the day of ``day_of``."""
    moment = timeutil.parse_time(value).astimezone(timeutil.TZ)
    same_day = day_of is not None and timeutil.parse_time(day_of).astimezone(timeutil.TZ).date() == moment.date()
    return moment.strftime("%H:%M" if same_day else "%d-%m %H:%M")


class MeetingModel(_Table):
    """The meetings of one incident, oldest first; a meeting still open is bold."""

    headers = ("Overleg", "Geopend", "Gesloten", "Voorzitter", "Besluiten", "Acties")

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.rows: list[dict] = []

    def load(self, incident_id: int | None) -> None:
        from piket.logbook.meetings import meetings

        self.beginResetModel()
        self.rows = meetings(self.db, incident_id) if incident_id else []
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def row_of(self, seq: int) -> int:
        return next((row for row, item in enumerate(self.rows) if item["seq"] == seq), -1)

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        column = index.column()
        if role == DISPLAY:
            return (item["title"], _short(item["opened_at"]),
                    _short(item["closed_at"], item["opened_at"]) if item["closed_at"] else "loopt nog",
                    item["chair"] or "—", item["decision_count"],
                    item["action_count"])[column]
        if role == USER:
            return item["seq"]
        if role == FONT and item["closed_at"] is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == ALIGN and column in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == TOOLTIP:
            closed = f", gesloten {timeutil.display(item['closed_at'])}" if item["closed_at"] else ", loopt nog"
            tip = f"{item['title']}: {item['team_label']}, geopend {timeutil.display(item['opened_at'])} in regel " \
                  f"{item['seq']}{closed}; {item['entry_count']} regels"
            return tip + (f"\nAgenda: {item['agenda']}" if item["agenda"] else "")
        return None


def minutes_html(minutes: dict) -> str:
    """The verslag as rich text: a heading, the three BOB sections, besluiten and acties."""
    opened = timeutil.display(minutes["opened_at"])
    if minutes["closed_at"]:
        when = f"{opened} – {timeutil.display(minutes['closed_at'], with_date=False)}"
    else:
        when = f"loopt sinds {opened}"
    chair = escape(minutes["chair"] or "—")
    parts = [
        f"<h2 style='color:#1d3557; margin-bottom:2px'>{escape(minutes['title'])}</h2>",
        f"<p style='color:#555; margin-top:0'>{escape(minutes['team_label'])} · voorzitter {chair} · {when}</p>",
    ]
    if minutes["agenda"]:
        parts.append(f"<p><b>Agenda:</b> {_lines(minutes['agenda'])}</p>")
    for section in minutes["sections"]:
        parts.append(_heading(section["label"]))
        rows = [(timeutil.display(entry["at"], with_date=False) + (" ~" if entry.get("at_approx") else ""),
                 escape(queries.who(entry["author"], entry.get("role"))), _entry_text(entry)) for entry in section["entries"]]
        parts.append(_table(rows, widths=(56, 200)) if rows else _none("geen regels"))
    parts.append(_heading("Besluitenlijst"))
    parts.append(_table([(f"<b>{d['number']}</b>", str(d["seq"]), timeutil.display(d["at"], with_date=False), _lines(d["text"]))
                         for d in minutes["decisions"]], ("Nr", "Regel", "Tijd", "Besluit"), widths=(40, 48, 56))
                 if minutes["decisions"] else _none("geen besluiten"))
    parts.append(_heading("Actielijst"))
    if minutes["actions"]:
        header = ("Regel", "Actie", "Actiehouder", "Deadline", "Status")
        parts.append(_table([(str(a["seq"]), _lines(a["text"]), escape(a["owner"] or "—"),
                              timeutil.display(a["deadline"]), _status(a["status"])) for a in minutes["actions"]],
                            header, widths=(48, 0, 170, 150, 100)))
    else:
        parts.append(_none("geen acties"))
    return "".join(parts)


def _heading(text: str) -> str:
    return f"<h3 style='color:#1d3557; margin-top:14px; margin-bottom:4px'>{escape(text)}</h3>"


def _none(text: str) -> str:
    return f"<p style='color:#6b7280'><i>{text}</i></p>"


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _entry_text(entry: dict) -> str:
    text = _lines(entry["text"])
    fix = entry.get("correction")
    if fix:
        text = (f"<s style='color:#6b7280'>{text}</s> <span style='color:#b45309'>→ gecorrigeerd in regel "
                f"{fix['seq']}: {_lines(fix['text'])}</span>")
    if entry["kind"] == "actie" and entry.get("owner"):
        text += f" <span style='color:#555'>[actiehouder: {escape(entry['owner'])}]</span>"
    return text


def _status(status: str) -> str:
    colour = "#c1121f" if status == "open" else "#b45309" if status == "in uitvoering" else "#2d6a4f"
    return f"<span style='color:{colour}'>{escape(status)}</span>"


def _table(rows: list[tuple], header: tuple[str, ...] = (), widths: tuple[int, ...] = ()) -> str:
    """Columns of fixed width (``widths`` in pixels, 0: takes the rest; the last column
    always does), so the sections line up under each other."""
    def width(column: int) -> str:
        return f" width='{widths[column]}'" if column < len(widths) and widths[column] else ""

    cells = "".join(f"<th align='left' style='color:#555'{width(c)}>{escape(h)}</th>" for c, h in enumerate(header))
    body = [f"<tr>{cells}</tr>"] if header else []
    for row in rows:
        body.append("<tr>" + "".join(f"<td valign='top'{width(c)}>{cell}</td>" for c, cell in enumerate(row))
                    + "</tr>")
    return f"<table cellspacing='0' cellpadding='3' width='100%'>{''.join(body)}</table>"


class MeetingsPanel(QWidget):
    """The table of meetings above the selected meeting's verslag; ``export`` asks the view
    to save the selected verslag as PDF (the view owns the save path and the background)."""

    export = Signal(int)

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.incident_id: int | None = None
        self.shown_seq: int | None = None  # the meeting in the verslag pane: a reload keeps its scroll
        self.model = MeetingModel(db, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((150, 130, 130, 160, 80, 60)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._show_minutes)
        self.minutes = QTextBrowser()
        self.minutes.setOpenLinks(False)
        self.minutes.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.empty = QLabel(objectName="incidentSub", wordWrap=True)
        self.empty.setText("Nog geen overleg in dit incident. Ctrl+Shift+O opent er een: de regels die je "
                           "daarna invoert vormen het verslag (beeld, oordeel, besluit, acties).")
        self.pdf_button = QPushButton("Verslag als PDF (Ctrl+Shift+P)", clicked=self._export)
        self.pdf_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.minutes)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([100, 430])
        splitter.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def load(self, incident_id: int | None) -> None:
        """(Re)read the meetings, keeping the selected one; a new incident selects the newest."""
        keep = self.selected_seq() if incident_id == self.incident_id else None
        self.incident_id = incident_id
        self.model.load(incident_id)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0:
            row = self.model.rowCount() - 1
        if row >= 0:
            self.table.selectRow(row)
        self._show_minutes(self.model.index(row, 0))
        has = bool(self.model.rows)
        self.empty.setVisible(not has)
        self.pdf_button.setEnabled(has)

    def selected_seq(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(self.model.index(index.row(), 0), USER) if index.isValid() else None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._show_minutes(self.table.currentIndex())

    def _show_minutes(self, current, _previous=None) -> None:
        """The selected meeting's verslag; only while the tab is shown, so Enter in the entry
        line does not pay for a verslag nobody is looking at."""
        if not self.isVisible():
            return
        if not current.isValid() or self.incident_id is None:
            self.minutes.clear()
            self.shown_seq = None
            return
        from piket.logbook.meetings import minutes

        seq = self.model.rows[current.row()]["seq"]
        scroll = self.minutes.verticalScrollBar().value() if seq == self.shown_seq else 0
        self.minutes.setHtml(minutes_html(minutes(self.db, self.incident_id, seq)))
        self.minutes.verticalScrollBar().setValue(scroll)
        self.shown_seq = seq

    def _export(self) -> None:
        seq = self.selected_seq()
        if seq is not None:
            self.export.emit(seq)
