"""The head of the open incident: GRIP badge in the level's colour, title, one line of facts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from piket import timeutil
from piket.gui.logbook.models import grip_colour


class IncidentHeader(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.badge = QLabel(objectName="gripBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(86)
        self.title = QLabel(objectName="incidentTitle")
        self.subtitle = QLabel(objectName="incidentSub")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(10)
        layout.addWidget(self.badge, 0, 0, 2, 1)
        layout.addWidget(self.title, 0, 1)
        layout.addWidget(self.subtitle, 1, 1)
        layout.setColumnStretch(1, 1)

    def show_nothing(self) -> None:
        self.title.setText("Geen incident")
        self.subtitle.setText("Open een nieuw incident met Ctrl+N.")
        self._badge(None, "—")

    def show_incident(self, incident: dict, grip_labels: dict[str, str], categories: dict[str, str]) -> None:
        self.title.setText(incident["title"])
        opened = timeutil.display(timeutil.parse_time(incident["opened_at"]))
        parts = [incident["location"], categories.get(incident["category"], ""), f"geopend {opened}",
                 f"hoogste niveau {grip_labels.get(incident['max_grip'], 'geen GRIP')}"]
        self.subtitle.setText(" · ".join(part for part in parts if part))
        self._badge(incident["grip"], grip_labels.get(incident["grip"], "geen GRIP") if incident["grip"] else "geen GRIP")

    def _badge(self, code: str | None, text: str) -> None:
        self.badge.setText(text)
        self.badge.setStyleSheet(f"background: {grip_colour(code)};")
