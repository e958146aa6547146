"""Options and helpers every command shares: --project, --annotator, clear errors."""

from __future__ import annotations

import json
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from workbench.project import Project, default_annotator
from workbench.scheme import Scheme, SchemeError
from workbench.store import check_name

F = TypeVar("F", bound=Callable[..., Any])


def project_option(function: F) -> F:
    return click.option(
        "--project",
        "project_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("."),
        show_default="current folder",
        help="Project folder holding labels.yaml, corpus/ and annotations/.",
    )(function)


def annotator_option(function: F) -> F:
    return click.option(
        "--annotator",
        default=None,
        metavar="NAME",
        help="Whose labels (default: $WORKBENCH_ANNOTATOR, else your login name).",
    )(function)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a one-line error (no traceback) and exit non-zero."""
    click.echo(f"workbench: {message}", err=True)
    sys.exit(code)


def open_project(project_dir: Path) -> Project:
    root = project_dir.expanduser()
    if not root.is_dir():
        fail(f"{root}: project folder not found (`workbench init {shlex.quote(str(root))}` starts one)")
    return Project(root.resolve())


def resolve_annotator(name: str | None) -> str:
    try:
        return check_name(name or default_annotator(), "annotator name")
    except ValueError as exc:
        fail(f"{exc} (set --annotator or WORKBENCH_ANNOTATOR)")


def load_scheme_or_fail(project: Project) -> Scheme:
    try:
        return project.scheme()
    except SchemeError as exc:
        for problem in exc.problems:
            click.echo(f"workbench: {problem}", err=True)
        sys.exit(1)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, sort_keys=False))
