"""The house style of every piket PDF (reportlab platypus).

``build_pdf`` lays out a list of flowables on A4 with the municipal header, a footer with
print date, version and "pagina X van Y". User text must go through :func:`para`, which
escapes it: reportlab reads ``<`` and ``&`` as markup.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from piket import __version__, timeutil

NAVY = colors.HexColor("#1d3557")
RED = colors.HexColor("#e63946")
GREY = colors.HexColor("#6b7280")
LIGHT = colors.HexColor("#eef2f7")
RULE = colors.HexColor("#d0d7e2")  # the line under every table row
ORGANISATION = "Gemeente Almere · Veiligheid en crisisbeheersing"
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f]")  # all below space but tab and newline
CELL_PADDING = 12  # reportlab's default left plus right padding of a table cell, in points
PAGE_FORM = "piketPage"  # the header and footer every page shows


def styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName="Helvetica", fontSize=9.5,
                          leading=12.5, alignment=TA_LEFT, spaceAfter=4)
    return {
        "title": ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=18,
                                leading=22, textColor=NAVY, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10.5, textColor=GREY, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16,
                             textColor=NAVY, spaceBefore=10, spaceAfter=5),
        "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                             textColor=NAVY, spaceBefore=6, spaceAfter=3),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName="Helvetica-Bold", fontSize=8.5,
                                    leading=10.5, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName="Helvetica-Bold", fontSize=8.5,
                                    leading=10.5, spaceAfter=0, textColor=colors.white),
    }


def para(text, style: str | ParagraphStyle = "body", *, markup: str | None = None) -> Paragraph:
    """A paragraph of user text, escaped; newlines kept. ``markup`` wraps it, e.g. ``"b"``."""
    style = styles()[style] if isinstance(style, str) else style
    safe = escape(_printable("" if text is None else str(text))).replace("\n", "<br/>")
    if markup:
        safe = f"<{markup}>{safe}</{markup}>"
    return Paragraph(safe, style)


def _printable(text: str) -> str:
    # Control characters (NUL and friends) break the PDF text layer.
    return CONTROL_CHARACTERS.sub("", text)


def data_table(rows: Sequence[Sequence], col_widths: Sequence[float], header_rows: int = 1,
               zebra: bool = True, extra_style: Sequence[tuple] = ()) -> Table:
    """A table in house style: navy header, light zebra rows, cells wrap.

    Cells that are plain values are escaped and wrapped in paragraphs. For thousands of
    rows use :class:`piket.exports.pdf_lines.LineTable`, which looks the same.
    """
    st = styles()
    body = []
    for index, row in enumerate(rows):
        style = st["cell_head"] if index < header_rows else st["cell"]
        body.append([cell if isinstance(cell, Flowable) else para(cell, style) for cell in row])
    table = Table(body, colWidths=list(col_widths), repeatRows=header_rows)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:  # (a table of facts has none: row -1 would then mean the last row)
        commands += [("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, NAVY),
                     ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY)]
    if zebra:
        for index in range(header_rows, len(rows)):
            if (index - header_rows) % 2 == 1:
                commands.append(("BACKGROUND", (0, index), (-1, index), LIGHT))
    table.setStyle(TableStyle(commands + list(extra_style)))
    return table


def text_lines(value, style: ParagraphStyle, column_width: float) -> list[str]:
    """``value`` as lines of text that fit the column (inside the cell padding).

    The lines are those of reportlab's ``simpleSplit``; a number that cannot be too wide is
    not measured, and each word is measured once per font (a log repeats its words).
    """
    room = column_width - CELL_PADDING
    if type(value) is int:
        text = str(value)
        if len(text) * _widest_digit(style.fontName, style.fontSize) <= room:
            return [text]  # a line number: no digit is wider than the widest digit
    text = _printable("" if value is None else str(value))
    if text == " ".join(text.split()):
        # Single-spaced text: breaking it is measuring it (one line if it fits), with every
        # word measured once per font.
        return _split(text, style.fontName, style.fontSize, room)
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= room:
        return [text]  # kept as typed: its spaces are printed
    return _split(text, style.fontName, style.fontSize, room)


def _split(text: str, font: str, size: float, room: float) -> list[str]:
    """``reportlab.lib.utils.simpleSplit``, the same greedy breaking in the same arithmetic."""
    known = _WORD_WIDTHS.setdefault((font, size), {})
    if len(known) > 200_000:  # a bound for a long-running GUI; a log uses a few thousand words
        known.clear()
    space = known.get(" ")
    if space is None:
        space = known[" "] = stringWidth(" ", font, size)
    lines = []
    for paragraph in text.split("\n"):
        words, used = [], -space
        for word in paragraph.split():
            width = known.get(word)
            if width is None:
                width = known[word] = stringWidth(word, font, size)
            if used + space + width <= room or not words:
                words.append(word)
                used = used + space + width
            else:
                lines.append(" ".join(words))
                words, used = [word], width
        if words:
            lines.append(" ".join(words))
    return lines


# (font, size) -> word -> its width: words repeat across a log, so each is measured once.
_WORD_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


@lru_cache(maxsize=64)
def _widest_digit(font: str, size: float) -> float:
    return max(stringWidth(character, font, size) for character in "-0123456789")


def badge(text: str, colour: str, width: float = 30 * mm, height: float = 12 * mm) -> Table:
    """A coloured box with large white text: a risk class, a verdict, a GRIP level."""
    style = ParagraphStyle("badge", fontName="Helvetica-Bold", fontSize=14, leading=16,
                           textColor=colors.white, alignment=1)
    table = Table([[Paragraph(escape(text), style)]], colWidths=[width], rowHeights=[height])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(colour)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROUNDEDCORNERS", [3, 3, 3, 3]),
    ]))
    return table


def build_pdf(flowables: list, *, title: str, subtitle: str = "", landscape: bool = False,
              version: str | None = None, classification: str | None = None,
              organisation: str = ORGANISATION) -> bytes:
    """Lay out ``flowables`` under a title; returns the PDF bytes.

    ``version`` (e.g. "advies v2") and ``classification`` (e.g. "Vertrouwelijk") are printed
    in the footer and header of every page.
    """
    buffer = io.BytesIO()
    pagesize = to_landscape(A4) if landscape else A4
    printed = timeutil.display(timeutil.now())
    footer_left = f"Afgedrukt {printed} · piket {__version__}" + (f" · {version}" if version else "")

    def decorate(canvas, doc):
        # The same on every page: drawn once as a form (an XObject) that each page places,
        # which spares a 400-page log 400 drawings of it.
        if not canvas.hasForm(PAGE_FORM):
            width, height = pagesize  # (a bounding box past the page: nothing is clipped at its edge)
            canvas.beginForm(PAGE_FORM, lowerx=-1, lowery=-1, upperx=width + 1, uppery=height + 1)
            frame(canvas)
            canvas.endForm()
        canvas.doForm(PAGE_FORM)

    def frame(canvas):
        width, height = pagesize
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
        canvas.setFillColor(RED)
        canvas.rect(0, height - 10 * mm, width, 1 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(15 * mm, height - 6 * mm, organisation)
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(width - 15 * mm, height - 6 * mm, _printable(title)[:90])
        if classification:
            canvas.setFillColor(RED)
            canvas.setFont("Helvetica-Bold", 9)
            canvas.drawCentredString(width / 2, 7 * mm, classification.upper())
        canvas.setFillColor(GREY)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(15 * mm, 11 * mm, footer_left)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer, pagesize=pagesize, title=_printable(title), author="piket", subject=_printable(subtitle),
        creator=f"piket {__version__}", leftMargin=15 * mm, rightMargin=15 * mm,
        topMargin=17 * mm, bottomMargin=18 * mm,
    )
    heading = [para(title, "title")]
    if subtitle:
        heading.append(para(subtitle, "subtitle"))
    doc.build(heading + list(flowables), onFirstPage=decorate, onLaterPages=decorate,
              canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


class _NumberedCanvas(pdf_canvas.Canvas):
    """Writes "pagina X van Y": pages are kept until the total is known."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = []

    def showPage(self):  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont("Helvetica", 7.5)
            self.setFillColor(GREY)
            self.drawRightString(width - 15 * mm, 11 * mm, f"pagina {self._pageNumber} van {total}")
            super().showPage()
        super().save()
