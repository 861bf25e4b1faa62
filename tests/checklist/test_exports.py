"""The review PDF: findings, advice and conditions in it; the public version hides secrets."""

import io

from pypdf import PdfReader

from piket.checklist import demo


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_pdf_contains_findings_advice_and_numbered_conditions(cli, db, tmp_path):
    review = demo.add_floriade(db)
    target = tmp_path / "toetsing.pdf"
    code, out, err = cli("export", "pdf", "checklist", str(review), "-o", str(target))
    assert code == 0, err
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "Samenvatting per thema" in text and "Bijlage: volledige checklist" in text
    assert "Monitoring alleen door tellen bij de ingang" in text
    assert "Laat de ontruimingstijd aantonen in een oefening" in text
    assert "Voorschrift V1" in text and "Voorgestelde vergunningsvoorschriften" in text
    assert "ontruiming van de kabelbaan beoefend" in text
    assert "Fouilleren alleen steekproefsgewijs" in text  # confidential, full version only
    assert "Gebroken schakels" in text and "R. Yilmaz (brandweer)" in text
    if db["events"].exists():  # with the events module: the review is linked to its event
        assert "Floriade Expo 2022" in text and "14-04-2022" in text


def test_public_version_leaves_out_confidential_items(cli, db, tmp_path):
    review = demo.add_floriade(db)
    target = tmp_path / "openbaar.pdf"
    code, out, err = cli("export", "pdf", "checklist", str(review), "--public", "-o", str(target))
    assert code == 0, err
    text = pdf_text(target.read_bytes())
    assert "openbare versie" in text and "vertrouwelijke item(s) zijn weggelaten" in text
    assert "Fouilleren alleen steekproefsgewijs" not in text
    assert "BEV-03" not in text and "VIP-01" not in text and "CYBER-01" not in text
    assert "BEV-01" in text and "Twijfel of voldoende gecertificeerde beveiligers" in text


def test_pdf_of_unknown_checklist_is_refused(cli, tmp_path):
    target = tmp_path / "x.pdf"
    code, out, err = cli("export", "pdf", "checklist", "99", "-o", str(target))
    assert code == 1 and "bestaat niet" in err and not target.exists()


def test_pdf_escapes_markup_in_user_text(db):
    from piket.checklist import service
    from piket.checklist.exports import checklist_pdf

    review = service.new_checklist(db, "floriade", title="<b>Test & co</b>")
    service.set_item(db, review, "DOC-01", verdict="deels", finding="a < b & <i>c</i>",
                     advice="x > y")
    text = pdf_text(checklist_pdf(db, review))
    assert "a < b & <i>c</i>" in text


def test_demo_is_half_assessed_and_deterministic(db):
    from piket.checklist import service

    assert not demo.has_data(db)
    line = demo.add_demo(db, 1)
    assert demo.has_data(db) and "34 van 68" in line
    items = service.item_rows(db, 1)
    assert 0.4 <= sum(1 for i in items if i["verdict"]) / len(items) <= 0.6
