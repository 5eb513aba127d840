"""Scoring many files in one process: several files per analysis call, each file's own result
or error, in input order (no Dutch pipeline needed: the scorer is a stand-in)."""

from __future__ import annotations

import json

from classifier.scoring import _score_in_groups


class StandIn:
    """Scores letters like the real scorer's shape; fails on any batch holding pair id "x1"."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def score_letters(self, letters):
        ids = [p.id for letter in letters for p in letter.pairs]
        self.batches.append(ids)
        if "x1" in ids:
            raise RuntimeError("boem")
        return [{"doc": letter.doc_id, "pairs": [{"id": p.id} for p in letter.pairs]} for letter in letters]


def table(path, pair_id):
    path.write_text(json.dumps({"id": pair_id, "question": "Hoeveel kost het?", "answer": "Het kost € 5."}) + "\n", encoding="utf-8")
    return path


def test_small_files_share_one_analysis_call(tmp_path):
    files = [table(tmp_path / f"t{k}.jsonl", f"a{k}") for k in range(4)]
    scorer = StandIn()
    out = _score_in_groups(scorer, files)
    assert scorer.batches == [["a0", "a1", "a2", "a3"]]
    assert [path for path, _res, _err in out] == [str(f) for f in files]
    assert [res[0]["pairs"][0]["id"] for _path, res, _err in out] == ["a0", "a1", "a2", "a3"]
    assert all(err is None for _path, _res, err in out)


def test_a_failing_file_is_named_and_the_others_keep_their_results(tmp_path):
    files = [table(tmp_path / f"t{k}.jsonl", f"x{k}") for k in range(3)]
    unreadable = tmp_path / "kapot.pdf"
    unreadable.write_bytes(b"dit is geen pdf")
    order = [files[0], unreadable, files[1], files[2]]
    progress: list[str] = []
    out = _score_in_groups(StandIn(), order, progress.append)
    assert [path for path, _res, _err in out] == [str(p) for p in order] == progress
    ok0, bad, failed, ok2 = out
    assert ok0[1][0]["pairs"][0]["id"] == "x0" and ok0[2] is None
    assert bad[1] is None and "kapot.pdf" in bad[2]
    assert failed[1] is None and "t1.jsonl" in failed[2] and "interne fout" in failed[2] and "RuntimeError" in failed[2]
    assert ok2[1][0]["pairs"][0]["id"] == "x2" and ok2[2] is None


class FakeLetter:
    def __init__(self, name: str, chars: int) -> None:
        self.doc_id = name
        self.pairs = [type("P", (), {"question": "v" * (chars // 2), "answer": "a" * (chars - chars // 2)})()]


def test_a_large_table_is_analysed_in_groups_of_whole_letters():
    from classifier.scoring import _letter_groups

    letters = [FakeLetter(f"l{k}", 40) for k in range(10)]
    groups = _letter_groups(letters, 100)
    assert [[x.doc_id for x in g] for g in groups] == [["l0", "l1", "l2"], ["l3", "l4", "l5"], ["l6", "l7", "l8"], ["l9"]]
    assert [x for g in groups for x in g] == letters  # nothing lost, order kept
    big = [FakeLetter("groot", 500), FakeLetter("klein", 10)]
    assert [[x.doc_id for x in g] for g in _letter_groups(big, 100)] == [["groot"], ["klein"]]  # a letter is never split
    assert _letter_groups([], 100) == []
