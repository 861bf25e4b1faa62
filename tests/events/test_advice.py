"""The advice: prefilled from scan and template, versions, frozen once sent."""

import sqlite3

import pytest

from piket.errors import PiketError
from piket.events import advice
from piket.events.service import add_event, override_class


@pytest.fixture
def event_id(db):
    return add_event(db, {"name": "Dance Valley", "start": "2027-07-10T12:00", "end": "2027-07-11T01:00",
                          "location": "Almeerderstrand", "visitors": "20000", "visitors_peak": "14000",
                          "area": "5000", "alcohol_drugs": "3", "night": "ja", "organiser": "Beach Events BV"})


def test_prefill_follows_the_scan(db, event_id):
    assert advice.new_version(db, event_id, author="adviseur") == 1
    got = advice.get_advice(db, event_id)
    sections = {s["code"]: s for s in got["sections"]}
    assert "Organisator: Beach Events BV" in sections["gegevens"]["text"]
    assert sections["classificatie"]["text"].startswith("Behandelclassificatie C (risicovol)")
    assert "Publieksprofiel" in sections["risicos"]["text"]
    assert sections["politie"]["discipline"] == "politie"
    risks = [c["risk"] for c in got["conditions"]]
    assert risks[:3] == ["classificatie", "classificatie", "classificatie"]  # C: all three plans
    assert {"density_peak", "alcohol_drugs", "night"} <= set(risks)
    assert [c["number"] for c in got["conditions"]] == list(range(1, len(risks) + 1))


def test_override_shows_in_the_motivation(db, event_id):
    override_class(db, event_id, "B", "Ervaren organisator, terrein ruim opgezet")
    advice.new_version(db, event_id)
    text = advice.get_advice(db, event_id)["sections"][1]["text"]
    assert "De risicoscan gaf klasse C" in text and "Ervaren organisator" in text


def test_sent_advice_is_frozen_even_for_sql(db, event_id):
    advice.new_version(db, event_id)
    advice.send_advice(db, event_id)
    with pytest.raises(PiketError, match="bevroren"):
        advice.save_advice(db, event_id, sections={"politie": "anders"})
    with pytest.raises(sqlite3.IntegrityError, match="bevroren"):
        db.execute("UPDATE event_advice SET sections = '[]'")
    with pytest.raises(sqlite3.IntegrityError, match="bevroren"):
        db.execute("DELETE FROM event_advice")


def test_one_concept_at_a_time_and_bad_edits(db, event_id):
    with pytest.raises(PiketError, match="nog geen advies"):
        advice.get_advice(db, event_id)
    advice.new_version(db, event_id)
    with pytest.raises(PiketError, match="nog een concept"):
        advice.new_version(db, event_id)
    with pytest.raises(PiketError, match="onbekende sectie 'muziek'"):
        advice.save_advice(db, event_id, sections={"muziek": "x"})
    with pytest.raises(PiketError, match="voorschrift 2: tekst mag niet leeg"):
        advice.save_advice(db, event_id, conditions=[{"text": "a"}, {"text": " "}])
    with pytest.raises(PiketError, match="voorschrift 99 bestaat niet"):
        advice.remove_condition(db, event_id, 99)
    count = len(advice.get_advice(db, event_id)["conditions"])
    advice.remove_condition(db, event_id, 1)
    assert len(advice.get_advice(db, event_id)["conditions"]) == count - 1
    with pytest.raises(PiketError, match="versie 5 van het advies bestaat niet"):
        advice.get_advice(db, event_id, 5)
