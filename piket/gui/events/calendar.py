"""The calendar drawn by hand: a year at a glance, a month with event chips, and the events
of one day side by side. Colours follow the risk class; status shows as fill or outline."""

from __future__ import annotations

import calendar as pycalendar
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from piket import timeutil

NAVY = QColor("#1d3557")
TODAY = QColor("#e63946")
EMPTY = QColor("#e9edf2")
RANK = {"A": 0, "B": 1, "C": 2}
OPEN_STATUSES = ("aangemeld", "in_behandeling")  # drawn as outline: not yet decided


class CalendarBase(QWidget):
    daySelected = Signal(object)  # noqa: N815 - Qt signal naming
    dayActivated = Signal(object)  # noqa: N815
    eventSelected = Signal(int)  # noqa: N815
    eventActivated = Signal(int)  # noqa: N815

    def __init__(self, colours: dict, parent=None):
        super().__init__(parent)
        self.colours = colours
        self.days: dict[date, list[dict]] = {}
        self.selected = timeutil.today()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

    def set_days(self, days: dict[date, list[dict]]) -> None:
        self.days = days
        self.update()

    def select(self, day: date, *, emit: bool = True) -> None:
        self.selected = day
        self.update()
        if emit:
            self.daySelected.emit(day)

    def colour(self, risk_class: str) -> QColor:
        return QColor(self.colours.get(risk_class, QColor("#999999")))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if event.key() in steps:
            self.select(self.selected + timedelta(days=steps[event.key()]))
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dayActivated.emit(self.selected)
        else:
            super().keyPressEvent(event)


class YearView(CalendarBase):
    """Twelve months; each day filled with the colour of its highest class."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(900, 560)

    def _layout(self):
        columns, rows = 4, 3
        width, height = self.width() - 16, self.height() - 8
        month_w, month_h = width / columns, height / rows
        cell = min((month_w - 12) / 7, (month_h - 34) / 7)
        return columns, month_w, month_h, cell

    def _month_origin(self, month: int) -> tuple[float, float]:
        columns, month_w, month_h, _ = self._layout()
        return 8 + ((month - 1) % columns) * month_w, 4 + ((month - 1) // columns) * month_h

    def _cell_rect(self, day: date) -> QRectF:
        _, _, _, cell = self._layout()
        x0, y0 = self._month_origin(day.month)
        first = date(day.year, day.month, 1).weekday()
        index = first + day.day - 1
        return QRectF(x0 + 4 + (index % 7) * cell, y0 + 34 + (index // 7) * cell, cell - 2, cell - 2)

    def day_at(self, point: QPoint) -> date | None:
        year = self.selected.year
        for month in range(1, 13):
            for day_number in range(1, pycalendar.monthrange(year, month)[1] + 1):
                day = date(year, month, day_number)
                if self._cell_rect(day).contains(point):
                    return day
        return None

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        year = self.selected.year
        _, month_w, _, cell = self._layout()
        title_font = QFont(self.font())
        title_font.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, cell * 0.36))
        today = timeutil.today()
        for month in range(1, 13):
            x0, y0 = self._month_origin(month)
            painter.setFont(title_font)
            painter.setPen(NAVY)
            painter.drawText(QRectF(x0 + 4, y0, month_w, 18), Qt.AlignmentFlag.AlignLeft, f"{timeutil.MONTHS[month - 1]} {year}")
            painter.setFont(small)
            painter.setPen(QColor("#6b7280"))
            for index, name in enumerate(timeutil.WEEKDAYS):
                painter.drawText(QRectF(x0 + 4 + index * cell, y0 + 18, cell - 2, 14), Qt.AlignmentFlag.AlignCenter, name)
            for day_number in range(1, pycalendar.monthrange(year, month)[1] + 1):
                day = date(year, month, day_number)
                rect = self._cell_rect(day)
                events = self.days.get(day, [])
                if events:
                    top = max(events, key=lambda e: RANK.get(e["class"], 0))
                    fill = self.colour(top["class"])
                    fill.setAlphaF(0.55 + min(len(events), 5) * 0.09)
                    painter.setBrush(fill)
                else:
                    painter.setBrush(EMPTY)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(rect, 3, 3)
                if day == today:
                    painter.setPen(QPen(TODAY, 2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
                if day == self.selected:
                    painter.setPen(QPen(NAVY, 2.5))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 4, 4)
                painter.setPen(QColor("white") if events else QColor("#374151"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(day_number))
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        day = self.day_at(event.position().toPoint())
        if day:
            self.select(day)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        day = self.day_at(event.position().toPoint())
        if day:
            self.dayActivated.emit(day)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        day = self.day_at(event.position().toPoint())
        events = self.days.get(day, []) if day else []
        if events:
            lines = [f"{e['class']} · {e['name']}" for e in events[:8]]
            if len(events) > 8:
                lines.append(f"… en {len(events) - 8} meer")
            QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)
        else:
            QToolTip.hideText()


class MonthView(CalendarBase):
    """Six weeks of days with a chip per event; click a chip to select the event."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(900, 560)

    def first_shown(self) -> date:
        first = self.selected.replace(day=1)
        return first - timedelta(days=first.weekday())

    def _cell(self, index: int) -> QRect:
        width = (self.width() - 2) / 7
        height = (self.height() - 24) / 6
        return QRect(int(index % 7 * width), int(24 + index // 7 * height), int(width) - 2, int(height) - 2)

    def _chips(self, rect: QRect, events: list[dict]) -> list[tuple[QRect, dict | None]]:
        line = QFontMetrics(self.font()).height() + 3
        available = max(0, (rect.height() - line - 4) // line)
        chips = []
        shown = events if len(events) <= available else events[: max(available - 1, 0)]
        for index, item in enumerate(shown):
            chips.append((QRect(rect.x() + 3, rect.y() + line + 2 + index * line, rect.width() - 6, line - 2), item))
        if len(shown) < len(events):
            chips.append((QRect(rect.x() + 3, rect.y() + line + 2 + len(shown) * line, rect.width() - 6, line - 2), None))
        return chips

    def _hit(self, point: QPoint) -> tuple[date | None, dict | None]:
        start = self.first_shown()
        for index in range(42):
            rect = self._cell(index)
            if rect.contains(point):
                day = start + timedelta(days=index)
                for chip, item in self._chips(rect, self.days.get(day, [])):
                    if item and chip.contains(point):
                        return day, item
                return day, None
        return None, None

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setBold(True)
        width = (self.width() - 2) / 7
        painter.setPen(QColor("#6b7280"))
        for index, name in enumerate(timeutil.DAY_NAMES):
            painter.drawText(QRectF(index * width, 0, width, 22), Qt.AlignmentFlag.AlignCenter, name)
        start, today = self.first_shown(), timeutil.today()
        for index in range(42):
            day = start + timedelta(days=index)
            rect = self._cell(index)
            in_month = day.month == self.selected.month
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("white") if in_month else QColor("#f1f3f6"))
            painter.drawRect(rect)
            if day == self.selected:
                painter.setPen(QPen(NAVY, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.setFont(bold)
            painter.setPen(TODAY if day == today else (NAVY if in_month else QColor("#9aa5b1")))
            painter.drawText(rect.adjusted(4, 1, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             str(day.day) if day.day != 1 else f"1 {timeutil.MONTHS[day.month - 1][:3]}")
            painter.setFont(self.font())
            events = self.days.get(day, [])
            for chip, item in self._chips(rect, events):
                if item is None:
                    hidden = len(events) - sum(1 for _, i in self._chips(rect, events) if i)
                    painter.setPen(QColor("#374151"))
                    painter.drawText(chip, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"+{hidden} meer")
                    continue
                colour = self.colour(item["class"])
                if item["status"] in OPEN_STATUSES:  # not decided yet: outlined
                    painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 40))
                    painter.setPen(QPen(colour, 1.5))
                    text_colour = QColor("#1f2937")
                elif item["status"] == "afgewezen":
                    painter.setBrush(QColor("#d1d5db"))
                    painter.setPen(Qt.PenStyle.NoPen)
                    text_colour = QColor("#6b7280")
                else:
                    painter.setBrush(colour)
                    painter.setPen(Qt.PenStyle.NoPen)
                    text_colour = QColor("white")
                painter.drawRoundedRect(chip, 3, 3)
                painter.setPen(text_colour)
                label = f"{item['class']}  {item['name']}"
                elided = QFontMetrics(self.font()).elidedText(label, Qt.TextElideMode.ElideRight, chip.width() - 8)
                painter.drawText(chip.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        day, item = self._hit(event.position().toPoint())
        if day:
            self.select(day)
        if item:
            self.eventSelected.emit(item["id"])

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        _, item = self._hit(event.position().toPoint())
        if item:
            self.eventActivated.emit(item["id"])

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            month = self.selected.month + (1 if event.key() == Qt.Key.Key_PageDown else -1)
            year = self.selected.year + (month - 1) // 12
            month = (month - 1) % 12 + 1
            self.select(date(year, month, min(self.selected.day, pycalendar.monthrange(year, month)[1])))
        else:
            super().keyPressEvent(event)


class DayStrip(CalendarBase):
    """The events of the selected day side by side, each with its hours on a 24-hour bar."""

    CARD_WIDTH = 210

    def __init__(self, colours: dict, parent=None):
        super().__init__(colours, parent)
        self.items: list[dict] = []
        self.current: int | None = None
        self.setMinimumHeight(112)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_day(self, day: date, items: list[dict]) -> None:
        self.selected, self.items = day, items
        self.update()

    def _card(self, index: int) -> QRect:
        return QRect(8 + index * (self.CARD_WIDTH + 8), 26, self.CARD_WIDTH, self.height() - 32)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(NAVY)
        count = len(self.items)
        painter.drawText(QRect(8, 2, self.width() - 16, 22), Qt.AlignmentFlag.AlignVCenter,
                         f"{timeutil.long_date(self.selected)}: "
                         + (f"{count} evenement{'en' if count != 1 else ''}" if count else "geen evenementen"))
        metrics = QFontMetrics(self.font())
        day_start = timeutil.local_midnight(self.selected)
        for index, item in enumerate(self.items):
            rect = self._card(index)
            if rect.left() > self.width():
                break
            colour = self.colour(item["class"])
            painter.setPen(QPen(NAVY, 2) if item["id"] == self.current else QPen(QColor("#d0d7e2"), 1))
            painter.setBrush(QColor("white"))
            painter.drawRoundedRect(rect, 5, 5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRect(rect.x(), rect.y(), 30, rect.height()), 5, 5)
            painter.setPen(QColor("white"))
            painter.setFont(bold)
            painter.drawText(QRect(rect.x(), rect.y(), 30, rect.height()), Qt.AlignmentFlag.AlignCenter, item["class"])
            text = rect.adjusted(38, 4, -6, -4)
            painter.setPen(QColor("#111827"))
            painter.drawText(text.x(), text.y() + metrics.ascent(),
                             QFontMetrics(bold).elidedText(item["name"], Qt.TextElideMode.ElideRight, text.width()))
            painter.setFont(self.font())
            painter.setPen(QColor("#4b5563"))
            start, end = timeutil.from_db(item["start"]), timeutil.from_db(item["end"])
            hours = f"{timeutil.display(start, with_date=False)}–{timeutil.display(end, with_date=False)}"
            visitors = f" · {item['visitors']:,}".replace(",", ".") + " bez." if item["visitors"] else ""
            lines = [hours + visitors, item["location"] or ""]
            for number, line in enumerate(lines, start=1):
                painter.drawText(text.x(), text.y() + metrics.ascent() + number * metrics.height(),
                                 metrics.elidedText(line, Qt.TextElideMode.ElideRight, text.width()))
            bar = QRectF(text.x(), rect.bottom() - 12, text.width(), 6)
            painter.setBrush(EMPTY)
            painter.drawRoundedRect(bar, 3, 3)
            seconds = 24 * 3600
            begin = max(0.0, (start - day_start).total_seconds() / seconds)
            finish = min(1.0, (end - day_start).total_seconds() / seconds)
            if finish > begin:
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(bar.x() + begin * bar.width(), bar.y(),
                                               (finish - begin) * bar.width(), bar.height()), 3, 3)
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        for index, item in enumerate(self.items):
            if self._card(index).contains(event.position().toPoint()):
                self.current = item["id"]
                self.update()
                self.eventSelected.emit(item["id"])
                return

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        for index, item in enumerate(self.items):
            if self._card(index).contains(event.position().toPoint()):
                self.eventActivated.emit(item["id"])
                return
