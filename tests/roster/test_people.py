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


def _pools(db):
    from piket.roster.pools import add_pool

    return add_pool(db, "OvD-Bz Almere", "OVDBZ"), add_pool(db, "AC-Bz BFGV", "ACBZ")


def test_save_person_creates_with_functions_and_pools_then_edits_them(db):
    from piket.roster.people import save_person
    from piket.roster.pools import members, pools_of

    ovd, acbz = _pools(db)
    pid = save_person(db, name="Jan Jansen", phone="06-12345678", municipality="Almere",
                      functions=["OVDBZ", "ACBZ"], pools=[ovd, "AC-Bz BFGV"])
    assert pools_of(db, pid) == [acbz, ovd]  # by pool name
    add_qualification(db, pid, "OVDBZ", "2030-06-30")
    same = save_person(db, pid, name="Jan Jansen", phone="06-87654321", municipality="Almere",
                       functions=["OVDBZ"], pools=[ovd])
    assert same == pid
    person = list_people(db)[0]
    assert person["phone"] == "06-87654321" and person["functions"] == ["OVDBZ"]
    assert qualifications_of(db, pid)[0]["valid_until"] == date(2030, 6, 30)  # kept
    assert pools_of(db, pid) == [ovd] and members(db, acbz) == []
    save_person(db, pid, name="Jan Jansen", functions=["OVDBZ"], pools=[])
    assert pools_of(db, pid) == []


@pytest.mark.parametrize("kwargs, message", [
    ({"name": ""}, "naam"),
    ({"name": "Piet", "phone": "bel maar"}, "telefoon"),
    ({"name": "Piet", "email": "piet@"}, "e-mail"),
    ({"name": "jan jansen"}, "er is al een persoon"),
    ({"name": "Piet", "functions": ["NOPE"]}, "functiecode"),
    ({"name": "Piet", "functions": ["ACBZ"], "pools": ["OvD-Bz Almere"]}, "vraagt functie OVDBZ"),
    ({"name": "Piet", "functions": ["OVDBZ"], "pools": ["Geen pool"]}, "Geen pool"),
])
def test_save_person_refusals_write_nothing(db, kwargs, message):
    from piket.roster.people import save_person

    ovd, _ = _pools(db)
    pid = save_person(db, name="Jan Jansen", functions=["OVDBZ"], pools=[ovd])
    other = save_person(db, name="Anna", functions=["OVDBZ"], pools=[ovd])
    before = count_rows(db), list_people(db)
    with pytest.raises(PiketError, match=message):
        save_person(db, other, **kwargs)
    if kwargs["name"] != "jan jansen":
        with pytest.raises(PiketError, match=message):
            save_person(db, **kwargs)
    assert (count_rows(db), list_people(db)) == before
    assert pid


def test_save_person_rolls_back_everything_when_a_step_fails_half_way(db, monkeypatch):
    from piket.roster import pools
    from piket.roster.people import save_person

    ovd, acbz = _pools(db)
    pid = save_person(db, name="Jan Jansen", phone="06-12345678", functions=["OVDBZ"], pools=[ovd])
    before = count_rows(db), list_people(db)

    def broken(db, pool, person, **kwargs):
        raise PiketError("schijf vol")

    monkeypatch.setattr(pools, "set_member", broken)
    with pytest.raises(PiketError, match="schijf vol"):
        save_person(db, pid, name="Jan de Vries", phone="06-99999999", functions=["OVDBZ", "ACBZ"],
                    pools=[acbz])
    with pytest.raises(PiketError, match="schijf vol"):
        save_person(db, name="Nieuw", functions=["ACBZ"], pools=[acbz])
    assert (count_rows(db), list_people(db)) == before


def test_an_anonymised_person_cannot_be_edited(db):
    from piket.roster.people import save_person
    from piket.roster.privacy import anonymise_person

    pid = add_person(db, "Jan Jansen")
    anonymise_person(db, pid, reason="uit dienst")
    with pytest.raises(PiketError, match="geanonimiseerd"):
        save_person(db, pid, name="Jan Jansen")


def test_municipalities_are_the_regions_and_those_in_use(db):
    from piket.roster.people import municipalities

    add_person(db, "Anna", municipality="Zeewolde")
    add_person(db, "Bert", municipality="Amsterdam")
    found = municipalities(db)
    assert {"Almere", "Lelystad", "Amsterdam"} <= set(found)
    assert found == sorted(found, key=str.lower) and len(found) == len(set(found))
