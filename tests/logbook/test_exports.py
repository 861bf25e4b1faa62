"""Incident PDF and incidents CSV through ``piket export``."""

from pypdf import PdfReader

from piket import timeutil
from piket.logbook import service


def test_incident_pdf_shows_log_correction_actions_and_seal(db, cli, db_path, tmp_path):
    target = service.open_incident(db, title="Brand containerwoning", location="Odeonstraat", grip="GRIP1",
                                   author="OvD Test")
    service.append_entry(db, target, text="Twee woningen <uitgebrand> & rook", author="OvD Test")
    service.correct_entry(db, target, 3, text="Drie woningen uitgebrand", reason="telling", author="OvD Test")
    service.append_entry(db, target, kind="actie", text="Opvang regelen", owner="TBz", author="OvD Test")
    head = db.execute("SELECT hash FROM log_chain_heads").fetchone()[0]
    out = tmp_path / "incident.pdf"
    code, stdout, err = cli("export", "pdf", "incident", str(target), "-o", str(out))
    assert code == 0, err
    text = " ".join(page.extract_text() for page in PdfReader(out).pages).replace("\n", " ")
    for expected in ("GRIP-verloop", "Besluitenlijst", "Actielijst", "Opvang regelen", "Drie woningen",
                     "<uitgebrand> & rook", "gecorrigeerd in regel 4", "in orde"):
        assert expected in text, expected
    assert head in text.replace(" ", "")
    # The log is grouped per day under a heading, so each line prints only its clock times.
    assert timeutil.long_date(timeutil.today()) in text


def test_incidents_csv_is_excel_friendly(db, cli, tmp_path):
    service.open_incident(db, title="=SOM(A1)", author="x")
    out = tmp_path / "incidents.csv"
    assert cli("export", "csv", "incidents", "-o", str(out))[0] == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "'=SOM(A1)" in data.decode("utf-8-sig").splitlines()[1]


def test_incident_pdf_lists_handovers_in_their_own_section(db, cli, tmp_path):
    target = service.open_incident(db, title="Brand bedrijfshal", author="A. Uit")
    out = tmp_path / "incident.pdf"
    cli("export", "pdf", "incident", str(target), "-o", str(out))
    assert "Overdrachten" not in PdfReader(out).pages[0].extract_text()
    service.record_handover(db, target, outgoing="A. Uit", incoming="B. In", text="Opvang loopt", role="OvD-Bz")
    assert cli("export", "pdf", "incident", str(target), "-o", str(out))[0] == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages).replace("\n", " ")
    section = text[text.index("Overdrachten"):text.index("Logboek Per dag")]
    assert "Regel Tijd Van Aan" in section and "A. Uit (OvD-Bz)" in section and "B. In" in section
    assert "Overgedragen aan B. In Opvang loopt" in text
