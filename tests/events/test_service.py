"""Adding, changing, overriding and removing events; bad input changes nothing."""

import pytest

from piket.errors import NotFound, PiketError
from piket.events import queries, service

BASE = {"name": "Koningsdag", "start": "2027-04-27T09:00", "end": "2027-04-27T20:00",
        "location": "Esplanade", "visitors": "60000"}


def test_add_classifies_and_records_history(db):
    event_id = service.add_event(db, BASE | {"visitors_peak": "20000", "threat": "3"})
    result = service.classify_event(db, event_id)
    assert result["class"] == "B" and result["scan_class"] == "B" and not result["overridden"]
    assert db.execute("SELECT scan_class FROM events WHERE id = ?", [event_id]).fetchone()[0] == "B"
    assert db.execute("SELECT action FROM event_history WHERE event_id = ?", [event_id]).fetchone()[0] == "aangemaakt"


def test_total_visitors_count_as_peak_when_no_peak_is_known(db):
    event_id = service.add_event(db, BASE)
    assert service.classify_event(db, event_id)["class"] == "B"  # 60.000 > 15.000: knock-out


def test_density_is_derived_from_peak_and_area(db):
    event_id = service.add_event(db, BASE | {"visitors_peak": "3000", "area": "1000", "alcohol_drugs": "2"})
    result = service.classify_event(db, event_id)
    assert result["class"] == "C"  # 3 p/m² with much alcohol
    density = next(c for c in result["contributions"] if c["key"] == "density_peak")
    assert density["answer"] == "3 p/m²"


@pytest.mark.parametrize("change, message", [
    ({"end": "2027-04-27T08:00"}, "einde moet na de start"),
    ({"visitors": "-5"}, "bezoekers: moet minimaal 0"),
    ({"visitors": "veel"}, "bezoekers: 'veel' is geen getal"),
    ({"glitter": "3"}, "onbekend veld of criterium 'glitter'"),
    ({"night": "misschien"}, "night: onbekend antwoord"),
    ({"name": "  "}, "naam: mag niet leeg"),
    ({"start": "27-04-2027"}, "start: ongeldige tijd"),
    ({"visitors_peak": "70000"}, "tegelijk kan niet meer zijn dan het totaal"),
])
def test_bad_input_is_refused_and_nothing_written(db, snapshot, change, message):
    service.add_event(db, BASE)
    before = snapshot()
    with pytest.raises(PiketError, match=message):
        service.add_event(db, BASE | change)
    with pytest.raises(PiketError, match=message):
        service.set_values(db, 1, change)
    assert snapshot() == before


def test_set_changes_fields_and_answers_and_raises_sequence(db):
    event_id = service.add_event(db, BASE)
    seq = db.execute("SELECT sequence FROM events").fetchone()[0]
    result = service.set_values(db, "Koningsdag", {"einde": "2027-04-27T23:30", "night": "ja", "rival_groups": "3"})
    assert result["class"] == "B"
    row = db.execute("SELECT end_at, sequence FROM events WHERE id = ?", [event_id]).fetchone()
    assert row[0] == "2027-04-27T21:30:00Z" and row[1] > seq
    assert service.answers_of(db, event_id) == {"night": "ja", "rival_groups": "3"}
    service.set_values(db, event_id, {"night": ""})
    assert service.answers_of(db, event_id) == {"rival_groups": "3"}


def test_override_needs_a_reason_and_keeps_both_classes(db, snapshot):
    event_id = service.add_event(db, BASE | {"visitors": "500"})
    before = snapshot()
    with pytest.raises(PiketError, match="motivering"):
        service.override_class(db, event_id, "B", "  ")
    with pytest.raises(PiketError, match="onbekende klasse 'D'"):
        service.override_class(db, event_id, "D", "waarom niet")
    assert snapshot() == before
    result = service.override_class(db, event_id, "B", "Koninklijk bezoek aangekondigd", author="adviseur")
    assert (result["class"], result["scan_class"], result["overridden"]) == ("B", "A", True)
    assert "Koninklijk bezoek aangekondigd" in result["reasons"][0]
    history = db.execute("SELECT action, detail, author FROM event_history WHERE event_id = ? ORDER BY id DESC",
                         [event_id]).fetchone()
    assert history == ("klasse overschreven naar B", "Koninklijk bezoek aangekondigd", "adviseur")
    cleared = service.override_class(db, event_id, None, "bezoek afgezegd")
    assert (cleared["class"], cleared["overridden"]) == ("A", False)


def test_status_must_be_a_known_hev_step(db):
    event_id = service.add_event(db, BASE)
    assert service.set_status(db, event_id, "vergunning_verleend") == "Vergunning verleend"
    with pytest.raises(PiketError, match="onbekend\\(e\\) status"):
        service.set_status(db, event_id, "goedgekeurd")


def test_removed_event_is_hidden_but_kept(db):
    event_id = service.add_event(db, BASE)
    service.remove_event(db, event_id)
    with pytest.raises(NotFound):
        queries.resolve_event(db, event_id)
    assert queries.resolve_event(db, event_id, include_deleted=True) == event_id
    assert db.execute("SELECT deleted_at IS NOT NULL FROM events").fetchone()[0] == 1


def test_parts_must_lie_within_the_event(db):
    event_id = service.add_event(db, BASE | {"end": "2027-04-28T01:00"})
    assert service.add_part(db, event_id, "Avondprogramma", "2027-04-27T19:00", "2027-04-28T01:00")
    with pytest.raises(PiketError, match="buiten de tijden"):
        service.add_part(db, event_id, "Nazit", "2027-04-28T00:00", "2027-04-28T03:00")


def test_names_resolve_only_when_unique(db):
    service.add_event(db, BASE)
    service.add_event(db, BASE | {"start": "2028-04-27T09:00", "end": "2028-04-27T20:00"})
    with pytest.raises(PiketError, match="niet uniek"):
        queries.resolve_event(db, "Koningsdag")
    with pytest.raises(NotFound, match="bestaat niet"):
        queries.resolve_event(db, "Bevrijdingsdag")


def test_reclassify_all_follows_changed_criteria(db, monkeypatch):
    from piket.events import scan

    first = service.add_event(db, BASE | {"visitors": "500", "alcohol_drugs": "3"})
    assert service.reclassify_all(db) == (1, 0)
    rules = scan.load_rules(db)
    heavier = scan.Rules(tuple(c.model_copy(update={"weight": 10}) if c.key == "alcohol_drugs" else c
                               for c in rules.criteria), rules.classes)
    monkeypatch.setattr(scan, "load_rules", lambda _db: heavier)
    assert service.reclassify_all(db) == (1, 1)
    assert db.execute("SELECT scan_class, scan_score FROM events WHERE id = ?", [first]).fetchone() == ("C", 30)
