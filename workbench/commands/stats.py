"""`workbench stats [--by outlet|article|annotator] [--json]`"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from workbench.commands.common import echo_json, fail, load_scheme_or_fail, open_project, project_option
from workbench.commands.export import echo_warnings
from workbench.dataset import DatasetError, load_dataset
from workbench.stats import DEFAULT_GAP, GROUPINGS, RULES, Stats, compute_stats

HEADINGS = {"outlet": "Outlet", "article": "Article", "annotator": "Annotator"}


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def listing(pairs: Sequence[tuple[str, int]]) -> Text:
    return Text(", ".join(f"{name} ({count})" for name, count in pairs) or "–")


def duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours}h{rest // 60:02d}" if hours else f"{rest // 60}m{rest % 60:02d}s"


def composition_table(stats: Stats) -> Table:
    """Label shares per group: claims % · characters %."""
    table = Table(title="What the articles are made of (share of labelled claims · of characters)",
                  title_justify="left", show_footer=False)
    table.add_column(HEADINGS[stats.by], overflow="fold", max_width=40)
    per_article = stats.by == "article"
    if not per_article:
        table.add_column("Articles", justify="right")
    table.add_column("Claims", justify="right")
    for _, name, color in stats.labels:
        table.add_column(Text(name, style=f"bold {color}"), justify="right")
    table.add_column("Attributed", justify="right")
    for group in (*stats.groups, stats.total):
        cells = [Text(group.name, style="bold" if group is stats.total else "")]
        if not per_article:
            cells.append(Text(str(group.articles)))
        cells.append(Text(str(group.claims)))
        for label_id, _, _ in stats.labels:
            figure = group.label(label_id)
            cells.append(Text(f"{percent(figure.claim_share)} · {percent(figure.char_share)}" if figure and
                              group.claims else "–"))
        cells.append(Text(percent(group.attribution_rate)))
        table.add_row(*cells, end_section=group is stats.groups[-1] if stats.groups else False)
    return table


def voices_table(stats: Stats) -> Table:
    table = Table(title="Who is quoted, and how the articles frame", title_justify="left")
    table.add_column(HEADINGS[stats.by], overflow="fold", max_width=40)
    table.add_column("Most quoted speakers (claims)", overflow="fold")
    table.add_column("Framing devices (claims)", overflow="fold")
    for group in (*stats.groups, stats.total):
        table.add_row(Text(group.name), listing(group.speakers), listing(group.devices),
                      end_section=group is stats.groups[-1] if stats.groups else False)
    return table


def progress_table(stats: Stats) -> Table:
    table = Table(title="Progress and pace", title_justify="left")
    table.add_column(HEADINGS[stats.by], overflow="fold", max_width=40)
    table.add_column("Paragraphs touched", justify="right")
    table.add_column("Claims", justify="right")
    table.add_column("Unlabelled", justify="right")
    table.add_column("Labelled", justify="right")
    table.add_column("Claims/hour", justify="right")
    table.add_column("Active time", justify="right")
    for group in (*stats.groups, stats.total):
        progress = group.progress
        total = "?" if progress.paragraphs_total is None else str(progress.paragraphs_total)
        per_hour = group.pace.per_hour
        table.add_row(
            Text(group.name), Text(f"{progress.paragraphs_touched}/{total}"), Text(str(progress.claims)),
            Text(str(progress.unlabelled), style="yellow" if progress.unlabelled else ""),
            Text(percent(progress.done_share)), Text("–" if per_hour is None else f"{per_hour:.0f}"),
            Text(duration(group.pace.active_seconds)),
            end_section=group is stats.groups[-1] if stats.groups else False,
        )
    return table


def render(stats: Stats, console: Console) -> None:
    for table in (composition_table(stats), voices_table(stats), progress_table(stats)):
        console.print(table)
        console.print()
    gap = stats.gap_seconds
    notes = [
        f"Shares: {RULES['shares']}. Attributed: {RULES['attribution_rate']}.",
        f"Progress: {RULES['progress']}.",
        f"Pace: claims per hour of active time; a pause of more than {gap // 60} minutes between two "
        "labels is a break and is not counted.",
        f"Annotators: {', '.join(stats.annotators) or 'none'}.",
    ]
    for note in notes:
        console.print(Text(note, style="dim"))


@click.command()
@click.option("--by", "by", type=click.Choice(GROUPINGS), default="outlet", show_default=True,
              help="One row per outlet, article or annotator.")
@click.option("--annotator", "annotators", multiple=True, metavar="NAME",
              help="Only these annotators' labels (repeatable; default: every annotator, each counted; "
                   "'adjudicated' for the reviewed labels).")
@click.option("--top", type=click.IntRange(1, 100), default=5, show_default=True,
              help="How many speakers and devices to list.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object for scripts.")
@project_option
def stats(by: str, annotators: tuple[str, ...], top: int, as_json: bool, project_dir: Path) -> None:
    """Label shares, attribution, speakers, framing devices, progress and pace.

    Per outlet (default), article or annotator, plus a total: the share of
    labelled claims and of characters that are fact, quotation and framing,
    the attribution rate, the most quoted speakers, the framing devices,
    unlabelled claims, and annotation pace in claims per hour of active time.
    --json prints the same figures with the counting rules.

    \b
    Examples:
      workbench stats
      workbench stats --by annotator
      workbench stats --by article --json | jq '.groups[].attribution_rate'
    """
    project = open_project(project_dir)
    scheme = load_scheme_or_fail(project)
    try:
        dataset = load_dataset(project, list(annotators) or None)
    except DatasetError as exc:
        fail(str(exc))
    if not dataset.documents:
        fail(f"no annotation files in {project.annotations_dir}; label some claims first")
    echo_warnings(dataset.problems)
    figures = compute_stats(dataset, scheme, by, top, DEFAULT_GAP)
    if as_json:
        echo_json(figures.to_dict())
        return
    render(figures, Console(highlight=False))
