"""The entry line at the bottom of the log: type, press Enter, it is saved with the time.

The kind shortcuts (Ctrl+B besluit, Ctrl+A actie, ...) must win over QLineEdit's own
key bindings (Ctrl+A is select-all there), so the line lets them through as shortcuts.
"""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from piket import timeutil

DATETIME_FORMAT = "dd-MM-yyyy HH:mm"


def to_qdatetime(moment) -> QDateTime:
    local = moment.astimezone(timeutil.TZ)
    return QDateTime.fromString(local.strftime("%Y-%m-%d %H:%M"), "yyyy-MM-dd HH:mm")


def from_qdatetime(value: QDateTime):
    return timeutil.parse_time(value.toString("yyyy-MM-ddTHH:mm")).astimezone(UTC)


class EntryLine(QLineEdit):
    """A line edit that leaves the view's shortcuts to the view."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.passed_through: set[str] = set()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            pressed = QKeySequence(event.keyCombination()).toString()
            if pressed in self.passed_through:
                event.ignore()
                return True
        return super().event(event)


class EntryBar(QWidget):
    """Kind badge, text line, optional event time and (for actie) owner; Enter saves."""

    submitted = Signal()

    def __init__(self, kind_labels: dict[str, str], parent=None):
        super().__init__(parent)
        self.kind_labels = kind_labels
        self.kind = "informatie"
        self.custom_time = False

        self.kind_label = QLabel(objectName="entryKind")
        self.line = EntryLine()
        self.line.setObjectName("entryLine")
        self.line.setPlaceholderText("Typ wat er gebeurt en druk op Enter (opgeslagen met de huidige tijd)")
        self.line.setMaxLength(20_000)
        self.line.returnPressed.connect(self.submitted)

        self.time_edit = QDateTimeEdit(displayFormat=DATETIME_FORMAT, calendarPopup=True)
        self.time_edit.setToolTip("Wanneer het gebeurde (Ctrl+T); Enter gaat terug naar de tekst")
        self.approx = QCheckBox("bij benadering")
        self.time_note = QLabel("tijd: nu")
        self.time_note.setObjectName("entryTime")
        self.owner = QLineEdit(placeholderText="actiehouder (functie of naam)")
        self.deadline = QDateTimeEdit(displayFormat=DATETIME_FORMAT, calendarPopup=True)
        self.deadline.setToolTip("Deadline van de actie")
        self.author = QLineEdit()
        self.author.setToolTip("Auteur van de regels (standaard de OvD-Bz van dienst)")
        self.author.setMaximumWidth(220)
        self.time_edit.editingFinished.connect(self.line.setFocus)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.kind_label)
        top.addWidget(self.line, 1)
        details = QHBoxLayout()
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.time_note)
        details.addWidget(self.time_edit)
        details.addWidget(self.approx)
        details.addWidget(self.owner, 1)
        details.addWidget(self.deadline)
        details.addStretch(0)
        details.addWidget(QLabel("Auteur:"))
        details.addWidget(self.author)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(details)
        QWidget.setTabOrder(self.line, self.time_edit)
        QWidget.setTabOrder(self.time_edit, self.approx)
        QWidget.setTabOrder(self.approx, self.owner)
        QWidget.setTabOrder(self.owner, self.deadline)
        QWidget.setTabOrder(self.deadline, self.author)
        self.reset()

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.kind_label.setText(self.kind_labels.get(kind, kind))
        is_action = kind == "actie"
        self.owner.setVisible(is_action)
        self.deadline.setVisible(is_action)
        if is_action:
            self.deadline.setDateTime(to_qdatetime(timeutil.now()).addSecs(3600))
        self.line.setFocus()

    def edit_time(self) -> None:
        """Ctrl+T: a different event time than now."""
        if not self.custom_time:
            self.time_edit.setDateTime(to_qdatetime(timeutil.now()))
        self.custom_time = True
        self.time_note.setText("gebeurd om:")
        self.time_edit.setVisible(True)
        self.approx.setVisible(True)
        self.time_edit.setFocus()
        self.time_edit.setSelectedSection(QDateTimeEdit.Section.HourSection)

    def reset(self) -> None:
        """After saving: back to informatie, now, no owner; the text line focused."""
        self.line.clear()
        self.owner.clear()
        self.custom_time = False
        self.time_note.setText("tijd: nu (Ctrl+T: ander tijdstip)")
        self.time_edit.setVisible(False)
        self.approx.setVisible(False)
        self.approx.setChecked(False)
        self.set_kind("informatie")

    def values(self) -> dict:
        """What the service needs for this entry."""
        values = {"text": self.line.text(), "kind": self.kind, "author": self.author.text() or None}
        if self.custom_time:
            values["at"] = from_qdatetime(self.time_edit.dateTime())
            values["at_approx"] = self.approx.isChecked()
        if self.kind == "actie":
            values["owner"] = self.owner.text()
            values["deadline"] = from_qdatetime(self.deadline.dateTime())
        return values

    def focus(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
