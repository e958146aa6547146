"""`workbench export --format FMT --out PATH`"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from workbench.commands.common import (
    annotator_option,
    fail,
    load_scheme_or_fail,
    open_project,
    project_option,
    resolve_annotator,
)
from workbench.dataset import Dataset, DatasetError, load_dataset
from workbench.export import BUILDERS, FOLDER_FORMATS, FORMATS, ExportError, export_dataset
from workbench.project import Project

INCLUDES = ("boilerplate", "unlabelled")
MAX_WARNINGS = 10


def dataset_for(project: Project, annotator: str | None, all_annotators: bool,
                include: Sequence[str] = ()) -> Dataset:
    """The dataset the export, stats and report commands work on, or a clear exit."""
    if annotator and all_annotators:
        raise click.UsageError("give either --annotator NAME or --all-annotators, not both")
    names = None if all_annotators else [resolve_annotator(annotator)]
    try:
        return load_dataset(project, names, include_boilerplate="boilerplate" in include,
                            include_unlabelled="unlabelled" in include)
    except DatasetError as exc:
        hint = "" if annotator else "; use --annotator NAME or --all-annotators"
        fail(f"{exc}{hint}")


def echo_warnings(warnings: Sequence[str]) -> None:
    for warning in warnings[:MAX_WARNINGS]:
        click.echo(f"workbench: warning: {warning}", err=True)
    if len(warnings) > MAX_WARNINGS:
        click.echo(f"workbench: warning: … and {len(warnings) - MAX_WARNINGS} more "
                   "(run `workbench validate` for all)", err=True)


@click.command()
@click.option("--format", "fmt", required=True, type=click.Choice(FORMATS), help="Dataset format.")
@click.option("--out", "out", required=True, metavar="PATH",
              help="File to write (a folder for brat); '-' prints jsonl, csv or conll.")
@annotator_option
@click.option("--all-annotators", is_flag=True, help="Every annotator's labels (one record per annotator).")
@click.option("--include", multiple=True, type=click.Choice(INCLUDES),
              help="Also export boilerplate paragraphs or claims without a label (repeatable).")
@project_option
def export(fmt: str, out: str, annotator: str | None, all_annotators: bool, include: tuple[str, ...],
           project_dir: Path) -> None:
    """Export labels as a dataset, with a dataset card beside it (PATH.md, or README.md in a folder).

    \b
    jsonl    one record per paragraph: text, spans (start, end, label, text,
             attributes, note), meta (article, paragraph, title, outlet, ...)
    csv      one row per claim, RFC 4180, UTF-8
    parquet  the CSV rows as typed columns (needs pyarrow)
    conll    token-level BIO tags, a blank line between sentences
    brat     a folder of .txt/.ann standoff files with annotation.conf

    Offsets are character (code point) offsets, half-open. The same labels
    always give the same bytes, and an export is written whole or not at all.

    \b
    Examples:
      workbench export --format jsonl --out claims.jsonl
      workbench export --format csv --out all.csv --all-annotators
      workbench export --format brat --out brat/ --include unlabelled
    """
    project = open_project(project_dir)
    scheme = load_scheme_or_fail(project)
    data = dataset_for(project, annotator, all_annotators, include)
    echo_warnings(data.problems)  # first: a file left out may be why nothing is left to export
    if out == "-":
        if fmt in FOLDER_FORMATS or fmt == "parquet":
            fail(f"--out - (standard output) works for jsonl, csv and conll, not {fmt}")
        if not data.records:
            fail("nothing labelled to export")
        try:
            content, warnings = BUILDERS[fmt](data, scheme)
        except ExportError as exc:
            fail(str(exc))
        echo_warnings(warnings)
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return
    try:
        result = export_dataset(data, scheme, fmt, Path(out).expanduser(), project=project.root.name)
    except ExportError as exc:
        fail(str(exc))
    echo_warnings(result.warnings[len(data.problems):])
    who = ", ".join(data.annotators)
    what = f"{result.files} articles" if fmt in FOLDER_FORMATS else f"{result.records} paragraphs"
    click.echo(f"wrote {result.path} ({what}, {result.claims} claims by {who}); card: {result.card}")
