"""`workbench show ARTICLE_ID`"""

from __future__ import annotations

from pathlib import Path

import click

from workbench.commands.common import echo_json, fail, open_project, project_option
from workbench.corpus import CorpusError, load_article
from workbench.model import Article


def article_json(article: Article) -> dict[str, object]:
    return {
        "id": article.id,
        "meta": article.meta.as_dict(),
        "paragraphs": [{"index": p.index, "kind": p.kind, "text": p.text} for p in article.paragraphs],
    }


@click.command()
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
@project_option
def show(article_id: str, as_json: bool, project_dir: Path) -> None:
    """Print ARTICLE_ID as the workbench sees it: metadata and numbered paragraphs.

    ARTICLE_ID is a corpus file name without its extension, or a path to an
    article file. Use it to check what an import made of a file.

    \b
    Examples:
      workbench show kosovo-nato
      workbench show kosovo-nato --json | jq '.paragraphs[] | select(.kind=="boilerplate")'
    """
    project = open_project(project_dir)
    corpus = project.corpus()
    try:
        if article_id in corpus:
            article = corpus.get(article_id)
        elif Path(article_id).is_file():
            article = load_article(Path(article_id))
        else:
            fail(f"{article_id}: no such article in {project.corpus_dir}")
    except CorpusError as exc:
        fail(str(exc))
    if as_json:
        echo_json(article_json(article))
        return
    for name, value in article.meta.as_dict().items():
        if value:
            click.echo(f"{name}: {value}")
    click.echo(f"paragraphs: {len(article.paragraphs)}")
    for warning in article.warnings:
        click.echo(f"warning: {warning}")
    click.echo()
    for paragraph in article.paragraphs:
        marker = {"content": "", "heading": " [heading]", "boilerplate": " [boilerplate]"}[paragraph.kind]
        click.echo(f"{paragraph.index:>4}{marker}  {paragraph.text}")
