"""Adding, editing and anonymising a person (the form is ui/roster_person.ui)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from piket import refdata
from piket.errors import PiketError
from piket.gui.errors import attempt, user_message
from piket.gui.forms.ui_roster_person import Ui_RosterPersonDialog
from piket.roster.people import get_person, municipalities, save_person
from piket.roster.pools import all_pools, pools_of
from piket.roster.privacy import anonymise_person, anonymise_preview, check_reason

CODE = Qt.ItemDataRole.UserRole
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class PersonDialog(QDialog):
    """Name, contact data, gemeente, functions and pools of one person, saved together by
    :func:`piket.roster.people.save_person`. Refused input is shown in the dialog, which
    stays open with everything as typed; ``saved_id`` is set once the save succeeded."""

    def __init__(self, db, person_id: int | None = None, parent=None):
        super().__init__(parent)
        self.db, self.person_id, self.saved_id = db, person_id, None
        self.form = Ui_RosterPersonDialog()
        self.form.setupUi(self)
        self.form.error.hide()
        person = get_person(db, person_id) if person_id is not None else None
        held = set(person["functions"]) if person else set()
        member_of = set(pools_of(db, person_id)) if person else set()
        self.setWindowTitle(f"Persoon bewerken: {person['name']}" if person else "Nieuwe persoon")
        combo = self.form.municipality
        combo.addItems(municipalities(db))
        combo.lineEdit().setPlaceholderText("bijv. Almere")
        combo.setCurrentText(person["municipality"] if person else "")
        if person:
            self.form.name.setText(person["name"])
            self.form.phone.setText(person["phone"])
            self.form.email.setText(person["email"])
        labels = refdata.labels(db, "functions")
        codes = refdata.codes(db, "functions")
        codes += sorted(held - set(codes))  # an inactive function still held is not lost
        for code in codes:
            _checkable(self.form.functions, f"{code} — {labels.get(code, code)}", code, code in held)
        for pool in all_pools(db):
            _checkable(self.form.pools, f"{pool.name}  ({pool.function}, {pool.level}, {pool.kind})", pool.id,
                       pool.id in member_of).setData(Qt.ItemDataRole.UserRole + 1, pool.function)
        if not self.form.pools.count():
            self.form.poolsLabel.setText("&Pools (nog geen pools)")
        for listing in (self.form.functions, self.form.pools):
            listing.setCurrentRow(0)
        self.form.pools.itemChanged.connect(self._pool_toggled)
        self.form.name.setFocus()

    def _pool_toggled(self, item: QListWidgetItem) -> None:
        """Checking a pool checks the function it needs."""
        if item.checkState() != CHECKED:
            return
        function = item.data(Qt.ItemDataRole.UserRole + 1)
        for row in range(self.form.functions.count()):
            candidate = self.form.functions.item(row)
            if candidate.data(CODE) == function:
                candidate.setCheckState(CHECKED)

    def values(self) -> dict:
        return {
            "name": self.form.name.text(), "phone": self.form.phone.text(), "email": self.form.email.text(),
            "municipality": self.form.municipality.currentText(),
            "functions": _checked(self.form.functions), "pools": _checked(self.form.pools),
        }

    def accept(self) -> None:
        try:
            self.saved_id = save_person(self.db, self.person_id, **self.values())
        except Exception as exc:  # noqa: BLE001 - every refusal is shown in the dialog
            self.show_error(user_message(exc))
            return
        super().accept()

    def show_error(self, message: str) -> None:
        self.form.error.setText(message)
        self.form.error.show()
        field = message.partition(":")[0]
        target = {"naam": self.form.name, "telefoon": self.form.phone, "e-mail": self.form.email,
                  "gemeente": self.form.municipality, "functiecode": self.form.functions,
                  "pools": self.form.pools}.get(field)
        if target is not None:
            target.setFocus()


def _checkable(listing: QListWidget, text: str, code, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text, listing)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setData(CODE, code)
    item.setCheckState(CHECKED if checked else UNCHECKED)
    return item


def _checked(listing: QListWidget) -> list:
    return [listing.item(row).data(CODE) for row in range(listing.count())
            if listing.item(row).checkState() == CHECKED]


def consequences(preview: dict) -> str:
    """What anonymising does, in the user's words, with this person's numbers."""
    pools = ", ".join(preview["pools"]) or "geen pools"
    return (
        f"Van {preview['name']} worden verwijderd: naam, telefoon, e-mail en gemeente, "
        f"{preview['functions']} functie(s) met vakbekwaamheid, {preview['absences']} afwezigheid/-heden "
        f"en het lidmaatschap van: {pools}.\n\n"
        f"Oude roosters en de geschiedenis tonen voortaan 'verwijderd persoon' "
        f"({preview['past_shifts']} gelopen dienst(en)). "
        f"{preview['future_shifts']} komende dienst(en) blijven op 'verwijderd persoon' staan en worden rood "
        f"in het rooster: deel die opnieuw in.\n\n"
        f"In het logboek wordt de naam als auteur of actiehouder vervangen in {preview['log_entries']} regel(s); "
        f"de tekst van logregels blijft zoals hij is. De logboekketen blijft geldig.\n\n"
        f"Vastgelegd wordt wie, wanneer en waarom, zonder de naam. Dit kan niet ongedaan worden gemaakt."
    )


def anonymise_with_confirmation(parent: QWidget, db, person_id: int) -> dict | None:
    """Ask a reason, say what will happen, and anonymise only after an explicit yes
    (the confirmation defaults to Annuleren). Returns the service's result, or None."""
    preview = attempt(parent, lambda: anonymise_preview(db, person_id))
    if preview is None:
        return None
    text = consequences(preview)
    reason = ""
    while True:
        reason, ok = QInputDialog.getText(parent, "Anonimiseren", f"{text}\n\nReden (zonder de naam):", text=reason)
        if not ok:
            return None
        try:
            check_reason(preview["name"], reason)
            break
        except PiketError as exc:
            QMessageBox.warning(parent, "Anonimiseren", str(exc).replace(" (--reason)", ""))
    answer = QMessageBox.question(
        parent, "Anonimiseren bevestigen",
        f"De gegevens van {preview['name']} definitief verwijderen?\n\n{text}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return attempt(parent, lambda: anonymise_person(db, person_id, reason=reason))
