"""`workbench evaluate [ARTICLE_ID]...`: how close the suggestions come to someone's labels."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import click

from workbench.commands.common import (
    annotator_option,
    echo_json,
    fail,
    open_project,
    project_option,
    resolve_annotator,
)
from workbench.evaluation import evaluate as run_evaluation
from workbench.evaluation import format_mismatches, format_table
from workbench.yamlio import YamlError, load_file

SPLIT_FILE = "split.yaml"


def split_ids(project_root: Path, name: str) -> list[str]:
    """The article ids listed under ``name`` in the project's split.yaml."""
    path = project_root / SPLIT_FILE
    if not path.is_file():
        fail(f"{path}: not found (--split needs a split.yaml mapping names to lists of article ids)")
    try:
        data = load_file(path)
    except (YamlError, OSError) as exc:
        fail(f"{path}: {exc}")
    if not isinstance(data, Mapping) or name not in data:
        known = ", ".join(str(k) for k in data) if isinstance(data, Mapping) else "none"
        fail(f"{path}: no split named {name!r} (known: {known})")
    ids = data[name]
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        fail(f"{path}: {name!r} must be a list of article ids")
    return list(ids)


@click.command("evaluate")
@click.argument("article_ids", nargs=-1, metavar="[ARTICLE_ID]...")
@annotator_option
@click.option("--split", "split_name", metavar="NAME", help="Score the articles listed under NAME in split.yaml.")
@click.option("--errors", is_flag=True, help="Also list every reference claim not reproduced by one key.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of the table.")
@project_option
def evaluate(article_ids: tuple[str, ...], annotator: str | None, split_name: str | None, errors: bool,
             as_json: bool, project_dir: Path) -> None:
    """Score the suggester against an annotator's labels (the reference).

    Every paragraph the annotator labelled counts (boilerplate they marked
    is skipped). For each label: precision, recall and F1 with exact spans
    (the claim can be accepted with one key) and with any overlap (the usual
    measure for quotation extraction). Then: speaker correct on the
    quotations found (lenient: "Borrell" matches "Josep Borrell"), quote type
    and framing device correct, label correct where the suggested span is
    the reference span, and the share of reference claims one key away.

    \b
    Examples:
      workbench evaluate --annotator ana
      workbench evaluate --project devset --annotator reference --split held_out
      workbench evaluate kosovo-nato --annotator ana --errors
      workbench evaluate --annotator ana --json | jq '.labels[] | {label, overlap}'
    """
    project = open_project(project_dir)
    name = resolve_annotator(annotator)
    ids = list(article_ids)
    if split_name:
        ids += split_ids(project.root, split_name)
    if not (project.annotations_dir / name).is_dir():
        fail(f"{project.annotations_dir / name}: no labels by {name!r} in this project (choose --annotator)")
    result = run_evaluation(project, name, article_ids=ids or None)
    for problem in result.problems:
        click.echo(f"workbench: {problem}", err=True)
    if not result.gold_claims:
        fail(f"no labelled claims by {name!r} to score against")
    if as_json:
        data = result.as_dict()
        if not errors:
            data.pop("mismatches")
        echo_json(data)
    else:
        click.echo(format_table(result))
        if errors and result.mismatches:
            click.echo()
            click.echo(format_mismatches(result))
    if any("no such article" in p for p in result.problems):
        raise SystemExit(1)
