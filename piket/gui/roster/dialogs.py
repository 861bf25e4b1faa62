"""The roster's dialogs (Designer forms in ui/roster_*.ui)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from piket import refdata, timeutil
from piket.gui.forms.ui_roster_absence import Ui_RosterAbsenceDialog
from piket.gui.forms.ui_roster_assign import Ui_RosterAssignDialog
from piket.gui.forms.ui_roster_qualification import Ui_RosterQualificationDialog
from piket.gui.forms.ui_roster_swap import Ui_RosterSwapDialog
from piket.roster import eligibility
from piket.roster.calendar import week_label
from piket.roster.people import list_people
from piket.roster.pools import members


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def shift_text(cell: dict) -> str:
    who = cell["person"] or "open"
    return (f"<b>{cell['pool']}</b>, {week_label(cell['start'])}: {timeutil.display(cell['start'])} "
            f"tot {timeutil.display(cell['end'])} ({who})")


class AssignDialog(QDialog):
    """Choose who takes a shift; members first, each with the reason they cannot."""

    def __init__(self, db, cell: dict, function: str, parent=None):
        super().__init__(parent)
        self.form = Ui_RosterAssignDialog()
        self.form.setupUi(self)
        self.form.shiftLabel.setText(shift_text(cell))
        snapshot = eligibility.load(db)
        member_ids = [m["id"] for m in members(db, cell["pool_id"])]
        others = [p["id"] for p in list_people(db) if function in p["functions"] and p["id"] not in member_ids]
        self.problems: dict[int, list[str]] = {}
        for person in member_ids + others:
            found = snapshot.problems(person, function, cell["start"], cell["end"],
                                      ignore_shifts=(cell["shift_id"],) if cell["shift_id"] else ())
            self.problems[person] = found
            label = snapshot.names[person] + ("" if person in member_ids else " (geen lid)")
            if found:
                label += f" — {found[0]}"
            self.form.person.addItem(label, person)
        ok = next((i for i in range(self.form.person.count())
                   if not self.problems[self.form.person.itemData(i)]), 0)
        self.form.person.setCurrentIndex(ok)
        if cell["person_id"] in self.problems:
            self.form.person.setCurrentIndex(self.form.person.findData(cell["person_id"]))
        self.form.person.currentIndexChanged.connect(self._show_problems)
        self._show_problems()

    def _show_problems(self) -> None:
        found = self.problems.get(self.person_id(), [])
        self.form.problems.setText("Kan niet: " + "; ".join(found) if found else "")
        self.form.force.setVisible(bool(found))

    def person_id(self) -> int | None:
        return self.form.person.currentData()

    def accept(self) -> None:
        if self.person_id() is None:
            QMessageBox.warning(self, "Dienst toewijzen", "Er is niemand met deze functie.")
            return
        super().accept()


class SwapDialog(QDialog):
    """Choose the other week of the same pool to swap with."""

    def __init__(self, cell: dict, others: list[dict], parent=None):
        super().__init__(parent)
        self.form = Ui_RosterSwapDialog()
        self.form.setupUi(self)
        self.form.shiftLabel.setText(shift_text(cell))
        for other in others:
            if other["start"] != cell["start"]:
                self.form.other.addItem(
                    f"{week_label(other['start'])}  {other['start'].astimezone(timeutil.TZ):%d-%m}: "
                    f"{other['person'] or 'open'}", other["start"])

    def target(self):
        return self.form.other.currentData()


class AbsenceDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = Ui_RosterAbsenceDialog()
        self.form.setupUi(self)
        today = timeutil.today()
        self.form.start.setDate(to_qdate(today))
        self.form.end.setDate(to_qdate(today))
        self.form.start.dateChanged.connect(
            lambda d: self.form.end.setDate(d) if self.form.end.date() < d else None)

    def values(self) -> tuple[str, str, str]:
        return (from_qdate(self.form.start.date()).isoformat(), from_qdate(self.form.end.date()).isoformat(),
                self.form.reason.currentText())


class QualificationDialog(QDialog):
    def __init__(self, db, held: list[str], parent=None):
        super().__init__(parent)
        self.form = Ui_RosterQualificationDialog()
        self.form.setupUi(self)
        for item in refdata.items(db, "functions"):
            self.form.function.addItem(f"{item['code']} — {item['label']}", item["code"])
        if held:
            self.form.function.setCurrentIndex(max(self.form.function.findData(held[0]), 0))
        self.form.validUntil.setDate(to_qdate(timeutil.today() + timedelta(days=730)))

    def values(self) -> tuple[str, date | None]:
        until = None if self.form.noExpiry.isChecked() else from_qdate(self.form.validUntil.date())
        return self.form.function.currentData(), until
