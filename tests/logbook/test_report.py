"""The period report on the H1 2019 demo half year: 26 meldingen, one GRIP 1, one GRIP 2."""

import json

import pytest
from pypdf import PdfReader

from piket.logbook import demo
from piket.logbook.report import period_report, summary_sentence
from piket.timeutil import parse_date


@pytest.fixture
def half_year(db, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2024-05-15T12:00:00+02:00")
    demo.add_demo(db, 1)
    return db


def test_h1_2019_counts_like_the_council_report(half_year):
    report = period_report(half_year, parse_date("2019-01-01"), parse_date("2019-06-30"))
    assert report["meldingen"] == 26
    assert report["by_max_grip"] == {"GRIP1": 1, "GRIP2": 1, "geen": 24}
    assert report["by_category"]["brand"] == 9
    scaled_down = next(i for i in report["incidents"] if i["title"] == "Landelijke 112-storing")
    assert scaled_down["max_grip"] == "GRIP2" and scaled_down["grip"] == "GRIP0"
    sentence = summary_sentence(half_year, report)
    assert "26 meldingen" in sentence and "één GRIP 2-incident (Landelijke 112-storing)" in sentence


def test_report_cli_writes_pdf_and_csv_and_keeps_stdout_pure_json(half_year, cli, db_path, tmp_path):
    pdf, csv = tmp_path / "h1.pdf", tmp_path / "h1.csv"
    code, out, err = cli("report", "period", "--from", "2019-01-01", "--to", "2019-06-30", "--json",
                         "--pdf", str(pdf), "--csv", str(csv))
    assert code == 0, err
    report = json.loads(out)
    assert {"from", "to", "meldingen", "by_max_grip", "by_category", "incidents"} <= set(report)
    assert report["from"] == "2019-01-01" and report["meldingen"] == 26
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "26 meldingen" in text and "Landelijke 112-storing" in text
    rows = csv.read_bytes().decode("utf-8-sig").splitlines()
    assert rows[0].startswith("id;geopend;gesloten;titel") and len(rows) == 27


def test_report_cli_table_names_levels_and_categories_as_the_pdf_does(half_year, cli):
    code, out, err = cli("report", "period", "--from", "2019-01-01", "--to", "2019-06-30")
    assert code == 0, err
    assert "26 meldingen" in out
    for label in ("GRIP 2", "geen GRIP", "Uitval vitale infrastructuur", "Stormschade / wateroverlast"):
        assert label in out
    assert "uitval_vitale_infrastructuur" not in out


def test_empty_period_and_reversed_range(db, cli, cli_json):
    report = cli_json("report", "period", "--from", "2030-01-01", "--to", "2030-06-30")
    assert (report["meldingen"], report["by_max_grip"], report["by_category"], report["incidents"]) == (
        0, {"geen": 0}, {}, [])
    code, out, err = cli("report", "period", "--from", "2019-06-30", "--to", "2019-01-01")
    assert code == 1 and "vóór" in err
