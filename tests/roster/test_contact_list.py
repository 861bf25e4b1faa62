"""The bereikbaarheidslijst: on call now with backup, the next weeks, every member's number."""

import io
from datetime import date

from pypdf import PdfReader

from piket.roster.contact_list import contact_list_pdf
from piket.roster.people import add_person
from piket.roster.pools import add_pool, set_member
from piket.roster.shifts import assign
from tests.roster.helpers import make_pool


def _text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_contact_list_names_who_is_on_call_now_the_backup_and_who_follows(db, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2030-01-09T03:00:00")  # a Wednesday night
    local, people = make_pool(db, "OvD-Bz Almere", size=3)
    regional = add_pool(db, "OvD-Bz Flevoland", "OVDBZ", level="regionaal")
    reserve = add_person(db, "Rita Reserve", phone="06-99999999", functions=["OVDBZ"])
    set_member(db, regional, reserve)
    assign(db, local, "2030-01-07", people[0])
    assign(db, regional, "2030-01-07", reserve)
    assign(db, local, "2030-01-14", people[1])
    text = _text(contact_list_pdf(db))
    for expected in ("Bereikbaarheidslijst", "Piket op wo 09-01-2030 03:00",
                     "OvD-Bz Almere lid 1", "06-10000000",          # on call now
                     "Rita Reserve 06-99999999",                    # its backup
                     "OvD-Bz Almere lid 2 06-10000001\nvanaf ma 14-01 08:00",  # next week
                     "OPEN\nvanaf ma 21-01 08:00",                  # the week after is open
                     "OvD-Bz Almere lid 3 06-10000002"):            # every member's number
        assert expected in text, expected


def test_contact_list_from_a_date_and_through_the_cli(cli, db_path):
    code, _, err = cli("pool", "add", "--name", "OvD-Bz Almere", "--function", "OVDBZ")
    assert code == 0, err
    target = db_path.parent / "lijst.pdf"
    code, _, err = cli("export", "pdf", "oncall", "-o", str(target), "--from", "2031-03-03", "--weeks", "2")
    assert code == 0, err
    text = _text(target.read_bytes())
    assert "Piket op ma 03-03-2031 00:00" in text and "Volgende week" in text and "Over 2 weken" not in text


def test_contact_list_of_an_empty_database_says_so(db):
    assert "Er zijn nog geen pools." in _text(contact_list_pdf(db, date(2030, 1, 1)))
