"""The event form, the risk scan with a live class preview, and the class override."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from piket import timeutil
from piket.events import scan
from piket.events.model import EventRecord
from piket.events.service import (
    add_event,
    answers_of,
    classify_event,
    facts,
    load_record,
    override_class,
    set_values,
)
from piket.gui.errors import attempt
from piket.gui.forms.ui_events_edit import Ui_EventDialog
from piket.gui.forms.ui_events_override import Ui_OverrideDialog
from piket.gui.forms.ui_events_scan import Ui_ScanDialog

AMSTERDAM = QTimeZone(b"Europe/Amsterdam")


def _to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), AMSTERDAM)


def _from_qt(value: QDateTime) -> str:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), tz=timeutil.TZ).isoformat()


def _text(moment: datetime | None) -> str:
    return moment.astimezone(timeutil.TZ).strftime("%Y-%m-%d %H:%M") if moment else ""


def _number(value) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


class EventDialog(QDialog):
    """Add (``event_id`` None) or edit an event; saving goes through the service."""

    def __init__(self, db, event_id: int | None = None, parent: QWidget | None = None, start: datetime | None = None):
        super().__init__(parent)
        self.db, self.event_id = db, event_id
        self.form = Ui_EventDialog()
        self.form.setupUi(self)
        self.saved_id: int | None = None
        f = self.form
        if event_id is None:
            self.setWindowTitle("Nieuw evenement")
            begin = start or datetime.combine(timeutil.today(), datetime.min.time(), tzinfo=timeutil.TZ).replace(hour=12)
            f.start.setDateTime(_to_qt(begin))
            f.end.setDateTime(_to_qt(begin.replace(hour=18)))
            self.original: dict = {}
        else:
            record = load_record(db, event_id)
            self.setWindowTitle(f"Evenement bewerken: {record.name}")
            f.name.setText(record.name)
            f.organiser.setText(record.organiser)
            f.contact.setText(record.contact)
            f.location.setText(record.location)
            f.start.setDateTime(_to_qt(record.start_at))
            f.end.setDateTime(_to_qt(record.end_at))
            f.buildup.setText(_text(record.buildup_at))
            f.teardown.setText(_text(record.teardown_at))
            f.visitors.setText(_number(record.visitors))
            f.peak.setText(_number(record.visitors_peak))
            f.area.setText(_number(record.area_m2))
            f.permit.setText(record.permit_ref)
            f.notes.setPlainText(record.notes)
            f.evaluation.setPlainText(record.evaluation)
            self.original = self.values()
        f.name.setFocus()

    def values(self) -> dict:
        f = self.form
        return {
            "name": f.name.text(), "organiser": f.organiser.text(), "contact": f.contact.text(),
            "location": f.location.text(), "start_at": _from_qt(f.start.dateTime()),
            "end_at": _from_qt(f.end.dateTime()), "buildup_at": f.buildup.text().replace(" ", "T", 1),
            "teardown_at": f.teardown.text().replace(" ", "T", 1), "visitors": f.visitors.text(),
            "visitors_peak": f.peak.text(), "area_m2": f.area.text(), "permit_ref": f.permit.text(),
            "notes": f.notes.toPlainText(), "evaluation": f.evaluation.toPlainText(),
        }

    def accept(self) -> None:
        values = self.values()
        if self.event_id is None:
            self.saved_id = attempt(self, lambda: add_event(self.db, values))
        else:
            changed = {k: v for k, v in values.items() if v != self.original.get(k)}
            if not changed:
                super().accept()
                return
            if attempt(self, lambda: set_values(self.db, self.event_id, changed)) is not None:
                self.saved_id = self.event_id
        if self.saved_id is not None:
            super().accept()


class ScanDialog(QDialog):
    """Every criterion of the scan as a field; the class is recomputed as you answer."""

    def __init__(self, db, event_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.event_id = db, event_id
        self.form = Ui_ScanDialog()
        self.form.setupUi(self)
        self.rules = scan.load_rules(db)
        self.record: EventRecord = load_record(db, event_id)
        self.original = answers_of(db, event_id)
        self.setWindowTitle(f"Risicoscan: {self.record.name}")
        self.form.intro.setText(
            "Beantwoord de vragen per profiel. Leeg = niet beantwoord (telt als 0). De klasse volgt uit de "
            "gewogen score en de knock-outs in data/risk_classes.json."
        )
        layout = QFormLayout(self.form.criteriaHost)
        self.fields: dict[str, QWidget] = {}
        dimension = None
        for criterion in self.rules.criteria:
            if criterion.dimension != dimension:
                dimension = criterion.dimension
                header = QLabel(f"<b>{dimension[0].upper()}{dimension[1:]}</b>")
                header.setStyleSheet("color: #1d3557; padding-top: 8px;")
                layout.addRow(header)
            label = QLabel(f"{criterion.question} <span style='color:#6b7280'>(×{criterion.weight:g})</span>")
            label.setWordWrap(True)
            label.setToolTip(criterion.help or criterion.key)
            if criterion.answer_type == "number":
                widget = QLineEdit()
                if criterion.from_field == "visitors_peak":
                    widget.setText(_number(self.record.visitors_peak))
                    widget.setPlaceholderText(f"leeg: {_number(facts(self.record)['visitors_peak']) or 'onbekend'}")
                else:
                    widget.setText(self.original.get(criterion.key, ""))
                    derived = facts(self.record).get(criterion.from_field or "")
                    widget.setPlaceholderText(f"leeg: berekend {scan.dutch_number(derived)} {criterion.unit}" if derived is not None
                                              else criterion.unit)
                widget.textChanged.connect(self.preview)
            else:
                widget = QComboBox()
                widget.addItem("— niet beantwoord —", "")
                for choice in criterion.choices:
                    widget.addItem(f"{choice.label}  ({choice.score})", choice.code)
                widget.setCurrentIndex(max(0, widget.findData(self.original.get(criterion.key, ""))))
                widget.currentIndexChanged.connect(self.preview)
            label.setBuddy(widget)
            layout.addRow(label)  # the question across the full width, its answer below
            layout.addRow(widget)
            self.fields[criterion.key] = widget
        self.preview()
        first = next(iter(self.fields.values()), None)
        if first:
            first.setFocus()

    def answers(self) -> dict[str, str]:
        values = {}
        for key, widget in self.fields.items():
            values[key] = widget.text().strip() if isinstance(widget, QLineEdit) else widget.currentData()
        return values

    def preview(self) -> None:
        values = self.answers()
        record = self.record.model_copy()
        answers = {}
        try:
            for criterion in self.rules.criteria:
                value = values[criterion.key]
                if not value:
                    continue
                normalised = scan.normalise_answer(criterion, value)
                if criterion.from_field == "visitors_peak":
                    record.visitors_peak = int(float(normalised))
                else:
                    answers[criterion.key] = normalised
            result = scan.classify(self.rules, answers, facts(record))
        except Exception as exc:  # noqa: BLE001 - shown, not raised, while typing
            self.form.result.setText(f"<span style='color:#b91c1c'>{exc}</span>")
            return
        colour = self.rules.risk_class(result.risk_class).colour
        reasons = "".join(f"<li>{r}</li>" for r in result.reasons[:4])
        self.form.result.setText(
            f"<span style='background:{colour}; color:white; font-weight:600; padding:2px 8px;'>&nbsp;Klasse "
            f"{result.risk_class}&nbsp;</span>&nbsp; score {scan.dutch_number(result.score)}<ul>{reasons}</ul>"
        )

    def accept(self) -> None:
        values = self.answers()
        changed = {}
        for key, value in values.items():
            criterion = self.rules.criterion(key)
            before = _number(self.record.visitors_peak) if criterion.from_field == "visitors_peak" \
                else self.original.get(key, "")
            if value != before:
                changed[key] = value
        if not changed or attempt(self, lambda: set_values(self.db, self.event_id, changed)) is not None:
            super().accept()


class OverrideDialog(QDialog):
    """Set the class by hand, with a motivation that is kept beside the scan's class."""

    def __init__(self, db, event_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.event_id = db, event_id
        self.form = Ui_OverrideDialog()
        self.form.setupUi(self)
        result = classify_event(db, event_id)
        self.form.scanInfo.setText(
            f"De risicoscan geeft klasse <b>{result['scan_class']}</b> (score {scan.dutch_number(result['score'])})."
            + (f" Nu vastgesteld op <b>{result['class']}</b>: {result['override_reason']}" if result["overridden"] else "")
        )
        for risk_class in scan.CLASSES:
            self.form.riskClass.addItem(f"Klasse {risk_class}", risk_class)
        self.form.riskClass.addItem("Terug naar de klasse van de scan", None)
        self.form.riskClass.setCurrentIndex(scan.CLASSES.index(result["class"]))
        self.form.riskClass.setFocus()

    def accept(self) -> None:
        risk_class = self.form.riskClass.currentData()
        reason = self.form.reason.toPlainText()
        if attempt(self, lambda: override_class(self.db, self.event_id, risk_class, reason)) is not None:
            super().accept()
