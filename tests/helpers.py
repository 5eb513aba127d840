"""Small builders for test inputs (PDF, DOCX, HTML, JSONL pair tables) so no binary fixtures are needed."""

from __future__ import annotations

import io
import json
from pathlib import Path


def make_pdf(lines: list[str]) -> bytes:
    """A minimal valid one-page PDF whose text layer holds ``lines`` (Latin-1 text)."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 10 Tf", "14 TL", "50 800 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_docx(paragraphs: list[str], path: Path) -> Path:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(path))
    return path


LETTER_LINES = [
    "Vragen van het lid Jansen (D66) aan de Minister van Financien (ingezonden 1 oktober 2024).",
    "Antwoord van Minister Heinen (Financien) (ontvangen 1 november 2024).",
    "Vraag 1",
    "Hoeveel aanvragen zijn er in 2023 ingediend?",
    "Antwoord 1",
    "In 2023 zijn 1.250 aanvragen ingediend.",
    "Vraag 2",
    "Wanneer wordt de evaluatie afgerond?",
    "Antwoord 2",
    "Uw Kamer wordt hierover na de zomer geinformeerd.",
]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    """A JSON Lines file (a pair table) of ``records``."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
