"""Command palette entries for the workbench (ctrl+p)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp


class WorkbenchCommands(Provider):
    """Navigation, views and toggles, named the way an analyst would look for them."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app: WorkbenchApp = self.app  # type: ignore[assignment]
        screen = app.annotate_screen
        if screen is None:
            return []
        commands: list[tuple[str, str, Callable[[], object]]] = [
            ("Article list", "Open the list of articles with their progress", screen.action_articles),
            ("Help", "Keys and label definitions", screen.action_help),
            ("Toggle suggestions", "Show or hide suggested labels", screen.action_toggle_suggestions),
            ("Undo", "Undo the last action", screen.action_undo),
            ("Redo", "Redo the last undone action", screen.action_redo),
            ("Next article", "Go to the next article", partial(screen.run_command, screen.session.next_article)),
            ("Previous article", "Go to the previous article",
             partial(screen.run_command, screen.session.previous_article)),
            ("Resume", "Jump to the first unlabelled claim", partial(screen.run_command, screen.session.resume)),
        ]
        commands.extend(app.extra_commands())
        return commands

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
