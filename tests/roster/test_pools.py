import pytest

from piket.errors import PiketError
from piket.roster.people import add_person
from piket.roster.pools import add_pool, list_pools, set_member
from tests.roster.helpers import count_rows


def test_pool_defaults_come_from_the_function(db):
    add_pool(db, "AC-Bz BFGV", "ACBZ")
    add_pool(db, "TL Herstelzorg", "TL-NAZORG", handover="vr 17:00")
    pools = {p["name"]: p for p in list_pools(db)}
    assert pools["AC-Bz BFGV"]["level"] == "interregionaal"
    assert pools["AC-Bz BFGV"]["kind"] == "hard"
    assert pools["AC-Bz BFGV"]["handover"] == "mon 08:00"
    assert pools["TL Herstelzorg"]["kind"] == "zacht"
    assert pools["TL Herstelzorg"]["handover"] == "fri 17:00"


@pytest.mark.parametrize("kwargs, message", [
    ({"name": "", "function": "OVDBZ"}, "naam"),
    ({"name": "X", "function": "NOPE"}, "functiecode"),
    ({"name": "X", "function": "OVDBZ", "level": "landelijk"}, "niveau"),
    ({"name": "X", "function": "OVDBZ", "kind": "lauw"}, "soort"),
    ({"name": "X", "function": "OVDBZ", "handover": "maandag"}, "overdracht"),
])
def test_bad_pools_are_refused(db, kwargs, message):
    before = count_rows(db)
    with pytest.raises(PiketError, match=message):
        add_pool(db, **kwargs)
    assert count_rows(db) == before


def test_duplicate_pool_name_is_refused(db):
    add_pool(db, "OvD", "OVDBZ")
    with pytest.raises(PiketError, match="al een pool"):
        add_pool(db, "OvD", "OVDBZ")


def test_members_must_hold_the_function(db):
    pool = add_pool(db, "OvD", "OVDBZ")
    ok = add_person(db, "Jan", functions=["OVDBZ"])
    other = add_person(db, "Piet", functions=["ACBZ"])
    set_member(db, pool, ok)
    set_member(db, "OvD", "Jan")  # idempotent
    with pytest.raises(PiketError, match="persoon: Piet heeft de functie OVDBZ niet"):
        set_member(db, pool, other)
    assert list_pools(db)[0]["members"] == ["Jan"]
    set_member(db, pool, ok, remove=True)
    assert list_pools(db)[0]["members"] == []
    with pytest.raises(PiketError, match="geen lid"):
        set_member(db, pool, ok, remove=True)


def test_pools_of_a_person(db):
    from piket.roster.pools import pools_of

    person = add_person(db, "Anna", functions=["OVDBZ", "ACBZ"])
    ovd = add_pool(db, "OvD-Bz Almere", "OVDBZ")
    acbz = add_pool(db, "AC-Bz BFGV", "ACBZ")
    assert pools_of(db, person) == []
    set_member(db, ovd, person)
    set_member(db, acbz, person)
    assert pools_of(db, "Anna") == [acbz, ovd]
    set_member(db, acbz, person, remove=True)
    assert pools_of(db, person) == [ovd]


# --- changing a pool ----------------------------------------------------------------------

def _edit(db, pool, **changes):
    from piket.roster.pools import get_pool, update_pool

    current = get_pool(db, pool)
    values = {"name": current.name, "level": current.level, "handover": str(current.handover),
              "kind": current.kind, **changes}
    return update_pool(db, pool, **values)


def test_a_pool_without_shifts_can_change_everything(db):
    pool = add_pool(db, "OvD", "OVDBZ")
    changed = _edit(db, pool, name="  AC-Bz   BFGV ", level="interregionaal", handover="vr 17:00",
                    kind="zacht", function="ACBZ")
    assert (changed.name, changed.function, changed.level, changed.kind, str(changed.handover)) == (
        "AC-Bz BFGV", "ACBZ", "interregionaal", "zacht", "fri 17:00")
    assert list_pools(db)[0]["handover"] == "fri 17:00"


@pytest.mark.parametrize("changes, message", [
    ({"name": "  "}, "naam: de pool heeft een naam nodig"),
    ({"name": "ac-bz"}, "naam: er is al een pool"),
    ({"level": "landelijk"}, "niveau"),
    ({"kind": "lauw"}, "soort"),
    ({"handover": "maandag"}, "overdracht"),
    ({"handover": "ma 25:00"}, "overdrachtstijd"),
    ({"function": "NOPE"}, "functiecode"),
])
def test_bad_changes_are_refused_and_nothing_is_written(db, changes, message):
    from piket.roster.pools import get_pool

    pool = add_pool(db, "OvD", "OVDBZ")
    add_pool(db, "AC-Bz", "ACBZ")
    before, shown = count_rows(db), get_pool(db, pool)
    with pytest.raises(PiketError, match=message):
        _edit(db, pool, **changes)
    assert count_rows(db) == before and get_pool(db, pool) == shown


def test_a_function_change_needs_members_holding_it(db):
    pool = add_pool(db, "OvD", "OVDBZ")
    set_member(db, pool, add_person(db, "Jan", functions=["OVDBZ"]))
    with pytest.raises(PiketError, match=r"functie: 1 lid/leden hebben functie ACBZ niet \(Jan\)"):
        _edit(db, pool, function="ACBZ")
    assert list_pools(db)[0]["function"] == "OVDBZ"


def test_handover_and_function_are_fixed_once_the_pool_has_shifts(db, monkeypatch):
    """The chosen rule (see update_pool): any stored shift, past or future, fixes them;
    name, level and kind stay free, and ``piket check`` stays clean."""
    from piket.roster.checks import check
    from piket.roster.pools import get_pool
    from piket.roster.shifts import assign
    from tests.roster.helpers import make_pool

    monkeypatch.setenv("PIKET_NOW", "2030-01-08T10:00:00")
    pool, people = make_pool(db, "OvD", size=2)
    assign(db, pool, "2029-12-03", people[0])  # one past shift only
    before, shown = count_rows(db), get_pool(db, pool)
    with pytest.raises(PiketError, match=r"overdracht: pool 'OvD' heeft al 1 dienst\(en\) in het rooster sinds "
                                         r"03-12-2029, op de overdracht maandag 08:00; .* nieuwe pool"):
        _edit(db, pool, handover="fri 17:00")
    with pytest.raises(PiketError, match="functie: .* ligt daarmee vast"):
        _edit(db, pool, function="ACBZ")
    assert count_rows(db) == before and get_pool(db, pool) == shown
    changed = _edit(db, pool, name="OvD-Bz Almere", level="regionaal", handover="ma 8:00", kind="zacht")
    assert (changed.name, changed.level, changed.kind, str(changed.handover)) == (
        "OvD-Bz Almere", "regionaal", "zacht", "mon 08:00")
    assert check(db) == []


def test_a_pool_with_assigned_shifts_ahead_does_not_become_zacht(db, monkeypatch):
    from piket.roster.shifts import assign, unassign
    from tests.roster.helpers import make_pool

    monkeypatch.setenv("PIKET_NOW", "2030-01-08T10:00:00")
    pool, people = make_pool(db, "OvD", size=2)
    assign(db, pool, "2030-01-21", people[1])
    before = count_rows(db)
    with pytest.raises(PiketError, match=r"soort: .* 1 toegewezen dienst\(en\) vanaf 21-01-2030; zacht piket"):
        _edit(db, pool, kind="zacht")
    assert count_rows(db) == before
    unassign(db, pool, "2030-01-21")
    assert _edit(db, pool, kind="zacht").kind == "zacht"


def test_pool_overview_counts_members_and_shifts(db, monkeypatch):
    from piket.roster.pools import pool_overview
    from piket.roster.shifts import assign
    from tests.roster.helpers import make_pool

    monkeypatch.setenv("PIKET_NOW", "2030-01-08T10:00:00")
    pool, people = make_pool(db, "OvD", size=3)
    add_pool(db, "AC-Bz", "ACBZ")
    assign(db, pool, "2030-01-14", people[0])
    rows = {r["name"]: r for r in pool_overview(db)}
    assert (rows["OvD"]["members"], rows["OvD"]["shifts"]) == (3, 1)
    assert (rows["AC-Bz"]["members"], rows["AC-Bz"]["shifts"]) == (0, 0)
    assert rows["AC-Bz"]["function_label"] == "Algemeen Commandant Bevolkingszorg"
