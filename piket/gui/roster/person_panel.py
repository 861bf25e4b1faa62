"""People: the list, and per person the next shifts, this year's count, qualifications
(vakbekwaamheid) and absences, edited here.

Keyboard: Ctrl+N new person, F2/Ctrl+E or Enter on the list edits, Ctrl+I imports and
Ctrl+Shift+E exports the spreadsheet, Ctrl+Shift+Del anonymises, Ctrl+Shift+Q/A add a
qualification or absence, Del removes the chosen absence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piket.gui.background import run_in_background, save_in_background
from piket.gui.errors import attempt
from piket.gui.roster.dialogs import AbsenceDialog, QualificationDialog
from piket.gui.roster.models import AbsenceModel, PeopleModel, QualificationModel, UpcomingModel
from piket.gui.roster.person_dialogs import PersonDialog, anonymise_with_confirmation
from piket.gui.shortcuts import bind
from piket.roster.people import add_absence, add_qualification, get_person, remove_absence
from piket.roster.privacy import ANONYMISED
from piket.roster.shifts import person_overview

SIZED_ROWS = 40


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
    # Column widths from the first rows, not from every row on every layout pass: a region's
    # 250 people cost ~30,000 data() calls (130 ms) when the roster opened.
    view.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
    return view


HINT = ("Ctrl+N nieuwe persoon · F2/Enter bewerken · Ctrl+I importeren · Ctrl+Shift+E exporteren · "
        "Ctrl+Shift+Del anonimiseren · Ctrl+Shift+Q vakbekwaamheid · Ctrl+Shift+A afwezigheid · "
        "Del afwezigheid verwijderen")


def shortcut_button(text: str, keys: str, slot, tip: str = "") -> QPushButton:
    button = QPushButton(text, clicked=slot)
    button.setToolTip(f"{tip} ({keys})" if tip else keys)
    return button


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
        self.people_view.doubleClicked.connect(lambda _: self.edit_person())
        self.new_button = shortcut_button("&Nieuwe persoon…", "Ctrl+N", self.new_person)
        self.import_button = shortcut_button("&Importeren…", "Ctrl+I", self.import_people,
                                     "Personen uit een spreadsheet (CSV) met de kolommen naam;telefoon;email;"
                                     "gemeente;functies;pools. Alle rijen of geen.")
        self.export_button = shortcut_button("E&xporteren…", "Ctrl+Shift+E", self.export_people,
                                     "Alle personen als spreadsheet (CSV), in de vorm die Importeren leest")
        self.edit_button = shortcut_button("&Bewerken…", "F2 of Enter", self.edit_person,
                                   "Naam, telefoon, e-mail, gemeente, functies en pools")
        self.anonymise_button = shortcut_button("An&onimiseren…", "Ctrl+Shift+Del", self.anonymise,
                                        "Persoonsgegevens verwijderen (AVG), bv. bij uit dienst")
        self.hint = QLabel(HINT, objectName="pageSubtitle", wordWrap=True)

        self.title = QLabel(objectName="pageSubtitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.year = QLabel()
        self.upcoming = UpcomingModel(self)
        self.quals = QualificationModel(self)
        self.absences = AbsenceModel(self)
        self.upcoming_view = table(self.upcoming)
        self.quals_view = table(self.quals)
        self.absence_view = table(self.absences)
        self.qual_button = shortcut_button("&Vakbekwaamheid…", "Ctrl+Shift+Q", self.edit_qualification)
        self.absence_button = shortcut_button("&Afwezigheid…", "Ctrl+Shift+A", self.add_absence)
        self.remove_button = shortcut_button("Verwijderen", "Del in de lijst", self.remove_absence,
                                     "De gekozen afwezigheid verwijderen")
        for keys, description, slot in (
                ("Ctrl+N", "Nieuwe persoon", self.new_person), ("F2", "Persoon bewerken", self.edit_person),
                ("Ctrl+E", "Persoon bewerken", self.edit_person),
                ("Ctrl+Shift+Q", "Vakbekwaamheid van de persoon", self.edit_qualification),
                ("Ctrl+Shift+A", "Afwezigheid toevoegen", self.add_absence),
                ("Ctrl+I", "Personen importeren (CSV)", self.import_people),
                ("Ctrl+Shift+E", "Personen exporteren (CSV)", self.export_people),
                ("Ctrl+Shift+Del", "Persoon anonimiseren", self.anonymise)):
            bind(keys, self, slot, description)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            bind(key, self.people_view, self.edit_person, "Persoon bewerken", Qt.ShortcutContext.WidgetShortcut)
        bind(QKeySequence.StandardKey.Delete, self.absence_view, self.remove_absence,
             "Afwezigheid verwijderen (in de lijst)", Qt.ShortcutContext.WidgetShortcut)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.people_view)
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.import_button, self.export_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        left_layout.addLayout(list_buttons)
        right = QWidget()
        grid = QGridLayout(right)
        grid.setContentsMargins(8, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 2)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year, 1)
        year_row.addWidget(self.edit_button)
        year_row.addWidget(self.anonymise_button)
        grid.addLayout(year_row, 1, 0, 1, 2)
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
        splitter.setSizes([460, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        order = [self.filter, self.people_view, self.new_button, self.import_button, self.export_button,
                 self.edit_button, self.anonymise_button, self.upcoming_view, self.quals_view, self.qual_button,
                 self.absence_view, self.absence_button, self.remove_button]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
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
        person = get_person(self.db, person_id) if person_id is not None else None
        enabled = person is not None and person["name"] != ANONYMISED
        for button in (self.edit_button, self.anonymise_button, self.qual_button, self.absence_button,
                       self.remove_button):
            button.setEnabled(enabled)
        self.quals.load(self.db, person_id)
        self.absences.load(self.db, person_id)
        if person is None:
            self.title.setText(f"Niemand gevonden bij ‘{self.filter.text().strip()}’." if self.filter.text().strip()
                               else "Nog geen personen. Voeg iemand toe met Nieuwe persoon (Ctrl+N) of lees "
                                    "een spreadsheet in met Importeren (Ctrl+I).")
            self.year.setText("")
            self.upcoming.set_rows([])
            return
        contact = " · ".join(v for v in (person["phone"], person["email"], person["municipality"]) if v)
        self.title.setText(f"<b>{person['name']}</b>  {contact}")
        overview = person_overview(self.db, person_id)
        per_pool = ", ".join(f"{pool}: {n}" for pool, n in overview["per_pool"].items())
        self.year.setText(f"{overview['total']} piketweek(en) in {overview['year']}" +
                          (f" ({per_pool})" if per_pool else ""))
        self.upcoming.set_rows(overview["next"])

    def new_person(self) -> None:
        dialog = PersonDialog(self.db, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.filter.clear()  # the new person must be in view
            self.person_id = dialog.saved_id
            self._changed()

    def edit_person(self) -> None:
        if self.person_id is None or not self.edit_button.isEnabled():
            return
        if PersonDialog(self.db, self.person_id, self).exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def import_people(self) -> None:
        from piket.roster.csv_io import import_people

        path, _ = QFileDialog.getOpenFileName(self, "Personen importeren", "", "CSV (*.csv *.txt)")
        if not path:
            return
        done = run_in_background(self, self.db, "Personen importeren", f"Importeren: {Path(path).name}…",
                                 lambda db: import_people(db, path), error_title="Import geweigerd: niets ingelezen")
        if done is not None:
            QMessageBox.information(self, "Geïmporteerd", f"{done['people']} perso(o)n(en) toegevoegd, "
                                                          f"{done['memberships']} poollidmaatschap(pen).")
            self._changed()

    def export_people(self) -> None:
        from piket.roster.csv_io import export_people

        path, _ = QFileDialog.getSaveFileName(self, "Personen als CSV", "personen.csv", "CSV (*.csv)")
        if path:
            save_in_background(self, self.db, path, "Personen als CSV", "CSV maken van alle personen…",
                               export_people)

    def anonymise(self) -> None:
        if self.person_id is None or not self.anonymise_button.isEnabled():
            return
        done = anonymise_with_confirmation(self, self.db, self.person_id)
        if done is not None:
            QMessageBox.information(self, "Geanonimiseerd", f"Persoon {done['person_id']} is geanonimiseerd; "
                                    f"{done['log_entries']} logboekregel(s) aangepast. Komende diensten staan "
                                    "rood in het rooster.")
            self._changed()

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
        self.reload()
        self.on_change()
