"""`workbench import FILE...`"""

from __future__ import annotations

from pathlib import Path

import click

from workbench.commands.common import fail, open_project, project_option
from workbench.corpus import CorpusError
from workbench.importer import import_file
from workbench.project import Project, start_project
from workbench.textclean import one_line


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Replace corpus articles that exist with other content.")
@click.option("--id", "article_id", metavar="ID", help="Article id to use (only with one file).")
@project_option
def import_command(files: tuple[Path, ...], force: bool, article_id: str | None, project_dir: Path) -> None:
    """Turn .txt, .md and .html FILES into corpus articles (corpus/<id>.md).

    Title, outlet, author, date and original source are taken from the text
    or the HTML metadata where present; nothing is invented. Boilerplate
    (share prompts, appeals, disclaimers, copyright lines, navigation) is kept
    and marked, not deleted. One line per file: id, title, outlet, paragraphs
    kept and marked. Re-importing the same file changes nothing.

    \b
    Examples:
      workbench import ~/articles/*.txt
      workbench import page.html --id kosovo-nato
      workbench import story.md --project ~/my-project
    """
    if article_id is not None and len(files) != 1:
        raise click.UsageError("--id can only be used with one file")
    project = open_project(project_dir)
    failures = 0
    for source in files:
        try:
            result = import_file(source, project.corpus_dir, force=force, article_id=article_id)
        except CorpusError as exc:
            click.echo(f"workbench: {exc}", err=True)
            failures += 1
            continue
        except OSError as exc:
            click.echo(f"workbench: {source}: {exc.strerror or exc}", err=True)
            failures += 1
            continue
        meta = result.article.meta
        click.echo(
            f"{result.article.id}\t{one_line(meta.title, 70)}\t{one_line(meta.outlet) or '-'}\t"
            f"{result.kept} kept, {result.marked} marked boilerplate\t{result.status}"
            + _encoding_note(result.encoding)
        )
    if failures < len(files):  # something was imported: the folder is a project now (not after a mistyped name)
        _start(project)
    if failures:
        raise SystemExit(1)


def _start(project: Project) -> None:
    try:
        started = start_project(project.root)
    except OSError as exc:
        fail(f"{exc.filename or project.root}: {exc.strerror or exc}")
    if project.labels_path in started:
        # On stderr: stdout stays one line per imported file, for scripts.
        click.echo(f"workbench: created {project.labels_path} (the default label scheme; edit it to define your own)",
                   err=True)


def _encoding_note(encoding: str) -> str:
    if encoding == "cp1252":
        return " (not UTF-8: read as cp1252)"
    if encoding == "utf-8-replaced":
        return " (a few bytes were not UTF-8 and were replaced by \ufffd)"
    return ""
