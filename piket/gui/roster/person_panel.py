"""People: the list, and per person the next shifts, this year's count, qualifications
(vakbekwaamheid) and absences, edited here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piket.gui.errors import attempt
from piket.gui.roster.dialogs import AbsenceDialog, QualificationDialog
from piket.gui.roster.models import AbsenceModel, PeopleModel, QualificationModel, UpcomingModel
from piket.roster.people import add_absence, add_qualification, get_person, remove_absence
from piket.roster.shifts import person_overview


def table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class PersonPanel(QWidget):
    def __init__(self, db, on_change=None, parent=None):
        super().__init__(parent)
        self.db = db
        self.on_change = on_change or (lambda: None)
        self.person_id: int | None = None
        self.filter = QLineEdit(placeholderText="Zoek persoon, gemeente of functie", clearButtonEnabled=True)
        self.people = PeopleModel(db, self)
        self.people_view = table(self.people)
        self.filter.textChanged.connect(self.people.load)
        self.filter.returnPressed.connect(self.people_view.setFocus)
        self.people_view.selectionModel().currentRowChanged.connect(self._choose)

        self.title = QLabel(objectName="pageSubtitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.year = QLabel()
        self.upcoming = UpcomingModel(self)
        self.quals = QualificationModel(self)
        self.absences = AbsenceModel(self)
        self.upcoming_view = table(self.upcoming)
        self.quals_view = table(self.quals)
        self.absence_view = table(self.absences)
        self.qual_button = QPushButton("&Vakbekwaamheid… (Ctrl+Shift+Q)")
        self.absence_button = QPushButton("&Afwezigheid… (Ctrl+Shift+A)")
        self.remove_button = QPushButton("Afwezigheid verwijderen (Del)")
        self.qual_button.clicked.connect(self.edit_qualification)
        self.absence_button.clicked.connect(self.add_absence)
        self.remove_button.clicked.connect(self.remove_absence)
        for keys, slot in (("Ctrl+Shift+Q", self.edit_qualification), ("Ctrl+Shift+A", self.add_absence)):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.absence_view, self.remove_absence,
                  context=Qt.ShortcutContext.WidgetShortcut)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.people_view)
        right = QWidget()
        grid = QGridLayout(right)
        grid.setContentsMargins(8, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.year, 1, 0, 1, 2)
        grid.addWidget(QLabel("<b>Komende diensten</b>"), 2, 0, 1, 2)
        grid.addWidget(self.upcoming_view, 3, 0, 1, 2)
        grid.addWidget(QLabel("<b>Vakbekwaamheid</b>"), 4, 0)
        grid.addWidget(QLabel("<b>Afwezigheid</b>"), 4, 1)
        grid.addWidget(self.quals_view, 5, 0)
        grid.addWidget(self.absence_view, 5, 1)
        buttons_left = QHBoxLayout()
        buttons_left.addWidget(self.qual_button)
        buttons_left.addStretch(1)
        buttons_right = QHBoxLayout()
        buttons_right.addWidget(self.absence_button)
        buttons_right.addWidget(self.remove_button)
        buttons_right.addStretch(1)
        grid.addLayout(buttons_left, 6, 0)
        grid.addLayout(buttons_right, 6, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.filter, self.people_view)
        self.setTabOrder(self.people_view, self.qual_button)
        self.setTabOrder(self.qual_button, self.absence_button)
        self.setTabOrder(self.absence_button, self.absence_view)
        self.reload()

    def reload(self) -> None:
        current = self.person_id
        self.people.load(self.filter.text())
        row = next((i for i, p in enumerate(self.people.rows) if p["id"] == current), 0)
        if self.people.rows:
            self.people_view.selectRow(row)
        self.show_person(self.people.rows[row]["id"] if self.people.rows else None)

    def _choose(self, current, _previous) -> None:
        row = self.people.row_at(current)
        self.show_person(row["id"] if row else None)

    def show_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        enabled = person_id is not None
        for button in (self.qual_button, self.absence_button, self.remove_button):
            button.setEnabled(enabled)
        self.quals.load(self.db, person_id)
        self.absences.load(self.db, person_id)
        if not enabled:
            self.title.setText("Nog geen personen. Importeer ze met: piket person import bestand.csv")
            self.year.setText("")
            self.upcoming.set_rows([])
            return
        person = get_person(self.db, person_id)
        contact = " · ".join(v for v in (person["phone"], person["email"], person["municipality"]) if v)
        self.title.setText(f"<b>{person['name']}</b>  {contact}")
        overview = person_overview(self.db, person_id)
        per_pool = ", ".join(f"{pool}: {n}" for pool, n in overview["per_pool"].items())
        self.year.setText(f"{overview['total']} piketweek(en) in {overview['year']}" +
                          (f" ({per_pool})" if per_pool else ""))
        self.upcoming.set_rows(overview["next"])

    def edit_qualification(self) -> None:
        if self.person_id is None:
            return
        held = [q["function"] for q in self.quals.rows]
        dialog = QualificationDialog(self.db, held, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        function, until = dialog.values()
        if attempt(self, lambda: add_qualification(self.db, self.person_id, function, until)) is not None:
            self._changed()

    def add_absence(self) -> None:
        if self.person_id is None:
            return
        dialog = AbsenceDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        start, end, reason = dialog.values()
        if attempt(self, lambda: add_absence(self.db, self.person_id, start, end, reason)) is not None:
            self._changed()

    def remove_absence(self) -> None:
        row = self.absences.row_at(self.absence_view.currentIndex())
        if row is None:
            return
        if attempt(self, lambda: remove_absence(self.db, row["id"]) or True):
            self._changed()

    def _changed(self) -> None:
        self.show_person(self.person_id)
        self.on_change()
