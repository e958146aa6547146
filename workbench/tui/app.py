"""The Textual application: wiring only (session in, screens out)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from workbench.session import Session
from workbench.tui.palette import WorkbenchCommands
from workbench.tui.screens.annotate import AnnotateScreen, annotate_screen_class
from workbench.tui.screens.info import ProblemScreen


class WorkbenchApp(App[None]):
    """Opens a Session on the annotation screen, or explains why it cannot."""

    TITLE = "workbench"
    COMMANDS: ClassVar = App.COMMANDS | {WorkbenchCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit"),
    ]
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        session: Session | None = None,
        problems: tuple[str, Sequence[str], str] | None = None,
        keymap: dict[str, str] | None = None,
        notices: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.session = session
        self.problems = problems
        self.notices = list(notices)
        self.annotate_screen: AnnotateScreen | None = None
        if keymap:
            self.set_keymap(keymap)

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        if self.session is None:
            title, problems, fix = self.problems or ("Nothing to open", [], "")
            self.push_screen(ProblemScreen(title, problems, fix))
            return
        screen = annotate_screen_class(self.session.scheme)(self.session)
        self.annotate_screen = screen
        self.push_screen(screen)
        for notice in self.notices:
            self.notify(notice, severity="warning", timeout=10, markup=False)

    def extra_commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        """Palette entries contributed by other screens (statistics, export)."""
        return []

    def on_unmount(self) -> None:
        if self.session is not None:
            self.session.flush()
            if self.session.journal is not None:
                self.session.journal.close()
            self.session.store.unlock()
