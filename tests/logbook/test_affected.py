"""Getroffenen: numbers of affected people, counted in the chained log, never named."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piket.errors import PiketError
from piket.logbook import queries, service
from piket.logbook.affected import affected, parse_counts, record_affected
from piket.logbook.checks import check
from tests.logbook.helpers import incident_with_log, row_counts

CODES = ("geevacueerd", "opgevangen", "tijdelijk_gehuisvest", "gewond", "overleden", "vermist")


def test_a_later_count_replaces_only_the_categories_it_names(db):
    target = incident_with_log(db, entries=1)
    first = record_affected(db, target, {"gewond": 2, "geevacueerd": 40}, note="schatting brandweer", author="OvD")
    second = record_affected(db, target, {"Geëvacueerd": 55, "opgevangen": 30}, author="OvD")  # a label works too
    latest = {item["code"]: (item["count"], item["seq"]) for item in affected(db, target)["latest"]}
    assert latest == {"geevacueerd": (55, second), "opgevangen": (30, second), "gewond": (2, first)}
    assert [item["code"] for item in affected(db, target)["latest"]] == ["geevacueerd", "opgevangen", "gewond"]
    entry = queries.entries(db, target)[-2]
    assert entry["text"] == "Getroffenen: 40 geëvacueerd, 2 gewond\nschatting brandweer"
    assert entry["figures"] == {"geevacueerd": 40, "gewond": 2}
    assert check(db) == []


@pytest.mark.parametrize("figures, message", [
    ({}, "minstens één"),
    ({"dakloos": 3}, "onbekende categorie"),
    ({"gewond": -1}, "heel getal"),
    ({"gewond": 2.5}, "heel getal"),
    ({"gewond": True}, "heel getal"),
    ({"gewond": 10**7}, "heel getal"),
])
def test_bad_counts_are_refused_and_nothing_written(db, figures, message):
    target = incident_with_log(db, entries=0)
    before = row_counts(db)
    with pytest.raises(PiketError, match=message):
        record_affected(db, target, figures, author="OvD")
    assert row_counts(db) == before


def test_a_count_is_corrected_by_a_new_count_not_by_a_correction(db):
    target = incident_with_log(db, entries=0)
    seq = record_affected(db, target, {"gewond": 2}, author="OvD")
    before = row_counts(db)
    with pytest.raises(PiketError, match="nieuwe telling"):
        service.correct_entry(db, target, seq, text="Getroffenen: 3 gewond", reason="telfout", author="OvD")
    assert row_counts(db) == before


def test_a_count_on_a_closed_incident_is_refused(db):
    target = incident_with_log(db, entries=0)
    service.close_incident(db, target, author="OvD")
    before = row_counts(db)
    with pytest.raises(PiketError, match="gesloten"):
        record_affected(db, target, {"gewond": 1}, author="OvD")
    assert row_counts(db) == before


@given(st.dictionaries(st.sampled_from(CODES), st.integers(0, 10**6), min_size=1))
def test_parse_counts_reads_back_what_was_written(figures):
    assert parse_counts([f"{code}={count}" for code, count in figures.items()]) == figures


@pytest.mark.parametrize("value", ["gewond", "gewond=", "gewond=twee", "gewond=2,5"])
def test_parse_counts_refuses_what_is_not_category_is_number(value):
    with pytest.raises(PiketError, match="CATEGORIE=AANTAL"):
        parse_counts([value])


def test_cli_counts_lessons_and_the_incident_pdf(cli, cli_json, tmp_path):
    from pypdf import PdfReader

    assert cli("incident", "open", "--title", "Brand flat", "--author", "OvD")[0] == 0
    assert cli_json("incident", "affected", "1", "--count", "geevacueerd=40", "--count", "gewond=2",
                    "--author", "OvD") == {"seq": 2}
    assert cli("incident", "log", "1", "--kind", "leerpunt", "--text", "AC-Bz pas na 40 minuten bereikt",
               "--author", "OvD")[0] == 0
    code, _, err = cli("incident", "log", "1", "--kind", "getroffenen", "--text", "40 mensen")
    assert code == 1 and "incident affected" in err
    code, _, err = cli("incident", "affected", "1", "--count", "veertig")
    assert code == 1 and "CATEGORIE=AANTAL" in err
    assert cli("export", "pdf", "incident", "1", "-o", str(tmp_path / "i.pdf"))[0] == 0
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "i.pdf").pages)
    for expected in ("Getroffenen", "Geëvacueerd", "Leerpunten", "AC-Bz pas na 40 minuten bereikt"):
        assert expected in text
