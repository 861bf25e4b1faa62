"""One cell for a corrected entry: the original struck through, its correction beside it.

A separate correction column took half the log's width from the text for the few entries
that have one; painted in the text cell, the text keeps the room and both stay in view.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from piket.gui.logbook.models import CORRECTION

CORRECTION_COLOUR = QColor("#b45309")
ORIGINAL_SHARE = 0.45  # of the cell, at most, for the struck original
GAP = 10


class CorrectedTextDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        correction = index.data(CORRECTION)
        if not correction:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        original, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).adjusted(3, 0, -3, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        plain = QFont(opt.font)
        plain.setStrikeOut(False)
        struck = QFont(plain)
        struck.setStrikeOut(True)
        first = QFontMetrics(struck).elidedText(original, Qt.TextElideMode.ElideRight,
                                                int(rect.width() * ORIGINAL_SHARE))
        first_width = QFontMetrics(struck).horizontalAdvance(first)
        rest = QRect(rect.left() + first_width + GAP, rect.top(), rect.width() - first_width - GAP, rect.height())
        second = QFontMetrics(plain).elidedText(correction, Qt.TextElideMode.ElideRight, max(rest.width(), 0))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        highlighted = opt.palette.color(QPalette.ColorRole.HighlightedText)
        painter.setFont(struck)
        painter.setPen(highlighted if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect, align, first)
        painter.setFont(plain)
        painter.setPen(highlighted if selected else CORRECTION_COLOUR)
        painter.drawText(rest, align, second)
        painter.restore()
