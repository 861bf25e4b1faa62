"""Hostile input: no crash, no traceback, no partial import, exports that stay valid.

Driven through the CLI contract (shared/cli.md), so it holds whatever the modules' insides.
Each example gets a fresh database; the figure is the number of inputs tried.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import call_piket as piket

HOSTILE = [
    "\x00", "\u202e\u202dRTL-override", "=cmd|' /C calc'!A0", "+31 6 1234", "-2+3", "@SUM(A1)",
    "🔥🚒 brand", "<b>&amp;</b>", "line\r\nbreak", "\ufeffBOM", "a" * 1_000_000, "'; DROP TABLE x; --",
]
hostile_text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=200))
TRIED = {"logbook": 0, "template": 0, "people csv": 0, "events csv": 0}


def assert_refused_cleanly(code: int, err: str) -> None:
    assert code in (0, 1, 2), code
    assert "Traceback" not in err and "interne fout" not in err, err[:300]
    if code == 1:
        assert err.strip() and err.count("\n") == 1, err[:300]


def fresh_db(folder: str) -> Path:
    path = Path(folder) / "fuzz.sqlite"
    assert piket(path, "init")[0] == 0
    return path


def count(db: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=hostile_text, text=hostile_text)
def _logbook_example(title, text):
    TRIED["logbook"] += 1
    with tempfile.TemporaryDirectory() as folder:
        db = fresh_db(folder)
        code, out, err = piket(db, "incident", "open", f"--title={title}", "--json")
        assert_refused_cleanly(code, err)
        if code:
            assert count(db, "incidents") == 0
            return
        incident = str(json.loads(out)["id"])
        before = count(db, "log_entries")
        code, out, err = piket(db, "incident", "log", incident, f"--text={text}")
        assert_refused_cleanly(code, err)
        assert count(db, "log_entries") == before + (0 if code else 1)
        pdf = Path(folder) / "incident.pdf"
        code, _, err = piket(db, "export", "pdf", "incident", incident, "-o", str(pdf))
        assert code == 0, err
        from pypdf import PdfReader

        assert len(PdfReader(pdf).pages) >= 1
        csv_file = Path(folder) / "incidents.csv"
        code, _, err = piket(db, "export", "csv", "incidents", "-o", str(csv_file))
        assert code == 0, err
        for line in csv_file.read_text(encoding="utf-8-sig").splitlines()[1:]:
            for cell in line.split(";"):
                assert not cell.strip('"').startswith(("=", "+", "-", "@")), cell[:50]
        assert piket(db, "check")[0] == 0


template_item = st.fixed_dictionaries({
    "code": st.one_of(st.sampled_from(["A-01", "A-01", "", "x" * 500]), st.text(max_size=10)),
    "question": hostile_text,
})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.one_of(st.just("fuzzed"), st.text(max_size=30)),
       items=st.lists(template_item, max_size=4),
       garbage=st.one_of(st.none(), st.binary(max_size=200)))
def _template_example(name, items, garbage):
    TRIED["template"] += 1
    with tempfile.TemporaryDirectory() as folder:
        db = fresh_db(folder)
        path = Path(folder) / "template.json"
        document = {"name": name, "title": name, "version": 1,
                    "themes": [{"code": "A", "title": "Thema A", "items": items}]}
        path.write_bytes(garbage if garbage is not None else json.dumps(document).encode())
        before = piket(db, "ref", "templates", "--json")[1]
        code, out, err = piket(db, "checklist", "template", "import", str(path))
        assert_refused_cleanly(code, err)
        if code:
            assert piket(db, "ref", "templates", "--json")[1] == before


def test_logbook_takes_or_refuses_hostile_text_and_exports_stay_valid(figure):
    _logbook_example()
    figure("fuzz", "hostile incident titles and entry texts tried", TRIED["logbook"])


def test_template_import_is_all_or_nothing(figure):
    _template_example()
    figure("fuzz", "hostile checklist templates tried", TRIED["template"])


csv_cell = st.one_of(st.sampled_from(HOSTILE[:10] + ["", "2027-04-27T10:00", "OVDBZ", "-5", "1e9", '"', ";"]),
                     st.text(max_size=20))


def _csv(header: list[str], rows: list[list[str]], separator: str, bom: bool) -> bytes:
    lines = [separator.join(header)] + [separator.join(row) for row in rows]
    return ("\ufeff" if bom else "").encode() + "\n".join(lines).encode("utf-8", "surrogatepass")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(csv_cell, min_size=4, max_size=7), min_size=1, max_size=4),
       separator=st.sampled_from([";", ","]), bom=st.booleans(), drop=st.integers(0, 5))
def _people_example(rows, separator, bom, drop):
    TRIED["people csv"] += 1
    header = ["naam", "telefoon", "email", "gemeente", "functies", "pools"]
    if drop < len(header) and drop:
        header = header[:drop] + header[drop + 1:]
    with tempfile.TemporaryDirectory() as folder:
        db = fresh_db(folder)
        path = Path(folder) / "mensen.csv"
        try:
            path.write_bytes(_csv(header, rows, separator, bom))
        except UnicodeEncodeError:
            return
        code, out, err = piket(db, "person", "import", str(path))
        assert_refused_cleanly(code, err)
        if code:
            assert count(db, "people") == 0 and count(db, "pool_members") == 0


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(csv_cell, min_size=5, max_size=6), min_size=1, max_size=4),
       separator=st.sampled_from([";", ","]), bom=st.booleans())
def _events_example(rows, separator, bom):
    TRIED["events csv"] += 1
    header = ["naam", "start", "einde", "locatie", "bezoekers"]
    with tempfile.TemporaryDirectory() as folder:
        db = fresh_db(folder)
        path = Path(folder) / "kalender.csv"
        try:
            path.write_bytes(_csv(header, rows, separator, bom))
        except UnicodeEncodeError:
            return
        code, out, err = piket(db, "event", "import", str(path))
        assert_refused_cleanly(code, err)
        if code:
            assert count(db, "events") == 0
        ics = Path(folder) / "events.ics"
        code, _, err = piket(db, "export", "ics", "--events", "-o", str(ics))
        assert code == 0, err
        from icalendar import Calendar

        assert all(not component.errors for component in Calendar.from_ical(ics.read_bytes()).walk())


def test_people_import_is_all_or_nothing(figure):
    _people_example()
    figure("fuzz", "hostile people CSV files tried", TRIED["people csv"])


def test_event_import_is_all_or_nothing_and_ical_stays_valid(figure):
    _events_example()
    figure("fuzz", "hostile event CSV files tried", TRIED["events csv"])


def test_truncated_database_is_refused_and_never_overwritten(tmp_path):
    db = fresh_db(str(tmp_path))
    assert piket(db, "incident", "open", "--title", "Brand")[0] == 0
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    Path(f"{db}-wal").unlink(missing_ok=True)
    before = db.read_bytes()
    code, out, err = piket(db, "check", "--json")
    assert code == 3 and json.loads(out)["ok"] is False
    code, out, err = piket(db, "incident", "open", "--title", "Nog een")
    assert code == 1 and "Traceback" not in err
    assert db.read_bytes() == before
