"""Readers: every supported format, and clean errors for bad input."""

from __future__ import annotations

import json

import pytest

from classifier.errors import InputError
from classifier.readers import PairTable, read
from tests.helpers import LETTER_LINES, make_docx, make_pdf, write_jsonl


def test_txt_utf8_and_bom(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffVraag 1\nWat?\nAntwoord\nJa.".encode())
    doc = read(p)
    assert doc.text.startswith("Vraag 1") and doc.fmt == "txt"


def test_txt_latin1_falls_back_with_warning(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(
        "Vraag 1\nWat is de reactie van de minister op het rapport over één zaak?\nAntwoord\nDe minister is het niet eens met de conclusies.".encode(
            "cp1252"
        )
    )
    doc = read(p)
    assert "één" in doc.text
    assert doc.warnings and "geen UTF-8" in doc.warnings[0]


def test_pdf_text_layer(tmp_path):
    p = tmp_path / "letter.pdf"
    p.write_bytes(make_pdf(LETTER_LINES))
    doc = read(p)
    assert "Vraag 1" in doc.text and "1.250 aanvragen" in doc.text


def test_docx(tmp_path):
    p = make_docx(LETTER_LINES, tmp_path / "letter.docx")
    doc = read(p)
    assert doc.text.splitlines()[2] == "Vraag 1"


def test_html_blocks_become_lines_and_markers_drop(tmp_path):
    p = tmp_path / "letter.html"
    p.write_text(
        "<html><head><script>var x=1;</script></head><body><nav>menu</nav><div id='broodtekst'>"
        "<p>Vraag 1</p><p>Heeft u het bericht gelezen?<sup>1</sup></p><p>Antwoord 1</p><p>Ja.</p></div></body></html>",
        encoding="utf-8",
    )
    doc = read(p)
    lines = [ln for ln in doc.text.splitlines() if ln.strip()]
    assert lines == ["Vraag 1", "Heeft u het bericht gelezen?", "Antwoord 1", "Ja."]


def test_xml(tmp_path):
    p = tmp_path / "letter.xml"
    p.write_text(
        "<?xml version='1.0'?><kamervragen><vraag><nr>Vraag 1</nr><al>Wat?</al></vraag>"
        "<antwoord><nr>Antwoord 1</nr><al>Dit.</al></antwoord></kamervragen>",
        encoding="utf-8",
    )
    assert "Vraag 1" in read(p).text


def test_jsonl_table_keeps_good_rows_and_reports_bad_ones(tmp_path):
    p = tmp_path / "pairs.jsonl"
    p.write_text(
        json.dumps({"id": "a", "question": "Hoeveel?", "answer": "Tien."})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "b", "answer": "x"})
        + "\n"
        + json.dumps({"doc_id": "dekamer-1", "question": "Wat?", "answer": ""})
        + "\n",
        encoding="utf-8",
    )
    table = read(p)
    assert isinstance(table, PairTable)
    assert [r.id for r in table.rows] == ["a", "dekamer-1"]
    assert len(table.problems) == 2 and ":2:" in table.problems[0] and "question" in table.problems[1]


def test_rows_in_another_language_are_skipped_and_reported(tmp_path):
    p = tmp_path / "be-oral.jsonl"
    rows = [
        {"doc_id": "be-1", "question_no": "1", "question": "Quelle est la date?", "answer": "Je ne sais pas.", "lang": "fr"},
        {"doc_id": "be-2", "question_no": "1", "question": "Welke datum?", "answer": "Dat weet ik niet.", "lang": "nl"},
    ]
    write_jsonl(p, rows)
    table = read(p)
    assert [r.id for r in table.rows] == ["be-2#1"]
    assert len(table.problems) == 1 and "1 rij in een andere taal" in table.problems[0] and "'fr'" in table.problems[0]
    assert "regel 1" in table.problems[0]


def test_many_rows_in_another_language_are_reported_in_one_line(tmp_path):
    p = tmp_path / "be-oral.jsonl"
    fr = {"doc_id": "be-f", "question": "Quelle est la date?", "answer": "Je ne sais pas.", "lang": "fr"}
    nl = {"doc_id": "be-n", "question": "Welke datum?", "answer": "Dat weet ik niet.", "lang": "nl"}
    records = [nl] + [{**fr, "doc_id": f"be-f{i}"} for i in range(8)] + [{**fr, "lang": "de"}, {"doc_id": "x", "question": "Wat?"}]
    write_jsonl(p, records)
    table = read(p)
    assert [r.id for r in table.rows] == ["be-n"]
    assert len(table.problems) == 2  # the row without an answer, and one line for nine skipped rows
    assert ":11:" in table.problems[0] and "answer" in table.problems[0]
    line = table.problems[1]
    assert "9 rijen in een andere taal" in line and "'fr', 'de'" in line
    assert "regel 2, 3, 4, 5, 6 en 4 andere" in line


def test_csv_table_semicolon(tmp_path):
    p = tmp_path / "pairs.csv"
    p.write_text("id;question;answer;doc\n1;Hoeveel?;Tien.;brief-a\n2;Wanneer?;Later.;brief-a\n", encoding="utf-8")
    table = read(p)
    assert [r.doc for r in table.rows] == ["brief-a", "brief-a"]


def test_csv_without_required_columns(tmp_path):
    p = tmp_path / "pairs.csv"
    p.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="mist kolom"):
        read(p)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "leeg"),
        ("blank.txt", b"   \n\n", "geen tekst"),
        ("bin.txt", b"\x00\x01\x02binary\x00", "binaire"),
        ("fake.pdf", b"hello, not a pdf", "geen PDF"),
        ("trunc.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "PDF"),
        ("bad.docx", b"PK\x03\x04garbage", "Word"),
        ("x.odt", b"whatever", "niet ondersteund"),
        ("old.doc", b"whatever", ".doc"),
        ("bad.jsonl", b"{nope\n", "geen geldige"),
        # found by hypothesis: a lone carriage return in the header broke csv.DictReader
        ("cr.csv", b"\r\x01", "CSV"),
    ],
)
def test_bad_input_gives_input_error_naming_the_file(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError) as info:
        read(p)
    assert str(p) in str(info.value)
    assert message.lower() in str(info.value).lower()


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="niet gevonden"):
        read(tmp_path / "nope.txt")


def test_encrypted_pdf_with_password_is_refused(tmp_path):
    from pypdf import PdfReader, PdfWriter

    src = tmp_path / "plain.pdf"
    src.write_bytes(make_pdf(LETTER_LINES))
    writer = PdfWriter()
    for page in PdfReader(src).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", owner_password="eigenaar", algorithm="RC4-128")
    enc = tmp_path / "enc.pdf"
    with enc.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(InputError, match="wachtwoord"):
        read(enc)


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_encrypted_pdf(tmp_path, algorithm):
    """AES needs the 'cryptography' package (a dependency, via pypdf[crypto]): a PDF with only an
    owner password (restrictions, the common case) is read, one with an open password refused."""
    from pypdf import PdfReader, PdfWriter

    src = tmp_path / "plain.pdf"
    src.write_bytes(make_pdf(LETTER_LINES))
    for user, name in (("", "beperkt.pdf"), ("geheim", "dicht.pdf")):
        writer = PdfWriter()
        for page in PdfReader(src).pages:
            writer.add_page(page)
        writer.encrypt(user_password=user, owner_password="eigenaar", algorithm=algorithm)
        with (tmp_path / name).open("wb") as fh:
            writer.write(fh)
    assert "1.250 aanvragen" in read(tmp_path / "beperkt.pdf").text
    with pytest.raises(InputError, match="wachtwoord"):
        read(tmp_path / "dicht.pdf")


def test_image_only_pdf_has_no_text_layer(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    p = tmp_path / "scan.pdf"
    with p.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(InputError, match="geen tekstlaag"):
        read(p)


def test_size_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("ONTWIJKMETER_MAX_MB", "0.001")
    p = tmp_path / "big.txt"
    p.write_text("x" * 5000, encoding="utf-8")
    with pytest.raises(InputError, match="te groot"):
        read(p)


def test_table_metadata_columns_become_the_letters_metadata(tmp_path):
    from classifier.segment import segment_table

    p = tmp_path / "pairs.csv"
    p.write_text(
        "id,doc,question,answer,date,answerer,asker\n"
        "1,brief-a,Wanneer?,Volgend jaar.,2017-01-04,Minister van Mobiliteit,Lid A\n"
        "2,brief-a,Hoeveel?,Tien.,,Minister van Mobiliteit,Lid A\n"
        "3,brief-b,Wat?,Dit.,2017-02-01T10:00:00,Minister van Justitie,Lid B\n",
        encoding="utf-8",
    )
    table = read(p)
    assert [r.date for r in table.rows] == ["2017-01-04", None, "2017-02-01"]
    assert not table.problems
    a, b = segment_table(table)
    # an empty cell does not contradict the other rows of the letter
    assert (a.meta.date, a.meta.answerer, a.meta.asker) == ("2017-01-04", "Minister van Mobiliteit", "Lid A")
    assert (b.meta.date, b.meta.answerer) == ("2017-02-01", "Minister van Justitie")


def test_invalid_date_is_reported_and_the_row_kept(tmp_path):
    p = tmp_path / "pairs.jsonl"
    rows = [
        {"id": "a", "question": "Wanneer?", "answer": "Volgend jaar.", "date": "2017-13-04"},
        {"id": "b", "question": "Wanneer?", "answer": "Later.", "letter_date": "2017-01-04"},
        # day-month-year as a spreadsheet in a Dutch locale writes it
        {"id": "c", "question": "Wanneer?", "answer": "Later.", "date": "4-1-2017"},
        {"id": "d", "question": "Wanneer?", "answer": "Later.", "date": "31/02/2017"},
        {"id": "e", "question": "Wanneer?", "answer": "Later.", "date": "januari"},
    ]
    write_jsonl(p, rows)
    table = read(p)
    assert [(r.id, r.date) for r in table.rows] == [("a", None), ("b", "2017-01-04"), ("c", "2017-01-04"), ("d", None), ("e", None)]
    assert len(table.problems) == 3
    assert ":1:" in table.problems[0] and "ongeldige datum '2017-13-04'" in table.problems[0]
    assert ":4:" in table.problems[1] and "'31/02/2017'" in table.problems[1]


def test_rows_of_one_letter_that_disagree_on_a_date_leave_it_out(tmp_path):
    from classifier.segment import segment_table

    p = tmp_path / "pairs.jsonl"
    rows = [
        {"id": "a", "question": "Wanneer?", "answer": "Volgend jaar.", "date": "2017-01-04", "answerer": "Minister X"},
        {"id": "b", "question": "Wanneer?", "answer": "Later.", "date": "2018-03-01", "answerer": "Minister X"},
    ]
    write_jsonl(p, rows)
    (letter,) = segment_table(read(p))  # no doc column: one letter named after the file
    assert letter.meta.date is None and letter.meta.answerer == "Minister X"
    assert any("verschillende waarden voor date" in w for w in letter.warnings)
