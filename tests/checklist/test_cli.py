"""``piket checklist``: the contract of shared/cli.md, exit codes and refusals."""

import json

import pytest


def test_new_set_show_contract(cli, cli_json):
    code, out, err = cli("checklist", "new", "--template", "floriade", "--title", "Floriade v3")
    assert code == 0 and out.strip() == "1", err
    assert cli_json("checklist", "new", "--template", "floriade") == {"id": 2}
    code, out, err = cli("checklist", "set", "Floriade v3", "EVAC-02", "--verdict", "voldoet_niet",
                         "--finding", "5 minuten niet onderbouwd", "--advice", "Oefening eisen",
                         "--condition", "Ontruiming kabelbaan vóór opening beoefend")
    assert code == 0, err
    shown = cli_json("checklist", "show", "1")
    assert set(shown) >= {"id", "title", "template", "event", "items", "progress"}
    assert shown["id"] == 1 and shown["template"] == "floriade" and shown["event"] is None
    assert shown["progress"]["assessed"] == 1 and shown["progress"]["total"] == len(shown["items"])
    item = next(i for i in shown["items"] if i["code"] == "EVAC-02")
    assert {"code", "theme", "question", "verdict", "finding", "advice", "condition"} <= set(item)
    assert item["verdict"] == "voldoet_niet" and item["theme"] == "Ontruiming, evacuatie en kabelbaan"
    assert item["condition"].startswith("Ontruiming kabelbaan")


@pytest.mark.parametrize("verdict", ["voldoet", "deels", "voldoet_niet", "onvoldoende_info", "nvt"])
def test_every_contract_verdict_is_accepted(cli, cli_json, verdict):
    cli("checklist", "new", "--template", "floriade")
    assert cli_json("checklist", "set", "1", "DOC-01", "--verdict", verdict)["verdict"] == verdict


@pytest.mark.parametrize(("args", "message"), [
    (("set", "1", "DOC-01", "--verdict", "goed"), "onbekend(e) oordeel"),
    (("set", "1", "NOPE-1", "--verdict", "voldoet"), "onbekend item"),
    (("set", "9", "DOC-01", "--verdict", "voldoet"), "bestaat niet"),
    (("set", "1", "DOC-01"), "niets te wijzigen"),
    (("new", "--template", "floriade", "--title", " "), "titel"),
    (("new", "--template", "floriade", "--event", "Sail"), "evenement"),
])
def test_refusals_exit_1_with_one_line_and_nothing_written(cli, db_path, args, message):
    import sqlite3

    cli("checklist", "new", "--template", "floriade")

    def state():
        with sqlite3.connect(db_path) as conn:
            return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in ("checklists", "checklist_items", "checklist_item_history")]

    before = state()
    code, out, err = cli("checklist", *args)
    assert code == 1 and message in err and err.count("\n") == 1 and "Traceback" not in err
    assert state() == before


def test_list_history_chain_and_filters(cli, cli_json):
    cli("checklist", "new", "--template", "floriade", "--reviewer", "A. Jansen")
    cli("checklist", "set", "1", "BEV-01", "--verdict", "deels", "--finding", "Aantallen ontbreken")
    cli("checklist", "set", "1", "BEV-01", "--advice", "Staffel per dienst", "--discipline", "gemeente")
    cli("checklist", "set", "1", "DOC-01", "--verdict", "voldoet_niet", "--finding", "Geen lijst",
        "--document", "Veiligheidsplan v3", "--page", "p. 3")
    listed = cli_json("checklist", "list")
    assert listed[0]["assessed"] == 2 and listed[0]["voldoet_niet"] == 1
    history = cli_json("checklist", "history", "1", "BEV-01")
    assert [set(h["changes"]) for h in history] == [{"verdict", "finding"}, {"advice", "advice_discipline"}]
    assert history[0]["reviewer"] == "A. Jansen"
    report = cli_json("checklist", "chain", "1")
    assert {(r["code"], r["stage"]) for r in report} >= {("BEV-01", "bevinding"), ("DOC-01", "advies")}
    failing = cli_json("checklist", "show", "1", "--failing")
    assert [i["code"] for i in failing["items"]] == ["DOC-01"]
    assert len(cli_json("checklist", "show", "1", "--open")["items"]) == failing["progress"]["total"] - 2
    code, out, err = cli("checklist", "show", "1")
    assert code == 0 and "2/" in out and "DOC-01" in out


def test_ref_templates_json(cli):
    code, out, err = cli("ref", "templates", "--json")
    assert code == 0 and json.loads(out)[0]["code"] == "floriade"


def test_review_linked_to_event(cli, cli_json, db):
    """Needs the events module's services (piket.events.service.add_event/remove_event)."""
    events = pytest.importorskip("piket.events.service")
    event_id = events.add_event(db, {"name": "Floriade Expo 2022", "start_at": "2022-04-14T09:00",
                                     "end_at": "2022-10-09T19:00", "location": "Almere"})
    other = events.add_event(db, {"name": "Oude markt", "start_at": "2022-05-01T09:00",
                                  "end_at": "2022-05-01T17:00"})
    events.remove_event(db, other)
    created = cli_json("checklist", "new", "--template", "floriade", "--event", "Floriade Expo 2022")
    shown = cli_json("checklist", "show", str(created["id"]))
    assert shown["event"] == event_id and "Floriade Expo 2022" in shown["title"]
    code, out, err = cli("checklist", "new", "--template", "floriade", "--event", str(other))
    assert code == 1 and "verwijderd" in err
    code, out, err = cli("checklist", "new", "--template", "floriade", "--event", "Oude markt")
    assert code == 1 and "verwijderd" in err
    assert len(cli_json("checklist", "list")) == 1
