"""Figure recognition on sentences from the corpus: positives and near-misses.

Expected spans and labels follow the conventions of classifier/figures.py (AMOUNT, PERCENT,
DATE, PERIOD, COUNT), written down by reading each sentence.
"""

import pytest

from classifier.figures import find_figures

CASES = [
    # amounts
    ("Dat kost € 2,5 mln. per jaar.", [("€ 2,5 mln.", "AMOUNT")]),
    ("De kosten bedragen 115.433,66 euro.", [("115.433,66 euro", "AMOUNT")]),
    ("Er is tot nu toe € 12 miljoen besteed aan geluidsschermen.", [("€ 12 miljoen", "AMOUNT")]),
    ("Dat zou een meeropbrengst afgepakt geld geven van 60 miljoen euro.", [("60 miljoen euro", "AMOUNT")]),
    ("De belastingfaciliteiten bedragen dus minimaal EUR 97,6 miljard.", [("97,6 miljard", "COUNT")]),
    ("Dat was in 2020 nog € 0,56.", [("2020", "DATE"), ("€ 0,56", "AMOUNT")]),
    ("Het opvangen kost ons dagelijks 300.000 euro.", [("300.000 euro", "AMOUNT")]),
    ("Het gaat om een project met een kostprijs van 8.760 euro.", [("8.760 euro", "AMOUNT")]),
    ("Waar worden die 1.500 / 3.000 euro per werkplek aan uitgegeven?", [("1.500", "COUNT"), ("3.000 euro", "AMOUNT")]),
    # percentages
    ("Dat is een zeldzaam fenomeen bij de bevraagde leerlingen (7 %).", [("7 %", "PERCENT")]),
    ("U verwees naar een stijging met 6 % in 2024.", [("6 %", "PERCENT"), ("2024", "DATE")]),
    ("Het EIF had een foutenpercentage van 2,28% in die periode.", [("2,28%", "PERCENT")]),
    ("De Staat draagt uiteindelijk 73% van de kosten.", [("73%", "PERCENT")]),
    ("Het inschrijvingspercentage bedroeg 100 procent.", [("100 procent", "PERCENT")]),
    # dates
    ("Met ingang van 17 januari 2025 geldt de nieuwe regel.", [("17 januari 2025", "DATE")]),
    ("De regeling werd op 7 december 2016 gepubliceerd.", [("7 december 2016", "DATE")]),
    ("Het fonds voldoet uiterlijk op 31 december 2018 aan deze bepalingen.", [("31 december 2018", "DATE")]),
    ("De eerstvolgende voortgangsbrief cyber is voorzien in september 2026.", [("september 2026", "DATE")]),
    ("Over de uitkomsten wordt uw Kamer in de eerste helft van 2027 geïnformeerd.", [("eerste helft van 2027", "DATE")]),
    ("Het programma is eind 2014 afgesloten.", [("eind 2014", "DATE")]),
    ("De regeling geldt per 1 mei 2018.", [("1 mei 2018", "DATE")]),
    # periods
    ("De RTO bedraagt maximaal 16 werkuren.", [("16 werkuren", "PERIOD")]),
    ("Het tijdelijk verblijf is beperkt tot 45 dagen.", [("45 dagen", "PERIOD")]),
    ("De volledige opleiding duurt 18 maanden.", [("18 maanden", "PERIOD")]),
    ("Dat lukt niet allemaal binnen 1 of 2 jaar.", [("1", "COUNT"), ("2 jaar", "PERIOD")]),
    ("De leeftijd gaat naar 21 jaar.", [("21 jaar", "PERIOD")]),
    ("Dat leidde tot meer dan 100 dagen arbeidsongeschiktheid.", [("100 dagen", "PERIOD")]),
    # counts
    ("Twaalf van de 17 projecten waren afgesloten.", [("Twaalf", "COUNT"), ("17", "COUNT")]),
    ("Ongeveer 5,5 miljoen mensen, waaronder 2 miljoen kinderen, zijn getroffen.", [("5,5 miljoen", "COUNT"), ("2 miljoen", "COUNT")]),
    ("Er zijn door de Algemene Rekenkamer drie algoritmes onderzocht.", [("drie", "COUNT")]),
    ("Twee departementen nemen hun werkplek af bij DICTU.", [("Twee", "COUNT")]),
    ("De werkplek wordt aangeboden aan tien departementen.", [("tien", "COUNT")]),
    ("In 2025 hebben ruim 200.000 personen de vragenlijst ingevuld.", [("2025", "DATE"), ("200.000", "COUNT")]),
    ("Er zijn 8 systemen geaccrediteerd en 9 onderzoeken lopen.", [("8", "COUNT"), ("9", "COUNT")]),
    # near-misses: no figure
    ("Zie het antwoord op vraag 1.", []),
    ("Dat gebeurt conform artikel 41 van de Grondwet.", []),
    ("Ter hoogte van de op- en afritten in Wolvertem (afrit nr. 3) wordt gewerkt.", []),
    ("Zie ook Kamerstuk 36 441, nr. 24.", []),
    ("Zie de antwoorden op de vragen 4, 5 en 6.", []),
    ("Die producten vallen buiten de Schijf van Vijf.", []),
    ("In de eerste plaats is een aantal zaken van belang.", []),
    ("Een deel van de achterstand is weggewerkt.", []),
    ("Zie paragraaf 2.1 van het rapport.", []),
    ("Dat volgt uit bijlage 1 bij de regeling.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_figures(nlp, sentence, expected):
    doc = nlp(sentence)
    got = [(s.text, s.label_) for s in find_figures(doc)]
    assert got == expected
