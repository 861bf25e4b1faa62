"""Pools: the list (function, level, hard/zacht, handover, members) and the members of
the chosen pool, edited here.

Keyboard: Ctrl+N new pool, F2/Ctrl+E or Enter on the list edits, Ctrl+M adds a member,
Del in the member list (or Ctrl+Shift+M) removes the chosen member."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from piket.gui.errors import attempt
from piket.gui.roster.models import MemberModel, PoolModel
from piket.gui.roster.person_panel import shortcut_button, table
from piket.gui.roster.pool_dialogs import MemberDialog, PoolDialog
from piket.gui.shortcuts import bind
from piket.roster.pools import handover_text, set_member

HINT = ("Ctrl+N nieuwe pool · F2/Enter bewerken · Ctrl+M lid toevoegen · Del (in de ledenlijst) of "
        "Ctrl+Shift+M lid verwijderen")


class PoolPanel(QWidget):
    def __init__(self, db, on_change=None, parent=None):
        super().__init__(parent)
        self.db = db
        self.on_change = on_change or (lambda: None)
        self.pool_id: int | None = None
        self.pools = PoolModel(self)
        self.pools_view = table(self.pools)
        self.pools_view.selectionModel().currentRowChanged.connect(self._choose)
        self.pools_view.doubleClicked.connect(lambda _: self.edit_pool())
        self.members = MemberModel(self)
        self.members_view = table(self.members)
        self.new_button = shortcut_button("&Nieuwe pool…", "Ctrl+N", self.new_pool)
        self.edit_button = shortcut_button("&Bewerken…", "F2 of Enter", self.edit_pool,
                                   "Naam, functie, niveau, hard/zacht en overdracht")
        self.add_button = shortcut_button("Lid &toevoegen…", "Ctrl+M", self.add_member,
                                  "Iemand met de functie van de pool")
        self.remove_button = shortcut_button("Lid &verwijderen", "Del in de ledenlijst of Ctrl+Shift+M", self.remove_member,
                                     "Het gekozen lid uit de pool; toegewezen diensten blijven staan")
        self.title = QLabel(objectName="pageSubtitle", wordWrap=True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result = QLabel(wordWrap=True)
        self.hint = QLabel(HINT, objectName="pageSubtitle", wordWrap=True)
        for keys, description, slot in (
                ("Ctrl+N", "Nieuwe pool", self.new_pool), ("F2", "Pool bewerken", self.edit_pool),
                ("Ctrl+E", "Pool bewerken", self.edit_pool), ("Ctrl+M", "Lid toevoegen", self.add_member),
                ("Ctrl+Shift+M", "Lid verwijderen", self.remove_member)):
            bind(keys, self, slot, description)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            bind(key, self.pools_view, self.edit_pool, "Pool bewerken", Qt.ShortcutContext.WidgetShortcut)
        bind(QKeySequence.StandardKey.Delete, self.members_view, self.remove_member,
             "Lid verwijderen (in de ledenlijst)", Qt.ShortcutContext.WidgetShortcut)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pools_view, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.members_view, 1)
        member_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            member_buttons.addWidget(button)
        member_buttons.addStretch(1)
        right_layout.addLayout(member_buttons)
        right_layout.addWidget(self.result)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 420])  # the pool list needs its six columns unclipped at 1366 px
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        order = [self.pools_view, self.new_button, self.edit_button, self.members_view, self.add_button,
                 self.remove_button]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.reload()

    def reload(self) -> None:
        """Reload the list, keeping the chosen pool chosen when it still exists."""
        current = self.pool_id
        self.pools.load(self.db)
        row = next((i for i, p in enumerate(self.pools.rows) if p["id"] == current), 0)
        if self.pools.rows:
            self.pools_view.selectRow(row)
        self.show_pool(self.pools.rows[row] if self.pools.rows else None)

    def _choose(self, current, _previous) -> None:
        self.result.setText("")
        self.show_pool(self.pools.row_at(current))

    def show_pool(self, row: dict | None) -> None:
        self.pool_id = row["id"] if row else None
        for button in (self.edit_button, self.add_button, self.remove_button):
            button.setEnabled(row is not None)
        self.members.load(self.db, self.pool_id)
        if row is None:
            self.title.setText("Nog geen pools. Maak er een met Nieuwe pool (Ctrl+N): een pool is de groep "
                               "mensen die om de beurt piket hebben voor één functie.")
            return
        who = f"{row['members']} lid" if row["members"] == 1 else f"{row['members']} leden"
        self.title.setText(f"<b>{escape(row['name'])}</b>: {escape(row['function_label'])}, {escape(row['level_label'])}, "
                           f"{row['kind']} piket, overdracht {handover_text(row['handover'])} · {who}")

    def new_pool(self) -> None:
        dialog = PoolDialog(self.db, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.pool_id = dialog.saved_id
            self._changed("Pool gemaakt. Voeg leden toe met Ctrl+M.")

    def edit_pool(self) -> None:
        if self.pool_id is None:
            return
        if PoolDialog(self.db, self.pool_id, self).exec() == QDialog.DialogCode.Accepted:
            self._changed("Pool opgeslagen.")

    def add_member(self) -> None:
        if self.pool_id is None:
            return
        dialog = MemberDialog(self.db, self.pool_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed("")
            row = next((i for i, m in enumerate(self.members.rows) if m["id"] == dialog.added_id), None)
            if row is not None:
                self.members_view.selectRow(row)
            self.members_view.setFocus()

    def remove_member(self) -> None:
        member = self.members.row_at(self.members_view.currentIndex())
        if self.pool_id is None or member is None:
            return
        if attempt(self, lambda: set_member(self.db, self.pool_id, member["id"], remove=True) or True):
            self._changed(f"{member['name']} is uit de pool gehaald; diensten die al zijn toegewezen blijven staan.")
            self.members_view.setFocus()

    def _changed(self, message: str) -> None:
        self.reload()
        self.result.setText(message)
        self.on_change()
