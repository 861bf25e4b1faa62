"""The checklist screen: themes and items on the left, the item form on the right.

Keyboard first: arrows walk the tree, 0-5 give a verdict (Alt+0-5 from the form),
Ctrl+PgDn/PgUp go to the next/previous item, Ctrl+Enter saves and goes on, F6 switches
between list and form. Leaving an item saves what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from piket import refdata
from piket.checklist import chain, progress, service
from piket.gui.background import save_in_background
from piket.gui.checklist.dialogs import NewChecklistDialog, show_report
from piket.gui.checklist.form import ItemForm
from piket.gui.checklist.tree_model import ChecklistTreeModel
from piket.gui.errors import attempt

VERDICT_KEYS = {Qt.Key.Key_0: None, Qt.Key.Key_1: "voldoet", Qt.Key.Key_2: "deels",
                Qt.Key.Key_3: "voldoet_niet", Qt.Key.Key_4: "onvoldoende_info", Qt.Key.Key_5: "nvt"}


class View(QWidget):
    def __init__(self, db: Database, main_window=None):
        super().__init__()
        self.db = db
        self.main_window = main_window
        self.checklist_id: int | None = None
        self.verdicts = {v["code"]: v for v in refdata.items(db, "verdicts", include_inactive=True)}
        self._build()
        self._build_actions()
        self.reload_reviews()

    # --- layout ----------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(QLabel("Checklist", objectName="pageTitle"))
        titles.addWidget(QLabel("Toetsing van veiligheidsplannen, thema voor thema", objectName="pageSubtitle"))
        top.addLayout(titles)
        top.addStretch(1)
        self.review_combo = QComboBox(minimumWidth=380)
        self.review_combo.currentIndexChanged.connect(self._review_chosen)
        review_label = QLabel("&Toetsing")
        review_label.setBuddy(self.review_combo)
        top.addWidget(review_label)
        top.addWidget(self.review_combo)
        self.new_button = QPushButton("Nieuw…", toolTip="Nieuwe toetsing (Ctrl+N)")
        self.new_button.clicked.connect(self.new_review)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        bar = QHBoxLayout()
        self.filter_combo = QComboBox(minimumWidth=200)
        self.filter_combo.currentIndexChanged.connect(self._filter_chosen)
        filter_label = QLabel("&Filter")
        filter_label.setBuddy(self.filter_combo)
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_combo)
        self.reviewer_edit = QLineEdit(placeholderText="eerste toetser", maximumWidth=200)
        reviewer_label = QLabel("T&oetser")
        reviewer_label.setBuddy(self.reviewer_edit)
        bar.addWidget(reviewer_label)
        bar.addWidget(self.reviewer_edit)
        self.progress_bar = QProgressBar(minimumWidth=90, maximumWidth=120)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.progress_bar)
        self.status_label = QLabel()
        bar.addWidget(self.status_label, 1)
        self.chain_button = QPushButton("Keten…", toolTip="Gebroken schakels bevinding → advies → voorschrift (Ctrl+L)")
        self.chain_button.clicked.connect(self.show_chain)
        self.pdf_button = QPushButton("PDF…", toolTip="Rapport als PDF (Ctrl+P); openbare versie: Ctrl+Shift+P")
        self.pdf_button.clicked.connect(lambda: self.export_pdf(public=False))
        bar.addWidget(self.chain_button)
        bar.addWidget(self.pdf_button)
        layout.addLayout(bar)

        self.model = ChecklistTreeModel(self.verdicts, self)
        self.tree = QTreeView(uniformRowHeights=True, alternatingRowColors=True)
        self.tree.setModel(self.model)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.installEventFilter(self)
        self.form = ItemForm(self.verdicts)
        self.form.verdict_clicked.connect(self.set_verdict)
        self.form.history_requested.connect(self.show_history)
        self.form.save_requested.connect(self.save)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(scroll)
        self.splitter.setSizes([450, 700])
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.tree, self.form.ui.findingEdit)

    def _build_actions(self) -> None:
        def action(text, keys, slot):
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        action("Nieuwe toetsing", ["Ctrl+N"], self.new_review)
        action("Opslaan", ["Ctrl+S"], self.save)
        action("Opslaan en volgende", ["Ctrl+Return", "Ctrl+Enter"], self.save_and_next)
        action("Volgend item", ["Ctrl+PgDown"], lambda: self.move(1))
        action("Vorig item", ["Ctrl+PgUp"], lambda: self.move(-1))
        action("Lijst of formulier", ["F6"], self.switch_pane)
        action("Filter", ["Ctrl+F"], self.filter_combo.setFocus)
        action("Geschiedenis", ["Ctrl+H"], self.show_history)
        action("Keten", ["Ctrl+L"], self.show_chain)
        action("PDF", ["Ctrl+P"], lambda: self.export_pdf(public=False))
        action("Openbare PDF", ["Ctrl+Shift+P"], lambda: self.export_pdf(public=True))
        for key, code in VERDICT_KEYS.items():
            action(f"Oordeel {code}", [QKeySequence(Qt.KeyboardModifier.AltModifier | key)],
                   lambda _=False, c=code: self.set_verdict(c))

    # --- reviews and filters ---------------------------------------------------
    def activate(self) -> None:
        self.reload_reviews()
        if self.tree.isVisible():
            self.tree.setFocus()

    def reload_reviews(self) -> None:
        reviews = service.list_checklists(self.db)
        keep = self.checklist_id
        if keep is None and reviews:
            keep = max(reviews, key=lambda r: (r["updated_at"], r["id"]))["id"]
        self.review_combo.blockSignals(True)
        self.review_combo.clear()
        for review in reviews:
            self.review_combo.addItem(f"{review['title']}  ({review['assessed']}/{review['total']})", review["id"])
        self.review_combo.blockSignals(False)
        if not reviews:
            self.checklist_id = None
            self.model.load([])
            self.form.show_item(None)
            self.status_label.setText("Nog geen toetsing: start er een met Ctrl+N.")
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(0)
            return
        self.review_combo.setCurrentIndex(max(self.review_combo.findData(keep), 0))
        self._load(self.review_combo.currentData())

    def _review_chosen(self, _index: int) -> None:
        if self.review_combo.currentData() is not None:
            self.save()
            self._load(self.review_combo.currentData())

    def _load(self, checklist_id: int, select: str | None = None) -> None:
        current = self.form.item["code"] if self.form.item and checklist_id == self.checklist_id else None
        changed = checklist_id != self.checklist_id
        self.checklist_id = checklist_id
        if changed:
            self._fill_filters()
        self.form.set_disciplines(service.disciplines(self.db, checklist_id))
        self.model.load(service.item_rows(self.db, checklist_id), *self.filter_combo.currentData())
        self.tree.expandAll()
        self._select(select or current)
        self._update_status()

    def _fill_filters(self) -> None:
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem("Alle items", ("alle", None))
        self.filter_combo.addItem("Open items", ("open", None))
        self.filter_combo.addItem("Voldoet niet", ("voldoet_niet", None))
        for code, label in service.disciplines(self.db, self.checklist_id).items():
            self.filter_combo.addItem(f"Discipline: {label}", ("alle", code))
        self.filter_combo.blockSignals(False)

    def _filter_chosen(self, _index: int) -> None:
        if self.checklist_id is not None:
            self.save()
            self._load(self.checklist_id)

    def _select(self, code: str | None) -> None:
        index = self.model.index_of(code) if code else None
        if index is None or not index.isValid():
            codes = self.model.item_codes()
            index = self.model.index_of(codes[0]) if codes else None
        if index is not None and index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        else:
            self.form.show_item(None)

    def _update_status(self) -> None:
        counts = progress.count(self.model.all_items)
        self.progress_bar.setRange(0, max(counts["total"], 1))
        self.progress_bar.setValue(counts["assessed"])
        broken = sum(1 for row in chain.report(self.model.all_items) if row["severity"] == chain.BROKEN)
        self.status_label.setText(
            f"{counts['assessed']}/{counts['total']} beoordeeld · {counts['by_verdict']['voldoet_niet']} voldoet niet · {counts['open']} open · "
            f"{broken} gebroken schakel(s)")
        index = self.review_combo.currentIndex()
        if index >= 0:
            title = self.review_combo.currentText().rsplit("  (", 1)[0]
            self.review_combo.setItemText(index, f"{title}  ({counts['assessed']}/{counts['total']})")

    # --- items -------------------------------------------------------------------
    def _current_changed(self, current, previous) -> None:
        item = self.model.item_at(current)
        shown = self.form.item
        if shown is not None and item is not None and item["code"] == shown["code"]:
            return
        if shown is not None and not self._save_changes({}):
            # Refused: stay on the item, with what was typed, until it is fixed.
            self.tree.setCurrentIndex(self.model.index_of(shown["code"]))
            return
        if item is not None:
            self.form.show_item(item)

    def _save_changes(self, extra: dict) -> bool:
        """Save the form's changes plus ``extra``; False (and a dialog) when refused."""
        item = self.form.item
        if item is None or self.checklist_id is None:
            return True
        changes = {**self.form.changes(), **extra}
        if not changes:
            return True
        saved = attempt(self, lambda: service.set_item(
            self.db, self.checklist_id, item["code"], reviewer=self.reviewer_edit.text(), **changes))
        if saved is None:
            return False
        codes = self.model.item_codes()
        if self.model.refresh_item(saved):
            if self.model.item_at(self.tree.currentIndex()) in (None, saved) or \
                    self.model.item_at(self.tree.currentIndex())["code"] == saved["code"]:
                self.form.show_item(saved)
        else:  # filtered out now: go to the item that followed it
            self.tree.expandAll()
            following = codes[codes.index(saved["code"]) + 1:] if saved["code"] in codes else []
            self.form.item = None
            self._select(next((c for c in following if self.model.index_of(c).isValid()), None))
        self._update_status()
        return True

    def save(self) -> bool:
        return self._save_changes({})

    def set_verdict(self, code: str | None) -> None:
        if self.form.item is not None:
            self._save_changes({"verdict": code})

    def save_and_next(self) -> None:
        if self.save():
            self.move(1)

    def move(self, step: int) -> None:
        codes = self.model.item_codes()
        if not codes:
            return
        current = self.form.item["code"] if self.form.item else None
        position = codes.index(current) + step if current in codes else 0
        position = min(max(position, 0), len(codes) - 1)
        self.tree.setCurrentIndex(self.model.index_of(codes[position]))
        self.tree.scrollTo(self.tree.currentIndex())

    def switch_pane(self) -> None:
        if self.tree.hasFocus():
            self.form.focus_first_field()
        else:
            self.tree.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            key = Qt.Key(event.key())
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if plain and key in VERDICT_KEYS:
                self.set_verdict(VERDICT_KEYS[key])
                return True
            if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.form.focus_first_field()
                return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.save()
        super().hideEvent(event)

    # --- dialogs and exports ---------------------------------------------------------
    def new_review(self) -> None:
        self.save()
        dialog = attempt(self, lambda: NewChecklistDialog(self.db, self))
        if dialog is None or not dialog.exec():
            return
        values = dialog.values()
        new_id = attempt(self, lambda: service.new_checklist(self.db, values.pop("template"), **values))
        if new_id is not None:
            self.checklist_id = new_id
            self.reload_reviews()
            self.tree.setFocus()

    def show_history(self) -> None:
        item = self.form.item
        if item is None:
            return
        self.save()
        rows = attempt(self, lambda: service.item_history(self.db, self.checklist_id, item["code"]))
        if rows is None:
            return
        flat = [{"at": r["at"][:16].replace("T", " "), "reviewer": r["reviewer"],
                 "changes": "\n".join(f"{service.FIELD_LABELS.get(k, k)}: {v['from'] or '—'} → {v['to'] or '—'}"
                                      for k, v in r["changes"].items())} for r in rows]
        self.history_dialog = show_report(
            self, f"Geschiedenis {item['code']}", f"<b>{item['code']}</b> {item['question']}",
            flat, [("at", "Tijd"), ("reviewer", "Toetser"), ("changes", "Wijziging")])

    def show_chain(self) -> None:
        if self.checklist_id is None:
            return
        self.save()
        rows = chain.report(self.model.all_items)
        broken = sum(1 for r in rows if r["severity"] == chain.BROKEN)
        summary = (f"{broken} gebroken schakel(s) en {len(rows) - broken} open stap(pen) in de keten "
                   "bevinding → advies → besluit → voorschrift → verificatie.")
        self.chain_dialog = show_report(self, "Ketenoverzicht", summary, rows, [
            ("code", "Item"), ("stage", "Schakel"), ("severity", "Status"), ("problem", "Probleem")])

    def export_pdf(self, public: bool) -> None:
        if self.checklist_id is None:
            return
        self.save()
        suffix = "-openbaar" if public else ""
        path, _ = QFileDialog.getSaveFileName(
            self, "Rapport opslaan", f"toetsing-{self.checklist_id}{suffix}.pdf", "PDF (*.pdf)")
        if not path:
            return
        from piket.checklist.exports import checklist_pdf

        checklist_id = self.checklist_id
        save_in_background(self, self.db, path, "Rapport opslaan",
                           f"PDF maken: {'openbaar ' if public else ''}rapport van toetsing {checklist_id}…",
                           lambda db: checklist_pdf(db, checklist_id, public=public))
