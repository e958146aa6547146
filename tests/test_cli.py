"""The command line: import, validate and show; exit codes, one line per problem, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import REPO_ROOT, SEED_000, SEED_004, write_project

from workbench.cli import COMMANDS, cli
from workbench.project import Project


def run(*args: str | Path) -> Result:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=True, prog_name="workbench")
    # Never a traceback: the only exception a command may end with is a clean exit.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# ---------------------------------------------------------------- help


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help_with_examples(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0, result.output
    assert f"Usage: workbench {command}" in result.output
    assert "Example" in result.output


def test_top_level_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("import", "validate", "show"):
        assert command in result.output


# ---------------------------------------------------------------- import


def test_import_prints_one_line_per_file(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", articles={})
    result = run("import", SEED_004, SEED_000, "--project", project.root)
    assert result.exit_code == 0, result.output
    out = lines(result.stdout)
    assert len(out) == 2
    fields = out[0].split("\t")
    assert fields[0] == "004_c38f5b2fdb924004"
    assert fields[1].startswith("Video: The Western Balkans")
    assert fields[2] == "Global Research"
    assert fields[3] == "15 kept, 21 marked boilerplate"
    assert fields[4] == "created"
    assert out[1].split("\t")[2:] == ["-", "11 kept, 1 marked boilerplate", "created"]
    again = run("import", SEED_004, "--project", project.root)
    assert again.exit_code == 0
    assert again.stdout.rstrip().endswith("unchanged")


def test_import_failures_name_the_file_and_exit_1(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", articles={})
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    result = run("import", SEED_000, empty, binary, tmp_path / "missing.md", tmp_path / "x.pdf",
                 "--project", project.root)
    assert result.exit_code == 1
    assert len(lines(result.stdout)) == 1  # the good file is still imported
    errors = lines(result.stderr)
    assert len(errors) == 4
    for error, name in zip(errors, ("empty.txt", "blob.txt", "missing.md", "x.pdf"), strict=True):
        assert error.startswith("workbench: ") and name in error


def test_import_existing_article_needs_force(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", articles={})
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nFirst version.\n", encoding="utf-8")
    assert run("import", story, "--project", project.root).exit_code == 0
    story.write_text("Title\n\nSecond version.\n", encoding="utf-8")
    refused = run("import", story, "--project", project.root)
    assert refused.exit_code == 1 and "--force" in refused.stderr
    forced = run("import", story, "--force", "--project", project.root)
    assert forced.exit_code == 0 and forced.stdout.rstrip().endswith("updated")


def test_import_id_option(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", articles={})
    result = run("import", SEED_000, "--id", "kosovo-nato", "--project", project.root)
    assert result.exit_code == 0
    assert (project.corpus_dir / "kosovo-nato.md").is_file()
    traversal = run("import", SEED_000, "--id", "../../evil", "--project", project.root)
    assert traversal.exit_code == 1 and "invalid article id" in traversal.stderr
    assert not (tmp_path / "evil.md").exists()
    two = run("import", SEED_000, SEED_004, "--id", "x", "--project", project.root)
    assert two.exit_code == 2 and "only be used with one file" in two.output


def test_import_reports_the_cp1252_fallback(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", articles={})
    old = tmp_path / "old.txt"
    old.write_bytes("Caf\xe9\n\nText \x93quoted\x94.\n".encode("latin-1"))
    result = run("import", old, "--project", project.root)
    assert result.exit_code == 0
    assert "not UTF-8: read as cp1252" in result.stdout


# ---------------------------------------------------------------- validate


def test_validate_the_shipped_project() -> None:
    result = run("validate", "--project", REPO_ROOT)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "project is sound" in result.stderr


def test_validate_a_sound_temp_project(project: Project) -> None:
    assert run("validate", "--project", project.root).exit_code == 0


def test_validate_lists_one_line_per_problem(project: Project) -> None:
    root = project.root
    (root / "labels.yaml").write_text(
        (root / "labels.yaml").read_text(encoding="utf-8").replace("key: e", "key: j"), encoding="utf-8")
    (root / "corpus" / "broken.md").write_text("---\ntitle: [x\n---\nbody\n", encoding="utf-8")
    (root / "corpus" / "empty.txt").write_bytes(b"")
    (root / "workbench.yaml").write_text("blind: yes\n", encoding="utf-8")
    bad = root / "annotations" / "ana" / "alpha.yaml"
    bad.parent.mkdir(parents=True)
    bad.write_text("a: !!python/object/apply:os.system ['touch pwned']\n", encoding="utf-8")
    orphan = root / "annotations" / "ana" / "gone.yaml"
    orphan.write_text("format: workbench-annotations/1\nparagraphs: []\n", encoding="utf-8")
    result = run("validate", "--project", root)
    assert result.exit_code == 1
    out = lines(result.stdout)
    expected = [
        ("labels.yaml:", "clashes with a navigation key"),
        ("workbench.yaml:1:", "'blind' must be true or false"),
        ("broken.md:3:", "front matter"),
        ("empty.txt:", "the file is empty"),
        ("alpha.yaml:1:", "is not allowed"),
        ("gone.yaml:", "no article 'gone' in the corpus"),
    ]
    assert len(out) == len(expected), out
    for line, (where, what) in zip(out, expected, strict=True):
        assert line.startswith(str(root)), line
        assert where in line and what in line, line
    assert f"{len(expected)} problems found" in result.stderr
    assert not (root / "pwned").exists()


def test_validate_reports_unplaced_claims_once(project: Project) -> None:
    path = project.annotations_dir / "bob" / "alpha.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(
        "format: workbench-annotations/1\nparagraphs:\n  - index: 1\n    claims:\n"
        "      - {start: 0, end: 7, label: fact, text: vanished words}\n"
        "      - {start: 0, end: 3, label: opinion, text: The}\n",
        encoding="utf-8",
    )
    result = run("validate", "--project", project.root)
    assert result.exit_code == 1
    out = lines(result.stdout)
    assert len(out) == 2, out
    assert "unplaced claim in paragraph 1: 'vanished words'" in out[0]
    assert "label 'opinion' is not in labels.yaml" in out[1]


def test_validate_missing_pieces(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("validate", "--project", tmp_path / "empty")
    assert result.exit_code == 1
    assert lines(result.stdout) == [
        f"{tmp_path / 'empty' / 'labels.yaml'}: file not found: is this the project folder? "
        f"(`workbench init {tmp_path / 'empty'}` starts one)",
        f"{tmp_path / 'empty' / 'corpus'}: corpus folder not found (create it or run `workbench import`)",
    ]


# ---------------------------------------------------------------- show


def test_show_text(project: Project) -> None:
    result = run("show", "alpha", "--project", project.root)
    assert result.exit_code == 0
    out = result.stdout.splitlines()
    assert out[0] == "title: Alpha story"
    assert "outlet: Test Outlet" in out
    assert "paragraphs: 5" in out
    assert "   0 [heading]  Alpha story" in out
    assert "   1  The council met on Monday. It approved the budget." in out
    assert "   3 [boilerplate]  Share this article with your friends" in out


def test_show_json(project: Project) -> None:
    result = run("show", "alpha", "--json", "--project", project.root)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data) == ["id", "meta", "paragraphs"]
    assert data["id"] == "alpha"
    assert data["meta"]["title"] == "Alpha story" and data["meta"]["author"] == "Ann Writer"
    assert set(data["meta"]) == {"title", "outlet", "author", "published", "url", "language", "original_source"}
    assert data["paragraphs"][0] == {"index": 0, "kind": "heading", "text": "Alpha story"}
    assert [p["kind"] for p in data["paragraphs"]] == ["heading", "content", "content", "boilerplate", "content"]


def test_show_a_file_path_and_markup_literally(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "loose.md"
    path.write_text("---\ntitle: '[bold]T[/]'\n---\n\n[@click=app.quit]x[/] \x1b[31mred\x1b[0m\n", encoding="utf-8")
    result = run("show", path, "--project", project.root)
    assert result.exit_code == 0
    assert "title: [bold]T[/]" in result.stdout
    assert "[@click=app.quit]x[/] red" in result.stdout
    assert "\x1b" not in result.stdout


@pytest.mark.parametrize("args", [("show", "nope"), ("show", "../../etc/passwd"), ("show", "")])
def test_show_unknown_article(project: Project, args: tuple[str, ...]) -> None:
    result = run(*args, "--project", project.root)
    assert result.exit_code == 1
    assert result.stderr.startswith("workbench: ")
    assert len(lines(result.stderr)) == 1


def test_show_broken_article(project: Project) -> None:
    (project.corpus_dir / "alpha.md").write_text("---\nt: !!python/name:os.system\n---\nx\n", encoding="utf-8")
    result = run("show", "alpha", "--project", project.root)
    assert result.exit_code == 1
    assert "alpha.md:2: front matter: tag" in result.stderr


@pytest.mark.parametrize("command", [("validate",), ("show", "alpha"), ("import", str(SEED_000))])
def test_missing_project(tmp_path: Path, command: tuple[str, ...]) -> None:
    result = run(*command, "--project", tmp_path / "nowhere")
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"workbench: {tmp_path / 'nowhere'}: project folder not found "
                                     f"(`workbench init {tmp_path / 'nowhere'}` starts one)")


def test_the_real_program_exit_codes(project: Project) -> None:
    """Through the interpreter, as a user runs it: codes and streams, no traceback."""

    def program(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True,
                              timeout=120, cwd=project.root)

    ok = program("validate")
    assert ok.returncode == 0, ok.stderr
    shown = program("show", "beta", "--json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["meta"]["title"] == "Beta story"
    missing = program("show", "nope")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    usage = program("show")
    assert usage.returncode == 2 and "Missing argument" in usage.stderr
