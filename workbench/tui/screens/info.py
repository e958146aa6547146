"""Help (keys and the label guideline) and the start-up problem screen."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.keys import key_to_character
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from workbench.scheme import Scheme
from workbench.tui.widgets.footer import KeyFooter

KEY_NAMES = {"space": "space", "escape": "esc"}


def _one_key(key: str) -> str:
    """The key as the analyst types it: "." for full_stop, "?" for question_mark."""
    character = key_to_character(key)
    return KEY_NAMES.get(key) or (character if character and character.isprintable() else key)


def key_display(keys: str) -> str:
    return " / ".join(_one_key(k.strip()) for k in keys.split(","))


class HelpScreen(ModalScreen[None]):
    """Every key that applies on the annotation screen, then each label's full definition."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; background: $background 50%; }
    HelpScreen > VerticalScroll {
        width: 100; max-width: 96%; height: 90%; border: round $accent;
        background: $surface; padding: 0 2;
    }
    """
    BINDINGS = [
        Binding("escape,question_mark,q", "close", "Close", id="help.close"),
    ]

    def __init__(self, scheme: Scheme, keys: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.scheme = scheme
        self.keys = keys

    def compose(self) -> ComposeResult:
        parts: list[str | tuple[str, str]] = [("Labels: decide whose voice first, then the type\n\n", "bold")]
        for label in self.scheme.labels:
            parts += [(f" {label.key} ", f"bold #ffffff on {label.color}"), " ", (label.name, "bold"), "\n",
                      label.definition, "\n"]
            for attribute in label.attributes:
                detail = f"   {attribute.name}"
                if attribute.choices:
                    detail += f": {', '.join(attribute.choices)}"
                if attribute.prompt:
                    detail += " (asked when tagged with the key)"
                parts += [(detail, "$text-muted"), "\n"]
            parts.append("\n")
        parts.append(("Keys\n\n", "bold"))
        width = max((len(k) for k, _ in self.keys), default=8) + 2
        for keys, description in self.keys:
            parts += [(keys.ljust(width), "bold $accent"), description, "\n"]
        parts += ["\n", ("Mouse: click a claim to focus it; drag across words to make a new claim.\n", "$text-muted"),
                  ("Every action is saved at once; ctrl+q quits.", "$text-muted")]
        with VerticalScroll() as scroll:
            scroll.border_title = Content("Help")
            yield Static(Content.assemble(*parts))

    def action_close(self) -> None:
        self.dismiss(None)


class ProblemScreen(Screen[None]):
    """Shown instead of the workbench when it cannot start: what is wrong and how to fix it."""

    DEFAULT_CSS = """
    ProblemScreen { align: center middle; }
    ProblemScreen > VerticalScroll {
        width: 100; max-width: 96%; height: auto; max-height: 90%;
        border: round $error; padding: 1 2; background: $surface;
    }
    """
    BINDINGS = [Binding("q,escape", "app.quit", "Quit", id="problem.quit")]

    def __init__(self, title: str, problems: Sequence[str], fix: str) -> None:
        super().__init__()
        self.problem_title = title
        self.problems = problems
        self.fix = fix

    def compose(self) -> ComposeResult:
        parts: list[str | tuple[str, str]] = [(self.problem_title, "bold $error"), "\n\n"]
        for problem in self.problems:
            parts += ["• ", problem, "\n"]
        parts += ["\n", (self.fix, "$text-muted")]
        with VerticalScroll() as scroll:
            scroll.border_title = Content("The workbench cannot start")
            yield Static(Content.assemble(*parts))
        yield KeyFooter()
