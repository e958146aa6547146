"""Adjudication of one article: where annotators disagree, choose the final labels.

This is the whole behaviour of the review screen without a screen (as
:mod:`workbench.session` is for the annotation screen). Given the article and
each annotator's document:

* claims every annotator who labelled the paragraph made identically (span,
  label, attributes compared case- and whitespace-insensitively) are taken
  over automatically;
* everything else is grouped into *units*: overlapping labelled spans of all
  annotators, chained (A overlaps B overlaps C is one unit). A unit shows
  each annotator's *version*: their claims inside it, possibly none;
* a decision for a unit is a pick of one version, a final label on the
  focused version's spans, or "no label";
* the result is the ``adjudicated`` annotator's document, saved through the
  store after every decision, so ``export --annotator adjudicated`` reads it.

A paragraph only one annotator labelled has no one to disagree with: its
claims are taken over. A unit decided as "no label" is written as an
unlabelled claim over the unit (exports leave unlabelled claims out by
default), so that the decision survives a restart. Resuming respects the
existing file: wherever it already has claims, they stand; a unit holding any
of them counts as decided.

The model does not lock the store; the review command should call
``store.lock()`` so two reviewers cannot overwrite each other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from workbench import edits
from workbench.agreement import counted_claims, normalise_value
from workbench.edits import EditRefused
from workbench.model import Article, Claim, ParagraphState, frozen_attributes
from workbench.project import ADJUDICATED
from workbench.scheme import Scheme
from workbench.store import (
    AnnotationDoc,
    AnnotationStore,
    LoadProblem,
    ParagraphRecord,
    StoreError,
    annotation_files,
    doc_to_data,
    utc_now,
)
from workbench.store import annotators as stored_annotators

Claims = tuple[Claim, ...]


def _same(a: Claims, b: Claims) -> bool:
    def key(claims: Claims) -> list[tuple[object, ...]]:
        return [(c.start, c.end, c.label, tuple((k, normalise_value(v)) for k, v in c.attributes.items()))
                for c in claims]
    return key(a) == key(b)


@dataclass(frozen=True, slots=True)
class Version:
    """One annotator's claims inside a unit; empty when they labelled nothing there."""

    annotator: str
    claims: Claims

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(str(c.label) for c in self.claims)


@dataclass(frozen=True, slots=True)
class Unit:
    """A disagreement: a stretch of one paragraph and every annotator's version of it."""

    paragraph: int
    start: int
    end: int
    versions: tuple[Version, ...]  # annotators who labelled the paragraph, in annotator order

    def version(self, annotator: str) -> Version | None:
        return next((v for v in self.versions if v.annotator == annotator), None)


@dataclass(frozen=True, slots=True)
class ReviewProgress:
    decided: int
    total: int
    agreed: int  # claims every annotator made alike (taken over automatically)

    @property
    def left(self) -> int:
        return self.total - self.decided

    @property
    def complete(self) -> bool:
        return self.decided == self.total


@dataclass(frozen=True, slots=True)
class Step:
    """One undoable decision: a unit's decision before and after (None = undecided)."""

    unit: int
    before: Claims | None
    after: Claims | None
    focus: int
    description: str


@dataclass(frozen=True, slots=True)
class _Region:
    """A stretch that is not a disagreement: the claims the adjudicated file gets there."""

    claims: Claims
    agreed: int


class Adjudication:
    """One article under review: units, decisions, cursor, undo/redo, the adjudicated document."""

    def __init__(
        self,
        article: Article,
        docs: Mapping[str, AnnotationDoc],
        scheme: Scheme,
        store: AnnotationStore | None = None,
        existing: AnnotationDoc | None = None,
        clock: Callable[[], str] = utc_now,
    ) -> None:
        self.article = article
        self.scheme = scheme
        self.store = store
        self.clock = clock
        self.annotators: tuple[str, ...] = tuple(sorted(name for name in docs if name != ADJUDICATED))
        if not self.annotators:
            raise ValueError(f"{article.id}: no annotator's labels to review")
        self.existing = existing or AnnotationDoc(article.id, ADJUDICATED, article.text_sha256)
        self.units: tuple[Unit, ...] = ()
        self._regions: dict[int, list[_Region]] = {}
        self._boilerplate: dict[int, bool] = {}
        self._decisions: dict[int, Claims] = {}
        self._build({name: docs[name] for name in self.annotators})
        self.index = 0
        self.focus = 0
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self.message = ""
        self.save_error: str | None = None
        self.last_saved: str | None = None
        self.saves = 0
        first = self.next_open_index(-1)
        if first is not None:
            self.index = first

    # ------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        article: Article,
        annotations_dir: Path,
        scheme: Scheme,
        annotators: Sequence[str] | None = None,
        clock: Callable[[], str] = utc_now,
        store: AnnotationStore | None = None,
    ) -> tuple[Adjudication, list[LoadProblem]]:
        """Load every annotator's labels of ``article`` and the adjudicated file, through the store.

        Saves at once when the agreed claims are not yet in the adjudicated
        file, so an article without disagreements is complete on opening.
        Pass ``store`` (the ``adjudicated`` store, already locked) to save
        through it. Raises StoreError for an unreadable file and ValueError
        when no annotator labelled the article.
        """
        names = annotators or [n for n in stored_annotators(annotations_dir) if n != ADJUDICATED]
        problems: list[LoadProblem] = []
        docs: dict[str, AnnotationDoc] = {}
        for name in names:
            source = AnnotationStore(annotations_dir, name)
            if not source.exists(article.id):
                continue
            doc, found = source.load(article)
            problems.extend(found)
            if any(counted_claims(doc).values()):
                docs[name] = doc
        if store is None:
            store = AnnotationStore(annotations_dir, ADJUDICATED)
        elif store.annotator != ADJUDICATED:
            raise ValueError(f"review saves as {ADJUDICATED!r}, not {store.annotator!r}")
        existing, found = store.load(article)
        problems.extend(found)
        model = cls(article, docs, scheme, store, existing, clock)
        if model.changed():
            model.save()
        return model, problems

    # ------------------------------------------------------------ building units

    def _build(self, docs: Mapping[str, AnnotationDoc]) -> None:
        labelled = {name: counted_claims(doc) for name, doc in docs.items()}
        paragraphs = sorted({i for claims in labelled.values() for i in claims} | set(self.existing.paragraphs))
        units: list[Unit] = []
        for index in paragraphs:
            if not 0 <= index < len(self.article.paragraphs):
                continue
            coders = [name for name in self.annotators if index in labelled[name]]
            state = self.existing.state(index)
            mine = tuple(state.claims) if state is not None else ()
            override = state.boilerplate if state is not None else None
            if override is None:
                override = _common_override([docs[name].state(index) for name in self.annotators])
            if override is not None:
                self._boilerplate[index] = override
            nodes: list[tuple[Claim, str]] = [(c, name) for name in coders for c in labelled[name][index]]
            nodes += [(c, ADJUDICATED) for c in mine]
            for component in _components(nodes):
                versions = tuple(Version(name, tuple(c for c, owner in component if owner == name))
                                 for name in coders)
                decided = tuple(c for c, owner in component if owner == ADJUDICATED)
                if not any(v.claims for v in versions):
                    self._regions.setdefault(index, []).append(_Region(decided, 0))
                elif all(_same(v.claims, versions[0].claims) for v in versions):
                    taken = decided or versions[0].claims
                    self._regions.setdefault(index, []).append(_Region(taken, len(versions[0].claims)))
                else:
                    start = min(c.start for c, _ in component)
                    end = max(c.end for c, _ in component)
                    if decided:
                        self._decisions[len(units)] = tuple(c for c in decided if c.label is not None)
                    units.append(Unit(index, start, end, versions))
        self.units = tuple(units)

    # ------------------------------------------------------------ reading the state

    @property
    def current(self) -> Unit | None:
        return self.units[self.index] if self.units else None

    @property
    def focused(self) -> Version | None:
        unit = self.current
        if unit is None or not unit.versions:
            return None
        return unit.versions[min(self.focus, len(unit.versions) - 1)]

    def text(self, paragraph: int) -> str:
        return self.article.paragraphs[paragraph].text

    def unit_text(self, unit: Unit | None = None) -> str:
        unit = unit or self.current
        return "" if unit is None else self.text(unit.paragraph)[unit.start : unit.end]

    def decision(self, index: int | None = None) -> Claims | None:
        """The unit's final claims (empty: no label), or None while undecided."""
        return self._decisions.get(self.index if index is None else index)

    def is_decided(self, index: int | None = None) -> bool:
        return (self.index if index is None else index) in self._decisions

    @property
    def agreed(self) -> int:
        return sum(r.agreed for regions in self._regions.values() for r in regions)

    @property
    def progress(self) -> ReviewProgress:
        return ReviewProgress(len(self._decisions), len(self.units), self.agreed)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    # ------------------------------------------------------------ navigation

    def goto(self, index: int) -> None:
        if not 0 <= index < len(self.units):
            raise EditRefused("no such disagreement")
        self.index = index
        self.focus = 0

    def next(self) -> bool:
        if self.index + 1 < len(self.units):
            self.goto(self.index + 1)
            return True
        self.message = "this is the last disagreement"
        return False

    def previous(self) -> bool:
        if self.index > 0:
            self.goto(self.index - 1)
            return True
        self.message = "this is the first disagreement"
        return False

    def next_open_index(self, after: int | None = None) -> int | None:
        """The next undecided unit after ``after`` (default: the current one), wrapping around."""
        start = self.index if after is None else after
        count = len(self.units)
        for step in range(1, count + 1):
            candidate = (start + step) % count
            if candidate not in self._decisions:
                return candidate
        return None

    def next_open(self) -> bool:
        """Jump to the next undecided disagreement; False when every one is decided."""
        found = self.next_open_index()
        if found is None:
            self.message = "every disagreement is decided"
            return False
        self.goto(found)
        return True

    def previous_open(self) -> bool:
        count = len(self.units)
        for step in range(1, count + 1):
            candidate = (self.index - step) % count
            if candidate not in self._decisions:
                self.goto(candidate)
                return True
        self.message = "every disagreement is decided"
        return False

    def focus_version(self, position: int) -> None:
        """Focus the unit's ``position``-th version (for set_label's spans)."""
        unit = self._require_unit()
        if not 0 <= position < len(unit.versions):
            raise EditRefused("no such version")
        self.focus = position

    def focus_step(self, step: int) -> None:
        unit = self._require_unit()
        self.focus = (self.focus + step) % len(unit.versions)

    # ------------------------------------------------------------ decisions

    def _require_unit(self) -> Unit:
        unit = self.current
        if unit is None:
            raise EditRefused("no disagreements in this article")
        return unit

    def _version_of(self, who: int | str) -> tuple[int, Version]:
        unit = self._require_unit()
        name = who if isinstance(who, str) else (self.annotators[who] if 0 <= who < len(self.annotators) else "")
        if not name:
            raise EditRefused(f"no annotator {who + 1}" if isinstance(who, int) else "no such annotator")
        for position, version in enumerate(unit.versions):
            if version.annotator == name:
                return position, version
        raise EditRefused(f"{name} did not label paragraph {unit.paragraph}")

    def _decide(self, after: Claims | None, description: str, advance: bool) -> None:
        before = self._decisions.get(self.index)
        step = Step(self.index, before, after, self.focus, description)
        self._set(self.index, after)
        self._undo.append(step)
        self._redo.clear()
        self.message = description
        self.save()
        if advance and after is not None:
            found = self.next_open_index()
            if found is None:
                self.message = f"{description}; every disagreement is decided"
            else:
                self.goto(found)

    def _set(self, index: int, claims: Claims | None) -> None:
        if claims is None:
            self._decisions.pop(index, None)
        else:
            self._decisions[index] = claims

    def pick(self, who: int | str, advance: bool = True) -> Version:
        """Take annotator ``who``'s version (index into ``annotators`` or a name) as final."""
        position, version = self._version_of(who)
        now = self.clock()
        self.focus = position
        claims = tuple(replace(c, labelled_at=now, suggestion=None) for c in version.claims)
        what = ", ".join(version.labels) if claims else "no label"
        self._decide(claims, f"took {version.annotator}'s version ({what})", advance)
        return version

    def set_label(self, label_id: str, attributes: Mapping[str, str] | None = None,
                  advance: bool = True) -> Claims:
        """Final label on the focused version's spans (the whole unit when that version is empty)."""
        label = self.scheme.get(label_id)
        if label is None:
            raise EditRefused(f"unknown label {label_id!r}")
        unit = self._require_unit()
        version = self.focused
        base = version.claims if version is not None and version.claims else (Claim(unit.start, unit.end),)
        current = self._decisions.get(self.index)
        if current and [(c.start, c.end) for c in current] == [(c.start, c.end) for c in base]:
            base = current  # keep attributes already set on this decision
        now = self.clock()
        claims = tuple(
            replace(c, label=label.id, attributes=edits.label_attributes(label, c, attributes),
                    labelled_at=now, suggestion=None)
            for c in base
        )
        self._decide(claims, f"set {label.name.lower()}", advance)
        return claims

    def set_attributes(self, values: Mapping[str, str]) -> Claims:
        """Set attributes (e.g. the speaker) on the current decision's claims whose label has them."""
        self._require_unit()
        current = self._decisions.get(self.index)
        if not current:
            raise EditRefused("decide the label first (pick a version or press a label key)")
        changed = False
        claims = []
        for claim in current:
            label = self.scheme.get(claim.label)
            allowed = {a.id for a in label.attributes} if label else set()
            mine = {k: v.strip() for k, v in values.items() if k in allowed}
            if mine:
                changed = True
                claim = replace(claim, attributes=frozen_attributes({**claim.attributes, **mine}))
            claims.append(claim)
        if not changed:
            raise EditRefused(f"the final label has no {', '.join(values)}")
        self._decide(tuple(claims), "set " + ", ".join(values), advance=False)
        return tuple(claims)

    def reject(self, advance: bool = True) -> None:
        """Decide that nothing in the unit gets a label."""
        self._require_unit()
        self._decide((), "no label", advance)

    def reopen(self) -> None:
        """Undecide the current unit (it counts as left again)."""
        self._require_unit()
        if self.index not in self._decisions:
            raise EditRefused("this disagreement is not decided yet")
        self._decide(None, "reopened", advance=False)

    def undo(self) -> Step:
        if not self._undo:
            raise EditRefused("nothing to undo")
        step = self._undo.pop()
        self._set(step.unit, step.before)
        self._redo.append(step)
        self.index, self.focus = step.unit, step.focus
        self.message = f"undid: {step.description}"
        self.save()
        return step

    def redo(self) -> Step:
        if not self._redo:
            raise EditRefused("nothing to redo")
        step = self._redo.pop()
        self._set(step.unit, step.after)
        self._undo.append(step)
        self.index, self.focus = step.unit, step.focus
        self.message = f"redid: {step.description}"
        self.save()
        return step

    # ------------------------------------------------------------ the adjudicated document

    def paragraph_claims(self, index: int) -> Claims:
        """What the adjudicated file holds for a paragraph now."""
        claims: list[Claim] = [c for region in self._regions.get(index, ()) for c in region.claims]
        for position, unit in enumerate(self.units):
            if unit.paragraph != index or position not in self._decisions:
                continue
            decided = self._decisions[position]
            claims.extend(decided if decided else (Claim(unit.start, unit.end),))
        return tuple(sorted(claims, key=lambda c: (c.start, c.end)))

    def doc(self) -> AnnotationDoc:
        """The ``adjudicated`` annotator's document for this article."""
        doc = AnnotationDoc(self.article.id, ADJUDICATED, self.article.text_sha256,
                            unplaced=list(self.existing.unplaced), updated=self.existing.updated)
        indexes = {u.paragraph for u in self.units} | set(self._regions) | set(self._boilerplate)
        for index in sorted(indexes):
            claims = self.paragraph_claims(index)
            boilerplate = self._boilerplate.get(index)
            if not claims and boilerplate is None:
                continue
            state = ParagraphState(claims, boilerplate, bool(claims))
            doc.paragraphs[index] = ParagraphRecord(self.text(index), state)
        return doc

    def changed(self) -> bool:
        """Whether the adjudicated file differs from what this review holds."""
        def comparable(doc: AnnotationDoc) -> dict[str, object]:
            data = doc_to_data(doc)
            data.pop("updated", None)
            return data
        return comparable(self.doc()) != comparable(self.existing)

    def save(self) -> bool:
        """Write the adjudicated document; on failure keep the decisions and report save_error."""
        if self.store is None:
            return True
        doc = self.doc()
        try:
            self.store.save(doc)
        except StoreError as exc:
            self.save_error = str(exc)
            return False
        self.existing = doc
        self.save_error = None
        self.last_saved = self.clock()
        self.saves += 1
        return True


def review_candidates(annotations_dir: Path) -> list[str]:
    """Article ids that two or more annotators (not counting ``adjudicated``) have files for."""
    seen: dict[str, int] = {}
    for annotator, path in annotation_files(annotations_dir):
        if annotator != ADJUDICATED:
            seen[path.stem] = seen.get(path.stem, 0) + 1
    return sorted(article_id for article_id, count in seen.items() if count >= 2)


def _common_override(states: Sequence[ParagraphState | None]) -> bool | None:
    """A boilerplate override every annotator who has the paragraph made alike, else None."""
    present = [s.boilerplate for s in states if s is not None]
    if present and all(value is not None and value == present[0] for value in present):
        return present[0]
    return None


def _components(nodes: Sequence[tuple[Claim, str]]) -> list[list[tuple[Claim, str]]]:
    """Chains of overlapping claims (any owner), in text order."""
    groups: list[list[tuple[Claim, str]]] = []
    end = -1
    for node in sorted(nodes, key=lambda n: (n[0].start, n[0].end)):
        if groups and node[0].start < end:
            groups[-1].append(node)
            end = max(end, node[0].end)
        else:
            groups.append([node])
            end = node[0].end
    return groups
