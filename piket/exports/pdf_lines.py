"""A table for logs of thousands of lines that lays out in a fraction of reportlab's time.

reportlab's ``Table`` measures and draws every cell through its general machinery; the
logbook of a long crisis (11,000 lines, 500 pages) took seconds that way. ``LineTable``
looks the same as :func:`piket.exports.pdf.data_table` (navy header repeated on every
page, zebra rows, text wrapping at the column width) but breaks each cell into lines once,
splits over pages by adding up row heights, and draws each page's text as one text object.
A cell may still be a ``Paragraph`` (a struck-through corrected entry); it is wrapped once.

A row may also be a :class:`Band`, a full-width heading such as the day in a log, so that
the rows under it need print only the time.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from piket.exports.pdf import CELL_PADDING, LIGHT, NAVY, RULE, styles, text_lines

PAD_TOP = PAD_BOTTOM = 3
PAD_LEFT = CELL_PADDING / 2
BAND = colors.HexColor("#d6dfeb")


class Band(str):
    """A full-width row that opens a group of rows (a day in a log). A page that starts
    inside the group repeats it, marked "(vervolg)", and no page ends on a band."""


class _Row:
    __slots__ = ("cells", "height", "band")

    def __init__(self, cells: list, height: float, band: bool = False):
        self.cells, self.height, self.band = cells, height, band


class LineTable(Flowable):
    def __init__(self, rows: Sequence[Sequence], col_widths: Sequence[float], header: Sequence[str]):
        super().__init__()
        st = styles()
        self.cell, self.head, self.band_style = st["cell"], st["cell_head"], st["cell_bold"]
        self.col_widths = list(col_widths)
        self.xs = [PAD_LEFT + left for left in accumulate(self.col_widths[:-1], initial=0.0)]  # text x per column
        self.broken: dict[str, list[dict]] = {}  # per style, per column: text -> its lines
        self.header = self._measure(header, self.head)
        # Parts made by split share the measured rows and their running heights: a page
        # break is a bisection, not a pass over every remaining row. Cells repeat (authors,
        # kinds, clock times), so each distinct text is broken into lines once.
        self.all_rows = [self._measure_band(row) if isinstance(row, Band) else self._measure(row, self.cell)
                         for row in rows]
        self.bottoms = [0.0, *accumulate(row.height for row in self.all_rows)]
        self.band_of, band = [], None  # per row: the index of the band it falls under
        for index, row in enumerate(self.all_rows):
            band = index if row.band else band
            self.band_of.append(band)
        self.first, self.end, self.lead = 0, len(self.all_rows), None

    def _measure_band(self, text: str) -> _Row:
        style = self.band_style
        return _Row(text_lines(text, style, sum(self.col_widths)), style.leading + PAD_TOP + PAD_BOTTOM, band=True)

    def _measure(self, row: Sequence, style) -> _Row:
        columns = self.broken.get(style.name)
        if columns is None:
            columns = self.broken[style.name] = [{} for _ in self.col_widths]
        cells, most, tallest = [], 0, 0.0  # the most lines in a text cell, the tallest paragraph
        for value, width, known in zip(row, self.col_widths, columns, strict=True):
            if type(value) is str:
                lines = known.get(value)
                if lines is None:
                    lines = known[value] = text_lines(value, style, width)
            elif isinstance(value, Paragraph):
                cells.append(value)
                tallest = max(tallest, value.wrap(width - CELL_PADDING, 10_000)[1])
                continue
            else:
                lines = text_lines(value, style, width)
            cells.append(lines)
            if len(lines) > most:
                most = len(lines)
        return _Row(cells, max(most * style.leading, tallest) + PAD_TOP + PAD_BOTTOM)

    @property
    def rows(self) -> list[_Row]:
        return self.all_rows[self.first:self.end]

    def _part(self, first: int, end: int) -> LineTable:
        # A fresh flowable (not a copy: the layout marks flowables it has postponed).
        part = LineTable.__new__(LineTable)
        Flowable.__init__(part)
        for name in ("cell", "head", "band_style", "col_widths", "xs", "header", "all_rows", "bottoms", "band_of"):
            setattr(part, name, getattr(self, name))
        part.first, part.end = first, end
        band = self.band_of[first]
        part.lead = None
        if band is not None and band != first:
            part.lead = self._measure_band(f"{self.all_rows[band].cells[0]} (vervolg)")
        return part

    @property
    def _top_height(self) -> float:
        return self.header.height + (self.lead.height if self.lead else 0.0)

    def wrap(self, avail_width, avail_height):
        self.width = sum(self.col_widths)
        self.height = self._top_height + self.bottoms[self.end] - self.bottoms[self.first]
        return self.width, self.height

    def split(self, avail_width, avail_height):
        room = avail_height - self._top_height
        last = bisect_right(self.bottoms, self.bottoms[self.first] + room, self.first, self.end + 1) - 1
        if last >= self.end:
            return [self]
        while last > self.first and self.all_rows[last - 1].band:
            last -= 1
        if last <= self.first:
            return []
        return [self._part(self.first, last), self._part(last, self.end)]

    def draw(self) -> None:
        # Written for speed: a page of a long log draws ~200 text lines, and reportlab's
        # text object costs microseconds per call, so each cell is one origin and one
        # textLine (textLines only for a cell of several lines), the font is set when it
        # changes (header, band, body), and the rules under the rows are one ``lines`` call.
        canvas, text = self.canv, self.canv.beginText()
        origin, line, lines = text.setTextOrigin, text.textLine, text.textLines
        width, xs = self.width, self.xs
        shown: list = [None, None]  # the fill colour on the canvas, the style on the text object

        def fill(colour, bottom, height):
            if shown[0] is not colour:
                canvas.setFillColor(colour)
                shown[0] = colour
            canvas.rect(0, bottom, width, height, stroke=0, fill=1)

        def font(style, colour):
            if shown[1] is not style:
                text.setFont(style.fontName, style.fontSize, style.leading)
                text.setFillColor(colour)
                shown[1] = style

        top, stripe, rules = self.height, 0, []
        body = [*([self.lead] if self.lead else []), *self.rows]
        for row in [self.header, *body]:
            bottom = top - row.height
            if row.band:
                fill(BAND, bottom, row.height)
                font(self.band_style, NAVY)
                origin(PAD_LEFT, top - PAD_TOP - self.band_style.fontSize)
                lines(row.cells, trim=0)
                top, stripe = bottom, 1
                rules.append((0, bottom, width, bottom))
                continue
            if row is self.header:
                fill(NAVY, bottom, row.height)
                style, stripe = self.head, 1  # the first row under it is not shaded, as under a band
            else:
                stripe += 1
                if stripe % 2 == 1:
                    fill(LIGHT, bottom, row.height)
                style = self.cell
                rules.append((0, bottom, width, bottom))
            font(style, style.textColor)
            baseline = top - PAD_TOP - style.fontSize
            for x, value in zip(xs, row.cells, strict=True):
                if type(value) is list:
                    if len(value) == 1:
                        origin(x, baseline)
                        line(value[0])
                    elif value:
                        origin(x, baseline)
                        lines(value, trim=0)
                else:  # a Paragraph
                    value.drawOn(canvas, x, top - PAD_TOP - value.height)
            top = bottom
        canvas.drawText(text)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        canvas.lines(rules)
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.8)
        canvas.line(0, self.height - self.header.height, width, self.height - self.header.height)
