"""Slow service calls off the GUI thread, with a progress dialog when they take a while.

:func:`run_in_background` looks blocking to its caller - it returns the job's result, like
:func:`piket.gui.errors.attempt` - while a local event loop keeps the window repainting:

- the job runs in a :class:`QThread` with its own database connection (a sqlite3
  connection may not cross threads), closed when the job ends;
- for the first 200 ms user input waits, exactly as during a plain call, so a fast job
  flashes nothing; after that a window-modal progress dialog says what is happening and
  blocks input to the window, so no second change can start meanwhile;
- a failure in the job is shown as ``attempt`` shows it and None is returned;
- when the dialog closes, the keyboard focus goes back where it was, so the user's next
  shortcut (Ctrl+Z after a fill) reaches the window again;
- closing the window while the job runs is held back until the job is done, then the
  window closes: a write is never cut off half-way;
- only work that can really be abandoned (an export whose bytes are then discarded) gets
  a cancel button. A cancelled job still runs to its end in the background; its result is
  dropped and the application waits for it before quitting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from sqlite_utils import Database

from piket.gui.errors import attempt

T = TypeVar("T")
SHOW_AFTER_MS = 200
CLOSING_NOTE = "piket sluit zodra dit klaar is."

_abandoned: set[_Job] = set()  # cancelled jobs still running; waited for before quitting
_quit_hooked = False


class _Job(QThread):
    def __init__(self, path, job: Callable[[Database], object]):
        super().__init__()
        self.path, self.job = path, job
        self.result = self.error = None
        self.done = False  # set before ``finished`` is emitted, so a waiting loop never misses it

    def run(self) -> None:
        from piket.storage import connect

        try:
            db = connect(self.path, migrate=False)  # the GUI's connection migrated it already
            try:
                self.result = self.job(db)
            finally:
                db.close()
        except Exception as exc:  # noqa: BLE001 - shown in the GUI thread by attempt()
            self.error = exc
        finally:
            self.done = True

    def outcome(self):
        if self.error is not None:
            raise self.error
        return self.result


class _Progress(QProgressDialog):
    """A busy indicator with a title and a Dutch line; Escape and the close box only cancel
    when the work can really be abandoned."""

    def __init__(self, parent: QWidget, title: str, label: str, cancellable: bool):
        super().__init__(label, "Annuleren", 0, 0, parent)
        self.cancellable = cancellable
        if not cancellable:
            self.setCancelButton(None)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(440)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # sizes itself to its text only now: centre it after that
        self.move(self.parentWidget().window().geometry().center() - self.rect().center())

    def reject(self) -> None:
        if self.cancellable:
            self.canceled.emit()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.ignore()
        self.reject()


class _CloseGuard(QObject):
    """Holds back closing the windows around ``parent`` while a job runs; closes them after."""

    def __init__(self, parent: QWidget):
        super().__init__()
        self.windows, self.requested, self.dialog = [], [], None
        widget = parent
        while widget is not None:
            window = widget.window()
            self.windows.append(window)
            window.installEventFilter(self)
            widget = window.parentWidget()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Close:
            return False
        event.ignore()
        if watched not in self.requested:
            self.requested.append(watched)
        if self.dialog is not None and CLOSING_NOTE not in self.dialog.labelText():
            self.dialog.setLabelText(f"{self.dialog.labelText()}\n\n{CLOSING_NOTE}")
        return True

    def release(self) -> None:
        for window in self.windows:
            window.removeEventFilter(self)
        for window in self.requested:  # after the caller has finished with the result
            QTimer.singleShot(0, window.close)


def run_in_background(parent: QWidget, db: Database, title: str, label: str,
                      job: Callable[[Database], T], *, cancellable: bool = False,
                      error_title: str = "Niet gelukt") -> T | None:
    """Run ``job(own_db)`` in a worker thread; return its result, or None when it failed
    (the reason shown as a dialog) or was cancelled.

    ``job`` must use only the connection it is given and plain values captured before the
    call: no widgets, no models, not ``db`` itself. ``label`` says in Dutch what is happening
    ("Rooster vullen: 7 pools, 26 weken…"). ``cancellable`` only for work without effect.
    """
    _forget_finished()
    focused = QApplication.focusWidget()
    worker = _Job(db.path, job)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    guard = _CloseGuard(parent)
    worker.start()
    timer = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
    timer.timeout.connect(loop.quit)
    timer.start()
    if not worker.done:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    timer.stop()
    cancelled = False
    if not worker.done:
        dialog = guard.dialog = _Progress(parent, title, label, cancellable)
        dialog.canceled.connect(loop.quit)
        dialog.show()
        while not worker.done and not dialog.wasCanceled():
            loop.exec()
        cancelled = not worker.done
        dialog.hide()
        dialog.deleteLater()
        _give_focus_back(focused)
    guard.release()
    if cancelled:
        _abandon(worker)
        return None
    worker.wait()
    return attempt(parent, worker.outcome, error_title)


def _give_focus_back(widget: QWidget | None) -> None:
    """A window-modal dialog that closes leaves its window inactive on some platforms, and
    then no shortcut of that window fires until the user clicks in it."""
    if widget is None or not widget.isVisible():
        return
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    # Activation arrives as an event: let it in before the caller goes on.
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def save_in_background(parent: QWidget, db: Database, path, title: str, label: str,
                       produce: Callable[[Database], bytes]):
    """An export: ``produce(own_db)`` makes the bytes in the background (cancellable, as
    nothing is written before it ends), then they replace ``path`` atomically. Returns the
    path written, or None (cancelled, or the reason shown)."""
    from piket.exports.files import write_atomically

    data = run_in_background(parent, db, title, label, produce, cancellable=True)
    if data is None:
        return None
    return attempt(parent, lambda: write_atomically(path, data))


def _abandon(worker: _Job) -> None:
    global _quit_hooked
    if not _quit_hooked:
        QCoreApplication.instance().aboutToQuit.connect(wait_for_abandoned)
        _quit_hooked = True
    _abandoned.add(worker)


def _forget_finished() -> None:
    for worker in [w for w in _abandoned if w.done]:
        worker.wait()
        _abandoned.discard(worker)


def wait_for_abandoned() -> None:
    """Wait for cancelled jobs still running (at quit: a QThread must not outlive the app)."""
    for worker in list(_abandoned):
        worker.wait()
    _abandoned.clear()
