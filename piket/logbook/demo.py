"""``piket demo`` for the logbook: H1 2019, recent incidents and (years > 1) the big set.

Deterministic (seeded), anchored at ``timeutil.today()``. Entries are built in Python
(hashes included) and inserted with executemany in one transaction; the database's
triggers still check every row's place in its chain, so demo data is chained like any.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta

from sqlite_utils import Database

from piket import timeutil
from piket.logbook import chain, demo_data
from piket.logbook.affected import describe
from piket.logbook.authors import incoming_officer, on_call_officer
from piket.logbook.handover import handover_summary, summary_text
from piket.logbook.schema import GENESIS
from piket.logbook.search import update_index
from piket.logbook.service import INSERT_COLUMNS, INSERT_SQL, new_row
from piket.storage import write

INCIDENTS_PER_YEAR = 60
LONG_CRISIS_ENTRIES = (10_000, 12_500)


def has_data(db: Database) -> bool:
    return db.execute("SELECT 1 FROM incidents LIMIT 1").fetchone() is not None


class _Writer:
    """Builds whole incidents as rows and counts what it wrote."""

    def __init__(self, db: Database, rng: random.Random):
        self.db, self.rng = db, rng
        self.incidents = self.entries = 0

    def incident(self, opened: datetime, title: str, location: str, category: str, steps: list[dict],
                 *, closed: bool = True) -> int:
        target = self.db.execute(
            "INSERT INTO incidents (title, location, category, opened_at) VALUES (?, ?, ?, ?)",
            [title, location, category, timeutil.to_db(opened)],
        ).lastrowid
        self.db.execute("INSERT INTO log_chain_heads (incident_id, seq, hash) VALUES (?, 0, ?)", [target, GENESIS])
        prev, rows = GENESIS, []
        steps = sorted(steps, key=lambda step: step["minute"])
        seq_of: dict[str, int] = {}
        for seq, step in enumerate(steps, start=1):
            moment = opened + timedelta(minutes=step["minute"])
            recorded = moment + timedelta(seconds=self.rng.randint(20, 240))
            columns = {name: step[name] for name in ("grip_level", "reason", "status", "figures") if name in step}
            for link in ("corrects", "action_seq", "decision_seq", "meeting_seq"):
                if link in step:
                    columns[link] = seq_of[step[link]]
            text = step["text"]
            if callable(text):  # drawn from the log so far: write what came before first
                self.db.conn.executemany(INSERT_SQL, rows)
                rows = []
                text = text(self.db, target, moment)
            fields = {"at": timeutil.to_db(moment), "kind": step["kind"], "text": text,
                      "author": step.get("author", ""), "role": step.get("role", ""),
                      "source": step.get("source", ""), "channel": step.get("channel", ""),
                      "owner": step.get("owner", ""), "team": step.get("team", ""),
                      "deadline": timeutil.to_db(moment + timedelta(hours=2))
                      if step.get("owner") and step["kind"] == "actie" else None}
            row = new_row(target, seq, fields, f"{self.rng.getrandbits(64):016x}",
                          recorded_at=timeutil.to_db(recorded), **columns)
            row["prev_hash"] = prev
            row["hash"] = prev = chain.entry_hash(prev, row)
            rows.append([row[name] for name in INSERT_COLUMNS])
            if "name" in step:
                seq_of[step["name"]] = seq
        self.db.conn.executemany(INSERT_SQL, rows)
        if closed:
            last = opened + timedelta(minutes=steps[-1]["minute"])
            self.db.execute("UPDATE incidents SET closed_at = ? WHERE id = ?", [timeutil.to_db(last), target])
        self.incidents += 1
        self.entries += len(steps)
        return target


def _story(rng: random.Random, title: str, location: str, category: str,
           grips: list[tuple[int, str]], officer: str, *, filler: int = 0, close: bool = True,
           incoming: str | None = None) -> list[dict]:
    """A plausible night for the OvD-Bz: melding, alarms, BOB entries, an action, a handover
    to the next OvD-Bz, a close (an open incident: the handover with its action still open,
    and the incoming officer writing on)."""
    me = {"author": officer, "role": "OvD-Bz"}
    colleague, colleague_role = rng.choice(demo_data.COLLEAGUES)
    beeld = demo_data.BEELD.get(category, demo_data.BEELD["overig"])
    owner_text, owner = rng.choice(demo_data.ACTIE)
    steps = [
        {"minute": 0, "kind": "melding", "text": f"{title} — {location}", "source": "meldkamer",
         "channel": "telefoon", **me},
        {"minute": 2, "kind": "alarmering", "text": demo_data.ALARMERING[0], **me},
        {"minute": 9, "kind": "beeld", "text": beeld[0], "source": "OvD-B", "channel": "C2000", "name": "beeld", **me},
        {"minute": 14, "kind": "alarmering", "text": rng.choice(demo_data.ALARMERING[1:]), **me},
        {"minute": 18, "kind": "beeld", "text": rng.choice(beeld), "source": "OvD-P", "channel": "mondeling", **me},
        {"minute": 22, "kind": "oordeel", "text": rng.choice(demo_data.OORDEEL), **me},
        {"minute": 26, "kind": "besluit", "text": rng.choice(demo_data.BESLUIT), "name": "besluit", **me},
        {"minute": 27, "kind": "actie", "text": owner_text, "owner": owner, "status": "open",
         "decision_seq": "besluit", "name": "actie", **me},
        {"minute": 40, "kind": "communicatie", "text": rng.choice(demo_data.COMMUNICATIE),
         "author": colleague, "role": colleague_role},
    ]
    if grips:
        evacuated = rng.randrange(10, 80, 5)
        figures = {"geevacueerd": evacuated, "opgevangen": evacuated // 2, "gewond": rng.randint(0, 3)}
        steps.append({"minute": 30, "kind": "getroffenen", "figures": json.dumps(figures, separators=(",", ":")),
                      "text": lambda db, target, moment: describe(db, figures), **me})
        steps += _meeting(rng, "ROT" if max(level for _, level in grips) >= "GRIP2" else "CoPI", steps, me)
    if close and rng.random() < 0.5:
        steps.append({"minute": 118, "kind": "leerpunt", "text": rng.choice(demo_data.LESSONS), **me})
    if rng.random() < 0.3:
        steps.append({"minute": 47, "kind": "correctie", "text": f"{beeld[0]}; bijgesteld na terugkoppeling",
                      "reason": "aantal eenheden verkeerd doorgekregen", "corrects": "beeld", **me})
    previous = None
    for minute, level in grips:
        leader = "Leider CoPI" if level in ("GRIP0", "GRIP1") else "Operationeel Leider"
        verb = "Afgeschaald naar" if previous and level < previous else "Opgeschaald naar"
        steps.append({"minute": minute, "kind": "GRIP-wijziging", "grip_level": level,
                      "text": f"{verb} {level.replace('GRIP', 'GRIP ')} door {leader}",
                      "reason": "afgekondigd door " + leader, **me})
        previous = level
    end = max([120, *(minute + 30 for minute, _ in grips)])
    minute = 45
    for index in range(filler):
        minute += rng.randint(1, 6)
        kind = rng.choice(("beeld", "informatie", "informatie", "communicatie", "oordeel"))
        steps.append({"minute": minute, "kind": kind, "text": f"Situatierapport {index + 1}: {rng.choice(beeld)}", **me})
    end = max(end, minute + 20)
    if not incoming or incoming == officer:
        incoming = rng.choice([name for name in demo_data.OFFICERS if name != officer])
    if close:
        steps.append({"minute": end - 10, "kind": "actie", "text": "Actie afgerond", "status": "gereed",
                      "action_seq": "actie", **me})
        steps.append(_handover(rng, end - 5, me, incoming))
        steps.append({"minute": end, "kind": "informatie", "text": "Incident gesloten", **me})
    else:
        steps.append(_handover(rng, minute + 8, me, incoming))
        steps.append({"minute": minute + 12, "kind": "informatie", "author": incoming, "role": "OvD-Bz",
                      "text": "Overdracht ontvangen; beeld doorgenomen met OvD-B ter plaatse"})
    return steps


def _meeting(rng: random.Random, team: str, steps: list[dict], me: dict) -> list[dict]:
    """The first BOB meeting (minutes 16-32): the beeld, oordeel, besluit and actie logged in
    that stretch are made in it; returns its opening and closing steps."""
    agenda = rng.choice(demo_data.MEETING_AGENDAS)
    for step in steps:
        if 16 < step["minute"] < 32:
            step["meeting_seq"] = "overleg"
    return [
        {"minute": 16, "kind": "overleg", "team": team, "owner": rng.choice(demo_data.MEETING_CHAIRS[team]),
         "text": f"{team}-overleg 1 geopend\nAgenda: {agenda}", "name": "overleg", **me},
        {"minute": 32, "kind": "overleg", "team": team, "text": f"{team}-overleg 1 gesloten",
         "meeting_seq": "overleg", **me},
    ]


def _handover(rng: random.Random, minute: int, me: dict, incoming: str) -> dict:
    """An overdracht step as the dialog writes it: the summary from the log so far
    (:func:`handover_summary`, run when the writer reaches this step), completed with
    contacts and the next meeting; the incoming officer as owner."""
    filled = {"Contacten": rng.choice(demo_data.HANDOVER_CONTACTS),
              "Volgend overleg": rng.choice(demo_data.HANDOVER_MEETINGS)}
    pending = rng.choice(demo_data.HANDOVER_PENDING)

    def text(db: Database, target: int, moment: datetime) -> str:
        summary = handover_summary(db, target, moment)
        return summary_text(summary, {**filled, "Openstaande besluiten": pending if summary["open_actions"] else "geen"})

    return {"minute": minute, "kind": "overdracht", "text": text, "owner": incoming, **me}


def _local(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, tzinfo=timeutil.TZ).astimezone(UTC)


def add_demo(db: Database, years: int) -> str:
    rng = random.Random(20190101 + years)
    writer = _Writer(db, rng)
    today = timeutil.today()
    with write(db):
        start, end = timeutil.day_range(date(2019, 1, 1), date(2019, 6, 30))
        if not db.execute("SELECT 1 FROM incidents WHERE opened_at >= ? AND opened_at < ?", [start, end]).fetchone():
            for when, title, location, category, grips in demo_data.H1_2019:
                opened = timeutil.parse_time(when)
                officer = rng.choice(demo_data.OFFICERS)
                writer.incident(opened, title, location, category,
                                _story(rng, title, location, category, grips, officer))
        if years > 1:
            _big_set(writer, rng, today, years)
        _recent(writer, rng, db, today)
        update_index(db)  # searchable from the first search on, also read-only
    return f"{writer.incidents} incidenten met {writer.entries} logboekregels"


def _recent(writer: _Writer, rng: random.Random, db: Database, today: date) -> None:
    recent = [(40, "Brand in flat", "Randstad, Almere Stad", "brand", []),
              (18, "Gaslekkage Stationsplein", "Stationsplein, Almere Stad", "gaslekkage", []),
              (6, "Stormschade na najaarsstorm", "Almere Poort", "stormschade", [(50, "GRIP1"), (200, "GRIP0")])]
    for days, title, location, category, grips in recent:
        opened = _local(today - timedelta(days=days), time(2, 40))
        officer = on_call_officer(db, opened) or rng.choice(demo_data.OFFICERS)
        writer.incident(opened, title, location, category,
                        _story(rng, title, location, category, grips, officer))
    # Still open: started last night, GRIP 1, actions running.
    opened = _local(today - timedelta(days=1), time(19, 10))
    officer = on_call_officer(db, opened) or demo_data.OFFICERS[0]
    title, location = "Brand bedrijfshal Sallandsekant", "Sallandsekant, Almere Buiten"
    steps = _story(rng, title, location, "brand", [(31, "GRIP1")], officer, filler=12, close=False,
                   incoming=incoming_officer(db, opened + timedelta(hours=2), officer))
    writer.incident(opened, title, location, "brand", steps, closed=False)


def _big_set(writer: _Writer, rng: random.Random, today: date, years: int) -> None:
    """~60 incidents a year; from five years on, three long crises of 10,000+ entries."""
    first = today - timedelta(days=365 * years)
    span = (today - timedelta(days=60) - first).days
    categories = list(demo_data.SYNTHETIC_TITLES)
    plans = []
    for _ in range(INCIDENTS_PER_YEAR * years):
        day = first + timedelta(days=rng.randrange(span))
        plans.append((day, time(rng.randrange(24), rng.randrange(60)), rng.choice(categories)))
    crises = demo_data.LONG_CRISES if years >= 5 else []
    for number, (title, category, level) in enumerate(crises):
        plans.append((first + timedelta(days=span * (number + 1) // 4), time(9, 0), (title, category, level)))
    for day, clock, plan in sorted(plans, key=lambda p: (p[0], p[1])):
        opened = _local(day, clock)
        officer = rng.choice(demo_data.OFFICERS)
        location = f"{rng.choice(demo_data.STREETS)}, {rng.choice(demo_data.DISTRICTS)}"
        if isinstance(plan, tuple):
            title, category, level = plan
            grips = [(20, "GRIP1"), (60, "GRIP2"), (120, level)] if level > "GRIP2" else [(20, "GRIP1"), (60, level)]
            filler = rng.randint(*LONG_CRISIS_ENTRIES)
        else:
            category = plan
            title = f"{rng.choice(demo_data.SYNTHETIC_TITLES[category])} {location.split(',')[0]}"
            draw = rng.random()
            grips = [] if draw < 0.88 else [(25, "GRIP1")] if draw < 0.96 else [(25, "GRIP1"), (70, "GRIP2")]
            if grips:
                grips.append((grips[-1][0] + 120, "GRIP0"))
            filler = rng.randint(25, 250)
        writer.incident(opened, title, location, category,
                        _story(rng, title, location, category, grips, officer, filler=filler))
