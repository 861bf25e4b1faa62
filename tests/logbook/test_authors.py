"""The default author: the OvD-Bz on call from the roster module, else the login name."""

import importlib.util

import pytest

from piket.logbook import authors, queries, service


class FakeOncall:
    """Stands in for piket.roster.oncall's contract: on_call(db, at) -> [{function, person}]."""

    def __init__(self, rows=None, fail=False):
        self.rows, self.fail = rows or [], fail

    def on_call(self, db, at):
        if self.fail:
            raise RuntimeError("rooster kapot")
        return self.rows


@pytest.fixture
def roster_part(monkeypatch):
    from piket.modules import Module

    def install(part):
        original = Module.part
        monkeypatch.setattr(Module, "part", lambda self, name: part if (self.name, name) == ("roster", "oncall")
                            else original(self, name))

    return install


def test_the_officer_on_call_becomes_the_author(db, roster_part):
    roster_part(FakeOncall([{"function": "COMCOPI", "person": "C. Comm"},
                            {"function": "OVDBZ", "person": "O. Officier"}]))
    target = service.open_incident(db, title="Brand")
    entry = queries.entries(db, target)[0]
    assert (entry["author"], entry["role"]) == ("O. Officier", "OvD-Bz")
    service.append_entry(db, target, text="Zelf", author="Iemand Anders")
    assert queries.entries(db, target)[-1]["author"] == "Iemand Anders"


def test_a_broken_or_empty_roster_never_blocks_logging(db, roster_part):
    import getpass

    for part in (FakeOncall(fail=True), FakeOncall([{"function": "OVDBZ", "person": None}])):
        roster_part(part)
        assert authors.default_author(db, None)[0] == getpass.getuser()


@pytest.mark.skipif(importlib.util.find_spec("piket.roster.cli") is None, reason="roster module not built yet")
def test_with_the_real_roster(cli, cli_json):
    cli("person", "add", "--name", "Jan Jansen", "--function", "OVDBZ")
    cli("pool", "add", "--name", "OvD-Bz Almere", "--function", "OVDBZ", "--kind", "hard")
    cli("pool", "member", "OvD-Bz Almere", "Jan Jansen")
    code, out, err = cli("roster", "assign", "OvD-Bz Almere", "2024-04-24", "Jan Jansen")
    assert code == 0, err
    assert cli_json("incident", "open", "--title", "Brand", "--at", "2024-04-25T03:00") == {"id": 1}
    assert cli_json("incident", "show", "1")["entries"][0]["author"] == "Jan Jansen"


def test_the_incoming_officer_is_on_call_now_or_on_the_next_shift(db, monkeypatch):
    from datetime import UTC, datetime

    week_end = datetime(2024, 4, 29, 6, 0, tzinfo=UTC)
    shifts = {False: {"function": "OVDBZ", "person": "A. Uit", "until": week_end},
              True: {"function": "OVDBZ", "person": "B. In", "until": week_end}}
    monkeypatch.setattr(authors, "_officer_rows", lambda db, at: [shifts[at >= week_end]])
    before = datetime(2024, 4, 28, 3, 0, tzinfo=UTC)
    assert authors.incoming_officer(db, before, "A. Uit") == "B. In"  # next week's officer
    assert authors.incoming_officer(db, before, "Iemand Anders") == "A. Uit"  # the one on call now
    shifts[True]["person"] = None
    assert authors.incoming_officer(db, before, "A. Uit") is None  # next week still open
