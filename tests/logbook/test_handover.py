"""The overdracht: a summary from the log, and one chained entry naming both persons."""

from datetime import timedelta

import pytest

from piket import timeutil
from piket.errors import PiketError
from piket.logbook import queries, service
from piket.logbook.checks import check
from piket.logbook.handover import handover_summary
from tests.logbook.helpers import row_counts


@pytest.fixture
def night(db):
    """An open GRIP 1 incident with picture, risk, a decision, actions in every state, an alarm."""
    now = timeutil.now()
    target = service.open_incident(db, title="Brand bedrijfshal", location="Sallandsekant", grip="GRIP1",
                                   author="A. Uit", at=now - timedelta(hours=4))
    log = lambda kind, text, **kw: service.append_entry(db, target, kind=kind, text=text, author="A. Uit", **kw)  # noqa: E731
    for number in range(4):
        log("beeld", f"Beeld {number + 1}")
    log("oordeel", "Risico: rook over de woonwijk")
    decision = log("besluit", "Opvang in buurthuis")
    overdue = log("actie", "Opvang openen", owner="Teamleider TBz", deadline=now - timedelta(hours=1),
                  decision_seq=decision)
    running = log("actie", "Bewonersbrief", owner="Communicatieadviseur", deadline=now + timedelta(hours=2))
    done = log("actie", "Corporatie bellen", owner="OvD-Bz")
    service.set_action_status(db, target, done, "gereed", author="A. Uit")
    service.set_action_status(db, target, running, "in uitvoering", author="A. Uit")
    log("alarmering", "AC-Bz gealarmeerd; komt naar het ROT")
    service.correct_entry(db, target, 6, text="Beeld 4, bijgesteld", reason="verkeerd doorgekregen", author="A. Uit")
    return {"id": target, "overdue": overdue, "running": running, "done": done}


def test_summary_lists_open_actions_with_overdue_marked_and_not_done_ones(db, night):
    summary = handover_summary(db, night["id"])
    actions = {a["seq"]: a for a in summary["open_actions"]}
    assert set(actions) == {night["overdue"], night["running"]}
    assert actions[night["overdue"]]["overdue"] and not actions[night["running"]]["overdue"]
    text = summary["text"]
    assert "Opvang openen (Teamleider TBz, deadline" in text and "VERLOPEN" in text
    assert "Bewonersbrief (Communicatieadviseur" in text and "in uitvoering" in text
    assert "Corporatie bellen" not in text
    assert text.count("VERLOPEN") == 1


def test_summary_has_grip_latest_picture_corrected_risks_decisions_and_alarms(db, night):
    summary = handover_summary(db, night["id"])
    assert summary["grip"] == "GRIP1" and summary["grip_since"] == queries.grip_history(db, night["id"])[-1]["at"]
    assert [p["text"] for p in summary["pictures"]] == ["Beeld 2", "Beeld 3", "Beeld 4, bijgesteld"]
    assert [r["text"] for r in summary["risks"]] == ["Risico: rook over de woonwijk"]
    assert [d["text"] for d in summary["decisions"]] == ["Opvang in buurthuis"]  # the GRIP change is above
    assert [a["text"] for a in summary["alarmed"]] == ["AC-Bz gealarmeerd; komt naar het ROT"]
    text = summary["text"]
    assert text.startswith("Overdracht Brand bedrijfshal — Sallandsekant\nGRIP: GRIP 1 sinds ")
    for heading in ("Beeld:", "Oordeel / risico's:", "Besluiten:", "Open acties:", "Gealarmeerd:",
                    "Openstaande besluiten:", "Contacten:", "Volgend overleg:"):
        assert heading in text


def test_summary_of_a_bare_incident_says_geen(db):
    target = service.open_incident(db, title="Gaslucht", author="x")
    text = handover_summary(db, target)["text"]
    assert "GRIP: geen" in text and "Open acties: geen" in text and "Beeld: geen" in text


def test_record_writes_one_chained_entry_with_both_persons(db, night):
    before = row_counts(db)[1]
    seq = service.record_handover(db, night["id"], outgoing="A. Uit", incoming="B. In", role="OvD-Bz",
                                  text="Alles rustig; opvang loopt", confirmed_by="C. Leider")
    assert row_counts(db)[1] == before + 1
    entry = queries.entries(db, night["id"])[-1]
    assert (entry["seq"], entry["kind"], entry["author"], entry["owner"], entry["role"]) == (
        seq, "overdracht", "A. Uit", "B. In", "OvD-Bz")
    assert entry["text"] == "Alles rustig; opvang loopt\nBevestigd door: C. Leider"
    assert check(db) == []
    assert queries.actions(db, night["id"], only_open=True)  # an overdracht is no action


@pytest.mark.parametrize(("fields", "message"), [
    ({"outgoing": " "}, "overdragende persoon is leeg"),
    ({"incoming": ""}, "overnemende persoon is leeg"),
    ({"text": "  \n "}, "tekst is leeg"),
    ({"incoming": "a. uit"}, "dezelfde"),
    ({"confirmed_by": "sha256:abc"}, "bevestigd door mag niet beginnen"),
])
def test_record_refuses_and_writes_nothing(db, night, fields, message):
    before = row_counts(db)
    with pytest.raises(PiketError, match=message):
        service.record_handover(db, night["id"], **{"outgoing": "A. Uit", "incoming": "B. In", "text": "x", **fields})
    assert row_counts(db) == before


def test_record_refuses_a_closed_incident_and_the_plain_log_path(db, night):
    service.close_incident(db, night["id"], author="A. Uit")
    before = row_counts(db)
    with pytest.raises(PiketError, match="gesloten"):
        service.record_handover(db, night["id"], outgoing="A. Uit", incoming="B. In", text="x")
    service.reopen_incident(db, night["id"], author="A. Uit")
    with pytest.raises(PiketError, match="incident handover"):
        service.append_entry(db, night["id"], kind="overdracht", text="x", author="A. Uit")
    assert row_counts(db)[1] == before[1] + 1  # only the reopen


def test_cli_summary_handover_and_anonymising_the_incoming_person(cli, cli_json):
    assert cli_json("incident", "open", "--title", "Brand", "--author", "A. Uit") == {"id": 1}
    cli("incident", "log", "1", "--kind", "actie", "--text", "Opvang", "--owner", "TBz")
    summary = cli_json("incident", "handover-summary", "1")
    assert [a["text"] for a in summary["open_actions"]] == ["Opvang"]
    code, out, err = cli("incident", "handover", "1", "--from", "A. Uit", "--to", "", "--text", "x")
    assert (code, out, err.strip()) == (1, "", "piket: overnemende persoon is leeg")
    assert cli_json("person", "add", "--name", "B. In", "--function", "OVDBZ") == {"id": 1}
    assert cli_json("incident", "handover", "1", "--from", "A. Uit", "--to", "B. In",
                    "--text", summary["text"]) == {"seq": 3}
    code, out, err = cli("person", "anonymise", "1", "--reason", "uit dienst")
    assert code == 0, err
    entry = cli_json("incident", "show", "1")["entries"][-1]
    assert (entry["kind"], entry["author"], entry["owner"]) == ("overdracht", "A. Uit", "verwijderd persoon")
    assert cli_json("check")["ok"] is True
