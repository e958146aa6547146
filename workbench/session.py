"""An annotation session: the cursor, the claims, every command, undo/redo and saving.

This is the whole behaviour of the annotation screen without a screen: the
TUI only renders a Session and turns keys into its commands, so every
behaviour here is unit-tested directly.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from workbench import edits
from workbench.completion import Completer
from workbench.corpus import Corpus, CorpusError
from workbench.edits import EditRefused
from workbench.journal import Journal, paragraph_entry
from workbench.model import (
    Article,
    Claim,
    Paragraph,
    ParagraphState,
    SuggestedClaim,
    is_annotatable,
)
from workbench.quotes import ParagraphQuotations, Region, article_quotations, quote_type_from_marks
from workbench.scheme import Label, Scheme
from workbench.segment import WordIndex, sentence_spans
from workbench.store import (
    AnnotationDoc,
    AnnotationStore,
    LoadProblem,
    ParagraphRecord,
    StoreError,
    atomic_write,
    describe_os_error,
    doc_to_data,
    utc_now,
)
from workbench.yamlio import YamlError, dumps_checked

# Proposes claims for one paragraph of an article (the article gives context,
# e.g. a quotation still open from the previous paragraph).
Suggester = Callable[[Article, int], Sequence[SuggestedClaim]]
# (article, paragraph, start, end, label) -> attribute values the suggester reads in a span it labelled otherwise
AttributeSuggester = Callable[[Article, int, int, int, str], Mapping[str, str]]
# The choice attribute a quotation's marks answer (its values: direct, indirect, mixed), read from the span itself.
MARKS_ATTRIBUTE = "quote_type"
DIRECT = "direct"  # the quote type quote_type_from_marks gives a span its quotation marks hold


@dataclass(frozen=True, slots=True)
class Cursor:
    article: int
    paragraph: int
    claim: int


@dataclass(frozen=True, slots=True)
class Edit:
    """One undoable step: a paragraph's state before and after, and where the cursor was."""

    article_id: str
    paragraph: int
    before: ParagraphState | None
    after: ParagraphState | None
    cursor_before: Cursor
    cursor_after: Cursor
    description: str
    tagged: int | None = None  # the claim a label key tagged in this step, which its prompt may amend


@dataclass(frozen=True, slots=True)
class Progress:
    labelled: int
    total: int
    paragraphs_done: int
    paragraphs_total: int

    @property
    def complete(self) -> bool:
        return self.paragraphs_total > 0 and self.paragraphs_done == self.paragraphs_total

    def __add__(self, other: Progress) -> Progress:
        return Progress(self.labelled + other.labelled, self.total + other.total,
                        self.paragraphs_done + other.paragraphs_done, self.paragraphs_total + other.paragraphs_total)

    def __sub__(self, other: Progress) -> Progress:
        return Progress(self.labelled - other.labelled, self.total - other.total,
                        self.paragraphs_done - other.paragraphs_done, self.paragraphs_total - other.paragraphs_total)


NO_PROGRESS = Progress(0, 0, 0, 0)


@dataclass(frozen=True)
class FlushJob:
    """YAML files to rewrite: (article id, path, data), what they cover, and the journal length then."""

    files: tuple[tuple[str, Path, dict[str, Any]], ...]
    versions: dict[str, int]
    journal_entries: int


class SessionError(Exception):
    """The session cannot start (no corpus, nothing loadable)."""


class Session:
    """One annotator working through a corpus."""

    def __init__(
        self,
        corpus: Corpus,
        scheme: Scheme,
        store: AnnotationStore,
        suggester: Suggester | None = None,
        clock: Callable[[], str] = utc_now,
        journal: Journal | None = None,
        blind: bool = False,
        attribute_suggester: AttributeSuggester | None = None,
    ) -> None:
        self.corpus = corpus
        self.scheme = scheme
        self.store = store
        self.suggester = suggester
        self.attribute_suggester = attribute_suggester if suggester is not None else None
        self.suggestions_enabled = suggester is not None
        self.clock = clock
        self.journal = journal
        self.blind = blind  # never show what other annotators decided
        self._names: tuple[Article, list[str]] | None = None  # the names of the last article asked about
        self._quotations: tuple[Article, list[ParagraphQuotations]] | None = None  # the last article's marks
        self.article_ids: tuple[str, ...] = corpus.ids
        self.failed: dict[str, str] = {}  # article id -> why it could not be opened
        self.load_problems: list[LoadProblem] = []
        self._docs: dict[str, AnnotationDoc] = {}
        self._candidates: dict[tuple[str, int], tuple[Claim, ...]] = {}
        self._suggestions: dict[tuple[str, int], tuple[SuggestedClaim, ...]] = {}
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []
        self._progress_parts: dict[str, list[Progress]] = {}
        self._versions: dict[str, int] = {}  # changes per article, to know what a background write covered
        self._write_lock = threading.Lock()
        self._progress_totals: dict[str, Progress] = {}
        self._unsaved: set[str] = set()
        self.save_error: str | None = None
        self.last_saved: str | None = None
        self.saves = 0
        self.message: str = ""
        self.word_cursor: int | None = None
        self.selection_anchor: int | None = None
        self.cursor = Cursor(0, 0, 0)
        if not self.article_ids:
            raise SessionError(f"no articles in {corpus.directory} (add some with `workbench import FILE`)")

    # ------------------------------------------------------------ articles

    def article_at(self, index: int) -> Article | None:
        """The article, or None (recorded in ``failed``) when it cannot be read."""
        article_id = self.article_ids[index]
        if article_id in self.failed:
            return None
        try:
            return self.corpus.get(article_id)
        except CorpusError as exc:
            self.failed[article_id] = str(exc)
            return None

    def doc_for(self, article: Article) -> AnnotationDoc:
        doc = self._docs.get(article.id)
        if doc is None:
            try:
                doc, problems = self.store.load(article)
            except StoreError as exc:
                # The file exists but cannot be read: refuse to overwrite it.
                self.failed[article.id] = str(exc)
                raise
            self.load_problems.extend(problems)
            self._docs[article.id] = doc
            if self.journal is not None:
                self.journal.note_loaded(doc)
        return doc

    def _usable(self, index: int) -> Article | None:
        article = self.article_at(index)
        if article is None:
            return None
        try:
            self.doc_for(article)
        except StoreError:
            return None
        return article

    @property
    def article(self) -> Article:
        article = self._usable(self.cursor.article)
        if article is None:
            raise SessionError(self.failed.get(self.article_ids[self.cursor.article], "article unavailable"))
        return article

    @property
    def doc(self) -> AnnotationDoc:
        return self.doc_for(self.article)

    # ------------------------------------------------------------ claims

    def state(self, article: Article, index: int) -> ParagraphState:
        """The paragraph's claims: the annotator's if touched, else fresh candidates."""
        stored = self.doc_for(article).state(index)
        if stored is not None and stored.touched:
            return self._with_suggestions(article.id, index, stored)
        candidates = self._candidate_claims(article, index)
        return ParagraphState(candidates, stored.boilerplate if stored else None, False)

    def _candidate_claims(self, article: Article, index: int) -> tuple[Claim, ...]:
        key = (article.id, index)
        suggested = self._suggestions.get(key) if self.suggestions_enabled else None
        if suggested:
            return tuple(Claim(s.start, s.end, suggestion=s.suggestion) for s in suggested)
        cached = self._candidates.get(key)
        if cached is None:
            text = article.paragraphs[index].text
            cached = tuple(Claim(s, e) for s, e in sentence_spans(text))
            self._candidates[key] = cached
        return cached

    def _with_suggestions(self, article_id: str, index: int, state: ParagraphState) -> ParagraphState:
        suggested = self._suggestions.get((article_id, index)) if self.suggestions_enabled else None
        if not suggested:
            return state
        by_span = {(s.start, s.end): s.suggestion for s in suggested}
        claims = tuple(
            replace(c, suggestion=by_span.get((c.start, c.end))) if c.suggestion is None else c
            for c in state.claims
        )
        return replace(state, claims=claims)

    def claims(self, index: int | None = None) -> tuple[Claim, ...]:
        return self.state(self.article, self.cursor.paragraph if index is None else index).claims

    @property
    def paragraph(self) -> Paragraph:
        return self.article.paragraphs[self.cursor.paragraph]

    @property
    def focused(self) -> Claim | None:
        claims = self.claims()
        return claims[self.cursor.claim] if 0 <= self.cursor.claim < len(claims) else None

    def annotatable(self, article: Article, index: int) -> bool:
        return is_annotatable(article.paragraphs[index], self.doc_for(article).state(index))

    # ------------------------------------------------------------ suggestions

    def set_suggestions(self, article_id: str, index: int, suggested: Sequence[SuggestedClaim]) -> None:
        """Install suggestions computed elsewhere (e.g. a worker), keeping the focus in place."""
        focus_start = None
        on_screen = self.article_ids[self.cursor.article] == article_id and self.cursor.paragraph == index
        if on_screen and self.focused is not None:
            focus_start = self.focused.start
        self._suggestions[(article_id, index)] = tuple(suggested)
        if self.suggestions_enabled and article_id in self._progress_parts:
            self._progress_changed(self.corpus.get(article_id), index)  # boundaries may differ from sentences
        if on_screen and focus_start is not None:
            self._focus_offset(focus_start)

    def has_suggestions(self, article_id: str, index: int) -> bool:
        return (article_id, index) in self._suggestions

    def compute_suggestions(self, article: Article, index: int) -> None:
        if self.suggester is not None and not self.has_suggestions(article.id, index):
            self.set_suggestions(article.id, index, self.suggester(article, index))

    def pending_suggestions(self, ahead: int = 3) -> list[tuple[str, int, Paragraph]]:
        """Paragraphs on screen and just after it that still need suggestions."""
        if self.suggester is None or not self.suggestions_enabled:
            return []
        article = self.article
        wanted: list[tuple[str, int, Paragraph]] = []
        index = self.cursor.paragraph
        while index < len(article.paragraphs) and len(wanted) <= ahead:
            if self.annotatable(article, index) and not self.has_suggestions(article.id, index):
                wanted.append((article.id, index, article.paragraphs[index]))
            index += 1
        return wanted

    def toggle_suggestions(self) -> bool:
        if self.suggester is None:
            raise EditRefused("suggestions are off for this session (--no-suggest or a blind project)")
        focus = self.focused.start if self.focused else None
        self.suggestions_enabled = not self.suggestions_enabled
        self._progress_parts.clear()  # candidate boundaries change with suggestions
        self._progress_totals.clear()
        if focus is not None:
            self._focus_offset(focus)
        return self.suggestions_enabled

    # ------------------------------------------------------------ navigation

    def _focus_offset(self, offset: int) -> None:
        claims = self.claims()
        index = next((i for i, c in enumerate(claims) if c.end > offset), max(0, len(claims) - 1))
        self.cursor = replace(self.cursor, claim=index)
        self.word_cursor = None

    def goto(self, article: int, paragraph: int = -1, claim: int = 0) -> None:
        """Move to an article (its first annotatable paragraph unless one is given)."""
        if not 0 <= article < len(self.article_ids):
            raise EditRefused("no such article")
        opened = self._usable(article)
        if opened is None:
            raise EditRefused(f"cannot open: {self.failed.get(self.article_ids[article], '')}")
        if not opened.paragraphs:
            raise EditRefused(f"{opened.id} has no text to label")
        if paragraph < 0:
            paragraph = self._next_annotatable(opened, -1, 1) or 0
        self.cursor = Cursor(article, paragraph, claim)
        self.word_cursor = None
        self.selection_anchor = None

    def goto_id(self, article_id: str, paragraph: int = -1, claim: int = 0) -> None:
        self.goto(self.article_ids.index(article_id), paragraph, claim)

    def _next_annotatable(self, article: Article, start: int, step: int) -> int | None:
        index = start + step
        while 0 <= index < len(article.paragraphs):
            if self.annotatable(article, index):
                return index
            index += step
        return None

    def next_claim(self) -> bool:
        if self.cursor.claim + 1 < len(self.claims()):
            self.cursor = replace(self.cursor, claim=self.cursor.claim + 1)
            self.word_cursor = None
            return True
        return self.next_paragraph()

    def previous_claim(self) -> bool:
        if self.cursor.claim > 0:
            self.cursor = replace(self.cursor, claim=self.cursor.claim - 1)
            self.word_cursor = None
            return True
        if self.previous_paragraph():
            self.cursor = replace(self.cursor, claim=max(0, len(self.claims()) - 1))
            return True
        return False

    def next_paragraph(self, cross_articles: bool = True) -> bool:
        """Next annotatable paragraph; at the article's end, the next article."""
        index = self._next_annotatable(self.article, self.cursor.paragraph, 1)
        if index is not None:
            self.cursor = Cursor(self.cursor.article, index, 0)
            self.word_cursor = None
            return True
        return cross_articles and self.next_article()

    def previous_paragraph(self, cross_articles: bool = True) -> bool:
        index = self._next_annotatable(self.article, self.cursor.paragraph, -1)
        if index is not None:
            self.cursor = Cursor(self.cursor.article, index, 0)
            self.word_cursor = None
            return True
        if cross_articles and self.previous_article():
            last = self._next_annotatable(self.article, len(self.article.paragraphs), -1)
            if last is not None:
                self.cursor = Cursor(self.cursor.article, last, 0)
            return True
        return False

    def next_article(self) -> bool:
        for index in range(self.cursor.article + 1, len(self.article_ids)):
            article = self._usable(index)
            if article is not None and self._next_annotatable(article, -1, 1) is not None:
                self.goto(index)
                return True
        self.message = "this is the last article"
        return False

    def previous_article(self) -> bool:
        for index in range(self.cursor.article - 1, -1, -1):
            article = self._usable(index)
            if article is not None and self._next_annotatable(article, -1, 1) is not None:
                self.goto(index)
                return True
        self.message = "this is the first article"
        return False

    # Resuming on a big project would open every finished article to find the
    # first unfinished one. A small index of complete articles, valid only while
    # both the article file and the annotation file are unchanged (size and
    # mtime), lets resume skip them with two stat calls each.

    @property
    def _complete_index_path(self) -> Path:
        return self.store.directory / ".complete.json"

    def _stamps(self, article_id: str) -> list[int] | None:
        try:
            article = os.stat(self.corpus.path(article_id))
            labels = os.stat(self.store.path(article_id))
        except OSError:
            return None
        return [article.st_mtime_ns, article.st_size, labels.st_mtime_ns, labels.st_size]

    def _load_complete_index(self) -> dict[str, list[int]]:
        try:
            data = json.loads(self._complete_index_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, list)} if isinstance(
            data, dict) else {}

    def _record_complete(self, article_ids: Sequence[str]) -> None:
        """After a write, note which of these articles are complete (best effort: only speed depends on it)."""
        index = self._load_complete_index()
        changed = False
        for article_id in article_ids:
            try:
                totals: Progress | None = self.progress(self.corpus.get(article_id))
            except (KeyError, CorpusError, StoreError):
                totals = None
            stamps = self._stamps(article_id)
            complete = totals is not None and totals.complete and stamps is not None
            if complete and index.get(article_id) != stamps:
                index[article_id] = stamps  # type: ignore[assignment]
                changed = True
            elif not complete and article_id in index:
                del index[article_id]
                changed = True
        if changed:
            with contextlib.suppress(OSError):
                atomic_write(self._complete_index_path, json.dumps(index, sort_keys=True))

    def resume(self) -> Cursor:
        """Go to the first unlabelled claim of the first unfinished article."""
        complete = self._load_complete_index()
        found_complete: list[str] = []
        try:
            for article_index in range(len(self.article_ids)):
                article_id = self.article_ids[article_index]
                if article_id in complete and complete[article_id] == self._stamps(article_id):
                    continue
                article = self._usable(article_index)
                if article is None:
                    continue
                for paragraph in range(len(article.paragraphs)):
                    if not self.annotatable(article, paragraph):
                        continue
                    claims = self.state(article, paragraph).claims
                    for claim_index, claim in enumerate(claims):
                        if claim.label is None:
                            self.cursor = Cursor(article_index, paragraph, claim_index)
                            return self.cursor
                if self.store.exists(article_id):
                    found_complete.append(article_id)  # so that the next start skips it
        finally:
            if found_complete:
                self._record_complete(found_complete)
        for article_index in range(len(self.article_ids)):
            usable = self._usable(article_index)
            if usable is not None and usable.paragraphs:
                self.goto(article_index)
                self.message = "every article is complete"
                return self.cursor
        raise SessionError("no article could be opened:\n" + "\n".join(self.failed.values()))

    # ------------------------------------------------------------ word cursor and selection

    def word_cursor_offset(self) -> int | None:
        """Start of the word the split key cuts before (defaults to the claim's middle word)."""
        claim = self.focused
        if claim is None:
            return None
        words = WordIndex(self.paragraph.text)
        inside = list(words.words_in(claim.start, claim.end))
        if len(inside) < 2:
            return None
        if self.word_cursor is None or not claim.start < self.word_cursor < claim.end:
            return words.starts[inside[len(inside) // 2]]
        return self.word_cursor

    def step_word_cursor(self, step: int) -> None:
        """The split-point key: the first press shows the default split point, later ones move it."""
        if self.word_cursor is None:
            self.word_cursor = self.word_cursor_offset()
            if step < 0:
                return
        self.move_word_cursor(step)

    def move_word_cursor(self, step: int) -> None:
        claim = self.focused
        current = self.word_cursor_offset()
        if claim is None or current is None:
            return
        words = WordIndex(self.paragraph.text)
        inside = [w for w in words.words_in(claim.start, claim.end)][1:]
        starts = [words.starts[w] for w in inside]
        position = starts.index(current) if current in starts else 0
        position = max(0, min(len(starts) - 1, position + step))
        self.word_cursor = starts[position]

    def jump_word_cursor(self, step: int) -> None:
        """The clause keys: move the split point to the next (or previous) place a clause may start.

        A sentence holding two claims splits where a clause starts: after a
        comma, semicolon, colon or dash, at an opening quotation mark, or at
        "but", "while", "although" and the like. Jumping there costs one key
        instead of one per word.
        """
        claim = self.focused
        if self.word_cursor is None:
            self.word_cursor = self.word_cursor_offset()
        current = self.word_cursor_offset()
        if claim is None or current is None:
            return
        text = self.paragraph.text
        words = WordIndex(text)
        starts = [words.starts[w] for w in words.words_in(claim.start, claim.end)][1:]
        places = [s for s in starts if clause_starts_at(text, s)]
        ahead = [s for s in places if s > current] if step > 0 else [s for s in places if s < current]
        if ahead:
            self.word_cursor = ahead[0] if step > 0 else ahead[-1]

    # ------------------------------------------------------------ editing core

    def _apply(self, new_claims: tuple[Claim, ...] | None, description: str,
               boilerplate: bool | str | None = "keep", focus: int | None = None,
               advance: bool = False, amend: bool = False, tagged: int | None = None) -> None:
        """Change the focused paragraph as one undoable, saved step.

        ``amend`` folds the change into the step before when that step tagged the
        focused claim and nothing has changed the paragraph since: the speaker
        typed into a label key's prompt, or the number pressed right after it,
        finishes that tag, and one undo should take back the whole tag rather
        than leave a quotation without its speaker. ``tagged`` marks a step as
        such a tag.
        """
        article = self.article
        index = self.cursor.paragraph
        doc = self.doc_for(article)
        before_record = doc.paragraphs.get(index)
        before = before_record.state if before_record else None
        current = self.state(article, index)
        claims = current.claims if new_claims is None else new_claims
        touched = current.touched or new_claims is not None
        after = ParagraphState(
            # Unchanged claims stay the same objects, so the journal can write only the changed ones.
            tuple(c if c.suggestion is None else replace(c, suggestion=None) for c in claims) if touched else (),
            current.boilerplate if isinstance(boilerplate, str) else boilerplate,
            touched,
        )
        cursor_before = self.cursor
        self._store_state(article, index, after)
        self.message = description  # navigation below may replace it ("this is the last article")
        if focus is not None:
            self.cursor = replace(self.cursor, claim=focus)
        if advance:
            self.next_claim()
        self.word_cursor = None
        last = self._undo[-1] if self._undo else None
        if amend and last is not None and last.after is before and last.tagged == cursor_before.claim \
                and (last.article_id, last.paragraph) == (article.id, index):
            self._undo[-1] = replace(last, after=after, cursor_after=self.cursor)
        else:
            self._undo.append(Edit(article.id, index, before, after, cursor_before, self.cursor, description,
                                   tagged))
        self._redo.clear()
        self._save(article.id, index)

    def _store_state(self, article: Article, index: int, state: ParagraphState | None) -> None:
        doc = self.doc_for(article)
        if state is None:
            doc.paragraphs.pop(index, None)
        else:
            doc.paragraphs[index] = ParagraphRecord(article.paragraphs[index].text, state)
        self._progress_changed(article, index)

    def _save(self, article_id: str, paragraph: int) -> None:
        """Make the change durable before the next command: a journal line, else the whole file.

        With a journal, the YAML file is rewritten later by :meth:`flush`. After
        any failure every later save goes through :meth:`flush`, so nothing
        depends on a journal that missed a line.
        """
        self._unsaved.add(article_id)
        self._versions[article_id] = self._versions.get(article_id, 0) + 1
        doc = self._docs[article_id]
        if self.journal is None or self.save_error is not None or doc.relocated:
            self.flush()  # a relocated file is rewritten at once: a journal line could land on another paragraph
            return
        state = doc.paragraphs.get(paragraph)
        record = paragraph_entry(article_id, self.store.annotator, paragraph, state,
                                 self.journal.recorded.get((article_id, paragraph)))
        try:
            self.journal.append(record, state.state.claims if state is not None and state.state.touched else None)
        except OSError as exc:
            self.save_error = f"{self.journal.path}: could not save: {describe_os_error(exc)}"
            return
        self.saves += 1
        self.last_saved = self.clock()

    def _checkpoint(self, article_ids: Iterable[str]) -> None:
        """Journal the whole state of every paragraph with lines, before their files are rewritten.

        A line spliced against a file no longer fits once the file is rewritten, and a crash (or a
        failed write, or a key during a background write) may leave it in the journal; replay skips
        the lines before a whole state. Raises OSError like any append.
        """
        assert self.journal is not None
        for article_id in article_ids:
            doc = self._docs.get(article_id)
            if doc is None:
                continue
            for index in self.journal.journaled(article_id):
                record = doc.paragraphs.get(index)
                if self.journal.holds_whole(article_id, index, record):
                    continue
                self.journal.append(paragraph_entry(article_id, self.store.annotator, index, record),
                                    record.state.claims if record is not None and record.state.touched else None,
                                    whole_of=record)

    def flush(self) -> bool:
        """Write every article with pending changes to its YAML file; keep them in memory on failure."""
        written: list[str] = []
        if self.journal is not None and self.journal.entries:
            with contextlib.suppress(OSError):  # a full disk: the files are written all the same, as before
                self._checkpoint(sorted(self._unsaved))
        with self._write_lock:
            for article_id in sorted(self._unsaved):
                doc = self._docs.get(article_id)
                if doc is None:
                    self._unsaved.discard(article_id)
                    continue
                try:
                    self.store.save(doc)
                except StoreError as exc:
                    self.save_error = str(exc)
                    return False
                doc.relocated = False
                self._unsaved.discard(article_id)
                written.append(article_id)
                if self.journal is None:
                    self.saves += 1
            self._record_complete(written)
            if self.journal is not None and self.journal.entries:
                try:
                    self.journal.clear(self._docs[a] for a in written if a in self._docs)
                except OSError as exc:
                    self.save_error = f"{self.journal.path}: {describe_os_error(exc)}"
                    return False
        if self.save_error is not None or self.journal is None:
            self.last_saved = self.clock()
        self.save_error = None
        return True

    # Rewriting big YAML files takes time proportional to the article; with a
    # journal it can happen off the UI thread: snapshot the data here (cheap),
    # write it in a worker (write_flush), then settle here (end_flush).

    def begin_flush(self) -> FlushJob | None:
        """A snapshot of the files to rewrite, or None when there is nothing to do off-thread."""
        if self.journal is None or self.save_error is not None or not self._unsaved:
            return None
        try:
            self._checkpoint(sorted(self._unsaved))
        except OSError as exc:
            self.save_error = f"{self.journal.path}: could not save: {describe_os_error(exc)}"
            return None  # the next save goes through flush(), which writes the files and empties the journal
        files = []
        for article_id in sorted(self._unsaved):
            doc = self._docs.get(article_id)
            if doc is not None:
                doc.updated = utc_now()
                files.append((article_id, self.store.path(article_id), doc_to_data(doc)))
        return FlushJob(tuple(files), {a: self._versions.get(a, 0) for a, _, _ in files}, self.journal.entries)

    def write_flush(self, job: FlushJob) -> str | None:
        """Write a snapshot (safe in a worker thread); returns an error message or None."""
        with self._write_lock:
            for _article_id, path, data in job.files:
                try:
                    atomic_write(path, dumps_checked(data))
                except YamlError as exc:
                    return f"{path}: {exc}"
                except OSError as exc:
                    return f"{path}: could not save: {describe_os_error(exc)}"
        return None

    def end_flush(self, job: FlushJob, error: str | None) -> None:
        """Back on the UI thread: mark what was written, and empty the journal if it is all in the files."""
        if error is not None:
            self.save_error = error
            return
        for article_id, version in job.versions.items():
            if self._versions.get(article_id, 0) == version:
                self._unsaved.discard(article_id)
        self._record_complete(list(job.versions))
        if self.journal is not None and not self._unsaved and self.journal.entries == job.journal_entries:
            with self._write_lock:
                try:
                    self.journal.clear(self._docs[a] for a in job.versions if a in self._docs)
                except OSError as exc:
                    self.save_error = f"{self.journal.path}: {describe_os_error(exc)}"

    @property
    def unsaved(self) -> bool:
        """True while some change is not yet durable (only after a failed save)."""
        return self.save_error is not None or (self.journal is None and bool(self._unsaved))

    @property
    def pending_files(self) -> bool:
        """True while YAML files lag behind the journal (flush when the analyst pauses)."""
        return bool(self._unsaved)

    def _require_claim(self) -> Claim:
        claim = self.focused
        if claim is None:
            raise EditRefused("no claim here")
        return claim

    # ------------------------------------------------------------ commands

    def label(self, label_id: str, attributes: Mapping[str, str] | None = None, advance: bool = True,
              description: str = "") -> Label:
        label = self.scheme.get(label_id)
        if label is None:
            raise EditRefused(f"unknown label {label_id!r}")
        self._require_claim()
        chosen = [a.id for a in label.attributes if a.choices and a.id not in (attributes or {})]
        defaults = self.span_attributes(label) if chosen else None
        new = edits.set_label(self.claims(), self.cursor.claim, label, self.clock(), attributes, defaults)
        self._apply(new, description or f"tagged {label.name.lower()}", advance=advance, tagged=self.cursor.claim)
        return label

    def span_attributes(self, label: Label, unmarked: bool = True) -> Mapping[str, str]:
        """The choices the focused claim's own words give it under ``label``: the suggestion's when it proposed
        this label, else what the suggester reads in the span (its quote type, its strongest framing cue's
        device); without suggestions, only the quote type its quotation marks show (a count of marks, no
        judgement: labels, speakers and devices are never proposed to an analyst who works unprimed). A value
        the scheme does not offer is dropped (a project may name its quote types otherwise). With ``unmarked``
        false, a span the suggester read and found with no quotation mark and no cue gets no quote type."""
        claim = self._require_claim()
        found: Mapping[str, str] = {}
        if self.suggestions_enabled and claim.suggestion is not None and claim.suggestion.label == label.id:
            found = claim.suggestion.attributes
        elif self.attribute_suggester is not None and self.suggestions_enabled:
            found = self.attribute_suggester(self.article, self.cursor.paragraph, claim.start, claim.end, label.id)
        offered = {a.id: a.choices for a in label.attributes if a.choices}
        kept = {k: v for k, v in found.items() if v and (k not in offered or v in offered[k])}
        # The suggester read the span and found neither a quotation mark nor a cue (not: it could not read it,
        # not yet analysed or evicted, which gives nothing)
        silent = found.get(MARKS_ATTRIBUTE) == ""
        if MARKS_ATTRIBUTE in offered and not kept.get(MARKS_ATTRIBUTE) and (unmarked or not silent):
            value = quote_type_from_marks(self.paragraph.text, self._marks(), claim.start, claim.end)
            if value in offered[MARKS_ATTRIBUTE]:
                kept[MARKS_ATTRIBUTE] = value
        return kept

    def _marks(self) -> list[Region]:
        """The quotations of the paragraph on screen, read across the article (a quotation may run on from the
        paragraph before); read once per article."""
        article = self.article
        if self._quotations is None or self._quotations[0] is not article:
            self._quotations = (article, article_quotations(article.paragraphs))
        return self._quotations[1][self.cursor.paragraph].regions

    def accept_suggestion(self, advance: bool = True) -> Label:
        claim = self._require_claim()
        if claim.suggestion is None:
            raise EditRefused("no suggestion for this claim")
        return self.label(claim.suggestion.label, claim.suggestion.attributes, advance=advance)

    def claim_before(self) -> Claim | None:
        """The nearest labelled claim before the focused one in this article, in reading order.

        News quotes one speaker over several sentences in a row: "the same as
        the claim before" is then one key instead of a label key, a speaker and
        a quote type. It is the claim the analyst sees above the focused one,
        not the last one they happened to tag, so it means the same after a
        restart or a jump.
        """
        cursor = self.cursor
        for claim in reversed(self.claims()[: cursor.claim]):
            if claim.label is not None:
                return claim
        doc = self.doc
        for index in range(cursor.paragraph - 1, -1, -1):  # usually a step or two: no sort of the whole article
            record = doc.paragraphs.get(index)
            if record is None or not is_annotatable(self.article.paragraphs[index], record.state):
                continue
            state = record.state
            for claim in reversed(state.claims):
                if claim.label is not None:
                    return claim
        return None

    def ditto(self, advance: bool = True) -> Label:
        """Give the focused claim the label, speaker and device of the claim before it, and the quote type of
        its own words ("“We will fight,” she said. She added that …": the same speaker, now indirect)."""
        self._require_claim()
        values = self.ditto_values()
        if values is None:
            raise EditRefused("no labelled claim before this one in the article")
        label, attributes = values
        shown = ", ".join(v for v in attributes.values() if v)
        return self.label(label.id, attributes, advance,
                          f"same as before: {label.name.lower()}" + (f" ({shown})" if shown else ""))

    def ditto_values(self) -> tuple[Label, dict[str, str]] | None:
        """The label and attributes ``.`` gives the focused claim (None: no labelled claim before it)."""
        before = self.claim_before()
        if before is None or before.label is None:
            return None
        label = self.scheme.get(before.label)
        if label is None:
            raise EditRefused(f"the claim before has a label this scheme lacks ({before.label!r})")
        values = {a.id: before.attributes.get(a.id, "") for a in label.attributes}  # "" clears a suggested value
        if MARKS_ATTRIBUTE in values:
            # With the suggester reading the span, words with no quotation mark and no cue of their own go on
            # in the voice of a direct quotation before them (an interview's answer, a statement read out
            # sentence by sentence): 71 quote-type keys fewer on the devset. After an indirect or mixed one, and
            # for an unprimed analyst (no cue is read: "Officials said …" has no marks either), the marks decide.
            own = self.span_attributes(label, unmarked=values[MARKS_ATTRIBUTE] != DIRECT).get(MARKS_ATTRIBUTE)
            values[MARKS_ATTRIBUTE] = own or values[MARKS_ATTRIBUTE]
        return label, values

    def accept_all_suggestions(self) -> int:
        """Accept every suggestion on unlabelled claims of the paragraph, as one undo step."""
        claims = list(self.claims())
        now = self.clock()
        count = 0
        for i, claim in enumerate(claims):
            if claim.label is None and claim.suggestion is not None:
                label = self.scheme.get(claim.suggestion.label)
                if label is None:
                    continue
                claims[i] = edits.set_label(tuple(claims), i, label, now, claim.suggestion.attributes)[i]
                count += 1
        if not count:
            raise EditRefused("no suggestions left in this paragraph")
        self._apply(tuple(claims), f"accepted {count} suggestion{'s' if count > 1 else ''}")
        self.next_paragraph()
        self._undo[-1] = replace(self._undo[-1], cursor_after=self.cursor)  # redo lands where the key went
        return count

    def clear(self) -> None:
        self._require_claim()
        self._apply(edits.clear_label(self.claims(), self.cursor.claim), "cleared the label")

    def move_end(self, forward: bool) -> None:
        self._require_claim()
        text = self.paragraph.text
        new = edits.move_end(text, self.claims(), self.cursor.claim, forward)
        claim = self.focused
        assert claim is not None
        focus = next(i for i, c in enumerate(new) if c.start == claim.start)
        self._apply(new, "grew the end" if forward else "shrank the end", focus=focus)

    def move_start(self, forward: bool) -> None:
        claim = self._require_claim()
        text = self.paragraph.text
        new = edits.move_start(text, self.claims(), self.cursor.claim, forward)
        focus = next(i for i, c in enumerate(new) if c.end == claim.end)
        self._apply(new, "moved the start right" if forward else "moved the start left", focus=focus)

    def split(self, at: int | None = None) -> None:
        self._require_claim()
        offset = at if at is not None else self.word_cursor_offset()
        if offset is None:
            raise EditRefused("a one-word claim cannot be split")
        new = edits.split(self.paragraph.text, self.claims(), self.cursor.claim, offset)
        self._apply(new, "split the claim", focus=self.cursor.claim)

    def merge_next(self) -> None:
        self._require_claim()
        self._apply(edits.merge_next(self.claims(), self.cursor.claim), "merged with the next claim",
                    focus=self.cursor.claim)

    @contextlib.contextmanager
    def _at(self, where: Cursor | None) -> Iterator[None]:
        """Act on the claim at ``where`` (one a form or key was opened for), then put the cursor back."""
        here = self.cursor
        if where is not None:
            self.cursor = where
        try:
            yield
        finally:
            if where is not None:
                self.cursor = here

    def set_attributes(self, values: Mapping[str, str], where: Cursor | None = None, amend: bool = False) -> None:
        """Set attributes of the focused claim, or of the claim at ``where`` (after a prompt).

        ``amend``: part of the tag just made, undone with it (see :meth:`_apply`).
        """
        with self._at(where):
            self._require_claim()
            claims = self.claims()
            for name, value in values.items():
                claims = edits.set_attribute(claims, self.cursor.claim, name, value)
            self._apply(claims, "set " + ", ".join(values), amend=amend)

    def choose(self, number: int, where: Cursor | None = None, amend: bool = False) -> str:
        """Set the claim's choice attribute (quote type, framing device) to its ``number``-th choice; 0 empties it.

        One key instead of opening the attributes form: "e 3" tags framing
        and names its device. Acts on the claim at ``where`` (the one a label
        key just tagged), else on the focused claim. Returns what was set.
        """
        with self._at(where):
            claim = self._require_claim()
            label = self.scheme.get(claim.label) if claim.label else None
            attribute = next((a for a in label.attributes if a.choices), None) if label else None
            if attribute is None:
                raise EditRefused("label the claim first: numbers pick its quote type or framing device")
            if not 0 <= number <= len(attribute.choices):
                raise EditRefused(f"{attribute.name.lower()}: 1 to {len(attribute.choices)}, or 0 for none")
            value = attribute.choices[number - 1] if number else ""
            self.set_attributes({attribute.id: value}, amend=amend)
            self.message = f"{attribute.name.lower()}: {value or 'none'}"
            return value

    def set_note(self, note: str, where: Cursor | None = None) -> None:
        with self._at(where):
            self._require_claim()
            self._apply(edits.set_note(self.claims(), self.cursor.claim, note),
                        "noted" if note else "removed the note")

    def toggle_boilerplate(self) -> bool:
        """Flip the paragraph between skipped (boilerplate) and article text; returns True if now skipped."""
        paragraph = self.paragraph
        skipped = not is_annotatable(paragraph, self.doc.state(self.cursor.paragraph))
        value: bool | None = not skipped
        if (value and paragraph.kind == "boilerplate") or (not value and paragraph.kind == "content"):
            value = None  # back to the corpus's own judgement
        self._apply(None, "marked article text" if skipped else "marked boilerplate", boilerplate=value)
        return not skipped

    def step_paragraph(self, step: int) -> bool:
        """Move to the next/previous paragraph including skipped ones (to un-mark boilerplate)."""
        index = self.cursor.paragraph + step
        if not 0 <= index < len(self.article.paragraphs):
            return False
        self.cursor = Cursor(self.cursor.article, index, 0)
        self.word_cursor = None
        return True

    def select(self, start: int, end: int) -> None:
        """A new claim from a selection (mouse drag), snapped to words, ready to be tagged."""
        new, focus = edits.create(self.paragraph.text, self.claims(), start, end)
        self._apply(new, "new claim from the selection", focus=focus)

    # ------------------------------------------------------------ undo

    def _restore(self, article_id: str, paragraph: int, state: ParagraphState | None, cursor: Cursor) -> None:
        article_index = self.article_ids.index(article_id)
        article = self._usable(article_index)
        if article is None:
            raise EditRefused("the article of that step cannot be opened")
        self._store_state(article, paragraph, state)
        self.cursor = cursor
        self.word_cursor = None
        claims = self.claims()
        if self.cursor.claim >= len(claims):
            self.cursor = replace(self.cursor, claim=max(0, len(claims) - 1))
        self._save(article_id, paragraph)

    def undo(self) -> Edit:
        if not self._undo:
            raise EditRefused("nothing to undo")
        edit = self._undo.pop()
        self._restore(edit.article_id, edit.paragraph, edit.before, edit.cursor_before)
        self._redo.append(edit)
        self.message = f"undid: {edit.description}"
        return edit

    def redo(self) -> Edit:
        if not self._redo:
            raise EditRefused("nothing to redo")
        edit = self._redo.pop()
        self._restore(edit.article_id, edit.paragraph, edit.after, edit.cursor_after)
        self._undo.append(edit)
        self.message = f"redid: {edit.description}"
        return edit

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    # ------------------------------------------------------------ progress

    def progress(self, article: Article | None = None) -> Progress:
        """Claims labelled / total and paragraphs done, kept per paragraph so a key costs O(1).

        The first call for an article counts every paragraph (segmenting the
        untouched ones); edits and new suggestions then update only the
        paragraph they change.
        """
        article = article or self.article
        parts = self._progress_parts.get(article.id)
        if parts is None:
            parts = [self._paragraph_progress(article, i) for i in range(len(article.paragraphs))]
            self._progress_parts[article.id] = parts
            self._progress_totals[article.id] = sum(parts, NO_PROGRESS)
        return self._progress_totals[article.id]

    def annotatable_position(self, article: Article, index: int) -> int:
        """1-based position of paragraph ``index`` among the article's paragraphs to label (0 if skipped)."""
        self.progress(article)
        parts = self._progress_parts[article.id]
        if not parts[index].paragraphs_total:
            return 0
        return sum(part.paragraphs_total for part in parts[: index + 1])

    def _paragraph_progress(self, article: Article, index: int) -> Progress:
        if not self.annotatable(article, index):
            return NO_PROGRESS
        state = self.state(article, index)
        return Progress(state.labelled, len(state.claims), int(state.done), 1)

    def _progress_changed(self, article: Article, index: int) -> None:
        parts = self._progress_parts.get(article.id)
        if parts is None:
            return
        old = parts[index]
        new = self._paragraph_progress(article, index)
        parts[index] = new
        self._progress_totals[article.id] = self._progress_totals[article.id] - old + new

    def article_progress(self, index: int) -> Progress | None:
        article = self._usable(index)
        return self.progress(article) if article is not None else None

    def speaker_choices(self, completions: Sequence[str] | None = None, limit: int = 9) -> list[str]:
        """The likeliest speakers of the focused claim, numbered in the prompt so that one key picks one.

        Speakers this article's labels already quote and the claim names (a
        surname is enough), a town's body the claim names by its kind, with
        the article's town ("Gemeinde Quelitz", where the suggester has read
        the article and suggestions are on), then the names the claim writes,
        the article's last speaker before here, "unnamed", three of the
        initials the claim gives in brackets, a body's first ("Agentur für
        Gesundheit und Ernährungssicherheit (AGES)": references write a body
        so; after "unnamed", since a party's after each name is as common:
        "Olaf Scholz (SPD)"), two of the claim's longest name phrases, which
        the names cut short ("chambre d’agriculture de Bretagne"), the
        paragraph's other names, and the rest of the completions
        (``speakers()``, unless given).
        """
        from workbench.names import (
            bracketed_initials,
            capitalises_nouns,
            longest_phrases,
            names_in_text,
            with_fuller_forms,
        )

        article = self.article
        index = self.cursor.paragraph
        paragraph = article.paragraphs[index].text
        claim = self.focused
        text = paragraph[claim.start : claim.end] if claim is not None else paragraph
        words = set(re.findall(r"\w+", text.casefold()))
        used: list[str] = []  # this article's speakers up to here, the latest last
        doc = self.doc_for(article)
        for at in sorted(doc.paragraphs):
            if at > index:
                break
            for labelled in doc.paragraphs[at].state.claims:
                speaker = labelled.attributes.get("speaker")
                if speaker and labelled is not claim:
                    used.append(speaker)
        recent = list(dict.fromkeys(reversed(used)))
        named = [s for s in recent if any(w in words for w in re.findall(r"\w{3,}", s.casefold()))]
        known = self.speakers() if completions is None else completions
        german = capitalises_nouns(paragraph)  # a claim of one sentence is too short to tell
        # The suggester's reading of the article, for an analyst who works with suggestions only (an unprimed one is
        # offered none of its guesses); its module only if the suggestion worker loaded it, its analysis only if the
        # worker made it: nothing is imported or analysed at a key press.
        suggester = sys.modules.get("workbench.suggest") if self.suggestions_enabled else None
        town_bodies: list[str] = suggester.town_bodies_named(article, text) if suggester is not None else []
        ordered = [*named, *town_bodies, *names_in_text(text, german), *recent[:1], "unnamed",
                   *bracketed_initials(text)[:3], *longest_phrases(text, german)[:2],
                   *names_in_text(paragraph, german), *recent, *known]
        # A surname as the article introduced it in full, this article's names only ("Mike Pompeo" from
        # yesterday's article must not stand for today's "Pompeo"); what the analyst recorded stays as it is.
        ordered = with_fuller_forms((s for s in ordered if s), self._article_names(article), keep=recent)
        if german:  # "Jahre", "Frau": a German word alone is rarely the one quoted, unless in capitals ("SPD")
            keep = {*recent, "unnamed"}
            ordered = sorted(ordered, key=lambda s: " " not in s and s not in keep and not _initials(s))
        return ordered[:limit]

    def _article_names(self, article: Article) -> list[str]:
        """The names the article writes (``names.names_in``), read once per article the prompt is opened in."""
        from workbench.names import names_in

        if self._names is None or self._names[0] is not article:
            self._names = (article, names_in(p.text for p in article.paragraphs))
        return self._names[1]

    def speakers(self) -> list[str]:
        """Completions for the speaker prompt, in the order "→" picks them (the first that fits what is typed).

        The analyst's speakers in this article (most used first), other
        annotators' for it (not in a blind project), "unnamed", the names the
        article itself writes, then the analyst's speakers in other articles:
        "Mike Pompeo" from yesterday's article must not complete before this
        one's "Michael R. Pompeo". Only files of this article are read: the
        prompt opens at once on a project of any size.
        """
        from collections import Counter

        from workbench.store import annotators
        from workbench.yamlio import load_file

        article = self.article
        counts: Counter[str] = Counter()  # this article's speakers
        elsewhere: Counter[str] = Counter()  # the other articles'
        mine = self._docs.get(article.id)
        for doc in self._docs.values():
            for record in doc.paragraphs.values():
                for claim in record.state.claims:
                    speaker = claim.attributes.get("speaker")
                    if speaker:
                        (counts if doc is mine else elsewhere)[speaker] += 1
        others: Counter[str] = Counter()
        if not self.blind:
            for name in annotators(self.store.root):
                path = self.store.root / name / f"{article.id}.yaml"
                if name == self.store.annotator or not path.is_file():
                    continue
                try:
                    data = load_file(path)
                except Exception:
                    continue
                for entry in (data or {}).get("paragraphs") or []:
                    for claim in (entry or {}).get("claims") or []:
                        speaker = claim.get("speaker") if isinstance(claim, Mapping) else None
                        if isinstance(speaker, str) and speaker:
                            others[speaker] += 1
        ordered = [name for name, _ in counts.most_common()] + [name for name, _ in others.most_common()]
        return list(dict.fromkeys([*ordered, "unnamed", *self._article_names(article),
                                   *(name for name, _ in elsewhere.most_common())]))

    def speaker_completer(self, speakers: Sequence[str] | None = None) -> Completer:
        """What → completes in the speaker prompt: see :func:`speaker_completion`."""
        return speaker_completion(self.speakers() if speakers is None else speakers, self.article)


def _initials(name: str) -> bool:
    """Whether a one-word name is written in capitals ("SPD", "WLV", "SPÖ"): a body's initials, not a noun."""
    return len(name) > 1 and name.isupper() and any(c.isalpha() for c in name)


def speaker_completion(speakers: Sequence[str], article: Article) -> Completer:
    """The speaker prompt's completion (``workbench.completion``): ``speakers`` (``Session.speakers()``), then,
    where none of them completes what is typed, every name-like phrase the article writes, for the institutions
    and lists of names the names leave out, then the article's own words after what is typed. Pure, so the
    prompt may build it off the UI thread."""
    from workbench.names import name_phrases

    texts = [p.text for p in article.paragraphs]
    return Completer(speakers, name_phrases(texts), texts)


_CLAUSE_WORDS = frozenset({"but", "while", "whereas", "although", "though", "because", "yet", "however", "and",
                           "according", "which", "who", "as", "so", "since", "unless", "if", "when"})
_OPENING_MARKS = "“\"‘«„「(–—"


def clause_starts_at(text: str, offset: int) -> bool:
    """True where a clause may start: after , ; : or a dash, at an opening mark, or at a joining word."""
    before = offset - 1
    while before >= 0 and text[before].isspace():  # no slicing: a paragraph may be a megabyte
        before -= 1
    if before >= 0 and text[before] in ",;:–—(":
        return True
    if text[offset : offset + 1] in _OPENING_MARKS:
        return True
    end = offset
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[offset:end].casefold() in _CLAUSE_WORDS


def progress_of(article: Article, doc: AnnotationDoc | None) -> Progress:
    """An article's progress from its saved labels alone (sentence candidates where untouched).

    Used for overviews (article list, stats) without opening a Session.
    """
    labelled = total = done = paragraphs = 0
    for paragraph in article.paragraphs:
        state = doc.state(paragraph.index) if doc is not None else None
        if not is_annotatable(paragraph, state):
            continue
        paragraphs += 1
        if state is not None and state.touched:
            total += len(state.claims)
            labelled += state.labelled
            done += state.done
        else:
            total += len(sentence_spans(paragraph.text))
    return Progress(labelled, total, done, paragraphs)
