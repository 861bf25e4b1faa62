"""The house-style PDF: valid, paged, and safe with hostile text."""

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from piket.exports.pdf import badge, build_pdf, data_table, para, styles
from piket.exports.pdf_lines import Band, LineTable


def test_pdf_has_title_footer_and_page_count(monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2026-11-23T10:00:00Z")
    rows = [["Tijd", "Tekst"]] + [[f"{i:02d}:00", f"regel {i} <b>&amp;"] for i in range(120)]
    data = build_pdf([badge("B", "#f9a825"), data_table(rows, [60, 400]), para("einde\x00 & <x>")],
                     title="Logboek brand Odeonstraat", subtitle="GRIP 1", version="v3",
                     classification="Vertrouwelijk")
    reader = PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    assert pages >= 2
    first = reader.pages[0].extract_text()
    assert "Logboek brand Odeonstraat" in first and "Gemeente Almere" in first
    assert f"pagina 1 van {pages}" in first and "Afgedrukt ma 23-11-2026 11:00" in first
    assert "VERTROUWELIJK" in first
    assert "regel 5 <b>&amp;" in first
    assert "einde & <x>" in reader.pages[-1].extract_text()
    last = reader.pages[-1].extract_text()  # the header and footer, drawn once, are on every page
    assert "Gemeente Almere" in last and "VERTROUWELIJK" in last and f"pagina {pages} van {pages}" in last
    assert data.count(b"/Subtype /Form") == 1


def test_line_table_wraps_within_columns_repeats_its_header_and_loses_no_row():
    words = [f"woord{i}" for i in range(60)]
    rows = [[1, " ".join(words) + " <b>&amp; \x00einde"], [2, None],
            [3, Paragraph("<strike>oud</strike> nieuw", styles()["cell"])]]
    rows += [[n, f"regel {n}"] for n in range(4, 400)]
    table = LineTable(rows, [40, 200], ["Nr", "Tekst"])
    first = table.all_rows[0].cells[1]
    assert len(first) > 3 and all(stringwidth(line) <= 200 - 12 for line in first)
    reader = PdfReader(io.BytesIO(build_pdf([table], title="t")))
    assert len(reader.pages) > 3
    pages = [page.extract_text() for page in reader.pages]
    assert all("Nr\nTekst" in page for page in pages)  # the header on every page
    text = "".join(pages)
    assert all(word in text for word in words) and "<b>&amp;" in text and "\x00" not in text
    assert "oud nieuw" in text
    assert all(f"\n{n}\nregel {n}\n" in text for n in range(4, 400))


def stringwidth(line: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(line, "Helvetica", 8.5)


def test_a_band_heads_its_rows_and_is_repeated_on_a_page_that_continues_it():
    rows = []
    for day in range(1, 4):
        rows.append(Band(f"dag {day}"))
        rows += [[f"{day}.{n}", f"regel {n} van dag {day}"] for n in range(1, 120)]
    reader = PdfReader(io.BytesIO(build_pdf([LineTable(rows, [60, 200], ["Tijd", "Tekst"])], title="t")))
    pages = [page.extract_text() for page in reader.pages]
    for text in pages[1:]:
        heading = text.split("Tijd\nTekst\n", 1)[1].split("\n", 1)[0]
        assert heading.startswith("dag "), heading  # every page says which day it is on
    text = "".join(pages)
    assert all(f"dag {day}\n" in text for day in range(1, 4)) and "(vervolg)" in text
    for page in pages:
        assert not page.rstrip().split("\n")[-2].startswith("dag ")  # never a band alone at the bottom


def test_line_table_never_ends_a_page_on_a_band():
    rows = [[n, f"regel {n}"] for n in range(1, 200)]
    table = LineTable(rows, [60, 200], ["Nr", "Tekst"])
    room = table.header.height + sum(row.height for row in table.all_rows[:30])
    rows.insert(29, Band("maandag"))  # the 30th row: the last that fits
    first, rest = LineTable(rows, [60, 200], ["Nr", "Tekst"]).split(500, room)
    assert not first.rows[-1].band and rest.rows[0].band and rest.lead is None


def _simple_lines(value, style, column_width) -> list[str]:
    """How cells were broken before words were measured once: reportlab's simpleSplit."""
    from reportlab.lib.utils import simpleSplit

    from piket.exports.pdf import CELL_PADDING, _printable

    text = _printable("" if value is None else str(value))
    room = column_width - CELL_PADDING
    if "\n" not in text and stringwidth_in(text, style) <= room:
        return [text] if text else []
    return simpleSplit(text, style.fontName, style.fontSize, room)


def stringwidth_in(text: str, style) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, style.fontName, style.fontSize)


_CELL_TEXT = st.text(alphabet=st.sampled_from("aW il.,-–é€0123456789 \t\n\x00<&"), max_size=120)


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(st.none(), st.integers(-10**12, 10**12), _CELL_TEXT),
       width=st.sampled_from([20, 35.4, 58, 96.4, 205.5, 400]), bold=st.booleans())
def test_text_lines_breaks_as_simple_split_does(value, width, bold):
    from piket.exports.pdf import text_lines

    style = styles()["cell_bold" if bold else "cell"]
    assert text_lines(value, style, width) == _simple_lines(value, style, width)
