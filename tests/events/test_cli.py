"""``piket event ...`` as cli.md fixes it: names, JSON keys and exit codes."""

import json

SAMPLE = ["--start", "2027-05-05T12:00", "--end", "2027-05-05T23:30", "--location", "Esplanade"]


def add(cli_json, name="Bevrijdingsfestival", *extra):
    return cli_json("event", "add", "--name", name, *SAMPLE, *extra)["id"]


def test_add_list_classify(cli, cli_json):
    event_id = add(cli_json, "Bevrijdingsfestival", "--visitors", "25000", "--set", "national=ja",
                   "--set", "alcohol_drugs=2")
    rows = cli_json("event", "list", "--from", "2027-05-01", "--to", "2027-05-31")
    assert rows == [{"id": event_id, "name": "Bevrijdingsfestival", "start": "2027-05-05T12:00:00+02:00",
                     "end": "2027-05-05T23:30:00+02:00", "location": "Esplanade", "visitors": 25000,
                     "class": "B", "status": "aangemeld"}]
    result = cli_json("event", "classify", str(event_id))
    assert set(result) >= {"class", "score", "reasons", "overridden"}
    assert result["class"] == "B" and result["overridden"] is False and result["score"] == 17
    assert cli_json("event", "list", "--from", "2027-06-01") == []
    assert cli_json("event", "list", "--class", "A") == []


def test_plain_add_prints_the_id(cli):
    code, out, err = cli("event", "add", "--name", "Buurtfeest", *SAMPLE)
    assert (code, out.strip(), err) == (0, "1", "")


def test_refusals_exit_1_with_one_line(cli, cli_json):
    add(cli_json)
    for args, text in [
        (["event", "add", "--name", "X", "--start", "2027-05-05T12:00", "--end", "2027-05-05T11:00"], "einde moet na"),
        (["event", "add", "--name", "X", *SAMPLE, "--visitors", "-1"], "bezoekers"),
        (["event", "add", "--name", "X", *SAMPLE, "--set", "glitter=1"], "onbekend veld of criterium"),
        (["event", "override", "1", "--class", "C", "--reason", " "], "motivering"),
        (["event", "classify", "99"], "bestaat niet"),
        (["event", "set", "1", "novalue"], "KEY=WAARDE"),
    ]:
        code, out, err = cli(*args)
        assert code == 1, args
        assert text in err and err.count("\n") == 1 and "Traceback" not in err
    assert len(cli_json("event", "list")) == 1


def test_override_and_show(cli, cli_json):
    event_id = add(cli_json)
    result = cli_json("event", "override", str(event_id), "--class", "C", "--reason", "dreiging")
    assert result["class"] == "C" and result["overridden"] is True
    shown = cli_json("event", "show", str(event_id))
    assert shown["class"] == "C" and shown["classification"]["scan_class"] == "A"
    assert shown["history"][-1]["action"] == "klasse overschreven naar C"
    code, out, err = cli("event", "override", str(event_id), "--class", "B")
    assert code == 2  # --reason is required


def test_status_remove_and_set(cli, cli_json):
    event_id = add(cli_json)
    assert cli("event", "status", str(event_id), "in_behandeling")[0] == 0
    assert cli("event", "status", str(event_id), "klaar")[0] == 1
    assert cli_json("event", "set", str(event_id), "visitors=30000")["class"] == "B"
    assert cli("event", "remove", "Bevrijdingsfestival")[0] == 0
    assert cli_json("event", "list") == []


def test_conflicts_json_shape(cli, cli_json):
    first = add(cli_json, "Festival", "--visitors", "20000", "--set", "threat=3")
    second = add(cli_json, "Markt", "--visitors", "10000")
    conflicts = cli_json("event", "conflicts", "--from", "2027-05-05", "--to", "2027-05-05")
    assert len(conflicts) == 1  # one entry per set of events, naming every limit passed
    assert conflicts[0]["events"] == [first, second] and conflicts[0]["rules"] == ["same_location", "visitors"]
    assert "zelfde locatie" in conflicts[0]["reason"] and "samen 30.000 bezoekers" in conflicts[0]["reason"]


def test_ref_criteria(cli_json):
    criteria = cli_json("ref", "criteria")
    keys = {c["key"] for c in criteria}
    assert {"visitors_peak", "density_peak", "alcohol_drugs", "threat", "night"} <= keys
    for criterion in criteria:
        assert {"key", "label", "dimension", "answer_type", "choices"} <= set(criterion)
        assert criterion["choices"]


def test_advice_cycle(cli, cli_json):
    event_id = add(cli_json, "Bevrijdingsfestival", "--visitors", "25000", "--set", "structures=2")
    assert cli("event", "advice", "new", str(event_id))[1].strip() == "1"
    advice = cli_json("event", "advice", "show", str(event_id))
    assert advice["status"] == "concept" and [s["code"] for s in advice["sections"]][:3] == [
        "gegevens", "classificatie", "risicos"]
    assert any("Vuurwerk" in c["text"] for c in advice["conditions"])
    assert cli("event", "advice", "set", str(event_id), "politie", "Extra surveillance.")[0] == 0
    assert cli("event", "advice", "condition", str(event_id), "Geen glas op het terrein.", "--risk", "alcohol_drugs")[0] == 0
    assert cli("event", "advice", "send", str(event_id))[0] == 0
    code, out, err = cli("event", "advice", "set", str(event_id), "politie", "later")
    assert code == 1 and "bevroren" in err
    assert cli("event", "advice", "new", str(event_id))[1].strip() == "2"
    second = cli_json("event", "advice", "show", str(event_id))
    politie = next(s for s in second["sections"] if s["code"] == "politie")
    assert politie["text"] == "Extra surveillance." and second["conditions"][-1]["text"] == "Geen glas op het terrein."
    shown = json.loads(cli("event", "show", str(event_id), "--json")[1])
    assert shown["status"] == "advies_uitgebracht"
    assert [a["status"] for a in shown["advice"]] == ["verzonden", "concept"]
