"""The house-style PDF: valid, paged, and safe with hostile text."""

import io

from pypdf import PdfReader

from piket.exports.pdf import badge, build_pdf, data_table, para


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


def test_plain_table_wraps_long_text_within_its_column_and_keeps_markup_literal():
    words = [f"woord{i}" for i in range(60)]
    rows = [["Nr", "Tekst"], [1, " ".join(words) + " <b>&amp; \x00einde"], [2, None]]
    table = data_table(rows, [40, 200], plain=True)
    cell = table._cellvalues[1][1]
    lines = cell.split("\n")
    assert len(lines) > 3 and all(stringwidth(line) <= 200 - 12 for line in lines)
    text = PdfReader(io.BytesIO(build_pdf([table], title="t"))).pages[0].extract_text()
    assert all(word in text for word in words)
    assert "<b>&amp;" in text and "einde" in text and "\x00" not in text


def stringwidth(line: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(line, "Helvetica", 8.5)
