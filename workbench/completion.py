"""What the speaker prompt's → completes a typed value to: one rule for the TUI and the keystroke benchmark.

A completion always starts with what was typed (case aside) and is longer, so → only ever adds to it. Over
the candidates (the speakers and names the prompt offers), in order:

1. the first candidate that starts with the typed value ("Don" gives "Donald Trump"), as a plain list
   completion would;
2. after a list separator ("Chris Sununu and Je", "Pelosi, Sch"), the part after it completed by rules 1
   and 3: a claim quoting two people is recorded as "Chris Sununu and Jeanne Shaheen";
3. a candidate's later words ("Leg" gives "Legambiente" of "Anche Legambiente", "FN" gives "FNV" of
   "Vakbond FNV"): the names the article writes sometimes carry a word the speaker's name does not.

Only where none of them completes anything are the same rules tried over the fallbacks (every name-like
phrase of the article, junk among them), so more candidates, fallbacks or rules never change a completion
an earlier rule gives. A capital the analyst typed is kept ("M" completes "municipalité de Saint-Olivier"
as "Municipalité de Saint-Olivier"); a letter typed in lower case takes the candidate's case.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

# Where a list of speakers goes on to its next name: "A, B and C", "A und B", "A et B", "A y B", "A e B",
# "A en B", "A & B". (The look-behind keeps a long run of spaces from being tried at each of its spaces.)
_SEPARATOR = re.compile(r"(?:,|(?<!\s)\s+(?:and|und|et|y|e|en|&))\s+", re.IGNORECASE)
_WORD_START = re.compile(r"(?<=[\s(])\S")
# Longer than any speaker: a run of capitalised words hundreds of characters long is no name, and indexing
# every later word of it would cost memory by the square of its length.
MAX_CHARS = 200
_LATER_WORDS = 8  # later words of a candidate that rule 3 completes from


class Completer:
    """Candidates (and fallbacks) in their order of preference, sorted once so that a completion is a binary
    search."""

    def __init__(self, candidates: Iterable[str], fallbacks: Iterable[str] = ()) -> None:
        self.candidates = _kept(candidates)
        self._tiers = [_Tier(self.candidates), _Tier([f for f in _kept(fallbacks) if f not in self.candidates])]

    def complete(self, value: str) -> str | None:
        """The completion of ``value`` (which it starts with, case aside, and is longer than), or None."""
        if not value.strip() or len(value) > MAX_CHARS:
            return None
        for tier in self._tiers:
            completion = tier.complete(value)
            if completion is not None:
                return completion
        return None


def _kept(candidates: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(c for c in candidates if c.strip() and len(c) <= MAX_CHARS))


class _Tier:
    def __init__(self, candidates: list[str]) -> None:
        self._names = _PrefixIndex((c.casefold(), (rank, 0), c) for rank, c in enumerate(candidates))
        self._later_words = _PrefixIndex(
            (candidate[m.start() :].casefold(), (rank, m.start()), candidate[m.start() :])
            for rank, candidate in enumerate(candidates)
            for m in list(_WORD_START.finditer(candidate))[:_LATER_WORDS]
        )

    def complete(self, value: str) -> str | None:
        return (_extended(value, self._names.first(value)) or self._listed(value)
                or _extended(value, self._later_words.first(value)))

    def _listed(self, value: str) -> str | None:
        separators = list(_SEPARATOR.finditer(value))
        if not separators:
            return None
        head, last = value[: separators[-1].end()], value[separators[-1].end() :]
        if not last.strip():
            return None
        rest = _extended(last, self._names.first(last)) or _extended(last, self._later_words.first(last))
        return None if rest is None else head + rest


def _extended(typed: str, candidate: str | None) -> str | None:
    """``typed`` completed with the rest of ``candidate``, keeping the capitals typed; None unless the candidate
    goes on past it. Case-folding may change a length ("ß" is "ss"): the candidate's part that matches is
    found by its folded form, and what was typed stays as typed."""
    if candidate is None:
        return None
    folded = typed.casefold()
    matched = len(typed) if candidate[: len(typed)].casefold() == folded else next(  # (nearly always)
        (k for k in range(len(candidate) + 1) if candidate[:k].casefold() == folded), None)
    if matched is None or matched >= len(candidate):
        return None
    if matched == len(typed):  # a lower-case letter typed takes the candidate's case
        pairs = zip(typed, candidate[:matched], strict=True)
        typed = "".join(t if t.isupper() and not c.isupper() else c for t, c in pairs)
    return typed + candidate[matched:]


class _PrefixIndex:
    """Texts under a case-folded key, sorted: the best-ranked text whose key starts with a prefix (a binary
    search finds them; short prefixes then compare the ranks of all that start so)."""

    def __init__(self, entries: Iterable[tuple[str, tuple[int, int], str]]) -> None:
        ordered = sorted(entries)
        self.keys = [key for key, _, _ in ordered]
        self.entries = [(rank, text) for _, rank, text in ordered]

    def first(self, prefix: str) -> str | None:
        folded = prefix.casefold()
        low = bisect.bisect_left(self.keys, folded)
        high = bisect.bisect_left(self.keys, folded + "\U0010ffff")
        return min(self.entries[low:high])[1] if low < high else None
