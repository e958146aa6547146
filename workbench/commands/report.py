"""`workbench report --out report.html`"""

from __future__ import annotations

from pathlib import Path

import click

from workbench.commands.common import fail, load_scheme_or_fail, open_project, project_option
from workbench.commands.export import echo_warnings
from workbench.dataset import DatasetError, load_dataset
from workbench.export import ExportError
from workbench.report import write_report


@click.command()
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=Path("report.html"),
              show_default=True, help="The HTML file to write.")
@click.option("--annotator", "annotators", multiple=True, metavar="NAME",
              help="Only these annotators' labels (repeatable; default: every annotator, each counted; "
                   "'adjudicated' for the reviewed labels).")
@click.option("--max-articles", type=click.IntRange(0), default=None, metavar="N",
              help="Render at most N articles in full (default: all; the figures always cover all).")
@click.option("--title", default="", help="Shown in the heading (default: the project folder's name).")
@project_option
def report(out: Path, annotators: tuple[str, ...], max_articles: int | None, title: str,
           project_dir: Path) -> None:
    """Write one self-contained HTML report: the source-bias profile of each outlet.

    Per-outlet composition bars (fact, quotation, framing by claims and by
    characters), the most quoted speakers and the framing devices of each
    outlet, and every article with its claims highlighted in the label
    colours. No network is needed to open it; it prints cleanly.

    \b
    Examples:
      workbench report
      workbench report --out site/kosovo.html --title "Kosovo coverage"
    """
    project = open_project(project_dir)
    scheme = load_scheme_or_fail(project)
    try:
        dataset = load_dataset(project, list(annotators) or None)
    except DatasetError as exc:
        fail(str(exc))
    echo_warnings(dataset.problems)
    try:
        path = write_report(dataset, scheme, out.expanduser(), title=title or project.root.name,
                            max_articles=max_articles)
    except ExportError as exc:
        fail(str(exc))
    articles = len({d.article for d in dataset.documents})
    click.echo(f"wrote {path} ({articles} articles, {dataset.claim_count} claims)")
