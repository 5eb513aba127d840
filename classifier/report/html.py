"""The self-contained HTML report (Dutch), rendered with Jinja2 from scoring results.

One file, no external requests: CSS and JavaScript are inlined and a Content Security Policy
forbids loading anything else. Works without JavaScript (the filter is the only script).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

from jinja2 import Environment, select_autoescape
from markupsafe import Markup, escape

from classifier import __version__
from classifier.report.reliability import legend_note
from classifier.scoring import TECHNIQUES_NL, summarise

EXPLANATIONS = {
    "cross_reference": "verwijst naar een ander antwoord of document in plaats van te antwoorden",
    "missing_figure": "het gevraagde cijfer, bedrag of de datum ontbreekt",
    "deferral": "belooft informatie of actie later",
    "ignorance": "zegt het niet te weten",
    "refusal": "weigert te antwoorden of te delen",
    "unanswered_subquestion": "een deelvraag krijgt geen antwoord",
    "generic": "algemene termen waar specifiek gevraagd werd",
    "premise_rejected": "bestrijdt de vooronderstelling van de vraag",
    "no_yes_no": "geen duidelijk ja of nee op een gesloten vraag",
}


def _template_text(name: str) -> str:
    return resources.files("classifier.report").joinpath("templates", name).read_text(encoding="utf-8")


def highlight(text: str, spans: Sequence[dict[str, Any]]) -> Markup:
    """``text`` with every evidence span wrapped in ``<mark>``, overlaps split into segments."""
    cuts = {0, len(text)}
    for s in spans:
        if 0 <= s["start"] < s["end"] <= len(text):
            cuts |= {s["start"], s["end"]}
    bounds = sorted(cuts)
    out: list[str] = []
    for a, b in itertools.pairwise(bounds):
        covering = [s for s in spans if s["start"] <= a and b <= s["end"]]
        piece = escape(text[a:b])
        if not covering:
            out.append(str(piece))
            continue
        ids = list(dict.fromkeys(s["id"] for s in covering))
        title = "; ".join(f"{TECHNIQUES_NL.get(i, i)}: {EXPLANATIONS.get(i, '')}" for i in ids)
        rules = " ".join(dict.fromkeys(s["rule"] for s in covering))
        out.append(
            f'<mark class="ev t-{ids[0]}" data-techniques="{" ".join(ids)}" data-rules="{escape(rules)}" '
            f'title="{escape(title)}">{piece}</mark>'
        )
        if any(s["end"] == b for s in covering):
            out.append(f'<span class="tag" aria-hidden="true">{escape(TECHNIQUES_NL.get(ids[0], ids[0]))}</span>')
    return Markup("".join(out))


def _anchor(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", value).strip("-") or "x"


def _key(p: dict[str, Any]) -> str:
    return str(p["question_no"] or p["id"])


def _pair_anchors(pairs: Sequence[dict[str, Any]]) -> list[str]:
    """An anchor per pair, unique within its letter: a letter may hold two numbered lists
    (a Rekenkamer letter answering two committees restarts at "Vraag 1"), and the second
    "Vraag 1" gets "1-2"."""
    seen: Counter[str] = Counter()
    out = []
    for p in pairs:
        base = _anchor(_key(p))
        seen[base] += 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return out


def _reference_anchor(pairs: Sequence[dict[str, Any]], anchors: Sequence[str], k: int) -> str:
    """The anchor of the answer pair ``k`` refers to: the nearest earlier pair of that number
    (a reference points back within its own list), else the first later one."""
    ref = pairs[k]["reference"]
    if not ref:
        return ""
    earlier = [j for j in range(k - 1, -1, -1) if str(pairs[j]["question_no"]) == str(ref)]
    later = [j for j in range(k + 1, len(pairs)) if str(pairs[j]["question_no"]) == str(ref)]
    found = (earlier or later or [None])[0]
    return anchors[found] if found is not None else _anchor(str(ref))


def _worst_with_anchors(worst: Sequence[dict[str, Any]], pairs: Sequence[dict[str, Any]], anchors: Sequence[str]) -> list[dict[str, Any]]:
    """The summary's weakest answers, each linked to its own card (matched on number and score)."""
    out, used = [], set()
    for w in worst:
        match = next(
            (j for j, p in enumerate(pairs) if j not in used and _key(p) == _key(w) and p["score"] == w["score"]),
            None,
        )
        if match is not None:
            used.add(match)
        out.append({**w, "anchor": anchors[match] if match is not None else _anchor(_key(w))})
    return out


def _pct(count: int, total: int) -> str:
    return f"{round(100 * count / total)}%" if total else "—"


def _summary_block(env: Environment):
    def render(summary: dict[str, Any]) -> Markup:
        n = summary["n"] or 0
        c = summary["counts"]
        bar = "".join(
            f'<span class="{k}" style="width:{100 * c[k] / n:.2f}%" title="{escape(label)}: {c[k]}"></span>'
            for k, label in (("reply", "beantwoord"), ("partial", "deels beantwoord"), ("non_reply", "niet beantwoord"))
            if n
        )
        bins = summary.get("histogram") or [0] * 10
        top = max(bins) or 1
        hist = "".join(
            f'<div style="height:{100 * b / top:.1f}%" title="score {10 * i}–{10 * i + 9}: {b} vragen"></div>' for i, b in enumerate(bins)
        )
        return Markup(
            f'<div class="bar" role="img" aria-label="{c["reply"]} beantwoord, {c["partial"]} deels beantwoord, '
            f'{c["non_reply"]} niet beantwoord">{bar}</div>'
            f'<p class="counts"><span><span class="dot badge reply"></span>{c["reply"]} beantwoord ({_pct(c["reply"], n)})</span>'
            f'<span><span class="dot badge partial"></span>{c["partial"]} deels beantwoord ({_pct(c["partial"], n)})</span>'
            f'<span><span class="dot badge non_reply"></span>{c["non_reply"]} niet beantwoord ({_pct(c["non_reply"], n)})</span>'
            f"<span>gemiddelde score {summary['mean_score']}</span></p>"
            f'<figure><div class="histogram" role="img" aria-label="Verdeling van de scores in stappen van 10">{hist}</div>'
            f'<div class="histogram-axis"><span>0</span><span>50</span><span>100</span></div>'
            f"<figcaption><small>Verdeling van de scores (0–100)</small></figcaption></figure>"
        )

    return render


def _histogram(pairs: Sequence[dict[str, Any]]) -> list[int]:
    bins = [0] * 10
    for p in pairs:
        bins[min(9, p["score"] // 10)] += 1
    return bins


def render_report(
    results: Sequence[dict[str, Any]],
    *,
    title: str | None = None,
    stats_html: str | None = None,
    precisions: Mapping[str, float] | None = None,
    failures: Sequence[Mapping[str, str]] = (),
) -> str:
    """The report for one letter or many (then with an overview per letter and per ministry).
    ``failures`` (``path``, ``message``) are the inputs of the run that could not be read: the
    report lists them, so a shared overview does not hide that letters are missing."""
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    letters = []
    used: set[str] = set()
    for r in results:
        anchor = _anchor(r["doc"])
        while anchor in used:
            anchor += "-b"
        used.add(anchor)
        pairs = []
        anchors = _pair_anchors(r["pairs"])
        for k, p in enumerate(r["pairs"]):
            qspans = [h for h in p["highlights"] if h["field"] == "question"]
            aspans = [h for h in p["highlights"] if h["field"] == "answer"]
            findings = []
            seen = set()
            for t in p["techniques"]:
                if t["id"] in seen:
                    continue
                seen.add(t["id"])
                findings.append({"name": TECHNIQUES_NL.get(t["id"], t["id"]), "evidence": t["evidence"], "rule": t["rule"]})
            pairs.append(
                {
                    **p,
                    "anchor": anchors[k],
                    "question_html": highlight(p["question"], qspans),
                    "answer_html": highlight(p["answer"], aspans),
                    "findings": findings,
                    "reference_anchor": _reference_anchor(r["pairs"], anchors, k),
                }
            )
        summary = dict(r["summary"])
        summary["histogram"] = _histogram(r["pairs"])
        summary["worst"] = _worst_with_anchors(summary["worst"], r["pairs"], anchors)
        letters.append({**r, "anchor": anchor, "pairs": pairs, "summary": summary})
    all_pairs = [p for r in results for p in r["pairs"]]
    total = summarise(all_pairs)
    total["histogram"] = _histogram(all_pairs)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in results:
        groups[r["meta"].get("ministry") or r["meta"].get("answerer") or "onbekend"].append(r)
    ministries = []
    for name, rs in sorted(groups.items()):
        ps = [p for r in rs for p in r["pairs"]]
        s = summarise(ps)
        ministries.append({"name": name, "letters": len(rs), "n": s["n"], "counts": s["counts"], "mean_score": s["mean_score"]})
    if title is None:
        if len(results) == 1:
            meta = results[0]["meta"]
            title = meta.get("title") or results[0]["doc"]
        else:
            title = f"Overzicht van {len(results)} antwoordbrieven"
    template = env.from_string(_template_text("report.html.j2"))
    return template.render(
        page_title=title,
        version=__version__,
        generated=dt.date.today().isoformat(),
        letters=letters,
        total=total,
        ministries=ministries,
        legend=[(t, TECHNIQUES_NL[t], EXPLANATIONS[t], legend_note((precisions or {}).get(t))) for t in TECHNIQUES_NL],
        css=Markup(_template_text("report.css")),
        js=Markup(_template_text("report.js")),
        summary_block=_summary_block(env),
        pct=_pct,
        stats=Markup(stats_html) if stats_html else None,
        failures=list(failures),
    )
