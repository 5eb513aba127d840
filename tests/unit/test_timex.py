"""Normalisation of time expressions (conventions in classifier/resources/time_expressions.json)."""

import datetime as dt

import pytest

from classifier.timex import find_time_expressions

L = dt.date(2026, 6, 9)  # the seed letter's date
D = dt.date

CASES = [
    ("De eerstvolgende voortgangsbrief cyber is voorzien in september 2026.", "september 2026", D(2026, 9, 1), D(2026, 9, 30)),
    ("De volgende update wordt voor het zomerreces aan de Kamer aangeboden.", "voor het zomerreces", L, D(2026, 7, 2)),
    (
        "Over de uitkomsten wordt uw Kamer in de eerste helft van 2027 geïnformeerd.",
        "in de eerste helft van 2027",
        D(2027, 1, 1),
        D(2027, 6, 30),
    ),
    ("De uitkomsten zijn over enige maanden beschikbaar.", "over enige maanden", D(2026, 8, 9), D(2026, 12, 8)),
    ("Dat gebeurt voor de zomer 2027.", "voor de zomer 2027", L, D(2027, 6, 30)),
    ("Dat volgt na de zomer.", "na de zomer", D(2026, 9, 1), D(2026, 10, 31)),
    ("Ik informeer u eind dit jaar.", "eind dit jaar", D(2026, 10, 1), D(2026, 12, 31)),
    ("Het wetsvoorstel volgt volgend jaar.", "volgend jaar", D(2027, 1, 1), D(2027, 12, 31)),
    ("Ik antwoord binnen drie weken.", "binnen drie weken", L, D(2026, 6, 30)),
    ("Komend voorjaar deel ik de cijfers.", "Komend voorjaar", D(2027, 3, 1), D(2027, 5, 31)),
    ("De evaluatie is gepland in het derde kwartaal van 2026.", "in het derde kwartaal van 2026", D(2026, 7, 1), D(2026, 9, 30)),
    ("De regeling geldt per 1 mei 2018.", "per 1 mei 2018", D(2018, 5, 1), D(2018, 5, 1)),
    ("Het rapport volgt eind maart 2027.", "eind maart 2027", D(2027, 3, 21), D(2027, 3, 31)),
    ("Dit is klaar voor 2030.", "voor 2030", L, D(2029, 12, 31)),
    ("Ik stuur u in september de brief.", "september", D(2026, 9, 1), D(2026, 9, 30)),
    ("Binnenkort ontvangt u de brief.", "Binnenkort", L, D(2026, 9, 7)),
    ("We zullen dit de volgende dagen bespreken.", "de volgende dagen", L, D(2026, 6, 15)),
    ("We hopen op de korte termijn een oplossing te vinden.", "op de korte termijn", L, D(2026, 9, 7)),
    # round 12 (batch 14, Belgian written answer): "midden" reads like "medio"
    ("De realisatie is voorzien voor midden 2027.", "midden 2027", D(2027, 5, 1), D(2027, 8, 31)),
    # version 1.11: parts of a year without a year are the first such part not yet ended
    ("De evaluatie volgt in het derde kwartaal.", "in het derde kwartaal", D(2026, 7, 1), D(2026, 9, 30)),
    ("De evaluatie volgt in het eerste kwartaal.", "in het eerste kwartaal", D(2027, 1, 1), D(2027, 3, 31)),
    ("Het ontwerp volgt in het tweede trimester van 2027.", "in het tweede trimester van 2027", D(2027, 4, 1), D(2027, 6, 30)),
    ("Het besluit volgt in de tweede jaarhelft.", "in de tweede jaarhelft", D(2026, 7, 1), D(2026, 12, 31)),
    (
        "Dat gebeurt in de eerste drie maanden van volgend jaar.",
        "in de eerste drie maanden van volgend jaar",
        D(2027, 1, 1),
        D(2027, 3, 31),
    ),
    ("De cijfers volgen op het einde van dit jaar.", "op het einde van dit jaar", D(2026, 10, 1), D(2026, 12, 31)),
    ("De brief volgt uiterlijk 1 juli.", "uiterlijk 1 juli", L, D(2026, 7, 1)),
    ("De brief volgt op 1 mei.", "op 1 mei", D(2027, 5, 1), D(2027, 5, 1)),
]


@pytest.mark.parametrize(("sentence", "text", "start", "end"), CASES)
def test_normalised_ranges(sentence, text, start, end):
    found = [t for t in find_time_expressions(sentence, L) if t.has_range]
    assert found, sentence
    assert found[0].text == text
    assert (found[0].range_start, found[0].range_end) == (start, end)


def test_vague_expressions_have_no_range():
    found = find_time_expressions("EZK en BZK bezien de komende tijd nader hoe dat kan.", L)
    assert found and not found[0].has_range and found[0].vague


def test_relative_expression_without_letter_date_has_no_range():
    assert not find_time_expressions("Ik informeer u volgend jaar.", None)[0].has_range


def test_past_deadline_before_letter_date_opens_the_start():
    found = find_time_expressions("voor de zomer 2025", L)[0]
    assert found.range_start is None and found.range_end == D(2025, 6, 30)


def _fixture_rows():
    import json
    from pathlib import Path

    path = Path(__file__).parent.parent / "fixtures" / "time_expressions.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]


@pytest.mark.parametrize("row", _fixture_rows(), ids=lambda r: r["expression"][:40])
def test_real_expressions_from_the_corpus(row):
    """115 expressions from the corpus with ranges worked out by hand from the conventions."""
    letter = dt.date.fromisoformat(row["letter_date"]) if row["letter_date"] else None
    found = find_time_expressions(row["context"], letter)
    expr = row["expression"].lower()
    match = [t for t in found if expr in t.text.lower() or t.text.lower() in expr]
    assert match, f"{row['expression']!r} not found in {row['context']!r}"
    got = (
        match[0].range_start.isoformat() if match[0].range_start else None,
        match[0].range_end.isoformat() if match[0].range_end else None,
    )
    assert got == (row["start"], row["end"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # glued to the determiner or to the next word: found, with the original offsets and text
        ("de reeds toegezegde monitor die ik ditvoorjaar naar uw Kamer zal sturen", "ditvoorjaar"),
        ("toegekend dit voorjaarinzichtelijk maken", "dit voorjaar"),
        # near miss: a compound with a season word and no determiner of its own stays a word
        ("In de Voorjaarsnota 2024 wordt de stand van zaken rond de Aanvullende Post toegelicht.", None),
    ],
)
def test_glued_season_is_found(text, found):
    times = find_time_expressions(text, dt.date(2024, 11, 18))
    assert [t.text for t in times] == ([found] if found else [])
    assert all(text[t.start : t.end] == t.text for t in times)


@pytest.mark.parametrize(
    ("sentence", "letter", "text", "start", "end"),
    [
        # years that do not run from January (time_expressions.json 1.7): the next one that starts
        # after the letter, the running one, or the one named by its years
        (
            "In de loop van het komende gerechtelijk jaar zullen de analisten de stand van zaken analyseren.",
            D(2017, 6, 8),
            "In de loop van het komende gerechtelijk jaar",
            D(2017, 9, 1),
            D(2018, 8, 31),
        ),
        ("De regeling geldt vanaf het nieuwe schooljaar.", D(2017, 3, 2), "vanaf het nieuwe schooljaar", D(2017, 9, 1), None),
        ("Dat gebeurt in het academiejaar 2018-2019.", D(2017, 3, 2), "in het academiejaar 2018-2019", D(2018, 9, 1), D(2019, 8, 31)),
        # spelling variants (named_year_aliases): the same year
        (
            "Dat gebeurt in het academische jaar 2018-2019.",
            D(2017, 3, 2),
            "in het academische jaar 2018-2019",
            D(2018, 9, 1),
            D(2019, 8, 31),
        ),
        ("Dat gebeurt vanaf het komende school jaar.", D(2017, 3, 2), "vanaf het komende school jaar", D(2017, 9, 1), None),
        (
            "Dat volgt tegen het einde van het lopende gerechtelijk jaar.",
            D(2017, 10, 2),
            "tegen het einde van het lopende gerechtelijk jaar",
            D(2017, 10, 2),
            D(2018, 8, 31),
        ),
        (
            "De middelen worden in het begrotingsjaar 2018 vrijgemaakt.",
            D(2017, 3, 2),
            "in het begrotingsjaar 2018",
            D(2018, 1, 1),
            D(2018, 12, 31),
        ),
    ],
)
def test_named_years(sentence, letter, text, start, end):
    found = [t for t in find_time_expressions(sentence, letter) if t.has_range]
    assert [(t.text, t.range_start, t.range_end) for t in found] == [(text, start, end)]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: every school year is a habit, and a year that qualifies a noun is no term
        "Tijdens het schooljaar bezoeken de leerlingen het museum.",
        "De beschikbare kredieten van het begrotingsjaar 2017 zullen worden aangewend voor de personeelskosten.",
    ],
)
def test_named_years_near_misses(sentence):
    assert not [t for t in find_time_expressions(sentence, D(2017, 3, 24)) if t.rule == "time.named_year"]


@pytest.mark.parametrize(
    ("sentence", "letter", "text", "start", "end"),
    [
        # the summer as a period or a holiday reads like "de zomer" (time_expressions.json 1.7)
        ("Dat zal na de zomerperiode zijn.", D(2025, 6, 3), "na de zomerperiode", D(2025, 9, 1), D(2025, 10, 31)),
        ("In de zomervakantie wordt een versterking voorzien.", D(2017, 6, 8), "In de zomervakantie", D(2017, 7, 1), D(2017, 8, 31)),
        ("Ik beslis voor de zomervakantie.", D(2017, 3, 2), "voor de zomervakantie", D(2017, 3, 2), D(2017, 6, 30)),
        ("De werken volgen tijdens de kerstvakantie.", D(2017, 3, 2), "tijdens de kerstvakantie", D(2017, 12, 20), D(2018, 1, 6)),
    ],
)
def test_summer_and_christmas_periods(sentence, letter, text, start, end):
    found = [t for t in find_time_expressions(sentence, letter) if t.has_range]
    assert [(t.text, t.range_start, t.range_end) for t in found] == [(text, start, end)]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: compounds that only begin with a season word
        "Het stelsel van zomervakantiejobs voor studenten wordt behouden.",
        "De overgang naar de zomertijd blijft een Europese bevoegdheid.",
    ],
)
def test_summer_compounds_are_no_time(sentence):
    assert find_time_expressions(sentence, D(2017, 3, 2)) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # "soon" with a degree word, and the Belgian "weldra" (time_expressions.json 1.7)
        ("De posten zullen op relatief korte termijn inkantelen.", "op relatief korte termijn"),
        ("Ik verwacht binnen redelijk korte tijd een positie van de regering.", "binnen redelijk korte tijd"),
        ("Het ontwerp wordt weldra aan de Ministerraad voorgelegd.", "weldra"),
    ],
)
def test_soon_with_a_degree_word(sentence, text):
    (found,) = find_time_expressions(sentence, L)
    assert (found.text, found.rule, found.range_start, found.range_end, found.vague) == (text, "time.soon", L, D(2026, 9, 7), True)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: medium and long terms, an unspecified term, the foreseeable time (vague, no range)
        "Op middellange termijn wordt het systeem herzien.",
        "Op lange termijn moet de schuld dalen.",
        "Dat moet op termijn een betrouwbaar beeld geven.",
        "Binnen afzienbare tijd wordt dat bekeken.",
    ],
)
def test_not_soon(sentence):
    assert not [t for t in find_time_expressions(sentence, L) if t.has_range]


def test_span_of_years():
    (found,) = find_time_expressions("De aanbesteding van nieuwe opslagfaciliteiten is gepland tussen 2027 en 2031.", L)
    assert (found.text, found.range_start, found.range_end) == ("tussen 2027 en 2031", D(2027, 1, 1), D(2031, 12, 31))


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a programme period and numbers that are not years
        "De middelen voor de periode 2021-2027 blijven gelijk.",
        "Het aandeel ligt tussen 20 en 30 procent.",
    ],
)
def test_not_a_span_of_years(sentence):
    assert not [t for t in find_time_expressions(sentence, L) if t.rule == "time.year_span"]


@pytest.mark.parametrize(
    ("sentence", "letter", "text", "day"),
    [
        # round 10 (batch 10): a bare weekday in a future clause is the coming one (time_expressions.json 1.8)
        ("Ik zal dat vrijdag herhalen.", D(2025, 3, 26), "vrijdag", D(2025, 3, 28)),
        ("Aanstaande woensdag krijgt u de cijfers.", D(2025, 3, 26), "Aanstaande woensdag", D(2025, 4, 2)),
    ],
)
def test_weekday_is_the_coming_one(sentence, letter, text, day):
    (found,) = find_time_expressions(sentence, letter)
    assert (found.text, found.rule, found.range_start, found.range_end) == (text, "time.weekday", day, day)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a habit, a past day, a weekday before a date, a part of the day
        "Winkels mogen op zaterdag openen.",
        "Elke maandag overleggen de diensten.",
        "Dat heb ik vorige vrijdag gezegd.",
        "Op donderdag 5 juni weigerde een groep gedetineerden binnen te gaan.",
        "Dat geldt voor studenten op zondagavond.",
    ],
)
def test_not_a_coming_weekday(sentence):
    assert not [t for t in find_time_expressions(sentence, D(2025, 3, 26)) if t.rule == "time.weekday"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a past day or month: Belgian "jongstleden", "laatstleden", "ll." like Dutch "jl."
        "Wij hebben dat op 3 juni jongstleden besproken.",
        "Het verslag van de vergadering van 14 juni laatstleden werd bezorgd.",
        "Dat gebeurde in maart ll. in de commissie.",
        "De brief van 3 juni jl. beschrijft de stand van zaken.",
    ],
)
def test_a_past_day_is_no_time(sentence):
    assert not find_time_expressions(sentence, L)


@pytest.mark.parametrize(
    ("sentence", "text", "start", "end"),
    [
        # a day and month without a year: the first such day from the letter's date on
        ("Het antwoord volgt tegen 30 april.", "tegen 30 april", L, D(2027, 4, 30)),
        ("De vergadering is voorzien op 9 november eerstkomend.", "op 9 november", D(2026, 11, 9), D(2026, 11, 9)),
        ("Het monument zal ten laatste op 15 maart worden opgeleverd.", "op 15 maart", L, D(2027, 3, 15)),
    ],
)
def test_day_without_year(sentence, text, start, end):
    found = find_time_expressions(sentence, L)
    assert [(t.text, t.range_start, t.range_end) for t in found] == [(text, start, end)]
