import sqlite3
from datetime import date

import pytest

from piket.errors import PiketError
from piket.logbook.queries import actions, entries
from piket.logbook.service import append_entry, open_incident
from piket.roster.people import add_absence, add_person
from piket.roster.pools import get_pool, set_member
from piket.roster.shifts import assign, history, roster
from piket.storage import connect
from tests.roster.helpers import count_rows, make_pool

NAME = "Jolanda Vermeulen-Zwartewaal"


def _scene(db):
    pool, _ = make_pool(db, size=2)
    person = add_person(db, NAME, phone="06-98765432", email="j.vermeulen@example.nl", functions=["OVDBZ"])
    set_member(db, pool, person)
    add_absence(db, person, "2025-06-01", "2025-06-05", "vakantie")
    assign(db, pool, "2025-03-05", person)
    incident = open_incident(db, title="Brand Odeonstraat", author=NAME)
    append_entry(db, incident, text="Pand ontruimd", author=NAME)
    append_entry(db, incident, text="Opvang regelen", kind="actie", author="AC-Bz", owner=NAME)
    return pool, person, incident


def _file_bytes(db_path) -> bytes:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    wal = db_path.with_name(db_path.name + "-wal")
    return db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_anonymise_removes_the_name_everywhere_and_keeps_rosters_and_chain(db, db_path, cli):
    pool, person, incident = _scene(db)
    assert NAME.encode() in _file_bytes(db_path)
    code, out, err = cli("person", "anonymise", str(person), "--reason", "uit dienst, verzoek AVG art. 17")
    assert code == 0, err
    assert "3 logboekregel(s)" in out
    code, out, err = cli("check")
    assert code == 0, out + err
    data = _file_bytes(db_path)
    for secret in (NAME, "06-98765432", "j.vermeulen@example.nl", "Vermeulen"):
        assert secret.encode() not in data, secret
    row = db.execute("SELECT name, phone, email FROM people WHERE id = ?", [person]).fetchone()
    assert row == ("verwijderd persoon", "", "")
    assert count_rows(db)["absences"] == 0
    assert db.execute("SELECT count(*) FROM person_functions WHERE person_id = ?", [person]).fetchone()[0] == 0
    shown = roster(db, [get_pool(db, pool)], date(2025, 3, 3), 1)
    assert shown[0]["person_id"] == person and shown[0]["person"] == "verwijderd persoon"
    assert history(db, person=person)[0]["to"] == "verwijderd persoon"
    log = entries(db, incident)
    assert [e["author"] for e in log][:2] == ["verwijderd persoon"] * 2
    assert actions(db, incident)[0]["owner"] == "verwijderd persoon"
    audit = db.execute("SELECT person_id, by, reason, log_entries FROM person_anonymisations").fetchall()
    assert audit[0][0] == person and audit[0][2].startswith("uit dienst") and audit[0][3] == 3


def test_anonymising_leaves_the_log_otherwise_immutable(db, db_path, cli):
    _, person, incident = _scene(db)
    assert cli("person", "anonymise", str(person), "--reason", "uit dienst")[0] == 0
    other = connect(db_path)
    for sql in ("UPDATE log_entries SET text = 'Niets aan de hand' WHERE seq = 2",
                "UPDATE log_entries SET author = 'iemand anders' WHERE seq = 3",
                "UPDATE log_entries SET author = 'sha256:00', text = 'x' WHERE seq = 3",
                "DELETE FROM log_entries WHERE seq = 1"):
        with pytest.raises(sqlite3.IntegrityError):
            other.execute(sql)
    other.close()


def test_a_wrong_digest_slips_past_the_trigger_but_not_past_check(db, cli):
    _, _, incident = _scene(db)
    db.execute("UPDATE log_entries SET author = 'sha256:nep' WHERE incident_id = ? AND seq = 2", [incident])
    db.conn.commit()
    code, out, err = cli("check")
    assert code != 0 and "regel 2" in out + err


@pytest.mark.parametrize(("ref", "reason", "message"), [
    ("999", "uit dienst", "999"),
    (None, "", "reden"),
    (None, "   ", "reden"),
    (None, "x" * 201, "te lang"),
    (None, f"verzoek van {NAME.upper()}", "naam"),
])
def test_bad_anonymise_is_refused_and_changes_nothing(db, cli, ref, reason, message):
    _, person, _ = _scene(db)
    before = count_rows(db)
    log_before = db.execute("SELECT author, owner FROM log_entries ORDER BY id").fetchall()
    code, out, err = cli("person", "anonymise", ref or str(person), "--reason", reason)
    assert code == 1 and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert count_rows(db) == before
    assert db.execute("SELECT author, owner FROM log_entries ORDER BY id").fetchall() == log_before
    assert db.execute("SELECT name FROM people WHERE id = ?", [person]).fetchone()[0] == NAME
    assert db.execute("SELECT count(*) FROM person_anonymisations").fetchone()[0] == 0


def test_anonymising_twice_is_refused(db, cli):
    _, person, _ = _scene(db)
    assert cli("person", "anonymise", str(person), "--reason", "uit dienst")[0] == 0
    code, _, err = cli("person", "anonymise", str(person), "--reason", "nogmaals")
    assert code == 1 and "al geanonimiseerd" in err


def test_the_preview_says_what_anonymising_will_change(db, monkeypatch):
    from piket.roster.privacy import anonymise_person, anonymise_preview

    monkeypatch.setenv("PIKET_NOW", "2025-04-01T12:00:00")
    pool, person, _ = _scene(db)
    assign(db, pool, "2025-06-11", person, force=True, reason="test")
    before = count_rows(db)
    preview = anonymise_preview(db, person)
    assert preview == {"person_id": person, "name": NAME, "functions": 1, "absences": 1,
                       "pools": ["OvD-Bz Almere"], "future_shifts": 1, "past_shifts": 1, "log_entries": 3}
    assert count_rows(db) == before
    assert anonymise_person(db, person, reason="uit dienst")["log_entries"] == preview["log_entries"]
    with pytest.raises(PiketError, match="al geanonimiseerd"):
        anonymise_preview(db, person)
