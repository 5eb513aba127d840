"""Trained artefacts shipped with Ontwijkmeter (installed as ``classifier.models``).

* ``nl_ontwijkmeter_ud/`` -- the Dutch spaCy pipeline trained on UD Dutch (CC BY-SA 4.0),
  with ``nl_ontwijkmeter_ud.manifest.json`` listing the SHA-256 of every file;
* ``ontwijkmeter-<version>.joblib`` -- the scoring model, with its ``.meta.json`` sidecar.
"""
