"""The item form on the right: question, guidance, verdict buttons and the chain fields.

The form only shows and collects values; ``changes()`` returns what the user altered,
and the view saves it through ``piket.checklist.service.set_item``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from piket import timeutil
from piket.checklist.service import DECISIONS
from piket.gui.forms.ui_checklist_item_form import Ui_ChecklistItemForm

VERDICT_BUTTONS = (
    (None, "verdictOpen"), ("voldoet", "verdictVoldoet"), ("deels", "verdictDeels"),
    ("voldoet_niet", "verdictVoldoetNiet"), ("onvoldoende_info", "verdictOnvoldoendeInfo"),
    ("nvt", "verdictNvt"),
)
LINES = {"document": "documentEdit", "page": "pageEdit", "decision_reason": "reasonEdit",
         "plan_change": "planChangeEdit", "verification": "verificationEdit"}
PLAINS = {"finding": "findingEdit", "advice": "adviceEdit", "condition": "conditionEdit"}


class ItemForm(QWidget):
    verdict_clicked = Signal(object)  # verdict code or None (open)
    history_requested = Signal()
    save_requested = Signal()

    def __init__(self, verdicts: dict[str, dict], parent=None):
        super().__init__(parent)
        self.ui = Ui_ChecklistItemForm()
        self.ui.setupUi(self)
        self.item: dict | None = None
        for code, name in VERDICT_BUTTONS:
            button = getattr(self.ui, name)
            button.clicked.connect(lambda _=False, c=code: self.verdict_clicked.emit(c))
            if code:
                colour = verdicts[code]["colour"]
                button.setStyleSheet(
                    f"QPushButton:checked {{ background: {colour}; color: white; font-weight: 600; }}")
        for code, label in DECISIONS.items():
            self.ui.decisionCombo.addItem(label, code)
        self.ui.historyButton.clicked.connect(self.history_requested)
        self.ui.saveButton.clicked.connect(self.save_requested)
        self.show_item(None)

    def set_disciplines(self, disciplines: dict[str, str]) -> None:
        self.ui.disciplineCombo.clear()
        for code, label in disciplines.items():
            self.ui.disciplineCombo.addItem(label, code)

    def show_item(self, item: dict | None) -> None:
        self.item = item
        self.setEnabled(item is not None)
        ui = self.ui
        if item is None:
            ui.codeLabel.setText("Geen item gekozen")
            for widget in (ui.themeLabel, ui.questionLabel, ui.guidanceLabel, ui.metaLabel):
                widget.setText("")
            ui.confidentialBadge.hide()
            return
        ui.codeLabel.setText(item["code"])
        ui.themeLabel.setText(item["theme"])
        ui.questionLabel.setText(item["question"])
        ui.guidanceLabel.setText(item["guidance"] or "Geen toelichting bij deze vraag.")
        ui.confidentialBadge.setVisible(item["confidential"])
        for code, name in VERDICT_BUTTONS:
            getattr(ui, name).setChecked(item["verdict"] == code)
        for field, name in LINES.items():
            getattr(ui, name).setText(item[field])
            getattr(ui, name).setCursorPosition(0)
        for field, name in PLAINS.items():
            getattr(ui, name).setPlainText(item[field])
        ui.disciplineCombo.setCurrentIndex(max(ui.disciplineCombo.findData(item["advice_discipline"]), 0))
        ui.decisionCombo.setCurrentIndex(max(ui.decisionCombo.findData(item["decision"]), 0))
        ui.confidentialCheck.setChecked(item["confidential"])
        if item["updated_at"]:
            who = item["reviewer"] or "onbekend"
            ui.metaLabel.setText(f"Laatst gewijzigd {timeutil.display(item['updated_at'])} door {who}")
        else:
            ui.metaLabel.setText("Nog niet beoordeeld")

    def changes(self) -> dict:
        """The fields the user changed in the form (the verdict is saved on its own)."""
        if self.item is None:
            return {}
        ui = self.ui
        values = {field: getattr(ui, name).text().strip() for field, name in LINES.items()}
        values.update({field: getattr(ui, name).toPlainText().strip() for field, name in PLAINS.items()})
        values["advice_discipline"] = ui.disciplineCombo.currentData()
        values["decision"] = ui.decisionCombo.currentData()
        values["confidential"] = ui.confidentialCheck.isChecked()
        return {k: v for k, v in values.items() if v is not None and v != self.item[k]}

    def focus_first_field(self) -> None:
        self.ui.findingEdit.setFocus()
