from datetime import date

import pytest

from piket.errors import NotFound, PiketError
from piket.roster.people import (
    absences_of,
    add_absence,
    add_person,
    add_qualification,
    list_people,
    qualifications_of,
)
from tests.roster.helpers import count_rows


def test_add_and_list_people(db):
    pid = add_person(db, "  Jan   Jansen ", phone="06-12345678", email="jan@almere.nl",
                     municipality="0034", functions=["OVDBZ", "ACBZ", "OVDBZ"])
    [person] = list_people(db)
    assert person == {"id": pid, "name": "Jan Jansen", "phone": "06-12345678", "email": "jan@almere.nl",
                      "municipality": "Almere", "functions": ["ACBZ", "OVDBZ"]}


@pytest.mark.parametrize("kwargs, message", [
    ({"name": "  "}, "naam"),
    ({"name": "A", "functions": ["NOPE"]}, "functiecode"),
    ({"name": "A", "phone": "bel maar"}, "telefoon"),
    ({"name": "A", "email": "geen-mail"}, "e-mail"),
])
def test_bad_people_are_refused_and_nothing_is_written(db, kwargs, message):
    before = count_rows(db)
    with pytest.raises(PiketError, match=message):
        add_person(db, **kwargs)
    assert count_rows(db) == before


def test_qualification_expiry_and_warning(db, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2025-01-10T12:00:00")
    pid = add_person(db, "Anna", functions=["OVDBZ"])
    add_qualification(db, pid, "OVDBZ", "2025-02-01")
    add_qualification(db, "Anna", "ACBZ", date(2024, 12, 1))
    quals = {q["function"]: q for q in qualifications_of(db, pid)}
    assert quals["OVDBZ"]["status"] == "verloopt binnenkort"
    assert quals["ACBZ"]["status"] == "verlopen"
    with pytest.raises(NotFound):
        add_qualification(db, "Niemand", "OVDBZ")
    with pytest.raises(PiketError, match="functiecode"):
        add_qualification(db, pid, "XX")


def test_absences_whole_days_and_bad_periods(db):
    pid = add_person(db, "Anna")
    add_absence(db, pid, "2025-03-03", "2025-03-09", "verlof")
    [absence] = absences_of(db, pid)
    assert absence["start"].isoformat() == "2025-03-02T23:00:00+00:00"
    assert absence["end"].isoformat() == "2025-03-09T23:00:00+00:00"  # includes Sunday 9 March
    before = count_rows(db)
    with pytest.raises(PiketError, match="einde"):
        add_absence(db, pid, "2025-03-10T10:00", "2025-03-10T10:00")
    with pytest.raises(PiketError, match="einde"):
        add_absence(db, pid, "2025-03-10", "2025-03-01")
    with pytest.raises(PiketError, match="ongeldige"):
        add_absence(db, pid, "gisteren", "2025-03-01")
    assert count_rows(db) == before
