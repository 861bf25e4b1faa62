"""The logbook verbs: append-only, refusals leave the database unchanged."""

import sqlite3
from datetime import timedelta

import pytest

from piket import timeutil
from piket.errors import PiketError
from piket.logbook import queries, service
from piket.logbook.checks import check
from tests.logbook.helpers import incident_with_log, row_counts


def test_open_logs_the_melding_and_the_initial_grip(db):
    target = service.open_incident(db, title="Brand containerwoning", location="Odeonstraat",
                                   category="brand", grip="GRIP1", author="A. de Vries")
    incident = queries.show_incident(db, target)
    assert incident["grip"] == incident["max_grip"] == "GRIP1"
    assert [e["kind"] for e in incident["entries"]] == ["melding", "GRIP-wijziging"]
    assert incident["entries"][0]["text"] == "Brand containerwoning — Odeonstraat"
    assert incident["entries"][0]["author"] == "A. de Vries"
    assert check(db) == []


def test_category_by_label_and_grip_code_loosely_written(db):
    target = service.open_incident(db, title="Gaslucht", category="Gaslekkage", grip="grip 1", author="x")
    incident = queries.get_incident(db, target)
    assert incident["category"] == "gaslekkage" and incident["grip"] == "GRIP1"


def test_grip_history_is_derived_and_max_survives_scale_down(db):
    target = incident_with_log(db, 0)
    service.change_grip(db, target, "GRIP1", author="x")
    service.change_grip(db, target, "GRIP2", reason="effecten buiten de bron", author="x")
    service.change_grip(db, target, "GRIP0", reason="afschalen", author="x")
    incident = queries.show_incident(db, target)
    assert incident["grip"] == "GRIP0" and incident["max_grip"] == "GRIP2"
    assert [(h["level"], h["reason"]) for h in incident["grip_history"]] == [
        ("GRIP1", ""), ("GRIP2", "effecten buiten de bron"), ("GRIP0", "afschalen")]
    assert incident["entries"][-1]["text"] == "Afgeschaald naar GRIP 0: afschalen"
    service.change_grip(db, target, "geen", author="x")
    assert queries.get_incident(db, target)["grip"] is None


def test_same_grip_level_again_is_refused(db):
    target = incident_with_log(db, 0, grip="GRIP1")
    before = row_counts(db)
    with pytest.raises(PiketError, match="staat al op GRIP 1"):
        service.change_grip(db, target, "GRIP1", author="x")
    assert row_counts(db) == before


def test_correction_points_at_the_original_which_stays(db):
    target = incident_with_log(db, 2)
    seq = service.correct_entry(db, target, 2, text="Regel 1, verbeterd", reason="tikfout", author="x")
    entries = queries.entries(db, target)
    assert entries[1]["text"] == "Regel 1"
    assert entries[seq - 1]["corrects"] == 2 and entries[seq - 1]["reason"] == "tikfout"
    assert queries.corrections(db, target)[2]["text"] == "Regel 1, verbeterd"


def test_actions_with_status_entries(db):
    target = incident_with_log(db, 0)
    decision = service.append_entry(db, target, kind="besluit", text="Opvang in sporthal", author="x")
    action = service.append_entry(db, target, kind="actie", text="Sporthal openen", owner="Corporatie",
                                  deadline=timeutil.now() + timedelta(hours=1), decision_seq=decision, author="x")
    assert queries.actions(db, target)[0]["status"] == "open"
    service.set_action_status(db, target, action, "in uitvoering", author="x")
    service.set_action_status(db, target, action, "gereed", note="open sinds 04:10", author="x")
    listed = queries.actions(db, target)
    assert len(listed) == 1 and listed[0]["status"] == "gereed" and listed[0]["decision_seq"] == decision
    assert queries.actions(db, target, only_open=True) == []
    assert [d["kind"] for d in queries.decisions(db, target)] == ["besluit"]


def test_close_refuses_entries_until_reopened_and_both_are_logged(db):
    target = incident_with_log(db, 1)
    service.close_incident(db, target, author="x")
    before = row_counts(db)
    with pytest.raises(PiketError, match="gesloten"):
        service.append_entry(db, target, text="te laat", author="x")
    with pytest.raises(PiketError, match="gesloten"):
        service.correct_entry(db, target, 1, text="t", reason="r", author="x")
    assert row_counts(db) == before
    service.reopen_incident(db, target, reason="nieuwe informatie", author="x")
    service.append_entry(db, target, text="weer open", author="x")
    texts = [e["text"] for e in queries.entries(db, target)]
    assert texts[-3:] == ["Incident gesloten", "Incident heropend: nieuwe informatie", "weer open"]


@pytest.mark.parametrize("change, message", [
    (dict(text="   "), "tekst is leeg"),
    (dict(text="nul\x00byte"), "stuurteken"),
    (dict(text="x" * 20_001), "te lang"),
    (dict(kind="roddel"), r"onbekend\(e\) soort"),
    (dict(kind="GRIP-wijziging"), "incident grip"),
    (dict(kind="correctie"), "incident correct"),
    (dict(source="duif"), "bron"),
    (dict(author="sha256:abc"), "sha256"),
    (dict(at=timeutil.now() + timedelta(days=2)), "toekomst"),
])
def test_bad_entries_are_refused_and_nothing_is_written(db, change, message):
    target = incident_with_log(db, 1)
    before = row_counts(db)
    with pytest.raises(PiketError, match=message):
        service.append_entry(db, target, **{"text": "goed", "author": "x", **change})
    assert row_counts(db) == before


@pytest.mark.parametrize("call, message", [
    (lambda db, t: service.change_grip(db, t, "GRIP9", author="x"), "GRIP-niveau"),
    (lambda db, t: service.correct_entry(db, t, 99, text="t", reason="r", author="x"), "geen regel 99"),
    (lambda db, t: service.correct_entry(db, t, 1, text="t", reason=" ", author="x"), "reden is leeg"),
    (lambda db, t: service.set_action_status(db, t, 1, "gereed", author="x"), "geen actie"),
    (lambda db, t: service.append_entry(db, 999, text="t", author="x"), "bestaat niet"),
    (lambda db, t: service.open_incident(db, title="", author="x"), "titel is leeg"),
    (lambda db, t: service.open_incident(db, title="t", category="meteoriet", author="x"), "categorie"),
])
def test_other_refusals_leave_the_database_unchanged(db, call, message):
    target = incident_with_log(db, 1)
    before = row_counts(db)
    with pytest.raises(PiketError, match=message):
        call(db, target)
    assert row_counts(db) == before


def test_sql_update_delete_and_head_rewind_fail_in_the_database(db):
    target = incident_with_log(db, 2)
    for sql in ("UPDATE log_entries SET text = 'anders' WHERE seq = 1",
                "DELETE FROM log_entries WHERE seq = 3",
                "UPDATE log_chain_heads SET seq = 1",
                "DELETE FROM log_chain_heads",
                "DELETE FROM incidents"):
        with pytest.raises(sqlite3.DatabaseError):
            db.execute(sql)
    row = dict(queries.entries(db, target)[0])
    with pytest.raises(sqlite3.DatabaseError, match="buiten de keten"):
        db.execute("INSERT INTO log_entries (incident_id, seq, at, recorded_at, kind, author, text, salt, "
                   "prev_hash, hash) VALUES (?, 2, ?, ?, 'informatie', 'x', 'ingevoegd', 's', ?, 'h')",
                   [target, "2020-01-01T00:00:00Z", "2020-01-01T00:00:00Z", row["hash"]])
    assert check(db) == []


def test_default_author_falls_back_to_the_login_name(db):
    import getpass

    target = service.open_incident(db, title="Zonder auteur")
    assert queries.entries(db, target)[0]["author"] == getpass.getuser()
