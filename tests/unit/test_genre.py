"""The default decision rule of a pair table's letter: Dutch answers get the letter rule."""

from __future__ import annotations

from classifier.genre import table_genre
from classifier.readers import read
from classifier.segment import segment_document, segment_table
from tests.helpers import LETTER_LINES, write_jsonl

DUTCH = {
    "question": "Bent u bekend met het bericht «Grote gevolgen gezonken vrachtschip»?",
    "answer": "Ja. Ik zal uw Kamer voor de zomer informeren over de uitkomsten.",
}
BELGIAN = {
    "question": "Hoeveel treinen van de NMBS reden in 2016 met vertraging in het Brussels Hoofdstedelijk Gewest?",
    "answer": "Ik kan het geachte lid meedelen dat de NMBS deze cijfers niet per gewest bijhoudt.",
}


def test_texts_are_read_by_their_country_forms():
    assert table_genre(DUTCH.values()) == "letter"
    assert table_genre(BELGIAN.values()) == "table"
    # near misses: forms both countries use ('kabinet', 'Nederland', 'kunt u') decide nothing,
    # and a tie keeps the rule of the corpus's (Belgian) tables
    assert (
        table_genre(["Kunt u aangeven hoeveel medewerkers uw kabinet telt?", "Het kabinet telt 42 medewerkers uit Nederland."]) == "table"
    )
    assert table_genre([]) == "table"


def _mixed_table(tmp_path):
    """A table with a Dutch letter and a Belgian record, segmented."""
    rows = [{"id": "nl-1", "doc": "brief-nl", **DUTCH}, {"id": "be-1", "doc": "be-1", **BELGIAN}]
    return segment_table(read(write_jsonl(tmp_path / "gemengd.jsonl", rows)))


def test_each_letter_of_a_table_gets_its_own_rule(tmp_path):
    letters = {letter.doc_id: letter.genre for letter in _mixed_table(tmp_path)}
    assert letters == {"brief-nl": "letter", "be-1": "table"}


def test_a_letter_file_is_always_a_letter(tmp_path):
    p = tmp_path / "brief.txt"
    p.write_text("\n".join(LETTER_LINES) + "\nHet geachte lid vraagt naar de NMBS in het Brussels Gewest.\n", encoding="utf-8")
    assert segment_document(read(p)).genre == "letter"


def test_the_model_input_carries_the_table_letters_rule(nlp, tmp_path):
    from classifier.analysis import analyse
    from classifier.features import model_input

    genres = [model_input(a)["genre"] for pas in analyse(_mixed_table(tmp_path), nlp) for a in pas]
    assert genres == ["letter", "table"]


def test_forms_are_written_in_lower_case():
    """classifier.genre matches them case-sensitively on lowercased text."""
    from classifier.lexicon import load_json

    data = load_json("genre")
    for form in data["belgian"] + data["dutch"]:
        assert form == form.lower(), form
    assert table_genre(["HET GEACHTE LID vraagt naar de NMBS."]) == "table"
