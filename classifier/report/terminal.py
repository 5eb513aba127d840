"""Terminal tables (rich), rendered to text so they can also go to a file."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from classifier.segment import Letter


def render(*renderables: object, width: int = 120) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=False, color_system=None, soft_wrap=False)
    for r in renderables:
        console.print(r)
    return buf.getvalue()


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def segment_table(letters: Sequence[Letter]) -> str:
    out = []
    for letter in letters:
        table = Table(title=f"{letter.doc_id} — {len(letter.pairs)} vragen ({letter.layout})", title_justify="left")
        table.add_column("vraag", justify="right")
        table.add_column("vraag (begin)")
        table.add_column("antwoord (begin)")
        table.add_column("deelvragen", justify="right")
        table.add_column("verwijzing")
        for p in letter.pairs:
            mark = f"{p.question_no or p.id}{' (gezamenlijk)' if p.joint else ''}"
            table.add_row(mark, _short(p.question, 50), _short(p.answer, 50) or "—", str(len(p.subquestions)),
                          f"vraag {p.reference}" if p.reference else "")
        out.append(table)
        for w in letter.warnings:
            out.append(f"[waarschuwing] {w}")
    return render(*out)
