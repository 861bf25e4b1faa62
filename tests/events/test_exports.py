"""CSV, iCal and the advice PDF through ``piket export``."""

import pytest
from pypdf import PdfReader

from piket.events.advice import new_version, send_advice
from piket.events.service import add_event, override_class, set_values

FESTIVAL = {"name": "Bevrijdingsfestival", "start": "2027-05-05T13:00", "end": "2027-05-05T23:00",
            "location": "Esplanade", "visitors": "25000", "national": "ja", "structures": "2",
            "organiser": "=HYPERLINK(\"x\")"}


@pytest.fixture
def festival(db):
    return add_event(db, FESTIVAL)


def test_csv_export(cli, db, festival, tmp_path):
    target = tmp_path / "events.csv"
    assert cli("export", "csv", "events", "-o", str(target))[0] == 0
    text = target.read_bytes().decode("utf-8-sig")
    header, row = text.splitlines()[:2]
    assert header.startswith("id;naam;start;einde;locatie;bezoekers")
    assert "2027-05-05 13:00" in row and ";B;" in row and "Aangemeld" in row
    assert "'=HYPERLINK" in row  # a formula is neutralised


def test_ics_uid_stable_and_sequence_rises(cli, db, festival, tmp_path):
    import icalendar

    target = tmp_path / "events.ics"

    def export():
        assert cli("export", "ics", "--events", "-o", str(target), "--from", "2027-01-01", "--weeks", "52")[0] == 0
        cal = icalendar.Calendar.from_ical(target.read_bytes())
        return [c for c in cal.walk("VEVENT")]

    first = export()
    assert len(first) == 1
    event = first[0]
    assert str(event["uid"]) == f"piket-evenement-{festival}"
    assert str(event["summary"]) == "[B] Bevrijdingsfestival"
    assert "Klasse: B (aandacht)" in str(event["description"]) and "Status: Aangemeld" in str(event["description"])
    assert str(event["status"]) == "TENTATIVE"
    set_values(db, festival, {"visitors": "26000"})
    second = export()[0]
    assert str(second["uid"]) == str(event["uid"]) and int(second["sequence"]) > int(event["sequence"])
    assert export()[0].to_ical() == second.to_ical()  # unchanged: byte-identical


def test_advice_pdf_has_badge_sections_and_numbered_conditions(cli, db, festival, tmp_path):
    override_class(db, festival, "C", "Koninklijk bezoek aangekondigd", author="adviseur")
    new_version(db, festival, author="M. Bakker")
    send_advice(db, festival)
    target = tmp_path / "advies.pdf"
    code, out, err = cli("export", "pdf", "advice", "Bevrijdingsfestival", "-o", str(target))
    assert code == 0, err
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    for expected in ("Risicoadvies Bevrijdingsfestival", "Klasse C", "Koninklijk bezoek aangekondigd",
                     "Advies politie", "Advies GHOR/GGD", "Voorgestelde vergunningsvoorschriften",
                     "versie 1", "M. Bakker", "Capaciteit en conflicten"):
        assert expected in text, expected
    assert "Nr.\nVoorschrift" in text and "\n1\nDe organisator" in text


def test_advice_pdf_without_advice_is_a_marked_draft(cli, festival, tmp_path):
    target = tmp_path / "concept.pdf"
    assert cli("export", "pdf", "advice", str(festival), "-o", str(target))[0] == 0
    text = PdfReader(target).pages[0].extract_text()
    assert "ongenummerd concept" in text and "CONCEPT" in text


def test_export_of_unknown_event_is_refused(cli, tmp_path):
    code, out, err = cli("export", "pdf", "advice", "99", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "bestaat niet" in err and not (tmp_path / "x.pdf").exists()
