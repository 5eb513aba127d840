"""scripts/benchmark.py --markdown rewrites the table but keeps the hand-written History."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _benchmark_module():
    spec = importlib.util.spec_from_file_location("benchmark", Path(__file__).parents[2] / "scripts" / "benchmark.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_history_section_is_kept(tmp_path):
    mod = _benchmark_module()
    path = tmp_path / "BENCHMARKS.md"
    path.write_text("# Benchmarks\n\n| old table |\n\n## History\n\n* 2026-12-03: ratio 1.152\n", encoding="utf-8")
    kept = mod.kept_history(path)
    assert kept == "\n## History\n\n* 2026-12-03: ratio 1.152\n"
    assert "old table" not in kept


def test_no_history_or_no_file_keeps_nothing(tmp_path):
    mod = _benchmark_module()
    path = tmp_path / "BENCHMARKS.md"
    assert mod.kept_history(path) == ""
    path.write_text("# Benchmarks\n\n| table |\n", encoding="utf-8")
    assert mod.kept_history(path) == ""
