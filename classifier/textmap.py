"""Text with a map back to the characters of the source it was derived from.

Cleaning deletes page footers, footnotes and hyphenation; evidence found in the cleaned
text must still be shown in the text as the reader extracted it. A :class:`MappedText`
carries, for every character, its index in that source text. Edits are applied in
batches, so a whole cleaning pass costs one concatenation, not one copy per edit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

Edit = tuple[int, int, str]  # replace text[start:end] with the string


@dataclass(frozen=True)
class MappedText:
    """``text`` plus ``index[i]`` = position in the source of ``text[i]``.

    ``index`` has one extra element at the end (the source length or the position after
    the last mapped character) so that half-open spans map cleanly.
    """

    text: str
    index: np.ndarray

    @classmethod
    def identity(cls, text: str) -> MappedText:
        return cls(text, np.arange(len(text) + 1, dtype=np.int64))

    def __len__(self) -> int:
        return len(self.text)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open span ``[start, end)`` of this text to the source."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if end == start:
            pos = int(self.index[start])
            return pos, pos
        return int(self.index[start]), int(self.index[end - 1]) + 1

    def slice(self, start: int, end: int) -> MappedText:
        """The sub-text ``[start, end)``, still mapped to the original source."""
        idx = np.concatenate([self.index[start:end], [self.index[end - 1] + 1 if end > start else self.index[start]]])
        return MappedText(self.text[start:end], idx)

    def apply(self, edits: Iterable[Edit]) -> MappedText:
        """Apply non-overlapping edits; replacement characters map to the edit's start.

        Edits may come in any order; overlapping ones are a programming error.
        """
        ordered = sorted(edits, key=lambda e: (e[0], e[1]))
        if not ordered:
            return self
        text_parts: list[str] = []
        index_parts: list[np.ndarray] = []
        pos = 0
        for start, end, repl in ordered:
            if start < pos:
                raise ValueError(f"overlapping edits at {start} (previous edit ended at {pos})")
            text_parts.append(self.text[pos:start])
            index_parts.append(self.index[pos:start])
            if repl:
                text_parts.append(repl)
                anchor = self.index[start] if start < len(self.text) else self.index[-1]
                index_parts.append(np.full(len(repl), anchor, dtype=np.int64))
            pos = end
        text_parts.append(self.text[pos:])
        index_parts.append(self.index[pos:])  # includes the sentinel
        return MappedText("".join(text_parts), np.concatenate(index_parts))

    def sub(self, pattern: re.Pattern[str], repl: str | None = None, *, group: int = 0) -> MappedText:
        """Like ``pattern.sub`` on the text, keeping the map.

        With ``group`` > 0 only that group of each match is replaced (or deleted).
        ``repl`` may use ``\\1``-style references to the match's groups.
        """
        edits: list[Edit] = []
        for m in pattern.finditer(self.text):
            start, end = m.span(group)
            if start < 0:
                continue
            replacement = m.expand(repl) if repl else ""
            if start == end and not replacement:
                continue
            edits.append((start, end, replacement))
        return self.apply(edits)
