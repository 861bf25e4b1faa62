"""The roster commands as cli.md fixes them: names, exit codes and JSON keys."""

import json

from tests.roster.helpers import count_rows


def setup_pool(cli):
    assert cli("person", "add", "--name", "Jan Jansen", "--phone", "06-12345678", "--function", "OVDBZ")[0] == 0
    assert cli("person", "add", "--name", "Piet", "--function", "OVDBZ", "ACBZ")[0] == 0
    assert cli("person", "add", "--name", "Klaas", "--function", "OVDBZ")[0] == 0
    code, out, _ = cli("pool", "add", "--name", "OvD-Bz Almere", "--function", "OVDBZ")
    assert code == 0 and out.strip() == "1"
    for name in ("Jan Jansen", "Piet", "Klaas"):
        assert cli("pool", "member", "OvD-Bz Almere", name)[0] == 0


def test_people_and_pools_json(cli, cli_json):
    setup_pool(cli)
    people = cli_json("person", "list")
    assert people[0] == {"id": 1, "name": "Jan Jansen", "phone": "06-12345678", "email": "",
                         "municipality": "", "functions": ["OVDBZ"]}
    assert cli_json("person", "add", "--name", "Nieuw") == {"id": 4}
    [pool] = cli_json("pool", "list")
    assert pool == {"id": 1, "name": "OvD-Bz Almere", "function": "OVDBZ", "level": "lokaal",
                    "handover": "mon 08:00", "kind": "hard", "members": ["Jan Jansen", "Klaas", "Piet"]}
    assert cli_json("qualification", "add", "Piet", "--function", "OVDBZ", "--valid-until", "2031-01-01") == {"id": 2}
    assert cli_json("absence", "add", "Piet", "--from", "2030-02-01", "--to", "2030-02-03") == {"id": 1}


def test_fill_show_gaps_oncall(cli, cli_json, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2029-12-01T12:00:00")
    setup_pool(cli)
    result = cli_json("roster", "fill", "OvD-Bz Almere", "--from", "2030-01-07", "--weeks", "6")
    assert result["filled"] == 6 and result["gaps"] == []
    shown = cli_json("roster", "show", "OvD-Bz Almere", "--from", "2030-01-07", "--weeks", "6")
    assert [set(r) for r in shown] == [{"pool", "start", "end", "person", "person_id", "manual"}] * 6
    assert shown[0]["start"] == "2030-01-07T08:00:00+01:00" and shown[0]["manual"] is False
    holder = shown[1]["person"]
    assert cli("absence", "add", holder, "--from", "2030-01-16", "--to", "2030-01-16", "--reason", "cursus")[0] == 0
    gaps = cli_json("roster", "gaps", "--from", "2030-01-07", "--weeks", "6")
    assert gaps == [{"pool": "OvD-Bz Almere", "start": "2030-01-14T08:00:00+01:00",
                     "end": "2030-01-21T08:00:00+01:00", "problem": gaps[0]["problem"]}]
    assert "afwezig" in gaps[0]["problem"] and holder in gaps[0]["problem"]
    [now] = cli_json("oncall", "--at", "2030-01-15T03:00")
    assert {"pool", "function", "person", "phone", "until"} <= set(now)
    assert now["person"] == holder and now["function"] == "OVDBZ"
    assert now["until"] == "2030-01-21T08:00:00+01:00"
    code, out, err = cli("roster", "fill", "--all", "--from", "2030-01-07", "--weeks", "6")
    assert code == 0 and "gewijzigd" in out and "bewezen optimaal" in out
    assert cli_json("roster", "gaps", "--from", "2030-01-07", "--weeks", "6") == []


def test_assign_and_swap(cli, cli_json):
    setup_pool(cli)
    assert cli("roster", "assign", "OvD-Bz Almere", "2030-01-09", "Piet")[0] == 0
    assert cli("roster", "assign", "OvD-Bz Almere", "2030-W03", "Klaas")[0] == 0
    assert cli("roster", "swap", "OvD-Bz Almere", "2030-01-07", "2030-01-14")[0] == 0
    shown = cli_json("roster", "show", "OvD-Bz Almere", "--from", "2030-01-07", "--weeks", "2")
    assert [r["person"] for r in shown] == ["Klaas", "Piet"] and all(r["manual"] for r in shown)
    history = cli_json("roster", "history")
    assert [h["action"] for h in history] == ["swap", "swap", "assign", "assign"]


def test_bad_input_exits_1_with_one_line_and_writes_nothing(cli, db_path):
    setup_pool(cli)
    from piket.storage import connect

    with connect(db_path) as db:
        before = count_rows(db)
    cases = [
        ("person", "add", "--name", ""),
        ("person", "add", "--name", "X", "--function", "NOPE"),
        ("pool", "add", "--name", "X", "--function", "NOPE"),
        ("pool", "add", "--name", "X", "--function", "OVDBZ", "--handover", "someday"),
        ("absence", "add", "Piet", "--from", "2030-02-03", "--to", "2030-02-01"),
        ("absence", "add", "Niemand", "--from", "2030-02-01", "--to", "2030-02-03"),
        ("roster", "assign", "OvD-Bz Almere", "2030-01-07", "Niemand"),
        ("roster", "assign", "Geen pool", "2030-01-07", "Piet"),
        ("roster", "swap", "OvD-Bz Almere", "2030-01-07", "2030-01-14"),
        ("roster", "fill", "--from", "2030-01-07"),
        ("qualification", "add", "Piet", "--function", "NOPE"),
    ]
    for args in cases:
        code, out, err = cli(*args)
        assert code == 1, (args, err)
        assert err.count("\n") == 1 and err.startswith("piket: ") and "Traceback" not in err
    assert cli("pool", "add", "--name", "X", "--function", "OVDBZ", "--level", "landelijk")[0] == 2
    with connect(db_path) as db:
        assert count_rows(db) == before


def test_refused_assignment_says_why_and_force_records_it(cli, cli_json):
    setup_pool(cli)
    cli("absence", "add", "Piet", "--from", "2030-01-08", "--to", "2030-01-09", "--reason", "verlof")
    code, _, err = cli("roster", "assign", "OvD-Bz Almere", "2030-01-07", "Piet")
    assert code == 1 and "afwezig" in err
    code, out, _ = cli("roster", "assign", "OvD-Bz Almere", "2030-01-07", "Piet", "--force",
                       "--reason", "niemand anders")
    assert code == 0 and "ondanks" in out
    [entry] = cli_json("roster", "history")
    assert entry["override"] is True and entry["reason"] == "niemand anders"


def test_import_people_all_or_nothing(cli, cli_json, tmp_path):
    setup_pool(cli)
    good = tmp_path / "mensen.csv"
    good.write_text("naam,telefoon,email,gemeente,functies,pools\n"
                    "Anna,06-11111111,anna@almere.nl,Almere,OVDBZ|ACBZ,OvD-Bz Almere\n"
                    "Bert,,,,AOV,\n", encoding="utf-8")
    code, out, err = cli("person", "import", str(good))
    assert code == 0, err
    names = [p["name"] for p in cli_json("person", "list")]
    assert "Anna" in names and "Bert" in names
    bad = tmp_path / "fout.csv"
    bad.write_text("\ufeffnaam;telefoon;email;gemeente;functies;pools\n"
                   "Carla;;;;OVDBZ;OvD-Bz Almere\n"
                   "Dirk;;;;XYZ;\n", encoding="utf-8")
    code, _, err = cli("person", "import", str(bad))
    assert code == 1 and "rij 3" in err and "functies" in err
    dup = tmp_path / "dubbel.csv"
    dup.write_text("naam;functies\nEva;OVDBZ\nEva;OVDBZ\n", encoding="utf-8")
    code, _, err = cli("person", "import", str(dup))
    assert code == 1 and "rij 3" in err and "naam" in err
    names = [p["name"] for p in cli_json("person", "list")]
    assert "Carla" not in names and "Eva" not in names


def test_export_csv_round_trips_people(cli, tmp_path):
    setup_pool(cli)
    out = tmp_path / "mensen.csv"
    assert cli("export", "csv", "people", "-o", str(out))[0] == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfnaam;telefoon;email;gemeente;functies;pools\r\n")
    assert "Piet;;;;ACBZ|OVDBZ;OvD-Bz Almere" in data.decode("utf-8-sig")
    roster = tmp_path / "rooster.csv"
    assert cli("export", "csv", "roster", "-o", str(roster), "--from", "2030-01-07", "--weeks", "2")[0] == 0
    lines = roster.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0] == "pool;functie;van;tot;persoon;telefoon;handmatig;probleem"
    assert lines[1].startswith("OvD-Bz Almere;OVDBZ;2030-01-07 08:00;2030-01-14 08:00;;;nee;open")


def test_json_output_is_only_json(cli):
    setup_pool(cli)
    code, out, _ = cli("roster", "fill", "--all", "--from", "2030-01-07", "--weeks", "2", "--json")
    assert code == 0 and json.loads(out)["filled"] == 2
