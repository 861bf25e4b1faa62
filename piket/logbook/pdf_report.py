"""The period report as a PDF the council can read: the sentence, a chart, the lists."""

from __future__ import annotations

from sqlite_utils import Database

from piket import refdata, timeutil
from piket.logbook.kinds import NO_GRIP
from piket.logbook.pdf_incident import grip_colour
from piket.logbook.report import summary_sentence


def _bar_chart(counts: dict[str, int], labels: dict[str, str], colours: list[str], width: float, height: float):
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    names = list(counts)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 10
    chart.width, chart.height = width - 130, height - 20
    chart.data = [[counts[name] for name in reversed(names)]]
    chart.categoryAxis.categoryNames = [labels.get(name, name) for name in reversed(names)]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max([1, *counts.values()])
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, round(top / 5))
    chart.valueAxis.labels.fontSize = 7
    chart.bars.strokeColor = None
    for index, colour in enumerate(reversed(colours)):
        chart.bars[(0, index)].fillColor = colors.HexColor(colour)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def period_pdf(db: Database, report: dict) -> bytes:
    from reportlab.lib.units import mm

    from piket.exports.pdf import build_pdf, data_table, para

    grip_labels = {**refdata.labels(db, "grip_levels"), NO_GRIP: "geen GRIP"}
    categories = refdata.labels(db, "incident_categories")
    story: list = [para(summary_sentence(db, report), "body")]

    story.append(para("Meldingen naar hoogste GRIP-niveau", "h1"))
    grip_counts = report["by_max_grip"]
    story.append(_bar_chart(grip_counts, grip_labels,
                            [grip_colour(code) if code != NO_GRIP else "#9ca3af" for code in grip_counts],
                            170 * mm, 12 * mm + 9 * mm * len(grip_counts)))
    story.append(para("Meldingen naar categorie", "h1"))
    cat_counts = report["by_category"]
    if cat_counts:
        story.append(_bar_chart(cat_counts, categories, ["#2a6f97"] * len(cat_counts),
                                170 * mm, 12 * mm + 8 * mm * len(cat_counts)))

    escalated = [i for i in report["incidents"] if i["max_grip"] and i["max_grip"] != "GRIP0"]
    story.append(para("Incidenten met GRIP-opschaling", "h1"))
    if escalated:
        rows = [["Datum", "Incident", "Hoogste GRIP", "GRIP nu"]] + [
            [_day(i["opened_at"]), i["title"], grip_labels.get(i["max_grip"], i["max_grip"]),
             grip_labels.get(i["grip"] or NO_GRIP, i["grip"])] for i in escalated]
        story.append(data_table(rows, [25 * mm, 95 * mm, 30 * mm, 30 * mm]))
    else:
        story.append(para("Geen.", "body"))

    story.append(para("Alle meldingen", "h1"))
    rows = [["Datum", "Melding", "Categorie", "GRIP", "Alarm."]] + [
        [_day(i["opened_at"]), i["title"] + (f" — {i['location']}" if i["location"] else ""),
         categories.get(i["category"], i["category"] or "—"), grip_labels.get(i["max_grip"] or NO_GRIP),
         i["alarmeringen"]] for i in report["incidents"]]
    story.append(data_table(rows, [22 * mm, 88 * mm, 36 * mm, 20 * mm, 14 * mm]))

    deployments = report["deployments"]
    story.append(para("Piketinzet", "h1"))
    story.append(para(f"{deployments['alarmeringen']} alarmering(en) vastgelegd bij "
                      f"{deployments['incidents_with_alarm']} incident(en).", "body"))
    if report.get("pools"):
        rows = [["Pool", "Functie", "Leden", "Diensten", "Open diensten"]] + [
            [p["pool"], p["function"], p["members"], p["shifts"], p["open_shifts"]] for p in report["pools"]]
        story.append(data_table(rows, [60 * mm, 30 * mm, 25 * mm, 30 * mm, 35 * mm]))
    if report.get("events"):
        story.append(para("Evenementen waarover is geadviseerd", "h1"))
        rows = [["Datum", "Evenement", "Klasse"]] + [
            [_day(e["start"]), e["name"], e["class"]] for e in report["events"]]
        story.append(data_table(rows, [25 * mm, 135 * mm, 20 * mm]))

    period = f"{_day(report['from'])} t/m {_day(report['to'])}"
    return build_pdf(story, title="Meldingen Officier van Dienst Bevolkingszorg",
                     subtitle=f"Periode {period} · voortgangsrapportage", version=f"periode {period}")


def _day(iso: str) -> str:
    moment = timeutil.parse_time(iso) if "T" in iso else None
    if moment is None:
        from datetime import date

        return date.fromisoformat(iso).strftime("%d-%m-%Y")
    return moment.astimezone(timeutil.TZ).strftime("%d-%m-%Y")
