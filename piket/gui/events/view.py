"""The Evenementen screen: filters, a year/month calendar and a list, the day's events side
by side, and the selected event with its class, reasons, conflicts and advice."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from piket import refdata, timeutil
from piket.events.queries import EventFilter, day_classes
from piket.gui.background import run_in_background, save_in_background
from piket.gui.errors import attempt
from piket.gui.events.calendar import DayStrip, MonthView, YearView
from piket.gui.events.detail import detail_html, overview_html
from piket.gui.events.models import EVENT_ID_ROLE, EventTableModel, class_colours

PERIODS = (("year", "Jaar van de kalender"), ("month", "Maand van de kalender"),
           ("ahead", "Komende 3 maanden"), ("all", "Alle evenementen"))
TABS = ("&Jaar", "&Maand", "&Lijst")


class View(QWidget):
    def __init__(self, db, main_window=None):
        super().__init__()
        self.db, self.main_window = db, main_window
        self.event_id: int | None = None
        self.anchor = timeutil.today()
        colours = class_colours(db)
        self.statuses = refdata.items(db, "event_statuses")

        title = QLabel("Evenementen", objectName="pageTitle")
        subtitle = QLabel("Evenementenkalender, risicoscan A/B/C, conflicten en risicoadvies", objectName="pageSubtitle")

        self.filters = self._build_filters(colours)
        self.year_view, self.month_view = YearView(colours), MonthView(colours)
        self.day_strip = DayStrip(colours)
        self.model = EventTableModel(db, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        for column, width in enumerate((128, 128, 240, 170, 80, 80, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        self.table.doubleClicked.connect(lambda _: self.edit_event())

        self.tabs = QTabWidget()
        self.tabs.addTab(self.year_view, TABS[0].replace("&", ""))
        self.tabs.addTab(self.month_view, TABS[1].replace("&", ""))
        self.tabs.addTab(self.table, TABS[2].replace("&", ""))
        self.tabs.currentChanged.connect(lambda _: self.refresh_calendar())
        for calendar in (self.year_view, self.month_view):
            calendar.daySelected.connect(self._day_selected)
        self.year_view.dayActivated.connect(self._open_month)
        self.month_view.dayActivated.connect(lambda day: self.new_event(day))
        for source in (self.month_view, self.day_strip):
            source.eventSelected.connect(self.select_event)
            source.eventActivated.connect(lambda event_id: (self.select_event(event_id), self.edit_event()))

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(lambda url: self.select_event(int(url.toString().rsplit("/", 1)[-1])))
        self.detail.setMinimumWidth(330)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.tabs)
        left.addWidget(self.day_strip)
        left.setStretchFactor(0, 5)
        left.setStretchFactor(1, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(self.detail)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([900, 360])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(self._build_toolbar())
        layout.addLayout(self.filters)
        layout.addWidget(body, 1)
        self.apply_filters()
        self._day_selected(self.anchor)
        self.select_event(None)

    # --- building ---------------------------------------------------------------
    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _build_toolbar(self) -> QHBoxLayout:
        self.actions_by_name = {
            "new": self._action("&Nieuw", "Ctrl+N", self.new_event),
            "edit": self._action("&Bewerken", "Ctrl+E", self.edit_event),
            "scan": self._action("&Risicoscan", "Ctrl+R", self.run_scan),
            "override": self._action("&Klasse vaststellen", "Ctrl+K", self.override),
            "advice": self._action("&Advies", "Ctrl+D", self.open_advice),
            "pdf": self._action("Advies-&PDF", "Ctrl+P", self.export_advice_pdf),
            "import": self._action("&Importeren…", "Ctrl+I", self.import_csv),
            "remove": self._action("&Verwijderen", QKeySequence.StandardKey.Delete, self.remove_event),
            "today": self._action("Van&daag", "Ctrl+Home", lambda: self.go_to(timeutil.today())),
            "previous": self._action("Vorige", "Ctrl+PgUp", lambda: self.step(-1)),
            "next": self._action("Volgende", "Ctrl+PgDown", lambda: self.step(1)),
            "search": self._action("Zoeken", "Ctrl+F", lambda: self.search.setFocus()),
            "status": self._action("S&tatus…", "Ctrl+T", self.status_menu),
        }
        for index in range(3):
            self._action(TABS[index], f"Alt+{'JML'[index]}", lambda i=index: self._show_tab(i))
        bar = QHBoxLayout()
        for name in ("new", "edit", "scan", "override", "status", "advice", "pdf"):
            bar.addWidget(self._button(self.actions_by_name[name]))
        bar.addStretch(1)
        self.export_button = QPushButton("E&xporteren")
        menu = QMenu(self.export_button)
        menu.addAction("Kalender als CSV (Excel)…", self.export_csv)
        menu.addAction("Kalender als iCal…", self.export_ics)
        self.export_button.setMenu(menu)
        bar.addWidget(self._button(self.actions_by_name["import"]))
        bar.addWidget(self.export_button)
        bar.addWidget(self._button(self.actions_by_name["remove"]))
        return bar

    def _build_filters(self, colours) -> QHBoxLayout:
        row = QHBoxLayout()
        previous, today, following = QToolButton(text="◀"), QToolButton(text="Vandaag"), QToolButton(text="▶")
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        today.clicked.connect(lambda: self.go_to(timeutil.today()))
        previous.setToolTip("Vorige (Ctrl+PgUp)")
        following.setToolTip("Volgende (Ctrl+PgDown)")
        today.setToolTip("Vandaag (Ctrl+Home)")
        self.period_label = QLabel(objectName="periodLabel")
        self.period_label.setStyleSheet("font-size: 15px; font-weight: 600; color: #1d3557; padding: 0 8px;")
        self.period_label.setMinimumWidth(150)
        for widget in (previous, today, following, self.period_label):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(QLabel("Klasse:"))
        self.class_boxes = {}
        for risk_class in ("A", "B", "C"):
            box = QCheckBox(risk_class)
            box.setChecked(True)
            colour = colours.get(risk_class)
            box.setStyleSheet(f"QCheckBox {{ color: {colour.name()}; font-weight: 700; }}")
            box.toggled.connect(self.apply_filters)
            self.class_boxes[risk_class] = box
            row.addWidget(box)
        row.addSpacing(8)
        self.status_filter = QComboBox()
        self.status_filter.addItem("Alle statussen", None)
        for item in self.statuses:
            self.status_filter.addItem(item["label"], item["code"])
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        row.addWidget(self.status_filter)
        self.period_filter = QComboBox()
        for code, label in PERIODS:
            self.period_filter.addItem(label, code)
        self.period_filter.setToolTip("Periode van de lijst")
        self.period_filter.currentIndexChanged.connect(self.apply_filters)
        row.addWidget(self.period_filter)
        self.search = QLineEdit(placeholderText="Zoeken op naam, locatie, organisator (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filters)
        row.addWidget(self.search, 1)
        return row

    # --- filters, navigation ------------------------------------------------------
    def current_filter(self, with_period: bool = True) -> EventFilter:
        classes = [c for c, box in self.class_boxes.items() if box.isChecked()]
        status = self.status_filter.currentData()
        flt = EventFilter(classes=classes if len(classes) < 3 else [], statuses=[status] if status else [],
                          text=self.search.text())
        if not classes:
            flt.classes = ["-"]  # nothing ticked: nothing shown
        if with_period:
            period = self.period_filter.currentData()
            if period == "year":
                flt.first, flt.last = date(self.anchor.year, 1, 1), date(self.anchor.year, 12, 31)
            elif period == "month":
                first = self.anchor.replace(day=1)
                flt.first, flt.last = first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            elif period == "ahead":
                flt.first, flt.last = timeutil.today(), timeutil.today() + timedelta(days=91)
        return flt

    def apply_filters(self) -> None:
        self.model.reload(self.current_filter())
        self._reselect()
        self.refresh_calendar()

    def refresh_calendar(self) -> None:
        flt = self.current_filter(with_period=False)
        year = self.anchor.year
        first = date(year, 1, 1) - timedelta(days=7)
        last = date(year, 12, 31) + timedelta(days=14)
        self.days = day_classes(self.db, first, last, flt)
        for calendar in (self.year_view, self.month_view):
            calendar.set_days(self.days)
            calendar.select(self.anchor, emit=False)
        self.day_strip.show_day(self.anchor, self.days.get(self.anchor, []))
        tab = self.tabs.currentIndex()
        self.period_label.setText(str(year) if tab == 0 else f"{timeutil.MONTHS[self.anchor.month - 1]} {year}"
                                  if tab == 1 else f"{self.model.rowCount()} evenementen")

    def _day_selected(self, day: date) -> None:
        year_changed = day.year != self.anchor.year
        self.anchor = day
        if year_changed or not hasattr(self, "days"):
            self.apply_filters()
        else:
            self.refresh_calendar()

    def go_to(self, day: date) -> None:
        self._day_selected(day)

    def step(self, direction: int) -> None:
        if self.tabs.currentIndex() == 0:
            target = self.anchor.replace(year=self.anchor.year + direction, day=min(self.anchor.day, 28))
        else:
            month = self.anchor.month + direction
            year = self.anchor.year + (month - 1) // 12
            target = date(year, (month - 1) % 12 + 1, min(self.anchor.day, 28))
        self._day_selected(target)

    def _open_month(self, day: date) -> None:
        self._day_selected(day)
        self._show_tab(1)

    def _show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        (self.year_view, self.month_view, self.table)[index].setFocus()

    def activate(self) -> None:
        self.tabs.currentWidget().setFocus()

    # --- selection ------------------------------------------------------------------
    def _row_selected(self, current, _previous) -> None:
        if current.isValid():
            self.select_event(self.model.data(self.model.index(current.row(), 0), EVENT_ID_ROLE), from_table=True)

    def select_event(self, event_id: int | None, from_table: bool = False) -> None:
        self.event_id = event_id
        self.day_strip.current = event_id
        self.day_strip.update()
        if not from_table and event_id is not None:
            row = self.model.row_for_id(event_id)
            if row >= 0:
                self.table.selectRow(row)
        self.detail.setHtml(detail_html(self.db, event_id) if event_id else overview_html(self.db))

    def _reselect(self) -> None:
        if self.event_id is not None:
            row = self.model.row_for_id(self.event_id)
            if row >= 0:
                self.table.selectRow(row)
            self.detail.setHtml(detail_html(self.db, self.event_id))

    def _need_event(self) -> int | None:
        if self.event_id is None:
            QMessageBox.information(self, "Evenementen", "Kies eerst een evenement (in de lijst, de maand of de dag).")
        return self.event_id

    def changed(self) -> None:
        self.apply_filters()

    # --- actions ----------------------------------------------------------------------
    def new_event(self, day: date | None = None) -> None:
        from datetime import datetime, time

        from piket.gui.events.dialogs import EventDialog

        start = datetime.combine(day, time(12), tzinfo=timeutil.TZ) if isinstance(day, date) else None
        dialog = EventDialog(self.db, None, self, start=start)
        if dialog.exec() and dialog.saved_id:
            self.event_id = dialog.saved_id
            self.changed()

    def edit_event(self) -> None:
        from piket.gui.events.dialogs import EventDialog

        if self._need_event() and EventDialog(self.db, self.event_id, self).exec():
            self.changed()

    def run_scan(self) -> None:
        from piket.gui.events.dialogs import ScanDialog

        if self._need_event() and ScanDialog(self.db, self.event_id, self).exec():
            self.changed()

    def override(self) -> None:
        from piket.gui.events.dialogs import OverrideDialog

        if self._need_event() and OverrideDialog(self.db, self.event_id, self).exec():
            self.changed()

    def open_advice(self) -> None:
        from piket.gui.events.advice_dialog import AdviceDialog

        if self._need_event():
            dialog = attempt(self, lambda: AdviceDialog(self.db, self.event_id, self))
            if dialog:
                dialog.exec()
                self.changed()

    def status_menu(self) -> None:
        from piket.events.service import set_status

        if not self._need_event():
            return
        menu = QMenu(self)
        for item in self.statuses:
            menu.addAction(item["label"], lambda code=item["code"]: attempt(self, lambda: set_status(self.db, self.event_id, code)))
        if menu.exec(self.mapToGlobal(self.rect().center())):
            self.changed()

    def remove_event(self) -> None:
        from piket.events.service import remove_event

        if not self._need_event():
            return
        name = self.model.row_of(self.model.row_for_id(self.event_id))["name"] if self.model.row_for_id(self.event_id) >= 0 else ""
        answer = QMessageBox.question(self, "Evenement verwijderen",
                                      f"{name or 'Dit evenement'} uit de kalender halen? Adviezen en toetsingen blijven bewaard.")
        if answer == QMessageBox.StandardButton.Yes and attempt(self, lambda: remove_event(self.db, self.event_id) or True):
            self.event_id = None
            self.changed()

    def import_csv(self) -> None:
        from piket.events.importer import import_file

        path, _ = QFileDialog.getOpenFileName(self, "Evenementenkalender importeren", "", "CSV (*.csv *.txt)")
        if path:
            ids = run_in_background(self, self.db, "Evenementen importeren", f"Importeren: {Path(path).name}…",
                                    lambda db: import_file(db, path), error_title="Import geweigerd: niets ingelezen")
            if ids:
                QMessageBox.information(self, "Geïmporteerd", f"{len(ids)} evenementen toegevoegd.")
                self.changed()

    def _save(self, title: str, name: str, pattern: str, produce, label: str) -> None:
        """Ask where, make the bytes in the background (``produce(db)``), then write them."""
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        if not path:
            return
        save_in_background(self, self.db, path, title, label, produce)

    def export_csv(self) -> None:
        from piket.events.exports import export_csv

        args = SimpleNamespace(from_=None, weeks=None)
        self._save("Kalender als CSV", "evenementen.csv", "CSV (*.csv)", lambda db: export_csv(db, "events", args),
                   "CSV maken van alle evenementen…")

    def export_ics(self) -> None:
        from piket.events.exports import export_ics

        args = SimpleNamespace(from_=None, weeks=None)
        self._save("Kalender als iCal", "evenementen.ics", "iCalendar (*.ics)", lambda db: export_ics(db, args),
                   "iCal-agenda maken van de evenementen…")

    def export_advice_pdf(self) -> None:
        from piket.events.advice_pdf import advice_pdf

        event_id = self._need_event()
        if event_id:
            self._save("Advies als PDF", f"advies-{event_id}.pdf", "PDF (*.pdf)", lambda db: advice_pdf(db, event_id),
                       f"PDF maken: advies voor evenement {event_id}…")


