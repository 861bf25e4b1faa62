"""Importing the evenementenkalender: all rows or none, errors naming row and column."""

import pytest

from piket import refdata
from piket.errors import PiketError
from piket.events.importer import import_csv, import_file
from piket.events.queries import list_events

HEADER = "naam;start;einde;locatie;bezoekers;alcohol_drugs\n"


def test_the_sample_file_imports(db):
    ids = import_file(db, refdata.data_dir() / "evenementenkalender_voorbeeld.csv")
    assert len(ids) == 12
    classes = {row["name"]: row["class"] for row in list_events(db)}
    assert classes["Koningsdag Almere"] == "C" and classes["Nieuwjaarsduik Almeerderstrand"] == "A"


def test_comma_separated_without_bom(db):
    data = b"naam,start,einde,locatie,bezoekers\nBuurtfeest,2027-06-12T14:00,2027-06-12T22:00,Filmwijk,400\n"
    assert import_csv(db, data) == [1]


@pytest.mark.parametrize("rows, message", [
    ("A;2027-06-12T14:00;2027-06-12T22:00;X;10;0\nB;12-06-2027;2027-06-12T22:00;X;10;0\n",
     "rij 3, kolom 'start': ongeldige tijd '12-06-2027'"),
    ("A;2027-06-12T14:00;2027-06-12T22:00;X;10;9\n", "rij 2, kolom 'alcohol_drugs': onbekend antwoord '9'"),
    ("A;2027-06-12T14:00;2027-06-12T12:00;X;10;0\n", "rij 2: einde moet na de start"),
    ("A;2027-06-12T14:00;2027-06-12T22:00;X;-3;0\n", "rij 2: bezoekers: moet minimaal 0"),
    (";2027-06-12T14:00;2027-06-12T22:00;X;10;0\n", "rij 2, kolom 'naam': mag niet leeg"),
    ("A;2027-06-12T14:00;2027-06-12T22:00;X;10;0\nA;2027-06-12T14:00;2027-06-12T22:00;X;10;0\n",
     "rij 3: zelfde evenement als rij 2"),
])
def test_one_bad_row_refuses_the_whole_file(db, snapshot, rows, message):
    before = snapshot()
    with pytest.raises(PiketError, match=message):
        import_csv(db, (HEADER + rows).encode(), what="kalender.csv")
    assert snapshot() == before


def test_missing_or_unknown_column_is_refused(db, snapshot):
    before = snapshot()
    with pytest.raises(PiketError, match="kolom ontbreekt: bezoekers"):
        import_csv(db, b"naam;start;einde;locatie\nA;2027-06-12T14:00;2027-06-12T22:00;X\n")
    with pytest.raises(PiketError, match="onbekende kolom: glitter"):
        import_csv(db, (HEADER.strip() + ";glitter\nA;2027-06-12T14:00;2027-06-12T22:00;X;10;0;1\n").encode())
    assert snapshot() == before


def test_reimport_is_refused_naming_the_existing_event(db):
    data = (HEADER + "A;2027-06-12T14:00;2027-06-12T22:00;X;10;0\n").encode()
    import_csv(db, data)
    with pytest.raises(PiketError, match="staat al in de kalender \\(id 1\\)"):
        import_csv(db, data)


def test_cli_import_reports_count(cli, tmp_path):
    path = tmp_path / "kalender.csv"
    path.write_bytes((HEADER + "A;2027-06-12T14:00;2027-06-12T22:00;X;10;0\n").encode("utf-8-sig"))
    assert cli("event", "import", str(path)) == (0, "1 evenementen geïmporteerd\n", "")
    code, out, err = cli("event", "import", str(tmp_path / "missing.csv"))
    assert code == 1 and "niet te lezen" in err
