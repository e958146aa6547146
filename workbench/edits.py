"""Pure edits of one paragraph's claims.

Each function takes the paragraph text and its claims (sorted, never
overlapping) and returns the new claims, or raises :class:`EditRefused` with a
reason the UI can show. Nothing here knows about files, cursors or screens.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from workbench.model import Claim, frozen_attributes
from workbench.scheme import Label
from workbench.segment import WordIndex
from workbench.textclean import strip_unsafe

Claims = tuple[Claim, ...]


class EditRefused(ValueError):
    """An edit that would break an invariant or destroy a label; nothing changed."""


def _replace_at(claims: Claims, index: int, *new: Claim, count: int = 1) -> Claims:
    """``claims`` with ``count`` claims from ``index`` replaced by ``new``."""
    return (*claims[:index], *new, *claims[index + count :])


def _check(claims: Claims, index: int) -> Claim:
    if not 0 <= index < len(claims):
        raise EditRefused("no claim here")
    return claims[index]


def label_attributes(label: Label, claim: Claim, given: Mapping[str, str] | None = None,
                     defaults: Mapping[str, str] | None = None) -> Mapping[str, str]:
    """Attributes a claim keeps when it gets ``label``.

    Values the claim already has for this label's attributes stay, then the
    suggestion's (when it proposed the same label), then ``defaults`` (what
    the suggester reads in the span for a label it did not propose), then
    ``given`` on top. Attributes of other labels are dropped, so relabelling
    never leaves a fact with a speaker.
    """
    allowed = {a.id for a in label.attributes}
    values: dict[str, str] = {k: v for k, v in claim.attributes.items() if k in allowed}
    if claim.suggestion is not None and claim.suggestion.label == label.id:
        for key, value in claim.suggestion.attributes.items():
            if key in allowed:
                values.setdefault(key, value)
    for key, value in (defaults or {}).items():
        if key in allowed and value:
            values.setdefault(key, value)
    if given:
        values.update({k: v for k, v in given.items() if k in allowed})
    return frozen_attributes(values)


def set_label(claims: Claims, index: int, label: Label, now: str,
              attributes: Mapping[str, str] | None = None, defaults: Mapping[str, str] | None = None) -> Claims:
    claim = _check(claims, index)
    new = replace(claim, label=label.id, attributes=label_attributes(label, claim, attributes, defaults),
                  labelled_at=now)
    return _replace_at(claims, index, new)


def clear_label(claims: Claims, index: int) -> Claims:
    claim = _check(claims, index)
    if claim.label is None:
        raise EditRefused("the claim has no label")
    new = replace(claim, label=None, attributes=frozen_attributes(None), labelled_at=None)
    return _replace_at(claims, index, new)


def set_attribute(claims: Claims, index: int, name: str, value: str) -> Claims:
    claim = _check(claims, index)
    values = dict(claim.attributes)
    values[name] = strip_unsafe(value).strip()
    new = replace(claim, attributes=frozen_attributes(values))
    return _replace_at(claims, index, new)


def set_note(claims: Claims, index: int, note: str) -> Claims:
    claim = _check(claims, index)
    return _replace_at(claims, index, replace(claim, note=strip_unsafe(note).strip()))


def _replace_neighbour(claims: list[Claim], index: int, start: int, end: int) -> None:
    """Shrink neighbour ``index`` to ``[start, end)``; drop it if empty and unlabelled."""
    neighbour = claims[index]
    if start >= end:
        if neighbour.label is not None:
            raise EditRefused("that would swallow a labelled claim; clear or merge it first")
        del claims[index]
    else:
        claims[index] = neighbour.with_span(start, end)


def move_end(text: str, claims: Claims, index: int, forward: bool, words: WordIndex | None = None) -> Claims:
    """Grow (forward) or shrink the claim's end by one word; claims it now covers give way."""
    claim = _check(claims, index)
    words = words or WordIndex(text)
    result = list(claims)
    if forward:
        nxt = words.word_at_or_after(claim.end)
        if nxt is None:
            raise EditRefused("already at the end of the paragraph")
        new_end = words.ends[nxt]
        result[index] = claim.with_span(claim.start, new_end)
        # Every later claim that starts before the new end (several, when candidate
        # boundaries fall inside words) moves its start past it, or goes if emptied.
        after = words.word_at_or_after(new_end)
        while index + 1 < len(result) and result[index + 1].start < new_end:
            neighbour = result[index + 1]
            start = words.starts[after] if after is not None else neighbour.end
            _replace_neighbour(result, index + 1, min(max(start, new_end), neighbour.end), neighbour.end)
    else:
        last = words.word_before(claim.end)
        if last is None or words.starts[last] <= claim.start:
            raise EditRefused("a claim keeps at least one word")
        previous = words.word_before(words.starts[last])
        if previous is None:
            raise EditRefused("a claim keeps at least one word")
        result[index] = claim.with_span(claim.start, words.ends[previous])
    return tuple(result)


def move_start(text: str, claims: Claims, index: int, forward: bool, words: WordIndex | None = None) -> Claims:
    """Move the claim's start one word right (forward: shrink) or left (grow); claims it covers give way."""
    claim = _check(claims, index)
    words = words or WordIndex(text)
    result = list(claims)
    if forward:
        first = words.word_at_or_after(claim.start)
        if first is None or first + 1 >= len(words) or words.starts[first + 1] >= claim.end:
            raise EditRefused("a claim keeps at least one word")
        result[index] = claim.with_span(words.starts[first + 1], claim.end)
    else:
        previous = words.word_before(claim.start)
        if previous is None:
            raise EditRefused("already at the start of the paragraph")
        new_start = words.starts[previous]
        result[index] = claim.with_span(new_start, claim.end)
        before = words.word_before(new_start)
        position = index
        while position > 0 and result[position - 1].end > new_start:
            neighbour = result[position - 1]
            end = words.ends[before] if before is not None else neighbour.start
            end = max(min(end, new_start), neighbour.start)
            _replace_neighbour(result, position - 1, neighbour.start, end)
            position -= 1  # whether trimmed or removed, the next claim to check is one further back
    return tuple(result)


def split(text: str, claims: Claims, index: int, at: int, words: WordIndex | None = None) -> Claims:
    """Split before the word that starts at or after ``at``; both parts keep the label."""
    claim = _check(claims, index)
    words = words or WordIndex(text)
    inside = words.words_in(claim.start, claim.end)
    cut = next((words.starts[w] for w in inside if words.starts[w] >= at and words.starts[w] > claim.start), None)
    if cut is None:
        raise EditRefused("put the word cursor after the first word to split")
    previous = words.word_before(cut)
    assert previous is not None
    first = replace(claim, end=words.ends[previous])
    second = replace(claim, start=cut, note="")
    return _replace_at(claims, index, first, second)


def merge_next(claims: Claims, index: int) -> Claims:
    """Join a claim with the next one; the first's label wins, else the second's."""
    claim = _check(claims, index)
    if index + 1 >= len(claims):
        raise EditRefused("no next claim to merge with")
    nxt = claims[index + 1]
    keep = claim if claim.label is not None or nxt.label is None else nxt
    attributes = dict(nxt.attributes) if keep is claim and claim.label == nxt.label else {}
    attributes.update(keep.attributes)
    note = " / ".join(n for n in (claim.note, nxt.note) if n)
    merged = replace(keep, start=claim.start, end=nxt.end, attributes=frozen_attributes(attributes),
                     note=note, suggestion=None)
    return _replace_at(claims, index, merged, count=2)


def create(text: str, claims: Claims, start: int, end: int, words: WordIndex | None = None) -> tuple[Claims, int]:
    """A new unlabelled claim over ``[start, end)`` snapped to words.

    Claims inside the selection are replaced, claims it cuts into are trimmed
    to the words outside it. Returns the claims and the new claim's index.
    """
    words = words or WordIndex(text)
    snapped = words.snap(min(start, end), max(start, end))
    if snapped is None:
        raise EditRefused("the selection holds no word")
    start, end = snapped
    result: list[Claim] = []
    for claim in claims:
        if claim.end <= start or claim.start >= end:
            result.append(claim)
            continue
        if claim.start < start:  # keep the part before the selection
            last = words.word_before(start)
            if last is not None and words.ends[last] > claim.start:
                result.append(claim.with_span(claim.start, words.ends[last]))
        if claim.end > end:  # keep the part after it
            first = words.word_at_or_after(end)
            if first is not None and words.starts[first] < claim.end:
                result.append(replace(claim, start=words.starts[first]))
    new = Claim(start, end)
    result.append(new)
    result.sort(key=lambda c: c.start)
    return tuple(result), result.index(new)


def check_invariants(text: str, claims: Claims) -> None:
    """Raise AssertionError when claims overlap, are unsorted or leave the text (tests use this)."""
    previous_end = 0
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text), (claim, len(text))
        assert claim.start >= previous_end, ("overlap", claim)
        previous_end = claim.end
