"""The strip above the entry line while a BOB meeting is open, and Ctrl+Shift+O that opens
or closes one.

The strip always follows ``current_meeting`` (after a write, a refresh, switching incidents,
a restart), so what it says is what the next Enter does: every entry from the entry line,
and a GRIP change, goes into that meeting. Calm on purpose: the OvD is typing beneath it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from sqlite_utils import Database

from piket import timeutil
from piket.gui.errors import attempt

STYLE = ("QLabel#meetingStrip { background: #e6f0ee; color: #134e4a; border: 1px solid #a7c7c1; "
         "border-radius: 3px; padding: 3px 8px; }")


class MeetingStrip(QLabel):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent, objectName="meetingStrip")
        self.db = db
        self.meeting: dict | None = None
        self.incident_id: int | None = -1  # the incident last followed (-1: none yet)
        self.setStyleSheet(STYLE)
        self.setWordWrap(True)
        self.hide()

    @property
    def seq(self) -> int | None:
        """The open meeting's seq, for ``meeting_seq`` of the next entry; None: no meeting."""
        return self.meeting["seq"] if self.meeting else None

    def follow(self, incident_id: int | None) -> None:
        from piket.logbook.meetings import current_meeting

        self.incident_id = incident_id
        self.meeting = current_meeting(self.db, incident_id) if incident_id is not None else None
        if self.meeting is None:
            self.clear()
            self.hide()
            return
        since = timeutil.display(self.meeting["opened_at"], with_date=False)
        chair = self.meeting["chair"]  # as shown: an anonymised chair reads "verwijderd persoon"
        self.setText(f"<b>{escape(self.meeting['title'])}</b> loopt sinds {since} · voorzitter {escape(chair or '—')} · "
                     "nieuwe regels komen in het verslag · Ctrl+Shift+O sluiten")
        self.show()

    def toggle(self, parent: QWidget, incident_id: int, author: str | None) -> str | None:
        """Ctrl+Shift+O: open a meeting (dialog) or close the open one (after asking).
        Returns the note to show once something was written, else None."""
        self.follow(incident_id)  # another window may have opened or closed one meanwhile
        if self.meeting is None:
            from piket.gui.logbook.dialogs import MeetingDialog

            dialog = MeetingDialog(self.db, incident_id, author, parent)
            if not dialog.exec() or dialog.result_value is None:
                return None
            self.follow(incident_id)
            title = self.meeting["title"] if self.meeting else "Overleg"
            return f"{title} geopend (regel {dialog.result_value}); nieuwe regels komen in het verslag"
        title = self.meeting["title"]
        answer = QMessageBox.question(
            parent, "Overleg sluiten", f"{title} sluiten?\n\nNieuwe regels staan daarna weer los in het logboek; "
            "het verslag staat onder Overleggen.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        from piket.logbook.meetings import close_meeting

        seq = attempt(parent, lambda: close_meeting(self.db, incident_id, author=author))
        self.follow(incident_id)
        return f"{title} gesloten (regel {seq}); het verslag staat onder Overleggen" if seq else None

