"""What ``ontwijkmeter info`` reports: the pipeline and model in use, with their scores."""

from __future__ import annotations

import platform
from typing import Any

from classifier import __version__


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
        lines.append(f"  gekruiste validatie (per brief gegroepeerd): macro-F1 {cv.get('macro_f1', '—')}")
    else:
        lines.append("Scoringsmodel: niet gevonden")
    return "\n".join(lines) + "\n"
