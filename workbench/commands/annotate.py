"""`workbench annotate` (also plain `workbench`): the annotation TUI."""

from __future__ import annotations

import gc
from pathlib import Path

import click

from workbench.commands.common import annotator_option, fail, open_project, project_option, resolve_annotator


@click.command()
@project_option
@annotator_option
@click.option("--no-suggest", is_flag=True,
              help="Propose no claim, label, speaker or device (for annotators who must not be primed); a "
                   "quotation's type still starts as its quotation marks show.")
def annotate(project_dir: Path, annotator: str | None, no_suggest: bool) -> None:
    """Open the annotation workbench: read paragraph by paragraph, tag every claim.

    Opens at the first unlabelled claim of the first unfinished article.
    Every action is saved at once to annotations/<annotator>/<article>.yaml.
    Press ? in the workbench for the keys and the label definitions.

    \b
    Examples:
      workbench
      workbench annotate --annotator ana --project ~/team-project
      WORKBENCH_ANNOTATOR=ana workbench --no-suggest
    """
    project = open_project(project_dir)
    name = resolve_annotator(annotator)
    # Until the first frame: importing the framework and building the app make ~60,000 objects that live as long
    # as the app, and collecting while they are made (a dozen passes over them, ~45 ms) would hold the screen back.
    # The app freezes them after its first frame and collects again from there (WorkbenchApp.on_mount); whatever
    # ends the command before that turns collection back on here.
    gc.disable()
    try:
        from workbench.tui.launch import LaunchRefused, build_app

        try:
            app = build_app(project.root, name, suggest=not no_suggest)
        except LaunchRefused as exc:
            fail(str(exc))
        from workbench.tui.terminal import make_terminal_input_lenient

        make_terminal_input_lenient()
        app.run()
    finally:
        gc.enable()
    if app.return_code:
        raise SystemExit(app.return_code)
