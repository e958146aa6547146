"""`workbench validate`"""

from __future__ import annotations

from pathlib import Path

import click

from workbench.commands.common import open_project, project_option
from workbench.validation import validate_project


@click.command()
@project_option
def validate(project_dir: Path) -> None:
    """Check labels.yaml, every corpus article and every annotation file.

    Exits 0 when the project is sound; otherwise prints one line per problem
    (file, line where known, and what is wrong) and exits 1. Nothing is
    changed.

    \b
    Examples:
      workbench validate
      workbench validate --project ~/team-project && git commit -am labels
    """
    project = open_project(project_dir)
    problems = validate_project(project)
    for problem in problems:
        click.echo(str(problem))
    if problems:
        click.echo(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found", err=True)
        raise SystemExit(1)
    click.echo("project is sound", err=True)
