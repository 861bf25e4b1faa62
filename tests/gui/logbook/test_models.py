"""The logbook's table models pass Qt's model tester; the log model is lazy."""

import random

from piket.gui.logbook.models import (
    CORRECTION,
    ActionModel,
    IncidentListModel,
    LogModel,
    SearchModel,
)
from piket.logbook import demo, search, service
from piket.timeutil import parse_time


def small_incident(db) -> int:
    target = service.open_incident(db, title="Brand", grip="GRIP1", author="x")
    service.append_entry(db, target, text="Eerste beeld", kind="beeld", author="x")
    service.correct_entry(db, target, 3, text="Beter beeld", reason="nieuw", author="x")
    service.append_entry(db, target, text="Opvang", kind="actie", owner="TBz", author="x")
    return target


def test_models_pass_the_model_tester(qtmodeltester, db):
    target = small_incident(db)
    incidents = IncidentListModel(db)
    qtmodeltester.check(incidents)
    log = LogModel(db)
    log.load(target)
    qtmodeltester.check(log)
    actions = ActionModel(db)
    actions.load(target)
    qtmodeltester.check(actions)
    hits = SearchModel()
    hits.set_hits(search.search(db, "beeld"))
    qtmodeltester.check(hits)


def test_incident_list_shows_the_level_now_while_open_and_the_highest_once_closed(db):
    target = service.open_incident(db, title="Gaslek", grip="GRIP2", author="x")
    service.change_grip(db, target, "GRIP1", reason="afgeschaald", author="x")
    incidents = IncidentListModel(db)
    badge = incidents.index(incidents.row_of(target), 0)
    assert incidents.data(badge) == "GRIP 1"
    service.close_incident(db, target, author="x")
    incidents.reload()
    assert incidents.data(incidents.index(incidents.row_of(target), 0)) == "GRIP 2"


def test_log_model_shows_corrections_beside_the_struck_original(db):
    from PySide6.QtCore import Qt

    target = small_incident(db)
    log = LogModel(db)
    log.load(target)
    assert log.data(log.index(2, 5), Qt.ItemDataRole.FontRole).strikeOut()
    assert log.data(log.index(2, 5), CORRECTION) == "→ regel 4: Beter beeld"
    assert log.data(log.index(3, 5), CORRECTION) is None
    assert log.data(log.index(3, 5)) == "[correctie op regel 3] Beter beeld"


def test_log_model_fetches_only_the_pages_it_shows(db):
    writer = demo._Writer(db, random.Random(1))
    opened = parse_time("2020-03-01T09:00")
    steps = demo._story(random.Random(1), "Lang", "Almere", "brand", [(20, "GRIP1")], "OvD", filler=10_000)
    from piket.storage import write

    with write(db):
        target = writer.incident(opened, "Lang", "Almere", "brand", steps)
    log = LogModel(db)
    log.load(target)
    assert log.rowCount() == len(steps) > 10_000
    last = log.rowCount() - 1
    assert log.data(log.index(last, 0)) == last + 1
    assert list(log.pages) == [last // LogModel.PAGE]


def test_refresh_shows_entries_written_elsewhere(db, qtbot):
    target = small_incident(db)
    log = LogModel(db)
    log.load(target)
    before = log.rowCount()
    service.append_entry(db, target, text="Van de CLI", author="x")
    with qtbot.waitSignal(log.rowsInserted, timeout=1000):
        log.refresh()
    assert log.rowCount() == before + 1
