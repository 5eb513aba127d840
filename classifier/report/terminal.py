"""Terminal tables (rich), rendered to text so they can also go to a file."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

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
        table = Table(title=f"{letter.doc_id} — {_n(len(letter.pairs), 'vraag', 'vragen')} ({letter.layout})", title_justify="left")
        table.add_column("vraag", justify="right")
        table.add_column("vraag (begin)")
        table.add_column("antwoord (begin)")
        table.add_column("deelvragen", justify="right")
        table.add_column("verwijzing")
        for p in letter.pairs:
            mark = f"{p.question_no or p.id}{' (gezamenlijk)' if p.joint else ''}"
            table.add_row(
                mark,
                _short(p.question, 50),
                _short(p.answer, 50) or "—",
                str(len(p.subquestions)),
                f"vraag {p.reference}" if p.reference else "",
            )
        out.append(table)
        for w in letter.warnings:
            out.append(f"[waarschuwing] {w}")
    return render(*out)


LABEL_STYLE = {"reply": "green", "partial": "yellow", "non_reply": "red"}


def _techniques_nl(pair: dict) -> str:
    from classifier.scoring import TECHNIQUES_NL

    ids = list(dict.fromkeys(t["id"] for t in pair["techniques"]))
    return ", ".join(TECHNIQUES_NL.get(i, i) for i in ids)


def score_table(results: Sequence[dict], *, color: bool = False, width: int = 120, precisions: Mapping[str, float] | None = None) -> str:
    """Per letter: a table of its questions and a summary; over the batch: totals; and, when
    ``precisions`` are given, a note on the techniques shown that were often wrong."""
    from classifier.model import LABELS_NL
    from classifier.report.reliability import doubtful_note

    parts: list[object] = []
    for res in results:
        meta = res["meta"]
        title = res["doc"] + (f" — {meta['title']}" if meta.get("title") else "")
        table = Table(title=title[:110], title_justify="left", show_lines=False)
        table.add_column("vraag", justify="right", no_wrap=True)
        table.add_column("oordeel", no_wrap=True)
        table.add_column("score", justify="right")
        table.add_column("deelvragen", justify="right")
        table.add_column("technieken")
        table.add_column("verwijst naar", no_wrap=True)
        for p in res["pairs"]:
            subs = p["subquestions"]
            answered = sum(1 for s in subs if s["answered"])
            label = LABELS_NL[p["label"]]
            if color:
                label = f"[{LABEL_STYLE[p['label']]}]{label}[/]"
            table.add_row(
                str(p["question_no"] or p["id"]),
                label,
                str(p["score"]),
                f"{answered}/{len(subs)}",
                _techniques_nl(p) or "—",
                f"vraag {p['reference']}" if p["reference"] else "",
            )
        parts.append(table)
        s = res["summary"]
        c = s["counts"]
        worst = ", ".join(f"{w['question_no'] or w['id']} ({w['score']})" for w in s["worst"][:3])
        parts.append(
            f"{_n(s['n'], 'vraag', 'vragen')}: {c['reply']} beantwoord, {c['partial']} deels beantwoord, {c['non_reply']} niet beantwoord; "
            f"gemiddelde score {s['mean_score']}. Zwakste antwoorden: {worst or '—'}."
        )
        for w in res.get("warnings", []):
            parts.append(f"[waarschuwing] {w}")
        parts.append("")
    if len(results) > 1:
        total = sum(r["summary"]["n"] for r in results)
        counts = {k: sum(r["summary"]["counts"][k] for r in results) for k in ("reply", "partial", "non_reply")}
        mean = sum(p["score"] for r in results for p in r["pairs"]) / total if total else 0
        parts.append(
            f"Totaal {len(results)} brieven, {_n(total, 'vraag', 'vragen')}: {counts['reply']} beantwoord, {counts['partial']} deels, "
            f"{counts['non_reply']} niet beantwoord; gemiddelde score {mean:.1f}."
        )
    note = doubtful_note((t["id"] for r in results for p in r["pairs"] for t in p["techniques"]), precisions or {})
    if note:
        parts.append(note)
    return render(*parts, width=width) if not color else render_color(*parts, width=width)


def render_color(*renderables: object, width: int = 120) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=True, soft_wrap=False)
    for r in renderables:
        console.print(r)
    return buf.getvalue()


CSV_COLUMNS = [
    "doc",
    "id",
    "question_no",
    "label",
    "label_nl",
    "score",
    "p_reply",
    "p_partial",
    "p_non_reply",
    "techniques",
    "subquestions_answered",
    "subquestions_total",
    "reference",
]


def csv_rows(results: Sequence[dict]) -> list[dict]:
    rows = []
    for res in results:
        for p in res["pairs"]:
            rows.append(
                {
                    "doc": p["doc"],
                    "id": p["id"],
                    "question_no": p["question_no"],
                    "label": p["label"],
                    "label_nl": p["label_nl"],
                    "score": p["score"],
                    "p_reply": p["probabilities"]["reply"],
                    "p_partial": p["probabilities"]["partial"],
                    "p_non_reply": p["probabilities"]["non_reply"],
                    "techniques": ";".join(dict.fromkeys(t["id"] for t in p["techniques"])),
                    "subquestions_answered": sum(1 for s in p["subquestions"] if s["answered"]),
                    "subquestions_total": len(p["subquestions"]),
                    "reference": p["reference"],
                }
            )
    return rows


def promise_table(rows: Sequence[dict]) -> str:
    table = Table(title=f"Toezeggingen ({len(rows)})", title_justify="left")
    for col in ("brief", "vraag", "wie", "wat", "termijn", "uiterlijk"):
        table.add_column(col)
    for r in rows:
        table.add_row(
            r["doc"][:30],
            str(r.get("question_no") or r.get("id") or ""),
            _short(r.get("who") or "", 30),
            _short(r.get("what") or "", 40),
            r.get("deadline") or "geen termijn",
            r.get("deadline_end") or "—",
        )
    return render(table)


def stats_table(groups: Sequence[dict], summary: Sequence[dict], overdue: Sequence[dict], as_of: object) -> str:
    t1 = Table(title="Per ministerie of bewindspersoon en periode", title_justify="left")
    for col, just in (
        ("beantwoord door", "left"),
        ("periode", "left"),
        ("vragen", "right"),
        ("beantwoord", "right"),
        ("deels", "right"),
        ("niet", "right"),
        ("gem. score", "right"),
        ("meest gebruikte technieken", "left"),
    ):
        t1.add_column(col, justify=just)
    for g in groups:
        t1.add_row(
            _short(g["group"], 40),
            g["period"],
            str(g["questions"]),
            f"{100 * g['reply']:.0f}%",
            f"{100 * g['partial']:.0f}%",
            f"{100 * g['non_reply']:.0f}%",
            str(g["mean_score"]),
            g["top_techniques"],
        )
    t2 = Table(title=f"Toezeggingen per {as_of}", title_justify="left")
    for col in ("beantwoord door", "open", "verlopen", "zonder termijn"):
        t2.add_column(col)
    for s in summary:
        t2.add_row(_short(s["group"], 40), str(s["open"]), str(s["overdue"]), str(s["no_deadline"]))
    parts: list[object] = [t1, t2]
    if overdue:
        t3 = Table(title="Verlopen toezeggingen", title_justify="left")
        for col in ("uiterlijk", "termijn", "wie", "wat", "brief", "vraag"):
            t3.add_column(col)
        for r in overdue:
            t3.add_row(
                r["deadline_end"],
                r["deadline"] or "",
                _short(r["who"] or "", 25),
                _short(r["what"] or "", 40),
                r["doc"][:30],
                str(r["question_no"] or r["id"] or ""),
            )
        parts.append(t3)
    return render(*parts)


def _n(count: int, one: str, many: str) -> str:
    """ "1 vraag", "2 vragen"."""
    return f"{count} {one if count == 1 else many}"
