"""``piket incident ...`` as shared/cli.md specifies it."""

import json
import sqlite3

import pytest

from tests.conftest import run_piket


@pytest.fixture
def fire(cli):
    code, out, err = cli("incident", "open", "--title", "Brand containerwoning", "--location", "Odeonstraat",
                         "--category", "brand", "--at", "2019-03-02T03:10", "--author", "OvD Test")
    assert code == 0, err
    return out.strip()


def test_open_prints_the_id_and_json_gives_an_object(cli, cli_json, fire):
    assert fire == "1"
    assert cli_json("incident", "open", "--title", "Gaslucht") == {"id": 2}


def test_log_prints_the_seq_and_show_has_the_contract_keys(cli, cli_json, fire):
    code, out, err = cli("incident", "log", fire, "--text", "Bewoners buiten", "--kind", "beeld",
                         "--at", "2019-03-02T03:20", "--author", "OvD Test")
    assert (code, out.strip()) == (0, "2")
    assert cli("incident", "grip", fire, "GRIP1", "--at", "2019-03-02T03:30", "--reason", "CoPI")[1].strip() == "3"
    assert cli("incident", "correct", fire, "2", "--text", "Bewoners in bus", "--reason", "beter beeld")[0] == 0
    shown = cli_json("incident", "show", fire)
    assert {"id", "title", "location", "category", "opened_at", "closed_at", "grip", "max_grip",
            "grip_history", "entries"} <= set(shown)
    assert shown["opened_at"] == "2019-03-02T03:10:00+01:00"
    assert shown["grip_history"] == [{"level": "GRIP1", "at": "2019-03-02T03:30:00+01:00", "reason": "CoPI",
                                      "seq": 3, "author": shown["grip_history"][0]["author"], "role": ""}]
    entry = shown["entries"][1]
    assert {"seq", "at", "recorded_at", "kind", "text", "author", "corrects", "hash"} <= set(entry)
    assert entry["at"] == "2019-03-02T03:20:00+01:00" and len(entry["hash"]) == 64
    assert shown["entries"][3]["corrects"] == 2


def test_list_search_and_the_range(cli, cli_json, fire):
    cli("incident", "log", fire, "--text", "Opvang in sporthal De Marken")
    listed = cli_json("incident", "list", "--from", "2019-03-01", "--to", "2019-03-02")
    assert [row["id"] for row in listed] == [1]
    assert set(listed[0]) >= {"id", "title", "category", "opened_at", "closed_at", "grip", "max_grip"}
    assert cli_json("incident", "list", "--from", "2019-03-03") == []
    hits = cli_json("incident", "search", "sporthal marken")
    assert hits == [{"incident": 1, "title": "Brand containerwoning", "seq": 2,
                     "at": hits[0]["at"], "text": "Opvang in sporthal De Marken"}]
    code, out, err = cli("incident", "search", "sporthal")
    assert code == 0 and "*sporthal*" in out


def test_close_reopen(cli, fire):
    assert cli("incident", "close", fire, "--at", "2019-03-02T06:00")[0] == 0
    code, out, err = cli("incident", "log", fire, "--text", "nog iets")
    assert code == 1 and "gesloten" in err and err.count("\n") == 1
    assert cli("incident", "reopen", fire)[0] == 0
    assert cli("incident", "log", fire, "--text", "nog iets")[0] == 0


@pytest.mark.parametrize("args", [
    ["incident", "log", "1", "--text", ""],
    ["incident", "log", "1", "--text", "x", "--kind", "roddel"],
    ["incident", "log", "1", "--text", "x\x01y"],
    ["incident", "log", "1", "--text", "x" * 30_000],
    ["incident", "log", "1", "--text", "x", "--at", "gisteren"],
    ["incident", "grip", "1", "GRIP7"],
    ["incident", "correct", "1", "9", "--text", "x", "--reason", "y"],
    ["incident", "log", "42", "--text", "x"],
    ["incident", "open", "--title", "x", "--grip", "ROOD"],
])
def test_refusals_exit_1_with_one_line_and_write_nothing(cli, db_path, fire, args):
    def count():
        conn = sqlite3.connect(db_path)
        try:
            return conn.execute("SELECT count(*) FROM log_entries").fetchone()[0]
        finally:
            conn.close()

    before = count()
    code, out, err = cli(*args)
    assert code == 1 and err.startswith("piket: ") and err.count("\n") == 1 and "Traceback" not in err
    assert count() == before


def test_actions_and_status(cli, cli_json, fire):
    assert cli("incident", "log", fire, "--kind", "actie", "--text", "Busvervoer", "--owner", "OvD-Bz")[0] == 0
    assert cli_json("incident", "action-status", fire, "2", "gereed") == {"seq": 3}
    assert [a["status"] for a in cli_json("incident", "actions", fire)] == ["gereed"]
    assert cli_json("incident", "actions", "--open") == []


def test_check_finds_sql_tampering_in_a_separate_process(cli, db_path, fire):
    cli("incident", "log", fire, "--text", "tweede")
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER log_entry_no_update")
    conn.execute("UPDATE log_entries SET text = 'vervalst' WHERE seq = 2")
    conn.commit()
    conn.close()
    result = run_piket("--db", str(db_path), "check", "--json")
    assert result.returncode == 3
    problems = json.loads(result.stdout)["problems"]
    assert any("log_entry_no_update ontbreekt" in p for p in problems)
    assert any("incident 1" in p and "regel 2" in p for p in problems)
