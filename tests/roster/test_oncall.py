from piket import timeutil
from piket.roster.oncall import on_call, status_text
from piket.roster.people import add_person
from piket.roster.pools import add_pool, set_member
from piket.roster.shifts import assign
from tests.roster.helpers import make_pool


def test_on_call_per_pool_with_phone_until_and_backup(db):
    local, people = make_pool(db, "OvD-Bz Almere", size=2)
    regional = add_pool(db, "OvD-Bz Flevoland", "OVDBZ", level="regionaal", handover="wed 12:00")
    reserve = add_person(db, "Rita Reserve", phone="06-99999999", functions=["OVDBZ"])
    set_member(db, regional, reserve)
    assign(db, local, "2030-01-07", people[0])
    assign(db, regional, "2030-01-07", reserve)
    rows = {r["pool"]: r for r in on_call(db, timeutil.parse_time("2030-01-10T03:00"))}
    now = rows["OvD-Bz Almere"]
    assert now["person"] == "OvD-Bz Almere lid 1" and now["phone"] == "06-10000000"
    assert now["function"] == "OVDBZ" and now["function_label"] == "Officier van Dienst Bevolkingszorg"
    assert timeutil.iso_local(now["until"]) == "2030-01-14T08:00:00+01:00"
    assert now["backup"] == "Rita Reserve 06-99999999"
    # Monday 07:59 is still the previous week's shift, which is open.
    early = {r["pool"]: r for r in on_call(db, timeutil.parse_time("2030-01-07T07:59"))}
    assert early["OvD-Bz Almere"]["person"] is None


def test_status_text_is_short_and_marks_open_pools(db, monkeypatch):
    pool, people = make_pool(db, "OvD-Bz", size=1)
    add_pool(db, "AC-Bz", "ACBZ")
    add_pool(db, "Herstelzorg", "TL-NAZORG")  # zacht: not in the default text
    assign(db, pool, "2030-01-07", people[0])
    monkeypatch.setenv("PIKET_NOW", "2030-01-08T12:00:00")
    assert status_text(db, []) == "Nu piket: AC-Bz OPEN, OvD-Bz OvD-Bz lid 1 06-10000000"
    assert status_text(db, ["OvD-Bz"]) == "Nu piket: OvD-Bz OvD-Bz lid 1 06-10000000"
