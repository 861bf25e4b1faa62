"""The roster screen: the week grid (weeks down, pools across), the people and the pools tabs.

Keyboard first: arrows move through the grid, Enter assigns, Delete opens a shift,
Ctrl+R swaps, Ctrl+L fills, Ctrl+Z/Ctrl+Y undo and redo, Ctrl+T jumps to this week,
Alt+Left/Alt+Right move a period. Gaps are red with the reason in the tooltip and in the
line under the grid. Every edit goes through the roster services and is undoable.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from piket import timeutil
from piket.gui import settings
from piket.gui.background import run_in_background, save_in_background
from piket.gui.errors import attempt
from piket.gui.roster.dialogs import AssignDialog, SwapDialog, from_qdate, to_qdate
from piket.gui.roster.models import RosterModel
from piket.gui.roster.person_panel import PersonPanel
from piket.gui.roster.pool_panel import PoolPanel
from piket.gui.shortcuts import bind
from piket.roster import shifts
from piket.roster.fill import fill_roster
from piket.roster.pools import all_pools, get_pool

PERIODS = [("13 weken", 13), ("26 weken", 26), ("52 weken", 52)]
MIN_COLUMN = 120  # px


class RosterEdit(QUndoCommand):
    """A roster change already made through a service; undo and redo put the changed
    shifts back through :func:`piket.roster.shifts.restore_holders` (also in the history)."""

    def __init__(self, view: View, text: str, before: dict, after: dict):
        super().__init__(text)
        self.view, self.before, self.after = view, before, after
        self.done = True

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self.view.apply_state(self.after, f"opnieuw: {self.text()}")

    def undo(self) -> None:
        self.view.apply_state(self.before, f"ongedaan: {self.text()}")


class View(QWidget):
    def __init__(self, db, main_window=None):
        super().__init__()
        self.db = db
        self.main_window = main_window
        self.undo_stack = QUndoStack(self)
        self.model = RosterModel(db, self)
        self.model.on_drop = self.drop_swap

        title = QLabel("Piketrooster", objectName="pageTitle")
        self.start_edit = QDateEdit(calendarPopup=True, displayFormat="dd-MM-yyyy")
        self.start_edit.setDate(to_qdate(self.model.first - timedelta(weeks=2)))
        self.period = QComboBox()
        for label, weeks in PERIODS:
            self.period.addItem(label, weeks)
        self.period.setCurrentIndex(1)
        self.start_edit.dateChanged.connect(lambda _: self.reload())
        self.period.currentIndexChanged.connect(lambda _: self.reload())
        self.fill_button = QPushButton("&Vullen (Ctrl+L)")
        self.fill_button.clicked.connect(self.fill)
        self.swap_button = QPushButton("&Ruilen… (Ctrl+R)")
        self.swap_button.clicked.connect(self.swap)
        self.pdf_button = QPushButton("P&DF… (Ctrl+P)")
        self.pdf_button.clicked.connect(self.export_pdf)
        self.view_button = QPushButton("&Weergave")  # a push button leaves room for its menu arrow
        self.view_button.setToolTip("Welke pools het rooster en de statusbalk ('Nu piket') tonen")
        menu = QMenu(self)
        self.grid_menu = menu.addMenu("Pools in het &rooster")
        self.status_menu = menu.addMenu("Pools in de &statusbalk ('Nu piket')")
        for submenu, setting in ((self.grid_menu, settings.ROSTER_POOLS), (self.status_menu, settings.ONCALL_POOLS)):
            submenu.aboutToShow.connect(lambda submenu=submenu, setting=setting: self._fill_pool_menu(submenu, setting))
        self.view_button.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        for label, widget in (("Va&naf", self.start_edit), ("Peri&ode", self.period)):
            text = QLabel(label)
            text.setBuddy(widget)
            bar.addWidget(text)
            bar.addWidget(widget)
        for widget in (self.fill_button, self.swap_button, self.pdf_button, self.view_button):
            bar.addWidget(widget)

        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.grid.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.grid.setDragDropOverwriteMode(True)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setDefaultSectionSize(24)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.doubleClicked.connect(lambda _: self.assign())
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._show_cell())
        self.cell_line = QLabel()
        self.cell_line.setWordWrap(True)
        self.result_line = QLabel(objectName="pageSubtitle")
        self.result_line.setWordWrap(True)

        roster_tab = QWidget()
        roster_layout = QVBoxLayout(roster_tab)
        roster_layout.setContentsMargins(0, 6, 0, 0)
        roster_layout.addWidget(self.grid, 1)
        roster_layout.addWidget(self.cell_line)
        roster_layout.addWidget(self.result_line)
        # The people and pools tabs are built when first opened: with a region's 250 people
        # building them cost a third of opening the roster.
        self.panels: dict[int, PersonPanel | PoolPanel] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(roster_tab, "Roos&ter")
        for label in ("&Personen", "Poo&ls"):
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, label)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self._shortcuts()
        self.reload()

    # --- set-up ----------------------------------------------------------------------------
    def _shortcuts(self) -> None:
        grid_keys = [(Qt.Key.Key_Return, "Dienst toewijzen (in het rooster)", self.assign),
                     (Qt.Key.Key_Enter, "Dienst toewijzen (in het rooster)", self.assign),
                     (Qt.Key.Key_F2, "Dienst toewijzen (in het rooster)", self.assign),
                     (QKeySequence.StandardKey.Delete, "Toewijzing weghalen (in het rooster)", self.unassign)]
        for keys, description, slot in grid_keys:
            bind(keys, self.grid, slot, description, Qt.ShortcutContext.WidgetShortcut)
        undo = self.undo_stack.createUndoAction(self, "Ongedaan maken")
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.undo_stack.createRedoAction(self, "Opnieuw")
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        for keys, description, slot in (
                ("Ctrl+L", "Open diensten eerlijk vullen", self.fill), ("Ctrl+R", "Twee weken ruilen", self.swap),
                ("Ctrl+P", "Rooster als PDF", self.export_pdf), ("Ctrl+T", "Naar vandaag", self.go_to_today),
                ("Alt+Left", "Vorige periode", lambda: self.shift_period(-1)),
                ("Alt+Right", "Volgende periode", lambda: self.shift_period(1))):
            bind(keys, self, slot, description)

    def activate(self) -> None:
        self.grid.setFocus()

    @property
    def people(self) -> PersonPanel:
        return self._panel(1)

    @property
    def pools(self) -> PoolPanel:
        return self._panel(2)

    def _panel(self, index: int) -> PersonPanel | PoolPanel:
        if index not in self.panels:
            panel = (PersonPanel, PoolPanel)[index - 1](self.db, on_change=self.reload)
            self.tabs.widget(index).layout().addWidget(panel)
            panel.show()  # at once: a layout shows a widget added to a visible page only later
            self.panels[index] = panel
        return self.panels[index]

    def _tab_shown(self, index: int) -> None:
        if index == 0:
            self.reload()
        elif index in self.panels:
            self.panels[index].reload()
        else:
            self._panel(index).setFocus()  # built now, with fresh data

    # --- showing ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Reload the grid, keeping the chosen week and pool in view when they still are."""
        current = self.grid.currentIndex()
        week = self.model.week_start(current.row()) if current.isValid() else None
        self.model.load(from_qdate(self.start_edit.date()), self.period.currentData(),
                        only=settings.get(settings.ROSTER_POOLS))
        self._fit_columns()
        row = (week - self.model.first).days // 7 if week else -1
        if not 0 <= row < self.model.weeks:
            row = self.model.current_row() or 0
        self.grid.setCurrentIndex(self.model.index(row, max(current.column(), 0)))
        gaps = sum(1 for cell in self.model.cells.values() if cell["problem"])
        self.result_line.setText(f"{gaps} probleem/problemen in deze periode (rood)." if gaps else
                                 "Geen open diensten of conflicten in deze periode." if self.model.pools else
                                 "Nog geen pools met weekdiensten: maak er een in het tabblad Pools (Alt+L).")
        self._show_cell()
        if self.main_window is not None and hasattr(self.main_window, "refresh_oncall"):
            self.main_window.refresh_oncall()

    def _fit_columns(self) -> None:
        """Columns share the width, but never so narrow that a word of a pool name is cut."""
        header = self.grid.horizontalHeader()
        metrics = header.fontMetrics()
        words = {word for pool in self.model.pools for word in pool.name.split()}
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        header.setMinimumSectionSize(max(MIN_COLUMN, widest + 2 * header.style().pixelMetric(
            QStyle.PixelMetric.PM_HeaderMargin) + 8))

    def _show_cell(self) -> None:
        cell = self.model.cell(self.grid.currentIndex())
        if cell is None:
            self.cell_line.setText("")
            return
        who = f"{cell['person']} {cell['phone']}".strip() if cell["person"] else "open"
        text = f"{cell['pool']}: {timeutil.display(cell['start'])} – {timeutil.display(cell['end'])} · {who}"
        if cell["problem"]:
            text += f"  <span style='color:#c1121f'>⚠ {cell['problem']}</span>"
        self.cell_line.setText(text)

    def go_to_today(self) -> None:
        self.start_edit.setDate(to_qdate(timeutil.today() - timedelta(weeks=2)))
        self.grid.setCurrentIndex(self.model.index(self.model.current_row() or 0, max(self.grid.currentIndex().column(), 0)))
        self.grid.setFocus()

    def shift_period(self, direction: int) -> None:
        self.start_edit.setDate(self.start_edit.date().addDays(7 * self.model.weeks * direction))

    # --- editing ------------------------------------------------------------------------------
    def perform(self, text: str, action) -> bool:
        """Run a service call; when it succeeds, push an undo step for the shifts it changed."""
        pools = self.model.pools
        before = shifts.holders(self.db, pools, self.model.first, self.model.weeks)
        if attempt(self, action) is None:
            return False
        after = shifts.holders(self.db, pools, self.model.first, self.model.weeks)
        changed = {key for key in after if after[key] != before.get(key)}
        if changed:
            self.undo_stack.push(RosterEdit(self, text, {k: before[k] for k in changed},
                                            {k: after[k] for k in changed}))
        self.reload()
        return True

    def apply_state(self, state: dict, reason: str) -> None:
        attempt(self, lambda: shifts.restore_holders(self.db, state, reason=reason))
        self.reload()

    def assign(self) -> None:
        cell = self.model.cell(self.grid.currentIndex())
        if cell is None:
            return
        pool = get_pool(self.db, cell["pool_id"])
        dialog = AssignDialog(self.db, cell, pool.function, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        person = dialog.person_id()
        force, reason = dialog.form.force.isChecked(), dialog.form.reason.text()
        day = cell["start"].astimezone(timeutil.TZ).date()
        seen = cell["person_id"]
        self.perform("toewijzen", lambda: shifts.assign(self.db, pool.id, day, person, force=force, reason=reason,
                                                         expected=seen))

    def unassign(self) -> None:
        cell = self.model.cell(self.grid.currentIndex())
        if cell is None or cell["person_id"] is None:
            return
        day = cell["start"].astimezone(timeutil.TZ).date()
        self.perform("open maken", lambda: shifts.unassign(self.db, cell["pool_id"], day,
                                                           expected=cell["person_id"]))

    def swap(self) -> None:
        index = self.grid.currentIndex()
        cell = self.model.cell(index)
        if cell is None:
            return
        column = [self.model.cells[(row, index.column())] for row in range(self.model.weeks)
                  if (row, index.column()) in self.model.cells]
        dialog = SwapDialog(cell, column, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.target() is None:
            return
        self.swap_weeks(cell["pool_id"], cell["start"], dialog.target(), force=dialog.form.force.isChecked(),
                        reason=dialog.form.reason.text())

    def drop_swap(self, pool_id: int, source: str, target) -> None:
        self.swap_weeks(pool_id, datetime.fromisoformat(source), target, reason="verslepen in het rooster")

    def swap_weeks(self, pool_id: int, first, second, *, force: bool = False, reason: str = "") -> bool:
        a, b = (moment.astimezone(timeutil.TZ).date() for moment in (first, second))
        seen = (self.shown_holder(pool_id, first), self.shown_holder(pool_id, second))
        return self.perform("ruilen", lambda: shifts.swap(self.db, pool_id, a, b, force=force, reason=reason,
                                                          expected=seen))

    def shown_holder(self, pool_id: int, start):
        """The person id the grid shows on that shift: what a change expects to still be there,
        so a stale grid (another instance changed the roster) is refused, not overwritten."""
        for cell in self.model.cells.values():
            if cell["pool_id"] == pool_id and cell["start"] == start:
                return cell["person_id"]
        return shifts.UNCHECKED

    def fill(self) -> None:
        """Fill every hard pool over the shown period (manual and past shifts stay).

        The solver runs in the background (it can take seconds on a big roster); the write
        it ends with cannot be cancelled, so the progress dialog has no cancel button."""
        first, weeks, pools = self.model.first, self.model.weeks, len(self.model.pools)
        outcome = {}

        def run():
            outcome["result"] = run_in_background(
                self, self.db, "Rooster vullen", f"Rooster vullen: {pools} pools, {weeks} weken…",
                lambda db: fill_roster(db, all_pools=True, first=first, weeks=weeks, reason="vullen in de app"),
                error_title="Niet gevuld")
            return outcome["result"]

        if not self.perform("vullen", run):
            return
        result = outcome["result"]
        spreads = [p["spread"] for p in result.pools if p["spread"] is not None]
        text = (f"Gevuld: {result.filled} dienst(en), gewijzigd: {result.changed}; "
                f"eerlijkheid: spreiding ≤ {max(spreads, default=0):g} week "
                f"({'bewezen optimaal' if result.proven_optimal else 'niet bewezen optimaal'}).")
        if result.gaps:
            first = result.gaps[0]
            text += f" {len(result.gaps)} open, o.a. {first['pool']} {timeutil.display(first['start'])}: {first['reason']}"
        self.result_line.setText(text)

    def export_pdf(self) -> None:
        from piket.roster.pdf import roster_pdf

        path, _ = QFileDialog.getSaveFileName(self, "Rooster als PDF", "piketrooster.pdf", "PDF (*.pdf)")
        if not path:
            return
        pools, first, weeks = self.model.pools, self.model.first, self.model.weeks
        save_in_background(self, self.db, path, "Rooster als PDF", f"PDF maken: {len(pools)} pools, {weeks} weken…",
                           lambda db: roster_pdf(db, pools, first, weeks))

    def _fill_pool_menu(self, menu: QMenu, setting: settings.Setting) -> None:
        """A checkable pool list; nothing checked means every pool ("Alle pools")."""
        chosen = set(settings.get(setting))
        menu.clear()
        every = menu.addAction("Alle pools", lambda: self._choose_pools(setting, []))
        every.setCheckable(True)
        every.setChecked(not chosen)
        menu.addSeparator()
        for pool in all_pools(self.db, hard_only=True):
            action = QAction(pool.name, menu, checkable=True, checked=pool.name in chosen)
            action.toggled.connect(lambda on, name=pool.name: self._toggle_pool(setting, name, on))
            menu.addAction(action)

    def _toggle_pool(self, setting: settings.Setting, name: str, on: bool) -> None:
        self._choose_pools(setting, [p for p in settings.get(setting) if p != name] + ([name] if on else []))

    def _choose_pools(self, setting: settings.Setting, chosen: list[str]) -> None:
        settings.put(setting, chosen)
        if setting is settings.ROSTER_POOLS:
            self.reload()
        elif self.main_window is not None:
            self.main_window.refresh_oncall()
