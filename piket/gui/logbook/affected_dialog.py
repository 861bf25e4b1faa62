"""Ctrl+Shift+G: the numbers of affected people (getroffenen), one spin box per category.

The boxes start at the numbers now standing; only the categories the OvD changes are
recorded, so a count of "opgevangen 25 → 40" leaves the other numbers as they were. A
category never counted shows "—" (not 0): an explicit 0, such as "0 overleden", is news too.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QSpinBox, QWidget
from sqlite_utils import Database

from piket import refdata
from piket.errors import PiketError
from piket.gui.errors import InlineRefusalDialog
from piket.gui.logbook.dialogs import enter_moves_on, save_on_ctrl_enter
from piket.gui.logbook.header import when
from piket.logbook import queries
from piket.logbook.affected import MAX_COUNT, affected, record_affected

NOT_COUNTED = -1  # the spin box's "—": this category has no number yet
DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)  # 1.000.000


class AffectedDialog(InlineRefusalDialog):
    """``result_value`` is the seq of the getroffenen entry once saved."""

    result_value = None

    def __init__(self, db: Database, incident_id: int, author: str | None, parent: QWidget | None = None,
                 meeting: dict | None = None):
        from piket.gui.forms.ui_logbook_affected import Ui_LogbookAffectedDialog

        super().__init__(parent)
        self.db, self.incident_id, self.author = db, incident_id, author
        self.meeting_seq = meeting["seq"] if meeting else None
        self.form = Ui_LogbookAffectedDialog()
        self.form.setupUi(self)
        self.form.error.hide()
        form = self.form
        form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("Vastleggen")
        form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        self.setWindowTitle(f"Getroffenen — {queries.get_incident(db, incident_id)['title']}")
        if meeting:
            form.intro.setText(form.intro.text() + f" De telling komt in het verslag van {meeting['title']}.")
        standing = {item["code"]: item for item in affected(db, incident_id)["latest"]}
        self.spins: dict[str, QSpinBox] = {}
        self.before: dict[str, int] = {}
        for row, category in enumerate(refdata.items(db, "affected_categories")):
            self._add_row(row, category, standing.get(category["code"]))
        chain = [*self.spins.values(), form.noteEdit, form.buttonBox]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        save_on_ctrl_enter(self)
        if self.spins:
            next(iter(self.spins.values())).setFocus()

    def _add_row(self, row: int, category: dict, now: dict | None) -> None:
        spin = QSpinBox(objectName=f"count_{category['code']}")
        spin.setLocale(DUTCH)
        spin.setGroupSeparatorShown(True)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(110)
        spin.setRange(0 if now else NOT_COUNTED, MAX_COUNT)
        spin.setSpecialValueText("" if now else "—")
        spin.setValue(now["count"] if now else NOT_COUNTED)
        label = QLabel(category["label"])
        label.setBuddy(spin)
        since = QLabel(f"geteld om {when(now['at'])} (regel {now['seq']})" if now else "nog niet geteld")
        since.setStyleSheet("color: #555;")
        grid = self.form.counts
        grid.addWidget(label, row, 0)
        grid.addWidget(spin, row, 1)
        grid.addWidget(since, row, 2)
        grid.setColumnStretch(2, 1)
        self.spins[category["code"]] = spin
        self.before[category["code"]] = spin.value()

    def changed(self) -> dict[str, int]:
        """The categories whose number the OvD changed, with the new number."""
        return {code: spin.value() for code, spin in self.spins.items()
                if spin.value() != self.before[code] and spin.value() != NOT_COUNTED}

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Enter in a spin box or the toelichting goes to the next field; Ctrl+Enter saves."""
        if not enter_moves_on(self, event, (QSpinBox, QLineEdit)):
            super().keyPressEvent(event)

    def save(self) -> None:
        counts = self.changed()
        if not counts:
            raise PiketError("niets gewijzigd: pas eerst een aantal aan (Esc: annuleren)")
        self.result_value = record_affected(self.db, self.incident_id, counts, note=self.form.noteEdit.text(),
                                            author=self.author, meeting_seq=self.meeting_seq)

    def field_widgets(self) -> dict[str, QWidget]:
        return {**self.spins, "toelichting": self.form.noteEdit}

    def show_error(self, message: str) -> None:
        """"aantal voor gewond: ..." focuses that number (the base finds it by name) with its
        digits selected; "niets gewijzigd" the first number, to change it."""
        super().show_error(message)
        target = self.named_field(message)
        if target is None and message.startswith("niets gewijzigd") and self.spins:
            target = next(iter(self.spins.values()))
            target.setFocus()
        if isinstance(target, QSpinBox):
            target.selectAll()
