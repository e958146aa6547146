"""The reading pane: the current paragraph with its claims, context dimmed around it.

Rendered with the Line API: text is wrapped once per (text, width) into line
offsets, and each visible line is styled on demand from the claims that
overlap it. A key press therefore costs work proportional to the screen, not
to the paragraph, which keeps a 1 MB paragraph as quick as a short one.
Article text is only ever turned into Segments of plain text: no markup is
parsed, so brackets and escape-like strings are shown literally.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.color import Color
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.model import Claim

GUTTER = 2
CONTEXT_LINES = 4
MAX_LINE = 100
_TOKEN = re.compile(r"\n|[^\S\n]+|[^\s]+")


@lru_cache(maxsize=64)
def wrap_offsets(text: str, width: int) -> tuple[tuple[int, int], ...]:
    """Greedy word wrap by terminal cells; returns (start, end) offsets of each line."""
    width = max(4, width)
    lines: list[tuple[int, int]] = []
    line_start = 0
    used = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        start, end = match.span()
        if token == "\n":
            lines.append((line_start, start))
            line_start, used = end, 0
            continue
        cells = len(token) if token.isascii() else cell_len(token)
        if token[0].isspace():
            if used == 0 and start == line_start:
                line_start = end  # no leading blanks on a wrapped line
                continue
            used += cells
            continue
        if used + cells <= width or used == 0:
            if cells <= width:
                used += cells
                continue
            # A word longer than the line: cut it by cells.
            position = start
            while position < end:
                room = width - used
                taken = 0
                cut = position
                while cut < end:
                    w = cell_len(text[cut])
                    if taken + w > room and taken:
                        break
                    taken += w
                    cut += 1
                if cut >= end:
                    used += taken
                    break
                lines.append((line_start, cut))
                line_start, used, position = cut, 0, cut
            continue
        # Wrap before this word (drop the blanks that ended the previous line).
        line_end = start
        while line_end > line_start and text[line_end - 1] in " \u00a0\t":
            line_end -= 1
        lines.append((line_start, line_end))
        line_start, used = start, cells
    lines.append((line_start, len(text)))
    return tuple(lines)


@dataclass(frozen=True)
class Row:
    """One screen line of the document."""

    kind: str  # "text", "info" or "blank"
    paragraph: int = -1
    start: int = 0
    end: int = 0
    current: bool = False
    info: str = ""


@dataclass
class ViewModel:
    """Everything the pane needs to draw, built by the screen from the Session."""

    texts: dict[int, str] = field(default_factory=dict)
    current: int = 0
    before: tuple[int, ...] = ()  # context paragraphs above, in document order
    after: tuple[int, ...] = ()  # context paragraphs below, in document order
    claims: tuple[Claim, ...] = ()
    focused: int = -1
    word_cursor: int | None = None
    selection: tuple[int, int] | None = None
    colors: dict[str, str] = field(default_factory=dict)
    heading: str = ""
    skipped: bool = False
    show_suggestions: bool = True


class ParagraphView(ScrollView, can_focus=True):
    """Reading pane; posts ClaimClicked and SpanSelected for the mouse."""

    DEFAULT_CSS = """
    ParagraphView { background: $surface; scrollbar-size-vertical: 1; }
    """

    class ClaimClicked(Message):
        def __init__(self, paragraph: int, offset: int) -> None:
            super().__init__()
            self.paragraph = paragraph
            self.offset = offset

    class SpanSelected(Message):
        def __init__(self, paragraph: int, start: int, end: int) -> None:
            super().__init__()
            self.paragraph = paragraph
            self.start = start
            self.end = end

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.model = ViewModel()
        self.rows: list[Row] = []
        self._claim_starts: list[int] = []
        self._drag_from: tuple[int, int] | None = None
        self._drag_to: tuple[int, int] | None = None
        self._styles_key: tuple[object, ...] = ()
        self._palette: dict[str, Style] = {}
        self._palette_colors: dict[str, str] = {}
        self._layout_key: tuple[object, ...] = ()
        self._current_rows: list[int] = []  # indices of the current paragraph's text rows
        self._current_starts: list[int] = []  # start offset of each of those rows, for bisect
        self._painted: dict[int, Strip] = {}  # row index -> the line last drawn, as drawn
        self._paint_key: tuple[int, int] = (0, 0)  # (scroll x, width) the painted lines were cropped to
        self._base: Style | None = None

    # ------------------------------------------------------------ layout

    def show(self, model: ViewModel) -> None:
        """Draw ``model``, repainting only the visible lines whose content changed.

        A label key changes one or two claims; repainting every line made
        Textual restyle the whole pane, the largest cost of a key press.
        """
        rows, scroll = self.rows, self.scroll_offset
        self.model = model
        self._claim_starts = [c.start for c in model.claims]
        self._layout()
        self._scroll_to_focus()
        if self.rows is not rows or self.scroll_offset != scroll or not self._painted:
            self._repaint_all()
            return
        top = int(self.scroll_offset.y)
        visible = range(top, min(len(self.rows), top + max(0, self.scrollable_content_region.height)))
        for index in [i for i in self._painted if i not in visible]:
            del self._painted[index]
        for index in visible:
            row = self.rows[index]
            if not row.current and index in self._painted:
                continue  # a context line depends only on its text, which the unchanged layout kept
            strip = self._finished(row)
            if self._painted.get(index) != strip:
                self._painted[index] = strip
                self.refresh_line(index)

    def _repaint_all(self) -> None:
        self._painted.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles_key = ()  # the theme or the background may have changed: rebuild the palette
        self._palette = {}
        self._base = None
        self._painted.clear()

    def on_resize(self, event: events.Resize) -> None:
        self._layout()
        self._scroll_to_focus()
        self._repaint_all()

    @property
    def text_width(self) -> int:
        """Lines of at most ~100 cells: long lines are hard to read on a wide terminal."""
        return max(10, min(MAX_LINE, self.scrollable_content_region.width - GUTTER - 1))

    def _layout(self) -> None:
        """Rows for the current paragraph, with as much dimmed context around it as fits.

        On a tall terminal the current paragraph is double-spaced so that it
        reads large; context paragraphs fill the rest, nearest first.
        """
        model = self.model
        width = self.text_width
        height = max(1, self.scrollable_content_region.height)
        # Texts compare by identity first, so an unchanged screen costs a tuple compare, not a re-wrap.
        key = (width, height, model.current, model.before, model.after, model.heading,
               tuple(model.texts.get(i, "") for i in (*model.before, model.current, *model.after)))
        if key == self._layout_key:
            return
        self._layout_key = key
        current_text = model.texts.get(model.current, "")
        current_lines = wrap_offsets(current_text, width)
        spaced = height >= 36 and 2 * len(current_lines) + 8 <= height
        current: list[Row] = []
        if model.heading:
            current.append(Row("info", info=model.heading))
        for number, (start, end) in enumerate(current_lines):
            if spaced and number:
                current.append(Row("blank"))
            current.append(Row("text", model.current, start, end, current=True))
        budget = max(2 * CONTEXT_LINES, height - len(current) - 2)
        above_budget = max(CONTEXT_LINES, budget // 2)
        above: list[Row] = []
        for index in reversed(model.before):
            lines = wrap_offsets(model.texts[index], width)
            room = above_budget - len(above) - 1
            if room <= 0:
                break
            taken = [Row("text", index, s, e) for s, e in lines[-room:]]
            above = [*taken, Row("blank"), *above]
            if len(lines) > room:
                above.insert(0, Row("info", info="…"))
                break
        below: list[Row] = []
        below_budget = max(CONTEXT_LINES, budget - len(above))
        for index in model.after:
            lines = wrap_offsets(model.texts[index], width)
            room = below_budget - len(below) - 1
            if room <= 0:
                break
            below += [Row("blank"), *(Row("text", index, s, e) for s, e in lines[:room])]
            if len(lines) > room:
                below.append(Row("info", info="…"))
                break
        self.rows = [*above, *current, *below]
        self._current_rows = [len(above) + i for i, row in enumerate(current) if row.current]
        self._current_starts = [self.rows[i].start for i in self._current_rows]
        # Never less than the view: a paragraph that fits keeps the same virtual size, and
        # changing it would lay out the whole screen again.
        self.virtual_size = Size(width + GUTTER, max(len(self.rows), height))

    def _scroll_to_focus(self) -> None:
        """Keep the focused claim (or the paragraph start) on screen, with context when it fits."""
        target = self._focus_rows()
        if target is None:
            return
        first, last = target
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        top = int(self.scroll_y)
        if first < top or last >= top + height:
            wanted = max(0, first - max(1, (height - (last - first + 1)) // 3))
            self.scroll_to(y=wanted, animate=False, immediate=True)

    def _focus_rows(self) -> tuple[int, int] | None:
        """First and last row of the focused claim (bisect: a 1 MB paragraph has ~13,000 rows)."""
        model = self.model
        rows_at, starts = self._current_rows, self._current_starts
        if not rows_at:
            return None
        if 0 <= model.focused < len(model.claims):
            claim = model.claims[model.focused]
            first = max(0, bisect.bisect_right(starts, claim.start) - 1)
            if self.rows[rows_at[first]].end <= claim.start:
                first += 1  # the claim starts in the blanks a wrapped line dropped
            last = bisect.bisect_left(starts, claim.end) - 1
            if first <= last and first < len(rows_at):
                return rows_at[first], rows_at[last]
        return rows_at[0], rows_at[0]

    # ------------------------------------------------------------ styles

    def _style_palette(self) -> dict[str, Style]:
        """Styles for the label colours on this background; rebuilt only when either changes."""
        if self._palette and self._palette_colors == self.model.colors:
            return self._palette  # asking for the background walks the DOM: not once per line
        self._palette_colors = dict(self.model.colors)
        background = self.background_colors[1]
        key = (background.hex, tuple(sorted(self.model.colors.items())))
        if key == self._styles_key:
            return self._palette
        foreground = Color.parse("#e0e0e0") if background.brightness < 0.5 else Color.parse("#202020")
        palette: dict[str, Style] = {
            "plain": Style(color=foreground.rich_color),
            "plain-alt": Style(color=foreground.blend(background, 0.25).rich_color),
            "context": Style(color=foreground.blend(background, 0.55).rich_color),
            "info": Style(color=foreground.blend(background, 0.4).rich_color, italic=True),
            "focus-unlabelled": Style(color=foreground.rich_color,
                                      bgcolor=foreground.blend(background, 0.72).rich_color, bold=True),
            "selection": Style(reverse=True),
        }
        for label_id, hex_color in self.model.colors.items():
            color = Color.parse(hex_color)
            palette[f"label:{label_id}"] = Style(color=foreground.rich_color,
                                                 bgcolor=background.blend(color, 0.38).rich_color)
            palette[f"focus:{label_id}"] = Style(color=foreground.rich_color,
                                                 bgcolor=background.blend(color, 0.7).rich_color, bold=True)
            palette[f"suggest:{label_id}"] = Style(color=foreground.blend(color, 0.6).rich_color, italic=True)
            palette[f"gutter:{label_id}"] = Style(color=color.rich_color)
        palette["gutter:none"] = Style(color=foreground.rich_color)
        self._styles_key = key
        self._palette = palette
        return palette

    def _claim_style(self, index: int, claim: Claim, palette: dict[str, Style]) -> Style:
        focused = index == self.model.focused
        if claim.label is not None:
            return palette[f"focus:{claim.label}" if focused else f"label:{claim.label}"]
        if focused:
            return palette["focus-unlabelled"]
        if self.model.show_suggestions and claim.suggestion is not None:
            style = palette.get(f"suggest:{claim.suggestion.label}")
            if style is not None:
                return style
        return palette["plain" if index % 2 == 0 else "plain-alt"]

    # ------------------------------------------------------------ rendering

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        row_index = scroll_y + y
        width = self.scrollable_content_region.width
        if (scroll_x, width) != self._paint_key:
            self._painted.clear()  # painted lines are cropped to the view: a new crop repaints them
            self._paint_key = (scroll_x, width)
        if row_index >= len(self.rows):
            return Strip.blank(width, self._base_style())
        strip = self._painted.get(row_index)
        if strip is None:
            strip = self._painted[row_index] = self._finished(self.rows[row_index])
        return strip

    def _base_style(self) -> Style:
        """The widget's own style, asked once per change: it walks the DOM each time."""
        if self._base is None:
            self._base = self.rich_style
        return self._base

    def _finished(self, row: Row) -> Strip:
        """A row as drawn: styled, on the widget's background, cropped to the view."""
        base = self._base_style()
        scroll_x = int(self.scroll_offset.x)
        width = self.scrollable_content_region.width
        return self._render_row(row).apply_style(base).crop_extend(scroll_x, scroll_x + width, base)

    def _render_row(self, row: Row) -> Strip:
        palette = self._style_palette()
        if row.kind == "blank":
            return Strip([], 0)
        if row.kind == "info":
            text = " " * GUTTER + row.info
            return Strip([Segment(text, palette["info"])], cell_len(text))
        text = self.model.texts[row.paragraph]
        if not row.current:
            piece = text[row.start : row.end]
            segments = [Segment(" " * GUTTER), Segment(piece, palette["context"])]
            return Strip(segments, GUTTER + cell_len(piece))
        return self._render_current(row, text, palette)

    def _render_current(self, row: Row, text: str, palette: dict[str, Style]) -> Strip:
        model = self.model
        claims = model.claims
        gutter = " " * GUTTER
        gutter_style = palette["plain"]
        if 0 <= model.focused < len(claims):
            focused = claims[model.focused]
            if focused.start < row.end and focused.end > row.start:
                gutter = "▌ "
                gutter_style = palette.get(f"gutter:{focused.label}", palette["gutter:none"])
        segments: list[Segment] = [Segment(gutter, gutter_style)]
        cells = GUTTER
        position = row.start
        first = max(0, bisect.bisect_right(self._claim_starts, row.start) - 1)
        skipped_style = palette["context"] if model.skipped else None
        for index in range(first, len(claims)):
            claim = claims[index]
            if claim.start >= row.end:
                break
            if claim.end <= row.start:
                continue
            if claim.start > position:
                cells += self._emit(segments, text, position, claim.start, skipped_style or palette["context"])
                position = claim.start
            end = min(claim.end, row.end)
            style = skipped_style or self._claim_style(index, claim, palette)
            cells += self._emit_claim(segments, text, position, end, style, index, palette)
            position = end
        if position < row.end:
            cells += self._emit(segments, text, position, row.end, skipped_style or palette["context"])
        return Strip(segments, cells)

    def _emit(self, segments: list[Segment], text: str, start: int, end: int, style: Style) -> int:
        piece = text[start:end]
        if piece:
            segments.append(Segment(piece, style))
        return cell_len(piece)

    def _emit_claim(self, segments: list[Segment], text: str, start: int, end: int, style: Style,
                    index: int, palette: dict[str, Style]) -> int:
        """A claim's text, with the split cursor word underlined and any selection reversed."""
        marks: list[tuple[int, int, Style]] = []
        model = self.model
        if index == model.focused and model.word_cursor is not None:
            word_end = model.word_cursor
            while word_end < len(text) and not text[word_end].isspace():
                word_end += 1
            marks.append((model.word_cursor, word_end, style + Style(underline=True)))
        if model.selection is not None:
            sel_start, sel_end = model.selection
            marks.append((sel_start, sel_end, style + palette["selection"]))
        if not marks:
            return self._emit(segments, text, start, end, style)
        cells = 0
        position = start
        for mark_start, mark_end, mark_style in sorted(marks, key=lambda m: m[0]):
            mark_start, mark_end = max(mark_start, position), min(mark_end, end)
            if mark_start >= mark_end:
                continue
            cells += self._emit(segments, text, position, mark_start, style)
            cells += self._emit(segments, text, mark_start, mark_end, mark_style)
            position = mark_end
        cells += self._emit(segments, text, position, end, style)
        return cells

    # ------------------------------------------------------------ mouse

    def offset_at(self, x: int, y: int) -> tuple[int, int] | None:
        """(paragraph, character offset) under a content-relative cell, if on text."""
        scroll_x, scroll_y = self.scroll_offset
        row_index = y + scroll_y
        if not 0 <= row_index < len(self.rows):
            return None
        row = self.rows[row_index]
        if row.kind != "text":
            return None
        text = self.model.texts[row.paragraph]
        column = x + scroll_x - GUTTER
        cells = 0
        for offset in range(row.start, row.end):
            cells += cell_len(text[offset])
            if cells > column:
                return row.paragraph, offset
        return row.paragraph, max(row.start, row.end - 1)

    def _hit(self, event: events.MouseEvent) -> tuple[int, int] | None:
        offset = event.get_content_offset_capture(self)
        return self.offset_at(offset.x, offset.y)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        hit = self._hit(event)
        self._drag_from = hit
        self._drag_to = hit
        if hit is not None:
            self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._drag_from is None or not event.button:
            return
        hit = self._hit(event)
        if hit is not None and hit[0] == self._drag_from[0]:
            self._drag_to = hit
            if self.model.current == hit[0] and hit != self._drag_from:
                lo, hi = sorted((self._drag_from[1], hit[1]))
                self.model.selection = (lo, hi + 1)
                self._repaint_all()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        self.release_mouse()
        start, end = self._drag_from, self._drag_to
        self._drag_from = self._drag_to = None
        if start is None:
            return
        hit = self._hit(event)
        if hit is not None and hit[0] == start[0]:
            end = hit
        if end is None or end == start or end[0] != start[0]:
            self.post_message(self.ClaimClicked(start[0], start[1]))
            return
        lo, hi = sorted((start[1], end[1]))
        self.post_message(self.SpanSelected(start[0], lo, hi + 1))
