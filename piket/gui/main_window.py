"""The main window: a side bar with the four modules, each view built when first shown."""

from __future__ import annotations

import importlib
import sys

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from piket import __version__, timeutil
from piket.gui import settings
from piket.gui.elided_label import ElidedLabel
from piket.gui.errors import attempt, user_message
from piket.modules import MODULES, Module, by_name

STYLE = """
QListWidget#moduleBar {
    background: #1d3557; color: #f1faee; border: none; font-size: 14px; outline: 0;
    padding-top: 6px;
}
QListWidget#moduleBar::item { padding: 10px 12px; border-left: 4px solid transparent; }
QListWidget#moduleBar::item:selected { background: #274b78; border-left: 4px solid #e63946; color: white; }
QListWidget#moduleBar::item:hover:!selected { background: #22406a; }
QLabel#brand { background: #1d3557; color: white; font-size: 20px; font-weight: 600; padding: 14px 12px 6px 14px; }
QLabel#brandSub { background: #1d3557; color: #a8c0dd; font-size: 11px; padding: 0 12px 10px 14px; }
QLabel#pageTitle { font-size: 20px; font-weight: 600; color: #1d3557; }
QLabel#pageSubtitle { color: #555; }
QStatusBar QLabel { padding: 0 8px; }
QLabel#oncall { color: #1d3557; font-weight: 600; }
"""


def create_application() -> QApplication:
    app = QApplication(sys.argv[:1])
    _install_dutch_qt_texts(app)
    app.setApplicationName("piket")
    app.setOrganizationName("piket")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f4f6f9"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2a6f97"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#eef2f7"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE)
    app.setWindowIcon(QIcon(":/icons/piket.svg"))
    return app


def _install_dutch_qt_texts(app: QApplication) -> None:
    """Qt's own texts (Ja/Nee, Annuleren, file dialogs) in Dutch, from the shipped qtbase_nl."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_nl", folder):
        app.installTranslator(translator)


class Placeholder(QWidget):
    """What a module shows before it is built."""

    def __init__(self, module: Module, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        title = QLabel(module.label, objectName="pageTitle")
        subtitle = QLabel(module.description, objectName="pageSubtitle")
        note = QLabel("Deze module wordt nog gebouwd.")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addStretch(1)
        layout.addWidget(note)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, remember: bool = True, module: str | None = None):
        """``module``: the one to show first (else the last one used); only it is built."""
        super().__init__()
        self.db = db
        self.remember = remember
        self.views: dict[str, QWidget] = {}
        self.setWindowTitle(f"piket — {db.path.name}")
        self.setMinimumSize(QSize(960, 600))

        self.module_bar = QListWidget(objectName="moduleBar")
        self.module_bar.setIconSize(QSize(22, 22))
        self.module_bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for entry in MODULES:
            item = QListWidgetItem(QIcon(f":/icons/{entry.name}.svg"), entry.label)
            item.setToolTip(entry.description)
            item.setData(Qt.ItemDataRole.UserRole, entry.name)
            self.module_bar.addItem(item)
        self.stack = QStackedWidget()
        for _ in MODULES:
            self.stack.addWidget(QWidget())  # replaced by the view when first shown
        self.module_bar.currentRowChanged.connect(self._show_row)

        side = QWidget()
        side.setFixedWidth(210)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(QLabel("piket", objectName="brand"))
        side_layout.addWidget(QLabel("Crisisorganisatie gemeente", objectName="brandSub"))
        side_layout.addWidget(self.module_bar, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self._restore_settings(module)

        self.backup_timer = QTimer(self, interval=10 * 60 * 1000, timeout=self.auto_backup)
        if remember:
            self.backup_timer.start()

    # --- modules -------------------------------------------------------------
    def show_module(self, name: str) -> None:
        self.module_bar.setCurrentRow([m.name for m in MODULES].index(by_name(name).name))

    def current_module(self) -> str:
        return MODULES[max(self.module_bar.currentRow(), 0)].name

    def _show_row(self, row: int) -> None:
        module = MODULES[row]
        view = self.views.get(module.name) or self._create_view(module, row)
        self.stack.setCurrentWidget(view)
        if hasattr(view, "activate"):
            view.activate()

    def _create_view(self, module: Module, row: int) -> QWidget:
        try:
            view_module = importlib.import_module(f"piket.gui.{module.name}.view")
        except ModuleNotFoundError as exc:
            if not (exc.name or "").startswith(f"piket.gui.{module.name}"):
                raise
            view = Placeholder(module)
        else:
            view = view_module.View(self.db, self)
        self._replace_page(row, view)
        self.views[module.name] = view
        return view

    def _replace_page(self, row: int, widget: QWidget) -> None:
        old = self.stack.widget(row)
        self.stack.insertWidget(row, widget)
        self.stack.removeWidget(old)
        old.deleteLater()

    # --- menus and status bar -------------------------------------------------
    def _action(self, text: str, shortcut, slot, icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(QIcon(f":/icons/{icon}.svg"))
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&Bestand")
        file_menu.addAction(self._action("Back-up &maken", "Ctrl+Shift+S", self.make_backup, "backup"))
        file_menu.addAction(self._action("Back-up &terugzetten…", "Ctrl+Shift+R", self.restore_backup, "restore"))
        file_menu.addAction(self._action("Database &controleren", "Ctrl+Shift+K", self.check_database, "check"))
        file_menu.addSeparator()
        file_menu.addAction(self._action("Bereikbaarheids&lijst (PDF)…", "Ctrl+Shift+L", self.export_contact_list))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Afsluiten", "Ctrl+Q", self.close))

        view_menu = self.menuBar().addMenu("Be&eld")
        for index, module in enumerate(MODULES, start=1):
            action = self._action(
                module.label, f"Ctrl+{index}", lambda _=False, n=module.name: self.show_module(n), module.name
            )
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&Sneltoetsen", "F1", self.show_shortcuts))
        help_menu.addAction(self._action("&Over piket", "Ctrl+F1", self.show_about))

    def _build_status_bar(self) -> None:
        self.oncall_label = ElidedLabel(objectName="oncall")
        self.statusBar().addWidget(self.oncall_label, 1)
        self.db_label = QLabel(f"Database: {self.db.path}")
        self.statusBar().addPermanentWidget(self.db_label)
        # Filled in right after the window shows: the roster services cost ~100 ms to load.
        QTimer.singleShot(0, self.refresh_oncall)
        self.oncall_timer = QTimer(self, interval=60 * 1000, timeout=self.refresh_oncall)
        self.oncall_timer.start()

    def refresh_oncall(self) -> None:
        """Who is on call now, from the roster module once it exists."""
        from piket.modules import by_name as module_named

        oncall = module_named("roster").part("oncall")
        if oncall is None or not hasattr(oncall, "status_text"):
            self.oncall_label.setText("")
            return
        try:
            text = oncall.status_text(self.db, settings.get(settings.ONCALL_POOLS))
        except Exception as exc:  # noqa: BLE001 - a background refresh never opens a dialog
            text = f"Piket nu: niet te bepalen ({user_message(exc)})"
        self.oncall_label.setText(text)

    # --- settings -------------------------------------------------------------
    def _restore_settings(self, module: str | None) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY) if self.remember else None
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        last = module or (settings.get(settings.LAST_MODULE) if self.remember else settings.LAST_MODULE.default)
        # A remembered name of a module this piket does not have falls back to the default.
        self.show_module(last if last in {m.name for m in MODULES} else settings.LAST_MODULE.default)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.oncall_timer.stop()
        self.backup_timer.stop()
        if self.remember:
            settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
            settings.put(settings.LAST_MODULE, self.current_module())
            self.auto_backup()
        super().closeEvent(event)

    # --- database actions -----------------------------------------------------
    def auto_backup(self) -> None:
        """Runs on a timer and at close: reports in the status bar, never in a dialog."""
        from piket.storage.backup import auto_backup

        try:
            made = auto_backup(self.db)
        except Exception as exc:  # noqa: BLE001
            self.statusBar().showMessage(f"Automatische back-up mislukt: {user_message(exc)}", 15000)
            return
        if made:
            self.statusBar().showMessage(f"Automatische back-up: {made.name}", 5000)

    def make_backup(self) -> None:
        from piket.gui.background import run_in_background
        from piket.storage.backup import backup

        made = run_in_background(self, self.db, "Back-up", "Back-up maken…", backup)
        if made:
            QMessageBox.information(self, "Back-up gemaakt", f"De back-up staat in:\n{made}")

    def restore_backup(self) -> None:
        from piket.storage.backup import backup_folder, check_backup, restore
        from piket.storage.database import connect

        path, _ = QFileDialog.getOpenFileName(
            self, "Back-up terugzetten", str(backup_folder(self.db.path)), "piket-database (*.sqlite)"
        )
        if not path:
            return
        answer = QMessageBox.question(
            self, "Back-up terugzetten",
            "De huidige database wordt vervangen door deze back-up.\n"
            "De huidige blijft bewaard naast het bestand. Doorgaan?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Checking the backup takes seconds on a big database: in the background, while the
        # current database stays open; only the swap itself runs here.
        from piket.gui.background import run_in_background

        checked = run_in_background(self, self.db, "Back-up terugzetten", "Back-up controleren…",
                                    lambda _own: check_backup(path), cancellable=True)
        if checked is None:
            return
        db_path = self.db.path
        self.db.close()
        aside = attempt(self, lambda: restore(db_path, checked, checked=True))
        self.db = connect(db_path)
        if aside:
            QMessageBox.information(self, "Teruggezet", f"Teruggezet. De vorige database staat in:\n{aside}")
            self._reload_views()

    def _reload_views(self) -> None:
        for name in list(self.views):
            del self.views[name]
            self._replace_page([m.name for m in MODULES].index(name), QWidget())
        self._show_row(self.module_bar.currentRow())
        self.refresh_oncall()

    def check_database(self) -> None:
        from piket.gui.background import run_in_background
        from piket.storage.check import run_checks

        problems = run_in_background(self, self.db, "Database controleren",
                                     "Database controleren: integriteit, schema en alle logboekketens…",
                                     lambda own: run_checks(own.path), cancellable=True)
        if problems is None:
            return
        if problems:
            QMessageBox.critical(self, "Database controleren", "Problemen gevonden:\n\n" + "\n".join(problems[:20]))
        else:
            QMessageBox.information(
                self, "Database controleren",
                "De database is in orde: integriteit, schema en alle logboekketens kloppen.",
            )

    def export_contact_list(self) -> None:
        """Who is on call now and the coming weeks, with phone numbers: to print for outages."""
        from piket.gui.background import save_in_background
        from piket.roster.contact_list import contact_list_pdf

        name = f"bereikbaarheidslijst-{timeutil.today():%Y-%m-%d}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, "Bereikbaarheidslijst opslaan", name, "PDF (*.pdf)")
        if not path:
            return
        written = save_in_background(self, self.db, path, "Bereikbaarheidslijst", "Bereikbaarheidslijst maken…",
                                     contact_list_pdf)
        if written:
            self.statusBar().showMessage(f"Bereikbaarheidslijst opgeslagen: {written}", 10000)

    def show_shortcuts(self) -> None:
        """F1: the shortcuts of the module shown, then those that work everywhere."""
        from piket.gui.shortcuts import listed, show_overview

        module = by_name(self.current_module())
        view = self.views.get(module.name)
        # typed_keys: keys a view's widgets handle themselves (Enter on the log's entry line).
        own = [*getattr(view, "typed_keys", []), *listed(view)] if view is not None else []
        self.shortcuts_dialog = show_overview(self, [(module.label, own), ("Overal", listed(self, recursive=False))])

    def show_about(self) -> None:
        from PySide6.QtGui import QPixmap

        from piket.gui.forms.ui_about_dialog import Ui_AboutDialog

        dialog = QDialog(self)
        form = Ui_AboutDialog()
        form.setupUi(dialog)
        form.logo.setPixmap(QPixmap(":/icons/piket.svg"))
        form.title.setText(f"<h2>piket {__version__}</h2>")
        form.details.setText(f"Database: {self.db.path}")
        dialog.exec()

    def offer_demo_if_empty(self) -> None:
        """On the very first run, offer demo data so there is something to see."""
        from piket.demo import load_demo
        from piket.modules import parts

        if any(demo.has_data(self.db) for _, demo in parts("demo")):
            return
        answer = QMessageBox.question(
            self, "Welkom bij piket",
            "De database is nog leeg. Demogegevens laden om piket te verkennen?\n"
            "(Een Almere-achtig rooster, meldingen, evenementen en een Floriade-toetsing.)",
        )
        if answer == QMessageBox.StandardButton.Yes:
            from piket.gui.background import run_in_background

            run_in_background(self, self.db, "Demogegevens", "Demogegevens laden…", load_demo)
            self._reload_views()
