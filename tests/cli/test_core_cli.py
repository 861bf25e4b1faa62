"""The database commands of cli.md: init, ref, demo, check, backup, restore."""

import json
import sqlite3

from tests.conftest import run_piket
from tests.storage.damage import scribble_over_pages


def test_init_is_idempotent(cli, db_path):
    assert cli("init")[0] == 0
    code, out, err = cli("init")
    assert code == 0 and "0 bestand(en) bijgewerkt" in out


def test_ref_lists_have_code_and_label(cli_json):
    grip = cli_json("ref", "grip")
    assert [g["code"] for g in grip][:6] == ["GRIP0", "GRIP1", "GRIP2", "GRIP3", "GRIP4", "GRIP5"]
    for name in ("functions", "kinds", "categories", "verdicts"):
        rows = cli_json("ref", name)
        assert rows and all({"code", "label"} <= set(row) for row in rows)
    assert {"OVDBZ", "ACBZ", "COMCOPI"} <= {f["code"] for f in cli_json("ref", "functions")}


def test_ref_unknown_list_is_a_usage_error(cli):
    code, out, err = cli("ref", "colours")
    assert code == 2


def test_check_on_fresh_database(cli, cli_json):
    assert cli_json("check") == {"ok": True, "problems": []}


def test_check_on_a_damaged_copy_exits_3(cli, db_path, tmp_path):
    cli("init")
    copy = tmp_path / "copy.sqlite"
    assert cli("backup", "--to", str(copy))[0] == 0
    copy.write_bytes(scribble_over_pages(copy.read_bytes()))
    result = run_piket("--db", str(copy), "check", "--json")
    assert result.returncode == 3
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["problems"]
    assert "piket check:" in result.stderr


def test_check_on_a_non_piket_file_exits_3(tmp_path):
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.close()
    result = run_piket("--db", str(other), "check", "--json")
    assert result.returncode == 3
    assert "geen piket-database" in json.loads(result.stdout)["problems"][0]


def test_backup_prints_path_and_restore_brings_it_back(cli, db_path, tmp_path):
    cli("init")
    code, out, err = cli("backup")
    assert code == 0
    made = out.strip()
    assert made.startswith(str(db_path.parent / "backups"))
    code, out, err = cli("restore", made)
    assert code == 0 and "vorige database bewaard" in out


def test_restore_of_garbage_is_refused(cli, tmp_path):
    cli("init")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"nonsense" * 512)
    code, out, err = cli("restore", str(junk))
    assert code == 1 and err.count("\n") == 1 and "afgekeurd" in err


def test_bad_database_paths_give_one_line_and_exit_1(tmp_path):
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"x" * 2048)
    for path in (garbage, tmp_path / "missing" / "db.sqlite"):
        result = run_piket("--db", str(path), "init")
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert garbage.read_bytes() == b"x" * 2048


def test_python_m_piket_and_pikets_db_env(tmp_path):
    path = tmp_path / "env.sqlite"
    result = run_piket("check", "--json", env={"PIKET_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_demo_refuses_a_filled_database_without_force(cli):
    code, out, err = cli("demo")
    assert code == 0, err
    code, out, err = cli("demo")
    if "al gegevens" in err:  # modules with demo data exist
        assert code == 1


def test_gui_options_parse_without_the_module_commands():
    from piket.cli import _gui_arguments

    assert _gui_arguments([]) == []
    assert _gui_arguments(["--db", "x.sqlite"]) == ["--db", "x.sqlite"]
    assert _gui_arguments(["--db", "x.sqlite", "gui", "--module", "roster"]) == ["--db", "x.sqlite", "--module", "roster"]
    assert _gui_arguments(["gui", "--help"]) is None
    assert _gui_arguments(["incident", "list"]) is None
    assert _gui_arguments(["--db", "x.sqlite", "check"]) is None


def test_gui_with_a_bad_module_is_a_usage_error(cli):
    code, out, err = cli("gui", "--module", "kantine")
    assert code == 2


def test_an_export_that_cannot_be_written_is_one_dutch_line_and_leaves_nothing(cli, tmp_path):
    folder = tmp_path / "rapport.pdf"
    folder.mkdir()  # a folder where the file should go
    code, _, err = cli("export", "pdf", "oncall", "-o", str(folder))
    assert code == 1 and f"kan {folder} niet schrijven" in err and "interne fout" not in err
    assert not any(p.name.startswith(".rapport.pdf.") for p in tmp_path.iterdir())  # no temp file left
