"""The Textual application: wiring only (session in, screens out)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from workbench import collector
from workbench.project import Project
from workbench.session import Session
from workbench.tui.palette import WorkbenchCommands
from workbench.tui.screens.annotate import AnnotateScreen, annotate_screen_class
from workbench.tui.screens.info import ProblemScreen
from workbench.tui.screens.stats import ExportForm, StatsScreen, export_default, run_export


def freeze_startup_objects() -> None:
    """Leave the objects that make up the started app out of every later garbage collection.

    Modules, classes, widgets and the first article are ~75,000 objects
    that live as long as the app. A full collection walks all of them
    (30-45 ms, two frames) and fires every few dozen keys on a long
    paragraph, landing on a key press; frozen, it walks only what was made
    since (~1 ms). Freezing costs nothing; collecting first would hold the
    first frame back by that same 30 ms, for about 130 objects of start-up
    garbage, which stay. Frozen objects are still freed when nothing refers
    to them; only a reference cycle among them would stay, and those are
    part of the app anyway.

    `workbench` starts with collection off (commands/annotate.py), so the
    objects are made without a dozen collections walking them on the way
    (~45 ms); it comes back on here. About 1,000 objects of start-up
    garbage (~0.1 MB) stay frozen with the rest.
    """
    collector.freeze()
    gc.enable()


class WorkbenchApp(App[None]):
    """Opens a Session on the annotation screen, or explains why it cannot."""

    TITLE = "workbench"
    COMMANDS: ClassVar = App.COMMANDS | {WorkbenchCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit"),
        Binding("S", "statistics", "Statistics", show=False, id="app.statistics"),
    ]
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        session: Session | None = None,
        problems: tuple[str, Sequence[str], str] | None = None,
        keymap: dict[str, str] | None = None,
        notices: Sequence[str] = (),
        project: Project | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.project = project
        self.problems = problems
        self.notices = list(notices)
        self.annotate_screen: AnnotateScreen | None = None
        if keymap:
            self.set_keymap(keymap)

    def get_default_screen(self) -> Screen[None]:
        """The annotation screen is the app's first screen, not one pushed over a blank default.

        Pushed on mount, the blank default screen was drawn first (a whole
        frame of spaces, ~10 ms) and the work meant to start after the first
        frame started after that blank one instead, competing with the real
        frame for the interpreter.
        """
        if self.session is None:
            title, problems, fix = self.problems or ("Nothing to open", [], "")
            return ProblemScreen(title, problems, fix)
        screen = annotate_screen_class(self.session.scheme)(self.session)
        self.annotate_screen = screen
        return screen

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        self.call_after_refresh(freeze_startup_objects)
        for notice in self.notices:
            self.notify(notice, severity="warning", timeout=10, markup=False)

    def extra_commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        """Statistics and one export entry per format (the same functions as the CLI)."""
        if self.project is None or self.session is None:
            return []
        commands: list[tuple[str, str, Callable[[], object]]] = [
            ("Statistics", "Label shares, speakers, devices, progress and pace", self.action_statistics),
        ]
        for fmt in ("jsonl", "csv", "parquet", "conll", "brat"):
            commands.append((f"Export {fmt}", f"Write your labels as {fmt} with a dataset card",
                             partial(self.export, fmt)))
        return commands

    def action_statistics(self) -> None:
        if self.project is not None and self.session is not None:
            self.session.flush()
            self.push_screen(StatsScreen(self.project))

    def export(self, fmt: str) -> None:
        if self.project is None or self.session is None:
            return
        session = self.session
        project = self.project

        def chosen(out: Path | None) -> None:
            if out is not None:
                session.flush()
                self._export(project, session.store.annotator, fmt, out)

        self.push_screen(ExportForm(fmt, export_default(fmt, session.store.annotator)), chosen)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, project: Project, annotator: str, fmt: str, out: Path) -> None:
        from workbench.dataset import DatasetError
        from workbench.export import ExportError

        try:
            message = run_export(project, annotator, fmt, out)
            severity = "information"
        except (ExportError, DatasetError, OSError) as exc:
            message, severity = f"export failed: {exc}", "error"
        self.call_from_thread(self.notify, message, severity=severity, markup=False, timeout=8)

    def on_unmount(self) -> None:
        if self.session is not None:
            self.session.flush()
            if self.session.journal is not None:
                self.session.journal.close()
            self.session.store.unlock()
