"""Ontwijkmeter: how fully does a Dutch government answer letter answer its questions?

The package is laid out as the data flows:

``readers`` (path -> Document) -> ``clean`` -> ``segment`` (Letter with pairs)
-> ``nlp`` (Dutch spaCy pipeline) -> ``detectors`` (evasion techniques with evidence)
-> ``features`` + ``model`` (label, completeness score) -> ``report`` / ``export`` / ``store``.

Importing the package does no work: models and pipelines load on first use.
"""

__version__ = "0.1.0"
