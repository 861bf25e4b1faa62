"""Demo material: the H1 2019 half year of the council report, and text for other incidents.

EXAMPLE DATA. Titles follow the Almere voortgangsrapportage H1 2019 (26 meldingen, one
GRIP 1, one GRIP 2); streets, times, people and details are invented.
"""

from __future__ import annotations

# (local time, title, location, category, [(minutes after the melding, GRIP level), ...])
H1_2019 = [
    ("2019-01-03T02:14", "Brand in portiekflat", "Kemphaanstraat, Almere Buiten", "brand", []),
    ("2019-01-08T17:40", "Gaslekkage na graafwerkzaamheden", "Grote Markt, Almere Stad", "gaslekkage", []),
    ("2019-01-18T23:05", "Stormoverlast: omgewaaide bomen", "Almere Haven", "stormschade", []),
    ("2019-01-24T06:30", "Stroomstoring Almere Poort", "Almere Poort", "uitval_vitale_infrastructuur", []),
    ("2019-02-05T03:12", "Brand containerwoning Odeonstraat", "Odeonstraat, Almere Stad", "brand",
     [(28, "GRIP1"), (190, "GRIP0")]),
    ("2019-02-14T11:20", "Vondst gevaarlijke stoffen in bedrijfspand", "Sluiskade, Almere Stad",
     "gevaarlijke_stoffen", []),
    ("2019-02-27T15:45", "Grote brand recyclingbedrijf De Vijfhoek", "Bedrijventerrein De Vaart, Almere Buiten",
     "brand", []),
    ("2019-03-09T20:10", "Wateroverlast na hevige regenval", "Tussen de Vaarten, Almere Stad", "stormschade", []),
    ("2019-03-16T13:05", "Stormoverlast: daken beschadigd", "Almere Buiten", "stormschade", []),
    ("2019-03-22T04:40", "Brand in bedrijfspand", "Markerkant, Almere Haven", "brand", []),
    ("2019-04-02T09:15", "Asbest vrijgekomen na brand in schuur", "Filmwijk, Almere Stad", "gevaarlijke_stoffen", []),
    ("2019-04-11T16:50", "Busongeval op de A6", "A6 afrit Almere Haven", "verkeer", []),
    ("2019-04-19T21:30", "Uitslaande woningbrand", "Parkwijk, Almere Stad", "brand", []),
    ("2019-04-26T22:45", "Koningsnacht: oproep tot confrontatie bij het Forum", "Stadhuisplein, Almere Stad",
     "openbare_orde", []),
    ("2019-05-04T14:00", "Legionella aangetroffen in sporthal", "Almere Haven", "volksgezondheid", []),
    ("2019-05-13T01:20", "Gaslekkage in woonwijk", "Muziekwijk, Almere Stad", "gaslekkage", []),
    ("2019-05-21T10:05", "Drinkwaterstoring Almere Haven", "Almere Haven", "uitval_vitale_infrastructuur", []),
    ("2019-05-30T18:25", "Brand op dak met zonnepanelen", "Sallandsekant, Almere Buiten", "brand", []),
    ("2019-06-04T14:10", "Chemische lucht bij waterzuivering", "Vrijheidweg, Almere Stad",
     "gevaarlijke_stoffen", []),
    ("2019-06-07T03:55", "Woningbrand, bewoners geëvacueerd", "Stedenwijk, Almere Stad", "brand", []),
    ("2019-06-15T17:35", "Stormschade na zware onweersbui", "Almere Poort", "stormschade", []),
    ("2019-06-18T07:20", "Verkeersongeval met vrachtwagen", "Hogering, Almere Stad", "verkeer", []),
    ("2019-06-20T23:10", "Brand in parkeergarage", "Stadhuisplein, Almere Stad", "brand", []),
    ("2019-06-24T16:40", "Landelijke 112-storing", "Almere (landelijke storing)", "uitval_vitale_infrastructuur",
     [(35, "GRIP2"), (250, "GRIP0")]),
    ("2019-06-26T16:00", "Natuurbrand Kromslootpark", "Kromslootpark, Almere Haven", "brand", []),
    ("2019-06-29T02:30", "Gaslucht in flat, bewoners geëvacueerd", "Danswijk, Almere Stad", "gaslekkage", []),
]

OFFICERS = ["M. de Jong", "S. Bakker", "R. Visser", "L. Mulder", "P. Smit", "A. Meijer", "J. van Dijk",
            "K. Bos"]
COLLEAGUES = [("T. Hendriks", "Communicatieadviseur CoPI"), ("E. de Boer", "AC-Bz"),
              ("N. Peters", "AOV-adviseur"), ("H. Jansen", "Leider CoPI"), ("W. Dekker", "Teamleider TBz")]

# Per category: beelden (facts), oordelen (judgement), besluiten, acties (text, owner).
BEELD = {
    "brand": ["Brandweer ter plaatse met twee tankautospuiten; rookontwikkeling richting woonwijk",
              "Bewoners staan buiten; politie zet omgeving af", "Brand onder controle volgens OvD-B",
              "NL-Alert overwogen: rook trekt over de A6"],
    "gaslekkage": ["Netbeheerder ter plaatse; gastoevoer wordt afgesloten", "Omliggende woningen ontruimd",
                   "Meetploeg meet verhoogde concentraties bij de ingang"],
    "stormschade": ["Meerdere bomen over de weg; brandweer ruimt", "Dakbedekking losgeraakt bij flat",
                    "Meldkamer meldt veel wateroverlastmeldingen"],
    "uitval_vitale_infrastructuur": ["Storing treft meerdere wijken", "Huisartsenpost bereikbaar via noodnummer",
                                     "Netbeheerder verwacht herstel binnen enkele uren"],
    "gevaarlijke_stoffen": ["Onbekende vaten aangetroffen; GAGS gealarmeerd", "Omgeving afgezet op 100 meter",
                            "Meetploeg meet geen verhoogde waarden buiten de afzetting"],
    "verkeer": ["Weg afgesloten in beide richtingen", "Meerdere gewonden; ambulances ter plaatse",
                "Passagiers opgevangen in wachtruimte"],
    "openbare_orde": ["Social media: oproep tot vechtpartij", "Politie met extra eenheden aanwezig",
                      "Groepen jongeren verspreiden zich"],
    "volksgezondheid": ["GGD onderzoekt de bron", "Gebouw gesloten voor publiek"],
    "evenement": ["Druk bij de uitgang", "EHBO-post meldt veel onwelwordingen door hitte"],
    "overig": ["Situatie onduidelijk; OvD-Bz gaat ter plaatse"],
}
OORDEEL = ["Opvang nodig voor bewoners die niet terug kunnen", "Risico: onrust bij omwonenden door rook",
           "Informatiebehoefte bij bewoners groot; communicatie nodig", "Geen verdere opschaling nodig",
           "Verwachting: bewoners kunnen vannacht niet terug"]
BESLUIT = ["Opvang inrichten in buurthuis", "Bewonersbrief verspreiden", "Omwonenden informeren via sociale media",
           "Tijdelijke huisvesting regelen met corporatie", "Bewonersbijeenkomst organiseren"]
ACTIE = [("Opvanglocatie openen en bemensen", "Teamleider TBz"), ("Bewonersbrief opstellen", "Communicatieadviseur"),
         ("Corporatie vragen om tijdelijke woningen", "OvD-Bz"), ("Nafase-overleg plannen", "AOV-adviseur"),
         ("Lijst van getroffen adressen maken", "Teamleider TBz")]
COMMUNICATIE = ["Bericht op gemeentelijke website geplaatst", "Persbericht afgestemd met woordvoerder",
                "Omwonenden geïnformeerd via sociale media"]
ALARMERING = ["OvD-Bz gealarmeerd door meldkamer; rijdt aan", "Communicatieadviseur CoPI gebeld; komt ter plaatse",
              "AC-Bz geïnformeerd", "AOV-adviseur geïnformeerd; geen opkomst nodig"]

SYNTHETIC_TITLES = {
    "brand": ["Woningbrand", "Brand in bedrijfspand", "Containerbrand", "Brand in flat"],
    "gaslekkage": ["Gaslekkage", "Gaslucht in woning"],
    "stormschade": ["Stormschade", "Wateroverlast"],
    "uitval_vitale_infrastructuur": ["Stroomstoring", "Drinkwaterstoring", "Storing telefonie"],
    "gevaarlijke_stoffen": ["Vondst gevaarlijke stoffen", "Asbestbrand"],
    "verkeer": ["Verkeersongeval", "Busongeval"],
    "openbare_orde": ["Onrust na oproep op sociale media", "Demonstratie uit de hand gelopen"],
    "volksgezondheid": ["Besmetting in zorginstelling", "Hitteplan geactiveerd"],
    "evenement": ["Incident bij evenement"],
}
STREETS = ["Odeonstraat", "Grote Markt", "Sallandsekant", "Kemphaanstraat", "Hogering", "Stationsplein",
           "Markerkant", "Vrijheidweg", "Randstad", "Evenaar", "Tussen de Vaarten", "Olympiaweg",
           "Cinemadreef", "Bolderweg", "Sluiskade", "Edvard Munchweg"]
DISTRICTS = ["Almere Stad", "Almere Buiten", "Almere Haven", "Almere Poort", "Almere Hout", "Almere Pampus"]
LONG_CRISES = [
    ("Langdurige uitval drinkwater", "uitval_vitale_infrastructuur", "GRIP3"),
    ("Coronacrisis: ondersteuning voorzitter veiligheidsregio", "volksgezondheid", "GRIP4"),
    ("Grote stroomstoring Flevoland", "uitval_vitale_infrastructuur", "GRIP2"),
]

# The parts of a handover that the log cannot fill: who to call, when the next meeting is.
HANDOVER_CONTACTS = ["wachtdienst corporatie 06-11223344; OvD-B via de meldkamer",
                     "AOV-adviseur 06-12345678; OvD-P via de meldkamer",
                     "wijkregisseur Almere Buiten 06-23456789", "storingsdienst netbeheerder via de meldkamer"]
HANDOVER_MEETINGS = ["CoPI-overleg 08:30 ter plaatse", "nafase-overleg met AOV om 10:00",
                     "bewonersbijeenkomst 19:00 in het buurthuis", "terugkoppeling aan burgemeester 09:00"]
HANDOVER_PENDING = ["tijdelijke huisvesting voor bewoners die niet terug kunnen (corporatie beslist morgen)",
                    "wel of geen bewonersbrief in de hele wijk"]
# Who chairs the BOB meeting of a scaled-up incident: CoPI at GRIP 1, ROT from GRIP 2.
MEETING_CHAIRS = {"CoPI": ["H. Jansen", "R. Smit"], "ROT": ["M. van Dam", "K. Bos"]}
MEETING_AGENDAS = ["beeld ter plaatse, opvang bewoners, communicatie", "rook en gezondheid, verkeer, opvang",
                   "stand van zaken, knelpunten, besluiten"]
LESSONS = ["AC-Bz pas na 40 minuten bereikt: C2000-groep in de alarmeringslijst controleren",
           "Opvanglocatie had geen sleutelhouder buiten kantoortijd; afspraak met beheerder maken",
           "Bewonersbrief lag klaar vóór het persbericht: volgorde met communicatie afstemmen",
           "Actiecentrum Bevolkingszorg kon snel opschalen dankzij de poolindeling"]
