"""Dialogs of the checklist view: start a review, and a table report (history, chain)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget
from sqlite_utils import Database

from piket.gui.forms.ui_checklist_new_dialog import Ui_ChecklistNewDialog
from piket.gui.forms.ui_checklist_report_dialog import Ui_ChecklistReportDialog

_ROOT = QModelIndex()  # the invisible root, as a default argument


class RowsModel(QAbstractTableModel):
    """A read-only table over a short list of dicts (history, chain report)."""

    def __init__(self, rows: list[dict], columns: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.rows = rows
        self.columns = columns

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][1]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self.rows[index.row()].get(self.columns[index.column()][0])
        return "" if value is None else str(value)


def show_report(parent: QWidget, title: str, summary: str, rows: list[dict],
                columns: list[tuple[str, str]]) -> QDialog:
    dialog = QDialog(parent)
    ui = Ui_ChecklistReportDialog()
    ui.setupUi(dialog)
    dialog.setWindowTitle(title)
    ui.summaryLabel.setText(summary)
    ui.table.setModel(RowsModel(rows, columns, dialog))
    header = ui.table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
    ui.table.resizeRowsToContents()
    dialog.ui = ui
    dialog.open()
    return dialog


class NewChecklistDialog(QDialog):
    """Template, optional event, title, reviewers, documents."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        from piket.checklist.templates import list_templates

        self.ui = Ui_ChecklistNewDialog()
        self.ui.setupUi(self)
        for template in list_templates(db):
            self.ui.templateCombo.addItem(f"{template['label']} ({template['code']})", template["code"])
        self.ui.eventCombo.addItem("(geen evenement)", None)
        if db["events"].exists():
            rows = db.execute(
                "SELECT id, name, start_at FROM events WHERE deleted_at IS NULL ORDER BY start_at DESC"
            ).fetchall()
            for event_id, name, start in rows:
                self.ui.eventCombo.addItem(f"{name} ({(start or '')[:10]})", event_id)

    def values(self) -> dict:
        ui = self.ui
        return {
            "template": ui.templateCombo.currentData(),
            "event": ui.eventCombo.currentData(),
            "title": ui.titleEdit.text().strip() or None,
            "reviewers": [n for n in ui.reviewersEdit.text().split(",") if n.strip()],
            "documents": ui.documentsEdit.text().strip(),
        }
