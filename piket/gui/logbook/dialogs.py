"""The logbook's dialogs (Designer forms in ui/logbook_*.ui): new incident, GRIP, correction,
action status, handover, opening a meeting. Each calls one service verb; a refusal shows why
and keeps the dialog open with what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QWidget
from sqlite_utils import Database

from piket import refdata, timeutil
from piket.gui.errors import InlineRefusalDialog, attempt
from piket.gui.logbook.entry_bar import from_qdatetime, to_qdatetime
from piket.logbook import queries, service
from piket.logbook.authors import default_author, incoming_officer
from piket.logbook.handover import handover_summary
from piket.logbook.kinds import NO_GRIP
from piket.logbook.models import ACTION_STATUSES


class _ServiceDialog(QDialog):
    """Accept runs ``save()``; the dialog closes only when the service said yes."""

    result_value = None

    def accept(self) -> None:
        value = attempt(self, self.save)
        if value is not None:
            self.result_value = value
            super().accept()

    def save(self):  # pragma: no cover - overridden
        raise NotImplementedError


class IncidentDialog(_ServiceDialog):
    def __init__(self, db: Database, author: str | None, parent: QWidget | None = None):
        from piket.gui.forms.ui_logbook_incident_dialog import Ui_LogbookIncidentDialog

        super().__init__(parent)
        self.db, self.author = db, author
        self.form = Ui_LogbookIncidentDialog()
        self.form.setupUi(self)
        self.form.categoryCombo.addItem("(kies later)", None)
        for item in refdata.items(db, "incident_categories"):
            self.form.categoryCombo.addItem(item["label"], item["code"])
        _fill_grip(self.form.gripCombo, db, "geen GRIP")
        self.form.sourceCombo.addItem("—", "")
        for item in refdata.items(db, "sources"):
            self.form.sourceCombo.addItem(item["label"], item["code"])
        self.form.sourceCombo.setCurrentIndex(max(self.form.sourceCombo.findData("meldkamer"), 0))
        self.form.atEdit.setDateTime(to_qdatetime(timeutil.now()))
        self.form.titleEdit.setFocus()

    def save(self):
        form = self.form
        return service.open_incident(
            self.db, title=form.titleEdit.text(), location=form.locationEdit.text(),
            category=form.categoryCombo.currentData(), grip=form.gripCombo.currentData(),
            at=from_qdatetime(form.atEdit.dateTime()), author=self.author,
            source=form.sourceCombo.currentData() or "", channel="telefoon",
        )


def _fill_grip(combo, db: Database, none_label: str) -> None:
    combo.addItem(none_label, None)
    for item in refdata.items(db, "grip_levels"):
        combo.addItem(item["label"], item["code"])


class GripDialog(_ServiceDialog):
    """Scale up or down; shows which teams the chosen level brings in and who leads."""

    def __init__(self, db: Database, incident_id: int, author: str | None, parent: QWidget | None = None,
                 meeting_seq: int | None = None):
        from piket.gui.forms.ui_logbook_grip_dialog import Ui_LogbookGripDialog

        super().__init__(parent)
        self.db, self.incident_id, self.author, self.meeting_seq = db, incident_id, author, meeting_seq
        self.form = Ui_LogbookGripDialog()
        self.form.setupUi(self)
        self.levels = {item["code"]: item for item in refdata.items(db, "grip_levels")}
        current = service.current_grip(db, incident_id)
        labels = refdata.labels(db, "grip_levels")
        self.form.currentLabel.setText(labels.get(current, "geen GRIP") if current else "geen GRIP")
        _fill_grip(self.form.levelCombo, db, "geen GRIP (opheffen)")
        orders = queries.grip_orders(db)
        higher = [code for code in self.levels if orders.get(code, 0) > orders.get(current, -1)]
        self.form.levelCombo.setCurrentIndex(self.form.levelCombo.findData(higher[0]) if higher else 0)
        self.form.levelCombo.currentIndexChanged.connect(self._explain)
        self.form.atEdit.setDateTime(to_qdatetime(timeutil.now()))
        self._explain()
        self.form.levelCombo.setFocus()

    def _explain(self) -> None:
        level = self.levels.get(self.form.levelCombo.currentData())
        if level is None:
            self.form.teamsLabel.setText("Geen GRIP: de disciplines werken zonder multidisciplinaire teams.")
            return
        teams = ", ".join(level.get("teams") or []) or "geen extra team"
        self.form.teamsLabel.setText(
            f"<b>Actieve teams:</b> {teams}<br><b>Leiding:</b> {level.get('leading_role') or '—'}"
            f"<br><i>{level.get('note') or ''}</i><br>Denk aan: alarmeren van de functies voor deze teams "
            "en het tijdstip van het eerstvolgende overleg (als regel vastleggen)."
        )

    def save(self):
        return service.change_grip(
            self.db, self.incident_id, self.form.levelCombo.currentData() or NO_GRIP,
            at=from_qdatetime(self.form.atEdit.dateTime()), reason=self.form.reasonEdit.text(), author=self.author,
            meeting_seq=self.meeting_seq,
        )


class CorrectDialog(_ServiceDialog):
    def __init__(self, db: Database, incident_id: int, seq: int, author: str | None,
                 parent: QWidget | None = None):
        from piket.gui.forms.ui_logbook_correct_dialog import Ui_LogbookCorrectDialog

        super().__init__(parent)
        self.db, self.incident_id, self.seq, self.author = db, incident_id, seq, author
        self.form = Ui_LogbookCorrectDialog()
        self.form.setupUi(self)
        text = db.execute("SELECT text FROM log_entries WHERE incident_id = ? AND seq = ?",
                          [incident_id, seq]).fetchone()[0]
        self.setWindowTitle(f"Regel {seq} corrigeren")
        self.form.originalLabel.setText(f"{seq}: {text}")
        self.form.textEdit.setPlainText(text)
        self.form.textEdit.selectAll()
        self.form.textEdit.setFocus()

    def save(self):
        return service.correct_entry(self.db, self.incident_id, self.seq, text=self.form.textEdit.toPlainText(),
                                     reason=self.form.reasonEdit.text(), author=self.author)


class StatusDialog(_ServiceDialog):
    def __init__(self, db: Database, incident_id: int, action: dict, author: str | None,
                 parent: QWidget | None = None):
        from piket.gui.forms.ui_logbook_status_dialog import Ui_LogbookStatusDialog

        super().__init__(parent)
        self.db, self.incident_id, self.action, self.author = db, incident_id, action, author
        self.form = Ui_LogbookStatusDialog()
        self.form.setupUi(self)
        self.form.actionLabel.setText(f"{action['seq']}: {action['text']} (nu: {action['status']})")
        self.form.statusCombo.addItems(list(ACTION_STATUSES))
        following = ACTION_STATUSES.index(action["status"]) + 1 if action["status"] in ACTION_STATUSES else 0
        self.form.statusCombo.setCurrentIndex(min(following, 2))
        self.form.statusCombo.setFocus()

    def save(self):
        return service.set_action_status(self.db, self.incident_id, self.action["seq"],
                                         self.form.statusCombo.currentText(), note=self.form.noteEdit.text(),
                                         author=self.author)


class HandoverDialog(_ServiceDialog):
    """Ctrl+H: the overdracht. Outgoing is the current author, incoming the OvD-Bz the roster
    has next, the text the summary from the log for the OvD to correct and complete.
    Enter in a one-line field goes to the next field, Ctrl+Enter saves, Esc cancels."""

    def __init__(self, db: Database, incident_id: int, author: str | None, parent: QWidget | None = None):
        from piket.gui.forms.ui_logbook_handover import Ui_LogbookHandoverDialog

        super().__init__(parent)
        self.db, self.incident_id = db, incident_id
        self.form = Ui_LogbookHandoverDialog()
        self.form.setupUi(self)
        form = self.form
        now = timeutil.now()
        outgoing = (author or "").strip() or default_author(db, now)[0]
        form.outgoingEdit.setText(outgoing)
        form.incomingEdit.setText(incoming_officer(db, now, outgoing) or "")
        summary = handover_summary(db, incident_id, now)
        self.setWindowTitle(f"Overdracht — {summary['title']}")
        form.textEdit.setPlainText(summary["text"])
        form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("Vastleggen")
        form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        save_on_ctrl_enter(self)
        form.incomingEdit.setFocus()
        form.incomingEdit.selectAll()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Enter in a line edit goes to the next field; it must not press OK and save half a
        handover (the line edit passes Enter on to the dialog, which would)."""
        if not enter_moves_on(self, event):
            super().keyPressEvent(event)

    def save(self):
        form = self.form
        return service.record_handover(
            self.db, self.incident_id, outgoing=form.outgoingEdit.text(), incoming=form.incomingEdit.text(),
            text=form.textEdit.toPlainText(), confirmed_by=form.confirmedEdit.text() or None,
        )

    @property
    def incoming(self) -> str:
        return self.form.incomingEdit.text().strip()


def enter_moves_on(dialog: QDialog, event, fields: tuple[type, ...] = (QLineEdit,)) -> bool:
    """Plain Enter in a one-line field goes to the next field instead of pressing OK."""
    plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
    if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(dialog.focusWidget(), fields):
        dialog.focusNextChild()
        event.accept()
        return True
    return False


def save_on_ctrl_enter(dialog: QDialog) -> None:
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, activated=dialog.accept, context=Qt.ShortcutContext.WindowShortcut)


class MeetingDialog(InlineRefusalDialog):
    """Ctrl+Shift+O with no meeting open: team, voorzitter and an optional agenda. The team
    proposed is the last meeting's, else the highest team the current GRIP level brings in;
    the voorzitter the one that team had last time. ``result_value`` is the meeting's seq."""

    result_value = None

    def __init__(self, db: Database, incident_id: int, author: str | None, parent: QWidget | None = None):
        from piket.gui.forms.ui_logbook_meeting import Ui_LogbookMeetingDialog
        from piket.logbook import meetings

        super().__init__(parent)
        self.db, self.incident_id, self.author = db, incident_id, author
        self.form = Ui_LogbookMeetingDialog()
        self.form.setupUi(self)
        self.form.error.hide()
        form = self.form
        form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("Overleg openen")
        form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        for item in refdata.items(db, "teams"):
            form.teamCombo.addItem(f"{item['code']} — {item['label']}", item["code"])
        held = meetings.meetings(db, incident_id)
        self.last_chair = {meeting["team"]: meeting["chair"] for meeting in held}
        team = held[-1]["team"] if held else _team_of_level(db, service.current_grip(db, incident_id))
        form.teamCombo.setCurrentIndex(max(form.teamCombo.findData(team), 0))
        form.chairEdit.setText(self.last_chair.get(form.teamCombo.currentData(), ""))
        form.teamCombo.currentIndexChanged.connect(self._team_changed)
        save_on_ctrl_enter(self)
        form.teamCombo.setFocus()

    def _team_changed(self) -> None:
        """Another team: its last voorzitter, unless the OvD typed a name of their own."""
        if self.form.chairEdit.text() in ("", *self.last_chair.values()):
            self.form.chairEdit.setText(self.last_chair.get(self.form.teamCombo.currentData(), ""))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not enter_moves_on(self, event, (QLineEdit, QComboBox)):
            super().keyPressEvent(event)

    def save(self) -> None:
        from piket.logbook.meetings import open_meeting

        form = self.form
        self.result_value = open_meeting(self.db, self.incident_id, team=form.teamCombo.currentData(),
                                         chair=form.chairEdit.text(), author=self.author,
                                         agenda=form.agendaEdit.toPlainText())

    def field_widgets(self) -> dict[str, QWidget]:
        return {"team": self.form.teamCombo, "voorzitter": self.form.chairEdit, "agenda": self.form.agendaEdit}


def _team_of_level(db: Database, grip: str | None) -> str | None:
    """The team a GRIP level adds last (GRIP 1 the CoPI, GRIP 2 the ROT, ...)."""
    level = next((item for item in refdata.items(db, "grip_levels") if item["code"] == grip), None)
    teams = (level or {}).get("teams") or []
    return teams[-1] if teams else None
