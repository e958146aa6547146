"""Quotation marks: which stretches of a paragraph are quoted, in every common style.

Shared by the suggester (quotations and their speakers) and the annotation session (a quotation's type read
from its marks when no suggester runs), so it holds nothing but the marks' rules and imports almost nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from workbench.model import Paragraph
from workbench.segment import german_guillemets

_HAS_LETTER = re.compile(r"[^\W\d_]")
_MARKS = re.compile("[\"'“”„«»「」『』‹›‘’‚]")
# Opening mark -> the marks that close it.
_CLOSERS: dict[str, str] = {
    "“": "”“\"", '"': '"”', "„": "“”", "«": "»", "「": "」", "『": "』", "‹": "›", "‘": "’", "'": "'’", "‚": "‘’",
}
_OWN_CLOSER = {"“": "”", '"': '"'}  # the marks _mismatched pairs with another kind
_SINGLE = ("'", "‘", "‚")
_OPEN_AFTER = frozenset(" \t\n([{—–-/\"“„«")
_OPENERS = re.compile("[" + re.escape("".join(_CLOSERS)) + "]")


@dataclass(frozen=True, slots=True)
class Region:
    """Quoted text ``[start, end)`` with its marks; ``carried`` when it began in an earlier paragraph."""

    start: int
    end: int
    closed: bool
    carried: bool
    mark: str


def _can_open(ch: str, prev: str, nxt: str) -> bool:
    if ch in "”»」』›’":
        return False
    if ch == "'":
        return prev in _OPEN_AFTER and nxt.isalnum()
    if ch in ('"', "‘", "‚"):
        return not nxt.isspace()
    return True


def _mismatched(ch: str, opener: str) -> bool:
    """A straight mark closing a curly one or the reverse: trusted within a paragraph, not across paragraphs."""
    return (ch == "”" and opener == '"') or (ch == '"' and opener == "“")


def _can_close(ch: str, opener: str, prev: str, nxt: str) -> bool:
    if ch in ("'", "’") or (opener in _SINGLE and ch == "‘"):
        return not prev.isspace() and not nxt.isalnum()  # not the apostrophe of "don’t"
    if (ch == "“" and opener == "“") or _mismatched(ch, opener):
        return not prev.isspace() and not nxt.isalnum()  # “…“ with one kind of mark, "…” with two
    return True


_GERMAN_TO_FRENCH = str.maketrans("»«›‹", "«»‹›")


def _oriented(text: str) -> str:
    """The text with German guillemets (»so«) turned the French way («so»), offsets unchanged,
    so one set of opening and closing marks serves both."""
    return text.translate(_GERMAN_TO_FRENCH) if "»" in text and german_guillemets(text) else text


def scan_quotes(text: str, carry: str | None = None) -> tuple[list[Region], str | None]:
    """Top-level quotations of one paragraph, and the mark still open at its end.

    ``carry`` is a mark left open by the previous paragraph: the text up to
    its closing mark continues that quotation. Nested quotations (‘…’ inside
    “…”) belong to their outer one. A single mark never stays open past its
    paragraph (too easily an apostrophe): one that never closes opens nothing,
    and the marks after it are read as if it were not there, unless it is a
    ‘ opening a sentence before a capital, which quotes the rest of the
    paragraph. German »…« is read as «…».
    """
    text = _oriented(text)
    if carry is None and not _OPENERS.search(text):
        return [], None  # no mark that opens a quotation
    regions: list[Region] = []
    opener = carry
    start = 0
    carried = carry is not None
    closers: dict[str, list[int]] | None = None  # where a single mark could close, found when first needed
    after_skipped = -1  # the position right after a single mark that never closes: read as a paragraph start
    for match in _MARKS.finditer(text):
        ch = match.group()
        i = match.start()
        prev = text[i - 1] if i and i != after_skipped else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if opener is None:
            if ch in _CLOSERS and _can_open(ch, prev, nxt):
                if ch in _SINGLE:
                    closers = closers if closers is not None else _single_closers(text)
                    later = closers[ch]
                    if bisect.bisect_right(later, i) == len(later):
                        if (ch == "‘" and nxt.isupper() and _opens_sentence(text, i) and not _ELISION.match(text, i + 1)
                                and not _LOOSE_CLOSE.search(text, i + 1)):
                            # "Cllr Okafor was blunt: ‘Residents have seen …" to the paragraph's end, unclosed
                            # as a quotation running on in single marks is: no apostrophe opens a sentence
                            regions.append(Region(i, len(text), False, carried, ch))
                            return regions, None
                        after_skipped = i + 1
                        continue
                opener, start, carried = ch, i, False
        elif ch in _CLOSERS[opener] and _can_close(ch, opener, prev, nxt) and not (
                _mismatched(ch, opener) and (carried or text.find(_OWN_CLOSER[opener], i + 1) >= 0)):
            # A mismatched mark closes only when the quotation's own closer never comes
            # ("“He called it "fake news",” she said": the inner pair is nested).
            regions.append(Region(start, i + 1, True, carried, opener))
            opener = None
    if opener is not None:
        regions.append(Region(start, len(text), False, carried, opener))
    return regions, opener


# A mark of another kind where a quotation could end ("‘We will not move,' said one."): the quotation was closed
# with the wrong mark, so what follows it is not quoted.
_LOOSE_CLOSE = re.compile("(?<=\\S)['”‘’](?![^\\W_])")
# Words whose first letters an apostrophe stands for, typed as ‘ at a sentence's start ("‘Cause they are …").
_ELISION = re.compile(r"(?i:cause|cos|tis|twas|em|til|bout|round)\b")


def _opens_sentence(text: str, i: int) -> bool:
    """Whether position ``i`` opens the paragraph or a sentence (after a full stop, a question or exclamation mark
    or a colon, and white space)."""
    j = i - 1
    while j >= 0 and text[j].isspace():  # (no slice: a paragraph may be a megabyte of such marks)
        j -= 1
    return j < 0 or (j < i - 1 and text[j] in ".?!:")


def _single_closers(text: str) -> dict[str, list[int]]:
    """For each single opening mark, the positions of the marks that could close it, in order. Knowing there is
    none ahead keeps a paragraph full of apostrophes ("'s avonds" a thousand times) one pass long."""
    found: dict[str, list[int]] = {mark: [] for mark in _SINGLE}
    for match in _MARKS.finditer(text):
        ch = match.group()
        i = match.start()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        for opener in _SINGLE:
            if ch in _CLOSERS[opener] and _can_close(ch, opener, prev, nxt):
                found[opener].append(i)
    return found


def _starts_with_opener(text: str) -> bool:
    stripped = _oriented(text).lstrip()
    return bool(stripped) and stripped[0] in "“\"„«「『‹"


class ParagraphQuotations(NamedTuple):
    """A paragraph's quotations as read in its article."""

    regions: list[Region]
    reopened: bool  # it opens with a mark that resumes the quotation of the paragraph before
    goes_on: bool  # its last quotation runs on into the next paragraph
    transparent: bool  # no letter ("." between two parts of a quotation): neither ends nor holds one


def article_quotations(paragraphs: Sequence[Paragraph]) -> list[ParagraphQuotations]:
    """Each paragraph's quotations, a quotation left open carried into the paragraphs below as newspapers do
    (no closing mark before the next paragraph, which reopens it), but never past boilerplate, and never when
    no closing or reopening mark follows within five paragraphs (a stray mark ends with its paragraph), unless
    a longer block closes cleanly (see _continues)."""
    result: list[ParagraphQuotations] = []
    carry: str | None = None
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        if not _HAS_LETTER.search(text):
            result.append(ParagraphQuotations([], False, carry is not None, True))
            continue
        if paragraph.kind == "boilerplate":
            carry = None
        reopened = carry is not None and _starts_with_opener(text)  # the newspaper convention
        if reopened:
            carry = None
        regions, still_open = scan_quotes(text, carry)
        if still_open is not None and not _continues(paragraphs, index + 1, still_open):
            still_open = None  # a mark never closed: the quotation ends with its paragraph
        carry = still_open
        result.append(ParagraphQuotations(regions, reopened, still_open is not None, False))
    return result


_NEAR_CLOSE = 5  # paragraphs within which any closing or reopening mark continues a quotation left open
# A block quoted by one opening mark and one closing mark many paragraphs below, the paragraphs between without a
# mark (a pasted blog post, "Daniel Greenfield wrote about her: “The media dubbed her …" fifteen paragraphs on to
# "… Jeb Bush's vision.”"). Past _NEAR_CLOSE it takes a mark that says which way it faces and a close that is the
# first mark of its paragraph: a stray “ never swallows the article's text up to the next ordinary quotation.
_FAR_CLOSE = 25
_FACING_OPENERS = frozenset("“„«「『‹")


def _continues(paragraphs: Sequence[Paragraph], index: int, mark: str) -> bool:
    """Whether a quotation left open goes on below: closed, or reopened, within five paragraphs; or, with a mark
    that faces one way, closed by the first mark of a paragraph within _FAR_CLOSE, none between holding a mark."""
    seen = 0
    limit = _FAR_CLOSE if mark in _FACING_OPENERS else _NEAR_CLOSE
    while index < len(paragraphs) and seen < limit:
        paragraph = paragraphs[index]
        index += 1
        if not _HAS_LETTER.search(paragraph.text):
            continue
        if paragraph.kind == "boilerplate":
            return False
        far = seen >= _NEAR_CLOSE
        if _starts_with_opener(paragraph.text):
            return not far
        regions, still_open = scan_quotes(paragraph.text, mark)
        if regions and regions[0].carried and regions[0].closed:
            return not far or _first_mark_closes(paragraph.text, regions[0])
        if not (regions and regions[0].carried and still_open):
            return False
        if _marked(_oriented(paragraph.text), len(paragraph.text)):
            limit = min(limit, _NEAR_CLOSE)  # a mark between: the block is not one quotation marked once
        seen += 1
    return False


def _first_mark_closes(text: str, region: Region) -> bool:
    """Whether the mark closing the carried ``region`` is the first quotation mark of ``text``, apostrophes aside,
    and faces as a close does: no digit before it ("6’2”"), no letter right after it ("blunt—”we will not pay")."""
    oriented = _oriented(text)
    close = region.end - 1
    if (close > 0 and oriented[close - 1].isdigit()) or oriented[close + 1 : close + 2].isalnum():
        return False
    return not _marked(oriented, close)


def _marked(text: str, end: int) -> bool:
    """Whether ``text[:end]`` holds a quotation mark other than an apostrophe's (' or ’, "isn't", "can’t")."""
    return any(ch not in "'’" for ch in _MARKS.findall(text, 0, end))


def quote_type_from_marks(text: str, regions: Sequence[Region], start: int, end: int) -> str:
    """What the quotation marks alone say of the quotation ``text[start:end]``: "direct" when a quotation opens
    it ("“We will fight,” said Jane Okafor.", "「…」と首相は語った。"), closes it after a colon ("She said: “…”"),
    or holds at least half of its characters (white space aside); "mixed" when marks hold less; else "indirect".

    The cheap reading for an analyst labelling without suggestions, where no suggester has read the span: on
    the development set it gives the reference's type to 86% of the quotations (a quotation without marks,
    such as an interview's answer, is direct there, and it is read as indirect)."""
    inside = [r for r in regions if r.start < end and r.end > start]
    if not inside:
        return "indirect"
    quoted = sum(_visible(text, max(r.start, start), min(r.end, end)) for r in inside)
    piece = text[start:end]
    first = start + len(piece) - len(piece.lstrip())  # the span's first and last characters, a full stop aside
    last = start + len(piece.rstrip(". \t\n\r\u00a0\u202f"))
    if (2 * quoted >= _visible(text, start, end) or inside[0].start <= first
            or (inside[-1].end >= last and text[start : inside[-1].start].rstrip().endswith(":"))):
        return "direct"
    return "mixed"


def _visible(text: str, start: int, end: int) -> int:
    """Characters of ``text[start:end]`` that are not white space."""
    return len("".join(text[start:end].split()))
