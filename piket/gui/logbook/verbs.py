"""What the logbook screen's keys do: each verb calls one service (through a dialog where it
needs more than the entry line) and then shows the result. A mixin of the logbook View, which
holds the widgets these read (entry bar, log, tabs, meeting strip).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from piket import timeutil
from piket.gui import settings
from piket.gui.errors import attempt
from piket.logbook import queries


class Verbs:
    def _author(self) -> str | None:
        return self.entry_bar.author.text().strip() or None

    def save_entry(self) -> None:
        if self.incident_id is None:
            return
        from piket.logbook.service import append_entry

        values = self.entry_bar.values()
        # A kind with no place in a verslag (leerpunt) is saved beside the meeting, not refused.
        in_verslag = self.kind_sections.get(values["kind"]) is not None
        meeting = self.meeting_strip.seq if in_verslag else None
        seq = attempt(self, lambda: append_entry(self.db, self.incident_id, meeting_seq=meeting, **values))
        if seq is None:
            self._update_meetings()  # e.g. the meeting was closed elsewhere: the strip says so now
            return  # refused: the text stays in the line to fix
        kind = values["kind"]
        self.entry_bar.reset()
        into = f" in {self.meeting_strip.meeting['title']}" if meeting else ""
        if self.meeting_strip.seq is not None and not in_verslag:
            into = f" buiten {self.meeting_strip.meeting['title']} (hoort niet in een verslag)"
        self._after_write(f"Opgeslagen: regel {seq} ({self.kind_labels.get(kind, kind)}){into} om "
                          f"{timeutil.display(timeutil.now(), with_date=False)}")

    def _after_write(self, note: str) -> None:
        self.log.refresh()
        self.actions.load(self.incident_id)
        self._update_meetings()
        self._update_header()
        self._show_log_end()
        self.saved_note.setText("✓ " + note)
        selected = self.incident_id
        self.incidents.reload()
        row = self.incidents.row_of(selected)
        if row >= 0:
            self.incident_table.selectionModel().blockSignals(True)
            self.incident_table.selectRow(row)
            self.incident_table.selectionModel().blockSignals(False)
        self.entry_bar.focus()

    def new_incident(self) -> None:
        from piket.gui.logbook.dialogs import IncidentDialog

        dialog = IncidentDialog(self.db, self._author(), self)
        if dialog.exec() and dialog.result_value:
            self.search_edit.clear()
            self.incidents.reload()
            self.incident_table.selectRow(self.incidents.row_of(dialog.result_value))
            self.entry_bar.focus()

    def toggle_meeting(self) -> None:
        """Ctrl+Shift+O: open a BOB meeting, or close the one that is open."""
        if self.incident_id is None or not self.entry_bar.isEnabled():
            return
        note = self.meeting_strip.toggle(self, self.incident_id, self._author())
        if note:
            self._after_write(note)
        else:
            self._update_meetings()
            self.entry_bar.focus()

    def change_grip(self) -> None:
        if self.incident_id is None or not self.grip_button.isEnabled():
            return
        from piket.gui.logbook.dialogs import GripDialog

        dialog = GripDialog(self.db, self.incident_id, self._author(), self, meeting_seq=self.meeting_strip.seq)
        if dialog.exec() and dialog.result_value:
            self._after_write(f"GRIP gewijzigd: regel {dialog.result_value}")

    def count_affected(self) -> None:
        """Ctrl+Shift+G: the numbers of affected people; in an open meeting they go into it."""
        if self.incident_id is None or not self.entry_bar.isEnabled():
            return
        from piket.gui.logbook.affected_dialog import AffectedDialog

        self.meeting_strip.follow(self.incident_id)  # another window may have opened or closed one
        meeting = self.meeting_strip.meeting
        dialog = AffectedDialog(self.db, self.incident_id, self._author(), self, meeting=meeting)
        if dialog.exec() and dialog.result_value:
            into = f" in {meeting['title']}" if meeting else ""
            self._after_write(f"Getroffenen bijgewerkt: regel {dialog.result_value}{into}")
        else:
            self._update_meetings()

    def hand_over(self) -> None:
        """Ctrl+H: the overdracht dialog; afterwards the incoming person writes the entries."""
        if self.incident_id is None or not self.handover_button.isEnabled():
            return
        from piket.gui.logbook.dialogs import HandoverDialog

        dialog = HandoverDialog(self.db, self.incident_id, self._author(), self)
        if dialog.exec() and dialog.result_value:
            settings.put(settings.LOG_AUTHOR, dialog.incoming)
            self.entry_bar.author.setText(dialog.incoming)
            self._after_write(f"Overdracht vastgelegd in regel {dialog.result_value}; "
                              f"nieuwe regels staan op naam van {dialog.incoming}")

    def selected_seq(self) -> int | None:
        index = self.log_table.currentIndex()
        if index.isValid():
            return self.log.data(self.log.index(index.row(), 0), Qt.ItemDataRole.UserRole)
        return self.log.count or None

    def correct_selected(self) -> None:
        if self.incident_id is None or not self.correct_button.isEnabled():
            return
        seq = self.selected_seq()
        if seq is None:
            return
        from piket.gui.logbook.dialogs import CorrectDialog

        dialog = CorrectDialog(self.db, self.incident_id, seq, self._author(), self)
        if dialog.exec() and dialog.result_value:
            self._after_write(f"Regel {seq} gecorrigeerd in regel {dialog.result_value}")

    def change_action_status(self) -> None:
        if self.incident_id is None or not self.actions.rows:
            return
        self.tabs.setCurrentIndex(1)
        index = self.action_table.currentIndex()
        action = self.actions.rows[index.row() if index.isValid() else 0]
        from piket.gui.logbook.dialogs import StatusDialog

        dialog = StatusDialog(self.db, self.incident_id, action, self._author(), self)
        if dialog.exec() and dialog.result_value:
            self._after_write(f"Actie {action['seq']}: status gewijzigd (regel {dialog.result_value})")

    def close_or_reopen(self) -> None:
        if self.incident_id is None:
            return
        from piket.logbook import service

        closed = queries.get_incident(self.db, self.incident_id)["closed_at"] is not None
        if closed:
            done = attempt(self, lambda: service.reopen_incident(self.db, self.incident_id, author=self._author()))
            note = "Incident heropend"
        else:
            answer = QMessageBox.question(self, "Incident sluiten",
                                          "Het incident sluiten? Daarna kunnen er geen regels meer bij "
                                          "(heropenen kan, en wordt gelogd).")
            if answer != QMessageBox.StandardButton.Yes:
                return
            done = attempt(self, lambda: service.close_incident(self.db, self.incident_id, author=self._author()))
            note = "Incident gesloten"
        if done:
            self._after_write(note)

    def export_pdf(self) -> None:
        if self.incident_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Logboek als PDF", f"incident-{self.incident_id}.pdf",
                                              "PDF (*.pdf)")
        if path:
            self.write_pdf(path)

    def write_pdf(self, path: str):
        from piket.gui.background import save_in_background
        from piket.logbook.pdf_incident import incident_pdf

        incident_id, entries = self.incident_id, f"{self.log.count:,}".replace(",", ".")
        written = save_in_background(self, self.db, path, "Logboek als PDF",
                                     f"PDF maken: incident {incident_id}, {entries} logboekregels…",
                                     lambda db: incident_pdf(db, incident_id))
        if written:
            self.saved_note.setText(f"✓ PDF opgeslagen: {written}")
        return written

    def export_minutes(self) -> None:
        """Ctrl+Shift+P: the verslag selected in the Overleggen tab as PDF."""
        if self.incident_id is None:
            return
        self.tabs.setCurrentWidget(self.meetings)
        seq = self.meetings.selected_seq()
        if seq is None:
            self.saved_note.setText("Nog geen overleg in dit incident: Ctrl+Shift+O opent er een")
            return
        self.export_minutes_pdf(seq)

    def export_minutes_pdf(self, seq: int) -> None:
        title = self.meetings.model.rows[self.meetings.model.row_of(seq)]["title"]
        suggested = f"incident-{self.incident_id}-{title.lower().replace(' ', '-')}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, "Verslag als PDF", suggested, "PDF (*.pdf)")
        if path:
            self.write_minutes_pdf(path, seq)

    def write_minutes_pdf(self, path: str, seq: int):
        from piket.gui.background import save_in_background
        from piket.logbook.pdf_minutes import minutes_pdf

        incident_id = self.incident_id
        written = save_in_background(self, self.db, path, "Verslag als PDF", f"PDF maken: verslag (regel {seq})…",
                                     lambda db: minutes_pdf(db, incident_id, seq))
        if written:
            self.saved_note.setText(f"✓ Verslag opgeslagen: {written}")
        return written
