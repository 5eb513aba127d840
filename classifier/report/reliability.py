"""How far a reported technique can be trusted, as the detector layer measured it.

``scripts/train.py`` records in the layer's metadata (``techniques`` of
``models/ontwijkmeter-detectors-<version>.meta.json``), per technique, the precision of its
hits in the document-grouped cross-validation that chose its threshold
(``inner_oof_precision``): the share of reported hits that the annotators also marked. Some
techniques are right most of the time (a cross-reference), others less often than not (an
answer in general terms); the reports say which, so that a reader knows what to check.
The figure is measured over all annotated pairs, whose rules were partly written from the
same pairs, so it flatters the rules somewhat (README, "Detectors").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# Below this share of correct hits a technique is flagged to the reader as doubtful.
DOUBTFUL = 0.5


def technique_precisions(meta: Mapping[str, Any] | None) -> dict[str, float]:
    """Measured precision per technique from a detector layer's metadata ({} if it has none)."""
    techniques = (meta or {}).get("techniques") or {}
    out = {}
    for technique, info in techniques.items():
        value = info.get("inner_oof_precision") if isinstance(info, Mapping) else None
        if isinstance(value, int | float) and 0.0 <= value <= 1.0:
            out[technique] = float(value)
    return out


def legend_note(precision: float | None) -> str:
    """Dutch note for a report legend: how often a hit of this technique was right."""
    if precision is None:
        return ""
    note = f"in de kruisvalidatie was {round(100 * precision)}% van de meldingen terecht"
    return note + "; controleer zelf" if precision < DOUBTFUL else note


def doubtful_note(found: Iterable[str], precisions: Mapping[str, float]) -> str | None:
    """One Dutch sentence naming the doubtful techniques among ``found`` (None if there are none)."""
    from classifier.scoring import TECHNIQUES_NL

    doubtful = [t for t in dict.fromkeys(found) if t in precisions and precisions[t] < DOUBTFUL]
    if not doubtful:
        return None
    named = ", ".join(f"'{TECHNIQUES_NL.get(t, t)}' ({round(100 * precisions[t])}%)" for t in sorted(doubtful, key=precisions.get))
    return (
        f"Let op: van deze technieken was in de kruisvalidatie minder dan de helft van de meldingen terecht: {named}. Controleer die zelf."
    )
