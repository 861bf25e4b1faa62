"""Reviews: copy of the template, item changes with history, refusals leave no trace."""

import json

import pytest

from piket.checklist import progress, service, templates
from piket.errors import PiketError


def table_counts(db) -> dict:
    return {name: db.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in ("checklists", "checklist_items", "checklist_item_history")}


@pytest.fixture
def review(db):
    return service.new_checklist(db, "floriade", reviewers=["A. Jansen", "B. de Boer"])


def test_review_copies_its_template(db, review):
    items = service.item_rows(db, review)
    assert len(items) == templates.get_template(db, "floriade").item_count()
    assert items[0]["code"] == "DOC-01" and items[0]["verdict"] is None
    head = service.header(db, review)
    assert head["title"] == "Toetsing veiligheidsplan Floriade Expo 2022"
    assert head["template_data"]["name"] == "floriade"


def test_later_template_edits_do_not_change_old_reviews(db, review, tmp_path, monkeypatch):
    copy = tmp_path / "checklists"
    copy.mkdir()
    doc = json.loads(templates.export_template(db, "floriade"))
    doc["themes"][0]["items"][0]["question"] = "Gewijzigde vraag?"
    doc["themes"][0]["items"].pop()
    (copy / "floriade.json").write_text(json.dumps(doc))
    monkeypatch.setattr(templates, "bundled_dir", lambda: copy)
    newer = service.new_checklist(db, "floriade")
    assert service.item_rows(db, newer)[0]["question"] == "Gewijzigde vraag?"
    old = service.item_rows(db, review)
    assert old[0]["question"].startswith("Is er één documentenlijst")
    assert len(old) == len(service.item_rows(db, newer)) + 1


def test_set_item_records_everything_and_its_history(db, review, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2022-02-01T10:00:00+01:00")
    item = service.set_item(
        db, review, "evac-02", verdict="voldoet niet", finding="Geen onderbouwing van 5 minuten",
        document="Veiligheidsplan v3", page="§6.4, p. 212", advice="Laat een ontruimingsoefening zien",
        advice_discipline="brandweer", reviewer="C. Smit",
    )
    assert item["verdict"] == "voldoet_niet" and item["reviewer"] == "C. Smit"
    assert item["assessed_at"] == "2022-02-01T09:00:00Z"
    monkeypatch.setenv("PIKET_NOW", "2022-02-03T09:00:00+01:00")
    service.set_item(db, review, "EVAC-02", decision="in_vergunning",
                     condition="De kabelbaan wordt vóór opening ontruimd in een oefening.")
    history = service.item_history(db, review, "EVAC-02")
    assert len(history) == 2
    assert history[0]["at"] == "2022-02-01T10:00:00+01:00"
    assert history[0]["changes"]["verdict"] == {"from": None, "to": "voldoet_niet"}
    assert history[1]["reviewer"] == "A. Jansen"  # the review's first reviewer by default
    assert set(history[1]["changes"]) == {"decision", "condition"}


def test_unchanged_values_leave_no_history(db, review):
    service.set_item(db, review, "DOC-01", verdict="voldoet")
    service.set_item(db, review, "DOC-01", verdict="voldoet", finding="")
    assert len(service.item_history(db, review, "DOC-01")) == 1


def test_clearing_the_verdict_reopens_the_item(db, review):
    service.set_item(db, review, "DOC-01", verdict="deels")
    item = service.set_item(db, review, "DOC-01", verdict=None)
    assert item["verdict"] is None and item["assessed_at"] is None


@pytest.mark.parametrize(("ref", "item", "changes", "message"), [
    (1, "DOC-01", {"verdict": "prima"}, "onbekend(e) oordeel: 'prima'"),
    (1, "DOC-99", {"verdict": "voldoet"}, "onbekend item 'DOC-99'"),
    (7, "DOC-01", {"verdict": "voldoet"}, "checklist '7' bestaat niet"),
    (1, "DOC-01", {"decision": "misschien"}, "onbekend besluit"),
    (1, "DOC-01", {"advice": "Doe iets", "decision": "afgewezen"}, "reden"),
    (1, "DOC-01", {"decision": "overgenomen"}, "geen advies"),
    (1, "DOC-01", {"advice_discipline": "leger"}, "onbekende discipline"),
])
def test_bad_input_is_refused_and_nothing_written(db, review, ref, item, changes, message):
    before = table_counts(db)
    snapshot = service.item_rows(db, review)
    with pytest.raises(PiketError) as info:
        service.set_item(db, ref, item, **changes)
    assert message in str(info.value)
    assert table_counts(db) == before
    assert service.item_rows(db, review) == snapshot


def test_empty_title_is_refused(db):
    with pytest.raises(PiketError, match="titel"):
        service.new_checklist(db, "floriade", title="  ")
    assert table_counts(db)["checklists"] == 0


def test_history_cannot_be_rewritten(db, review):
    import sqlite3

    service.set_item(db, review, "DOC-01", verdict="voldoet")
    with pytest.raises(sqlite3.DatabaseError, match="onveranderbaar"):
        db.execute("UPDATE checklist_item_history SET reviewer = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="onveranderbaar"):
        db.execute("DELETE FROM checklist_item_history")


def test_progress_per_theme_and_overall(db, review):
    service.set_item(db, review, "DOC-01", verdict="voldoet")
    service.set_item(db, review, "DOC-02", verdict="voldoet_niet", finding="Aantallen wijken af")
    service.set_item(db, review, "MED-02", verdict="nvt")
    shown = progress.show(db, review)
    assert shown["progress"]["assessed"] == 3
    assert shown["progress"]["total"] == len(shown["items"])
    assert shown["progress"]["by_verdict"]["voldoet_niet"] == 1
    doc = shown["progress"]["themes"][0]
    assert (doc["code"], doc["assessed"], doc["total"], doc["open"]) == ("DOC", 2, 5, 3)
    assert [i["code"] for i in progress.show(db, review, which="voldoet_niet")["items"]] == ["DOC-02"]
    assert len(progress.show(db, review, which="open")["items"]) == shown["progress"]["total"] - 3
    ghor = progress.show(db, review, discipline="ghor")["items"]
    assert ghor and all(i["discipline"] == "ghor" or i["advice_discipline"] == "ghor" for i in ghor)


def test_public_view_leaves_out_confidential_items(db, review):
    service.set_item(db, review, "DOC-01", confidential=True)
    public = progress.show(db, review, public=True)
    codes = {i["code"] for i in public["items"]}
    assert "DOC-01" not in codes and "VIP-01" not in codes and "DOC-02" in codes


def test_edit_and_list(db, review):
    service.update_checklist(db, review, title="Floriade v3", reviewers=["D. Bakker"],
                             documents="Veiligheidsplan v3 (dec 2021)")
    service.set_item(db, review, "DOC-01", verdict="voldoet_niet")
    rows = service.list_checklists(db)
    assert rows[0]["title"] == "Floriade v3" and rows[0]["assessed"] == 1
    assert rows[0]["voldoet_niet"] == 1 and rows[0]["event"] is None
    assert service.header(db, review)["reviewers"] == "D. Bakker"
