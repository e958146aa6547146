"""Keystrokes: keys an analyst needs to reproduce a reference labelling through the TUI.

A simulated analyst works through the articles with the real
:class:`workbench.session.Session` (the TUI turns each key into exactly one
of its commands), from the first claim to the last, and counts the keys of
the cheapest way the TUI offers to reach the reference labelling in
devset/annotations/reference. At the end the simulated labels are compared
with the reference: every claim must match (span, label and speaker), so
the count is of a labelling that was really reached.

Counting rules (also written to RESULTS.md):

- Label key (``f``/``q``/``e``): 1 key; it labels the focused claim and moves on.
- The same as the claim before (``.``): 1 key, used when the nearest labelled
  claim before has the reference's label and speaker (and, unless a suggestion
  is right in full, also its device and the quote type ``.`` reads in the
  claim's own words; otherwise a number follows).
- Accepting a suggestion (``space``): 1 key, used when the suggestion's label
  and speaker are the reference's; ``A`` accepts a whole paragraph (1 key)
  when every suggestion in it is right, or the rest of it (1 key) once the
  claims before the cursor are done and every suggestion after them is right.
- A prompted attribute (the quotation's speaker): ``enter`` (1 key) when the
  pre-filled value is right; its number (1 key) when it is one of the
  prompt's numbered picks (``Session.speaker_choices``: a digit typed over
  the selected pre-filled value picks and accepts); otherwise the fewest
  keys that type it: letters (1 each) typed over the pre-filled value (the
  form selects it, so typing replaces it; ``→`` first keeps it to extend
  it), and ``→`` (1) wherever the completion of what is typed so far is a
  longer beginning of the speaker (a name, then " and " typed, then the next
  name completed), then ``enter`` (1). Completion is the prompt's own
  (``Session.speaker_completer``, see ``workbench.completion``) over
  ``Session.speakers()`` (speakers used so far, "unnamed", the names the
  article writes): the first that starts with what is typed, else the next
  name of a list, else a later word of one; where none does, the same over
  the article's other name-like phrases. ``→`` on the kept pre-filled value
  offers nothing until a letter is typed; a speaker that starts with a digit
  takes a space first (a digit would pick). In versions without it: the
  first of ``Session.speakers()`` that starts with what is typed, as
  Textual's ``SuggestFromList`` does.
- Boundaries: ``m`` merges with the next claim (1); ``s`` splits at the word
  cursor (1) after moving it by the fewest keys, ``l``/``h`` one word or
  ``>``/``<`` one clause, from its default (the middle word; the first ``h``
  only shows the cursor, as the screen does);
  ``shift+←/→`` and ``[``/``]`` move an end or a start by one word (1 each).
  At each mismatch the cheapest of these is taken (greedy, left to right).
- Paragraphs: ``b`` marks boilerplate (1) and ``n`` leaves it (1);
  ``shift+↓`` steps into a skipped paragraph (1 per paragraph); moving past
  a paragraph the reference leaves untouched costs ``n`` (1).
- Quote type and framing device: ``A`` accepts a paragraph only when they are
  the reference's too. Right after a label key or ``space``, the choice's
  number (1 key; ``0`` empties it) sets them on the claim just tagged. One
  reference row counts without them, as earlier runs did.
- Not counted: reading.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import REPO, Figure, Scale, Target, module_available

DEVSET = REPO / "devset"
REFERENCE = "reference"
SIMULATED = "simulated"
WITH_TARGET = Target(1.0, "<=", "median")
WITHOUT_TARGET = Target(1.1, "<=", "median")
PROMPTED = "speaker"
NOT_PROMPTED = ("quote_type", "device")


@dataclass
class Tally:
    keys: int = 0
    claims: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    mismatched_claims: int = 0
    attribute_mismatches: int = 0

    def add(self, kind: str, count: int = 1) -> None:
        self.keys += count
        self.by_kind[kind] = self.by_kind.get(kind, 0) + count


def prompt_cost(prefilled: str, target: str, known: Sequence[str], choices: Sequence[str] = (),
                completer: Any = None) -> int:
    """Keys to turn the pre-filled speaker into ``target`` and accept (see the counting rules)."""
    if prefilled == target:
        return 1
    if target in choices[:9]:
        return 1  # its number, typed over the pre-filled value, picks it and accepts
    if not target:
        return 2  # backspace empties the selected value, enter
    complete = (completer or speaker_completer(known)).complete
    # Fewest keys to have typed target[:i], from nothing (typing replaces the selected pre-filled value): a
    # letter at a time, or → where the completion of what is typed is a longer beginning of the target.
    keys: list[float] = [0.0] + [float("inf")] * len(target)
    # A digit typed over the untouched value picks a numbered speaker: a name that starts with one takes a
    # space first (the form drops it), and with the space before it nothing completes.
    if target[0] in "123456789" and int(target[0]) <= len(choices[:9]):
        keys[0] = 1
        complete = _no_completion
    kept = len(prefilled) if prefilled and target.startswith(prefilled) else -1
    if kept >= 0:
        # → keeps the pre-filled value (it only ends the selection: no completion is offered until a letter is
        # typed), then a letter
        keys[kept + 1] = 2
    for i in range(len(target)):
        if keys[i] == float("inf"):
            continue
        keys[i + 1] = min(keys[i + 1], keys[i] + 1)
        completion = complete(target[:i]) if i else None
        if completion and len(completion) > i and target.startswith(completion):
            keys[len(completion)] = min(keys[len(completion)], keys[i] + 1)
    return int(keys[-1]) + 1


def _no_completion(value: str) -> str | None:
    return None


def speaker_completer(known: Sequence[str]) -> Any:
    """The prompt's completion of what is typed (``workbench.completion``; a plain first-that-fits list in versions
    without it, as Textual's ``SuggestFromList``)."""
    try:
        from workbench.completion import Completer
    except ImportError:
        return _ListCompleter(known)
    return Completer(known)


class _ListCompleter:
    def __init__(self, known: Sequence[str]) -> None:
        self.known = list(known)
        self.folded = [k.casefold() for k in known]

    def complete(self, value: str) -> str | None:
        value = value.casefold()
        return next((self.known[i] for i, k in enumerate(self.folded) if k.startswith(value)), None)


class Analyst:
    """Drives a Session towards the reference, counting keys as the TUI would need them."""

    def __init__(self, session: Any, reference: Any, suggestions: bool, prefill_previous: bool = False,
                 attributes: bool = True) -> None:
        self.session = session
        self.reference = reference  # AnnotationStore of the reference annotator
        self.suggestions = suggestions
        self.prefill_previous = prefill_previous  # a proposed change: the prompt offers the last speaker
        self.attributes = attributes  # also reach the reference's quote type and framing device
        self.previous_speaker = ""
        self.tally = Tally()

    def _others_match(self, values: Any, want: Any) -> bool:
        """Whether the attributes no prompt asks for (quote type, device) are already the reference's."""
        if not self.attributes:
            return True
        label = self.session.scheme.get(want.label)
        return all(values.get(a.id, "") == want.attributes.get(a.id, "")
                   for a in label.attributes if a.id in NOT_PROMPTED)

    def _ditto_attributes(self, before: Any) -> Any:
        """What ``.`` gives the focused claim: the claim before's values, with the quote type of the claim's own
        words (``Session.ditto_values``; versions without it copy every value)."""
        values = getattr(self.session, "ditto_values", None)
        found = values() if values is not None else None
        return found[1] if found is not None else before.attributes

    def _choices(self) -> list[str]:
        """The prompt's numbered speakers (none in versions without them)."""
        choices = getattr(self.session, "speaker_choices", None)
        return list(choices()) if choices is not None else []

    def _completer(self) -> Any:
        """The prompt's completion (None in versions without ``Session.speaker_completer``: a plain list's)."""
        completer = getattr(self.session, "speaker_completer", None)
        return completer() if completer is not None else None

    def _fix_choice(self, want: Any) -> None:
        """A number right after the label key (or space) sets quote type / device; 0 empties it."""
        if not self.attributes:
            return
        session = self.session
        label = session.scheme.get(want.label)
        attribute = next((a for a in label.attributes if a.choices), None)
        claim = session.focused
        if attribute is None:
            return
        target = want.attributes.get(attribute.id, "")
        if claim.attributes.get(attribute.id, "") == target:
            return
        session.choose(attribute.choices.index(target) + 1 if target else 0)
        self.tally.add("quote type / device (number)")

    def _cursor_moves(self) -> dict[str, Any]:
        session = self.session
        return {
            "l": lambda: session.step_word_cursor(1), "h": lambda: session.step_word_cursor(-1),
            ">": lambda: session.jump_word_cursor(1), "<": lambda: session.jump_word_cursor(-1),
        }

    def _cursor_path(self, cut: int) -> list[str]:
        """The fewest split-point keys (word keys h/l, clause keys </>) that put the split point at ``cut``."""
        from collections import deque

        session = self.session
        start = session.word_cursor
        moves = self._cursor_moves()
        seen: dict[int | None, list[str]] = {start: []}
        queue = deque([start])
        try:
            while queue:
                state = queue.popleft()
                session.word_cursor = state
                if state is not None and session.word_cursor_offset() == cut:
                    return seen[state]
                for key, move in moves.items():
                    session.word_cursor = state
                    move()
                    after = session.word_cursor
                    if after not in seen:
                        seen[after] = [*seen[state], key]
                        queue.append(after)
        finally:
            session.word_cursor = start
        raise RuntimeError("word cursor never reached the cut")

    def _split_before(self, cut: int) -> None:
        """Move the split point to the word starting at ``cut`` by the cheapest keys, and split."""
        moves = self._cursor_moves()
        for key in self._cursor_path(cut):
            moves[key]()
            self.tally.add("word cursor")
        self.session.split()
        self.tally.add("split")

    def _split_cost(self, cut: int) -> int:
        from workbench.segment import WordIndex

        session = self.session
        claim = session.focused
        words = WordIndex(session.paragraph.text)
        starts = [words.starts[w] for w in words.words_in(claim.start, claim.end)]
        if cut not in starts[1:]:
            return 10_000
        return len(self._cursor_path(cut)) + 1

    def _fix_span(self, want_start: int, want_end: int, next_start: int | None) -> None:
        """Make the focused claim span exactly [want_start, want_end)."""
        from workbench.segment import WordIndex

        session = self.session
        text = session.paragraph.text
        words = WordIndex(text)
        for _ in range(2_000):
            claim = session.focused
            claims = session.claims()
            index = session.cursor.claim
            if claim.start < want_start:
                session.move_start(True)
                self.tally.add("boundary")
            elif claim.start > want_start:
                session.move_start(False)
                self.tally.add("boundary")
            elif claim.end < want_end:
                nxt = claims[index + 1] if index + 1 < len(claims) else None
                grow = len(list(words.words_in(claim.end, want_end)))
                if nxt is not None and nxt.end <= want_end:
                    session.merge_next()
                    self.tally.add("merge")
                elif nxt is not None and nxt.start < want_end:
                    # Merging overshoots: merge then split, or grow word by word.
                    after = words.word_at_or_after(want_end)
                    cut = words.starts[after] if after is not None else None
                    merged_mid = (len(list(words.words_in(claim.start, nxt.end)))) // 2
                    target = len(list(words.words_in(claim.start, cut))) if cut is not None else 0
                    split = (target - merged_mid if target >= merged_mid else merged_mid - target + 1) + 1
                    if cut is not None and 1 + split < grow:
                        session.merge_next()
                        self.tally.add("merge")
                        self._split_before(cut)
                    else:
                        session.move_end(True)
                        self.tally.add("boundary")
                else:
                    session.move_end(True)
                    self.tally.add("boundary")
            elif claim.end > want_end:
                after = words.word_at_or_after(want_end)
                cut = words.starts[after] if after is not None else None
                contiguous = cut is not None and next_start == cut
                shrink = len(list(words.words_in(want_end, claim.end)))
                if cut is not None and (contiguous or self._split_cost(cut) < shrink):
                    self._split_before(cut)
                else:
                    session.move_end(False)
                    self.tally.add("boundary")
            else:
                return
        raise RuntimeError(f"span [{want_start}, {want_end}) not reached")

    def _label(self, want: Any) -> None:
        session = self.session
        claim = session.focused
        label = session.scheme.get(want.label)
        speaker = want.attributes.get(PROMPTED, "")
        suggestion = claim.suggestion if self.suggestions else None
        accept_fits = (suggestion is not None and suggestion.label == want.label
                       and suggestion.attributes.get(PROMPTED, "") == speaker)
        before = session.claim_before() if hasattr(session, "ditto") else None
        ditto_fits = (before is not None and before.label == want.label
                      and before.attributes.get(PROMPTED, "") == speaker)
        # One key when it gives everything, two when a number must fix the quote type or device; on a tie, space.
        accept_keys = 2 - self._others_match(suggestion.attributes, want) if accept_fits else 3
        ditto_keys = 2 - self._others_match(self._ditto_attributes(before), want) if ditto_fits else 3
        if ditto_keys < accept_keys:
            session.ditto(advance=False)
            self.tally.add("same as before (.)")
            self._fix_choice(want)
            session.next_claim()
            return
        if accept_fits:
            session.accept_suggestion(advance=False)
            self.tally.add("accept (space)")
            self._fix_choice(want)
            session.next_claim()
            return
        prompted = bool(label.prompted)
        attributes = {PROMPTED: speaker} if prompted and speaker else None
        prefilled = ""
        if prompted:
            if suggestion is not None and suggestion.label == want.label:
                prefilled = suggestion.attributes.get(PROMPTED, "")
            prefilled = claim.attributes.get(PROMPTED, "") or prefilled
            if self.prefill_previous and not prefilled:
                prefilled = self.previous_speaker
            cost = prompt_cost(prefilled, speaker, session.speakers(), self._choices(), self._completer())
            self.previous_speaker = speaker
        session.label(want.label, attributes, advance=False)
        self.tally.add("label key")
        if prompted:
            self.tally.add("speaker prompt", cost)
        self._fix_choice(want)
        session.next_claim()

    def _paragraph_accept_all(self, wanted: Sequence[Any]) -> bool:
        """``A`` when it labels the claims from the cursor on as ``wanted`` (those before it are done)."""
        session = self.session
        claims = session.claims()
        first = session.cursor.claim
        if (not self.suggestions or len(claims) - first != len(wanted)
                or any(c.label is None for c in claims[:first])):
            return False
        for claim, want in zip(claims[first:], wanted, strict=True):
            s = claim.suggestion
            if (claim.label is not None or s is None or (claim.start, claim.end) != (want.start, want.end)
                    or s.label != want.label or s.attributes.get(PROMPTED, "") != want.attributes.get(PROMPTED, "")
                    or not self._others_match(s.attributes, want)):
                return False
        session.accept_all_suggestions()
        self.tally.add("accept all (A)")
        return True

    def _reach(self, article_index: int, paragraph: int) -> None:
        """Bring the cursor to ``paragraph`` of the article, one navigation key per move."""
        session = self.session
        for _ in range(1_000):
            cursor = session.cursor
            if (cursor.article, cursor.paragraph) == (article_index, paragraph):
                return
            if cursor.article > article_index:
                session.previous_paragraph()
            elif cursor.article < article_index:
                session.next_paragraph()
            elif cursor.paragraph > paragraph:
                session.step_paragraph(-1)
            else:
                following = session._next_annotatable(session.article, cursor.paragraph, 1)
                if following is not None and following <= paragraph:
                    session.next_paragraph(cross_articles=False)
                else:
                    session.step_paragraph(1)
            self.tally.add("navigation")
        raise RuntimeError(f"could not reach paragraph {paragraph} of article {article_index}")

    def article(self, article_index: int) -> None:
        from workbench.model import is_annotatable

        session = self.session
        article = session._usable(article_index)
        ref_doc, _ = self.reference.load(article)
        self.previous_speaker = ""
        for paragraph in article.paragraphs:
            index = paragraph.index
            ref_state = ref_doc.state(index)
            want_annotatable = is_annotatable(paragraph, ref_state)
            now_annotatable = session.annotatable(article, index)
            if not want_annotatable and not now_annotatable:
                continue
            if not want_annotatable:
                self._reach(article_index, index)
                session.toggle_boilerplate()
                self.tally.add("boilerplate")
                continue
            self._reach(article_index, index)
            if not now_annotatable:
                session.toggle_boilerplate()
                self.tally.add("boilerplate")
            if self.suggestions:
                session.compute_suggestions(article, index)
            wanted = list(ref_state.claims) if ref_state is not None and ref_state.touched else []
            if not wanted:
                session.next_paragraph()
                self.tally.add("navigation")
                continue
            self.tally.claims += len(wanted)
            if self._paragraph_accept_all(wanted):
                continue
            for number, want in enumerate(wanted):
                if session.cursor.paragraph != index or session.cursor.article != article_index:
                    raise RuntimeError(f"cursor left paragraph {index} before claim {number}")
                if number and self._paragraph_accept_all(wanted[number:]):
                    break
                following = wanted[number + 1].start if number + 1 < len(wanted) else None
                self._fix_span(want.start, want.end, following)
                self._label(want)

    def compare(self, article: Any) -> None:
        """Count claims that differ from the reference (must be 0) and attribute mismatches."""
        ref_doc, _ = self.reference.load(article)
        mine = self.session.doc_for(article)
        for paragraph in article.paragraphs:
            want = ref_doc.state(paragraph.index)
            got = mine.state(paragraph.index)
            want_claims = [c for c in (want.claims if want and want.touched else ()) if c.label]
            got_claims = [c for c in (got.claims if got and got.touched else ()) if c.label]
            got_by_span = {(c.start, c.end): c for c in got_claims}
            for claim in want_claims:
                other = got_by_span.get((claim.start, claim.end))
                if (other is None or other.label != claim.label
                        or other.attributes.get(PROMPTED, "") != claim.attributes.get(PROMPTED, "")):
                    self.tally.mismatched_claims += 1
                    continue
                for name in NOT_PROMPTED:
                    if other.attributes.get(name, "") != claim.attributes.get(name, ""):
                        self.tally.attribute_mismatches += 1
            self.tally.mismatched_claims += max(0, len(got_claims) - len(want_claims))


def simulate(article_ids: Sequence[str], suggestions: bool, prefill_previous: bool = False,
             attributes: bool = True) -> Tally:
    from workbench.project import Project
    from workbench.session import Session
    from workbench.store import AnnotationStore

    with tempfile.TemporaryDirectory(prefix="bench-keys-") as tmp:
        project_dir = Path(tmp)
        shutil.copy(DEVSET / "labels.yaml", project_dir / "labels.yaml")
        (project_dir / "corpus").mkdir()
        for article_id in article_ids:
            shutil.copy(DEVSET / "corpus" / f"{article_id}.md", project_dir / "corpus" / f"{article_id}.md")
        project = Project(project_dir)
        suggester = attribute_suggester = None
        if suggestions:
            from workbench import suggest

            suggester = suggest.suggest_paragraph
            attribute_suggester = getattr(suggest, "suggest_attributes", None)  # older versions lack it
        session = Session(project.corpus(), project.scheme(), project.store(SIMULATED), suggester=suggester,
                          **({"attribute_suggester": attribute_suggester} if attribute_suggester else {}))
        session.resume()
        analyst = Analyst(session, AnnotationStore(DEVSET / "annotations", REFERENCE), suggestions, prefill_previous,
                          attributes)
        for index in range(len(session.article_ids)):
            analyst.article(index)
        for index in range(len(session.article_ids)):
            analyst.compare(session._usable(index))
        return analyst.tally


def _describe(tally: Tally) -> str:
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(tally.by_kind.items(), key=lambda kv: -kv[1]))
    return (f"{tally.keys} keys for {tally.claims} claims ({kinds}); "
            f"{tally.mismatched_claims} claims differ from the reference; "
            f"{tally.attribute_mismatches} quote-type/device values differ from the reference")


def run(scale: Scale) -> list[Figure]:
    reference = DEVSET / "annotations" / REFERENCE
    if not reference.is_dir():
        return [Figure("keystrokes per claim", "seed corpus", "keys/claim", [], WITHOUT_TARGET,
                       skipped=f"no reference labelling at {reference}")]
    seeds = sorted(p.stem for p in (REPO / "corpus").glob("*.md") if (reference / f"{p.stem}.yaml").is_file())
    every = sorted(p.stem for p in (DEVSET / "corpus").glob("*.md") if (reference / f"{p.stem}.yaml").is_file())
    cases = [("seed corpus", seeds)] if scale.smoke else [("seed corpus", seeds), ("devset", every)]
    figures = []
    for name, ids in cases:
        if not ids:
            continue
        case = f"{name} ({len(ids)} articles)"
        without = simulate(ids, suggestions=False)
        figures.append(Figure("keystrokes per claim, no suggestions", case, "keys/claim",
                              [without.keys / max(1, without.claims)], WITHOUT_TARGET, _describe(without)))
        proposed = simulate(ids, suggestions=False, prefill_previous=True)
        figures.append(Figure("keystrokes per claim, no suggestions, prompt offers the previous speaker (proposed)",
                              case, "keys/claim", [proposed.keys / max(1, proposed.claims)], None,
                              "what-if: the speaker prompt pre-filled with the article's last speaker; "
                              + _describe(proposed)))
        if module_available("workbench.suggest"):
            with_ = simulate(ids, suggestions=True)
            figures.append(Figure("keystrokes per claim, with suggestions", case, "keys/claim",
                                  [with_.keys / max(1, with_.claims)], WITH_TARGET, _describe(with_)))
            spans = simulate(ids, suggestions=True, attributes=False)
            figures.append(Figure("keystrokes per claim, with suggestions, quote type and device not counted",
                                  case, "keys/claim", [spans.keys / max(1, spans.claims)], None,
                                  "as counted before the attributes key existed (comparable with earlier runs); "
                                  + _describe(spans)))
        else:
            figures.append(Figure("keystrokes per claim, with suggestions", case, "keys/claim", [], WITH_TARGET,
                                  skipped="workbench.suggest is not present"))
    return figures
