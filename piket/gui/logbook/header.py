"""The head of the open incident: GRIP badge in the level's colour, title, one line of facts
and, once counted, one line with the numbers of affected people now standing."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from piket import timeutil
from piket.gui.logbook.models import grip_colour


def when(at: str) -> str:
    """``14:05`` today, ``za 21-11-2026 14:05`` on another day."""
    moment = timeutil.parse_time(at)
    today = moment.astimezone(timeutil.TZ).date() == timeutil.now().astimezone(timeutil.TZ).date()
    return timeutil.display(moment, with_date=not today)


class IncidentHeader(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.badge = QLabel(objectName="gripBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(86)
        self.title = QLabel(objectName="incidentTitle")
        self.subtitle = QLabel(objectName="incidentSub")
        self.affected = QLabel(objectName="affectedLine", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.affected.setToolTip("De aantallen die nu gelden, elk uit de laatste telling; "
                                 "bijwerken met Ctrl+Shift+G")
        self.affected.hide()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(10)
        layout.addWidget(self.badge, 0, 0, 2, 1)
        layout.addWidget(self.title, 0, 1)
        layout.addWidget(self.subtitle, 1, 1)
        layout.addWidget(self.affected, 2, 1)
        layout.setColumnStretch(1, 1)

    def show_nothing(self) -> None:
        self.title.setText("Geen incident")
        self.subtitle.setText("Open een nieuw incident met Ctrl+N.")
        self._badge(None, "—")
        self.show_affected([])

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

    def show_affected(self, latest: list[dict]) -> None:
        """``affected(...)["latest"]``: "Getroffenen: 55 geëvacueerd · 2 gewond (per 14:05)",
        the time of the newest count; hidden while nothing is counted."""
        self.affected.setVisible(bool(latest))
        if not latest:
            self.affected.clear()
            return
        numbers = " · ".join(f"{item['count']:,} {item['label'].lower()}".replace(",", ".") for item in latest)
        newest = max(latest, key=lambda item: item["seq"])
        self.affected.setText(f"<b>Getroffenen:</b> {escape(numbers)} "
                              f"<span style='color:#555'>(per {when(newest['at'])})</span>")
