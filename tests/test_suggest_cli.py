"""`workbench suggest`: JSON Lines per paragraph for project articles and outside files, clear errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from helpers import write_project

from workbench.cli import cli
from workbench.project import Project

CLAIM_KEYS = {"start", "end", "text", "label", "speaker", "quote_type", "device", "reason"}

STORY = """\
---
title: Border story
outlet: Test Outlet
---

Kosovo Prime Minister Albin Kurti called on NATO to intervene. Shots were fired at the border.

“We will not give in,” he said.

Share this article with your friends
"""


@pytest.fixture
def project(tmp_path: Path) -> Project:
    river = "River\n\nThe river rose two metres.\n"
    return write_project(tmp_path / "project", {"story.md": STORY, "river.txt": river})


def run(project: Project, *args: str) -> Result:
    return CliRunner().invoke(cli, ["suggest", *args, "--project", str(project.root)])


def records(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_one_line_per_paragraph_with_offsets_into_its_text(project: Project) -> None:
    result = run(project, "story")
    assert result.exit_code == 0, result.output
    lines = records(result.output)
    assert [(r["article"], r["paragraph"], r["kind"]) for r in lines] == [
        ("story", 0, "content"), ("story", 1, "content"), ("story", 2, "boilerplate")]
    for record in lines:
        assert set(record) == {"article", "paragraph", "kind", "text", "claims"}
        for claim in record["claims"]:
            assert set(claim) == CLAIM_KEYS
            assert record["text"][claim["start"] : claim["end"]] == claim["text"]
    first, quote = lines[0]["claims"], lines[1]["claims"][0]
    assert [c["label"] for c in first] == ["quote", "fact"]
    assert first[0]["speaker"] == "Albin Kurti" and first[0]["quote_type"] == "indirect"
    assert first[1]["speaker"] is None and first[1]["device"] is None
    assert quote["speaker"] == "Albin Kurti" and quote["quote_type"] == "direct"


def test_boilerplate_paragraphs_have_no_claims(project: Project) -> None:
    lines = records(run(project, "story").output)
    assert lines[2]["claims"] == []


def test_no_argument_means_the_whole_corpus(project: Project) -> None:
    result = run(project)
    assert result.exit_code == 0
    assert {r["article"] for r in records(result.output)} == {"story", "river"}


def test_files_outside_the_project_are_read_not_imported(project: Project, tmp_path: Path) -> None:
    text_file = tmp_path / "outside.txt"
    text_file.write_text("Outside\n\nOfficials said the road would reopen.\n", "utf-8")
    markdown = tmp_path / "outside.md"
    markdown.write_text("# Title\n\nThe so-called *experts* met allegedly in secret.\n", "utf-8")
    result = run(project, str(text_file), str(markdown))
    assert result.exit_code == 0, result.output
    lines = records(result.output)
    assert [r["article"] for r in lines] == [str(text_file), str(markdown)]
    assert lines[0]["claims"][0]["speaker"] == "unnamed"
    assert lines[1]["text"] == "The so-called experts met allegedly in secret."
    assert lines[1]["claims"][0]["label"] == "framing"
    assert not (project.corpus_dir / "outside.md").exists()


def test_html_file(project: Project, tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    body = "".join(f"<p>Paragraph {i}: officials said the bridge would reopen in May next year.</p>" for i in range(6))
    page.write_text(f"<html><head><title>Bridge</title></head><body><article>{body}</article></body></html>", "utf-8")
    result = run(project, str(page))
    assert result.exit_code == 0, result.output
    assert any(c["label"] == "quote" for r in records(result.output) for c in r["claims"])


def test_errors_are_reported_and_the_rest_still_printed(project: Project, tmp_path: Path) -> None:
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = run(project, "nosuch", "river", str(tmp_path / "missing.md"), str(binary), str(tmp_path))
    assert result.exit_code == 1
    assert "workbench: nosuch: no such article in" in result.output
    assert "missing.md: file not found" in result.output
    assert "blob.txt: looks like a binary file" in result.output
    assert "not a file" in result.output or "unsupported file type" in result.output
    assert [r["article"] for r in records(result.output)] == ["river"]
    assert "Traceback" not in result.output


def test_empty_project(tmp_path: Path) -> None:
    empty = write_project(tmp_path / "empty", {})
    result = run(empty)
    assert result.exit_code == 1
    assert "no articles in" in result.output


def test_help_has_examples() -> None:
    result = CliRunner().invoke(cli, ["suggest", "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output and "workbench suggest story.txt" in result.output


def test_plain_text_read_directly_matches_the_import_route(tmp_path: Path) -> None:
    """`suggest` reads plain .txt directly; the paragraphs must be those `import` would make."""
    from workbench.commands.suggest import read_file
    from workbench.corpus import parse_article
    from workbench.importer import convert_text, render_article

    text = ("A title line\n\nFirst paragraph, line one.\nLine two of it.\n\nSecond: 3 < 4 & 5 > 2, "
            "*not emphasis*, [not a link], 1. not a list\n- not a bullet\n\nShare this article on Facebook\n")
    source = tmp_path / "plain.txt"
    source.write_text(text, encoding="utf-8")
    fields, body = convert_text(text, ".txt")
    imported = parse_article(render_article(fields, body), "x", source, markdown=True)
    direct = read_file(source)
    assert [(p.kind, p.text) for p in direct.paragraphs] == [(p.kind, p.text) for p in imported.paragraphs]
    assert direct.meta.title == imported.meta.title == "A title line"


def test_json_lines_are_what_json_dumps_writes_for_the_records(tmp_path: Path) -> None:
    from workbench.commands.suggest import json_lines, paragraph_records
    from workbench.corpus import parse_article

    text = (
        "Title\n\n"
        'He said: "Back\\slash, tab\tand a “quote”." Critics called it a disgrace.\n\n'
        "Ünïcödé — ‘single’ and emoji \U0001f600 stay as they are, said the mayor.\n\n"
        "Share this article with your friends\n\n"
        "“We will not give in,” he said. The so-called “experts” disagree.\n"
    )
    article = parse_article(text, "odd", tmp_path / "odd.txt", markdown=False)
    expected = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in paragraph_records(article))
    assert json_lines(article) == expected
    assert any(r["claims"] for r in map(json.loads, expected.splitlines()))
    assert any(r["kind"] == "boilerplate" for r in map(json.loads, expected.splitlines()))
