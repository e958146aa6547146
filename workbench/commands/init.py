"""`workbench init [FOLDER]`"""

from __future__ import annotations

import shlex
from pathlib import Path

import click

from workbench.commands.common import fail, project_option
from workbench.project import LABELS_FILE, start_project


@click.command("init")
@click.argument("folder", required=False, type=click.Path(path_type=Path))
@project_option
def init(folder: Path | None, project_dir: Path) -> None:
    """Start a project in FOLDER (default: the current folder).

    Creates what is missing: the folder, labels.yaml with the shipped label
    scheme (fact, quotation, framing; edit it to define your own labels) and
    an empty corpus/. An existing labels.yaml is never replaced, so running
    it again changes nothing.

    \b
    Examples:
      workbench init ~/kosovo-study
      workbench init            (in the folder you are in)
    """
    if folder is not None and project_dir != Path(".") and folder != project_dir:
        raise click.UsageError("give the folder once: as FOLDER or with --project")
    root = (folder or project_dir).expanduser()
    if root.exists() and not root.is_dir():
        fail(f"{root}: exists and is not a folder")
    try:
        created = start_project(root)
    except OSError as exc:
        fail(f"{exc.filename or root}: {exc.strerror or exc}")
    for path in created:
        what = "the default label scheme; edit it to define your own" if path.name == LABELS_FILE else "folder"
        click.echo(f"created {path}{'/' if path.is_dir() else ''} ({what})")
    if not created:
        click.echo(f"{root} is already a project (labels.yaml and corpus/ exist): nothing changed")
    target = "" if root.resolve() == Path.cwd().resolve() else f" --project {shlex.quote(str(root))}"
    click.echo(f"next: workbench import FILE...{target}, then workbench{target}")
