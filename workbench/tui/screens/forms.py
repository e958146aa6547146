"""Small modal forms: a label's prompted attributes, a speaker, a note.

Enter accepts, escape skips; either way the annotation flow goes on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester, SuggestFromList
from textual.widgets import Input, Label

from workbench.completion import Completer
from workbench.scheme import Attribute


class CompletionSuggester(Suggester):
    """→ completes what is typed as ``workbench.completion`` says. The completer is built as the form opens, off
    the UI thread: its candidates include every phrase of the article, a moment's reading on a long one, and the
    prompt must open at once."""

    def __init__(self, build: Callable[[], Completer]) -> None:
        super().__init__(use_cache=True, case_sensitive=True)  # the completer folds case itself, keeping capitals
        self._build = build
        self._completer: asyncio.Task[Completer] | None = None

    def prepare(self) -> asyncio.Task[Completer]:
        """The completer being built (the form starts it as it opens, so it is ready by the first letter)."""
        if self._completer is None:
            self._completer = asyncio.create_task(asyncio.to_thread(self._build_or_nothing))
        return self._completer

    def _build_or_nothing(self) -> Completer:
        try:
            return self._build()
        except Exception:  # completion is a convenience: the prompt must stay usable (and the app up) without it
            return Completer(())

    async def get_suggestion(self, value: str) -> str | None:
        # Off the UI thread too: going on with the article's own words searches its whole text, a few
        # milliseconds a key on a long one (Input drops a suggestion that arrives after the value changed).
        return await asyncio.to_thread((await self.prepare()).complete, value)


class PickInput(Input):
    """An input with numbered picks: while its value is untouched (empty, or pre-filled and
    selected), a digit takes that pick instead of being typed and accepts the form, as enter
    would (a number right after still sets the quote type). Typing anything else first makes
    digits plain characters again."""

    def __init__(self, picks: Sequence[str], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.picks = tuple(picks)

    def untouched(self) -> bool:
        start, end = sorted(self.selection)
        return not self.value or (start == 0 and end == len(self.value))

    async def _on_key(self, event: events.Key) -> None:
        character = event.character or ""
        if character.isdigit() and character != "0" and int(character) <= len(self.picks) and self.untouched():
            event.stop()
            event.prevent_default()
            self.value = self.picks[int(character) - 1]
            self.cursor_position = len(self.value)
            await self.action_submit()
            return
        await super()._on_key(event)


class AttributeForm(ModalScreen[dict[str, str] | None]):
    """One input per attribute, pre-filled; returns the values, or None when skipped."""

    DEFAULT_CSS = """
    AttributeForm { align: center middle; background: $background 40%; }
    AttributeForm > Vertical {
        width: 64; max-width: 95%; height: auto; padding: 1 2;
        border: round $accent; background: $surface;
    }
    AttributeForm Label { margin-top: 1; }
    AttributeForm .hint { color: $text-muted; margin-top: 1; width: 100%; }
    AttributeForm .picks { color: $text-muted; margin-top: 0; width: 100%; }
    """
    BINDINGS = [Binding("escape", "skip", "Skip", id="form.skip")]

    def __init__(self, title: str, attributes: Sequence[Attribute], values: Mapping[str, str],
                 completers: Mapping[str, Callable[[], Completer]] | None = None,
                 picks: Mapping[str, Sequence[str]] | None = None) -> None:
        super().__init__()
        self.form_title = title
        self.attributes = tuple(attributes)
        self.values = dict(values)
        self.completers = completers or {}
        self.picks = {key: tuple(value)[:9] for key, value in (picks or {}).items() if value}

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = Content(self.form_title)
            for attribute in self.attributes:
                numbered = (f"{number} {choice}" for number, choice in enumerate(attribute.choices, 1))
                listed_choices = f" ({' / '.join(numbered)})" if attribute.choices else ""
                yield Label(Content(attribute.name + listed_choices))
                build = self.completers.get(attribute.id)
                suggester: Suggester | None = None
                if attribute.choices:  # a choice completes to a choice, nothing else
                    suggester = SuggestFromList(attribute.choices, case_sensitive=False)
                elif build is not None:
                    suggester = CompletionSuggester(build)
                picks = () if attribute.choices else self.picks.get(attribute.id, ())
                yield PickInput(
                    picks,
                    value=self.values.get(attribute.id, ""),
                    placeholder=attribute.help or attribute.name,
                    suggester=suggester,
                    id=f"attr-{attribute.id}",
                )
                if picks:
                    listed = "  ".join(f"{number} {name}" for number, name in enumerate(picks, 1))
                    yield Label(Content(listed), classes="picks")
            several = len(self.attributes) > 1
            yield Label(Content("enter: accept · " + ("tab: next field · " if several else "")
                                + "escape: skip · →: complete" + (" · 1-9: pick" if self.picks else "")),
                        classes="hint")

    def on_mount(self) -> None:
        inputs = list(self.query(Input))
        for field in inputs:
            if isinstance(field.suggester, CompletionSuggester):
                field.suggester.prepare()
        if inputs:
            # A pre-filled value is selected, as when tabbing to a field: typing replaces it,
            # enter keeps it, → or end edits it.
            inputs[0].focus()
            inputs[0].select_all()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()  # enter accepts the whole form from any field (tab moves between fields)
        inputs = list(self.query(Input))
        values: dict[str, str] = {}
        for attribute, field in zip(self.attributes, inputs, strict=True):
            value = " ".join(field.value.split())
            if attribute.choices and value.isdigit() and 1 <= int(value) <= len(attribute.choices):
                value = attribute.choices[int(value) - 1]  # one key: the choice's number
            if attribute.choices and value:
                match = next((c for c in attribute.choices if c.lower() == value.lower()), None)
                if match is None:
                    self.notify(f"{attribute.name} must be one of: {', '.join(attribute.choices)}",
                                severity="warning", markup=False)
                    field.focus()
                    return
                value = match
            values[attribute.id] = value
        self.dismiss(values)

    def action_skip(self) -> None:
        self.dismiss(None)


class NoteForm(ModalScreen[str | None]):
    """A free-text note on the focused claim."""

    DEFAULT_CSS = """
    NoteForm { align: center middle; background: $background 40%; }
    NoteForm > Vertical {
        width: 72; max-width: 95%; height: auto; padding: 1 2;
        border: round $accent; background: $surface;
    }
    NoteForm .hint { color: $text-muted; margin-top: 1; }
    """
    BINDINGS = [Binding("escape", "skip", "Cancel", id="note.cancel")]

    def __init__(self, note: str) -> None:
        super().__init__()
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = Content("Note on this claim")
            yield Input(value=self.note, placeholder="Why this label? Anything to discuss?", id="note")
            yield Label(Content("enter: save (empty removes the note) · escape: cancel"), classes="hint")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.focus()
        field.cursor_position = len(field.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_skip(self) -> None:
        self.dismiss(None)
