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
