"""Every promise with a stated time in the seed letter, found with the right range.

The list was made by reading the letter (dated 9 June 2026), not from the extractor:

* Vraag 1: "De eerstvolgende voortgangsbrief cyber is voorzien in september 2026." -> September 2026
* Vraag 1: "De volgende update ... wordt voor het zomerreces aan de Kamer aangeboden." -> until the
  day before the summer recess (first Friday of July 2026 = 3 July)
* Vraag 16: "Volgend jaar wil ik de eerste testgebruikers overzetten naar deze soevereine digitale
  werkplek." -> 2027 (added on a second reading: the first list missed this stated intent)
* Vraag 17: "... het in 2026 uitwerken en oefenen van herstelplannen ..." -> 2026
* Vraag 24: "De uitkomsten zijn over enige maanden beschikbaar." -> 2 to 6 months after the letter
* Vraag 25: "Over de uitkomsten ... wordt uw Kamer in de eerste helft van 2027 geïnformeerd." -> H1 2027
* Vraag 26: "Bedoeling is om in 2026 diverse proof of concepts uit te voeren." -> 2026
"""

import pytest

EXPECTED = [
    ("1", "september 2026", "2026-09-01", "2026-09-30"),
    ("1", "voor het zomerreces", "2026-06-09", "2026-07-02"),
    ("16", "Volgend jaar", "2027-01-01", "2027-12-31"),
    ("17", "in 2026", "2026-01-01", "2026-12-31"),
    ("24", "over enige maanden", "2026-08-09", "2026-12-08"),
    ("25", "in de eerste helft van 2027", "2027-01-01", "2027-06-30"),
    ("26", "in 2026", "2026-01-01", "2026-12-31"),
]


@pytest.mark.parametrize(("question_no", "deadline", "start", "end"), EXPECTED)
def test_seed_promises_with_deadline(seed_results, question_no, deadline, start, end):
    pair = next(p for p in seed_results[0]["pairs"] if p["question_no"] == question_no)
    found = [(pr["deadline"], pr["deadline_start"], pr["deadline_end"]) for pr in pair["promises"]]
    assert (deadline, start, end) in found, found


def test_no_deadline_invented_in_the_seed(seed_results):
    """Promises with a deadline only where the letter states a time."""
    dated = {(p["question_no"], pr["deadline"]) for p in seed_results[0]["pairs"] for pr in p["promises"] if pr["deadline"]}
    assert dated <= {(q, d) for q, d, _s, _e in EXPECTED}
