"""Review mode: resolve, one by one, the claims where annotators disagree.

Behaviour lives in :class:`workbench.adjudication.Adjudication`; this screen
shows the current disagreement in its paragraph with every annotator's
version, and turns keys into its commands. Decisions are saved as the
annotator ``adjudicated`` after every key.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

from workbench.adjudication import Adjudication, Unit
from workbench.corpus import Corpus, CorpusError
from workbench.edits import EditRefused
from workbench.model import Claim
from workbench.scheme import Scheme
from workbench.store import AnnotationStore, StoreError
from workbench.textclean import one_line
from workbench.tui.screens.forms import AttributeForm
from workbench.tui.screens.info import HelpScreen, key_display
from workbench.tui.widgets.footer import KeyFooter
from workbench.tui.widgets.panels import local_time
from workbench.tui.widgets.paragraph_view import ParagraphView, ViewModel

REVIEW_BINDINGS: list[BindingType] = [
    *[Binding(str(k), f"pick({k - 1})", f"Pick version {k}", show=k <= 3, id=f"review.pick{k}") for k in range(1, 10)],
    Binding("tab,down,j", "focus_version(1)", "Next version", id="review.next_version"),
    Binding("shift+tab,up,k", "focus_version(-1)", "Prev version", show=False, id="review.previous_version"),
    Binding("n", "next_open", "Next disagreement", id="review.next"),
    Binding("p", "previous_open", "Prev disagreement", id="review.previous"),
    Binding("right", "step(1)", "Next (any)", show=False, id="review.step_next"),
    Binding("left", "step(-1)", "Prev (any)", show=False, id="review.step_previous"),
    Binding("r", "reject", "No label", id="review.reject"),
    Binding("a", "speaker", "Speaker", id="review.speaker"),
    Binding("u,ctrl+z", "undo", "Undo", id="review.undo"),
    Binding("ctrl+y", "redo", "Redo", id="review.redo"),
    Binding("o", "articles", "Articles", id="review.articles"),
    Binding("question_mark", "help", "Help", id="review.help"),
]


def review_screen_class(scheme: Scheme) -> type[ReviewScreen]:
    """A review screen whose label keys come from labels.yaml."""
    label_bindings: list[BindingType] = [
        Binding(label.key, f"label('{label.id}')", label.name, id=f"review.label.{label.id}")
        for label in scheme.labels
    ]

    def body(namespace: dict[str, Any]) -> None:
        namespace["BINDINGS"] = [*label_bindings, *REVIEW_BINDINGS]

    return types.new_class("ReviewScreen", (ReviewScreen,), {"inherit_bindings": False}, body)


def describe_claims(scheme: Scheme, claims: tuple[Claim, ...], text: str) -> Content:
    """'Quotation (speaker: BBC) “…text…”' for each claim, or 'no label'."""
    if not claims:
        return Content.styled("no label", "italic $text-muted")
    parts: list[str | tuple[str, str]] = []
    for index, claim in enumerate(claims):
        if index:
            parts.append("\n     ")
        label = scheme.get(claim.label)
        if label is not None:
            parts.append((label.name, f"bold {label.color}"))
        else:
            parts.append(("unlabelled", "italic"))
        parts.append(" ")
        details = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in claim.attributes.items())
        if details:
            parts.append(f"({one_line(details, 60)})")
        parts.append(("  “" + one_line(text[claim.start : claim.end], 70) + "”", "$text-muted"))
    return Content.assemble(*parts)


class ReviewScreen(Screen[None]):
    """Status line, the paragraph with the disagreement, the versions, the footer."""

    BINDINGS: ClassVar[list[BindingType]] = REVIEW_BINDINGS
    DEFAULT_CSS = """
    ReviewScreen #review-status { height: 1; background: $panel; padding: 0 1; }
    ReviewScreen ParagraphView { height: 1fr; padding: 1 1 0 1; }
    ReviewScreen #versions { height: auto; max-height: 50%; border-top: hkey $panel-lighten-2; padding: 0 1; }
    """

    def __init__(self, model: Adjudication, corpus: Corpus, annotations_dir: Path, store: AnnotationStore,
                 candidates: list[str]) -> None:
        super().__init__()
        self.model = model
        self.corpus = corpus
        self.annotations_dir = annotations_dir
        self.store = store
        self.candidates = candidates
        self.message = ""

    def compose(self) -> ComposeResult:
        yield Static(id="review-status")
        yield ParagraphView(id="text")
        with VerticalScroll(id="versions"):
            yield Static(id="versions-body")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(ParagraphView).focus()
        if not self.model.is_decided():
            return self.refresh_all()
        self.model.next_open()
        self.refresh_all()

    # ------------------------------------------------------------ rendering

    def refresh_all(self) -> None:
        model = self.model
        unit = model.current
        progress = model.progress
        title = one_line(model.article.title, 50)
        position = f"{model.index + 1}/{len(model.units)}" if model.units else "0/0"
        state = "saved " + local_time(model.last_saved) if model.last_saved else ""
        if model.save_error:
            state = "NOT SAVED, retrying"
        status = Content.assemble(
            ("Review ", "bold"), title, f" · disagreement {position} · ",
            (f"{progress.left} left", "bold") if progress.left else ("✓ all resolved", "bold $success"), " ",
            f"· {progress.agreed} agreed · adjudicated ", (state, "$error" if model.save_error else "$text-muted"),
        )
        self.query_one("#review-status", Static).update(status)
        view = self.query_one(ParagraphView)
        if unit is None:
            note = "No disagreements in this article: everything agreed was taken over."
            view.show(ViewModel(texts={0: ""}, heading=note))
            self.query_one("#versions-body", Static).update(Content("Press o for another article, ctrl+q to quit."))
            return
        decided = model.decision()
        focused = model.focused
        shown = decided if decided is not None else (focused.claims if focused is not None else ())
        claims = tuple(model.paragraph_claims(unit.paragraph))
        outside = tuple(c for c in claims if c.end <= unit.start or c.start >= unit.end)
        combined = tuple(sorted(outside + tuple(shown), key=lambda c: c.start))
        focus_index = next((i for i, c in enumerate(combined) if unit.start <= c.start < unit.end), -1)
        view.show(ViewModel(
            texts={unit.paragraph: model.text(unit.paragraph)}, current=unit.paragraph, claims=combined,
            focused=focus_index, selection=None if shown else (unit.start, unit.end),
            colors={label.id: label.color for label in model.scheme.labels},
            heading=f"¶ {unit.paragraph + 1} · " + ("decided" if decided is not None else "open"),
        ))
        self.query_one("#versions-body", Static).update(self._versions(unit, decided))
        self.refresh_bindings()

    def _versions(self, unit: Unit, decided: tuple[Claim, ...] | None) -> Content:
        model = self.model
        text = model.text(unit.paragraph)
        parts: list[str | tuple[str, str] | Content] = []
        for position, version in enumerate(unit.versions):
            marker = "▶ " if position == model.focus else "  "
            parts += [marker, (f"{position + 1} ", "bold $accent"), (f"{one_line(version.annotator, 20)}: ", "bold"),
                      describe_claims(model.scheme, version.claims, text), "\n"]
        parts.append(("\nDecision: ", "bold"))
        if decided is None:
            parts.append(("open (pick a version with its number, or give the final label with its key)", "italic"))
        else:
            parts.append(describe_claims(model.scheme, decided, text))
        if self.message:
            parts += ["\n", (self.message, "$accent")]
            self.message = ""
        return Content.assemble(*parts)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        unit = self.model.current
        if action == "pick":
            index = parameters[0] if parameters else 0
            return unit is not None and isinstance(index, int) and index < len(unit.versions)
        if action == "undo":
            return True if self.model.can_undo else None
        if action == "redo":
            return True if self.model.can_redo else None
        return True

    def run(self, command: Callable[[], object]) -> None:
        try:
            command()
        except (EditRefused, ValueError) as exc:
            self.message = str(exc)
            self.app.bell()
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
        if self.model.save_error:
            self.notify(self.model.save_error, title="Not saved", severity="error", markup=False)
        self.refresh_all()

    # ------------------------------------------------------------ actions

    def action_pick(self, index: int) -> None:
        self.run(lambda: self.model.pick(index))

    def action_label(self, label_id: str) -> None:
        self.run(lambda: self.model.set_label(label_id))

    def action_focus_version(self, step: int) -> None:
        self.run(lambda: self.model.focus_step(step))

    def action_next_open(self) -> None:
        self.run(self.model.next_open)

    def action_previous_open(self) -> None:
        self.run(self.model.previous_open)

    def action_step(self, step: int) -> None:
        self.run(self.model.next if step > 0 else self.model.previous)

    def action_reject(self) -> None:
        self.run(self.model.reject)

    def action_undo(self) -> None:
        self.run(self.model.undo)

    def action_redo(self) -> None:
        self.run(self.model.redo)

    def action_speaker(self) -> None:
        decided = self.model.decision()
        scheme = self.model.scheme
        quote = next((c for c in decided or () if (found := scheme.get(c.label)) and found.attribute("speaker")), None)
        if quote is None:
            self.message = "decide on a quotation first (pick a version or press its label key)"
            self.refresh_all()
            return
        label = self.model.scheme.get(quote.label)
        assert label is not None
        attribute = label.attribute("speaker")
        assert attribute is not None

        def done(result: dict[str, str] | None) -> None:
            if result is not None:
                self.run(lambda: self.model.set_attributes(result))

        form = AttributeForm("Speaker", [attribute], {"speaker": quote.attributes.get("speaker", "")})
        self.app.push_screen(form, done)

    def action_help(self) -> None:
        keys: list[tuple[str, str]] = []
        for bindings in self._bindings.key_to_bindings.values():
            for binding in bindings:
                if binding.description and not any(d == binding.description for _, d in keys):
                    keys.append((key_display(binding.key), binding.description))
        keys.append(("ctrl+q", "Quit (every decision is already saved)"))
        self.app.push_screen(HelpScreen(self.model.scheme, keys))

    def action_articles(self) -> None:
        def done(article_id: str | None) -> None:
            if article_id is not None:
                self.run(lambda: self.open_article(article_id))

        self.app.push_screen(ReviewListScreen(self.candidates, self.corpus), done)

    def open_article(self, article_id: str) -> None:
        try:
            article = self.corpus.get(article_id)
        except (KeyError, CorpusError) as exc:
            raise EditRefused(f"cannot open {article_id}: {exc}") from None
        model, _problems = Adjudication.open(article, self.annotations_dir, self.model.scheme, store=self.store)
        self.model = model
        if model.is_decided():
            model.next_open()


class ReviewListScreen(ModalScreen[str | None]):
    """Articles labelled by two or more annotators."""

    DEFAULT_CSS = """
    ReviewListScreen { align: center middle; background: $background 50%; }
    ReviewListScreen > Vertical { width: 90%; height: 80%; border: round $accent; background: $surface; }
    """
    BINDINGS = [Binding("escape,o,q", "close", "Close", id="review.list.close")]

    def __init__(self, candidates: list[str], corpus: Corpus) -> None:
        super().__init__()
        self.candidates = candidates
        self.corpus = corpus

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = Content("Articles with two or more annotators")
            yield DataTable(cursor_type="row", zebra_stripes=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("article", "title")
        for article_id in self.candidates:
            title = self.corpus.peek(article_id).get("title", "") if article_id in self.corpus else "(not in corpus)"
            table.add_row(Text(article_id), Text(one_line(title, 70)), key=article_id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.dismiss(str(event.row_key.value))

    def action_close(self) -> None:
        self.dismiss(None)
