"""Demo data: the Floriade 2022 review in progress, and (``years=10``) ~20 older reviews.

The findings follow the public reviews of the Floriade safety plan (domain.md section 6):
vague measures without numbers, crowd monitoring only at the entrance, doubt about enough
security staff, the stuck cable car. About half the items are assessed.
"""

from __future__ import annotations

import random

from sqlite_utils import Database

from piket.checklist import service

PLAN = "Veiligheidsplan Floriade Expo 2022 v3.0 (dec 2021)"
MOBILITY = "Mobiliteitsplan v2.1"
MEDICAL = "Medisch plan v1.4"
CABLE = "Bijlage 7 Kabelbaan v2"
REVIEWERS = ["M. de Graaf (gemeente OOV)", "R. Yilmaz (brandweer)", "S. Visser (GHOR)",
             "K. Bos (politie)"]

# code, verdict, finding, document, page, advice, decision, condition, verification
FLORIADE = [
    ("DOC-01", "deels", "Documentenlijst ontbreekt; versies alleen in voetteksten.", PLAN, "p. 2",
     "Lever een register met titel, versie en datum van alle plannen.", "overgenomen", "",
     ""),
    ("DOC-02", "voldoet_niet", "Veiligheidsplan noemt 40.000 bezoekers op de piekdag, mobiliteitsplan 55.000.",
     PLAN, "§2.3, p. 14", "Breng de bezoekersaantallen in alle documenten in overeenstemming.",
     "in_vergunning", "De organisator hanteert in alle plannen één piekdagcijfer van 55.000 bezoekers.",
     "Hertoetsing in versie 3.1"),
    ("DOC-03", "voldoet", "", "", "", "", "open", "", ""),
    ("DOC-04", "deels", "Bijlagen 4 en 9 ontbreken in de aanlevering.", PLAN, "p. 7",
     "Vraag bijlagen 4 en 9 alsnog op.", "overgenomen", "", ""),
    ("ORG-01", "voldoet", "", "", "", "", "open", "", ""),
    ("ORG-02", "deels", "Besluit tot ontruimen ligt bij 'de veiligheidscoördinator'; vervanging niet geregeld.",
     PLAN, "§3.2, p. 31", "Leg per besluit een functie en een plaatsvervanger vast.", "open", "", ""),
    ("ORG-03", "voldoet", "", "", "", "", "open", "", ""),
    ("ORG-04", "onvoldoende_info", "Opschalingscriteria niet meetbaar ('bij grote drukte').", PLAN,
     "§3.5, p. 36", "Maak opschalingscriteria meetbaar (aantallen, dichtheid, weer).", "open", "", ""),
    ("RISK-01", "voldoet", "Alle 54 scenario's beoordeeld; inventarisatie opvallend volledig.", PLAN,
     "bijlage 2", "", "open", "", ""),
    ("RISK-02", "deels", "Negen scenario's zonder eigenaar, o.a. cyberaanval en vermiste personen.",
     PLAN, "bijlage 2, p. 4-19", "Wijs per scenario een eigenaar aan.", "overgenomen", "",
     ""),
    ("RISK-04", "voldoet_niet", "Samenloop van hitte en een piekdag is niet uitgewerkt.", PLAN,
     "bijlage 2", "Werk het combinatiescenario hitte plus piekdag uit met maatregelen.", "open", "", ""),
    ("KWANT-01", "voldoet_niet", "Maatregelen 'voldoende' en 'extra' zonder aantallen (EHBO, beveiliging, uitgangen).",
     PLAN, "§5, p. 88-120", "Kwantificeer alle maatregelen: aantallen per dienst en per zone.",
     "in_vergunning",
     "De organisator legt uiterlijk 1 maart 2022 een bezettingsoverzicht per dienst en per zone over.",
     "Controle door gemeente OOV op 1 maart 2022"),
    ("KWANT-02", "onvoldoende_info", "Herkomst van personeel en status van contracten niet vermeld.",
     PLAN, "§5.1", "Vraag de contracten of intentieverklaringen op.", "open", "", ""),
    ("KWANT-04", "voldoet_niet", "Kosten van de veiligheidsmaatregelen ontbreken.", PLAN, "—",
     "Vraag een begroting van de veiligheidsmaatregelen.", "afgewezen", "", ""),
    ("CROWD-01", "voldoet", "", "", "", "", "open", "", ""),
    ("CROWD-02", "voldoet_niet", "Monitoring alleen door tellen bij de ingang; geen meting op het terrein.",
     PLAN, "§6.2, p. 141", "Meet de dichtheid bij knelpunten (kabelbaanstations, paviljoens) met tellers of camera's.",
     "in_vergunning",
     "De organisator meet tijdens openingsuren de dichtheid bij alle knelpunten en meldt overschrijding van 2 p/m2 direct aan de commandopost.",
     ""),
    ("CROWD-03", "deels", "Drempels genoemd, maar zonder besluitvormer per maatregel.", PLAN,
     "§6.3, p. 144", "Koppel elke drempel aan een besluitvormer en een maatregel.", "open", "", ""),
    ("EVAC-02", "voldoet_niet", "De claim van 5 minuten voor het leegmaken van de kabelbaan is niet onderbouwd.",
     CABLE, "p. 12", "Laat de ontruimingstijd aantonen in een oefening vóór opening.", "in_vergunning",
     "Vóór de opening wordt een volledige ontruiming van de kabelbaan beoefend in aanwezigheid van de brandweer.",
     "Oefening 28 maart 2022, verslag brandweer"),
    ("EVAC-03", "voldoet_niet", "Redding uit stilstaande cabine: alleen 'back-up voorzieningen worden geplaatst'.",
     CABLE, "p. 14", "Werk noodaandrijving en hoogteredding uit, ook boven A6 en Weerwater.", "open",
     "", ""),
    ("EVAC-05", "deels", "Afstemming met Rijkswaterstaat genoemd, afspraken niet bijgevoegd.", CABLE,
     "p. 3", "Voeg de afspraken met Rijkswaterstaat toe.", "open", "", ""),
    ("MED-01", "deels", "EHBO-inzet vast, niet gekoppeld aan bezoekersaantallen.", MEDICAL, "p. 6",
     "Maak een staffel EHBO per 10.000 aanwezigen.", "in_vergunning",
     "Minimaal 1 EHBO-post per 10.000 gelijktijdig aanwezige bezoekers.", ""),
    ("MED-02", "deels", "Hitteplan zonder drempels; alleen 'extra water'.", MEDICAL, "p. 11",
     "Neem KNMI-code geel/oranje op als triggers met maatregelen.", "open", "", ""),
    ("MED-03", "voldoet", "", "", "", "", "open", "", ""),
    ("BRAND-01", "voldoet", "", "", "", "", "open", "", ""),
    ("BRAND-03", "onvoldoende_info", "Windgrenzen per constructie ontbreken.", PLAN, "§7.4",
     "Lever windgrenzen en stopcriteria per constructie.", "open", "", ""),
    ("BEV-01", "voldoet_niet", "Twijfel of voldoende gecertificeerde beveiligers te vinden zijn; geen aantallen per dienst.",
     PLAN, "§8.1, p. 201", "Toon contracten en aantallen per dienst, geschaald naar kaartverkoop.",
     "open", "", ""),
    ("BEV-03", "deels", "Fouilleren alleen steekproefsgewijs; geen afspraak met de politie bij vondsten.",
     PLAN, "§8.3 (vertrouwelijk)", "Leg de werkwijze bij vondsten vast met de politie.", "open", "", ""),
    ("VERK-02", "deels", "Files op de A6 benoemd; maatregelen alleen 'in overleg met RWS'.", MOBILITY,
     "p. 22", "Werk verkeersmanagement met Rijkswaterstaat uit, inclusief afsluiten van afritten.",
     "open", "", ""),
    ("VERK-03", "voldoet", "", "", "", "", "open", "", ""),
    ("COM-01", "deels", "Alarmeringsteksten alleen in het Nederlands.", PLAN, "§9.2",
     "Bereid berichten voor in Nederlands, Engels en Duits.", "overgenomen", "",
     "Meertalige berichten getest bij de generale repetitie"),
    ("VIP-02", "voldoet", "", "", "", "", "open", "", ""),
    ("CYBER-02", "voldoet", "", "", "", "", "open", "", ""),
    ("MILIEU-01", "deels", "Onweerscriterium voor de kabelbaan ontbreekt.", CABLE, "p. 17",
     "Neem een go/no-go-criterium voor onweer en wind op.", "open", "", ""),
    ("OPENB-02", "voldoet", "Getoetst op de volledige vertrouwelijke versie.", PLAN, "", "", "open", "", ""),
]
PLAN_CHANGES = {"COM-01": "Veiligheidsplan v3.1, §9.2: berichten in Nederlands, Engels en Duits",
                "DOC-01": "Documentenregister toegevoegd als bijlage 0 bij versie 3.1"}
REASONS = {"KWANT-04": "Kosten zijn geen weigeringsgrond in de APV; wel meegenomen in het advies aan de raad."}


def has_data(db: Database) -> bool:
    return bool(db.execute("SELECT count(*) FROM checklists").fetchone()[0])


def _event_like(db: Database, pattern: str) -> int | None:
    if not db["events"].exists():
        return None
    row = db.execute(
        "SELECT id FROM events WHERE name LIKE ? AND deleted_at IS NULL ORDER BY id LIMIT 1", [pattern]
    ).fetchone()
    return row[0] if row else None


def _floriade_event(db: Database) -> int | None:
    """The Floriade event from the calendar, added through the events module if missing."""
    found = _event_like(db, "%Floriade%")
    if found is not None:
        return found
    try:
        from piket.events.service import add_event
    except ImportError:
        return None
    return add_event(db, {
        "name": "Floriade Expo 2022", "start_at": "2022-04-14T09:00", "end_at": "2022-10-09T19:00",
        "location": "Floriadeterrein aan het Weerwater en de A6, Almere", "visitors": 2_000_000,
    })


def add_floriade(db: Database) -> int:
    event_id = _floriade_event(db)
    review = service.new_checklist(
        db, "floriade", event=event_id, title="Toetsing veiligheidsplan Floriade Expo 2022 (v3.0)",
        reviewers=REVIEWERS,
        documents=f"{PLAN}; {MOBILITY}; {MEDICAL}; {CABLE}; Geluidsplan v1.0; Afvalplan v1.0",
    )
    disciplines = {row["code"]: row["discipline"] for row in service.item_rows(db, review)}
    for index, (code, verdict, finding, document, page, advice, decision, condition,
                verification) in enumerate(FLORIADE):
        changes = {"verdict": verdict, "finding": finding, "document": document, "page": page,
                   "advice": advice, "condition": condition, "verification": verification,
                   "plan_change": PLAN_CHANGES.get(code, "")}
        if decision != "open":
            changes["decision"] = decision
            changes["decision_reason"] = REASONS.get(code, "")
        reviewer = next((r for r in REVIEWERS if disciplines[code] in r.lower()), REVIEWERS[0])
        service.set_item(db, review, code, reviewer=reviewer if index % 3 else REVIEWERS[0],
                         **changes)
    return review


def add_demo(db: Database, years: int) -> str:
    from piket.storage import write

    with write(db):  # one transaction: fast, and all or nothing
        review = add_floriade(db)
        count = 1
        if years > 1:
            count += _older_reviews(db, 2 * years - 1)
    total = service.item_rows(db, review)
    assessed = sum(1 for item in total if item["verdict"])
    return f"{count} toetsing(en); Floriade: {assessed} van {len(total)} items beoordeeld"


def _older_reviews(db: Database, how_many: int) -> int:
    """Finished reviews of earlier large events, deterministic, all items assessed."""
    rng = random.Random(2022)
    names = ["Libelle Zomerweek", "Nationale Viering van de Bevrijding", "Koningsdag Almere",
             "Jaarwisseling Almere Centrum", "Landelijke Veiligheidsdag", "Almere Haven Festival",
             "Sail Almere", "Stadsfeest Almere Buiten"]
    verdicts = ["voldoet"] * 6 + ["deels"] * 2 + ["voldoet_niet", "nvt"]
    for number in range(how_many):
        name = names[number % len(names)]
        title = f"Toetsing veiligheidsplan {name} {2012 + number // len(names) * 3 + number % 3}"
        event_id = _event_like(db, f"%{name}%")
        review = service.new_checklist(db, "floriade", event=event_id, title=title,
                                       reviewers=[rng.choice(REVIEWERS)])
        for item in service.item_rows(db, review):
            verdict = rng.choice(verdicts)
            changes = {"verdict": verdict}
            if verdict in ("deels", "voldoet_niet"):
                changes.update(finding=f"{item['question'].rstrip('?')}: onvoldoende uitgewerkt.",
                               document="Veiligheidsplan v1", page=f"p. {rng.randint(3, 120)}",
                               advice="Werk dit uit en leg het ter toetsing voor.",
                               decision="in_vergunning",
                               condition=f"De organisator werkt '{item['code']}' uit vóór de vergunningverlening.",
                               verification="Hertoetsing")
            service.set_item(db, review, item["code"], **changes)
    return how_many
