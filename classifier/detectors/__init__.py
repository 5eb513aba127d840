"""Evasion detectors: one per technique of the annotation scheme.

Lexical detectors (cue phrases from ``classifier/resources/<technique>.json``) live in
:mod:`classifier.detectors.lexical`; detectors that compare question and answer in
:mod:`classifier.detectors.structural`. All register themselves in ``REGISTRY``.
"""

from __future__ import annotations

from classifier.corpus import TECHNIQUES  # the nine technique ids, defined once
from classifier.detectors import lexical, structural  # noqa: F401  (registration)
from classifier.detectors.base import REGISTRY, Detector, Hit, PairContext


def all_detectors() -> list[Detector]:
    return [REGISTRY[t]() for t in TECHNIQUES]


def run_detectors(ctx: PairContext, detectors: list[Detector] | None = None) -> list[Hit]:
    hits: list[Hit] = []
    for det in detectors or all_detectors():
        hits.extend(det.detect(ctx))
    return hits


__all__ = ["TECHNIQUES", "Detector", "Hit", "PairContext", "all_detectors", "run_detectors"]
