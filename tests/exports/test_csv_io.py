"""CSV both ways: Excel-friendly output, strict all-or-nothing input."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piket.errors import PiketError
from piket.exports.csv_io import neutralise, read_csv, to_csv


def test_output_is_excel_dutch():
    data = to_csv(["naam", "telefoon"], [["Jansen; J.", "06-123"], ["=cmd|' /C calc'!A0", "+31"]])
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "naam;telefoon"
    assert '"Jansen; J."' in text
    assert "'=cmd" in text and ";'+31" in text
    assert "\r\n" in text


@given(st.text())
def test_no_cell_ever_starts_a_formula(value):
    assert not neutralise(value).startswith(("=", "+", "-", "@", "\t", "\r"))
    assert "\x00" not in neutralise(value)


@given(st.lists(st.lists(st.text(), min_size=2, max_size=2), min_size=1, max_size=5))
def test_round_trip_keeps_values_apart_from_neutralising(rows):
    rows = [[a.strip() or "x", b.strip() or "y"] for a, b in rows]
    rows = [[c.replace("\x00", "").replace("\r", "").replace("\n", " ") for c in r] for r in rows]
    data = to_csv(["a", "b"], rows)
    parsed = read_csv(data, ["a", "b"])
    assert [[r["a"], r["b"]] for r in parsed] == [[neutralise(c).strip() for c in r] for r in rows]


def test_comma_separated_and_bom_are_accepted():
    rows = read_csv("\ufeffnaam,gemeente\nPiet,Almere\n".encode(), ["naam"], ["gemeente"])
    assert rows == [{"naam": "Piet", "gemeente": "Almere", "_row": 2}]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"naam;x\nPiet;1\n", "onbekende kolom: x"),
        (b"gemeente\nAlmere\n", "kolom ontbreekt: naam"),
        (b"naam;gemeente\nPiet\n", "rij 2: 1 cellen"),
        (b"\xff\xfe\x00n", "geen UTF-8"),
        (b"", "leeg bestand"),
        (b"naam\n", "geen gegevensrijen"),
    ],
)
def test_bad_files_are_refused_with_row_and_column(data, message):
    with pytest.raises(PiketError, match=message):
        read_csv(data, ["naam"], ["gemeente"], what="personen.csv")
