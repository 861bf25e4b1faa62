"""Demo data: Almere-like pools, ~35 people from several gemeenten, the roster of the past
half year and the coming year, a few absences and one gap. Deterministic, anchored at today.

With ``years`` > 1 (the benchmark set, ``demo --years 10``) the region's other pools join:
~25 pools and ~250 people, some of whom joined a pool later, a week of leave per person per
year, and ``years`` - 1 more years of past roster."""

from __future__ import annotations

from datetime import timedelta

from sqlite_utils import Database

from piket import timeutil
from piket.storage import write

FIRST_NAMES = ["Anouk", "Bram", "Carmen", "Daan", "Esra", "Femke", "Gerrit", "Hanna", "Ilse", "Joost",
               "Karim", "Lotte", "Mehmet", "Nadia", "Olaf", "Priya", "Ruben", "Saskia", "Thijs", "Ursula",
               "Vincent", "Wendy", "Yusuf", "Zoë", "Arjen", "Bianca", "Cor", "Dewi", "Erik", "Fatima",
               "Gijs", "Hilde", "Ivo", "Jasmijn", "Koen", "Linda"]
LAST_NAMES = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
              "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
              "Yilmaz", "El Amrani", "Kramer", "van Dijk", "Koster", "Prins", "Huisman", "Postma",
              "Kuipers", "van der Meer", "Schouten", "Verbeek", "Hoekstra", "Boer", "Willems", "Maas",
              "Vermeulen", "Kok"]

# name, function, level, kind, handover, members as (count, gemeenten cycled)
POOLS = [
    ("OvD-Bz Almere", "OVDBZ", "lokaal", "hard", "mon 08:00", 6, ["Almere"]),
    ("OvD-Bz Flevoland-Oost", "OVDBZ", "interlokaal", "hard", "mon 08:00", 5, ["Dronten", "Lelystad", "Zeewolde"]),
    ("AC-Bz BFGV", "ACBZ", "interregionaal", "hard", "mon 08:00", 6,
     ["Almere", "Hilversum", "Lelystad", "Huizen", "Gooise Meren", "Noordoostpolder"]),
    ("Communicatieadviseur CoPI", "COMCOPI", "regionaal", "hard", "mon 08:00", 5, ["Almere", "Lelystad", "Urk"]),
    ("Informatiemanager ROT", "IM", "regionaal", "hard", "fri 17:00", 4, ["Almere", "Dronten"]),
    ("AOV-adviseur Almere", "AOV", "lokaal", "hard", "mon 08:00", 2, ["Almere"]),
    ("TL Opvang en Verzorging", "TL-OV", "interregionaal", "hard", "mon 08:00", 4, ["Almere", "Weesp", "Blaricum"]),
    ("TL Herstelzorg (zacht)", "TL-NAZORG", "interregionaal", "zacht", "mon 08:00", 3, ["Almere", "Laren"]),
]

FLEVOLAND = ["Almere", "Lelystad", "Dronten", "Zeewolde", "Noordoostpolder", "Urk"]
GOOI = ["Hilversum", "Huizen", "Gooise Meren", "Blaricum", "Laren", "Eemnes", "Wijdemeren"]
# The rest of the region, only in the benchmark set (same shape as POOLS).
REGION_POOLS = [
    ("OvD-Bz Lelystad", "OVDBZ", "lokaal", "hard", "mon 08:00", 11, ["Lelystad"]),
    ("OvD-Bz Noordoostpolder-Urk", "OVDBZ", "interlokaal", "hard", "mon 08:00", 11, ["Noordoostpolder", "Urk"]),
    ("OvD-Bz Gooi en Vechtstreek", "OVDBZ", "interlokaal", "hard", "mon 08:00", 15, GOOI),
    ("Leider CoPI Flevoland", "LCOPI", "regionaal", "hard", "mon 08:00", 13, FLEVOLAND),
    ("Leider CoPI Gooi en Vechtstreek", "LCOPI", "regionaal", "hard", "mon 08:00", 13, GOOI),
    ("Operationeel Leider BFGV", "OL", "interregionaal", "hard", "mon 08:00", 12, FLEVOLAND + GOOI),
    ("Communicatieadviseur CoPI Gooi", "COMCOPI", "regionaal", "hard", "mon 08:00", 13, GOOI),
    ("Teamleider Crisiscommunicatie BFGV", "TL-COM", "interregionaal", "hard", "mon 08:00", 13, FLEVOLAND + GOOI),
    ("Teamleider Informatie BFGV (zacht)", "TL-INFO", "interregionaal", "zacht", "mon 08:00", 11, FLEVOLAND + GOOI),
    ("Informatiemanager CoPI", "IM", "regionaal", "hard", "fri 17:00", 13, FLEVOLAND + GOOI),
    ("AOV-adviseur Lelystad", "AOV", "lokaal", "hard", "mon 08:00", 11, ["Lelystad"]),
    ("AOV-adviseur Gooi en Vechtstreek", "AOV", "interlokaal", "hard", "mon 08:00", 15, GOOI),
    ("Woordvoerder burgemeester Almere", "WVD", "lokaal", "hard", "mon 08:00", 12, ["Almere"]),
    ("Woordvoerder burgemeester Lelystad", "WVD", "lokaal", "hard", "mon 08:00", 11, ["Lelystad"]),
    ("Adviseur Bevolkingszorg GBT Almere", "ADVBZ", "lokaal", "hard", "mon 08:00", 13, ["Almere"]),
    ("Secretaris GBT Almere", "SECGBT", "lokaal", "hard", "mon 08:00", 11, ["Almere"]),
    ("Piketcoördinator Openbare Ruimte Almere", "PCOR", "lokaal", "hard", "fri 17:00", 15, ["Almere"]),
]


def has_data(db: Database) -> bool:
    return bool(db.execute("SELECT count(*) FROM people").fetchone()[0])


def add_demo(db: Database, years: int = 1) -> str:
    from piket.roster.fill import fill_roster
    from piket.roster.people import add_absence, add_person, add_qualification
    from piket.roster.pools import add_pool, set_member

    today = timeutil.today()
    monday = today - timedelta(days=today.weekday())
    first = monday - timedelta(weeks=26 + 52 * (years - 1))
    since = timeutil.local_midnight(first - timedelta(weeks=52))
    pools = POOLS + (REGION_POOLS if years > 1 else [])
    regional = {pool[0] for pool in REGION_POOLS}
    people: list[int] = []
    joined_later: list[int] = []
    by_pool: dict[str, list[int]] = {}
    with write(db):
        for name, function, level, kind, handover, count, places in pools:
            pool = add_pool(db, name, function, level=level, handover=handover, kind=kind)
            by_pool[name] = []
            for i in range(count):
                first_name, last_name = _name(len(people))
                person = add_person(
                    db, f"{first_name} {last_name}",
                    phone=f"06-{12345600 + len(people) * 7919 % 87654321:08d}"[:11],
                    email=f"{first_name.lower()}.{last_name.lower().replace(' ', '')}@voorbeeld.nl",
                    municipality=places[i % len(places)], functions=[function],
                )
                # In the benchmark set the last two of a regional pool joined later on.
                joins = since
                if name in regional and i >= count - 2:
                    joins = timeutil.local_midnight(first + timedelta(weeks=52 * years * (i - count + 3) // 3))
                    joined_later.append(person)
                set_member(db, pool, person, since=joins)
                by_pool[name].append(person)
                people.append(person)
        # Some people serve two pools: two regional OvD-Bz stand in for Almere too.
        for person in by_pool["OvD-Bz Flevoland-Oost"][:2]:
            set_member(db, "OvD-Bz Almere", person, since=since)
        # Vakbekwaamheid: valid for a year or more, one expiring within 90 days (the filler
        # keeps that person out of the weeks after it).
        for index, person in enumerate(people):
            function = db.execute("SELECT function FROM person_functions WHERE person_id = ? LIMIT 1",
                                  [person]).fetchone()[0]
            add_qualification(db, person, function, today + timedelta(days=400 + 37 * (index % 36)))
        add_qualification(db, by_pool["AC-Bz BFGV"][1], "ACBZ", today + timedelta(days=45))
        # Absences: holidays and courses, and one week where both AOV advisers are away: the gap.
        leave = 0
        absences = [
            (by_pool["OvD-Bz Almere"][0], 3, 10, "verlof"),
            (by_pool["AC-Bz BFGV"][2], 8, 14, "verlof"),
            (by_pool["Communicatieadviseur CoPI"][1], -5, 3, "cursus"),
            (by_pool["Informatiemanager ROT"][0], 12, 21, "buitenland"),
            (by_pool["AOV-adviseur Almere"][0], 4 * 7 + 1, 5, "verlof"),
            (by_pool["AOV-adviseur Almere"][1], 4 * 7 + 2, 3, "cursus"),
        ]
        for person, offset, days, reason in absences:
            start = monday + timedelta(days=offset)
            add_absence(db, person, start.isoformat(), (start + timedelta(days=days - 1)).isoformat(), reason)
        if years > 1:  # a week of summer or autumn leave per year for the region's people
            for index, person in enumerate(people[35:]):
                for year in range(years + 1):
                    start = first + timedelta(weeks=52 * year + 26 + (index * 5 + year * 3) % 18, days=2)
                    if start < monday + timedelta(weeks=52):
                        add_absence(db, person, start.isoformat(), (start + timedelta(days=6)).isoformat(), "verlof")
                        leave += 1
    filled = 0
    start = first
    while start < monday + timedelta(weeks=52):  # the past, and the coming year
        weeks = min(52, (monday + timedelta(weeks=52) - start).days // 7)
        filled += fill_roster(db, all_pools=True, first=start, weeks=weeks, reason="demo").filled
        start += timedelta(weeks=weeks)
    later = f" ({len(joined_later)} later ingestroomd)" if joined_later else ""
    return (f"{len(pools)} pools, {len(people)} personen{later}, {filled} diensten ingeroosterd, "
            f"{len(absences) + leave} afwezigheden")


def _name(number: int) -> tuple[str, str]:
    """A distinct first and last name for each of the first 288 people; the first 36 pair
    the lists index by index."""
    return FIRST_NAMES[number % 36], LAST_NAMES[(number % 36 + 5 * (number // 36)) % 36]
