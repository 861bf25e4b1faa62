"""BOB meetings: opening, logging in, closing, and the verslag derived from the chained log."""

import pytest

from piket.errors import PiketError
from piket.logbook import meetings, queries, service
from piket.logbook.checks import check
from tests.logbook.helpers import incident_with_log, row_counts


@pytest.fixture
def rot(db):
    """An incident with a decision before the meeting, then ROT-overleg 1 with one entry per
    section, a decision, an action (later done) and a GRIP change, and one entry outside it."""
    target = incident_with_log(db, entries=1)
    service.append_entry(db, target, text="Weg afgesloten", kind="besluit", author="OvD")
    seq = meetings.open_meeting(db, target, team="ROT", chair="J. de Vries", agenda="rook, opvang")
    log = lambda kind, text, **kw: service.append_entry(  # noqa: E731
        db, target, kind=kind, text=text, author="OvD", meeting_seq=seq, **kw)
    log("beeld", "Rook trekt naar Almere Haven")
    log("oordeel", "Risico: scholen in de rookpluim")
    log("besluit", "NL-Alert voor Almere Haven")
    action = log("actie", "Opvang in sporthal openen", owner="Teamleider TBz")
    service.change_grip(db, target, "GRIP2", reason="bovenlokale rook", author="OvD", meeting_seq=seq)
    service.append_entry(db, target, text="Melding van buiten het overleg", author="OvD")
    service.set_action_status(db, target, action, "gereed", author="OvD")
    return {"id": target, "seq": seq, "action": action}


def test_verslag_puts_entries_in_their_bob_section(db, rot):
    verslag = meetings.minutes(db, rot["id"], rot["seq"])
    texts = {section["code"]: [e["text"] for e in section["entries"]] for section in verslag["sections"]}
    assert texts["beeld"] == ["Rook trekt naar Almere Haven"]
    assert texts["oordeel"] == ["Risico: scholen in de rookpluim"]
    assert texts["besluit"] == ["NL-Alert voor Almere Haven", "Opvang in sporthal openen",
                                "Opgeschaald naar GRIP 2: bovenlokale rook"]
    assert [s["label"] for s in verslag["sections"]] == ["Beeldvorming", "Oordeelsvorming", "Besluitvorming"]
    assert verslag["title"] == "ROT-overleg 1" and verslag["chair"] == "J. de Vries"
    assert verslag["agenda"] == "rook, opvang"


def test_verslag_numbers_decisions_as_the_incident_does_and_shows_action_status(db, rot):
    verslag = meetings.minutes(db, rot["id"], rot["seq"])
    # The road closure before the meeting is decision 1 of the incident.
    assert [(d["number"], d["text"]) for d in verslag["decisions"]] == [
        (2, "NL-Alert voor Almere Haven"), (3, "Opgeschaald naar GRIP 2: bovenlokale rook")]
    assert [(a["seq"], a["owner"], a["status"]) for a in verslag["actions"]] == [
        (rot["action"], "Teamleider TBz", "gereed")]


def test_one_meeting_at_a_time_and_entries_only_while_it_is_open(db, rot):
    assert meetings.current_meeting(db, rot["id"])["seq"] == rot["seq"]
    before = row_counts(db)
    with pytest.raises(PiketError, match="ROT-overleg 1 is nog open"):
        meetings.open_meeting(db, rot["id"], team="GBT", chair="Burgemeester")
    assert row_counts(db) == before

    meetings.close_meeting(db, rot["id"], author="OvD")
    assert meetings.current_meeting(db, rot["id"]) is None
    listed = meetings.meetings(db, rot["id"])
    assert listed[0]["closed_at"] is not None and listed[0]["entry_count"] == 5
    assert (listed[0]["decision_count"], listed[0]["action_count"]) == (2, 1)

    before = row_counts(db)
    with pytest.raises(PiketError, match="inmiddels gesloten"):
        service.append_entry(db, rot["id"], text="Te laat", author="OvD", meeting_seq=rot["seq"])
    with pytest.raises(PiketError, match="geen overleg open"):
        meetings.close_meeting(db, rot["id"])
    assert row_counts(db) == before
    assert check(db) == []


def test_meetings_are_numbered_per_team(db):
    target = incident_with_log(db, entries=0)
    for team in ("ROT", "GBT", "ROT"):
        meetings.open_meeting(db, target, team=team, chair="Voorzitter")
        meetings.close_meeting(db, target)
    assert [m["title"] for m in meetings.meetings(db, target)] == ["ROT-overleg 1", "GBT-overleg 1", "ROT-overleg 2"]


@pytest.mark.parametrize("team, chair, message", [
    ("XYZ", "Voorzitter", r"onbekend\(e\) team"),
    ("ROT", "   ", "voorzitter is leeg"),
    ("ROT", "Voor\x00zitter", "stuurteken"),
])
def test_bad_meeting_input_is_refused_and_nothing_written(db, team, chair, message):
    target = incident_with_log(db, entries=0)
    before = row_counts(db)
    with pytest.raises(PiketError, match=message):
        meetings.open_meeting(db, target, team=team, chair=chair)
    assert row_counts(db) == before


def test_closing_the_incident_closes_its_meeting(db, rot):
    service.close_incident(db, rot["id"], author="OvD")
    assert meetings.current_meeting(db, rot["id"]) is None
    kinds = [e["kind"] for e in queries.entries(db, rot["id"])[-2:]]
    assert kinds == ["overleg", "informatie"]  # the meeting closes before the incident does
    with pytest.raises(PiketError, match="gesloten"):
        meetings.open_meeting(db, rot["id"], team="ROT", chair="Voorzitter")
    assert check(db) == []


def test_a_kind_without_a_bob_section_stays_out_of_meetings(db, rot):
    db.execute("INSERT INTO refdata (kind, code, label, ord, active, data) VALUES "
               "('log_entry_kinds', 'pers', 'Persvraag', 99, 1, '{\"code\": \"pers\", \"label\": \"Persvraag\"}')")
    before = row_counts(db)
    with pytest.raises(PiketError, match="hoort niet in een overleg"):
        service.append_entry(db, rot["id"], text="Vraag van Omroep Flevoland", kind="pers", author="OvD",
                             meeting_seq=rot["seq"])
    assert row_counts(db) == before


def test_anonymising_the_chair_keeps_the_chain(cli, cli_json):
    assert cli("person", "add", "--name", "Jolanda de Vries", "--phone", "0612345678")[0] == 0
    assert cli("incident", "open", "--title", "Brand")[0] == 0
    code, _, err = cli("incident", "meeting", "1", "--team", "ROT", "--chair", "Jolanda de Vries")
    assert code == 0, err
    assert cli("person", "anonymise", "1", "--reason", "uit dienst")[0] == 0
    assert cli_json("incident", "meetings", "1")[0]["chair"] == "verwijderd persoon"
    assert cli("check")[0] == 0


def test_cli_meeting_from_opening_to_verslag_pdf(cli, cli_json, tmp_path):
    from pypdf import PdfReader

    assert cli("incident", "open", "--title", "Gaslekkage Stationsplein", "--author", "OvD")[0] == 0
    assert cli_json("incident", "meeting", "1", "--team", "GBT", "--chair", "Burgemeester", "--author", "OvD") == {
        "seq": 2}
    assert cli("incident", "log", "1", "--kind", "oordeel", "--text", "Risico: winkelend publiek",
               "--meeting", "--author", "OvD")[0] == 0
    assert cli("incident", "log", "1", "--kind", "besluit", "--text", "Stationsplein ontruimen",
               "--meeting", "--author", "OvD")[0] == 0
    assert cli("incident", "grip", "1", "GRIP3", "--meeting", "--author", "OvD")[0] == 0
    assert cli("incident", "meeting-close", "1", "--author", "OvD")[0] == 0

    verslag = cli_json("incident", "minutes", "1", "GBT-overleg 1")
    assert [d["text"] for d in verslag["decisions"]] == ["Stationsplein ontruimen", "Opgeschaald naar GRIP 3"]
    code, out, _ = cli("incident", "minutes", "1", "2", "--pdf", str(tmp_path / "verslag.pdf"))
    assert code == 0 and "Oordeelsvorming" in out and "Risico: winkelend publiek" in out
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "verslag.pdf").pages)
    for expected in ("Verslag GBT-overleg 1", "Beeldvorming", "Besluitenlijst", "Stationsplein ontruimen"):
        assert expected in text

    code, out, _ = cli("export", "pdf", "incident", "1", "-o", str(tmp_path / "incident.pdf"))
    assert code == 0
    assert "GBT-overleg 1" in "".join(page.extract_text() for page in PdfReader(tmp_path / "incident.pdf").pages)


@pytest.mark.parametrize("args, message", [
    (("incident", "log", "1", "--text", "x", "--meeting"), "geen overleg open"),
    (("incident", "minutes", "1", "ROT-overleg 9"), "geen overleg 'ROT-overleg 9'"),
    (("incident", "meeting", "1", "--team", "ROT", "--chair", ""), "voorzitter is leeg"),
    (("incident", "log", "1", "--kind", "overleg", "--text", "x"), "incident meeting"),
])
def test_cli_refuses_bad_meeting_input_in_one_line(cli, args, message):
    assert cli("incident", "open", "--title", "Brand", "--author", "OvD")[0] == 0
    code, out, err = cli(*args)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1
