from datetime import date

from piket.gui.roster.models import (
    AbsenceModel,
    PeopleModel,
    QualificationModel,
    RosterModel,
    UpcomingModel,
    header_lines,
)
from piket.roster.people import add_absence
from piket.roster.shifts import assign, person_overview
from tests.roster.helpers import make_pool


def test_models_pass_the_model_tester(db, qtmodeltester, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2030-01-08T10:00:00")
    pool, people = make_pool(db, size=3)
    assign(db, pool, "2030-01-07", people[0])
    add_absence(db, people[1], "2030-01-20", "2030-01-22", "verlof")
    roster = RosterModel(db)
    roster.load(date(2030, 1, 1), 13)
    qtmodeltester.check(roster)
    assert roster.rowCount() == 13 and roster.columnCount() == 1
    assert roster.current_row() == 1
    people_model = PeopleModel(db)
    people_model.load("lid 2")
    qtmodeltester.check(people_model)
    assert [r["id"] for r in people_model.rows] == [people[1]]
    quals = QualificationModel()
    quals.load(db, people[0])
    qtmodeltester.check(quals)
    absences = AbsenceModel()
    absences.load(db, people[1])
    qtmodeltester.check(absences)
    upcoming = UpcomingModel()
    upcoming.set_rows(person_overview(db, people[0])["next"])
    qtmodeltester.check(upcoming)
    assert upcoming.rowCount() == 1


def test_gaps_show_red_with_the_reason(db, monkeypatch):
    from PySide6.QtCore import Qt

    from piket.gui.roster.models import GAP

    monkeypatch.setenv("PIKET_NOW", "2030-01-08T10:00:00")
    pool, people = make_pool(db, size=2)
    assign(db, pool, "2030-01-07", people[0])
    add_absence(db, people[0], "2030-01-09", "2030-01-09", "cursus")
    model = RosterModel(db)
    model.load(date(2030, 1, 7), 2)
    held, open_ = model.index(0, 0), model.index(1, 0)
    assert model.data(held, Qt.ItemDataRole.BackgroundRole).color() == GAP
    assert "afwezig" in model.data(held, Qt.ItemDataRole.ToolTipRole)
    assert model.data(open_, Qt.ItemDataRole.DisplayRole) == "— open —"
    assert "niemand ingedeeld" in model.data(open_, Qt.ItemDataRole.ToolTipRole)


def test_header_lines_break_long_pool_names_into_at_most_three():
    assert header_lines("OvD-Bz") == "OvD-Bz"
    assert header_lines("Communicatieadviseur CoPI") == "Communicatieadviseur\nCoPI"
    assert header_lines("Adviseur Bevolkingszorg GBT Almere") == "Adviseur\nBevolkingszorg\nGBT Almere"
    assert header_lines("Piketcoördinator Openbare Ruimte Almere") == "Piketcoördinator\nOpenbare Ruimte\nAlmere"
