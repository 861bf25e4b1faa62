"""The checklist view: tree model, keyboard navigation, verdicts by number keys, filters."""

import pytest
from PySide6.QtCore import Qt

from piket import refdata
from piket.checklist import demo, service


@pytest.fixture
def review(db):
    return demo.add_floriade(db)


@pytest.fixture
def view(qtbot, db, review):
    from piket.gui.checklist.view import View

    widget = View(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activate()
    return widget


def current_code(view) -> str:
    return view.form.item["code"]


def test_tree_model_passes_the_model_tester(qtmodeltester, db, review):
    from piket.gui.checklist.tree_model import ChecklistTreeModel

    verdicts = {v["code"]: v for v in refdata.items(db, "verdicts")}
    model = ChecklistTreeModel(verdicts)
    model.load(service.item_rows(db, review))
    qtmodeltester.check(model)
    assert model.rowCount() == 17
    model.load(service.item_rows(db, review), "voldoet_niet")
    qtmodeltester.check(model)
    assert all(i["verdict"] == "voldoet_niet" for t in model.themes for i in t["items"])


def test_opens_on_the_review_with_first_item(view):
    assert view.review_combo.count() == 1
    assert current_code(view) == "DOC-01"
    assert view.tree.hasFocus()
    assert "34/68 beoordeeld" in view.status_label.text()


def test_number_keys_give_verdicts_and_ctrl_pgdown_moves(view, qtbot, db, review):
    qtbot.keyClick(view.tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert current_code(view) == "DOC-05"
    qtbot.keyClick(view.tree, Qt.Key.Key_3)
    assert service.find_item(db, review, "DOC-05")["verdict"] == "voldoet_niet"
    assert view.form.ui.verdictVoldoetNiet.isChecked()
    qtbot.keyClick(view.tree, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert current_code(view) == "DOC-04"
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    qtbot.keyClick(view.tree, Qt.Key.Key_0)
    assert service.find_item(db, review, "DOC-05")["verdict"] is None
    assert "34/68" in view.status_label.text()


def test_typing_then_ctrl_enter_saves_and_goes_on(view, qtbot, db, review):
    view.move(2)  # DOC-03
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert view.form.ui.findingEdit.hasFocus()
    qtbot.keyClicks(view.form.ui.findingEdit, "Rangorde staat in §1.2")
    qtbot.keyClick(view.form.ui.findingEdit, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view.form.ui.findingEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = service.find_item(db, review, "DOC-03")
    assert saved["finding"] == "Rangorde staat in §1.2" and saved["verdict"] == "deels"
    assert current_code(view) == "DOC-04"
    assert len(service.item_history(db, review, "DOC-03")) == 2


def test_leaving_an_item_saves_what_was_typed(view, qtbot, db, review):
    view.form.ui.adviceEdit.setPlainText("Register als bijlage 0")
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert service.find_item(db, review, "DOC-01")["advice"] == "Register als bijlage 0"
    assert current_code(view) == "DOC-02"


def test_filter_on_open_and_failing_items(view, qtbot, db, review):
    view.filter_combo.setCurrentIndex(view.filter_combo.findText("Voldoet niet"))
    codes = view.model.item_codes()
    assert codes and all(service.find_item(db, review, c)["verdict"] == "voldoet_niet" for c in codes)
    view.filter_combo.setCurrentIndex(view.filter_combo.findText("Open items"))
    first = current_code(view)
    assert service.find_item(db, review, first)["verdict"] is None
    following = view.model.item_codes()[1]
    qtbot.keyClick(view.tree, Qt.Key.Key_1)  # assessed: leaves the open filter
    assert first not in view.model.item_codes()
    assert current_code(view) == following
    view.filter_combo.setCurrentIndex(view.filter_combo.findText("Discipline: GHOR/GGD"))
    shown = [service.find_item(db, review, c) for c in view.model.item_codes()]
    assert shown and all("ghor" in (i["discipline"], i["advice_discipline"]) for i in shown)


def test_refused_save_shows_a_dialog_and_keeps_the_item(view, qtbot, db, review, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    view.move(4)  # DOC-05: no advice
    view.form.ui.decisionCombo.setCurrentIndex(view.form.ui.decisionCombo.findData("afgewezen"))
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert shown and "reden" in shown[0]
    assert current_code(view) == "DOC-05"
    assert view.model.item_at(view.tree.currentIndex())["code"] == "DOC-05"
    assert view.form.ui.decisionCombo.currentData() == "afgewezen"  # what was typed stays
    assert service.find_item(db, review, "DOC-05")["decision"] == "open"


def test_history_and_chain_dialogs(view, qtbot):
    view.move(1)  # DOC-02 has history from the demo
    qtbot.keyClick(view.tree, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert view.history_dialog.isVisible()
    assert view.history_dialog.ui.table.model().rowCount() >= 1
    view.history_dialog.close()
    qtbot.keyClick(view.tree, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert view.chain_dialog.isVisible() and "gebroken" in view.chain_dialog.ui.summaryLabel.text()
    view.chain_dialog.close()


def test_report_models_pass_the_model_tester(qtmodeltester):
    from piket.gui.checklist.dialogs import RowsModel

    model = RowsModel([{"a": 1, "b": None}, {"a": 2, "b": "x"}], [("a", "A"), ("b", "B")])
    qtmodeltester.check(model)


def test_new_review_from_the_dialog(view, qtbot, db, monkeypatch):
    from piket.gui.checklist import dialogs

    def accept(dialog):
        dialog.ui.titleEdit.setText("Hertoetsing v3.1")
        dialog.ui.reviewersEdit.setText("A. Jansen, B. de Boer")
        return True

    monkeypatch.setattr(dialogs.NewChecklistDialog, "exec", accept)
    qtbot.keyClick(view.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.review_combo.count() == 2
    assert view.review_combo.currentText().startswith("Hertoetsing v3.1")
    assert service.header(db, view.checklist_id)["reviewers"] == "A. Jansen, B. de Boer"


def test_empty_database_shows_a_hint(qtbot, db):
    from piket.gui.checklist.view import View

    widget = View(db)
    qtbot.addWidget(widget)
    assert "Ctrl+N" in widget.status_label.text()
    assert not widget.form.isEnabled()


def test_pdf_export_writes_the_file(view, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "openbaar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.export_pdf(public=True)
    assert target.read_bytes().startswith(b"%PDF")
