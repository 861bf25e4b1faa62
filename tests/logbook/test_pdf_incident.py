"""The incident PDF's seal: printed under the entries that were verified, and it says so
when the chain is broken."""

import io

from pypdf import PdfReader

from piket.logbook import service
from piket.logbook.pdf_incident import incident_pdf
from piket.logbook.schema import TRIGGERS
from tests.logbook.helpers import incident_with_log


def _text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).replace("\n", " ")


def _without_triggers(db, sql, params):
    for name in TRIGGERS:
        db.execute(f"DROP TRIGGER {name}")
    db.execute(sql, params)
    for trigger in TRIGGERS.values():
        db.execute(trigger)


def test_the_seal_is_the_hash_of_the_last_printed_entry(db):
    target = incident_with_log(db, entries=4)
    seq, head = db.execute("SELECT seq, hash FROM log_chain_heads WHERE incident_id = ?", [target]).fetchone()
    text = _text(incident_pdf(db, target))
    assert f"laatste regel ({seq})" in text and head in text.replace(" ", "")
    assert "Keten gecontroleerd bij het afdrukken: in orde." in text


def test_a_changed_entry_makes_the_pdf_say_the_chain_is_broken(db):
    target = incident_with_log(db, entries=4)
    _without_triggers(db, "UPDATE log_entries SET text = 'Niets aan de hand' WHERE incident_id = ? AND seq = 3",
                      [target])
    text = _text(incident_pdf(db, target))
    assert "NIET IN ORDE" in text and "regel 3: inhoud gewijzigd" in text


def test_removed_last_entries_make_the_pdf_say_the_chain_is_broken(db):
    target = incident_with_log(db, entries=4)
    _without_triggers(db, "DELETE FROM log_entries WHERE incident_id = ? AND seq > 3", [target])
    text = _text(incident_pdf(db, target))
    assert "NIET IN ORDE" in text and "regels verwijderd" in text


def test_decisions_and_corrections_come_from_the_verified_log(db):
    target = incident_with_log(db, entries=2)
    service.append_entry(db, target, kind="besluit", text="Opvang in sporthal", author="Test OvD")
    service.correct_entry(db, target, 2, text="Regel een, verbeterd", reason="typfout", author="Test OvD")
    text = _text(incident_pdf(db, target))
    assert "Opvang in sporthal" in text.split("Actielijst")[0]  # in the besluitenlijst
    assert "gecorrigeerd in regel 5: Regel een, verbeterd" in text


def test_a_deleted_chain_head_makes_the_pdf_say_so_instead_of_failing(db):
    target = incident_with_log(db, entries=2)
    _without_triggers(db, "DELETE FROM log_chain_heads WHERE incident_id = ?", [target])
    text = _text(incident_pdf(db, target))
    assert "NIET IN ORDE" in text and "ketenkop ontbreekt" in text
