"""The key bar at the bottom of every screen: one widget drawing one line.

Textual's Footer is a container of one widget per key (some twenty on the
annotation screen), each styled, laid out and rendered on its own, and
rebuilt whenever the screen's bindings change. That was about 50 ms of the
first frame and the largest cost of a label key. This footer reads the same
bindings and draws them as a single line of text: a key's availability
changing (undo becomes possible, the cursor reaches the last claim) is a
repaint of one line, never a rebuild.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


class FooterItem(NamedTuple):
    key: str
    key_display: str
    description: str
    action: str
    enabled: bool


class KeyFooter(Widget, can_focus=False):
    """The screen's shown bindings, key and description, dimmed where they do not apply now.

    A mouse press on a key presses it, as with Textual's footer. The command
    palette's key sits at the right end; the others are cut at the width.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-footer--key", "key-footer--description", "key-footer--separator",
    }
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyFooter > .key-footer--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyFooter > .key-footer--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    KeyFooter > .key-footer--separator {
        color: $foreground 20%;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._items: tuple[FooterItem, ...] | None = None
        self._palette: FooterItem | None = None
        self._regions: list[tuple[int, int, FooterItem]] = []

    @property
    def items(self) -> tuple[FooterItem, ...]:
        """The keys shown, in order (the command palette's key last)."""
        self._ensure_items()
        assert self._items is not None
        return self._items + ((self._palette,) if self._palette else ())

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[object]) -> None:
        if screen is not self.screen:
            return
        before = (self._items, self._palette)
        self._read_bindings()
        if (self._items, self._palette) != before:
            self.refresh()

    def _ensure_items(self) -> None:
        if self._items is None:
            self._read_bindings()

    def _read_bindings(self) -> None:
        """One item per action (its first shown binding), as Textual's footer picks them."""
        app = self.app
        items: list[FooterItem] = []
        seen: set[str] = set()
        palette: FooterItem | None = None
        active = self.screen.active_bindings
        for _node, binding, enabled, _tooltip in active.values():
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            items.append(FooterItem(binding.key, app.get_key_display(binding), binding.description,
                                    binding.action, enabled))
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[app.COMMAND_PALETTE_BINDING]
            palette = FooterItem(binding.key, app.get_key_display(binding), binding.description,
                                 binding.action, enabled)
        self._items = tuple(items)
        self._palette = palette

    def render(self) -> Text:
        self._ensure_items()
        assert self._items is not None
        key_style = self.get_component_rich_style("key-footer--key")
        description_style = self.get_component_rich_style("key-footer--description")
        dim = Style(dim=True)
        width = self.size.width
        right = Text()
        if self._palette is not None:
            right.append("▏", self.get_component_rich_style("key-footer--separator"))
            right.append(f" {self._palette.key_display} ", key_style)
            right.append(f"{self._palette.description} ", description_style)
        room = max(0, width - right.cell_len)
        line = Text(no_wrap=True, overflow="crop")
        regions: list[tuple[int, int, FooterItem]] = []
        for item in self._items:
            start = line.cell_len
            if start >= room:
                break
            extra = Style() if item.enabled else dim
            line.append(f" {item.key_display} ", key_style + extra)
            if item.description:
                line.append(f"{item.description} ", description_style + extra)
            regions.append((start, min(line.cell_len, room), item))
        line.truncate(room, pad=True)
        if self._palette is not None:
            regions.append((room, width, self._palette))
            line.append_text(right)
        self._regions = regions
        line.stylize_before(self.rich_style)
        return line

    def on_mouse_down(self, event: events.MouseDown) -> None:
        for start, end, item in self._regions:
            if start <= event.x < end:
                if item.enabled:
                    self.app.simulate_key(item.key)
                else:
                    self.app.bell()
                return
