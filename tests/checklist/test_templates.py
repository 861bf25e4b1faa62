"""Templates: the bundled Floriade template, validation with reasons, export and import."""

import json

import pytest

from piket.checklist import templates
from piket.errors import PiketError


def small_template(**changes) -> dict:
    doc = {
        "name": "klein",
        "title": "Klein evenement",
        "version": 1,
        "disciplines": [{"code": "gemeente", "label": "Gemeente"}],
        "themes": [{
            "code": "T1", "title": "Thema", "discipline": "gemeente",
            "items": [{"code": "T1-01", "question": "Is er een plan?"},
                      {"code": "T1-02", "question": "Is het plan uitvoerbaar?"}],
        }],
    }
    doc.update(changes)
    return doc


def test_floriade_template_is_complete(db):
    floriade = templates.get_template(db, "floriade")
    assert len(floriade.themes) >= 17
    assert floriade.item_count() >= 60
    for theme in floriade.themes:
        assert 3 <= len(theme.items) <= 6, theme.code
        for item in theme.items:
            assert item.guidance, item.code
    codes = [item.code for theme in floriade.themes for item in theme.items]
    assert len(set(codes)) == len(codes)


def test_floriade_covers_the_themes_of_the_brief(db):
    titles = " ".join(t.title.lower() for t in templates.get_template(db, "floriade").themes)
    for word in ("documenten", "organisatie", "risico", "gekwantificeerd", "crowd", "kabelbaan",
                 "medische", "brand", "beveiliging", "a6", "communicatie", "vip", "avond",
                 "cyber", "weer", "vertrouwelijk", "herleidbaarheid"):
        assert word in titles, word


def test_ref_templates_lists_floriade(cli_json):
    rows = cli_json("ref", "templates")
    floriade = next(row for row in rows if row["code"] == "floriade")
    assert floriade["label"] and floriade["items"] >= 60 and floriade["source"] == "data"


@pytest.mark.parametrize(("change", "reason"), [
    (lambda d: d["themes"][0]["items"].append({"code": "T1-01", "question": "Nog eens?"}),
     "itemcode 'T1-01' komt dubbel voor"),
    (lambda d: d["themes"][0]["items"][1].update(question="   "),
     "thema 1 (T1): item 2 (T1-02): veld 'question': mag niet leeg zijn"),
    (lambda d: d["themes"][0]["items"][0].pop("question"),
     "item 1 (T1-01): veld 'question': ontbreekt"),
    (lambda d: d["themes"][0].update(items=[]), "thema 1 (T1): veld 'items': mag niet leeg zijn"),
    (lambda d: d["themes"][0]["items"][0].update(discipline="marechaussee"),
     "onbekende discipline 'marechaussee'"),
    (lambda d: d["themes"][0]["items"][0].update(code="T1 01"), "ongeldige code"),
    (lambda d: d.update(colour="rood"), "veld 'colour': onbekend veld"),
])
def test_bad_template_is_refused_with_the_reason(change, reason):
    doc = small_template()
    change(doc)
    with pytest.raises(PiketError) as info:
        templates.parse_template(json.dumps(doc))
    assert reason in str(info.value)


def test_not_json_is_refused():
    with pytest.raises(PiketError, match="geen geldige JSON"):
        templates.parse_template(b"{nope", "x.json")


def test_export_then_import_under_another_name(db):
    exported = templates.export_template(db, "floriade")
    again = templates.parse_template(exported)
    assert again == templates.get_template(db, "floriade")
    imported = templates.import_template(db, exported, name="floriade-lelystad")
    assert imported.name == "floriade-lelystad"
    names = {row["code"]: row["source"] for row in templates.list_templates(db)}
    assert names == {"floriade": "data", "floriade-lelystad": "import"}


def test_import_refuses_taken_name_and_bad_template_writes_nothing(db):
    templates.list_templates(db)
    before = db.execute("SELECT count(*) FROM checklist_templates").fetchone()[0]
    with pytest.raises(PiketError, match="bestaat al"):
        templates.import_template(db, templates.export_template(db, "floriade"))
    bad = small_template()
    bad["themes"][0]["items"][1]["code"] = "T1-01"
    with pytest.raises(PiketError, match="dubbel"):
        templates.import_template(db, json.dumps(bad).encode())
    assert db.execute("SELECT count(*) FROM checklist_templates").fetchone()[0] == before


def test_cli_template_round_trip(cli, tmp_path):
    target = tmp_path / "floriade.json"
    code, out, err = cli("checklist", "template", "export", "floriade", "-o", str(target))
    assert code == 0, err
    code, out, err = cli("checklist", "template", "validate", str(target))
    assert code == 0 and "17 thema's" in out
    doc = json.loads(target.read_text())
    doc["themes"][2]["items"][0]["question"] = ""
    target.write_text(json.dumps(doc))
    code, out, err = cli("checklist", "template", "import", str(target), "--as", "kopie")
    assert code == 1 and "veld 'question': mag niet leeg zijn" in err and err[-1] == "\n"
    assert err.count("\n") == 1
    code, out, err = cli("checklist", "template", "list", "--json")
    assert [row["code"] for row in json.loads(out)] == ["floriade"]


def test_unknown_template_is_refused(cli):
    code, out, err = cli("checklist", "new", "--template", "pinkpop")
    assert code == 1 and "onbekend sjabloon" in err and "floriade" in err
