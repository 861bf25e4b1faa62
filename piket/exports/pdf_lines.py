"""A table for logs of thousands of lines that lays out in a fraction of reportlab's time.

reportlab's ``Table`` measures and draws every cell through its general machinery; the
logbook of a long crisis (11,000 lines, 500 pages) took seconds that way. ``LineTable``
looks the same as :func:`piket.exports.pdf.data_table` (navy header repeated on every
page, zebra rows, text wrapping at the column width) but breaks each cell into lines once,
splits over pages by adding up row heights, and draws each page's text as one text object.
A cell may still be a ``Paragraph`` (a struck-through corrected entry); it is wrapped once.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from reportlab.platypus import Flowable, Paragraph

from piket.exports.pdf import CELL_PADDING, LIGHT, NAVY, RULE, styles, text_lines

PAD_TOP = PAD_BOTTOM = 3
PAD_LEFT = CELL_PADDING / 2


class _Row:
    __slots__ = ("cells", "height")

    def __init__(self, cells: list, height: float):
        self.cells, self.height = cells, height


class LineTable(Flowable):
    def __init__(self, rows: Sequence[Sequence], col_widths: Sequence[float], header: Sequence[str]):
        super().__init__()
        st = styles()
        self.cell, self.head = st["cell"], st["cell_head"]
        self.col_widths = list(col_widths)
        self.header = self._measure(header, self.head)
        # Parts made by split share the measured rows and their running heights: a page
        # break is a bisection, not a pass over every remaining row.
        self.all_rows = [self._measure(row, self.cell) for row in rows]
        self.bottoms = [0.0, *accumulate(row.height for row in self.all_rows)]
        self.first, self.end = 0, len(self.all_rows)

    def _measure(self, row: Sequence, style) -> _Row:
        cells, height = [], 0.0
        for value, width in zip(row, self.col_widths, strict=True):
            if isinstance(value, Paragraph):
                cell_height = value.wrap(width - CELL_PADDING, 10_000)[1]
            else:
                value = text_lines(value, style, width)
                cell_height = len(value) * style.leading
            cells.append(value)
            height = max(height, cell_height)
        return _Row(cells, height + PAD_TOP + PAD_BOTTOM)

    @property
    def rows(self) -> list[_Row]:
        return self.all_rows[self.first:self.end]

    def _part(self, first: int, end: int) -> LineTable:
        # A fresh flowable (not a copy: the layout marks flowables it has postponed).
        part = LineTable.__new__(LineTable)
        Flowable.__init__(part)
        for name in ("cell", "head", "col_widths", "header", "all_rows", "bottoms"):
            setattr(part, name, getattr(self, name))
        part.first, part.end = first, end
        return part

    def wrap(self, avail_width, avail_height):
        self.width = sum(self.col_widths)
        self.height = self.header.height + self.bottoms[self.end] - self.bottoms[self.first]
        return self.width, self.height

    def split(self, avail_width, avail_height):
        room = avail_height - self.header.height
        last = bisect_right(self.bottoms, self.bottoms[self.first] + room, self.first, self.end + 1) - 1
        if last <= self.first:
            return []
        if last >= self.end:
            return [self]
        return [self._part(self.first, last), self._part(last, self.end)]

    def draw(self) -> None:
        canvas = self.canv
        text = canvas.beginText()
        top = self.height
        for index, row in enumerate([self.header, *self.rows]):
            bottom = top - row.height
            if index == 0:
                canvas.setFillColor(NAVY)
                canvas.rect(0, bottom, self.width, row.height, stroke=0, fill=1)
            elif index % 2 == 0:
                canvas.setFillColor(LIGHT)
                canvas.rect(0, bottom, self.width, row.height, stroke=0, fill=1)
            style = self.head if index == 0 else self.cell
            text.setFont(style.fontName, style.fontSize, style.leading)
            text.setFillColor(style.textColor)
            x = 0.0
            for value, width in zip(row.cells, self.col_widths, strict=True):
                if isinstance(value, Paragraph):
                    value.drawOn(canvas, x + PAD_LEFT, top - PAD_TOP - value.height)
                elif value:
                    text.setTextOrigin(x + PAD_LEFT, top - PAD_TOP - style.fontSize)
                    text.textLines(value, trim=0)
                x += width
            top = bottom
        canvas.drawText(text)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        top = self.height - self.header.height
        for row in self.rows:
            top -= row.height
            canvas.line(0, top, self.width, top)
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.8)
        canvas.line(0, self.height - self.header.height, self.width, self.height - self.header.height)
