"""Trends from the local store: per ministry (or minister) and period, and open/overdue promises."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from markupsafe import escape

from classifier.scoring import TECHNIQUES_NL
from classifier.store import Store


def period_of(date: str | None, period: str) -> str:
    if not date:
        return "onbekend"
    d = dt.date.fromisoformat(date)
    if period == "year":
        return str(d.year)
    if period == "month":
        return f"{d.year}-{d.month:02d}"
    return f"{d.year}-K{(d.month - 1) // 3 + 1}"


def group_stats(store: Store, *, by: str = "ministry", period: str = "quarter") -> list[dict[str, Any]]:
    """One row per (answering ministry or minister, period)."""
    rows = store.query(
        """SELECT l.id AS letter_id, l.ministry, l.answerer, l.letter_date, p.id AS pair_id, p.label, p.score
           FROM pairs p JOIN letters l ON l.id = p.letter_id"""
    )
    techniques = store.query("SELECT pair_id, technique FROM techniques")
    tech_by_pair: dict[int, set[str]] = defaultdict(set)
    for t in techniques:
        tech_by_pair[t["pair_id"]].add(t["technique"])
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        who = (r["ministry"] if by == "ministry" else None) or r["answerer"] or "onbekend"
        groups[(who, period_of(r["letter_date"], period))].append(r)
    out = []
    for (who, per), rs in sorted(groups.items()):
        n = len(rs)
        counts = Counter(r["label"] for r in rs)
        techs = Counter(t for r in rs for t in tech_by_pair.get(r["pair_id"], ()))
        out.append(
            {
                "group": who,
                "period": per,
                "letters": len({r["letter_id"] for r in rs}),
                "questions": n,
                "reply": round(counts["reply"] / n, 3),
                "partial": round(counts["partial"] / n, 3),
                "non_reply": round(counts["non_reply"] / n, 3),
                "mean_score": round(sum(r["score"] for r in rs) / n, 1),
                "top_techniques": ", ".join(f"{TECHNIQUES_NL.get(t, t)} ({c})" for t, c in techs.most_common(3)),
            }
        )
    return out


def promise_rows(store: Store, as_of: dt.date) -> list[dict[str, Any]]:
    """Every stored promise with its status on ``as_of``: open, overdue, or without deadline."""
    rows = store.query(
        """SELECT l.doc, l.title, l.letter_date, l.answerer, l.ministry, p.question_no, p.pair_id AS id,
                  pr.who, pr.what, pr.deadline, pr.deadline_start, pr.deadline_end, pr.kind, pr.evidence
           FROM promises pr JOIN pairs p ON p.id = pr.pair_id JOIN letters l ON l.id = p.letter_id
           ORDER BY COALESCE(pr.deadline_end, '9999'), l.doc, p.position"""
    )
    for r in rows:
        end = dt.date.fromisoformat(r["deadline_end"]) if r["deadline_end"] else None
        r["status"] = "zonder termijn" if end is None else ("verlopen" if end < as_of else "open")
    return rows


def promise_summary(store: Store, as_of: dt.date) -> list[dict[str, Any]]:
    rows = promise_rows(store, as_of)
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        groups[r["ministry"] or r["answerer"] or "onbekend"][r["status"]] += 1
    return [
        {"group": g, "open": c["open"], "overdue": c["verlopen"], "no_deadline": c["zonder termijn"]} for g, c in sorted(groups.items())
    ]


def stats_html_section(store: Store, as_of: dt.date | None = None) -> str:
    """The trends and promises section of the HTML overview report."""
    as_of = as_of or dt.date.today()
    groups = group_stats(store)
    overdue = [r for r in promise_rows(store, as_of) if r["status"] == "verlopen"]
    parts = [
        f"<p>Uit de lokale database, stand per {as_of.isoformat()}.</p>",
        '<table class="overview"><caption class="visually-hidden">Per ministerie en periode</caption><thead><tr>'
        '<th scope="col">Beantwoord door</th><th scope="col">Periode</th><th scope="col" class="num">Vragen</th>'
        '<th scope="col" class="num">Beantwoord</th><th scope="col" class="num">Deels</th><th scope="col" class="num">Niet</th>'
        '<th scope="col" class="num">Gem. score</th><th scope="col">Meest gebruikte technieken</th></tr></thead><tbody>',
    ]
    for g in groups:
        parts.append(
            f"<tr><td>{escape(g['group'])}</td><td>{escape(g['period'])}</td><td class='num'>{g['questions']}</td>"
            f"<td class='num'>{round(100 * g['reply'])}%</td><td class='num'>{round(100 * g['partial'])}%</td>"
            f"<td class='num'>{round(100 * g['non_reply'])}%</td><td class='num'>{g['mean_score']}</td>"
            f"<td>{escape(g['top_techniques'])}</td></tr>"
        )
    parts.append("</tbody></table>")
    parts.append(f"<h3>Verlopen toezeggingen ({len(overdue)})</h3>")
    if overdue:
        parts.append("<ul>")
        for r in overdue[:50]:
            parts.append(
                f"<li><strong>{escape(r['deadline'] or '')}</strong> (uiterlijk {escape(r['deadline_end'])}) — "
                f"{escape(r['who'] or '')}: {escape(r['what'] or '')} <small>({escape(r['doc'])}, vraag "
                f"{escape(str(r['question_no'] or r['id']))})</small></li>"
            )
        parts.append("</ul>")
    else:
        parts.append("<p>Geen verlopen toezeggingen.</p>")
    return "".join(parts)
