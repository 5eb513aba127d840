"""What ``ontwijkmeter info`` reports: the pipeline and model in use, with their scores."""

from __future__ import annotations

import platform
from typing import Any

from classifier import __version__
from classifier.model import LABELS_NL


def gather(nlp_model: str | None = None) -> dict[str, Any]:
    from classifier import nlp

    _, pinfo = nlp.load(nlp_model)
    data: dict[str, Any] = {
        "ontwijkmeter": __version__,
        "python": platform.python_version(),
        "nlp_pipeline": nlp.describe(pinfo),
    }
    try:
        from classifier.model import bundled_model_meta

        data["scoring_model"] = bundled_model_meta()
    except ImportError:  # pragma: no cover - during development before the model exists
        data["scoring_model"] = None
    from classifier.model import detectors_meta

    data["detector_layer"] = detectors_meta()
    return data


def _pct(v: Any) -> str:
    return f"{100 * v:.1f}" if isinstance(v, (int, float)) else "—"


def render_text(data: dict[str, Any]) -> str:
    p = data["nlp_pipeline"]
    s = p.get("scores") or {}
    r = p.get("reference") or {}
    lines = [
        f"Ontwijkmeter {data['ontwijkmeter']} (Python {data['python']})",
        "",
        f"Nederlandse pijplijn: {p['name']} {p['version']} ({p['source']}; spaCy {p['spacy_version']})",
        f"  locatie:     {p['location']}",
        f"  componenten: {', '.join(p['components'])}",
        "  scores (held-out UD):  "
        f"POS {_pct(s.get('pos_acc'))}  lemma {_pct(s.get('lemma_acc'))}  LAS {_pct(s.get('dep_las'))}  "
        f"Tense {_pct(s.get('Tense'))}  VerbForm {_pct(s.get('VerbForm'))}",
    ]
    if r:
        lines.append(
            f"  ter vergelijking {r.get('name')}: POS {_pct(r.get('pos_acc'))}  lemma {_pct(r.get('lemma_acc'))}  "
            f"LAS {_pct(r.get('dep_las'))}"
        )
    m = data.get("scoring_model")
    lines.append("")
    if m:
        cv = m.get("cv_scores", {})
        lines.append(f"Scoringsmodel: {m.get('file')} (versie {m.get('version')}, getraind {m.get('trained_at', '?')})")
        lines.append(f"  gekruiste validatie (per brief gegroepeerd): macro-F1 {_f1(cv.get('macro_f1'))}")
        f1 = cv.get("f1") or {}
        if f1:
            per_label = "  ".join(f"{LABELS_NL.get(k, k)} {_f1(v)}" for k, v in f1.items())
            lines.append(f"  F1 per oordeel: {per_label}")
        genre_nl = {"letter": "Nederlandse brieven", "table": "Belgische paartabellen"}
        per_genre = cv.get("per_genre") or {}
        if per_genre:
            lines.append("  macro-F1 per soort invoer: " + ", ".join(f"{genre_nl.get(g, g)} {_f1(v)}" for g, v in per_genre.items()))
        weights = m.get("decision_weights") or {}
        if weights:
            rule = "; ".join(
                f"{genre_nl.get(g, g)}: " + ", ".join(f"{LABELS_NL.get(k, k)} ×{v:g}" for k, v in w.items() if v != 1.0)
                if any(v != 1.0 for v in w.values())
                else f"{genre_nl.get(g, g)}: geen"
                for g, w in weights.items()
            )
            lines.append(f"  weging van het oordeel per soort invoer: {rule}")
    else:
        lines.append("Scoringsmodel: niet gevonden")
    lines += _detector_lines(data.get("detector_layer"))
    return "\n".join(lines) + "\n"


def _f1(v: Any) -> str:
    return f"{v:.2f}" if isinstance(v, (int, float)) else "—"


def _detector_lines(meta: dict[str, Any] | None) -> list[str]:
    """Per technique: how often its hits were right and how many annotated cases it found."""
    from classifier.report.reliability import DOUBTFUL
    from classifier.scoring import TECHNIQUES_NL

    lines = [""]
    if not meta:
        return [*lines, "Detectorlaag: niet gevonden (alleen de regels)"]
    lines.append(f"Detectorlaag: {meta.get('file')} (getraind {meta.get('trained_at', '?')})")
    techniques = meta.get("techniques") or {}
    rows = [(t, techniques[t]) for t in TECHNIQUES_NL if isinstance(techniques.get(t), dict)]
    if not any("inner_oof_precision" in info for _t, info in rows):
        return lines
    lines.append("  per techniek, in de kruisvalidatie: terecht gemeld (precisie) / gevonden (recall)")
    width = max(len(TECHNIQUES_NL[t]) for t, _info in rows)
    for t, info in rows:
        p, r = info.get("inner_oof_precision"), info.get("inner_oof_recall")
        flag = "  controleer zelf" if isinstance(p, (int, float)) and p < DOUBTFUL else ""
        lines.append(f"    {TECHNIQUES_NL[t]:<{width}}  {_pct0(p)} / {_pct0(r)}{flag}")
    return lines


def _pct0(v: Any) -> str:
    return f"{round(100 * v):3d}%" if isinstance(v, (int, float)) else "   —"
