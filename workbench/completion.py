"""What the speaker prompt's → completes a typed value to: one rule for the TUI and the keystroke benchmark.

A completion always starts with what was typed (case aside), so → only ever adds to it. In order:

1. the first candidate that starts with the typed value ("Don" gives "Donald Trump"), as a plain list
   completion would;
2. after a list separator ("Chris Sununu and Je", "Pelosi, Sch"), the part after it completed by these
   same rules: a claim quoting two people is recorded as "Chris Sununu and Jeanne Shaheen";
3. a candidate's later words ("Leg" gives "Legambiente" of "Anche Legambiente", "FN" gives "FNV" of
   "Vakbond FNV"): the names the article writes sometimes carry a word the speaker's name does not.

The later rules apply only where the earlier ones find nothing, so more candidates or rules never change a
completion that the first rule gives. A capital the analyst typed is kept ("M" completes "municipalité de
Saint-Olivier" as "Municipalité de Saint-Olivier"); a letter typed in lower case takes the candidate's case.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

# Where a list of speakers goes on to its next name: "A, B and C", "A und B", "A et B", "A y B", "A e B",
# "A en B", "A & B".
_SEPARATOR = re.compile(r"(?:,|\s+(?:and|und|et|y|e|en|&))\s+", re.IGNORECASE)
_WORD_START = re.compile(r"(?<=[\s(])\S")


class Completer:
    """Candidates in their order of preference, indexed so that each completion costs a binary search."""

    def __init__(self, candidates: Iterable[str]) -> None:
        self.candidates = list(dict.fromkeys(c for c in candidates if c.strip()))
        self._names = _PrefixIndex((c.casefold(), (rank, 0), c) for rank, c in enumerate(self.candidates))
        self._later_words = _PrefixIndex(
            (candidate[m.start() :].casefold(), (rank, m.start()), candidate[m.start() :])
            for rank, candidate in enumerate(self.candidates)
            for m in _WORD_START.finditer(candidate)
        )

    def complete(self, value: str) -> str | None:
        """The completion of ``value`` (which it starts with, case aside), or None."""
        if not value.strip():
            return None
        completion = self._names.first(value) or self._listed(value) or self._later_words.first(value)
        return None if completion is None else _with_typed_capitals(value, completion)

    def _listed(self, value: str) -> str | None:
        separators = list(_SEPARATOR.finditer(value))
        if not separators:
            return None
        head, last = value[: separators[-1].end()], value[separators[-1].end() :]
        if not last.strip():
            return None
        rest = self._names.first(last) or self._later_words.first(last)
        return None if rest is None else head + rest


def _with_typed_capitals(typed: str, completion: str) -> str:
    start = "".join(t if t.isupper() and not c.isupper() else c for t, c in zip(typed, completion, strict=False))
    return start + completion[len(typed) :]


class _PrefixIndex:
    """Texts under a case-folded key, sorted for prefix search: the text of the best-ranked key that starts with
    a prefix."""

    def __init__(self, entries: Iterable[tuple[str, tuple[int, int], str]]) -> None:
        ordered = sorted(entries)
        self.keys = [key for key, _, _ in ordered]
        self.entries = [(rank, text) for _, rank, text in ordered]

    def first(self, prefix: str) -> str | None:
        folded = prefix.casefold()
        low = bisect.bisect_left(self.keys, folded)
        high = bisect.bisect_left(self.keys, folded + "\U0010ffff")
        return min(self.entries[low:high])[1] if low < high else None
