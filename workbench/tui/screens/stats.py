"""The statistics screen and export from the palette, using the same functions as the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from workbench.textclean import one_line
from workbench.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from workbench.project import Project
    from workbench.stats import GroupStats, Stats

BAR_WIDTH = 40
GROUPINGS = ("outlet", "article", "annotator")


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def share_bar(group: GroupStats, labels: tuple[tuple[str, str, str], ...], width: int = BAR_WIDTH) -> Content:
    """A stacked bar of claim shares in the label colours (empty cells when nothing is labelled)."""
    parts: list[str | tuple[str, str]] = []
    used = 0
    for label_id, _name, color in labels:
        figure = group.label(label_id)
        cells = round((figure.claim_share if figure else 0.0) * width)
        cells = min(cells, width - used)
        if cells:
            parts.append(("█" * cells, color))
            used += cells
    parts.append(("░" * (width - used), "$text-muted"))
    return Content.assemble(*parts)


def render_stats(stats: Stats) -> Content:
    """The same figures as `workbench stats`, as terminal text with bars."""
    parts: list[str | tuple[str, str] | Content] = []
    legend: list[str | tuple[str, str]] = []
    for _label_id, name, color in stats.labels:
        legend += [("██", color), f" {name}   "]
    parts += [Content.assemble(*legend), "\n\n"]
    for group in (*stats.groups, stats.total):
        title = "All" if group is stats.total else one_line(group.name or "(no outlet)", 60)
        parts += [(title, "bold"), (f"  {group.articles} articles · {group.claims} labelled claims · "
                                    f"annotators: {', '.join(group.annotators) or '–'}", "$text-muted"), "\n"]
        parts += ["  ", share_bar(group, stats.labels), "\n  "]
        shares = []
        for label_id, name, _color in stats.labels:
            figure = group.label(label_id)
            shares.append(f"{name} {percent(figure.claim_share if figure else None)} "
                          f"({percent(figure.char_share if figure else None)} of characters)")
        parts += [" · ".join(shares), "\n"]
        parts += [f"  attribution rate {percent(group.attribution_rate)}", "\n"]
        if group.speakers:
            speakers = ", ".join(f"{one_line(name, 30)} ({count})" for name, count in group.speakers)
            parts += [("  most quoted: ", "$text-muted"), speakers, "\n"]
        if group.devices:
            devices = ", ".join(f"{one_line(name, 30)} ({count})" for name, count in group.devices)
            parts += [("  framing devices: ", "$text-muted"), devices, "\n"]
        progress = group.progress
        parts += [("  progress: ", "$text-muted"),
                  f"{progress.labelled}/{progress.claims} claims labelled ({percent(progress.done_share)})"]
        if group.pace.per_hour is not None:
            parts += [("  pace: ", "$text-muted"), f"{group.pace.per_hour:.0f} claims/hour"]
        parts.append("\n\n")
    return Content.assemble(*parts)


class StatsScreen(ModalScreen[None]):
    """Label shares, attribution, speakers, devices, progress and pace for the project."""

    DEFAULT_CSS = """
    StatsScreen { align: center middle; background: $background 50%; }
    StatsScreen > VerticalScroll {
        width: 110; max-width: 96%; height: 90%; border: round $accent; background: $surface; padding: 0 1;
    }
    """
    BINDINGS = [
        Binding("escape,q,S", "close", "Close", id="stats.close"),
        Binding("g", "group", "Group by outlet/article/annotator", id="stats.group"),
    ]

    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project
        self.by = "outlet"

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = Content("Statistics")
            yield Static(Content("Counting…"), id="stats-body")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.compute()

    @work(thread=True, exclusive=True)
    def compute(self) -> None:
        from workbench.dataset import DatasetError
        from workbench.scheme import SchemeError
        from workbench.stats import project_stats

        try:
            stats = project_stats(self.project, by=self.by)
            body = Content.assemble((f"By {self.by}\n\n", "bold"), render_stats(stats))
        except (DatasetError, SchemeError, OSError) as exc:
            body = Content(f"Cannot compute statistics: {exc}")
        self.app.call_from_thread(self.query_one("#stats-body", Static).update, body)

    def action_group(self) -> None:
        self.by = GROUPINGS[(GROUPINGS.index(self.by) + 1) % len(GROUPINGS)]
        self.query_one("#stats-body", Static).update(Content("Counting…"))
        self.compute()

    def action_close(self) -> None:
        self.dismiss(None)


class ExportForm(ModalScreen[Path | None]):
    """Where to write an export; enter exports, escape cancels."""

    DEFAULT_CSS = """
    ExportForm { align: center middle; background: $background 40%; }
    ExportForm > Vertical { width: 72; max-width: 95%; height: auto; padding: 1 2;
                            border: round $accent; background: $surface; }
    ExportForm .hint { color: $text-muted; margin-top: 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, fmt: str, default: Path) -> None:
        super().__init__()
        self.fmt = fmt
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = Content(f"Export {self.fmt}")
            yield Label(Content("Write to (relative to the project):"))
            yield Input(value=str(self.default), id="export-path")
            yield Label(Content("Your labels; a dataset card is written beside it. enter: export · escape: cancel"),
                        classes="hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        self.dismiss(Path(value) if value else None)

    def action_cancel(self) -> None:
        self.dismiss(None)


def export_default(fmt: str, annotator: str) -> Path:
    suffix = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet", "conll": ".conll", "brat": ""}[fmt]
    return Path("exports") / f"{annotator}-{fmt}{suffix}" if fmt == "brat" else Path("exports") / f"{annotator}{suffix}"


def run_export(project: Project, annotator: str, fmt: str, out: Path) -> str:
    """Export one annotator's labels exactly as `workbench export` does; returns a summary line."""
    from workbench.dataset import load_dataset
    from workbench.export import export_dataset

    target = out if out.is_absolute() else project.root / out
    target.parent.mkdir(parents=True, exist_ok=True)
    dataset = load_dataset(project, [annotator])
    result = export_dataset(dataset, project.scheme(), fmt, target, project=project.root.name)
    return f"exported {result.claims} claims to {out} (card: {result.card.name})"
