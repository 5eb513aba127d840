"""Speed and memory of Ontwijkmeter, measured in one run (results go to BENCHMARKS.md).

On the shared corpus (all letters of letters/tweede-kamer and letters/rekenkamer, and a fixed
sample of 1,000 pairs from pairs/*.jsonl written as 10 pair tables of 100):

* end to end: pairs/s and tokens/s of ``score_many``, what ``ontwijkmeter score`` runs in
  one process (read, segment, Dutch pipeline, detectors, scoring model, promises);
* the bare spaCy pipeline on the same texts (``nlp.pipe``, same batch size, the UD pipeline
  without Ontwijkmeter's components), with 1 and 2 processes, and the ratio ours / bare;
  each of these runs in a fresh process (``--measure``), alternating round by round;
* scaling: ``ontwijkmeter score --jobs 1`` vs ``--jobs 2`` on all inputs (wall time);
* cold start: ``ontwijkmeter score <seed> --format jsonl`` as a fresh process;
* peak resident memory of the one-worker batch run, and of one large pair table (500 and
  2,000 rows from the same sample, one letter per row) scored in one process: memory should not
  grow with the length of a table.

Every timing is repeated (``--repeat``, default 3) and the median reported.

Usage::

    python scripts/benchmark.py [--corpus ../shared/corpus] [--repeat 3] [--markdown BENCHMARKS.md]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_LETTER = ROOT / "examples" / "lijst-vragen-antwoorden-verantwoordingsonderzoek-2025.txt"
SAMPLE_SEED = 1000
LARGE_TABLE = 2000  # rows of the largest single table measured for memory


def sample_pairs(corpus: Path, n: int = 1000) -> list[dict]:
    recs = []
    for name in ("be-written.jsonl", "be-oral.jsonl", "rekenkamer.jsonl"):
        for line in (corpus / "pairs" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if (r.get("answer") or "").strip() and r.get("lang", "nl") == "nl":
                    recs.append(
                        {
                            "id": f"{r['doc_id']}#{r.get('question_no')}",
                            "doc": r["doc_id"],
                            "question": r["question"],
                            "answer": r["answer"],
                        }
                    )
    rng = random.Random(SAMPLE_SEED)
    return rng.sample(recs, n)


def run_cli(args: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (kB) of one ``ontwijkmeter`` process and the workers it waited for.

    ``os.wait4`` gives the resource usage of exactly this child, so the worker processes of
    an earlier ``nlp.pipe(n_process=2)`` in this script do not count.
    """
    with tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "classifier", *args], stdout=subprocess.DEVNULL, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            err.seek(0)
            raise SystemExit(f"command failed ({proc.returncode}): {' '.join(args)}\n{err.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss


def measure(kind: str, inputs_file: Path) -> dict:
    """One timed run in this (fresh) process: ``bare``, ``bare2`` or ``ours``.

    Loading the models and reading the inputs are not timed; ``ours`` is everything from the
    letter files to the scored results (read, segment, Dutch pipeline, detectors, model,
    promises), ``bare`` only ``nlp.pipe`` over the distinct question and answer texts.
    """
    from classifier.errors import OntwijkmeterError
    from classifier.letters import load_letters
    from classifier.scoring import Scorer, score_many

    inputs = [Path(x) for x in inputs_file.read_text(encoding="utf-8").splitlines() if x]
    scorer = Scorer.load()
    if kind == "ours":
        # what ``ontwijkmeter score`` does with these inputs in one process (letters without
        # questions are part of the corpus and come back as errors)
        t = time.perf_counter()
        outcome = score_many(inputs, scorer=scorer)
        n_pairs = sum(len(r["pairs"]) for _path, res, _err in outcome for r in res or [])
        return {"seconds": time.perf_counter() - t, "pairs": n_pairs}
    texts: list[str] = []
    seen: set[str] = set()
    for p in inputs:
        try:
            letters = load_letters(p)
        except OntwijkmeterError:
            continue
        for letter in letters:
            for pair in letter.pairs:
                for text in (pair.question, pair.answer):
                    if text not in seen:
                        seen.add(text)
                        texts.append(text)
    bare = scorer.nlp
    with bare.select_pipes(disable=[n for n in bare.pipe_names if n.startswith("ontwijkmeter")]):
        t = time.perf_counter()
        n_tokens = sum(len(d) for d in bare.pipe(texts, batch_size=scorer.batch_size, n_process=2 if kind == "bare2" else 1))
        return {"seconds": time.perf_counter() - t, "tokens": n_tokens, "texts": len(texts)}


def run_measure(kind: str, inputs_file: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--measure", kind, "--inputs", str(inputs_file)], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise SystemExit(f"measurement {kind} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--markdown",
        type=Path,
        default=None,
        help='write the results as a Markdown section to this file (its "## History" section is kept)',
    )
    ap.add_argument("--measure", choices=("bare", "bare2", "ours"), help=argparse.SUPPRESS)
    ap.add_argument("--inputs", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.inputs)))
        return

    from classifier.corpus import default_corpus_root

    corpus = args.corpus or default_corpus_root()
    work = Path(tempfile.mkdtemp(prefix="ontwijkmeter-bench-"))
    letters = sorted((corpus / "letters" / "tweede-kamer").glob("*.txt")) + sorted((corpus / "letters" / "rekenkamer").glob("*.txt"))
    pairs = sample_pairs(corpus)
    tables = []
    for k in range(10):
        path = work / f"paren-{k:02d}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pairs[100 * k : 100 * (k + 1)]), encoding="utf-8")
        tables.append(path)
    inputs = letters + tables
    inputs_file = work / "inputs.txt"
    inputs_file.write_text("\n".join(map(str, inputs)), encoding="utf-8")

    # Each timed run is a fresh process and the kinds alternate round by round, so that a
    # slower or faster phase of a shared machine weighs on both sides of the ratio alike.
    runs: dict[str, list[dict]] = {"bare": [], "ours": [], "bare2": []}
    for r in range(args.repeat):
        for kind in ("bare", "ours", "bare2"):
            runs[kind].append(run_measure(kind, inputs_file))
            print(f"round {r + 1}: {kind} {runs[kind][-1]['seconds']:.1f} s", file=sys.stderr, flush=True)
    t_bare = statistics.median(x["seconds"] for x in runs["bare"])
    t_bare2 = statistics.median(x["seconds"] for x in runs["bare2"])
    t_ours = statistics.median(x["seconds"] for x in runs["ours"])
    n_tokens = runs["bare"][0]["tokens"]
    n_pairs = runs["ours"][0]["pairs"]
    round_ratios = [round(o["seconds"] / b["seconds"], 3) for o, b in zip(runs["ours"], runs["bare"], strict=True)]

    jobs_times = {}
    peak_kb = 0
    for jobs in (1, 2):
        walls = []
        for _ in range(args.repeat):
            wall, peak = run_cli(
                ["score", *map(str, inputs), "--format", "jsonl", "-o", str(work / "out.jsonl"), "--no-progress", "--jobs", str(jobs)]
            )
            walls.append(wall)
            if jobs == 1:
                peak_kb = max(peak_kb, peak)
        jobs_times[jobs] = statistics.median(walls)
    table_peaks = {}
    large = sample_pairs(corpus, LARGE_TABLE)
    for n in (500, LARGE_TABLE):
        big = work / f"tabel-{n}.jsonl"
        big.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in large[:n]), encoding="utf-8")
        _wall, table_peaks[n] = run_cli(["score", str(big), "--format", "jsonl", "-o", str(work / "tabel.jsonl"), "--no-progress"])
    colds = [run_cli(["score", str(SEED_LETTER), "--format", "jsonl", "-o", str(work / "seed.jsonl")])[0] for _ in range(args.repeat)]
    cold = statistics.median(colds)

    res = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "inputs": f"{len(letters)} letter files + {len(tables)} tables of 100 pairs",
        "pairs": n_pairs,
        "tokens": n_tokens,
        "bare_seconds": round(t_bare, 2),
        "ours_seconds": round(t_ours, 2),
        "ratio": round(t_ours / t_bare, 3),
        "round_ratios": round_ratios,
        "pairs_per_s": round(n_pairs / t_ours, 1),
        "tokens_per_s": round(n_tokens / t_ours),
        "bare_tokens_per_s": round(n_tokens / t_bare),
        "bare2_seconds": round(t_bare2, 2),
        "bare2_tokens_per_s": round(n_tokens / t_bare2),
        "jobs1_seconds": round(jobs_times[1], 2),
        "jobs2_seconds": round(jobs_times[2], 2),
        "speedup_2_jobs": round(jobs_times[1] / jobs_times[2], 3),
        "cold_start_seconds": round(cold, 2),
        "peak_rss_mb_1_worker": round(peak_kb / 1024, 1),
        "peak_rss_mb_table": {str(n): round(kb / 1024, 1) for n, kb in table_peaks.items()},
        "repeat": args.repeat,
    }
    print(json.dumps(res, indent=2))
    if args.markdown:
        args.markdown.write_text(render_markdown(res) + kept_history(args.markdown), encoding="utf-8")


def kept_history(path: Path) -> str:
    """The file's hand-written "## History" section (earlier runs), kept when the table is rewritten."""
    if not path.is_file():
        return ""
    text = path.read_text(encoding="utf-8")
    at = text.find("\n## History")
    return "\n" + text[at:].lstrip("\n") if at >= 0 else ""


def render_markdown(r: dict) -> str:
    return f"""# Benchmarks

Measured by `python scripts/benchmark.py --repeat {r["repeat"]} --markdown BENCHMARKS.md` (medians of {r["repeat"]} runs) on
{r["machine"]}. Inputs: {r["inputs"]} from ../shared/corpus ({r["pairs"]} question/answer pairs,
{r["tokens"]:,} tokens after segmentation).

| measure | value | target |
|---|---|---|
| end to end, one process | {r["ours_seconds"]} s: {r["pairs_per_s"]} pairs/s, {r["tokens_per_s"]:,} tokens/s | |
| bare spaCy pipeline (`nlp.pipe`, same texts and batch size), 1 process | {r["bare_seconds"]} s: {r["bare_tokens_per_s"]:,} tokens/s | ≥ 10,000 tokens/s (issue 3) |
| bare spaCy pipeline, `n_process=2` | {r["bare2_seconds"]} s: {r["bare2_tokens_per_s"]:,} tokens/s | |
| ratio ours / bare (per round: {", ".join(map(str, r["round_ratios"]))}) | {r["ratio"]} | ≤ 1.3 |
| `score --jobs 1`, all inputs, wall time | {r["jobs1_seconds"]} s | |
| `score --jobs 2`, all inputs, wall time | {r["jobs2_seconds"]} s | |
| speed-up with 2 workers | {r["speedup_2_jobs"]} × | ≥ 1.6 × |
| cold start: `ontwijkmeter score` on the seed letter | {r["cold_start_seconds"]} s | ≤ 3 s |
| peak resident memory, one worker | {r["peak_rss_mb_1_worker"]} MB | ≤ 600 MB |
| peak resident memory, one pair table of {" / ".join(f"{int(n):,}" for n in r["peak_rss_mb_table"])} rows | {" / ".join(f"{v} MB" for v in r["peak_rss_mb_table"].values())} | not growing with the table |

How it is measured:

* "end to end" and "bare" are each timed in a fresh process, alternating round by round
  (bare, ours, bare with 2 processes), after the models are loaded. "Bare" is the Dutch
  pipeline alone over the distinct question and answer texts of the segmented inputs;
  "ours" is everything from the files to the scored results: reading, cleaning,
  segmentation, the Dutch pipeline with Ontwijkmeter's sentence and figure components, the
  detectors and their learned layer, the scoring model and promise extraction. Ours runs
  questions without the dependency parser (no detector reads their tree; the output is
  byte-identical to parsing them), the bare run parses everything.
* `score --jobs N` is the command as a user runs it, start-up included, output to a JSONL
  file; peak memory is that process's (and its workers') maximum resident set, from `wait4`.
* The pair tables for memory are the first 500 and 2,000 rows of a seeded sample of 2,000
  pairs drawn like the 1,000 above, each row its own letter, scored once each.
* Cold start: a fresh `ontwijkmeter score` process on the 37-question seed letter. Importing
  spaCy and scikit-learn and loading the Dutch pipeline take most of it (see the closing
  note of issue 8 for the breakdown).
"""


if __name__ == "__main__":
    main()
