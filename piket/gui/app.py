"""Starting the desktop app, or rendering it to a PNG (``piket gui --screenshot``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from piket.errors import PiketError


def _parse_size(size: str | None) -> tuple[int, int]:
    if not size:
        return 1366, 768
    try:
        width, height = (int(part) for part in size.lower().split("x"))
    except ValueError:
        raise PiketError(f"ongeldige --size {size!r}; gebruik bv. 1366x768") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise PiketError(f"--size {size} valt buiten 320x240 .. 8000x8000")
    return width, height


def run(db_path: Path, *, screenshot: str | None = None, module: str | None = None,
        size: str | None = None) -> int:
    width, height = _parse_size(size)
    if screenshot:
        target = Path(screenshot).expanduser()
        if not target.parent.is_dir():
            raise PiketError(f"map bestaat niet: {target.parent}")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from piket.gui import resources_rc  # noqa: F401  (registers the icons)
    from piket.gui.errors import install_excepthook
    from piket.gui.main_window import MainWindow, create_application
    from piket.storage import connect

    app = QApplication.instance() or create_application()
    try:
        db = connect(db_path)
    except PiketError as exc:
        if screenshot:
            raise
        QMessageBox.critical(None, "Database niet te openen", str(exc))
        return 1
    window = MainWindow(db, remember=not screenshot, module=module)
    if screenshot:
        window.resize(width, height)
        window.show()
        for _ in range(5):
            app.processEvents()
        saved = window.grab().save(str(target))
        _dispose(window)
        db.close()
        if not saved:
            raise PiketError(f"kan {target} niet schrijven")
        print(target)
        return 0
    install_excepthook()
    window.show()
    window.offer_demo_if_empty()
    code = app.exec()
    db.close()
    return code


def _dispose(window) -> None:
    """Close and delete the window now, so no view timer fires on a closed database."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt

    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def main() -> int:
    """Entry point of the ``piket-gui`` launcher (and the PyInstaller app)."""
    from piket.cli import main as cli_main

    return cli_main(sys.argv[1:] or ["gui"])


if __name__ == "__main__":  # the PyInstaller app starts here
    sys.exit(main())
