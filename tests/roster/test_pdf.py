import io
from datetime import date

from pypdf import PdfReader

from piket.roster.pdf import roster_pdf
from piket.roster.pools import all_pools
from piket.roster.shifts import assign
from tests.roster.helpers import make_pool


def test_roster_pdf_is_landscape_with_names_phones_and_gaps(db, monkeypatch):
    monkeypatch.setenv("PIKET_NOW", "2030-01-02T10:00:00")
    pool, people = make_pool(db, "OvD-Bz <Almere> & co", size=2)
    assign(db, pool, "2030-01-07", people[0])
    data = roster_pdf(db, all_pools(db), date(2030, 1, 1), 13)
    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = "".join(p.extract_text() for p in reader.pages)
    for expected in ("Piketrooster", "OvD-Bz <Almere> & co", "OvD-Bz <Almere> & co lid 1", "06-10000000",
                     "OPEN", "open: niemand ingedeeld", "roosterversie 1", "pagina 1 van"):
        assert expected in text, expected
