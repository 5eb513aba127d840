"""SHA-256 checks for shipped artefacts.

joblib files are pickles and a spaCy pipeline directory holds pickled weights too: loading
either runs code from the file. Every artefact the package loads has a sidecar with the
hashes it was written with, and a mismatch stops the load with a clear error.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from classifier.errors import ModelError

CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def directory_manifest(root: Path) -> dict[str, str]:
    """``relative path -> sha256`` for every file below ``root`` (sorted, POSIX paths)."""
    return {p.relative_to(root).as_posix(): sha256_file(p) for p in sorted(root.rglob("*")) if p.is_file()}


def write_manifest(root: Path, manifest_path: Path) -> None:
    manifest_path.write_text(json.dumps({"directory": root.name, "files": directory_manifest(root)}, indent=1) + "\n")


def verify_directory(root: Path, manifest_path: Path) -> None:
    """Raise :class:`ModelError` unless ``root`` holds exactly the files of the manifest."""
    if not manifest_path.is_file():
        raise ModelError(
            f"geen manifest {manifest_path.name} naast de pijplijn; een niet-gecontroleerd model wordt niet geladen", path=root
        )
    expected = json.loads(manifest_path.read_text())["files"]
    actual = directory_manifest(root)
    changed = sorted(k for k in expected if actual.get(k) != expected[k])
    extra = sorted(set(actual) - set(expected))
    if changed or extra:
        detail = ", ".join([f"gewijzigd of ontbrekend: {c}" for c in changed[:3]] + [f"onverwacht: {e}" for e in extra[:3]])
        raise ModelError(f"bestanden van de pijplijn komen niet overeen met {manifest_path.name} ({detail}); niet geladen", path=root)


def verify_file(path: Path, expected_sha256: str) -> None:
    if not path.is_file():
        raise ModelError("modelbestand ontbreekt", path=path)
    actual = sha256_file(path)
    if actual != expected_sha256:
        raise ModelError(
            f"SHA-256 {actual[:12]}… komt niet overeen met de metadata ({expected_sha256[:12]}…); "
            "het bestand is gewijzigd of beschadigd en wordt niet geladen",
            path=path,
        )
