"""Demo data: a realistic Almere event calendar around today.

The named events on their real dates (Koningsnacht and Koningsdag, the Nationale Viering
van de Bevrijding on 5 May, the Landelijke Veiligheidsdag, the Libelle Zomerweek, the
Havenkermis, the Sinterklaasintocht, the jaarwisseling) for each demo year plus next year's
season (announced before 1 September, being processed now), a few dozen neighbourhood
events a year, one C-class event (this year's Koningsnacht, after calls for a fight between
rival groups, as in 2019) and one conflict (a beach party on next year's 5 May).
``years=10`` adds some 290 neighbourhood events a year: the benchmark calendar.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlite_utils import Database

from piket import timeutil
from piket.events import scan
from piket.events.model import validated
from piket.events.service import _insert
from piket.storage import write

NEIGHBOURHOODS = (
    "Filmwijk", "Stedenwijk", "Muziekwijk", "Waterwijk", "Literatuurwijk", "Parkwijk", "Kruidenwijk",
    "Danswijk", "Regenboogbuurt", "Homeruskwartier", "Tussen de Vaarten", "Noorderplassen", "Nobelhorst",
    "Oosterwold", "Stripheldenbuurt", "Verzetswijk", "Seizoenenbuurt", "Sieradenbuurt", "Staatsliedenwijk",
    "Kruidenwijk", "Landgoederenbuurt", "Molenbuurt", "Europakwartier", "Bloemenbuurt",
)
KINDS = (  # name, start hour, hours, activity, alcohol, visitors range
    ("Buurtfeest", 14, 8, "muziek", "1", (150, 900)),
    ("Straatfeest", 15, 7, "muziek", "1", (80, 400)),
    ("Rommelmarkt", 9, 6, "markt", "0", (200, 1500)),
    ("Sportdag", 10, 6, "sport", "0", (100, 800)),
    ("Open podium", 19, 4, "muziek", "1", (80, 300)),
    ("Zomermarkt", 11, 6, "markt", "1", (300, 2500)),
    ("Kindervrijmarkt", 10, 4, "markt", "0", (150, 600)),
    ("Wijkfestival", 13, 9, "muziek", "1", (500, 2500)),
    ("Burendag", 12, 6, "markt", "0", (100, 500)),
    ("Avondvierdaagse", 18, 3, "sport", "0", (300, 1800)),
)
ORGANISERS = ("Wijkvereniging", "Bewonerscommissie", "Stichting Buurtleven", "Sportvereniging", "Wijkteam")


def has_data(db: Database) -> bool:
    return db.execute("SELECT count(*) FROM events WHERE deleted_at IS NULL").fetchone()[0] > 0


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=timeutil.TZ)


def _weekday_on_or_before(day: date, weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def koningsdag(year: int) -> date:
    day = date(year, 4, 27)
    return day - timedelta(days=1) if day.weekday() == 6 else day


def named_events(year: int, *, scanned: bool, current: bool) -> list[dict]:
    """The recurring events of ``year``; next year's are announced but hardly scanned yet."""
    kd = koningsdag(year)
    lvd = _weekday_on_or_before(date(year, 5, 31), 5)  # last Saturday of May (25 May 2019)
    libelle = lvd + timedelta(days=7)
    kermis = _weekday_on_or_before(date(year, 8, 28), 4)
    intocht = _weekday_on_or_before(date(year, 11, 21), 5)
    events = [
        {"name": "Nieuwjaarsduik Almeerderstrand", "start": _at(date(year, 1, 1), 13), "end": _at(date(year, 1, 1), 16),
         "location": "Almeerderstrand", "visitors": 3000, "peak": 2500, "area": 20000,
         "organiser": "Stichting Almere Sport",
         "answers": {"activity_type": "sport", "alcohol_drugs": "1", "weather": "1", "vulnerable": "0"}},
        {"name": "Koningsnacht Stadhart", "start": _at(kd - timedelta(days=1), 20), "end": _at(kd, 1),
         "buildup": _at(kd - timedelta(days=1), 12), "location": "Stadhart, Forum en Esplanade",
         "visitors": 15000, "peak": 9000, "area": 6000, "organiser": "Almere City Marketing",
         "answers": {"activity_type": "muziek", "alcohol_drugs": "3", "night": "ja", "structures": "2",
                     "rival_groups": "3" if current else "1", "threat": "1", "weather": "1", "access": "1"}},
        {"name": "Koningsdag Almere", "start": _at(kd, 9), "end": _at(kd, 20), "buildup": _at(kd, 6),
         "location": "Stadhart en Esplanade", "visitors": 60000, "peak": 18000, "area": 30000,
         "organiser": "Almere City Marketing",
         "answers": {"activity_type": "markt", "alcohol_drugs": "2", "structures": "2", "vulnerable": "1",
                     "threat": "1", "weather": "1"}},
        {"name": "Nationale Viering van de Bevrijding", "start": _at(date(year, 5, 5), 13),
         "end": _at(date(year, 5, 5), 23), "buildup": _at(date(year, 5, 4), 8),
         "teardown": _at(date(year, 5, 6), 14), "location": "Esplanade", "visitors": 25000, "peak": 12000,
         "area": 12000, "organiser": "Comité 4 en 5 mei Almere",
         "answers": {"activity_type": "muziek", "alcohol_drugs": "2", "structures": "2", "national": "ja",
                     "threat": "1", "weather": "2"}},
        {"name": "Landelijke Veiligheidsdag", "start": _at(lvd, 10), "end": _at(lvd, 17),
         "location": "Veiligheidsregio Flevoland, Bolderbaan", "visitors": 6000, "peak": 2500, "area": 15000,
         "organiser": "Veiligheidsregio Flevoland",
         "answers": {"activity_type": "sport", "vulnerable": "2", "structures": "1", "weather": "1"}},
        {"name": "Libelle Zomerweek", "start": _at(libelle, 10), "end": _at(libelle + timedelta(days=8), 22),
         "buildup": _at(libelle - timedelta(days=4), 8), "teardown": _at(libelle + timedelta(days=10), 18),
         "location": "Weerwater, Almere Haven", "visitors": 150000, "peak": 12000, "area": 40000,
         "organiser": "Libelle Events",
         "answers": {"activity_type": "markt", "alcohol_drugs": "1", "structures": "2", "vulnerable": "1",
                     "weather": "2", "access": "2", "traffic": "1"}},
        {"name": "Havenkermis Almere Haven", "start": _at(kermis, 14), "end": _at(kermis + timedelta(days=9), 23),
         "location": "Sluis, Almere Haven", "visitors": 30000, "peak": 3000, "area": 6000,
         "organiser": "Kermisexploitatie Vermolen",
         "answers": {"activity_type": "markt", "alcohol_drugs": "1", "structures": "2", "vulnerable": "1"}},
        {"name": "Sinterklaasintocht Almere Haven", "start": _at(intocht, 12), "end": _at(intocht, 16),
         "location": "Haven, Almere Haven", "visitors": 10000, "peak": 6000, "area": 7000,
         "organiser": "Comité Sinterklaas Almere",
         "answers": {"activity_type": "markt", "vulnerable": "2", "structures": "1", "access": "2", "weather": "1"}},
        {"name": "Jaarwisseling Esplanade", "start": _at(date(year, 12, 31), 22),
         "end": _at(date(year + 1, 1, 1), 2), "location": "Esplanade", "visitors": 15000, "peak": 12000,
         "area": 10000, "organiser": "Gemeente Almere",
         "answers": {"activity_type": "muziek", "alcohol_drugs": "2", "night": "ja", "structures": "2",
                     "concurrency": "3", "weather": "1"}},
    ]
    if not scanned:  # an announced calendar: the organiser's figures, the scan still to do
        for event in events:
            event["answers"] = {k: v for k, v in event["answers"].items() if k in ("activity_type", "national")}
    return events


def _status(start: datetime, today: date) -> str:
    days = (start.date() - today).days
    if days < -60:
        return "geevalueerd"
    if days < 0:
        return "afgelopen"
    if days < 45:
        return "vergunning_verleend"
    if days < 120:
        return "advies_uitgebracht"
    if days < 200:
        return "in_behandeling"
    return "aangemeld"


def neighbourhood_events(year: int, count: int, busy: set[date], unique: bool) -> list[dict]:
    rng = random.Random(f"piket-events-{year}-{count}")
    events, taken = [], set()
    attempts = 0
    while len(events) < count and attempts < count * 50:
        attempts += 1
        day = date(year, 3, 1) + timedelta(days=rng.randrange(0, 245))
        if day in busy or (day.weekday() < 5 and rng.random() < 0.8):
            continue
        name, hour, hours, activity, alcohol, (low, high) = rng.choice(KINDS)
        place = rng.choice(NEIGHBOURHOODS)
        if unique and ((day, place) in taken or sum(1 for d, _ in taken if d == day) >= 3):
            continue
        taken.add((day, place))
        visitors = rng.randrange(low, high + 1, 10)
        events.append({
            "name": f"{name} {place}", "start": _at(day, hour), "end": _at(day, hour) + timedelta(hours=hours),
            "location": place, "visitors": visitors, "peak": max(50, int(visitors * rng.uniform(0.5, 0.9))),
            "area": None, "organiser": f"{rng.choice(ORGANISERS)} {place}",
            "answers": {"activity_type": activity, "alcohol_drugs": alcohol, "vulnerable": str(rng.randrange(0, 2)),
                        "weather": "1", "organiser_experience": str(rng.randrange(0, 2))},
        })
    return events


def add_demo(db: Database, years: int) -> str:
    from piket.events import advice, service

    today = timeutil.today()
    rules = scan.load_rules(db)
    first_year = today.year - years + 1
    per_year = 36 if years <= 2 else 290
    planned = []
    for year in range(first_year, today.year + 2):
        upcoming = year > today.year
        named = named_events(year, scanned=not upcoming, current=year == today.year)
        busy = {e["start"].date() for e in named} | {e["end"].date() for e in named}
        planned += named + neighbourhood_events(year, 8 if upcoming else per_year, busy, unique=years <= 2)
    next_bevrijding = date(today.year + 1, 5, 5)
    planned.append({  # the one conflict: two B events at once on next year's 5 May
        "name": "Strandfeest Bevrijdingsdag", "start": _at(next_bevrijding, 14), "end": _at(next_bevrijding, 23, 30),
        "location": "Almeerderstrand", "visitors": 20000, "peak": 16000, "area": 9000,
        "organiser": "Beach Events BV", "answers": {"activity_type": "dance"},
    })
    with write(db):
        ids = {}
        for event in planned:
            record = validated({
                "name": event["name"], "start_at": event["start"], "end_at": event["end"],
                "buildup_at": event.get("buildup"), "teardown_at": event.get("teardown"),
                "location": event["location"], "visitors": event["visitors"], "visitors_peak": event["peak"],
                "area_m2": event["area"], "organiser": event["organiser"],
                "status": _status(event["start"], today),
                "permit_ref": f"EV-{event['start'].year}-{len(ids) + 1:04d}",
            })
            ids[(event["name"], event["start"].year)] = _insert(db, record, event["answers"], rules, "demo")
        this_year = today.year
        intocht = ids[("Sinterklaasintocht Almere Haven", this_year)]
        service.override_class(db, intocht, "B", "Veel jonge kinderen aan de kade; vorig jaar gedrang bij de "
                               "aanlegplaats van de stoomboot.", author="demo")
        evening = ids[("Nationale Viering van de Bevrijding", this_year)]
        bevrijding = next(e for e in planned if e["name"] == "Nationale Viering van de Bevrijding"
                          and e["start"].year == this_year)
        service.add_part(db, evening, "Avondconcert", bevrijding["start"].replace(hour=19).isoformat(),
                         bevrijding["end"].isoformat())
        author = "M. Bakker (AOV)"
        knight = ids[("Koningsnacht Stadhart", this_year)]
        for name in ("Koningsnacht Stadhart", "Koningsdag Almere", "Nationale Viering van de Bevrijding"):
            event_id = ids[(name, this_year)]
            advice.new_version(db, event_id, author=author)
            if event_id == knight:
                advice.save_advice(db, knight, sections={"politie": (
                    "Na oproepen op sociale media tot een gevecht tussen rivaliserende groepen bij het Forum "
                    "adviseert de politie, in overleg met de driehoek, twee gebieden aan te wijzen als "
                    "veiligheidsrisicogebied (preventief fouilleren) en extra mobiele eenheid stand-by te houden.")})
            advice.send_advice(db, event_id, author=author)
        advice.new_version(db, ids[("Koningsdag Almere", this_year + 1)], author=author)  # being written now
        if bevrijding["start"].date() < today:
            service.set_values(db, knight, {"evaluation": "Rustig verloop na aanwijzing veiligheidsrisicogebied."})
    return f"{len(planned)} evenementen ({first_year}–{today.year + 1}), 1 C-klasse, adviezen voor 4 evenementen"
