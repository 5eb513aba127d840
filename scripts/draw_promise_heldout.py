"""Draw the fresh held-out answer sentences for promise extraction (reproducible).

The sentences of ``tests/fixtures/promise_sentences_fresh.jsonl`` were drawn with this script
and then labelled by reading (corpus/CODEBOOK.md, appendix "Toezeggingen"), before any change
to the extractor and without running it on them. The draw:

* answers from four sources of ../shared/corpus: the Tweede Kamer answer letters
  (``letters/tweede-kamer``, segmented by the project's segmenter), the Rekenkamer letters
  (``letters/rekenkamer``, idem), Belgian written answers (``pairs/be-written.jsonl``) and
  Belgian oral answers (``pairs/be-oral.jsonl``, Dutch records only);
* split into sentences by the project's sentence rules (tokenizer and
  ``ontwijkmeter_sentences`` only: no tagger, no parser, no extractor);
* kept when 6 to 80 words long, not a page header or footnote line, not French, and not
  already in ``tests/fixtures/promise_sentences.jsonl``;
* per source 25 sentences from those with a future or time cue (``CUE`` below, a broad
  pattern written for this draw, independent of the extractor's cue lists) and 12 or 13 at
  random from all kept sentences, at most two sentences per document, with
  ``random.Random(SEED)`` over a sorted candidate list;
* then a supplement of 15 more per source from the sentences not yet drawn that have a strong
  future cue (``STRONG``: future auxiliaries, plans, expectations, informing), because the
  main draw holds few promises; reported apart from the main draw.

``--dev-batch K`` draws, the same way but with seed ``SEED + K`` and excluding the fresh set
and the earlier development batches too, 25 strong-cue sentences per source for
``tests/fixtures/promise_sentences_dev.jsonl`` (numbered from ``K * 1000 + 1``): development
batches, labelled by reading before the extractor was run on them, to develop on without
touching the held-out sets. Batch 1 was drawn after the first rewrite, batch 2 after the
table tests, batch 3 after the third round; batch 4 after the second round's last rule
change, as its final check; batch 5 before the third round's rule changes, labelled by a
reader who did not change the rules and kept from the one who did, as that round's final check;
batch 6, likewise, 50 per source, as the fourth round's final check; batch 7, likewise, 50 per
source, as the fifth round's; batch 8, likewise, as the sixth round's (and the seventh's,
which adapted the rules to the retrained Dutch pipeline); batch 9, likewise, as the eighth
round's; batch 10, likewise, as the ninth round's (deadlines); batch 11, likewise, as the tenth
round's; batch 12, likewise but 75 per source, after the tenth round with no round following,
as a larger second check of the round-10 rules; batch 13, likewise, after batch 12's errors were
read (no rule changed), as a third; batch 14, likewise, before the eleventh round (written from
the errors of batches 11 to 13), as its final check; batch 15, likewise, after round 11, kept
unread in ``promise_sentences_unread.jsonl`` as the final check of the next change, and moved to
the development fixture when it served as that: the final check of a learned decision for pair
tables (stop 24, not kept; see ``compare_promise_learning.py``), and an unseen check of the
round-11 rules. Batch 16, likewise, after that, kept unread in
``promise_sentences_unread.jsonl`` until the round-12 rules were committed, then moved to the
development fixture as their final check. Batch 17, likewise, after that, kept unread in
``promise_sentences_unread.jsonl`` until the time expressions 1.11 were committed (2026-12-08),
then moved to the development fixture as their final check. Batch 18, likewise, after that,
kept unread in ``promise_sentences_unread.jsonl`` as the final check of the next change. By batch 11 the strong-cue
sentences of the Tweede Kamer letters were all drawn (and all but four of the Rekenkamer's), so
from batch 11 on a source's batch is filled up from its
sentences with a broad cue (``CUE``) that were not drawn before: these hold fewer promises, as
answers do, so the batch also tests the rules' precision on the letters staff read.

Usage::

    python scripts/draw_promise_heldout.py [--corpus ../shared/corpus] [-o draw.jsonl]
    python scripts/draw_promise_heldout.py --check   # the fixture holds exactly this draw
    python scripts/draw_promise_heldout.py --dev-batch 1 [--check]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests/fixtures/promise_sentences.jsonl"
FRESH = ROOT / "tests/fixtures/promise_sentences_fresh.jsonl"
DEV = ROOT / "tests/fixtures/promise_sentences_dev.jsonl"
# a batch labelled blind and kept unread until the change it is meant to check (no script scores it)
UNREAD = ROOT / "tests/fixtures/promise_sentences_unread.jsonl"
SEED = 20261201
FIRST_N = 261
DEV_PER_SOURCE = 25
# final checks of rounds 4-6 and 8-10 twice the size; batches 12 and 13 (later checks of round 10), 14 (round 11's) and 15, three times
DEV_PER_SOURCE_BY_BATCH = {6: 50, 7: 50, 8: 50, 9: 50, 10: 50, 11: 50, 12: 75, 13: 75, 14: 75, 15: 75, 16: 75, 17: 75, 18: 75}
FIRST_CUE_FILL_BATCH = 11  # from here a source whose strong-cue pool runs out is filled from the broad-cue pool
PER_SOURCE = {"tk-letter": (25, 13), "rekenkamer": (25, 13), "be-written": (25, 12), "be-oral": (25, 12)}
MAX_PER_DOC = 2
STRONG_PER_SOURCE = 15

MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
CUE = re.compile(
    r"\b(?:zal|zullen|zult|gaan|gaat|ga|verwacht|voorzien|gepland|planning|binnenkort|korte\s+termijn|"
    r"komende|volgende|voornemens|streven|streef|bedoeling|toekomst|later|straks|voortaan|zodra|"
    r"eind|begin|medio|voorjaar|najaar|zomer|zomerreces|winter|lente|herfst|kwartaal|semester|"
    rf"{MONTHS}|20\d\d|weken|maanden|informeren|informeer|toesturen|sturen|bezorgen|toezeggen)\b",
    re.I,
)
STRONG = re.compile(
    r"\b(?:zal|zullen|zult|ga|gaat|gaan|wil|willen|voornemens|voorzien|gepland|verwacht|verwachten|"
    r"binnenkort|informeer|informeren|bezorgen|toesturen)\b",
    re.I,
)
FRENCH = re.compile(r"\b(?:le|la|les|est|et|des|une|pour|qui|dans|nous|vous)\b", re.I)
NOISE = re.compile(r"ISSN|Aanhangsel\s+\d|vergaderjaar\s+\d{4}|^\W*(?:Vraag|Antwoord)\s+\d|https?://|www\.", re.I)


def _records(path: Path) -> list[dict]:
    """The records of a sentence fixture (its first line is a provenance header); none if absent."""
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()[1:] if x.strip()]


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _answers(corpus: Path):
    """(source, doc_id, letter_date, answer text) for every answer, in a fixed order."""
    from classifier.errors import SegmentationError
    from classifier.letters import load_letters

    for source, folder in (("tk-letter", "letters/tweede-kamer"), ("rekenkamer", "letters/rekenkamer")):
        for path in sorted((corpus / folder).glob("*.txt")):
            try:
                letters = load_letters(path)
            except SegmentationError:
                continue  # a letter the segmenter cannot split is skipped, as in the CLI
            for letter in letters:
                for pair in letter.pairs:
                    if pair.answer and not pair.pure_reference:
                        yield source, letter.doc_id, letter.meta.date, pair.answer
    for source, name in (("be-written", "be-written.jsonl"), ("be-oral", "be-oral.jsonl")):
        for line in (corpus / "pairs" / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("lang", "nl") == "nl" and (r.get("answer") or "").strip():
                yield source, r["doc_id"], r.get("date"), r["answer"]


def candidates(corpus: Path, exclude: tuple[Path, ...] = (FIXTURE,)) -> dict[str, list[dict]]:
    from classifier import nlp as nlp_mod

    nlp, _ = nlp_mod.load()
    known = {_norm(r["sentence"]) for f in exclude for r in _records(f)}
    seen: set[str] = set()
    out: dict[str, list[dict]] = defaultdict(list)
    records = list(_answers(corpus))
    with nlp.select_pipes(enable=["ontwijkmeter_sentences"]):
        for (source, doc_id, date, _text), doc in zip(records, nlp.pipe(r[3] for r in records), strict=True):
            for sent in doc.sents:
                text = " ".join(sent.text.split())
                words = text.split()
                key = _norm(text)
                if not 6 <= len(words) <= 80 or key in known or key in seen or NOISE.search(text):
                    continue
                if len(FRENCH.findall(text)) >= 3 or not re.search(r"[a-z]{3}", text):
                    continue
                seen.add(key)
                out[source].append(
                    {"source": source, "doc_id": doc_id, "letter_date": date, "sentence": text, "cue": bool(CUE.search(text))}
                )
    return out


def _take(pool: list[dict], order: list[int], k: int, taken: set[int], per_doc: dict[str, int], how: str) -> list[dict]:
    """The first ``k`` sentences of ``pool`` in ``order`` not yet taken, at most MAX_PER_DOC per document."""
    out: list[dict] = []
    for i in order:
        if len(out) == k:
            break
        r = pool[i]
        if i in taken or per_doc[r["doc_id"]] >= MAX_PER_DOC:
            continue
        taken.add(i)
        per_doc[r["doc_id"]] += 1
        out.append({**r, "drawn": how})
    return out


def draw(corpus: Path) -> list[dict]:
    pools = candidates(corpus)
    rng = random.Random(SEED)
    rows: list[dict] = []
    state: dict[str, tuple[list[dict], set[int], dict[str, int]]] = {}
    for source, (n_cue, n_random) in PER_SOURCE.items():
        pool = sorted(pools[source], key=lambda r: (r["doc_id"], r["sentence"]))
        taken: set[int] = set()
        per_doc: dict[str, int] = defaultdict(int)
        cue_idx = [i for i, r in enumerate(pool) if r["cue"]]
        rng.shuffle(cue_idx)
        rows += _take(pool, cue_idx, n_cue, taken, per_doc, "cue")
        all_idx = list(range(len(pool)))
        rng.shuffle(all_idx)
        rows += _take(pool, all_idx, n_random, taken, per_doc, "random")
        state[source] = (pool, taken, per_doc)
    for pool, taken, per_doc in state.values():
        strong_idx = [i for i, r in enumerate(pool) if i not in taken and STRONG.search(r["sentence"])]
        rng.shuffle(strong_idx)
        rows += _take(pool, strong_idx, STRONG_PER_SOURCE, taken, per_doc, "strong-cue")
    for n, r in enumerate(rows, start=FIRST_N):
        r["n"] = n
    return rows


def draw_dev(corpus: Path, batch: int) -> list[dict]:
    earlier = [r for p in (DEV, UNREAD) for r in _records(p)]
    pools = candidates(corpus, (FIXTURE, FRESH))
    skip = {_norm(r["sentence"]) for r in earlier if r["n"] < batch * 1000}
    rng = random.Random(SEED + batch)
    rows: list[dict] = []
    for source in PER_SOURCE:
        pool = sorted((r for r in pools[source] if _norm(r["sentence"]) not in skip), key=lambda r: (r["doc_id"], r["sentence"]))
        strong_idx = [i for i, r in enumerate(pool) if STRONG.search(r["sentence"])]
        rng.shuffle(strong_idx)
        want = DEV_PER_SOURCE_BY_BATCH.get(batch, DEV_PER_SOURCE)
        taken: set[int] = set()
        per_doc: dict[str, int] = defaultdict(int)
        got = _take(pool, strong_idx, want, taken, per_doc, "dev-strong-cue")
        if batch >= FIRST_CUE_FILL_BATCH and len(got) < want:
            cue_idx = [i for i, r in enumerate(pool) if r["cue"] and i not in taken]
            rng.shuffle(cue_idx)
            got += _take(pool, cue_idx, want - len(got), taken, per_doc, "dev-cue")
        rows += got
    for n, r in enumerate(rows, start=batch * 1000 + 1):
        r["n"] = n
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus")
    ap.add_argument("-o", "--output", type=Path, help="write the unlabelled draw here (JSONL)")
    ap.add_argument("--check", action="store_true", help="verify that the fixture holds exactly this draw")
    ap.add_argument("--dev-batch", type=int, metavar="K", help="development batch K instead of the fresh set")
    args = ap.parse_args()
    if not (args.corpus / "pairs").is_dir():
        sys.exit(f"corpus not found at {args.corpus}")
    rows = draw_dev(args.corpus, args.dev_batch) if args.dev_batch else draw(args.corpus)
    if args.check:
        target = DEV if args.dev_batch else FRESH
        fixture = _records(target)
        if args.dev_batch:
            fixture = [r for r in fixture if args.dev_batch * 1000 < r["n"] < (args.dev_batch + 1) * 1000]
            if not fixture:
                fixture = [r for r in _records(UNREAD) if args.dev_batch * 1000 < r["n"] < (args.dev_batch + 1) * 1000]
        got = [(r["n"], r["doc_id"], r["sentence"]) for r in fixture]
        want = [(r["n"], r["doc_id"], r["sentence"]) for r in rows]
        print("fixture matches the draw" if got == want else "fixture differs from the draw")
        sys.exit(0 if got == want else 1)
    lines = [json.dumps({k: r[k] for k in ("n", "source", "doc_id", "letter_date", "sentence", "drawn")}, ensure_ascii=False) for r in rows]
    if args.output:
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
