"""A footer that dims and undims its keys in place.

Textual's Footer recomposes every key widget whenever the screen's bindings
are refreshed. The annotation screen refreshes them whenever a key's
availability changes (undo becomes possible, the focused claim gets a label,
the cursor reaches the last claim), which is most label keys; recomposing
some twenty keys and restyling them was the largest single cost of a key
press. When the same keys are shown and only their enabled state changed,
this footer flips those states on the existing widgets instead.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

Shown = tuple[tuple[str, str, str], ...]


class QuietFooter(Footer):
    """Footer that recomposes only when the keys shown change, not their availability."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: Shown | None = None

    def _current(self, screen: Screen[object]) -> tuple[Shown, dict[str, bool]]:
        """The keys the footer would show (key, display, description per action) and which are enabled."""
        shown: list[tuple[str, str, str]] = []
        enabled: dict[str, bool] = {}
        for _node, binding, is_enabled, _tooltip in screen.active_bindings.values():
            if not binding.show or binding.action in enabled:
                continue
            enabled[binding.action] = is_enabled
            shown.append((binding.action, self.app.get_key_display(binding), binding.description))
        return tuple(shown), enabled

    def bindings_changed(self, screen: Screen[object]) -> None:
        if not (self.is_attached and screen is self.screen and screen.app.app_focus):
            super().bindings_changed(screen)
            return
        shown, enabled = self._current(screen)
        keys = [key for key in self.query(FooterKey) if key.action in enabled]
        if shown == self._shown and len(keys) == len(enabled):
            for key in keys:
                disabled = not enabled[key.action]
                if key._disabled != disabled:
                    key._disabled = disabled
                    key.set_class(disabled, "-disabled")
            return
        self._shown = shown
        super().bindings_changed(screen)
