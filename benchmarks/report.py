"""The results table (terminal and Markdown) and benchmarks/RESULTS.md."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from benchmarks.common import Figure, format_value

HEADER = ("figure", "case", "median", "p95", "n", "target", "verdict")


def rows(figures: Sequence[Figure]) -> list[tuple[str, ...]]:
    result: list[tuple[str, ...]] = []
    for figure in figures:
        if figure.skipped:
            result.append((figure.name, figure.case, "-", "-", "0",
                           figure.target.describe(figure.unit) if figure.target else "", "skipped"))
            continue
        result.append((
            figure.name, figure.case, format_value(figure.median, figure.unit), format_value(figure.p95, figure.unit),
            str(len(figure.samples)), figure.target.describe(figure.unit) if figure.target else "", figure.verdict,
        ))
    return result


def text_table(figures: Sequence[Figure]) -> str:
    table = [HEADER, *rows(figures)]
    widths = [max(len(row[i]) for row in table) for i in range(len(HEADER))]
    lines = []
    for number, row in enumerate(table):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_table(figures: Sequence[Figure]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for row in rows(figures):
        lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
    return "\n".join(lines)


def notes(figures: Sequence[Figure]) -> str:
    lines = []
    for figure in figures:
        text = figure.skipped or figure.note
        if text:
            lines.append(f"- **{figure.name}**, {figure.case}: {text}")
    return "\n".join(lines)


def results_markdown(figures: Sequence[Figure], machine: dict[str, str], command: str, data_source: str,
                     sections: Sequence[tuple[str, str]] = ()) -> str:
    """The whole RESULTS.md: how it was run, on what, the table, notes, then extra sections."""
    info = "\n".join(f"- {key}: {value}" for key, value in machine.items())
    parts = [
        "# Benchmark results",
        "",
        f"Produced by `{command}` (see benchmarks/README.md). Each figure is the median and the",
        "p95 (nearest rank) of its samples; the verdict is taken on the statistic the target names.",
        f"Synthetic paragraphs built from {data_source}.",
        "",
        "## Machine",
        "",
        info,
        "",
        "## Figures",
        "",
        markdown_table(figures),
        "",
        "## Notes on the figures",
        "",
        notes(figures) or "(none)",
    ]
    for title, body in sections:
        parts += ["", f"## {title}", "", body.rstrip()]
    return "\n".join(parts) + "\n"


def write_results(path: Path, text: str) -> None:
    path.write_text(text, "utf-8")
