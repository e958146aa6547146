"""The annotation screen: layout, key bindings, and the glue from keys to Session commands.

Behaviour lives in :class:`workbench.session.Session`; this screen only
renders it and calls its commands. Label bindings are made from labels.yaml
when the screen class is built (:func:`annotate_screen_class`), so a
project's own keys appear in the footer and can be remapped like the rest.
"""

from __future__ import annotations

import contextlib
import functools
import types
from collections.abc import Callable
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import get_current_worker

from workbench.completion import Completer
from workbench.edits import EditRefused
from workbench.model import Article, is_annotatable
from workbench.progress_count import count_in_child
from workbench.scheme import Label, Scheme
from workbench.session import NO_PROGRESS, Cursor, FlushJob, Progress, Session, SessionError, speaker_completion
from workbench.store import StoreError
from workbench.tui.screens.articles import ArticleListScreen
from workbench.tui.screens.forms import AttributeForm, NoteForm
from workbench.tui.screens.info import HelpScreen, key_display
from workbench.tui.widgets.footer import KeyFooter
from workbench.tui.widgets.panels import Details, Legend, ProgressPanel, StatusBar
from workbench.tui.widgets.paragraph_view import ParagraphView, ViewModel

NARROW = 110  # below this width the legend and details go under the text
CONDITIONAL_ACTIONS = ("accept", "accept_all", "toggle_suggestions", "clear", "merge", "undo", "redo", "speaker")
FLUSH_DELAY = 1.0  # seconds of quiet before the YAML files catch up with the journal

BASE_BINDINGS: list[BindingType] = [
    Binding("space", "accept", "Accept", id="annotate.accept"),
    Binding("A", "accept_all", "Accept all", id="annotate.accept_all"),
    Binding("full_stop", "ditto", "Same as the claim before (label, speaker, type)", show=False, id="annotate.ditto"),
    Binding("down,j", "next_claim", "Next", id="annotate.next_claim"),
    Binding("up,k", "previous_claim", "Prev", id="annotate.previous_claim"),
    Binding("n", "next_paragraph", "Next ¶", id="annotate.next_paragraph"),
    Binding("p", "previous_paragraph", "Prev ¶", id="annotate.previous_paragraph"),
    Binding("x", "clear", "Clear", id="annotate.clear"),
    Binding("u,ctrl+z", "undo", "Undo", id="annotate.undo"),
    Binding("ctrl+y", "redo", "Redo", id="annotate.redo"),
    Binding("s", "split", "Split", id="annotate.split"),
    Binding("m", "merge", "Merge", id="annotate.merge"),
    Binding("a", "speaker", "Attributes", id="annotate.speaker"),
    Binding("c", "note", "Note", id="annotate.note"),
    Binding("b", "boilerplate", "Boilerplate", id="annotate.boilerplate"),
    Binding("o", "articles", "Articles", id="annotate.articles"),
    Binding("question_mark", "help", "Help", id="annotate.help"),
    Binding("shift+right", "move_end(True)", "End →", show=False, id="annotate.grow_end"),
    Binding("shift+left", "move_end(False)", "End ←", show=False, id="annotate.shrink_end"),
    Binding("alt+right,right_square_bracket", "move_start(True)", "Start →", show=False, id="annotate.start_right"),
    Binding("alt+left,left_square_bracket", "move_start(False)", "Start ←", show=False, id="annotate.start_left"),
    Binding("right,l", "word_cursor(1)", "Split point →", show=False, id="annotate.word_right"),
    Binding("left,h", "word_cursor(-1)", "Split point ←", show=False, id="annotate.word_left"),
    Binding("greater_than_sign", "clause_cursor(1)", "Split point → next clause", show=False,
            id="annotate.clause_right"),
    Binding("less_than_sign", "clause_cursor(-1)", "Split point ← previous clause", show=False,
            id="annotate.clause_left"),
    Binding("shift+down", "step_paragraph(1)", "Next ¶ incl. skipped", show=False, id="annotate.step_down"),
    Binding("shift+up", "step_paragraph(-1)", "Prev ¶ incl. skipped", show=False, id="annotate.step_up"),
    Binding("t", "toggle_suggestions", "Suggestions on/off", show=False, id="annotate.toggle_suggestions"),
    *(Binding(str(n), f"choose({n})", "Quote type or framing device by number, right after tagging (0: none)",
              show=False, id=f"annotate.choose_{n}") for n in range(10)),
    Binding("escape", "cancel_selection", "Cancel selection", show=False, id="annotate.cancel"),
]


def annotate_screen_class(scheme: Scheme) -> type[AnnotateScreen]:
    """A screen class whose first bindings are the scheme's label keys."""
    label_bindings: list[BindingType] = [
        Binding(label.key, f"tag('{label.id}')", label.name, id=f"label.{label.id}") for label in scheme.labels
    ]

    def body(namespace: dict[str, Any]) -> None:
        namespace["BINDINGS"] = [*label_bindings, *BASE_BINDINGS]

    return types.new_class("AnnotateScreen", (AnnotateScreen,), {"inherit_bindings": False}, body)


class AnnotateScreen(Screen[None]):
    """Header, reading pane, legend and details, footer."""

    BINDINGS: ClassVar[list[BindingType]] = BASE_BINDINGS
    DEFAULT_CSS = """
    AnnotateScreen #body { height: 1fr; }
    AnnotateScreen #side { width: 44; border-left: vkey $panel-lighten-2; }
    AnnotateScreen #side Details { margin-top: 1; }
    AnnotateScreen #bottom { height: auto; max-height: 7; border-top: hkey $panel-lighten-2; }
    AnnotateScreen.-narrow #side { display: none; }
    AnnotateScreen.-wide #bottom { display: none; }
    AnnotateScreen ParagraphView { height: 1fr; padding: 1 1 0 1; }
    """

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.selection: tuple[int, int] | None = None
        self._suggesting = False
        self._flush_timer: Timer | None = None
        self._flushing = False
        self._available: tuple[bool | None, ...] = ()
        self.corpus_progress: dict[str, Progress] = {}
        self._corpus_total = NO_PROGRESS
        self._complete_count = 0
        self._counting = True
        self._background_started = False
        self._just_tagged: Cursor | None = None  # the claim the last label key or accept tagged
        self._completed: set[str] = set()

    # ------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        # Classed before the widgets exist: classing the mounted screen restyles every widget (~20 ms).
        self._apply_width(self.app.size.width)
        yield StatusBar(id="status")
        with Horizontal(id="body"):
            with Vertical(id="main"):
                yield ParagraphView(id="text")
                with Vertical(id="bottom"):
                    yield Details(id="details-bottom")
                    yield Legend(id="legend-bottom")
            with Vertical(id="side"):
                yield Legend(id="legend-side")
                yield Details(id="details-side")
                yield ProgressPanel(id="progress-side")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(ParagraphView).focus()
        self.set_interval(2.0, self._retry_saves)
        self.refresh_all()
        self.call_after_refresh(self._start_background_work)

    def _start_background_work(self) -> None:
        """Counting and suggesting start once the first frame is drawn: the analyst sees the text first."""
        self._background_started = True
        self._count_corpus()
        self._request_suggestions()

    def on_resize(self) -> None:
        self._apply_width(self.size.width)
        self.refresh_all(command=False)

    def _apply_width(self, width: int) -> None:
        narrow = width < NARROW
        if self.has_class("-narrow") != narrow or self.has_class("-wide") == narrow:  # restyling costs ~20 ms
            self.set_class(narrow, "-narrow")
            self.set_class(not narrow, "-wide")

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    # ------------------------------------------------------------ rendering

    def refresh_all(self, command: bool = True) -> None:
        """Redraw from the session. After a command (not after background work finishing, a
        resize or a save) the claim "just tagged" is no longer the one a number key sets."""
        session = self.session
        try:
            article = session.article
        except SessionError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        cursor = session.cursor
        claims = session.claims()
        # As many neighbours as a tall pane could show (the view lays out only what fits).
        count = max(3, self.size.height // 4)
        before = self._context_paragraphs(article, cursor.paragraph, -1, count)
        after = self._context_paragraphs(article, cursor.paragraph, 1, count)
        texts = {i: article.paragraphs[i].text for i in (*before, cursor.paragraph, *after)}
        paragraph = article.paragraphs[cursor.paragraph]
        skipped = not is_annotatable(paragraph, session.doc.state(cursor.paragraph))
        heading = ""
        if skipped:
            kind = "heading" if paragraph.kind == "heading" else "boilerplate"
            heading = f"skipped: {kind} (b to mark as article text)"
        model = ViewModel(
            texts=texts, current=cursor.paragraph, before=before, after=after, claims=claims,
            focused=cursor.claim if claims else -1, word_cursor=session.word_cursor if session.word_cursor else None,
            selection=self.selection, colors={label.id: label.color for label in session.scheme.labels},
            heading=heading, skipped=skipped, show_suggestions=session.suggestions_enabled,
        )
        self.query_one(ParagraphView).show(model)
        article_progress = session.progress(article)
        position = session.annotatable_position(article, cursor.paragraph)
        self._update_corpus_progress(article.id, article_progress)
        self.query_one(StatusBar).show(
            outlet=article.meta.outlet, title=article.title, paragraph=(position, article_progress.paragraphs_total),
            article=(cursor.article + 1, len(session.article_ids)), progress=article_progress,
            annotator=session.store.annotator, saved=session.last_saved, error=session.save_error,
            unsaved=session.unsaved, width=self.size.width or self.app.size.width,
        )
        focused = session.focused
        where = "bottom" if self.narrow else "side"
        details_id, legend_id = f"#details-{where}", f"#legend-{where}"
        self.query_one(details_id, Details).show(
            session.scheme, focused, (cursor.claim + 1, len(claims)), self.narrow,
            session.suggestions_enabled, session.save_error or session.message,
        )
        self.query_one(legend_id, Legend).show(session.scheme, compact=self.narrow)
        session.message = ""
        if command:
            self._just_tagged = None  # a tag sets it again after this
        # refresh_bindings walks every binding of the focus chain and signals the footer,
        # so ask for it only when what applies has changed.
        available = tuple(self.check_action(action, ()) for action in CONDITIONAL_ACTIONS)
        if available != self._available:
            self._available = available
            self.refresh_bindings()
        self._request_suggestions()

    def _context_paragraphs(self, article: Article, index: int, step: int, count: int = 3) -> tuple[int, ...]:
        """Up to ``count`` article-text paragraphs next to ``index`` (document order)."""
        found: list[int] = []
        position = index + step
        while 0 <= position < len(article.paragraphs) and len(found) < count:
            if self.session.annotatable(article, position):
                found.append(position)
            position += step
        return tuple(sorted(found))

    def _update_corpus_progress(self, article_id: str, progress: Progress) -> None:
        """Keep the corpus totals current and say so once when an article becomes complete."""
        before = self._set_progress(article_id, progress)
        if progress.complete and article_id not in self._completed:
            self._completed.add(article_id)
            if before is not None and not before.complete:
                self.notify(f"Article complete: {self.session.article.title}", title="✓", markup=False)
        elif not progress.complete:
            self._completed.discard(article_id)
        if not self.narrow:
            self.query_one(ProgressPanel).show(progress, self._corpus_total, self._complete_count,
                                               len(self.session.article_ids), self._counting)

    def _set_progress(self, article_id: str, progress: Progress) -> Progress | None:
        """Record one article's progress, keeping the corpus totals current without re-adding 10,000 articles."""
        before = self.corpus_progress.get(article_id)
        self.corpus_progress[article_id] = progress
        if before is not None:
            self._corpus_total = self._corpus_total - before
            self._complete_count -= before.complete
        self._corpus_total = self._corpus_total + progress
        self._complete_count += progress.complete
        return before

    def _from_worker(self, callback: Callable[..., None], *args: Any) -> None:
        """Hand a worker's result to the UI thread, unless quitting has begun taking the screen apart.

        A worker can finish just after the analyst quit; its result is then
        of no use, and redrawing a screen whose widgets are gone would crash
        the exit.
        """
        def deliver() -> None:
            if not self.is_attached:
                return
            try:
                callback(*args)
            except NoMatches:
                if self.is_attached and self.query(StatusBar):
                    raise  # the screen is whole: a real fault, not the exit

        with contextlib.suppress(RuntimeError):  # the app's loop has already stopped
            self.app.call_from_thread(deliver)

    @work(thread=True, exclusive=True, group="count")
    def _count_corpus(self) -> None:
        """Progress of every article from its files, off the UI thread (for the corpus totals)."""
        session = self.session
        worker = get_current_worker()
        articles = [(article_id, session.corpus.path(article_id)) for article_id in session.article_ids]
        # Quitting cancels the worker: the app never waits for a count nobody will see.
        found = count_in_child(session.store.root, session.store.annotator, articles, lambda: worker.is_cancelled)
        if found is not None:
            self._from_worker(self._install_corpus_progress, found)

    def _install_corpus_progress(self, found: dict[str, Progress]) -> None:
        for article_id, progress in found.items():
            if article_id not in self.corpus_progress:
                self._set_progress(article_id, progress)
            if progress.complete:
                self._completed.add(article_id)
        self._counting = False
        self.refresh_all(command=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide keys that cannot apply now, so the footer shows what the analyst can do."""
        session = self.session
        try:
            claim = session.focused
        except SessionError:
            return False
        if action in ("accept", "accept_all", "toggle_suggestions") and session.suggester is None:
            return False
        if action == "accept":
            return True if claim is not None and claim.suggestion is not None and session.suggestions_enabled else None
        if action == "accept_all":
            return True if session.suggestions_enabled and session.suggester is not None else None
        if action in ("clear",):
            return True if claim is not None and claim.label is not None else None
        if action == "merge":
            return True if claim is not None and session.cursor.claim + 1 < len(session.claims()) else None
        if action == "undo":
            return True if session.can_undo else None
        if action == "redo":
            return True if session.can_redo else None
        if action == "speaker":
            label = session.scheme.get(claim.label) if claim else None
            return True if label is not None and label.attributes else None
        return True

    # ------------------------------------------------------------ running commands

    def run_command(self, command: Callable[[], object]) -> None:
        """Run a Session command, report refusals, save errors and redraw."""
        try:
            command()
        except EditRefused as exc:
            self.session.message = str(exc)
            self.app.bell()
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False, timeout=8)
        except SessionError as exc:
            self.notify(str(exc), severity="error", markup=False, timeout=8)
        if self.session.save_error:
            self.notify(self.session.save_error + " (labels kept in memory, retrying)",
                        title="Not saved", severity="error", markup=False, timeout=6)
        if self.session.pending_files:
            self._schedule_flush()
        self.refresh_all()

    def _schedule_flush(self) -> None:
        """Rewrite the YAML files once the analyst pauses (the journal already made it durable)."""
        if self._flush_timer is not None:
            self._flush_timer.stop()
        self._flush_timer = self.set_timer(FLUSH_DELAY, self._flush_files)

    def _flush_files(self) -> None:
        self._flush_timer = None
        if self._flushing or not self.session.pending_files:
            return
        job = self.session.begin_flush()
        if job is None:
            self.session.flush()
            self.refresh_all(command=False)
            return
        self._flushing = True
        self._write_files(job)

    @work(thread=True, group="flush")
    def _write_files(self, job: FlushJob) -> None:
        """Big YAML files are rewritten off the UI thread; the journal already holds every action."""
        error = self.session.write_flush(job)
        self._from_worker(self._files_written, job, error)  # if the app closed meanwhile, quitting flushed all

    def _files_written(self, job: FlushJob, error: str | None) -> None:
        self._flushing = False
        self.session.end_flush(job, error)
        if self.session.pending_files:
            self._schedule_flush()
        self.refresh_all(command=False)

    def _retry_saves(self) -> None:
        if self.session.save_error:
            self.session.flush()
            self.refresh_all(command=False)

    # ------------------------------------------------------------ actions

    def refuse(self, message: str) -> None:
        """Say why a key does nothing here."""
        self.session.message = message
        self.app.bell()
        self.refresh_all()

    def action_tag(self, label_id: str) -> None:
        session = self.session
        label = session.scheme.get(label_id)
        if label is None or session.focused is None:
            self.refuse("no claim here")
            return
        where = session.cursor
        if not label.prompted:
            self.run_command(lambda: session.label(label_id))
            self._just_tagged = where
            return
        self.run_command(lambda: session.label(label_id, advance=False))
        claim = session.focused
        if claim is None or claim.label != label_id:
            return
        # The prompted attributes first (the cursor starts there), then the label's others,
        # so a suggested quote type can be seen and corrected in the same form.
        fields = (*label.prompted, *(a for a in label.attributes if not a.prompt))
        values = {a.id: claim.attributes.get(a.id, "") for a in fields}
        completions, picks = self._speaker_options(label)

        def done(result: dict[str, str] | None) -> None:
            def apply() -> None:
                # Only what the form changed: a number typed right after enter may already have
                # set the quote type before this runs.
                changed = {k: v for k, v in (result or {}).items() if v != values.get(k, "")}
                if changed:
                    session.set_attributes(changed, where=where, amend=True)  # one undo takes back the whole tag
                session.next_claim()

            self.run_command(apply)
            self._just_tagged = where

        self.app.push_screen(AttributeForm(f"{label.name}: {', '.join(a.name for a in label.prompted)}",
                                           fields, values, completions, picks), done)

    def _speaker_options(self, label: Label) -> tuple[dict[str, Callable[[], Completer]], dict[str, list[str]]]:
        """A speaker form's completion and numbered picks, from one reading of the labels."""
        if not label.attribute("speaker"):
            return {}, {}
        session = self.session
        speakers = session.speakers()
        build = functools.partial(speaker_completion, speakers, session.article)  # pure: built off the UI thread
        return {"speaker": build}, {"speaker": session.speaker_choices(speakers)}

    def action_accept(self) -> None:
        where = self.session.cursor
        self.run_command(self.session.accept_suggestion)
        self._just_tagged = where

    def action_ditto(self) -> None:
        """Label the focused claim as the claim before it (label, speaker, device; the quote type of its own words)."""
        where = self.session.cursor
        self.run_command(self.session.ditto)
        self._just_tagged = where

    def action_choose(self, number: int) -> None:
        """A number sets the quote type or device of the claim just tagged (else of the focused claim)."""
        where = self._just_tagged
        self.run_command(lambda: self.session.choose(number, where, amend=where is not None))

    def action_accept_all(self) -> None:
        self.run_command(self.session.accept_all_suggestions)

    def action_next_claim(self) -> None:
        self.run_command(self.session.next_claim)

    def action_previous_claim(self) -> None:
        self.run_command(self.session.previous_claim)

    def action_next_paragraph(self) -> None:
        self.run_command(self.session.next_paragraph)

    def action_previous_paragraph(self) -> None:
        self.run_command(self.session.previous_paragraph)

    def action_step_paragraph(self, step: int) -> None:
        self.run_command(lambda: self.session.step_paragraph(step))

    def action_clear(self) -> None:
        self.run_command(self.session.clear)

    def action_undo(self) -> None:
        self.run_command(self.session.undo)

    def action_redo(self) -> None:
        self.run_command(self.session.redo)

    def action_move_end(self, forward: bool) -> None:
        self.run_command(lambda: self.session.move_end(forward))

    def action_move_start(self, forward: bool) -> None:
        self.run_command(lambda: self.session.move_start(forward))

    def action_word_cursor(self, step: int) -> None:
        self.run_command(lambda: self.session.step_word_cursor(step))

    def action_clause_cursor(self, step: int) -> None:
        self.run_command(lambda: self.session.jump_word_cursor(step))

    def action_split(self) -> None:
        self.run_command(self.session.split)

    def action_merge(self) -> None:
        self.run_command(self.session.merge_next)

    def action_boilerplate(self) -> None:
        self.run_command(self.session.toggle_boilerplate)

    def action_toggle_suggestions(self) -> None:
        def toggle() -> None:
            on = self.session.toggle_suggestions()
            self.session.message = "suggestions on" if on else "suggestions off"

        self.run_command(toggle)

    def action_cancel_selection(self) -> None:
        if self.selection is not None:
            self.selection = None
            self.refresh_all()

    def action_speaker(self) -> None:
        """Edit every attribute of the focused claim's label: speaker and quote type, or framing device."""
        session = self.session
        claim = session.focused
        label = session.scheme.get(claim.label) if claim else None
        if claim is None or label is None or not label.attributes:
            self.refuse("label the claim first: its label's attributes are edited here")
            return
        where = session.cursor
        suggestion = claim.suggestion
        suggested = suggestion.attributes if suggestion is not None and suggestion.label == label.id else {}
        values = {a.id: claim.attributes.get(a.id, "") or suggested.get(a.id, "") for a in label.attributes}
        completions, picks = self._speaker_options(label)

        def done(result: dict[str, str] | None) -> None:
            if result is not None:
                self.run_command(lambda: session.set_attributes(result, where=where))

        self.app.push_screen(AttributeForm(label.name, label.attributes, values, completions, picks), done)

    def action_note(self) -> None:
        session = self.session
        claim = session.focused
        if claim is None:
            self.refuse("no claim here")
            return
        where = session.cursor

        def done(note: str | None) -> None:
            if note is not None and note.strip() != claim.note:
                self.run_command(lambda: session.set_note(note, where=where))

        self.app.push_screen(NoteForm(claim.note), done)

    def action_articles(self) -> None:
        def done(index: int | None) -> None:
            if index is not None:
                self.run_command(lambda: self.session.goto(index))

        self.app.push_screen(ArticleListScreen(self.session), done)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.session.scheme, self.key_table()))

    def key_table(self) -> list[tuple[str, str]]:
        """(keys, description) for every binding of this screen, after any remapping; one row per description."""
        keymap: dict[str, str] = getattr(self.app, "_keymap", {})
        by_description: dict[str, list[str]] = {}
        for bindings in self._bindings.key_to_bindings.values():
            for binding in bindings:
                if binding.id and binding.description:
                    keys = by_description.setdefault(binding.description, [])
                    key = keymap.get(binding.id) or binding.key
                    if key not in keys:
                        keys.append(key)
        rows = [(key_display(",".join(keys)), description) for description, keys in by_description.items()]
        rows += [("S", "Statistics"), ("ctrl+p", "Command palette (statistics, export, …)"),
                 ("ctrl+q", "Quit (everything is already saved)")]
        return rows

    # ------------------------------------------------------------ mouse

    @on(ParagraphView.ClaimClicked)
    def claim_clicked(self, event: ParagraphView.ClaimClicked) -> None:
        session = self.session

        def focus() -> None:
            if event.paragraph != session.cursor.paragraph:
                session.cursor = Cursor(session.cursor.article, event.paragraph, 0)
            claims = session.claims()
            index = next((i for i, c in enumerate(claims) if c.start <= event.offset < c.end), None)
            if index is not None:
                session.cursor = Cursor(session.cursor.article, event.paragraph, index)
                session.word_cursor = None

        self.selection = None
        self.run_command(focus)

    @on(ParagraphView.SpanSelected)
    def span_selected(self, event: ParagraphView.SpanSelected) -> None:
        self.selection = None
        if event.paragraph != self.session.cursor.paragraph:
            self.session.message = "select within the current paragraph"
            self.refresh_all()
            return
        self.run_command(lambda: self.session.select(event.start, event.end))

    # ------------------------------------------------------------ suggestions

    def _request_suggestions(self) -> None:
        if self._suggesting or not self._background_started:
            return
        pending = self.session.pending_suggestions()
        if pending:
            self._suggesting = True
            article = self.session.article
            self._compute_suggestions([(article, index) for _, index, _ in pending])

    @work(thread=True, exclusive=True, group="suggest")
    def _compute_suggestions(self, pending: list[tuple[Article, int]]) -> None:
        """Suggest for the paragraph on screen and the next ones, off the UI thread."""
        suggester = self.session.suggester
        results: list[tuple[str, int, Any]] = []
        if suggester is not None:
            for article, index in pending:
                try:
                    results.append((article.id, index, suggester(article, index)))
                except Exception as exc:
                    self.app.call_from_thread(self.notify, f"suggestions failed: {exc}", severity="warning",
                                              markup=False)
                    results.append((article.id, index, []))
        self._from_worker(self._install_suggestions, results)

    def _install_suggestions(self, results: list[tuple[str, int, Any]]) -> None:
        for article_id, index, suggested in results:
            self.session.set_suggestions(article_id, index, suggested)
        self._suggesting = False
        self.refresh_all(command=False)
