"""The logbook screen: incidents on the left, the open incident's log on the right, the
entry line always at the bottom. Built for 3 a.m.: everything from the keyboard, every
entry committed the moment Enter is pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from piket import refdata, timeutil
from piket.gui import settings
from piket.gui.logbook.corrected_delegate import CorrectedTextDelegate
from piket.gui.logbook.entry_bar import EntryBar
from piket.gui.logbook.header import IncidentHeader
from piket.gui.logbook.meeting_strip import MeetingStrip
from piket.gui.logbook.meetings_tab import MeetingsPanel
from piket.gui.logbook.models import ActionModel, IncidentListModel, LogModel
from piket.gui.logbook.search_panel import SearchResults
from piket.gui.logbook.verbs import Verbs
from piket.gui.shortcuts import bind
from piket.logbook import queries
from piket.logbook.affected import affected
from piket.logbook.authors import default_author, on_call_officer
from piket.logbook.kinds import OWN_VERB

STYLE = """
QLabel#gripBadge { color: white; font-size: 15px; font-weight: 700; border-radius: 4px; padding: 6px 10px; }
QLabel#incidentTitle { font-size: 18px; font-weight: 600; color: #1d3557; }
QLabel#incidentSub { color: #555; }
QLabel#affectedLine { color: #1d3557; }
QLabel#entryKind { background: #1d3557; color: white; font-weight: 600; padding: 5px 10px; border-radius: 3px; }
QLineEdit#entryLine { font-size: 14px; padding: 5px; }
QLabel#savedNote { color: #2d6a4f; }
QLabel#closedNote { color: #c1121f; font-weight: 600; }
QLabel#entryDetail { background: white; border: 1px solid #d0d7e2; border-radius: 3px; padding: 4px 8px; }
"""
REFRESH_MS = 5000  # entries appended by another window or the CLI appear within seconds
# The verbs (service, dialogs) load the pydantic models, ~130 ms: the window is drawn
# without them and they are imported this long after, well before a first Enter.
LOAD_VERBS_MS = 150

def _table(model, parent=None) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setHighlightSections(False)
    return table


class View(Verbs, QWidget):
    def __init__(self, db: Database, main_window=None):
        super().__init__()
        self.db = db
        self.main_window = main_window
        self.incident_id: int | None = None
        self.setStyleSheet(STYLE)
        kinds = refdata.items(db, "log_entry_kinds", include_inactive=True)
        self.kind_labels = {k["code"]: k["label"] for k in kinds}
        self.kind_sections = {k["code"]: k.get("bob") for k in kinds}  # None: not in a verslag

        # Left: search and the incident list (or the search hits).
        self.search_edit = QLineEdit(placeholderText="Zoeken in alle logboeken (Ctrl+F)", clearButtonEnabled=True)
        self.search_edit.textChanged.connect(self._search_changed)
        self.search_edit.returnPressed.connect(lambda: self.results.choose_current())
        self.new_button = QPushButton("Nieuw incident (Ctrl+N)")
        self.new_button.clicked.connect(self.new_incident)
        self.incidents = IncidentListModel(db, self)
        self.incident_table = _table(self.incidents)
        self.incident_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.incident_table.setColumnWidth(0, 64)
        self.incident_table.setColumnWidth(2, 84)
        self.incident_table.selectionModel().currentRowChanged.connect(self._incident_row_changed)
        self.incident_table.activated.connect(lambda _: self.entry_bar.focus())
        self.results = SearchResults(db)
        self.results.chosen.connect(self.open_at)
        self.left_stack = QStackedWidget()
        self.left_stack.addWidget(self.incident_table)
        self.left_stack.addWidget(self.results)
        left = QWidget()
        left.setMinimumWidth(310)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.left_stack, 1)

        # Right: header, log / actions, entry line.
        self.header = IncidentHeader()
        self.grip_button = QPushButton("GRIP (Ctrl+G)", clicked=self.change_grip)
        self.grip_button.setToolTip("GRIP-niveau wijzigen: opschalen of afschalen")
        self.correct_button = QPushButton("Corrigeren (Ctrl+E)", clicked=self.correct_selected)
        self.handover_button = QPushButton("Overdracht (Ctrl+H)", clicked=self.hand_over)
        self.pdf_button = QPushButton("PDF (Ctrl+P)", clicked=self.export_pdf)
        self.close_button = QPushButton("Sluiten (Ctrl+Shift+W)", clicked=self.close_or_reopen)
        buttons = QWidget()
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 2)
        for button in (self.grip_button, self.correct_button, self.pdf_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button_row.addWidget(button)
        # Beside the author it changes (the tab corner has no room for a fifth button).
        self.handover_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.handover_button.setToolTip("Overdracht aan de volgende OvD: samenvatting uit het logboek, "
                                        "daarna schrijft de overnemende persoon")

        self.log = LogModel(db, self)
        self.log_table = _table(self.log)
        # Nr fits 5 digits; the text takes what is left, a correction painted beside the
        # struck original in the same cell; the whole entry shows in the strip below.
        for column, width in enumerate((56, 88, 74, 116, 168)):
            self.log_table.setColumnWidth(column, width)
        self.log_table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.log_table.setItemDelegateForColumn(5, CorrectedTextDelegate(self.log_table))
        self.log_table.selectionModel().currentRowChanged.connect(self._show_entry_detail)
        self._follow_log_end(self.log_table)
        self.entry_detail = QLabel(objectName="entryDetail", wordWrap=True,
                                   textFormat=Qt.TextFormat.RichText)
        self.entry_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.entry_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.entry_detail.setMaximumHeight(self.entry_detail.fontMetrics().lineSpacing() * 5 + 12)
        self.log_table.activated.connect(lambda _: self.entry_bar.focus())
        self.actions = ActionModel(db, self)
        self.action_table = _table(self.actions)
        self.action_table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((48, 100, 170, 140)):
            self.action_table.setColumnWidth(column, width)
        self.action_table.activated.connect(lambda _: self.change_action_status())
        self.meetings = MeetingsPanel(db)
        self.meetings.export.connect(self.export_minutes_pdf)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.log_table, "Logboek")
        self.tabs.addTab(self.action_table, "Acties")
        self.tabs.addTab(self.meetings, "Overleggen")
        self.tabs.setCornerWidget(buttons, Qt.Corner.TopRightCorner)

        self.entry_bar = EntryBar(self.kind_labels)
        self.entry_bar.submitted.connect(self.save_entry)
        self.entry_bar.author.setText(settings.get(settings.LOG_AUTHOR) or
                                      (on_call_officer(db, timeutil.now()) or ""))
        self.entry_bar.author.setPlaceholderText(f"standaard: {default_author(db, timeutil.now())[0]}")
        self.entry_bar.author.editingFinished.connect(
            lambda: settings.put(settings.LOG_AUTHOR, self.entry_bar.author.text().strip()))
        self.saved_note = QLabel(objectName="savedNote")
        self.closed_note = QLabel(objectName="closedNote")
        self.meeting_strip = MeetingStrip(db)
        self.help_note = QLabel(self._shortcut_help(kinds))
        self.help_note.setObjectName("incidentSub")
        self.help_note.setWordWrap(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 12, 12, 8)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.entry_detail)
        right_layout.addWidget(self.closed_note)
        right_layout.addWidget(self.meeting_strip)
        right_layout.addWidget(self.entry_bar)
        notes = QHBoxLayout()
        notes.addWidget(self.saved_note)
        notes.addStretch(1)
        notes.addWidget(self.handover_button)
        right_layout.addLayout(notes)
        right_layout.addWidget(self.help_note)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 840])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._shortcuts(kinds)
        # From the entry line Tab goes to the table of the tab shown (the hidden ones are skipped).
        QWidget.setTabOrder(self.entry_bar.line, self.log_table)
        QWidget.setTabOrder(self.log_table, self.action_table)
        QWidget.setTabOrder(self.action_table, self.meetings.table)
        QWidget.setTabOrder(self.meetings.table, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.incident_table)
        self.refresh_timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self.refresh_timer.start()
        QTimer.singleShot(LOAD_VERBS_MS, self._load_verbs)
        if self.incidents.rowCount():
            self.incident_table.selectRow(0)
        else:
            self.show_incident(None)

    @staticmethod
    def _load_verbs() -> None:
        import piket.gui.logbook.dialogs  # noqa: F401  (imports the service)

    # --- keyboard ------------------------------------------------------------------
    def _shortcuts(self, kinds: list[dict]) -> None:
        bindings = [
            ("Ctrl+N", "Nieuw incident", self.new_incident),
            ("Ctrl+F", "Zoeken in alle logboeken", self.focus_search),
            ("Ctrl+T", "Ander tijdstip voor de regel", self.entry_bar.edit_time),
            ("Ctrl+G", "GRIP-niveau wijzigen", self.change_grip),
            ("Ctrl+Shift+G", "Getroffenen tellen", self.count_affected),
            ("Ctrl+E", "De gekozen regel corrigeren", self.correct_selected),
            ("Ctrl+U", "Status van de gekozen actie", self.change_action_status),
            ("Ctrl+H", "Overdracht", self.hand_over),
            ("Ctrl+Shift+O", "Overleg openen of sluiten", self.toggle_meeting),
            ("Ctrl+Shift+P", "Verslag van het overleg als PDF", self.export_minutes),
            ("Ctrl+P", "Incident als PDF", self.export_pdf),
            ("Ctrl+Shift+W", "Incident sluiten of heropenen", self.close_or_reopen),
            ("Ctrl+J", "Volgend tabblad (Logboek, Acties, Overleggen)",
             lambda: self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % self.tabs.count())),
            ("Alt+Up", "Vorig incident", lambda: self.step_incident(-1)),
            ("Alt+Down", "Volgend incident", lambda: self.step_incident(1)),
            ("Escape", "Terug naar de invoerregel", self.back_to_entry),
        ]
        taken = {keys for keys, _, _ in bindings}
        for kind in kinds:
            if kind.get("shortcut") and kind["code"] not in OWN_VERB and kind.get("active", True) \
                    and kind["shortcut"] not in taken:
                taken.add(kind["shortcut"])
                bindings.append((kind["shortcut"], f"Soort: {kind['label'].lower()}",
                                 lambda code=kind["code"]: self.entry_bar.set_kind(code)))
        for keys, description, slot in bindings:
            bind(keys, self, slot, description)
        self.entry_bar.line.passed_through = {QKeySequence(keys).toString() for keys, _, _ in bindings}

    # Listed first under F1: handled by the entry line itself, not by a shortcut.
    typed_keys = [("Enter", "Regel opslaan (met de huidige tijd, of die van Ctrl+T)")]

    def _shortcut_help(self, kinds: list[dict]) -> str:
        """The few keys of every minute; F1 lists them all (from the shortcuts themselves)."""
        keys = {kind["code"]: kind.get("shortcut") for kind in kinds if kind.get("active", True)}
        kind_keys = " · ".join(f"{keys[code]} {code}" for code in ("besluit", "actie") if keys.get(code))
        return (f"Enter opslaan · Ctrl+T ander tijdstip · {kind_keys} · Ctrl+G GRIP · Ctrl+E corrigeren · "
                "F1 alle sneltoetsen")

    def activate(self) -> None:
        if self.incident_id is not None:
            self.entry_bar.focus()
        else:
            self.incident_table.setFocus()

    def back_to_entry(self) -> None:
        if self.search_edit.hasFocus() and self.search_edit.text():
            self.search_edit.clear()
        self.entry_bar.set_kind("informatie")
        self.entry_bar.focus()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def step_incident(self, delta: int) -> None:
        row = self.incident_table.currentIndex().row() + delta
        if 0 <= row < self.incidents.rowCount():
            self.incident_table.selectRow(row)

    # --- showing ---------------------------------------------------------------------
    def _incident_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.show_incident(self.incidents.data(self.incidents.index(current.row(), 0), Qt.ItemDataRole.UserRole))

    def show_incident(self, incident_id: int | None) -> None:
        self.incident_id = incident_id
        self.log.load(incident_id)
        self.actions.load(incident_id)
        self._update_meetings()
        self._update_header()
        self._show_log_end()
        self.saved_note.clear()

    @staticmethod
    def _follow_log_end(table: QTableView) -> None:
        """Keep the newest entry in view while the log is scrolled to its end, also when the
        window is resized or entries arrive; scrolled up to read, it stays where it is."""
        bar = table.verticalScrollBar()
        following = [True]
        bar.valueChanged.connect(lambda value: following.__setitem__(0, value == bar.maximum()))
        bar.rangeChanged.connect(lambda _low, high: bar.setValue(high) if following[0] else None)

    def _show_log_end(self) -> None:
        """The newest entry in view and in the detail strip: where the OvD is writing."""
        self.log_table.scrollToBottom()
        current = self.log_table.currentIndex()
        self._show_entry_detail(current if current.isValid() else self.log.index(self.log.count - 1, 0))

    def _show_entry_detail(self, current, _previous=None) -> None:
        self.entry_detail.setText(self.log.detail_html(current.row()) if current.isValid() else "")
        self.entry_detail.setVisible(bool(self.entry_detail.text()))

    def _update_header(self) -> None:
        has = self.incident_id is not None
        for widget in (self.grip_button, self.correct_button, self.handover_button, self.pdf_button,
                       self.close_button, self.entry_bar):
            widget.setEnabled(has)
        if not has:
            self.header.show_nothing()
            self.closed_note.hide()
            return
        incident = queries.get_incident(self.db, self.incident_id)
        self.header.show_incident(incident, refdata.labels(self.db, "grip_levels"),
                                  refdata.labels(self.db, "incident_categories"))
        self.header.show_affected(affected(self.db, self.incident_id)["latest"])
        closed = incident["closed_at"] is not None
        self.entry_bar.setEnabled(not closed)
        self.grip_button.setEnabled(not closed)
        self.correct_button.setEnabled(not closed)
        self.handover_button.setEnabled(not closed)
        self.close_button.setText("Heropenen (Ctrl+Shift+W)" if closed else "Sluiten (Ctrl+Shift+W)")
        self.closed_note.setText(f"Gesloten op {timeutil.display(timeutil.parse_time(incident['closed_at']))}; "
                                 "heropenen met Ctrl+Shift+W" if closed else "")
        self.closed_note.setVisible(closed)
        open_actions = sum(1 for a in self.actions.rows if a["status"] in ("open", "in uitvoering"))
        self.tabs.setTabText(1, f"Acties ({open_actions} open)" if open_actions else "Acties")

    def _update_meetings(self) -> None:
        """The strip above the entry line and the Overleggen tab follow the database."""
        self.meeting_strip.follow(self.incident_id)
        self.meetings.load(self.incident_id)
        self.log.meeting_titles = {meeting["seq"]: meeting["title"] for meeting in self.meetings.model.rows}
        held = self.meetings.model.rowCount()
        self.tabs.setTabText(2, f"Overleggen ({held})" if held else "Overleggen")

    def refresh(self) -> None:
        """Pick up entries written elsewhere (another window, the CLI). Timer-driven, so it
        never opens a dialog: a failure shows in the note line and the next tick tries again."""
        if self.incident_id is None or not self.isVisible():
            return
        before = self.log.count
        try:
            self.log.refresh()
            if self.log.count != before:
                self.actions.load(self.incident_id)
                self._update_meetings()
                self._update_header()
        except Exception as exc:  # noqa: BLE001 - reported, never raised from a timer
            from piket.gui.errors import user_message

            self.saved_note.setText(f"Verversen mislukt: {user_message(exc)}")

    def open_at(self, incident_id: int, seq: int) -> None:
        """From a search hit: show that incident with the entry selected."""
        self.search_edit.clear()
        self.incidents.reload()
        row = self.incidents.row_of(incident_id)
        if row >= 0:
            self.incident_table.selectRow(row)
        self.tabs.setCurrentIndex(0)
        index = self.log.index(seq - 1, 5)
        self.log_table.setCurrentIndex(index)
        self.log_table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.log_table.setFocus()

    def _search_changed(self, text: str) -> None:
        if text.strip():
            self.left_stack.setCurrentWidget(self.results)
            self.results.schedule(text)
        else:
            self.results.timer.stop()
            self.left_stack.setCurrentWidget(self.incident_table)
