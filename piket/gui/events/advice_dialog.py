"""Writing the advice: sections on the left, text on the right, numbered permit conditions
below; a sent version is read-only and a new version continues from it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QStyledItemDelegate,
)

from piket.events import advice
from piket.gui.background import save_in_background
from piket.gui.errors import attempt
from piket.gui.forms.ui_events_advice import Ui_AdviceDialog

RISK_ROLE = Qt.ItemDataRole.UserRole + 1


class NumberedDelegate(QStyledItemDelegate):
    """Shows permit conditions as "1. ...", "2. ..." while the stored text stays bare."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        option.text = f"{index.row() + 1}.  {option.text}"


class AdviceDialog(QDialog):
    def __init__(self, db, event_id: int, parent=None):
        super().__init__(parent)
        self.db, self.event_id = db, event_id
        self.form = Ui_AdviceDialog()
        self.form.setupUi(self)
        self.current: dict | None = None
        self.texts: dict[str, str] = {}
        self.dirty = False
        f = self.form
        f.conditions.setItemDelegate(NumberedDelegate(f.conditions))
        f.sections.currentRowChanged.connect(self._show_section)
        f.text.textChanged.connect(self._text_changed)
        f.version.currentIndexChanged.connect(self._load_version)
        f.newVersion.clicked.connect(self.new_version)
        f.send.clicked.connect(self.send)
        f.pdf.clicked.connect(self.export_pdf)
        f.addCondition.clicked.connect(self.add_condition)
        f.removeCondition.clicked.connect(self.remove_condition)
        f.conditions.itemChanged.connect(lambda _: self._mark_dirty())
        f.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        f.buttons.button(QDialogButtonBox.StandardButton.Save).setText("&Opslaan")
        f.buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Sluiten")
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), f.conditions, activated=self.remove_condition,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.refresh()

    # --- loading --------------------------------------------------------------
    def refresh(self, version: int | None = None) -> None:
        versions = advice.advice_versions(self.db, self.event_id)
        if not versions:
            advice.new_version(self.db, self.event_id)
            versions = advice.advice_versions(self.db, self.event_id)
        self.form.version.blockSignals(True)
        self.form.version.clear()
        for item in versions:
            self.form.version.addItem(f"versie {item['version']} ({item['status']})", item["version"])
        index = self.form.version.findData(version) if version else len(versions) - 1
        self.form.version.setCurrentIndex(index)
        self.form.version.blockSignals(False)
        self._load_version()

    def _load_version(self) -> None:
        version = self.form.version.currentData()
        self.current = advice.get_advice(self.db, self.event_id, version)
        editable = self.current["status"] == "concept"
        f = self.form
        f.state.setText("concept: bewerkbaar" if editable else
                        f"verzonden {self.current['sent_at'][:10]}: bevroren, maak een nieuwe versie om te wijzigen")
        f.state.setStyleSheet("color: #2a6f97;" if editable else "color: #b45309; font-weight: 600;")
        self.texts = {s["code"]: s["text"] for s in self.current["sections"]}
        f.sections.blockSignals(True)
        f.sections.clear()
        for section in self.current["sections"]:
            f.sections.addItem(section["title"])
        f.sections.blockSignals(False)
        f.conditions.blockSignals(True)
        f.conditions.clear()
        for condition in self.current["conditions"]:
            item = QListWidgetItem(condition["text"])
            item.setData(RISK_ROLE, condition["risk"])
            item.setToolTip(f"risico: {condition['risk'] or '—'}")
            if editable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            f.conditions.addItem(item)
        f.conditions.blockSignals(False)
        f.text.setReadOnly(not editable)
        for button in (f.send, f.addCondition, f.removeCondition):
            button.setEnabled(editable)
        f.newVersion.setEnabled(not editable)
        f.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        f.sections.setCurrentRow(0)
        self.dirty = False

    def _show_section(self, row: int) -> None:
        if not self.current or row < 0:
            return
        section = self.current["sections"][row]
        title = section["title"] + (f" · {section['discipline']}" if section["discipline"] else "")
        self.form.sectionTitle.setText(f"<b>{title}</b>")
        self.form.text.blockSignals(True)
        self.form.text.setPlainText(self.texts[section["code"]])
        self.form.text.blockSignals(False)

    def _text_changed(self) -> None:
        row = self.form.sections.currentRow()
        if self.current and row >= 0:
            self.texts[self.current["sections"][row]["code"]] = self.form.text.toPlainText()
            self._mark_dirty()

    def _mark_dirty(self) -> None:
        self.dirty = True

    # --- actions --------------------------------------------------------------
    def conditions(self) -> list[dict]:
        out = []
        for row in range(self.form.conditions.count()):
            item = self.form.conditions.item(row)
            out.append({"text": item.text(), "risk": item.data(RISK_ROLE) or ""})
        return out

    def save(self) -> bool:
        if not self.current or self.current["status"] != "concept":
            return True
        saved = attempt(self, lambda: advice.save_advice(self.db, self.event_id, sections=self.texts,
                                                         conditions=self.conditions()))
        if saved is not None:
            self.dirty = False
        return saved is not None

    def add_condition(self) -> None:
        item = QListWidgetItem("Nieuw voorschrift")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(RISK_ROLE, "")
        self.form.conditions.addItem(item)
        self.form.conditions.setCurrentItem(item)
        self.form.conditions.editItem(item)
        self._mark_dirty()

    def remove_condition(self) -> None:
        row = self.form.conditions.currentRow()
        if row >= 0 and self.current and self.current["status"] == "concept":
            self.form.conditions.takeItem(row)
            self.form.conditions.viewport().update()  # renumber
            self._mark_dirty()

    def new_version(self) -> None:
        made = attempt(self, lambda: advice.new_version(self.db, self.event_id))
        if made:
            self.refresh(made)

    def send(self) -> None:
        if not self.save():
            return
        answer = QMessageBox.question(
            self, "Advies verzenden",
            f"Versie {self.current['version']} verzenden? Daarna is deze versie bevroren; "
            "wijzigingen gaan in een nieuwe versie.",
        )
        if answer == QMessageBox.StandardButton.Yes and attempt(self, lambda: advice.send_advice(self.db, self.event_id)):
            self.refresh(self.current["version"])

    def export_pdf(self) -> None:
        from piket.events.advice_pdf import advice_pdf

        if self.dirty and not self.save():
            return
        path, _ = QFileDialog.getSaveFileName(self, "Advies als PDF", f"advies-{self.event_id}.pdf", "PDF (*.pdf)")
        if not path:
            return
        event_id = self.event_id
        save_in_background(self, self.db, path, "Advies als PDF", f"PDF maken: advies voor evenement {event_id}…",
                           lambda db: advice_pdf(db, event_id))

    def reject(self) -> None:
        if self.dirty:
            answer = QMessageBox.question(
                self, "Niet opgeslagen", "Wijzigingen in het concept opslaan?",
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()


