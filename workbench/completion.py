"""What the speaker prompt's → completes a typed value to: one rule for the TUI and the keystroke benchmark.

A completion always starts with what was typed (case aside) and is longer, so → only ever adds to it. Over
the candidates (the speakers and names the prompt offers), in order:

1. the first candidate that starts with the typed value ("Don" gives "Donald Trump"), as a plain list
   completion would;
2. after a list separator ("Chris Sununu and Je", "Pelosi, Sch"), the part after it completed by rules 1
   and 3: a claim quoting two people is recorded as "Chris Sununu and Jeanne Shaheen"; but not where the
   article writes what was typed and not what this would make of it: there the separator is a word of one
   name ("fédération de la Sarthe pour la pêche et la protection du milieu aquatique"), for rule 4;
3. a candidate's later words ("Leg" gives "Legambiente" of "Anche Legambiente", "FN" gives "FNV" of
   "Vakbond FNV"): the names the article writes sometimes carry a word the speaker's name does not.

Only where none of them completes anything are the same rules tried over the fallbacks (every name-like
phrase of the article, junk among them), and only where those give nothing either does the last rule go on
with the article's own words:

4. where the article writes what was typed (at the start of a word), the rest of that word, else the next
   word after it ("fédération de la Sarthe" gives "fédération de la Sarthe pour", and each → one word more),
   never across punctuation; where the article goes on in several ways, the commonest, the first on a tie. A
   body the article names in a long phrase ("fédération de la Sarthe pour la pêche et la protection du
   milieu aquatique") then costs a key a word instead of a key a letter.

So more candidates, fallbacks or rules never change a completion an earlier rule gives. A capital the analyst
typed is kept ("M" completes "municipalité de Saint-Olivier" as "Municipalité de Saint-Olivier"); a letter typed
in lower case takes the candidate's case.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import islice

from workbench.textclean import ABBREVIATIONS, lower_in_place

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

    def __init__(self, candidates: Iterable[str], fallbacks: Iterable[str] = (), texts: Iterable[str] = ()) -> None:
        self.candidates = _kept(candidates)
        self._tiers = [_Tier(self.candidates), _Tier([f for f in _kept(fallbacks) if f not in self.candidates])]
        self._words = _ArticleWords(texts)

    def complete(self, value: str) -> str | None:
        """The completion of ``value`` (which it starts with, case aside, and is longer than), or None."""
        if not value.strip() or len(value) > MAX_CHARS:
            return None
        # Rule 2 gives way where the article writes a list's separator inside one phrase: asked once, not per
        # tier (it searches the whole text), and only of a value with a separator in it
        in_phrase = _SEPARATOR.search(value) is not None and self._words.writes_as_typed(value)
        for tier in self._tiers:
            completion = tier.complete(value, self._words, in_phrase)
            if completion is not None:
                return completion
        return self._words.complete(value)


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

    def complete(self, value: str, words: _ArticleWords, in_phrase: bool) -> str | None:
        return (_extended(value, self._names.first(value)) or self._listed(value, words, in_phrase)
                or _extended(value, self._later_words.first(value)))

    def _listed(self, value: str, words: _ArticleWords, in_phrase: bool) -> str | None:
        """Rule 2; ``in_phrase``: the article writes ``value`` as typed."""
        separators = list(_SEPARATOR.finditer(value))
        if not separators:
            return None
        head, last = value[: separators[-1].end()], value[separators[-1].end() :]
        if not last.strip():
            return None
        rest = _extended(last, self._names.first(last)) or _extended(last, self._later_words.first(last))
        if rest is None or (in_phrase and not words.writes(head + rest)):
            return None
        return head + rest


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
    if matched == len(typed):  # a lower-case letter typed takes the candidate's case, where it is the same letter
        pairs = zip(typed, candidate[:matched], strict=True)  # (not "s" and "ß", which fold to "s" and "ss")
        typed = "".join(t if (t.isupper() and not c.isupper()) or t.casefold() != c.casefold() else c
                        for t, c in pairs)
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


# What ends the words rule 4 adds: a word is a run of characters without white space, less the punctuation
# that closes a clause or a quotation after it ("aquatique," is "aquatique"), and a full stop unless the word
# is an abbreviation ("Sarthe." is "Sarthe", "St.", "Gen." and "U.S." stay).
_CLOSING = ",;:!?)]}\"”»“«„’"
_WORD = re.compile(rf"[^\W_]\S{{0,{MAX_CHARS - 1}}}")
_CONTINUATIONS = 100  # occurrences of what was typed weighed: enough to find the commonest way on


class _ArticleWords:
    """Rule 4: the article's own words after what was typed, found in the lower-cased text (the same length as
    the text, so an offset in one is an offset in the other)."""

    def __init__(self, texts: Iterable[str]) -> None:
        text = "\n".join(texts)
        self.text = text
        self.plain = text.replace("’", "'")
        self.low = lower_in_place(text)[0]

    def complete(self, value: str) -> str | None:
        found = self._found(value)
        if found is None:
            return None
        low, text = self.low, self.text
        ways: dict[str, int] = {}
        first: dict[str, int] = {}
        for match in islice(found.finditer(low), _CONTINUATIONS):
            way = _next_word(text, match.end())
            if way:
                ways[way] = ways.get(way, 0) + 1
                first.setdefault(way, match.start())
        if not ways:
            return None
        best = max(ways, key=lambda way: (ways[way], -first[way]))
        start = first[best]
        written = text[start : start + len(value)]  # as the article writes it, but with the apostrophes typed
        written = "".join(v if c in "'’" else c for c, v in zip(written, value, strict=True))
        return _extended(value, written + best)

    def writes(self, value: str) -> bool:
        """Whether the article writes ``value`` (case and apostrophes aside), starting at a word."""
        found = self._found(value)
        return found is not None and found.search(self.low) is not None

    def writes_as_typed(self, value: str) -> bool:
        """Whether the article writes ``value`` with its capitals as typed (apostrophes aside), starting at a word:
        "fédération de la Sarthe pour la pêche et la", not "Joe Biden and T" for "Joe Biden and the"."""
        typed = value.replace("’", "'")
        return bool(typed.strip()) and re.search(r"(?<!\w)" + re.escape(typed), self.plain) is not None

    @staticmethod
    def _found(value: str) -> re.Pattern[str] | None:
        """``value`` as the lower-cased text holds it, at the start of a word only ("ARS" is not in "PARSE"):
        found by the regular expression engine, a letter inside thousands of words of a long article costs
        no Python loop over them. None for what cannot be looked for."""
        typed = value.lower().replace("’", "'")
        if not typed.strip() or len(typed) != len(value) or "\n" in typed:
            return None
        return re.compile(r"(?<!\w)" + re.escape(typed))


def _next_word(text: str, end: int) -> str:
    """What rule 4 adds after ``text[:end]``: the rest of the word it stops in, else a space and the next word;
    nothing at punctuation, a line's end or the text's end."""
    if end >= len(text):
        return ""
    if text[end] == " ":
        if end + 1 >= len(text) or text[end + 1].isspace():
            return ""
        word = _word_at(text, end + 1)
        return " " + word if word else ""
    if text[end].isspace():
        return ""
    return _word_at(text, end)  # what was typed stops inside a word, or after a space: the word's rest


def _word_at(text: str, start: int) -> str:
    """The word starting at ``start`` (up to MAX_CHARS of it), without the punctuation that closes a clause after
    it; nothing where it starts with no letter or digit (a dash, a bracket or a quotation mark opens an aside)."""
    word = _WORD.match(text, start)
    if word is None:
        return ""
    stripped = word.group().rstrip(_CLOSING)
    if stripped.endswith(".") and not _abbreviation(stripped[:-1]):
        stripped = stripped.rstrip(".").rstrip(_CLOSING)
    return stripped


def _abbreviation(core: str) -> bool:
    """A word whose full stop is part of it: "U.S", an initial ("A"), a title or a firm's ending ("St", "Gen",
    "Inc"); not "Sarthe", "WHO" or "Li" ending a sentence."""
    return "." in core or len(core) == 1 or core.casefold() in ABBREVIATIONS
