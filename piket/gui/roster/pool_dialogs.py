"""Creating and editing a pool, and adding a member (forms: ui/roster_pool.ui,
ui/roster_pool_member.ui). Refused input is shown in the dialog, which stays open with
everything as typed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox

from piket import refdata, timeutil
from piket.errors import PiketError
from piket.gui.errors import InlineRefusalDialog
from piket.gui.forms.ui_roster_pool import Ui_RosterPoolDialog
from piket.gui.forms.ui_roster_pool_member import Ui_RosterPoolMemberDialog
from piket.roster.calendar import DAYS, parse_handover
from piket.roster.people import list_people
from piket.roster.pools import (
    add_pool,
    get_pool,
    handover_text,
    members,
    set_member,
    stored_shifts,
    update_pool,
)
from piket.roster.privacy import ANONYMISED


class PoolDialog(InlineRefusalDialog):
    """Name, function, level, hard/zacht and handover of a new (``pool_id`` None) or
    existing pool. Once a pool has shifts its function and handover are shown but fixed
    (see :func:`piket.roster.pools.update_pool`); ``saved_id`` is set after a save."""

    def __init__(self, db, pool_id: int | None = None, parent=None):
        super().__init__(parent)
        self.db, self.pool_id, self.saved_id = db, pool_id, None
        self.form = form = Ui_RosterPoolDialog()
        form.setupUi(self)
        form.error.hide()
        pool = get_pool(db, pool_id) if pool_id is not None else None
        self.functions = {item["code"]: item for item in refdata.items(db, "functions")}
        for code, item in self.functions.items():
            form.function.addItem(f"{code} — {item['label']}", code)
        levels = refdata.items(db, "pool_levels")
        for item in levels:
            form.level.addItem(item["label"], item["code"])
        for day, name in zip(DAYS, timeutil.DAY_NAMES, strict=True):
            form.handoverDay.addItem(name, day)
        handover = pool.handover if pool else parse_handover(None)
        if pool:
            self.setWindowTitle(f"Pool bewerken: {pool.name}")
            form.name.setText(pool.name)
            _choose(form.function, pool.function)
            _choose(form.level, pool.level)
            (form.hard if pool.kind == "hard" else form.zacht).setChecked(True)
            shifts = stored_shifts(db, pool.id)[0]
            if shifts:
                for widget in (form.function, form.handoverDay, form.handoverTime):
                    widget.setEnabled(False)
                form.note.setText(f"Functie en overdracht liggen vast: deze pool heeft al {shifts} dienst(en) in "
                                  f"het rooster, op {handover_text(handover)}. Een andere overdracht of functie "
                                  "is een nieuwe pool.")
            else:
                form.note.setText("Deze pool heeft nog geen diensten: alles kan nog veranderen.")
        else:
            self.setWindowTitle("Nieuwe pool")
            form.function.currentIndexChanged.connect(self._function_defaults)
            form.function.setCurrentIndex(max(form.function.findData("OVDBZ"), 0))
            self._function_defaults()
            form.note.setText("Niveau en soort volgen de functie; pas ze aan waar de pool anders werkt. "
                              "De overdracht begint elke weekdienst (Amsterdamse tijd).")
        form.handoverDay.setCurrentIndex(handover.day)
        form.handoverTime.setTime(QTime(handover.at.hour, handover.at.minute))
        form.name.setFocus()

    def _function_defaults(self) -> None:
        item = self.functions.get(self.form.function.currentData(), {})
        _choose(self.form.level, item.get("default_level", "lokaal"))
        (self.form.zacht if item.get("piket_kind") == "zacht" else self.form.hard).setChecked(True)

    def values(self) -> dict:
        form = self.form
        return {"name": form.name.text(), "function": form.function.currentData(),
                "level": form.level.currentData(), "kind": "hard" if form.hard.isChecked() else "zacht",
                "handover": f"{form.handoverDay.currentData()} {form.handoverTime.time().toString('HH:mm')}"}

    def save(self) -> None:
        values = self.values()
        if self.pool_id is None:
            self.saved_id = add_pool(self.db, **values)
        else:
            self.saved_id = update_pool(self.db, self.pool_id, **values).id

    def field_widgets(self) -> dict:
        form = self.form
        return {"naam": form.name, "functie": form.function, "functiecode": form.function, "niveau": form.level,
                "soort": form.hard, "overdracht": form.handoverDay, "ongeldige overdracht": form.handoverDay}


def _choose(combo, code) -> None:
    """Select ``code`` in a combo; a code no longer in the reference data stays choosable."""
    index = combo.findData(code)
    if index < 0:
        combo.addItem(f"{code} (niet meer actief)", code)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class MemberDialog(InlineRefusalDialog):
    """Choose a person to add to a pool: those holding its function first; the others are
    listed too, marked, and refused by the service with its reason."""

    def __init__(self, db, pool_id: int, parent=None):
        super().__init__(parent)
        self.db, self.pool = db, get_pool(db, pool_id)
        self.added_id = None
        self.form = Ui_RosterPoolMemberDialog()
        self.form.setupUi(self)
        self.form.error.hide()
        self.form.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Toevoegen")
        function = self.pool.function
        self.setWindowTitle(f"Lid toevoegen: {self.pool.name}")
        self.form.poolLabel.setText(f"<b>{escape(self.pool.name)}</b> vraagt functie {function}. "
                                    "Heeft iemand die functie nog niet? Leg haar dan eerst vast bij Personen.")
        inside = {m["id"] for m in members(db, self.pool.id)}
        people = [p for p in list_people(db) if p["id"] not in inside and p["name"] != ANONYMISED]
        for holds in (True, False):
            for person in people:
                if (function in person["functions"]) == holds:
                    label = person["name"] + ("" if holds else f" — heeft functie {function} niet")
                    self.form.person.addItem(label, person["id"])
        if not people:
            self.show_error("Niemand om toe te voegen: iedereen is al lid, of voeg eerst personen toe bij Personen.")
        self.form.person.setFocus()

    def person_id(self) -> int | None:
        return self.form.person.currentData()

    def accept(self) -> None:
        if self.person_id() is not None:
            super().accept()

    def save(self) -> None:
        try:
            set_member(self.db, self.pool.id, self.person_id())
        except PiketError as exc:  # the command-line hint becomes the place in the app
            raise PiketError(str(exc).split(": piket qualification")[0] +
                             " bij Personen (Bewerken of Vakbekwaamheid)") from None
        self.added_id = self.person_id()

    def field_widgets(self) -> dict:
        return {"persoon": self.form.person}
