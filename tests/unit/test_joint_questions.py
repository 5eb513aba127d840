"""Questions printed together under one joint header ("Vraag 5, 6 en 7") are cut into one
question per number when the text holds exactly that many questions (codebook: one pair per
numbered question, each judged on its own question). Texts copied from the corpus."""

from __future__ import annotations

import pytest

from classifier.readers.base import Document
from classifier.segment import segment_document
from classifier.segment.subquestions import joint_parts

# ah-tk-20242025-570, "Vraag 5, 6 en 7" (as the PDF text runs, spaces lost at line ends)
RIEC = (
    "Wie is de eindverantwoordelijk voor de data-analyses die het RIEC maakt,gezien het RIEC een "
    "samenwerkingsverband is van verschillende organisa-ties?Klopt het dat zelfs familieverbanden tot kinderen "
    "en facebook-foto's aan toezijn verzameld en gedeeld door het RIEC? Zo ja, bent u het eens dat datverwerpelijk "
    "is?Zijn er, vanwege een familieverband of een vriendschappelijke relatie, ookgegevens van derden gedeeld die "
    "niet direct onderdeel waren van dit soortonderzoeken? Zo ja, om wat voor gegevens ging het dan?"
)
# ah-tk-20242025-564, "Vraag 6 en 7": the second question opens with a context sentence
IMG = (
    "Herkent u dat het IMG soms gebruik maakt van deskundigen die onvoldoendedeskundig zijn?Het IMG heeft een "
    "wettelijk vastgelegde plicht om zeker te stellen dat eendeskundige ook daadwerkelijk deskundig is "
    "(vergewisplicht). Klopt het dat hetIMG niet zelf aan deze plicht voldoet maar de verantwoordelijkheid belegd "
    "bijde bureaus die zij inhuurt?"
)
# ah-tk-20242025-575, "Vraag 4 en 5": "Zonee" glued by the PDF extraction still continues
VN = (
    "Klopt het dat de Secretaris-Generaal op donderdag 24 oktober jongstledentevens een persoonlijke ontmoeting "
    "gepland heeft staan met de oorlogsmisdadiger Poetin? Zo ja, wat vindt u hiervan?Deelt u de mening dat het een "
    "verkeerd signaal is dat uitgerekend deSecretaris-Generaal van de VN een ontmoeting heeft met deze persoon? "
    "Zonee, waarom niet?"
)
# ah-tk-20232024-387, "Vraag 4 en 5": three questions for two numbers -- whose is which?
AZERBEIDZJAN = (
    "Deelt u de zorg dat Azerbeidzjan mogelijk op korte termijn militair een doorgang zal proberen te forceren? "
    "Hoe wordt door de Europese Unie geanticipeerd op deze mogelijke geweldsescalatie? Welke maatregelen worden "
    "voorbereid indien Azerbeidzjan besluit Armenië binnen te vallen?"
)


@pytest.mark.parametrize(
    ("text", "n", "starts"),
    [
        (RIEC, 3, ("Wie is", "Klopt het dat zelfs", "Zijn er, vanwege")),
        (IMG, 2, ("Herkent u", "Het IMG heeft een")),
        (VN, 2, ("Klopt het dat de", "Deelt u de mening")),
    ],
)
def test_joint_text_is_cut_into_one_question_per_number(text, n, starts):
    parts = joint_parts(text, n)
    assert parts is not None and len(parts) == n
    pieces = [text[a:b] for a, b in parts]
    assert [p.startswith(s) for p, s in zip(pieces, starts, strict=True)] == [True] * n
    assert all(p.endswith("?") for p in pieces)
    # nothing lost between the pieces but white space
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (AZERBEIDZJAN, 2),  # three questions, two numbers
        (RIEC, 2),  # three questions, two numbers
        ("Kunt u aangeven: a) hoeveel mensen een uitkering krijgen; b) wat de kosten zijn?", 2),  # one list, one question
        (RIEC, 1),
    ],
)
def test_no_cut_when_the_questions_do_not_match_the_numbers(text, n):
    assert joint_parts(text, n) is None


def test_each_number_of_a_joint_block_gets_its_own_question_and_the_shared_answer():
    text = (
        "Vragen van het lid X aan de Minister van Justitie en Veiligheid (ingezonden 25 september 2024).\n"
        "Vraag 1\nHoe vaak gebeurt dit?\nAntwoord 1\nTwaalf keer per jaar.\n"
        f"Vraag 2 en 3\n{VN}\nAntwoord 2 en 3\nJa, die ontmoeting stond gepland. Ik deel die mening niet.\n"
    )
    letter = segment_document(Document(path="joint.txt", doc_id="joint", text=text, fmt="txt"))
    by_no = {p.question_no: p for p in letter.pairs}
    assert by_no["2"].question.startswith("Klopt het dat de") and by_no["2"].question.endswith("wat vindt u hiervan?")
    assert by_no["3"].question.startswith("Deelt u de mening") and by_no["3"].question.endswith("Zonee, waarom niet?")
    assert [len(by_no[n].subquestions) for n in ("2", "3")] == [2, 2]
    assert by_no["2"].answer == by_no["3"].answer and by_no["2"].joint and by_no["3"].joint_with == ("2",)
    # offsets still point into the source letter
    for n in ("2", "3"):
        p = by_no[n]
        start, end = int(p.question_map[0]), int(p.question_map[len(p.question)])
        assert text[start:end].replace("\n", " ") == p.question


def test_a_joint_text_that_cannot_be_divided_is_kept_whole_and_reported():
    text = f"Vraag 1 en 2\n{AZERBEIDZJAN}\nAntwoord 1 en 2\nWij volgen de situatie nauwgezet.\n"
    letter = segment_document(Document(path="joint.txt", doc_id="joint", text=text, fmt="txt"))
    assert [p.question for p in letter.pairs] == [AZERBEIDZJAN, AZERBEIDZJAN]
    assert any("vragen 1 en 2:" in w and "niet per vraag te splitsen" in w for w in letter.warnings)
