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
    with pytest.raises(PiketError, match="functie OVDBZ niet"):
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
