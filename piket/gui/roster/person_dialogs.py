"""Adding, editing and anonymising a person (forms: ui/roster_person.ui, ui/roster_anonymise.ui)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from piket import refdata
from piket.errors import PiketError
from piket.gui.errors import InlineRefusalDialog, attempt
from piket.gui.forms.ui_roster_anonymise import Ui_RosterAnonymiseDialog
from piket.gui.forms.ui_roster_person import Ui_RosterPersonDialog
from piket.roster.people import get_person, municipalities, save_person
from piket.roster.pools import all_pools, pools_of
from piket.roster.privacy import anonymise_person, anonymise_preview, check_reason

CODE = Qt.ItemDataRole.UserRole
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class PersonDialog(InlineRefusalDialog):
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
            _checkable(self.form.pools, f"{pool.name} — {pool.function}, {pool.level}", pool.id,
                       pool.id in member_of).setData(Qt.ItemDataRole.UserRole + 1, pool.function)
        if not self.form.pools.count():
            self.form.poolsLabel.setText("&Pools (nog geen pools)")
        for listing in (self.form.functions, self.form.pools):  # a focus place, not a highlighted row
            listing.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
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

    def save(self) -> None:
        self.saved_id = save_person(self.db, self.person_id, **self.values())

    def field_widgets(self) -> dict:
        return {"naam": self.form.name, "telefoon": self.form.phone, "e-mail": self.form.email,
                "gemeente": self.form.municipality, "functiecode": self.form.functions, "pools": self.form.pools}


def _checkable(listing: QListWidget, text: str, code, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text, listing)
    item.setToolTip(text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setData(CODE, code)
    item.setCheckState(CHECKED if checked else UNCHECKED)
    return item


def _checked(listing: QListWidget) -> list:
    return [listing.item(row).data(CODE) for row in range(listing.count())
            if listing.item(row).checkState() == CHECKED]


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def consequences(preview: dict) -> str:
    """What anonymising does, in the user's words, with this person's numbers (rich text)."""
    name = escape(preview["name"])
    pools = escape(", ".join(preview["pools"])) or "geen pools"
    return (
        f"<p>Van <b>{name}</b> worden verwijderd: naam, telefoon, e-mail en gemeente, "
        f"{_count(preview['functions'], 'functie', 'functies')} met vakbekwaamheid, "
        f"{_count(preview['absences'], 'afwezigheid', 'afwezigheden')} en het lidmaatschap van: {pools}.</p>"
        f"<p>Oude roosters en de geschiedenis tonen voortaan ‘verwijderd persoon’ "
        f"({_count(preview['past_shifts'], 'gelopen dienst', 'gelopen diensten')}). "
        f"<b>{_count(preview['future_shifts'], 'komende dienst blijft', 'komende diensten blijven')}</b> "
        f"op ‘verwijderd persoon’ staan en worden rood in het rooster: deel die opnieuw in.</p>"
        f"<p>In het logboek wordt de naam als auteur of actiehouder vervangen in "
        f"{_count(preview['log_entries'], 'regel', 'regels')}; de tekst van logregels blijft zoals hij is. "
        f"De logboekketen blijft geldig.</p>"
        f"<p>Vastgelegd wordt wie, wanneer en waarom, zonder de naam. "
        f"<b>Dit kan niet ongedaan worden gemaakt.</b></p>"
    )


class AnonymiseDialog(InlineRefusalDialog):
    """Says what anonymising will change and asks the reason; a refused reason is shown here."""

    def __init__(self, preview: dict, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.form = Ui_RosterAnonymiseDialog()
        self.form.setupUi(self)
        self.setWindowTitle(f"Anonimiseren: {preview['name']}")
        self.form.consequences.setText(consequences(preview))
        self.form.error.hide()
        go_on = self.form.buttons.addButton("&Verder…", QDialogButtonBox.ButtonRole.AcceptRole)
        go_on.setDefault(True)
        go_on.clicked.connect(self.accept)
        self.form.reason.setFocus()

    def reason(self) -> str:
        return self.form.reason.text().strip()

    def save(self) -> None:
        try:
            check_reason(self.preview["name"], self.reason())
        except PiketError as exc:
            raise PiketError(str(exc).replace(" (--reason)", "")) from None

    def field_widgets(self) -> dict:
        return {"reden": self.form.reason}


def anonymise_with_confirmation(parent: QWidget, db, person_id: int) -> dict | None:
    """Say what will happen, ask a reason, and anonymise only after an explicit yes (the
    confirmation defaults to Annuleren). Returns the service's result, or None."""
    preview = attempt(parent, lambda: anonymise_preview(db, person_id))
    if preview is None:
        return None
    dialog = AnonymiseDialog(preview, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    reason = dialog.reason()
    future = preview["future_shifts"]
    answer = QMessageBox.question(
        parent, "Anonimiseren bevestigen",
        f"De gegevens van {preview['name']} definitief verwijderen?"
        + (f" {_count(future, 'komende dienst komt', 'komende diensten komen')} open te staan." if future else "")
        + "\n\nDit kan niet ongedaan worden gemaakt.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return attempt(parent, lambda: anonymise_person(db, person_id, reason=reason))
